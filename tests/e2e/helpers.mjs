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

export async function startServer() {
  const page = readFileSync(FIXTURE);
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
    if (path === '/sample-csp.html') headers['Content-Security-Policy'] = STRICT_CSP;
    if (path === '/sample.html' || path === '/sample-csp.html') {
      res.writeHead(200, headers);
      res.end(page);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
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
}

export function assertUntouched(r) {
  assert.equal(r.state, 'off');
  assert.equal(r.removed, null);
  assert.deepEqual(r.promoPresent, EXPECT.promoMarkers, 'all promo blocks still there');
  assert.deepEqual(r.missingParagraphs, []);
  assert.ok(r.titlePresent);
  assert.equal(r.summaryHost, null, 'no summary box');
}
