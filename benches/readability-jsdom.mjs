// Readability.js + jsdom on Node over the corpus: for each page, parse the bytes into a jsdom
// document and run `new Readability(doc).parse()`, as a server-side reader view does.
// Usage: node benches/readability-jsdom.mjs PAGES_DIR   → one JSON line (ms_median, mb_s, peak_rss_kb).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const dir = process.argv[2];
const pages = readdirSync(dir).sort()
  .filter((d) => existsSync(join(dir, d, 'source.html')))
  .map((d) => ({ name: d, bytes: readFileSync(join(dir, d, 'source.html')) }));

const quiet = new VirtualConsole(); // jsdom's CSS parse errors and the like are not ours to print
function run(bytes) {
  const dom = new JSDOM(bytes, { url: 'http://127.0.0.1/', virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article?.textContent?.length ?? 0;
}

// one warm-up page, then one timed pass (Readability is ~100 ms a page: noise is small)
run(pages[0].bytes);
const times = [];
let sink = 0;
for (const p of pages) {
  const t = performance.now();
  sink += run(p.bytes);
  times.push(performance.now() - t);
}
const total = times.reduce((a, b) => a + b, 0);
const bytes = pages.reduce((a, p) => a + p.bytes.length, 0);
const sorted = [...times].sort((a, b) => a - b);
const n = sorted.length;
const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
console.log(JSON.stringify({
  mode: 'readability_jsdom', pages: n, bytes, ms_median: median, mb_s: bytes / 1e6 / (total / 1000),
  peak_rss_kb: process.resourceUsage().maxRSS, sink,
}));
