/**
 * Pages no extension may script (browser pages, the web stores) or that have no DOM article
 * (PDF viewers): the panel explains instead of failing.
 */
const RESTRICTED_SCHEMES =
  /^(?:chrome|chrome-extension|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob|javascript):/i;
const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
]);

export function restrictionOf(url: string | undefined): string | null {
  if (!url) return 'Lede cannot read this tab: the browser does not say what page it shows.';
  if (RESTRICTED_SCHEMES.test(url))
    return 'This is a browser page. Extensions may not read or change it, so there is nothing for Lede to clean.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Lede cannot read this tab.';
  }
  if (STORE_HOSTS.has(parsed.hostname))
    return 'This is an extension store page. Browsers do not let extensions change it.';
  if (parsed.protocol === 'file:' && /\.pdf$/i.test(parsed.pathname))
    return 'This is a PDF, not a web page: Lede reads news articles on web pages.';
  if (/\.pdf$/i.test(parsed.pathname))
    return 'This looks like a PDF, not a web page: Lede reads news articles on web pages.';
  return null;
}
