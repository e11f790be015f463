// Options page of Reader Cleanup: the summary box setting and the sites where
// cleaning is switched off (storage.sync "site:<host>" === false), each with
// a button that turns cleaning on again. Follows changes made elsewhere.
import { localise, t } from './i18n.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

async function render() {
  const all = await api.storage.sync.get(null);
  const off = Object.keys(all).filter((k) => k.startsWith('site:') && all[k] === false).map((k) => k.slice(5)).sort();
  const list = $('sites');
  list.replaceChildren(...off.map((host) => {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'host';
    name.textContent = host;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t('optionsTurnOn');
    button.setAttribute('aria-label', t('optionsTurnOnLabel', host));
    button.addEventListener('click', () => api.storage.sync.remove(`site:${host}`));
    li.append(name, ' ', button);
    return li;
  }));
  $('empty').hidden = off.length > 0;
  const summary = $('summary');
  summary.checked = all.summary !== false;
  summary.disabled = false;
}

localise();
$('summary').addEventListener('change', (e) => (e.target.checked
  ? api.storage.sync.remove('summary') : api.storage.sync.set({ summary: false })));
api.storage.onChanged.addListener((_changes, area) => { if (area === 'sync') render(); });
render();
