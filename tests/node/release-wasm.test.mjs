// Loads the *release* build (wasm-opt'd, as shipped in dist/) in Node and runs it on the
// sample page: a broken optimiser or bindings mismatch fails here, not in users' browsers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('dist .wasm loads and returns the contract report for the sample page', async () => {
  const mod = await import(root + 'dist/chrome/pkg/reader_cleanup.js');
  mod.initSync({ module: readFileSync(root + 'dist/chrome/pkg/reader_cleanup_bg.wasm') });
  const html = readFileSync(root + 'tests/fixtures/xinmsn-2014-03-30-japan-nk-talks.html', 'utf8');
  const r = mod.clean(html, 'http://news.xinmsn.com/en-sg/world/story');
  assert.equal(r.summary.dateline.date, '2014-03-30');
  assert.equal(r.summary.dateline.source, 'Agence France-Presse');
  assert.ok(r.removed.some((b) => b.text.includes('Latest Photo Galleries on xinmsn')));
  assert.ok(r.removed.every((b) => Number.isInteger(b.index) && typeof b.tag === 'string'));
  assert.ok(r.summary.facts.length >= 3 && r.summary.facts.length <= 5);
  assert.throws(() => mod.clean('', null), /empty/);
});
