// Shared pieces of the end-to-end tests: paths, the static server, the page
// inspection that runs inside the browser, and the assertions on its result.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The built extension (build.sh); READER_CLEANUP_DIST points elsewhere if needed.
export const DIST = resolve(process.env.READER_CLEANUP_DIST ?? join(ROOT, 'dist'));
export const EXPECT = JSON.parse(readFileSync(join(ROOT, 'tests/e2e/sample-expect.json'), 'utf8'));
const FIXTURE = join(ROOT, 'tests/fixtures/xinmsn-2014-03-30-japan-nk-talks.html');

// How long a page may take to be cleaned (first load includes compiling the wasm).
export const CLEAN_TIMEOUT_MS = 30_000;

export function requireBuilt(browserDir) {
  const dir = join(DIST, browserDir);
  for (const f of ['manifest.json', 'background.js', 'content.js', 'popup.html',
    'pkg/reader_cleanup.js', 'pkg/reader_cleanup_bg.wasm']) {
    if (!existsSync(join(dir, f))) {
      throw new Error(`${join(dir, f)} is missing: build the extension first (./build.sh)`);
    }
  }
  return dir;
}

export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `reader-cleanup-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// The sample page at /sample.html, and again with a strict CSP at /sample-csp.html.
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'";

// Markup as page *text* (an entity-encoded <img onerror>): the summary box and
// the popup must show it as text; were it ever parsed, it would set data-pwned.
export const INJECTED = '<img src=x onerror="document.documentElement.dataset.pwned=1">';
const INJECTED_SOURCE = INJECTED.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Ids and classes of the selector-level promo blocks on /widgets.html (all of
// them matched by the core's promoSelectors(): Taboola/Outbrain containers and
// an iframe whose address contains ".outbrain.com/", served here, not fetched
// from the vendor).
export const VENDOR_MARK = '[id*=taboola i],[class~=outbrain i],iframe[src*="outbrain.com/"]';

// The first script of /widgets.html: from before the body is parsed, a
// MutationObserver records every vendor block that ever enters the DOM, and at
// DOMContentLoaded (before any cleaning: content scripts run at document_idle
// and clean asynchronously) the first paragraph's position and whether the
// vendor block above it is displayed.
const WATCH_SCRIPT = `<script>
(() => {
  const seen = [];
  window.__promoSeen = seen;
  const check = (n) => {
    if (n.nodeType !== 1) return;
    if (n.matches(${JSON.stringify(VENDOR_MARK)})) seen.push(n.id || n.className || n.getAttribute('src'));
    for (const c of n.querySelectorAll(${JSON.stringify(VENDOR_MARK)})) seen.push(c.id || c.className || c.getAttribute('src'));
  };
  new MutationObserver((rs) => rs.forEach((r) => r.addedNodes.forEach(check)))
    .observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    const p = document.querySelector('#story-start');
    window.__topAtDOMContentLoaded = p.getBoundingClientRect().top;
    const promo = document.getElementById('taboola-above-article-thumbnails');
    window.__promoDisplayAtDOMContentLoaded = promo ? getComputedStyle(promo).display : null;
  });
  // A recommendation feed and a Taboola widget arriving after load, as
  // infinite scroll and vendor scripts do (the test calls this).
  window.injectLateWidgets = () => {
    const story = document.getElementById('story-start').parentNode;
    const feed = document.createElement('div');
    feed.className = 'feed-item';
    feed.innerHTML = '<h3>Recommended for you</h3><ul>'
      + ['Markets rally as central bank holds rates steady', 'Storm batters coast, thousands without power',
         'Court rules on landmark privacy case', 'Scientists map the deep ocean floor']
        .map((t, i) => '<li><a href="/s/' + i + '">' + t + '</a></li>').join('') + '</ul>';
    const tab = document.createElement('div');
    tab.id = 'taboola-below-article-feed';
    tab.innerHTML = '<a href="/t/1">You will not believe these photos</a>';
    story.append(feed, tab);
  };
})();
</script>`;

function samplePages() {
  const sample = readFileSync(FIXTURE, 'utf8');
  const firstParagraph = '<p>Japan and North Korea on Sunday held';
  const byline = '<span class="by">By Agence France-Presse</span>';
  const gallery = '<h3>Latest Photo Galleries on xinmsn</h3>';
  for (const needle of [firstParagraph, byline, gallery, '</head>', '</body>']) {
    if (!sample.includes(needle)) throw new Error(`the sample page changed: ${needle} not found`);
  }
  const widgets = sample
    .replace('<head>', `<head>${WATCH_SCRIPT}`)
    .replace(firstParagraph, '<div id="taboola-above-article-thumbnails" style="height:180px;background:#eee">'
      + '<a href="/t/0">Sponsored: 10 tricks doctors hate</a></div>'
      + firstParagraph.replace('<p>', '<p id="story-start">'))
    .replace('</body>', '<div class="OUTBRAIN" data-widget-id="AR_1"><a href="/o/1">Promoted stories</a></div>'
      + '<iframe src="/widgets.outbrain.com/frame.html" title="Promoted" width="300" height="100"></iframe></body>');
  const inject = sample
    .replace(byline, byline.replace('</span>', ` ${INJECTED_SOURCE}</span>`))
    .replace(firstParagraph, `${firstParagraph} the first formal ${INJECTED_SOURCE} talks; they`)
    .replace(gallery, gallery.replace('</h3>', ` ${INJECTED_SOURCE}</h3>`))
    .replace('<title>', `<title>${INJECTED_SOURCE} `)
    .replace(firstParagraph, `<div class="related-links"><h3>${INJECTED_SOURCE} Related</h3><ul>${
      ['Markets rally', 'Storm batters coast', 'Court rules on privacy', 'Deep ocean mapped']
        .map((h, i) => `<li><a href="/r/${i}">${h}</a></li>`).join('')}</ul></div>${firstParagraph}`);
  return { sample: Buffer.from(sample), widgets: Buffer.from(widgets), inject: Buffer.from(inject) };
}

// Legacy charsets for the Firefox stream pass: windows-1252 named in the HTTP
// header, Shift_JIS named only by the page's meta tag. Each has a vendor block.
export const LATIN1_TEXT = 'Zürich café — naïve';
export const SJIS_TEXT = '東京で会談';
function charsetPage(metaCharset, text) {
  return `<!DOCTYPE html><html><head>${metaCharset ? `<meta charset="${metaCharset}">` : ''}${WATCH_SCRIPT}`
    + `<title>charset</title></head><body><h1>Charset</h1><p id="story-start">${text}</p>`
    + `<div id="taboola-above-article-thumbnails">${text}</div></body></html>`;
}
// windows-1252: ü é ï are their Latin-1 bytes, the em dash is 0x97
const LATIN1_PAGE = Buffer.from(charsetPage(null, LATIN1_TEXT).replace('—', '\u0097'), 'latin1');
// "東京で会談" in Shift_JIS
const SJIS_BYTES = Buffer.from([0x93, 0x8c, 0x8b, 0x9e, 0x82, 0xc5, 0x89, 0xef, 0x92, 0x6b]);
const SJIS_PAGE = Buffer.concat(charsetPage('Shift_JIS', '@@').split('@@')
  .flatMap((part, i) => (i ? [SJIS_BYTES, Buffer.from(part, 'latin1')] : [Buffer.from(part, 'latin1')])));

// Not HTML: must reach the browser byte for byte, vendor markup and all.
export const PLAIN_TEXT = '<div id="taboola-x" class="outbrain">plain text, left alone</div>\n';

// Every address the server was asked for (the no-network test compares).
export const served = [];

export async function startServer() {
  const pages = samplePages();
  const server = createServer((req, res) => {
    served.push(req.url);
    const path = new URL(req.url, 'http://x').pathname;
    const html = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
    const send = (headers, body) => { res.writeHead(200, headers); res.end(body); };
    switch (path) {
      case '/sample.html': return send(html, pages.sample);
      case '/sample-csp.html': return send({ ...html, 'Content-Security-Policy': STRICT_CSP }, pages.sample);
      case '/widgets.html': return send(html, pages.widgets);
      case '/inject.html': return send(html, pages.inject);
      case '/widgets.outbrain.com/frame.html': return send(html, '<p>promoted frame</p>');
      case '/latin1.html': return send({ 'Content-Type': 'text/html; charset=windows-1252' }, LATIN1_PAGE);
      case '/sjis.html': return send({ 'Content-Type': 'text/html' }, SJIS_PAGE);
      case '/plain.txt': return send({ 'Content-Type': 'text/plain; charset=utf-8' }, PLAIN_TEXT);
      case '/chunked.html': {
        // the widgets page in 100-byte pieces, each its own write: the stream
        // pass sees tags cut anywhere
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        let at = 0;
        const next = () => {
          if (at >= pages.widgets.length) return res.end();
          res.write(pages.widgets.subarray(at, at += 100), next);
        };
        return next();
      }
      default:
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

// axe-core's source, injected into pages and the popup by the tests.
export const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

// Runs in the page: axe on `selector` (shadow roots included), in the given
// colour scheme's styles as the browser applies them. Self-contained.
export async function runAxe(selector) {
  const result = await globalThis.axe.run(selector ? { include: [[selector]] } : document, {
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

// Runs in the page (Playwright's page.evaluate / Selenium's executeScript):
// must be self-contained.
export function inspectPage(expect) {
  const squash = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
  const root = document.documentElement;
  const body = squash(document.body.innerText);
  const h1 = Array.from(document.getElementsByTagName('h1')).map((h) => squash(h.textContent));
  const host = document.getElementById('reader-cleanup-summary');
  const shadow = host?.shadowRoot ?? null;
  const section = shadow?.querySelector('section') ?? null;
  return {
    state: root.getAttribute('data-reader-cleanup'),
    removed: root.getAttribute('data-reader-cleanup-removed'),
    promoPresent: expect.promoMarkers.filter((m) => body.includes(m)),
    missingParagraphs: expect.paragraphs.filter((p) => !body.includes(squash(p))),
    titlePresent: h1.includes(expect.title),
    summaryHost: host ? host.tagName.toLowerCase() : null,
    summaryText: section ? squash(section.textContent) : null,
    factCount: section ? section.querySelectorAll('ul.facts > li').length : 0,
    role: section?.getAttribute('role') ?? null,
    ariaLabel: section?.getAttribute('aria-label') ?? null,
    // The shadow root's stylesheet applied (also under the page's strict CSP).
    styled: section ? getComputedStyle(section).borderLeftWidth === '4px' : false,
    boxBeforeTitle: !!(host && document.getElementsByTagName('h1')[0]
      && host.nextElementSibling === document.getElementsByTagName('h1')[0]),
    // Collapsible: a click on its summary line folds the facts away, a second one unfolds.
    collapsible: (() => {
      const details = section?.querySelector('details');
      const line = details?.querySelector(':scope > summary');
      const facts = section?.querySelector('ul.facts');
      if (!details?.open || !line || !facts) return false;
      line.click();
      const folded = !details.open && !facts.checkVisibility();
      line.click();
      return folded && details.open && facts.checkVisibility();
    })(),
  };
}

// What the summary box made of page text (run in the page): its text, any element built
// from that text, and whether an injected handler ran.
export function inspectSummaryBox() {
  const shadow = document.getElementById('reader-cleanup-summary')?.shadowRoot;
  return {
    text: shadow?.querySelector('section')?.textContent ?? '',
    images: shadow?.querySelectorAll('img').length ?? -1,
    pwned: document.documentElement.dataset.pwned ?? null,
  };
}

// The condition the tests wait on: the content script has finished.
export function cleanupFinished() {
  const s = document.documentElement.getAttribute('data-reader-cleanup');
  return s === 'done' || s === 'error' || s === 'off';
}

export function assertCleaned(r) {
  assert.equal(r.state, 'done', 'content script finished without error');
  assert.ok(Number(r.removed) >= 1, `removed count attribute: ${r.removed}`);
  assert.deepEqual(r.promoPresent, [], 'promo blocks are gone');
  assert.deepEqual(r.missingParagraphs, [], 'every article paragraph is kept');
  assert.ok(r.titlePresent, 'the title h1 is kept');
  assert.equal(r.summaryHost, 'reader-cleanup-summary', 'summary box present');
  for (const s of EXPECT.summaryMustContain) {
    assert.ok(r.summaryText.includes(s), `summary mentions ${JSON.stringify(s)}: ${r.summaryText}`);
  }
  assert.ok(r.factCount >= EXPECT.minFacts, `at least ${EXPECT.minFacts} facts, got ${r.factCount}`);
  assert.equal(r.role, 'complementary');
  assert.ok(r.ariaLabel, 'summary box has an aria-label');
  assert.ok(r.styled, 'summary box stylesheet applied');
  assert.ok(r.boxBeforeTitle, 'summary box sits right before the title h1');
  assert.ok(r.collapsible, 'summary box folds and unfolds from its summary line');
}

export function assertUntouched(r) {
  assert.equal(r.state, 'off');
  assert.equal(r.removed, null);
  assert.deepEqual(r.promoPresent, EXPECT.promoMarkers, 'all promo blocks still there');
  assert.deepEqual(r.missingParagraphs, []);
  assert.ok(r.titlePresent);
  assert.equal(r.summaryHost, null, 'no summary box');
}
