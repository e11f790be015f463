// The release module as shipped in dist/firefox (wasm-opt'd) runs the stream
// pass in Node: the StreamCleaner class at any chunk size, pass-through for
// what it cannot stream, and the selector list that selectors.js was built from.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, requireBuilt, startServer } from './helpers.mjs';

let core;
let server;

before(async () => {
  const dir = requireBuilt('firefox');
  core = await import(join(dir, 'pkg/reader_cleanup.js'));
  core.initSync({ module: readFileSync(join(dir, 'pkg/reader_cleanup_bg.wasm')) });
  server = await startServer();
});

after(() => server?.close());

function stream(charset, bytes, size) {
  const cleaner = new core.StreamCleaner(charset);
  const parts = [];
  for (let at = 0; at < bytes.length; at += size) parts.push(cleaner.write(bytes.subarray(at, at + size)));
  parts.push(cleaner.end());
  const result = { out: Buffer.concat(parts), removed: cleaner.removed, bailed: cleaner.bailed };
  cleaner.free();
  return result;
}

test('release StreamCleaner: the same output at every chunk size', async () => {
  const page = Buffer.from(await (await fetch(`${server.origin}/widgets.html`)).arrayBuffer());
  const whole = stream('utf-8', page, page.length);
  assert.equal(whole.removed, 3);
  assert.equal(whole.bailed, undefined);
  const text = whole.out.toString('utf8');
  for (const gone of ['taboola-above-article-thumbnails"', 'class="OUTBRAIN"', 'src="/widgets.outbrain.com/']) {
    assert.ok(!text.includes(gone), `${gone} removed`);
  }
  assert.ok(text.includes('North Korea on Sunday said it'), 'the story is kept');
  for (const size of [1, 7, 100, 4096]) assert.deepEqual(stream('utf-8', page, size).out, whole.out, `chunks of ${size}`);
});

test('release StreamCleaner: what it cannot stream passes through byte for byte', () => {
  const utf16 = Buffer.from('\ufeff<div class="outbrain">x</div>', 'utf16le');
  for (const [charset, bytes] of [['utf-16le', utf16], ['', utf16], ['no-such-charset', Buffer.from('<div class=outbrain>x</div>')]]) {
    const r = stream(charset, bytes, 5);
    assert.deepEqual(r.out, bytes, charset);
    assert.equal(r.removed, 0);
    assert.ok(r.bailed, 'says why');
  }
});

test('release module: selectors.js holds promoSelectors()', () => {
  for (const browser of ['chrome', 'firefox']) {
    const js = readFileSync(join(DIST, browser, 'selectors.js'), 'utf8');
    assert.ok(js.includes(`globalThis.readerCleanupSelectors = ${JSON.stringify(core.promoSelectors())};`), browser);
  }
});
