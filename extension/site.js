// The site a tab's address belongs to: its host name, for http(s) pages only (the per-site
// switch is keyed by it). Shared by the background and the popup.
export function hostOf(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}
