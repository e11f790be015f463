// Content script of Reader Cleanup (document_idle; early.js ran at document_start).
//
// 1. Site switched off (storage.sync "site:<hostname>" === false): take the
//    early stylesheet away and do nothing else.
// 2. Snapshot the elements and the HTML in the same task, so the report's
//    indexes (document order, CONTRACT.md) point into `els`.
// 3. The background runs the WebAssembly core on the HTML and replies.
// 4. In one batch: remove the reported blocks and the selector-level ones
//    (selectors.js), drop the early stylesheet, show the summary box. Every
//    removed node is kept with its parent and next sibling, so that "show
//    removed blocks" (popup) puts it back where it was.
// 5. Widgets added later (Outbrain, Taboola, infinite scroll) are judged the
//    same way, subtree by subtree, by a throttled MutationObserver.
// On any error the page stays as it was: nothing removed, nothing added, and
// the popup says why. The state is left on
// <html data-reader-cleanup="off|done|error" data-reader-cleanup-removed="N">.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const root = document.documentElement;
  const host = location.hostname;
  const SELECTORS = globalThis.readerCleanupSelectors ?? '';
  const early = globalThis.readerCleanupEarly ?? { remove() {} };
  const t = (key, ...subs) => api.i18n.getMessage(key, subs.map(String)) || key;
  const NEVER_REMOVE = new Set(['html', 'head', 'body']);
  const LATE_DELAY_MS = 250; // at most one pass over added subtrees per this interval

  const removed = []; // { node, parent, next, reason, tag, text }, in removal order
  let status = 'working';
  let error = null;
  let restored = false;
  let summary = null;
  let box = null;

  const squash = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

  // Tell the background (badge, popup) first, then mark the page: once the
  // mark is there, the popup knows this page's state.
  async function report() {
    const blocks = removed.map(({ reason, tag, text }) => ({ reason, tag, text }));
    const count = restored ? 0 : removed.length;
    await api.runtime.sendMessage({ type: 'status', status, host, removed: count, blocks, restored, error })
      .catch(() => {});
    root.setAttribute('data-reader-cleanup', status);
    if (status === 'done') root.setAttribute('data-reader-cleanup-removed', String(count));
  }

  // Is els[r.index] the block the core meant? The tag must match. When the
  // element counts differ the indexes may be shifted, so the element's text
  // must also contain the start of the reported text.
  function sameBlock(node, r, countsAgree) {
    if (!node || typeof r.tag !== 'string') return false;
    const tag = node.tagName.toLowerCase();
    if (tag !== r.tag.toLowerCase() || NEVER_REMOVE.has(tag)) return false;
    if (countsAgree) return true;
    const want = squash(r.text).slice(0, 40);
    return want === '' || squash(node.textContent).includes(want);
  }

  // The selector-level promo blocks within `scope` (the scope itself included).
  function vendorBlocks(scope) {
    if (!SELECTORS) return [];
    const found = Array.from(scope.querySelectorAll(SELECTORS));
    if (scope.nodeType === 1 && scope.matches(SELECTORS)) found.unshift(scope);
    return found.map((node) => ({ node, reason: t('reasonVendor', node.tagName.toLowerCase()) }));
  }

  // The blocks of a core report on `els` (the snapshot the core saw).
  function reportedBlocks(rep, els, decorate = (r) => r) {
    if (!Array.isArray(rep?.removed)) throw new Error('report without a removed list');
    const countsAgree = rep.stats?.elements === els.length;
    return rep.removed
      .filter((r) => Number.isInteger(r.index))
      .map((r) => ({ node: els[r.index], r }))
      .filter(({ node, r }) => sameBlock(node, r, countsAgree))
      .map(({ node, r }) => ({ node, reason: decorate(String(r.reason ?? '')) }));
  }

  // Removes blocks (skipping those inside one already removed), keeping each
  // one's place. Returns how many were removed.
  function removeAll(blocks) {
    let n = 0;
    for (const { node, reason } of blocks) {
      if (!node.isConnected || node === box) continue;
      removed.push({ node, parent: node.parentNode, next: node.nextSibling, reason,
        tag: node.tagName.toLowerCase(), text: squash(node.textContent).slice(0, 120) });
      node.remove();
      n++;
    }
    return n;
  }

  // "Show removed blocks": put every node back, last removed first, so that
  // each one's next sibling is in place again when it is reinserted.
  function restoreAll() {
    observer?.disconnect();
    for (const { node, parent, next } of removed.slice().reverse()) {
      if (next && next.parentNode === parent) parent.insertBefore(node, next);
      else parent.appendChild(node);
    }
    restored = true;
    return removed.length;
  }

  function showBox(on) {
    box?.remove();
    box = null;
    if (!on || !summary || restored) return;
    box = globalThis.readerCleanupSummaryBox.build(summary);
    if (!box) return;
    const h1 = document.getElementsByTagName('h1')[0];
    if (h1) h1.before(box);
    else document.body?.prepend(box);
  }

  // ------------------------------------------------------------ late widgets
  let observer = null;
  const pending = new Set();
  let timer = 0;

  function watchLateWidgets() {
    observer = new MutationObserver((records) => {
      for (const rec of records) {
        for (const node of rec.addedNodes) {
          if (node.nodeType === 1 && node !== box && !NEVER_REMOVE.has(node.localName)) pending.add(node);
        }
      }
      if (pending.size && !timer) timer = setTimeout(lateCleanPass, LATE_DELAY_MS);
    });
    observer.observe(document.body ?? root, { childList: true, subtree: true });
  }

  async function lateCleanPass() {
    const roots = Array.from(pending).filter((n) => n.isConnected
      && !Array.from(pending).some((o) => o !== n && o.contains(n)));
    pending.clear();
    let n = 0;
    try {
      for (const node of roots) {
        if (restored) return;
        n += removeAll(vendorBlocks(node));
        if (!node.isConnected || squash(node.textContent).length < 20) continue;
        // The subtree as the core sees it: outerHTML, elements in document order, root first.
        const els = [node, ...node.getElementsByTagName('*')];
        const reply = await api.runtime.sendMessage({ type: 'clean', html: node.outerHTML, url: location.href });
        if (!reply?.ok || restored) continue; // a subtree the core rejects stays as it is
        n += removeAll(reportedBlocks(reply.report, els, (reason) => t('reasonLate', reason)));
      }
    } catch (e) {
      console.warn('reader-cleanup: late pass stopped:', e?.message ?? e);
    } finally {
      timer = pending.size && !restored ? setTimeout(lateCleanPass, LATE_DELAY_MS) : 0;
      if (n > 0 && !restored) await report();
    }
  }

  // ------------------------------------------------------------ the popup and the settings
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || message?.type !== 'restore') return false;
    const n = restoreAll();
    early.remove();
    showBox(false);
    report().then(() => sendResponse({ ok: true, restored: n }));
    return true;
  });

  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && 'summary' in changes && status === 'done') showBox(changes.summary.newValue !== false);
  });

  async function run() {
    const key = `site:${host}`;
    const settings = await api.storage.sync.get([key, 'summary']);
    if (settings[key] === false) {
      early.remove();
      status = 'off';
      return report();
    }
    root.setAttribute('data-reader-cleanup', 'working');
    const els = Array.from(document.getElementsByTagName('*'));
    const html = root.outerHTML;
    const reply = await api.runtime.sendMessage({ type: 'clean', html, url: location.href });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply from the background');
    const blocks = [...vendorBlocks(document), ...reportedBlocks(reply.report, els)];
    summary = reply.report.summary ?? null;
    removeAll(blocks);
    early.remove();
    showBox(settings.summary !== false);
    status = 'done';
    await report();
    watchLateWidgets();
  }

  if (document.contentType !== 'text/html') return; // XML, SVG, plain text: not ours
  run().catch((e) => {
    console.warn('reader-cleanup: page left as it was:', e?.message ?? e);
    // undo whatever happened before the error
    restoreAll();
    removed.length = 0;
    restored = false;
    showBox(false);
    early.remove();
    status = 'error';
    error = String(e?.message ?? e) || 'unknown error';
    return report();
  });
})();
