// End-to-end: the built extension (dist/firefox.zip, or dist/firefox) in
// headless Firefox ESR through geckodriver.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Builder, By, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import {
  AXE_SOURCE, CLEAN_TIMEOUT_MS, DIST, EXPECT, INJECTED, LATIN1_TEXT, PLAIN_TEXT, SJIS_TEXT, VENDOR_MARK,
  assertCleaned, assertUntouched, cleanupFinished, inspectPage, inspectSummaryBox, requireBuilt, runAxe, startServer, tempDir,
} from './helpers.mjs';

const ADDON_ID = 'reader-cleanup@example.org';
// Fixed before install through this pref, so the test knows the moz-extension:// origin.
const ADDON_UUID = randomUUID();
const POPUP = `moz-extension://${ADDON_UUID}/popup.html`;

let server;
let profiles;
let driver;

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

// dist/firefox.zip as build.sh makes it, unless it is older than dist/firefox
// (then the directory, which selenium zips itself).
function addonPath() {
  const dir = requireBuilt('firefox');
  const zip = join(DIST, 'firefox.zip');
  return existsSync(zip) && statSync(zip).mtimeMs >= newestMtime(dir) ? zip : dir;
}

before(async () => {
  const addon = addonPath();
  server = await startServer();
  profiles = tempDir('firefox');
  const options = new firefox.Options()
    .setBinary(process.env.FIREFOX ?? '/usr/bin/firefox-esr')
    .addArguments('-headless')
    .setPreference('extensions.webextensions.uuids', JSON.stringify({ [ADDON_ID]: ADDON_UUID }));
  const service = new firefox.ServiceBuilder(process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver'))
    .addArguments('--allow-system-access', '--profile-root', profiles.dir);
  driver = await new Builder().forBrowser('firefox')
    .setFirefoxOptions(options).setFirefoxService(service).build();
  await driver.installAddon(addon, true);
});

after(async () => {
  await driver?.quit();
  await server?.close();
  profiles?.remove();
});

const run = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
// Conditions polled by driver.wait; a page in the middle of (re)loading counts as "not yet".
const stateIs = (s) => () => run(() => document.documentElement.getAttribute('data-reader-cleanup'))
  .then((v) => v === s, () => false);
const finished = () => run(cleanupFinished).catch(() => false);

async function openSample(path, state = null) {
  await driver.get(server.origin + path);
  await driver.wait(state ? stateIs(state) : finished, CLEAN_TIMEOUT_MS,
    `content script did not finish on ${path}`);
}

for (const path of ['/sample.html', '/sample-csp.html']) {
  test(`firefox: ${path} is cleaned and summarised`, async () => {
    await openSample(path);
    assertCleaned(await run(inspectPage, EXPECT));
  });
}

test('firefox: switched off in the popup, the page is left untouched', async () => {
  const path = '/sample.html?popup-toggle';
  await openSample(path, 'done');
  const removed = await run(() => document.documentElement.getAttribute('data-reader-cleanup-removed'));
  const pageHandle = await driver.getWindowHandle();
  const { tabId } = await openPopupFor(server.origin + path);
  const badge = () => driver.executeAsyncScript(`
    const [tabId, done] = arguments;
    browser.action.getBadgeText({ tabId }).then(done, (e) => done(String(e)));`, tabId);
  assert.equal(await badge(), removed, 'badge shows the removed count');

  const toggle = await driver.findElement(By.css('input[type=checkbox]#enabled'));
  const label = await driver.findElement(By.css('label[for=enabled]')).getText();
  assert.equal(label, 'Clean this site');
  assert.equal(await driver.findElement(By.id('host')).getText(), '127.0.0.1');
  assert.equal(await driver.findElement(By.id('count')).getText(), `Blocks removed on this page: ${removed}`);
  assert.equal(await toggle.isSelected(), true);

  await toggle.click(); // off: stores the setting and reloads the sample tab
  await driver.switchTo().window(pageHandle);
  await driver.wait(stateIs('off'), CLEAN_TIMEOUT_MS, 'page did not reload with cleaning off');
  assertUntouched(await run(inspectPage, EXPECT));

  await driver.switchTo().newWindow('tab');
  await driver.get(`${POPUP}?tab=${tabId}`);
  const toggle2 = await driver.findElement(By.id('enabled'));
  await driver.wait(until.elementIsEnabled(toggle2), 10_000);
  assert.equal(await toggle2.isSelected(), false);
  assert.equal(await driver.findElement(By.id('count')).getText(), 'Cleaning is off for this site.');
  assert.equal(await badge(), '', 'no badge while off');

  await toggle2.click(); // on again
  await driver.switchTo().window(pageHandle);
  await driver.wait(stateIs('done'), CLEAN_TIMEOUT_MS, 'page did not reload with cleaning on');
  assertCleaned(await run(inspectPage, EXPECT));
});

// The popup of the tab showing `url` (in a new tab; the page's tab stays open).
async function openPopupFor(url) {
  const pageHandle = await driver.getWindowHandle();
  await driver.switchTo().newWindow('tab');
  await driver.get(POPUP);
  const tabId = await driver.executeAsyncScript(`
    const [url, done] = arguments;
    browser.storage.session.get(null).then((all) => {
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.url === url);
      done(hit ? Number(hit[0].slice(4)) : null);
    }, () => done(null));`, url);
  assert.ok(tabId, 'the background knows the tab');
  await driver.get(`${POPUP}?tab=${tabId}`);
  await driver.wait(until.elementIsEnabled(await driver.findElement(By.id('enabled'))), 10_000);
  return {
    tabId,
    close: async () => { await driver.close(); await driver.switchTo().window(pageHandle); },
  };
}

const streamCheck = (mark) => ({
  seen: window.__promoSeen ?? null,
  left: document.querySelectorAll(mark).length,
  story: document.getElementById('story-start')?.textContent ?? null,
});

for (const path of ['/widgets.html', '/chunked.html']) {
  test(`firefox: the response filter removes vendor blocks before they reach the DOM (${path})`, async () => {
    await openSample(path, 'done');
    const r = await run(streamCheck, VENDOR_MARK);
    assert.deepEqual(r.seen, [], 'the MutationObserver installed before the body never saw a vendor block');
    assert.equal(r.left, 0);
    assertCleaned(await run(inspectPage, EXPECT));
    const popup = await openPopupFor(server.origin + path);
    try {
      const lines = await Promise.all((await driver.findElements(By.css('#blocks li'))).map((li) => li.getText()));
      assert.ok(lines.includes('recommendation widgets removed while the page loaded: 3'), lines.join('\n'));
      assert.match(await driver.findElement(By.id('note')).getText(), /removed while the page loaded/);
    } finally {
      await popup.close();
    }
  });
}

test('firefox: the response filter keeps the charset (HTTP header windows-1252, meta Shift_JIS)', async () => {
  for (const [path, text] of [['/latin1.html', LATIN1_TEXT], ['/sjis.html', SJIS_TEXT]]) {
    await openSample(path);
    const r = await run(streamCheck, VENDOR_MARK);
    assert.deepEqual(r.seen, [], `${path}: no vendor block ever in the DOM`);
    assert.equal(r.left, 0);
    assert.equal(r.story, text, `${path}: the text is decoded as the page declares`);
  }
});

test('firefox: a response that is not HTML passes through untouched', async () => {
  await driver.get(`${server.origin}/plain.txt`);
  const r = await run(() => ({ type: document.contentType, text: document.body.textContent }));
  assert.deepEqual(r, { type: 'text/plain', text: PLAIN_TEXT });
});

test('firefox: widgets added after load are judged and removed', async () => {
  await openSample('/widgets.html?late', 'done');
  const before = Number(await run(() => document.documentElement.getAttribute('data-reader-cleanup-removed')));
  await run(() => window.injectLateWidgets());
  await driver.wait(() => run((n) => !document.querySelector('.feed-item') && !document.getElementById('taboola-below-article-feed')
    && Number(document.documentElement.getAttribute('data-reader-cleanup-removed')) === n, before + 2),
  CLEAN_TIMEOUT_MS, 'late widgets were not removed');
  assertCleaned(await run(inspectPage, EXPECT));
});

test('firefox: page text that looks like markup is shown as text; axe finds no violations', async () => {
  await openSample('/inject.html', 'done');
  const r = await run(inspectSummaryBox);
  assert.ok(r.text.includes(INJECTED), `the markup appears as text in the summary box: ${r.text}`);
  assert.equal(r.images, 0);
  assert.equal(r.pwned, null, 'no onerror ran');
  await driver.executeScript(AXE_SOURCE);
  assert.deepEqual(await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
    (${runAxe})('#reader-cleanup-summary').then(done, (e) => done(['axe failed: ' + e]));`), [], 'axe on the summary box');

  const popup = await openPopupFor(`${server.origin}/inject.html`);
  try {
    const lines = await Promise.all((await driver.findElements(By.css('#blocks li'))).map((li) => li.getText()));
    assert.ok(lines.some((l) => l.includes(INJECTED.slice(0, 30))), `popup shows page text as text: ${lines}`);
    assert.equal((await driver.findElements(By.css('#blocks img'))).length, 0);
    await driver.executeScript(AXE_SOURCE);
    assert.deepEqual(await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      (${runAxe})(null).then(done, (e) => done(['axe failed: ' + e]));`), [], 'axe on the popup');
  } finally {
    await popup.close();
  }
});

test('firefox: "show removed blocks" and the shortcut', async () => {
  const path = '/sample.html?restore';
  await openSample(path, 'done');
  const popup = await openPopupFor(server.origin + path);
  try {
    assert.equal(await driver.findElement(By.id('shortcut')).getText(), 'Shortcut to switch this site on or off: Alt+Shift+U');
    await driver.findElement(By.id('restore')).click();
    await driver.wait(async () => (await driver.findElement(By.id('count')).getText()).startsWith('The removed blocks are back'),
      10_000);
  } finally {
    await popup.close();
  }
  // the restored page, inspected before the shortcut reloads it
  const r = await run(inspectPage, EXPECT);
  assert.deepEqual(r.promoPresent, EXPECT.promoMarkers, 'the blocks are back');
  assert.equal(r.summaryHost, null, 'no summary box once the blocks are back');
  const again = await openPopupFor(server.origin + path);
  try {
    // A headless browser does not route key presses to extension shortcuts:
    // call the background's command listener as the browser would.
    await driver.executeAsyncScript(`const [tabId, done] = arguments;
      Promise.all([browser.runtime.getBackgroundPage(), browser.tabs.get(tabId)])
        .then(([bg, tab]) => bg.readerCleanupOnCommand('toggle-site', tab)).then(() => done(), (e) => done(String(e)));`,
    again.tabId);
  } finally {
    await again.close();
  }
  await driver.wait(stateIs('off'), CLEAN_TIMEOUT_MS, 'the shortcut did not switch the site off');
  assertUntouched(await run(inspectPage, EXPECT));
  // A site switched off is not filtered either: the vendor blocks reach the page.
  await openSample('/widgets.html?off', 'off');
  assert.equal(await run(() => new Set(window.__promoSeen).size), 3);
  await driver.executeAsyncScript(`const done = arguments[0];
    browser.storage.sync.remove('site:127.0.0.1').then(() => done(), () => done());`).catch(() => {});
});
