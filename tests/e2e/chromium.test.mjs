// End-to-end: the built extension (dist/chrome) in headless Chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  CLEAN_TIMEOUT_MS, EXPECT, assertCleaned, assertUntouched, cleanupFinished,
  inspectPage, requireBuilt, startServer, tempDir,
} from './helpers.mjs';

let server;
let profile;
let context;
let extensionId;

before(async () => {
  const dir = requireBuilt('chrome');
  server = await startServer();
  profile = tempDir('chromium');
  context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`,
    ],
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000,
    });
  extensionId = new URL(worker.url()).host;
});

after(async () => {
  await context?.close();
  await server?.close();
  profile?.remove();
});

async function openSample(path, state = null) {
  const page = await context.newPage();
  await page.goto(server.origin + path);
  if (state) {
    await page.waitForFunction((s) => document.documentElement.getAttribute('data-reader-cleanup') === s,
      state, { timeout: CLEAN_TIMEOUT_MS });
  } else {
    await page.waitForFunction(cleanupFinished, null, { timeout: CLEAN_TIMEOUT_MS });
  }
  return page;
}

for (const path of ['/sample.html', '/sample-csp.html']) {
  test(`chromium: ${path} is cleaned and summarised`, async () => {
    const page = await openSample(path);
    try {
      assertCleaned(await page.evaluate(inspectPage, EXPECT));
    } finally {
      await page.close();
    }
  });
}

test('chromium: switched off in the popup, the page is left untouched', async () => {
  const path = '/sample.html?popup-toggle';
  const page = await openSample(path, 'done');
  const popup = await context.newPage();
  try {
    const removed = await page.evaluate(() => document.documentElement.getAttribute('data-reader-cleanup-removed'));
    // The sample page's tab id, from the state the background keeps per tab.
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await popup.evaluate(async (url) => {
      const all = await chrome.storage.session.get(null);
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.url === url);
      return hit ? Number(hit[0].slice(4)) : null;
    }, server.origin + path);
    assert.ok(tabId, 'the background knows the sample tab');
    const badge = () => popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    assert.equal(await badge(), removed, 'badge shows the removed count');

    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const toggle = popup.getByRole('checkbox', { name: 'Clean this site' });
    await toggle.waitFor();
    await popup.waitForFunction(() => !document.getElementById('enabled').disabled);
    assert.equal(await popup.locator('#host').textContent(), '127.0.0.1');
    assert.equal(await popup.locator('#count').textContent(), `Blocks removed in this tab: ${removed}`);
    assert.equal(await toggle.isChecked(), true);

    await toggle.click(); // off: stores the setting and reloads the sample tab
    await page.waitForFunction(() => document.documentElement.getAttribute('data-reader-cleanup') === 'off',
      null, { timeout: CLEAN_TIMEOUT_MS });
    assertUntouched(await page.evaluate(inspectPage, EXPECT));
    assert.equal(await badge(), '', 'no badge while off');

    await popup.reload();
    await popup.waitForFunction(() => !document.getElementById('enabled').disabled);
    assert.equal(await toggle.isChecked(), false);
    assert.equal(await popup.locator('#count').textContent(), 'Cleaning is off for this site.');

    await toggle.click(); // on again
    await page.waitForFunction(() => document.documentElement.getAttribute('data-reader-cleanup') === 'done',
      null, { timeout: CLEAN_TIMEOUT_MS });
    assertCleaned(await page.evaluate(inspectPage, EXPECT));
  } finally {
    await popup.close();
    await page.close();
  }
});
