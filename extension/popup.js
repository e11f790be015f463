// Popup of Reader Cleanup: the current tab's site, a switch for that site
// (storage.sync "site:<hostname>", on unless set to false) and the number of
// blocks removed in the tab. `popup.html?tab=<id>` targets a given tab (used
// when the popup is opened as a page, e.g. by the end-to-end tests).
const api = globalThis.browser ?? globalThis.chrome;

const $ = (id) => document.getElementById(id);

async function targetTab() {
  const wanted = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(wanted) && wanted > 0) return api.tabs.get(wanted);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function hostOf(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}

async function main() {
  const tab = await targetTab();
  let state = (await api.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`];
  if (tab.url && state && state.url !== tab.url) state = undefined; // from an earlier page
  const host = hostOf(tab.url ?? state?.url ?? '');
  const box = $('enabled');

  if (!host) {
    $('host').textContent = 'not a web page';
    $('count').textContent = 'Reader Cleanup works on http and https pages.';
    return;
  }
  $('host').textContent = host;

  const key = `site:${host}`;
  box.checked = (await api.storage.sync.get(key))[key] !== false;
  box.disabled = false;
  box.addEventListener('change', async () => {
    box.disabled = true;
    if (box.checked) await api.storage.sync.remove(key);
    else await api.storage.sync.set({ [key]: false });
    await api.tabs.reload(tab.id);
    box.disabled = false;
  });

  if (state?.status === 'done') {
    $('count').textContent = `Blocks removed in this tab: ${state.removed}`;
  } else if (state?.status === 'off') {
    $('count').textContent = 'Cleaning is off for this site.';
  } else if (state?.status === 'error') {
    $('count').textContent = 'This page could not be cleaned; it was left as it was.';
  }
}

main().catch((e) => {
  $('count').textContent = `Error: ${e?.message ?? e}`;
});
