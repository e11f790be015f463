// End-to-end: the built extension (dist/chrome) in headless Chromium.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  AXE_SOURCE, CLEAN_TIMEOUT_MS, EXPECT, INJECTED, ROOT, VENDOR_MARK, assertCleaned, assertUntouched,
  cleanupFinished, inspectPage, inspectSummaryBox, requireBuilt, runAxe, startServer, tempDir,
} from './helpers.mjs';

// Playwright reports a service worker's own requests only with this set.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const DOCS = join(ROOT, 'docs');
let server;
let profile;
let context;
let extensionId;
const requests = []; // every request of every page, popup and the service worker

async function launch(extraArgs = [], env = {}) {
  const dir = requireBuilt('chrome');
  const ctx = await chromium.launchPersistentContext(profile.dir, {
    env: { ...process.env, ...env },
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...extraArgs,
    ],
  });
  ctx.on('request', (r) => requests.push(r.url()));
  const worker = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await ctx.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000,
    });
  extensionId = new URL(worker.url()).host;
  return ctx;
}

before(async () => {
  server = await startServer();
  profile = tempDir('chromium');
  context = await launch();
});

after(async () => {
  await context?.close();
  await server?.close();
  profile?.remove();
});

const stateIs = (page, s) => page.waitForFunction((want) => document.documentElement.getAttribute('data-reader-cleanup') === want,
  s, { timeout: CLEAN_TIMEOUT_MS });

async function openPage(path, state = null) {
  const page = await context.newPage();
  await page.goto(server.origin + path);
  if (state) await stateIs(page, state);
  else await page.waitForFunction(cleanupFinished, null, { timeout: CLEAN_TIMEOUT_MS });
  return page;
}

const extensionUrl = (file) => `chrome-extension://${extensionId}/${file}`;
const worker = () => context.serviceWorkers().find((w) => w.url().startsWith(extensionUrl('')));

// The tab id of a page, from the state the background keeps per tab.
async function tabIdOf(url) {
  const ext = await context.newPage();
  await ext.goto(extensionUrl('popup.html'));
  const id = await ext.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.url === u);
    return hit ? Number(hit[0].slice(4)) : null;
  }, url);
  await ext.close();
  assert.ok(id, `the background knows the tab of ${url}`);
  return id;
}

async function openPopup(tabId) {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
  await popup.waitForFunction(() => !document.getElementById('enabled').disabled
    && document.getElementById('count').textContent !== '');
  return popup;
}

const bodyHtml = (page) => page.evaluate(() => document.body.outerHTML);

for (const path of ['/sample.html', '/sample-csp.html']) {
  test(`chromium: ${path} is cleaned and summarised`, async () => {
    const page = await openPage(path);
    try {
      assertCleaned(await page.evaluate(inspectPage, EXPECT));
    } finally {
      await page.close();
    }
  });
}

let pageAsItWas = null; // body.outerHTML of the sample page with the site off

test('chromium: popup lists the removed blocks, switches the site off and on; options page; screenshots', async () => {
  const path = '/sample.html?popup-toggle';
  const page = await openPage(path, 'done');
  await page.setViewportSize({ width: 1100, height: 1000 });
  const tabId = await tabIdOf(server.origin + path);
  const popup = await openPopup(tabId);
  try {
    const removed = await page.evaluate(() => document.documentElement.getAttribute('data-reader-cleanup-removed'));
    const badge = () => popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    assert.equal(await badge(), removed, 'badge shows the removed count');
    assert.equal(await popup.locator('#host').textContent(), '127.0.0.1');
    assert.equal(await popup.locator('#count').textContent(), `Blocks removed on this page: ${removed}`);
    const reasons = await popup.locator('#blocks li').allTextContents();
    assert.equal(reasons.length, Number(removed), `one line per removed block: ${reasons}`);
    assert.ok(reasons.every((r) => / — /.test(r)), `each line gives the reason and the block's first words: ${reasons}`);
    assert.ok(reasons.some((r) => r.includes('938 Live')), reasons.join('\n'));
    await page.screenshot({ path: join(DOCS, 'after.png') });

    const toggle = popup.getByRole('checkbox', { name: 'Clean this site' });
    assert.equal(await toggle.isChecked(), true);
    await toggle.click(); // off: stores the setting and reloads the sample tab
    await stateIs(page, 'off');
    assertUntouched(await page.evaluate(inspectPage, EXPECT));
    assert.equal(await badge(), '', 'no badge while off');
    pageAsItWas = await bodyHtml(page);
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, 'before.png') });

    await popup.reload();
    await popup.waitForFunction(() => !document.getElementById('enabled').disabled);
    assert.equal(await toggle.isChecked(), false);
    assert.equal(await popup.locator('#count').textContent(), 'Cleaning is off for this site.');

    // The options page lists the site; its button turns cleaning on again.
    const options = await context.newPage();
    await options.goto(extensionUrl('options.html'));
    const entry = options.locator('#sites li');
    await entry.first().waitFor();
    assert.deepEqual(await options.locator('#sites .host').allTextContents(), ['127.0.0.1']);
    await options.getByRole('button', { name: 'Turn cleaning on again for 127.0.0.1' }).click();
    await options.locator('#empty').waitFor({ state: 'visible' });
    assert.equal(await entry.count(), 0);
    await options.close();

    await page.reload();
    await stateIs(page, 'done');
    assertCleaned(await page.evaluate(inspectPage, EXPECT));
  } finally {
    await popup.close();
    await page.close();
  }
});

test('chromium: "show removed blocks" puts every block back where it was', async () => {
  assert.ok(pageAsItWas, 'needs the page as it was from the previous test');
  const path = '/sample.html?restore';
  const page = await openPage(path, 'done');
  const popup = await openPopup(await tabIdOf(server.origin + path));
  try {
    await popup.getByRole('button', { name: 'Show removed blocks' }).click();
    await popup.waitForFunction(() => document.getElementById('count').textContent.startsWith('The removed blocks are back'));
    assert.equal(await bodyHtml(page), pageAsItWas, 'the page is exactly as it was: blocks back in place, no summary box');
    assert.equal(await popup.locator('#restore').isHidden(), true);
  } finally {
    await popup.close();
    await page.close();
  }
});

test('chromium: the summary box setting hides and shows the box; the popup works from the keyboard', async () => {
  const path = '/sample.html?summary-setting';
  const page = await openPage(path, 'done');
  const popup = await openPopup(await tabIdOf(server.origin + path));
  const hasBox = () => page.evaluate(() => !!document.getElementById('reader-cleanup-summary'));
  try {
    assert.equal(await hasBox(), true);
    // Tab order: the site switch, the summary switch, "show removed blocks", the options link.
    await popup.keyboard.press('Tab');
    assert.equal(await popup.evaluate(() => document.activeElement.id), 'enabled');
    await popup.keyboard.press('Tab');
    assert.equal(await popup.evaluate(() => document.activeElement.id), 'summary');
    await popup.keyboard.press('Space');
    await page.waitForFunction(() => !document.getElementById('reader-cleanup-summary'));
    await popup.keyboard.press('Space');
    await page.waitForFunction(() => !!document.getElementById('reader-cleanup-summary'));
    await popup.keyboard.press('Tab');
    assert.equal(await popup.evaluate(() => document.activeElement.id), 'restore');
    await popup.keyboard.press('Tab');
    assert.equal(await popup.evaluate(() => document.activeElement.id), 'options');
    assertCleaned(await page.evaluate(inspectPage, EXPECT));
  } finally {
    await popup.close();
    await page.close();
  }
});

test('chromium: the shortcut Alt+Shift+U switches the site off and on', async () => {
  const path = '/sample.html?shortcut';
  const page = await openPage(path, 'done');
  const tabId = await tabIdOf(server.origin + path);
  const popup = await openPopup(tabId);
  try {
    assert.equal(await popup.locator('#shortcut').textContent(), 'Shortcut to switch this site on or off: Alt+Shift+U');
    // Headless Chromium does not route key presses to extension shortcuts, so
    // the test calls the background's command listener as the browser would.
    const press = () => worker().evaluate((id) => chrome.tabs.get(id)
      .then((tab) => globalThis.readerCleanupOnCommand('toggle-site', tab)), tabId);
    await press();
    await stateIs(page, 'off');
    assertUntouched(await page.evaluate(inspectPage, EXPECT));
    await press();
    await stateIs(page, 'done');
    assertCleaned(await page.evaluate(inspectPage, EXPECT));
  } finally {
    await popup.close();
    await page.close();
  }
});

test('chromium: selector-level promo blocks are hidden from the first paint; the article does not jump', async () => {
  // The summary box, put above the title, moves the article down by design:
  // switched off here, so that only the promo blocks count.
  const setting = (on) => worker().evaluate((v) => (v ? chrome.storage.sync.remove('summary')
    : chrome.storage.sync.set({ summary: false })), on);
  await setting(false);
  const page = await openPage('/widgets.html', 'done');
  try {
    const r = await page.evaluate((mark) => ({
      displayAtLoad: window.__promoDisplayAtDOMContentLoaded,
      topAtLoad: window.__topAtDOMContentLoaded,
      topNow: document.getElementById('story-start').getBoundingClientRect().top,
      vendorLeft: document.querySelectorAll(mark).length,
      removed: document.documentElement.getAttribute('data-reader-cleanup-removed'),
    }), VENDOR_MARK);
    assert.equal(r.displayAtLoad, 'none', 'the vendor block above the story was hidden before any cleaning');
    assert.equal(r.topNow, r.topAtLoad, 'the first paragraph kept its position');
    assert.equal(r.vendorLeft, 0, 'the vendor blocks are removed');
    assert.ok(Number(r.removed) >= 3 + 3, `core blocks and vendor blocks counted: ${r.removed}`);
  } finally {
    await page.close();
    await setting(true);
  }
});

test('chromium: widgets added after load are judged and removed', async () => {
  const page = await openPage('/widgets.html?late', 'done');
  try {
    const before = Number(await page.evaluate(() => document.documentElement.getAttribute('data-reader-cleanup-removed')));
    await page.evaluate(() => window.injectLateWidgets());
    await page.waitForFunction(() => !document.querySelector('.feed-item') && !document.getElementById('taboola-below-article-feed'),
      null, { timeout: CLEAN_TIMEOUT_MS });
    await page.waitForFunction((n) => Number(document.documentElement.getAttribute('data-reader-cleanup-removed')) === n,
      before + 2, { timeout: CLEAN_TIMEOUT_MS });
    assertCleaned(await page.evaluate(inspectPage, EXPECT));
  } finally {
    await page.close();
  }
});

test('chromium: page text that looks like markup is shown as text', async () => {
  const path = '/inject.html';
  const page = await openPage(path, 'done');
  const popup = await openPopup(await tabIdOf(server.origin + path));
  try {
    const r = await page.evaluate(inspectSummaryBox);
    assert.ok(r.text.includes(INJECTED), `the markup appears as text in the summary box: ${r.text}`);
    assert.equal(r.images, 0, 'no element was made from page text');
    const lines = await popup.locator('#blocks li').allTextContents();
    assert.ok(lines.some((l) => l.includes(INJECTED.slice(0, 30))), `popup shows the block text as text: ${lines}`);
    assert.equal(await popup.locator('#blocks img').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.pwned ?? null), null, 'no onerror ran');
    assert.equal(r.pwned, null);
  } finally {
    await popup.close();
    await page.close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`chromium: axe finds no violations in the summary box and the popup (${scheme})`, async () => {
    const path = `/sample.html?axe-${scheme}`;
    const page = await openPage(path, 'done');
    const popup = await openPopup(await tabIdOf(server.origin + path));
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await popup.emulateMedia({ colorScheme: scheme });
      const colours = [];
      for (const [p, selector] of [[page, '#reader-cleanup-summary'], [popup, null]]) {
        await p.evaluate(AXE_SOURCE);
        assert.deepEqual(await p.evaluate(runAxe, selector), [], `axe on ${selector ?? 'the popup'}`);
      }
      colours.push(await page.evaluate(() => getComputedStyle(document.getElementById('reader-cleanup-summary')
        .shadowRoot.querySelector('section')).backgroundColor));
      colours.push(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor));
      const dark = colours.map((c) => c.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0) < 3 * 128);
      assert.deepEqual(dark, [scheme === 'dark', scheme === 'dark'], `backgrounds follow the colour scheme: ${colours}`);
    } finally {
      await popup.close();
      await page.close();
    }
  });
}

test('chromium: neither the extension nor its pages make a request of their own', () => {
  const own = requests.filter((u) => !u.startsWith(`${server.origin}/`));
  const packaged = own.filter((u) => u.startsWith(extensionUrl('')));
  assert.ok(requests.some((u) => u === extensionUrl('pkg/reader_cleanup_bg.wasm')),
    'the log includes the service worker\'s requests (it reads the module from the package)');
  assert.deepEqual(own.filter((u) => !packaged.includes(u)), [],
    'every request goes to the test server or reads a file of the extension package');
});

test('chromium: settings survive a restart; the UI follows the browser language (fr)', async () => {
  // Switch the site and the summary box off, restart the browser on the same profile.
  const setup = await context.newPage();
  await setup.goto(extensionUrl('options.html'));
  await setup.evaluate(() => chrome.storage.sync.set({ 'site:127.0.0.1': false, summary: false }));
  await setup.close();
  await context.close();
  // Chromium on Linux takes its UI language from the environment
  context = await launch(['--lang=fr'], { LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' });

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await options.locator('#sites li').first().waitFor();
  assert.deepEqual(await options.locator('#sites .host').allTextContents(), ['127.0.0.1']);
  assert.equal(await options.locator('#summary').isChecked(), false);
  assert.equal(await options.locator('h1').textContent(), 'Réglages de Reader Cleanup');
  await options.evaluate(() => chrome.storage.sync.remove(['site:127.0.0.1', 'summary']));
  await options.close();

  const path = '/sample.html?fr';
  const page = await openPage(path, 'done');
  const popup = await openPopup(await tabIdOf(server.origin + path));
  try {
    const box = await page.evaluate(() => {
      const s = document.getElementById('reader-cleanup-summary').shadowRoot.querySelector('section');
      return { label: s.getAttribute('aria-label'), heads: Array.from(s.querySelectorAll('h2, h3')).map((h) => h.textContent) };
    });
    assert.deepEqual(box, { label: 'Synthèse de l\'article par Reader Cleanup', heads: ['Synthèse', 'Acteurs', 'Faits clés'] });
    assert.equal(await popup.locator('label[for=enabled]').textContent(), 'Nettoyer ce site');
    assert.match(await popup.locator('#count').textContent(), /^Blocs retirés sur cette page : \d+$/);
    const name = await popup.evaluate(() => chrome.runtime.getManifest().name);
    assert.equal(name, 'Reader Cleanup');
  } finally {
    await popup.close();
    await page.close();
  }
});
