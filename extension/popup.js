// Popup of Reader Cleanup: the current tab's site with its switch
// (storage.sync "site:<hostname>", on unless set to false), the summary box
// setting (storage.sync "summary", on unless false), the blocks removed on the
// page with their reasons, "show removed blocks", and why a page could not be
// cleaned. `popup.html?tab=<id>` targets a given tab (used when the popup is
// opened as a page, e.g. by the end-to-end tests).
import { localise, t } from './i18n.js';
import { hostOf } from './site.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

async function targetTab() {
  const wanted = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(wanted) && wanted > 0) return api.tabs.get(wanted);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function showBlocks(state) {
  const list = $('blocks');
  list.replaceChildren();
  const item = (text) => {
    const li = document.createElement('li');
    li.textContent = text; // page text (reasons quote headings): always text, never HTML
    list.append(li);
  };
  if (state.stream?.removed > 0) item(t('reasonStream', state.stream.removed));
  for (const b of state.blocks ?? []) item(b.text ? `${b.reason} — ${b.text.slice(0, 70)}` : b.reason);
}

function showState(tab, state) {
  const restore = $('restore');
  restore.hidden = true;
  if (state?.status === 'done') {
    const total = state.removed + (state.stream?.removed ?? 0);
    $('count').textContent = state.restored ? t('popupRestored') : t('popupRemovedCount', total);
    showBlocks(state);
    restore.hidden = state.restored || !(state.removed > 0);
    $('note').textContent = state.stream?.removed > 0 ? t('popupStreamNote') : '';
  } else if (state?.status === 'off') {
    $('count').textContent = t('popupOff');
  } else if (state?.status === 'error') {
    $('count').textContent = t('popupError');
    $('note').textContent = t('popupErrorReason', state.error ?? '?');
  } else if (state?.status === 'working') {
    $('count').textContent = t('popupWorking');
  } else {
    $('count').textContent = t('popupNoState');
  }
}

async function main() {
  localise();
  const tab = await targetTab();
  let state = (await api.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`];
  if (tab.url && state && state.url !== tab.url) state = undefined; // from an earlier page
  const host = hostOf(tab.url ?? state?.url ?? '');
  if (!host) {
    $('host').textContent = t('popupNotWebPage');
    $('count').textContent = t('popupOnlyWeb');
    return;
  }
  $('host').textContent = host;

  const key = `site:${host}`;
  const settings = await api.storage.sync.get([key, 'summary']);
  const enabled = $('enabled');
  enabled.checked = settings[key] !== false;
  enabled.disabled = false;
  enabled.addEventListener('change', async () => {
    enabled.disabled = true;
    if (enabled.checked) await api.storage.sync.remove(key);
    else await api.storage.sync.set({ [key]: false });
    await api.tabs.reload(tab.id);
    enabled.disabled = false;
  });

  const summary = $('summary');
  summary.checked = settings.summary !== false;
  summary.disabled = false;
  summary.addEventListener('change', () => (summary.checked
    ? api.storage.sync.remove('summary') : api.storage.sync.set({ summary: false })));

  $('restore').addEventListener('click', async () => {
    const reply = await api.tabs.sendMessage(tab.id, { type: 'restore' });
    if (!reply?.ok) return;
    const fresh = (await api.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`];
    showState(tab, fresh);
    $('count').focus?.();
  });

  showState(tab, state);
}

$('options').addEventListener('click', (e) => {
  e.preventDefault();
  api.runtime.openOptionsPage();
});

api.commands?.getAll().then((all) => {
  const keys = all.find((c) => c.name === 'toggle-site')?.shortcut;
  if (keys) $('shortcut').textContent = t('popupShortcut', keys);
}).catch(() => {});

main().catch((e) => {
  $('count').textContent = `Error: ${e?.message ?? e}`;
});
