// Reader Cleanup at document_start: hides the selector-level promo blocks
// (selectors.js, the same list Firefox's response filter removes) before the
// first paint, so that nothing jumps when content.js removes them. content.js
// takes the stylesheet away once it has removed them, when the site is off, on
// "show removed blocks" and on any error: hidden blocks are never left hidden.
(() => {
  const list = globalThis.readerCleanupSelectors;
  if (document.contentType !== 'text/html' || !list) return;
  const css = `${list} { display: none !important; }`;
  // A constructed stylesheet: not part of the DOM (the page's element order is
  // unchanged) and not subject to the page's CSP. Fallback: a <style> element.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    globalThis.readerCleanupEarly = {
      remove: () => { document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet); },
    };
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
    globalThis.readerCleanupEarly = { remove: () => style.remove() };
  }
  // A site switched off gets its blocks back as soon as the setting is read.
  const api = globalThis.browser ?? globalThis.chrome;
  const key = `site:${location.hostname}`;
  api.storage.sync.get(key).then((s) => { if (s[key] === false) globalThis.readerCleanupEarly.remove(); }, () => {});
})();
