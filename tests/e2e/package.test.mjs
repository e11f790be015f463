// The store zips (build.sh): exactly the files that ship, each browser's
// manifest with only the permissions it uses, and locales that cover every
// message the manifest, the pages and the scripts ask for.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { DIST, ROOT, requireBuilt } from './helpers.mjs';

const SRC = join(ROOT, 'extension');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

// What ships: extension/ less its build/ folder, the manifest, the generated
// selector list and the core module.
const SHIPPED = [
  ...filesUnder(SRC).map((p) => relative(SRC, p)).filter((p) => !p.startsWith('build/')),
  'manifest.json', 'selectors.js', 'pkg/reader_cleanup.js', 'pkg/reader_cleanup_bg.wasm',
].sort();

const zipEntries = (zip) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
const manifestOf = (browser) => JSON.parse(execFileSync('unzip', ['-p', join(DIST, `${browser}.zip`), 'manifest.json'],
  { encoding: 'utf8' }));

for (const browser of ['chrome', 'firefox']) {
  test(`package: dist/${browser}.zip holds exactly what ships`, () => {
    requireBuilt(browser);
    assert.deepEqual(zipEntries(join(DIST, `${browser}.zip`)), SHIPPED);
  });
}

test('package: each browser\'s manifest asks only for what that browser uses', () => {
  const chrome = manifestOf('chrome');
  assert.deepEqual(chrome.permissions, ['storage', 'activeTab']);
  assert.equal(chrome.host_permissions, undefined);
  assert.deepEqual(Object.keys(chrome.background), ['service_worker', 'type']);
  assert.equal(chrome.browser_specific_settings, undefined);
  const firefox = manifestOf('firefox');
  assert.deepEqual(firefox.permissions,
    ['storage', 'activeTab', 'webRequest', 'webRequestBlocking', 'webRequestFilterResponse']);
  assert.deepEqual(firefox.host_permissions, ['http://*/*', 'https://*/*']);
  assert.deepEqual(Object.keys(firefox.background), ['scripts', 'type']);
  assert.equal(firefox.browser_specific_settings.gecko.id, 'reader-cleanup@example.org');
  for (const m of [chrome, firefox]) {
    assert.equal(m.default_locale, 'en');
    assert.equal(m.name, '__MSG_extName__');
    assert.equal(m.commands['toggle-site'].suggested_key.default, 'Alt+Shift+U');
  }
});

test('package: every locale has every message the extension uses, with the same placeholders', () => {
  const locales = readdirSync(join(SRC, '_locales'));
  assert.ok(['en', 'de', 'fr'].every((l) => locales.includes(l)), `locales: ${locales}`);
  const messages = Object.fromEntries(locales.map((l) => [l,
    JSON.parse(readFileSync(join(SRC, '_locales', l, 'messages.json'), 'utf8'))]));
  const keys = Object.keys(messages.en).sort();
  for (const l of locales) {
    assert.deepEqual(Object.keys(messages[l]).sort(), keys, `${l} has the same keys as en`);
    for (const k of keys) {
      const ph = (m) => Object.keys(m.placeholders ?? {}).sort();
      assert.deepEqual(ph(messages[l][k]), ph(messages.en[k]), `${l}.${k} placeholders`);
      for (const p of ph(messages.en[k])) assert.ok(messages[l][k].message.includes(`$${p.toUpperCase()}$`), `${l}.${k} uses $${p}$`);
    }
  }
  const used = new Set();
  const sources = [readFileSync(join(ROOT, 'manifest.json'), 'utf8'),
    ...filesUnder(SRC).filter((p) => /\.(js|html)$/.test(p) && !p.includes('/build/')).map((p) => readFileSync(p, 'utf8'))];
  for (const text of sources) {
    for (const m of text.matchAll(/__MSG_(\w+)__|data-i18n="(\w+)"|\bt\('(\w+)'|KINDS\b[^}]*/g)) {
      if (m[1] || m[2] || m[3]) used.add(m[1] ?? m[2] ?? m[3]);
      else for (const k of m[0].matchAll(/'(kind\w+)'/g)) used.add(k[1]);
    }
  }
  assert.ok(used.size > 20, `found the messages in use: ${[...used]}`);
  assert.deepEqual([...used].filter((k) => !keys.includes(k)), [], 'messages used but not defined');
});
