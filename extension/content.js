// Content script of Reader Cleanup.
//
// 1. Site switched off (storage.sync "site:<hostname>" === false): do nothing.
// 2. Snapshot the elements and the HTML in the same task, so the report's
//    indexes (document order, CONTRACT.md) point into `els`.
// 3. The background runs the WebAssembly core on the HTML and replies.
// 4. Remove the reported blocks in one batch and show the summary box.
// On any error the page stays as it was: nothing is removed, nothing added.
// The state is left on <html data-reader-cleanup="off|done|error">.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const root = document.documentElement;
  const host = location.hostname;
  const NEVER_REMOVE = new Set(['html', 'head', 'body']);

  // Tell the background (badge, popup) first, then mark the page: once the
  // mark is there, the popup knows this page's state.
  async function finish(status, removed = 0) {
    await api.runtime.sendMessage({ type: 'status', status, host, removed }).catch(() => {});
    root.setAttribute('data-reader-cleanup', status);
    if (status === 'done') root.setAttribute('data-reader-cleanup-removed', String(removed));
  }

  const squash = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

  // Is els[r.index] the block the core meant? The tag must match. When the
  // element counts differ the indexes may be shifted, so the element's text
  // must also contain the start of the reported text.
  function sameBlock(node, r, countsAgree) {
    if (!node || typeof r.tag !== 'string') return false;
    const tag = node.tagName.toLowerCase();
    if (tag !== r.tag.toLowerCase() || NEVER_REMOVE.has(tag)) return false;
    if (countsAgree) return true;
    const want = squash(r.text).slice(0, 40);
    return want === '' || squash(node.textContent).includes(want);
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function list(className, items, itemText) {
    if (items.length === 0) return el('p', 'None found', 'none');
    const ul = el('ul', undefined, className);
    for (const item of items) ul.append(el('li', itemText(item)));
    return ul;
  }

  const STYLE = `
    :host { all: initial; display: block; margin: 0 0 1em; }
    section {
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: #1a1a1a; background: #f4f7fb; border: 1px solid #c5d3e8;
      border-left: 4px solid #2563eb; border-radius: 6px; padding: 0.75em 1em;
    }
    h2 { font-size: 1.05em; margin: 0 0 0.35em; }
    h3 { font-size: 0.95em; margin: 0.7em 0 0.2em; }
    p, ul { margin: 0; }
    ul { padding-left: 1.3em; }
    .dateline, .kind, .none { color: #4a4a4a; }
    @media (prefers-color-scheme: dark) {
      section { color: #e8e8e8; background: #1c2431; border-color: #3b4a63; border-left-color: #60a5fa; }
      .dateline, .kind, .none { color: #b8c0cc; }
    }`;

  function buildSummaryBox(summary) {
    const d = summary.dateline ?? {};
    const when = [d.date, d.time].filter(Boolean).join(' ');
    const dateline = [d.place, when, d.source].filter(Boolean).join(' — ') || 'No dateline found';
    const parties = Array.isArray(summary.parties) ? summary.parties.slice(0, 8) : [];
    const facts = Array.isArray(summary.facts) ? summary.facts : [];
    if (facts.length === 0 && parties.length === 0 && !(d.place || when || d.source)) return null;

    const hostEl = document.createElement('reader-cleanup-summary');
    hostEl.id = 'reader-cleanup-summary';
    const shadow = hostEl.attachShadow({ mode: 'open' });
    const box = el('section');
    box.setAttribute('role', 'complementary');
    box.setAttribute('aria-label', 'Article summary by Reader Cleanup');
    box.append(
      el('h2', 'Summary'),
      el('p', dateline, 'dateline'),
      el('h3', 'Parties'),
      list('parties', parties, (p) => {
        const kind = p.kind ? ` (${p.kind})` : '';
        return `${p.name}${kind}${p.role ? ` — ${p.role}` : ''}`;
      }),
      el('h3', 'Key facts'),
      list('facts', facts, (f) => String(f)),
    );
    shadow.append(el('style', STYLE), box);
    return hostEl;
  }

  function apply(report, els) {
    const countsAgree = report.stats?.elements === els.length;
    if (!Array.isArray(report.removed)) throw new Error('report without a removed list');
    const doomed = report.removed
      .filter((r) => Number.isInteger(r.index))
      .map((r) => ({ node: els[r.index], r }))
      .filter(({ node, r }) => sameBlock(node, r, countsAgree))
      .map(({ node }) => node);
    const box = report.summary ? buildSummaryBox(report.summary) : null;

    for (const node of doomed) node.remove();
    if (box) {
      const h1 = document.getElementsByTagName('h1')[0];
      if (h1) h1.before(box);
      else document.body?.prepend(box);
    }
    return doomed.length;
  }

  async function run() {
    const key = `site:${host}`;
    const settings = await api.storage.sync.get(key);
    if (settings[key] === false) return finish('off');

    root.setAttribute('data-reader-cleanup', 'working');
    const els = Array.from(document.getElementsByTagName('*'));
    const html = root.outerHTML;
    const reply = await api.runtime.sendMessage({ type: 'clean', html, url: location.href });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply from the background');
    await finish('done', apply(reply.report, els));
  }

  if (document.contentType !== 'text/html') return; // XML, SVG, plain text: not ours
  run().catch((e) => {
    console.warn('reader-cleanup: page left as it was:', e?.message ?? e);
    return finish('error');
  });
})();
