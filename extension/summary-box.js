// The summary box of Reader Cleanup (used by content.js): dateline, parties
// and key facts in a shadow root, built from text nodes only (page text is
// never parsed as HTML), labelled in the browser's language.
globalThis.readerCleanupSummaryBox = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const t = (key, ...subs) => api.i18n.getMessage(key, subs.map(String)) || key;
  const KINDS = {
    person: 'kindPerson', organization: 'kindOrganization', country: 'kindCountry', place: 'kindPlace', group: 'kindGroup',
  };

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function list(className, items, itemText) {
    if (items.length === 0) return el('p', t('boxNone'), 'none');
    const ul = el('ul', undefined, className);
    for (const item of items) {
      const li = el('li', itemText(item));
      li.dir = 'auto'; // page text keeps its own direction (RTL stories in an LTR UI)
      ul.append(li);
    }
    return ul;
  }

  // Colours meet WCAG AA contrast in both schemes (checked by axe in the e2e tests).
  const STYLE = `
    :host { all: initial; display: block; margin: 0 0 1em; }
    section {
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: #1a1a1a; background: #f4f7fb; border: 1px solid #c5d3e8;
      border-left: 4px solid #2563eb; border-radius: 6px; padding: 0.75em 1em;
    }
    summary { cursor: pointer; }
    summary:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
    h2 { display: inline; font-size: 1.05em; margin: 0; }
    details[open] > summary { margin-bottom: 0.35em; }
    h3 { font-size: 0.95em; margin: 0.7em 0 0.2em; }
    p, ul { margin: 0; }
    ul { padding-left: 1.3em; }
    .dateline, .none { color: #3f3f3f; }
    @media (prefers-color-scheme: dark) {
      section { color: #e8e8e8; background: #1c2431; border-color: #3b4a63; border-left-color: #60a5fa; }
      .dateline, .none { color: #c3cad4; }
    }`;

  // Returns the box's host element, or null when the summary has nothing to show.
  function build(summary) {
    const d = summary?.dateline ?? {};
    const when = [d.date, d.time].filter(Boolean).join(' ');
    // a missing part says so; nothing at all is one message
    const dateline = d.place || when || d.source
      ? [d.place || t('boxNoPlace'), when || t('boxNoDate'), d.source || t('boxNoSource')].join(' — ')
      : t('boxNoDateline');
    const parties = Array.isArray(summary?.parties) ? summary.parties.slice(0, 8) : [];
    const facts = Array.isArray(summary?.facts) ? summary.facts : [];
    if (facts.length === 0 && parties.length === 0 && !(d.place || when || d.source)) return null;

    const host = document.createElement('reader-cleanup-summary');
    host.id = 'reader-cleanup-summary';
    const shadow = host.attachShadow({ mode: 'open' });
    const box = el('section');
    box.setAttribute('role', 'complementary');
    box.setAttribute('aria-label', t('boxLabel'));
    box.lang = api.i18n.getUILanguage();
    box.dir = api.i18n.getMessage('@@bidi_dir') || 'ltr';
    // collapsible: a reader who wants the page only folds it away
    const details = el('details');
    details.open = true;
    const summaryLine = el('summary');
    summaryLine.append(el('h2', t('boxTitle')));
    const datelineLine = el('p', dateline, 'dateline');
    datelineLine.dir = 'auto';
    details.append(
      summaryLine,
      datelineLine,
      el('h3', t('boxParties')),
      list('parties', parties, (p) => {
        const kind = KINDS[p.kind] ? ` (${t(KINDS[p.kind])})` : '';
        return `${p.name}${kind}${p.role ? ` — ${p.role}` : ''}`;
      }),
      el('h3', t('boxFacts')),
      list('facts', facts, (f) => String(f)),
    );
    box.append(details);
    shadow.append(el('style', STYLE), box);
    return host;
  }

  return { build };
})();
