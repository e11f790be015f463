// Fail-open: a copy of the built extension whose .wasm is corrupted. The page
// must stay exactly as it was (also the blocks the early stylesheet hid are
// shown again, and in Firefox the response filter passes the bytes through),
// and the popup must say why.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { cpSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { Builder, By, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { CLEAN_TIMEOUT_MS, VENDOR_MARK, requireBuilt, startServer, tempDir } from './helpers.mjs';

const ADDON_ID = 'reader-cleanup@example.org';
let server;
let scratch;

// dist/<browser> with pkg/reader_cleanup_bg.wasm replaced by bytes that are not a module.
function brokenCopy(browser) {
  const dir = join(scratch.dir, `${browser}-broken`);
  cpSync(requireBuilt(browser), dir, { recursive: true });
  writeFileSync(join(dir, 'pkg/reader_cleanup_bg.wasm'), Buffer.from('\0asm\x01\0\0\0this is not a module'));
  return dir;
}

before(async () => {
  server = await startServer();
  scratch = tempDir('failopen');
});

after(async () => {
  await server?.close();
  scratch?.remove();
});

// Runs in the page: what "as it was" is compared on.
function pageNow(mark) {
  return {
    state: document.documentElement.getAttribute('data-reader-cleanup'),
    body: document.body.outerHTML,
    hidden: Array.from(document.querySelectorAll(mark)).filter((n) => getComputedStyle(n).display === 'none').length,
    vendor: document.querySelectorAll(mark).length,
  };
}

test('chromium: with a corrupted module the page stays as it was and the popup says why', async () => {
  const dir = brokenCopy('chrome');
  const profile = tempDir('chromium-failopen');
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const ext = (file) => `chrome-extension://${new URL(worker.url()).host}/${file}`;
    const page = await context.newPage();
    await page.goto(`${server.origin}/widgets.html`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-reader-cleanup') === 'error',
      null, { timeout: CLEAN_TIMEOUT_MS });
    const broken = await page.evaluate(pageNow, VENDOR_MARK);

    const popup = await context.newPage();
    await popup.goto(ext('popup.html'));
    const tabId = await popup.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      return Number(Object.keys(all).find((k) => k.startsWith('tab:')).slice(4));
    });
    await popup.goto(ext(`popup.html?tab=${tabId}`));
    await popup.waitForFunction(() => document.getElementById('note').textContent !== '');
    assert.equal(await popup.locator('#count').textContent(), 'This page could not be cleaned, so it was left as it was.');
    assert.match(await popup.locator('#note').textContent(), /^Reason: .*(CompileError|WebAssembly|wasm)/i);
    assert.equal(await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '');

    // The page as it was: the same page with the site switched off.
    await popup.evaluate(() => chrome.storage.sync.set({ 'site:127.0.0.1': false }));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-reader-cleanup') === 'off',
      null, { timeout: CLEAN_TIMEOUT_MS });
    const asItWas = await page.evaluate(pageNow, VENDOR_MARK);
    assert.equal(broken.body, asItWas.body, 'the DOM is exactly as without cleaning');
    assert.equal(broken.vendor, 3);
    assert.equal(broken.hidden, 0, 'the blocks hidden from the first paint are shown again');
  } finally {
    await context.close();
    profile.remove();
  }
});

test('firefox: with a corrupted module the response passes through and the page stays as it was', async () => {
  const dir = brokenCopy('firefox');
  const profiles = tempDir('firefox-failopen');
  const uuid = randomUUID();
  const options = new firefox.Options()
    .setBinary(process.env.FIREFOX ?? '/usr/bin/firefox-esr')
    .addArguments('-headless')
    .setPreference('extensions.webextensions.uuids', JSON.stringify({ [ADDON_ID]: uuid }));
  const service = new firefox.ServiceBuilder(process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver'))
    .addArguments('--allow-system-access', '--profile-root', profiles.dir);
  const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
  const run = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  const stateIs = (s) => () => run(() => document.documentElement.getAttribute('data-reader-cleanup'))
    .then((v) => v === s, () => false);
  try {
    await driver.installAddon(dir, true);
    await driver.get(`${server.origin}/widgets.html`);
    await driver.wait(stateIs('error'), CLEAN_TIMEOUT_MS, 'the content script did not report the error');
    const broken = await run(pageNow, VENDOR_MARK);
    assert.equal(await run(() => new Set(window.__promoSeen).size), 3, 'the response reached the page unfiltered');

    const page = await driver.getWindowHandle();
    await driver.switchTo().newWindow('tab');
    await driver.get(`moz-extension://${uuid}/popup.html`);
    const tabId = await driver.executeAsyncScript(`const done = arguments[0];
      browser.storage.session.get(null).then((all) => done(Number(Object.keys(all).find((k) => k.startsWith('tab:')).slice(4))));`);
    await driver.get(`moz-extension://${uuid}/popup.html?tab=${tabId}`);
    await driver.wait(until.elementTextMatches(driver.findElement(By.id('note')), /^Reason: /), 10_000);
    assert.equal(await driver.findElement(By.id('count')).getText(), 'This page could not be cleaned, so it was left as it was.');
    await driver.executeAsyncScript(`const done = arguments[0];
      browser.storage.sync.set({ 'site:127.0.0.1': false }).then(() => done());`);
    await driver.close();
    await driver.switchTo().window(page);

    await driver.navigate().refresh();
    await driver.wait(stateIs('off'), CLEAN_TIMEOUT_MS, 'the page did not reload with the site off');
    const asItWas = await run(pageNow, VENDOR_MARK);
    assert.equal(broken.body, asItWas.body, 'the DOM is exactly as without the extension');
    assert.equal(broken.vendor, 3);
    assert.equal(broken.hidden, 0);
  } finally {
    await driver.quit();
    profiles.remove();
  }
});
