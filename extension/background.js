// Background of Reader Cleanup: a service worker in Chrome, an event page in
// Firefox (one manifest lists both; each browser ignores the other key).
//
// The WebAssembly core runs here, never in the content script: a page's CSP
// can forbid WebAssembly in a Chrome content script. The content script sends
// the page's HTML, we answer with the core's report (CONTRACT.md), and we keep
// the number of removed blocks per tab for the badge and the popup.

import init, { clean } from './pkg/reader_cleanup.js';

const api = globalThis.browser ?? globalThis.chrome;

// Load the module once per background lifetime; retry on the next message if
// loading failed.
let ready = null;
function loadCore() {
  ready ??= init({ module_or_path: api.runtime.getURL('pkg/reader_cleanup_bg.wasm') })
    .catch((e) => { ready = null; throw e; });
  return ready;
}

// The report as plain JSON data (messages are serialised; a Map or a BigInt,
// should the module ever return one, would not survive that).
function plain(value) {
  return JSON.parse(JSON.stringify(value, (_key, v) => {
    if (v instanceof Map) return Object.fromEntries(v);
    if (typeof v === 'bigint') return Number(v);
    return v;
  }));
}

function errorText(e) {
  if (typeof e === 'string') return e;
  return String(e?.message ?? e);
}

async function cleanPage(html, url) {
  try {
    await loadCore();
    return { ok: true, report: plain(clean(html, url)) };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

// Per-tab state in storage.session: it outlives a suspended service worker
// and is gone when the browser closes.
const tabKey = (tabId) => `tab:${tabId}`;

async function setTabState(tabId, state) {
  await api.storage.session.set({ [tabKey(tabId)]: state });
  const text = state.status === 'done' && state.removed > 0 ? String(state.removed) : '';
  await api.action.setBadgeText({ tabId, text });
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only our own content scripts talk to us.
  if (sender.id !== api.runtime.id || !message || typeof message !== 'object') return false;
  const tabId = sender.tab?.id;

  if (message.type === 'clean' && typeof message.html === 'string') {
    cleanPage(message.html, String(message.url ?? '')).then(sendResponse);
    return true; // answer asynchronously
  }
  if (message.type === 'status' && tabId !== undefined) {
    const removed = Number.isInteger(message.removed) ? message.removed : 0;
    const state = { status: String(message.status), host: String(message.host ?? ''), url: sender.url, removed };
    setTabState(tabId, state)
      .catch((e) => console.warn('reader-cleanup: cannot store tab state:', errorText(e)))
      .finally(() => sendResponse({ ok: true }));
    return true;
  }
  return false;
});

api.tabs.onRemoved.addListener((tabId) => {
  api.storage.session.remove(tabKey(tabId)).catch(() => {});
});
