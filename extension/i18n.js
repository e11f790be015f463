// Fills the popup's and the options page's texts from _locales:
// data-i18n="<message>" sets the text, data-i18n-attr="<attribute>:<message>" an attribute.
const api = globalThis.browser ?? globalThis.chrome;

export const t = (key, ...subs) => api.i18n.getMessage(key, subs.map(String)) || key;

export function localise(doc = document) {
  doc.documentElement.lang = api.i18n.getUILanguage();
  for (const node of doc.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of doc.querySelectorAll('[data-i18n-attr]')) {
    const [attr, key] = node.dataset.i18nAttr.split(':');
    node.setAttribute(attr, t(key));
  }
}
