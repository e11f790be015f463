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
  CLEAN_TIMEOUT_MS, DIST, EXPECT, assertCleaned, assertUntouched, cleanupFinished,
  inspectPage, requireBuilt, startServer, tempDir,
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

  await driver.switchTo().newWindow('tab');
  await driver.get(POPUP);
  // The sample page's tab id, from the state the background keeps per tab.
  const tabId = await driver.executeAsyncScript(`
    const [url, done] = arguments;
    browser.storage.session.get(null).then((all) => {
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.url === url);
      done(hit ? Number(hit[0].slice(4)) : null);
    }, () => done(null));`, server.origin + path);
  assert.ok(tabId, 'the background knows the sample tab');
  const badge = () => driver.executeAsyncScript(`
    const [tabId, done] = arguments;
    browser.action.getBadgeText({ tabId }).then(done, (e) => done(String(e)));`, tabId);
  assert.equal(await badge(), removed, 'badge shows the removed count');

  await driver.get(`${POPUP}?tab=${tabId}`);
  const toggle = await driver.findElement(By.css('input[type=checkbox]#enabled'));
  await driver.wait(until.elementIsEnabled(toggle), 10_000);
  const label = await driver.findElement(By.css('label[for=enabled]')).getText();
  assert.equal(label, 'Clean this site');
  assert.equal(await driver.findElement(By.id('host')).getText(), '127.0.0.1');
  assert.equal(await driver.findElement(By.id('count')).getText(), `Blocks removed in this tab: ${removed}`);
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
