// In-Chromium comparison (run by `./build.sh bench`, after `./build.sh` has built pkg/):
// the pages are served on 127.0.0.1 (every other request is aborted) and, on each page,
//   ours: the extension's content-script path in the page: snapshot the elements, serialise
//         (`outerHTML`), the WebAssembly core (`clean`, pkg/ of the release build), remove the
//         reported blocks by document-order index after a tag check, and insert the summary box
//         (shadow root, text nodes only) — the background's message hop is not included;
//   readability: `new Readability(document.cloneNode(true)).parse()` (@mozilla/readability).
// Each is timed on a fresh load of the page (ours changes the DOM), best of REPS loads.
// Usage: node benches/chromium.mjs PAGES_DIR [--pages N] [--reps R]
//
// Comparing builds of the module (size settings, allocators, boundary changes):
//   node benches/chromium.mjs PAGES_DIR --compare NAME=PKG_DIR NAME=PKG_DIR ...
// loads every build into the same page, warms each up, then times `clean(outerHTML)` for each
// in turn, REPS rounds (default 5), best per build; a noisy machine slows all builds alike.
import http from 'node:http';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2];
const opt = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const all = readdirSync(dir).sort().filter((d) => existsSync(join(dir, d, 'source.html')));
const want = opt('--pages', Number(process.env.BENCH_CHROMIUM_PAGES ?? 43));
const step = Math.max(1, Math.floor(all.length / want));
const pages = all.filter((_, i) => i % step === 0).slice(0, want);
const compareAt = process.argv.indexOf('--compare');
const builds = compareAt > 0
  ? process.argv.slice(compareAt + 1).filter((a) => !a.startsWith('--') && a.includes('=')).map((a) => {
    const [name, path] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
    return { name, path };
  })
  : [];
const REPS = opt('--reps', builds.length ? 5 : 2);

const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  let file = null;
  const build = url.pathname.match(/^\/__rc\/build\/(\d+)\/(.*)$/);
  if (url.pathname.startsWith('/__rc/pkg/')) file = join(root, 'pkg', url.pathname.slice(10));
  else if (build && builds[+build[1]]) file = join(builds[+build[1]].path, build[2]);
  else if (url.pathname === '/__rc/Readability.js') file = join(root, 'node_modules/@mozilla/readability/Readability.js');
  else if (url.pathname.startsWith('/page/')) file = join(dir, url.pathname.slice(6).replace(/\/$/, ''), 'source.html');
  if (!file || file.includes('..') || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  // the test pages are UTF-8 unless they say otherwise in a <meta>
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const context = await browser.newContext();
await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));

// the content-script path, as a function evaluated in the page
async function ours() {
  const m = await import('/__rc/pkg/reader_cleanup.js');
  await m.default({ module_or_path: '/__rc/pkg/reader_cleanup_bg.wasm' });
  // the background keeps one module alive across pages: time the first call apart (code not
  // yet tiered up), then warm it up like a background that has seen a few pages
  const c0 = performance.now();
  m.clean(document.documentElement.outerHTML, location.href);
  const cold = performance.now() - c0;
  for (let i = 0; i < 3; i++) m.clean(document.documentElement.outerHTML, location.href);
  const t0 = performance.now();
  const els = Array.from(document.getElementsByTagName('*'));
  const html = document.documentElement.outerHTML;
  const t1 = performance.now();
  const report = m.clean(html, location.href);
  const t2 = performance.now();
  const countsAgree = report.stats.elements === els.length;
  let removed = 0;
  for (const r of report.removed) {
    const node = els[r.index];
    if (!node || node.tagName.toLowerCase() !== r.tag || ['html', 'head', 'body'].includes(r.tag)) continue;
    if (!countsAgree && !node.textContent.replace(/\s+/g, ' ').includes(r.text.slice(0, 40))) continue;
    node.remove();
    removed++;
  }
  const s = report.summary;
  const host = document.createElement('reader-cleanup-summary');
  const shadow = host.attachShadow({ mode: 'open' });
  const box = document.createElement('section');
  const add = (tag, text) => { const e = document.createElement(tag); e.textContent = text; box.append(e); return e; };
  add('h2', s.title ?? 'Summary');
  add('p', [s.dateline.place, s.dateline.date, s.dateline.source].filter(Boolean).join(' — '));
  const ul = document.createElement('ul');
  for (const p of s.parties.slice(0, 8)) { const li = document.createElement('li'); li.textContent = p.name; ul.append(li); }
  for (const f of s.facts) { const li = document.createElement('li'); li.textContent = f; ul.append(li); }
  box.append(ul);
  shadow.append(box);
  (document.getElementsByTagName('h1')[0] ?? document.body.firstChild)?.before(host);
  const t3 = performance.now();
  void host.getBoundingClientRect().height; // style and layout of the changed page
  const t4 = performance.now();
  return { total: t3 - t0, cold, serialise: t1 - t0, wasm: t2 - t1, dom: t3 - t2, layout: t4 - t3, removed, bytes: html.length };
}

async function readability() {
  if (typeof Readability === 'undefined') {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/__rc/Readability.js';
      s.onload = resolve;
      s.onerror = reject;
      document.head.append(s);
    });
  }
  const t0 = performance.now();
  const article = new Readability(document.cloneNode(true)).parse();
  return { total: performance.now() - t0, chars: article?.textContent?.length ?? 0 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

// --compare: every build in one page, interleaved
async function compare({ n, reps }) {
  const ms = [];
  for (let b = 0; b < n; b++) {
    const m = await import(`/__rc/build/${b}/reader_cleanup.js`);
    await m.default({ module_or_path: `/__rc/build/${b}/reader_cleanup_bg.wasm` });
    ms.push(m);
  }
  const html = document.documentElement.outerHTML;
  const reports = ms.map((m) => JSON.stringify(m.clean(html, location.href).removed));
  for (let i = 0; i < 3; i++) for (const m of ms) m.clean(html, location.href);
  const best = ms.map(() => Infinity);
  for (let r = 0; r < reps; r++) {
    for (let b = 0; b < n; b++) {
      const t0 = performance.now();
      ms[b].clean(html, location.href);
      best[b] = Math.min(best[b], performance.now() - t0);
    }
  }
  return { best, same: reports.every((x) => x === reports[0]), bytes: html.length };
}

if (builds.length) {
  const page = await context.newPage();
  page.setDefaultTimeout(60000);
  const rows = [];
  for (const name of pages) {
    try {
      await page.goto(`${base}/page/${name}/`, { waitUntil: 'load' });
      const r = await page.evaluate(compare, { n: builds.length, reps: REPS });
      if (!r.same) console.error(`${name}: the builds report different removals`);
      rows.push(r);
    } catch (e) {
      console.error(`${name}: ${String(e.message ?? e).split('\n')[0]}`);
    }
  }
  await browser.close();
  server.close();
  console.log(`headless Chromium, ${rows.length} pages, clean(outerHTML) per build, best of ${REPS} interleaved rounds after 3 warm-up calls`);
  const out = {};
  builds.forEach((b, i) => {
    const med = median(rows.map((r) => r.best[i]));
    const rel = median(rows.map((r) => r.best[i] / r.best[0]));
    out[b.name] = { wasm_ms: +med.toFixed(3), vs_first: +rel.toFixed(3) };
    console.log(`  ${b.name.padEnd(16)} median ${med.toFixed(2)} ms/page, ${rel.toFixed(3)}x ${builds[0].name} (median per page)`);
  });
  console.log(JSON.stringify(out));
  process.exit(0);
}

const page = await context.newPage();
page.setDefaultTimeout(30000);
const rows = [];
for (const name of pages) {
  const best = { ours: Infinity, readability: Infinity, wasm: Infinity, cold: Infinity, serialise: Infinity, dom: Infinity, layout: Infinity };
  let ok = true;
  for (let rep = 0; rep < REPS && ok; rep++) {
    for (const which of ['ours', 'readability']) {
      try {
        await page.goto(`${base}/page/${name}/`, { waitUntil: 'load' });
        const r = await page.evaluate(which === 'ours' ? ours : readability);
        best[which] = Math.min(best[which], r.total);
        if (which === 'ours') for (const k of ['wasm', 'cold', 'serialise', 'dom', 'layout']) best[k] = Math.min(best[k], r[k]);
      } catch (e) {
        console.error(`${name} (${which}): ${String(e.message ?? e).split('\n')[0]}`);
        ok = false;
        break;
      }
    }
  }
  if (ok) rows.push({ name, ...best });
}
await browser.close();
server.close();

const m = (k) => median(rows.map((r) => r[k]));
const ratio = median(rows.map((r) => r.ours / r.readability));
console.log(`headless Chromium ${browser.version?.() ?? ''}, ${rows.length} of ${all.length} pages, best of ${REPS} loads each`);
console.log(`  ours (content-script path: serialise + wasm + remove + box): median ${m('ours').toFixed(2)} ms/page`
  + `  [serialise ${m('serialise').toFixed(2)}, wasm ${m('wasm').toFixed(2)}, DOM ${m('dom').toFixed(2)}; then layout ${m('layout').toFixed(2)}]`);
console.log(`  (first call into a freshly instantiated module, before tier-up: median ${m('cold').toFixed(2)} ms of wasm)`);
console.log(`  new Readability(document.cloneNode(true)).parse():         median ${m('readability').toFixed(2)} ms/page`);
console.log(`  ratio ours / Readability: median ${ratio.toFixed(3)} per page, ${(m('ours') / m('readability')).toFixed(3)} of the medians (target <= 0.333)`);
console.log(JSON.stringify({ chromium_pages: rows.length, chromium_ours_ms: +m('ours').toFixed(3), chromium_readability_ms: +m('readability').toFixed(3), chromium_ours_cold_wasm_ms: +m('cold').toFixed(3), chromium_ratio: +ratio.toFixed(4) }));
