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

/** Why Lede may not read a page: the `reason` of a 'restricted' error, or null when it may. */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return 'no-address';
  if (RESTRICTED_SCHEMES.test(url)) return 'browser-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (STORE_HOSTS.has(parsed.hostname)) return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return parsed.protocol === 'file:' ? 'pdf-file' : 'pdf';
  return null;
}
