// Background of Reader Cleanup: a service worker in Chrome, an event page in
// Firefox (one manifest lists both; each browser ignores the other key).
//
// - The WebAssembly core runs here, never in the content script: a page's CSP
//   can forbid WebAssembly in a Chrome content script. The content script sends
//   HTML (the page, or a subtree added after load), we answer with the core's
//   report (CONTRACT.md).
// - Per-tab state (status, removed blocks and their reasons, the error if any)
//   for the badge and the popup, in storage.session.
// - The keyboard shortcut (commands: toggle-site).
// - Firefox only: the response filter (webRequest.filterResponseData) that
//   removes selector-level promo blocks from the HTML before it is parsed.
// Nothing here makes a network request: the module is read from the package.

import init, { clean, StreamCleaner } from './pkg/reader_cleanup.js';
import { hostOf } from './site.js';

const api = globalThis.browser ?? globalThis.chrome;

// Load the module once per background lifetime; retry on the next use if
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
  const text = String(e?.message ?? e);
  return text || String(e?.name ?? 'unknown error'); // a CompileError can have an empty message
}

async function cleanHtml(html, url) {
  try {
    await loadCore();
    return { ok: true, report: plain(clean(html, url)) };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

// ---------------------------------------------------------------- per-tab state
const withoutHash = (url) => String(url ?? '').split('#')[0];
const tabKey = (tabId) => `tab:${tabId}`;
// What the Firefox stream pass did per tab: { url, removed, bailed }.
const streamed = new Map();

async function setTabState(tabId, state) {
  const s = streamed.get(tabId);
  if (s && s.url === withoutHash(state.url)) state.stream = { removed: s.removed, bailed: s.bailed };
  await api.storage.session.set({ [tabKey(tabId)]: state });
  const total = state.removed + (state.stream?.removed ?? 0);
  const text = state.status === 'done' && total > 0 ? String(total) : '';
  await api.action.setBadgeText({ tabId, text });
}

function blockList(value) {
  if (!Array.isArray(value)) return [];
  return value.slice(0, 200).map((b) => ({
    reason: String(b?.reason ?? ''), tag: String(b?.tag ?? ''), text: String(b?.text ?? '').slice(0, 200),
  }));
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only our own content scripts talk to us.
  if (sender.id !== api.runtime.id || !message || typeof message !== 'object') return false;
  const tabId = sender.tab?.id;

  if (message.type === 'clean' && typeof message.html === 'string') {
    cleanHtml(message.html, String(message.url ?? '')).then(sendResponse);
    return true; // answer asynchronously
  }
  if (message.type === 'status' && tabId !== undefined) {
    const state = {
      status: String(message.status),
      host: String(message.host ?? ''),
      url: sender.url,
      removed: Number.isInteger(message.removed) ? message.removed : 0,
      blocks: blockList(message.blocks),
      restored: message.restored === true,
      error: message.error ? String(message.error) : null,
    };
    setTabState(tabId, state)
      .catch((e) => console.warn('reader-cleanup: cannot store tab state:', errorText(e)))
      .finally(() => sendResponse({ ok: true }));
    return true;
  }
  return false;
});

api.tabs.onRemoved.addListener((tabId) => {
  streamed.delete(tabId);
  api.storage.session.remove(tabKey(tabId)).catch(() => {});
});

// ---------------------------------------------------------------- site switch
// storage.sync "site:<hostname>": false = off; absent = on (the default).
const siteKey = (host) => `site:${host}`;

async function toggleSite(tab) {
  if (!tab) return;
  // The shortcut grants activeTab, so tab.url is there; else the page's own report.
  const url = tab.url ?? (await api.storage.session.get(tabKey(tab.id)))[tabKey(tab.id)]?.url ?? '';
  const host = hostOf(url);
  if (!host) return;
  const key = siteKey(host);
  const off = (await api.storage.sync.get(key))[key] === false;
  if (off) await api.storage.sync.remove(key);
  else await api.storage.sync.set({ [key]: false });
  await api.tabs.reload(tab.id);
}

function onCommand(command, tab) {
  if (command !== 'toggle-site') return Promise.resolve();
  const target = tab ? Promise.resolve(tab)
    : api.tabs.query({ active: true, currentWindow: true }).then(([t]) => t);
  return target.then(toggleSite).catch((e) => console.warn('reader-cleanup: shortcut failed:', errorText(e)));
}
api.commands?.onCommand.addListener(onCommand);
// The end-to-end tests call the listener itself: a headless browser does not
// route key presses to extension shortcuts.
globalThis.readerCleanupOnCommand = onCommand;

// ---------------------------------------------------------------- Firefox: the response filter
// Sites switched off, kept in memory so the blocking listener can answer at once.
let offSites = null;
function loadOffSites() {
  offSites ??= api.storage.sync.get(null).then((all) => new Set(
    Object.entries(all).filter(([k, v]) => k.startsWith('site:') && v === false).map(([k]) => k.slice(5)),
  ));
  return offSites;
}
api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync' || !offSites) return;
  offSites.then((set) => {
    for (const [k, { newValue }] of Object.entries(changes)) {
      if (!k.startsWith('site:')) continue;
      if (newValue === false) set.add(k.slice(5));
      else set.delete(k.slice(5));
    }
  });
});

// "text/html; charset=Shift_JIS" → { type: "text/html", charset: "Shift_JIS" }
function contentType(headers) {
  const value = headers?.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  const [type, ...params] = value.split(';');
  const charset = params.map((p) => p.trim().match(/^charset\s*=\s*"?([^";]*)"?$/i)).find(Boolean)?.[1] ?? '';
  return { type: type.trim().toLowerCase(), charset: charset.trim() };
}

// Rewrites one main-frame HTML response as it streams. Anything unexpected
// (not HTML, the module does not load, the rewriter throws) and the bytes pass
// through untouched from that point on.
function filterResponse(details, types) {
  let filter;
  try {
    filter = api.webRequest.filterResponseData(details.requestId);
  } catch (e) {
    console.warn('reader-cleanup: no response filter:', errorText(e));
    return;
  }
  types.set(details.requestId, null); // filtered: onHeadersReceived fills in the type
  let cleaner = null;
  let bailed = null;
  let chain = Promise.resolve();
  const record = (removed) => {
    if (details.tabId >= 0) streamed.set(details.tabId, { url: withoutHash(details.url), removed, bailed });
  };
  const safely = (fn, raw) => {
    if (!cleaner) return raw;
    try {
      return fn();
    } catch (e) {
      bailed = errorText(e);
      try { cleaner.free(); } catch { /* the instance may be gone with the error */ }
      cleaner = null;
      return raw;
    }
  };

  filter.onstart = () => {
    const { type, charset } = types.get(details.requestId) ?? { type: '' };
    types.delete(details.requestId);
    if (type !== 'text/html') {
      filter.disconnect(); // not ours: the rest flows untouched
      return;
    }
    chain = loadCore().then(() => { cleaner = new StreamCleaner(charset); }, (e) => { bailed = errorText(e); });
  };
  filter.ondata = ({ data }) => {
    chain = chain.then(() => {
      const raw = new Uint8Array(data);
      filter.write(safely(() => cleaner.write(raw), raw));
    });
  };
  filter.onstop = () => {
    chain.then(() => {
      const removed = cleaner?.removed ?? 0;
      const rest = safely(() => cleaner.end(), new Uint8Array(0));
      if (rest.length) filter.write(rest);
      bailed ??= cleaner?.bailed ?? null;
      record(removed);
      try { cleaner?.free(); } catch { /* already freed */ }
      filter.close();
    }).catch((e) => {
      console.warn('reader-cleanup: response filter failed:', errorText(e));
      try { filter.close(); } catch { /* closed */ }
    });
  };
  filter.onerror = () => console.warn('reader-cleanup: response filter error:', filter.error);
}

if (api.webRequest?.filterResponseData) {
  const pages = { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] };
  const types = new Map(); // requestId → content type, read before the body streams
  loadOffSites();
  loadCore().catch(() => {}); // ready before the first response, usually
  api.webRequest.onHeadersReceived.addListener((details) => {
    if (types.has(details.requestId)) types.set(details.requestId, contentType(details.responseHeaders));
    return {};
  }, pages, ['blocking', 'responseHeaders']);
  api.webRequest.onBeforeRequest.addListener((details) => {
    const host = hostOf(details.url);
    if (!host || details.method !== 'GET') return {};
    return loadOffSites().then((off) => {
      if (!off.has(host)) filterResponse(details, types);
      return {};
    });
  }, pages, ['blocking']);
}
