import { browser } from 'wxt/browser';
import { webAddress } from '../pipeline/url';

/**
 * "Always open this site in reader view": a list of origins in storage.sync, each backed by an
 * optional host permission the reader granted at run time, and a content script registered for
 * exactly those origins.
 */
const KEY = 'alwaysSites';
const SCRIPT_ID = 'lede-always';
const CONTENT_SCRIPT = 'content-scripts/reader.js';

/** The origin of a web page, or null for pages that have none Lede could ask for. */
export function siteOf(url: string | undefined): string | null {
  const href = webAddress(url);
  return href ? new URL(href).origin : null;
}

/** Host permissions ignore ports: "http://127.0.0.1:8080" is granted by "http://127.0.0.1/*". */
export function patternOf(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

export async function alwaysSites(): Promise<string[]> {
  const stored = (await browser.storage.sync.get(KEY))[KEY];
  return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
}

/** Must be called straight from a click: browsers grant permissions only inside a user gesture. */
export async function addAlwaysSite(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [patternOf(origin)] });
  if (!granted) return false;
  const sites = await alwaysSites();
  if (!sites.includes(origin)) await browser.storage.sync.set({ [KEY]: [...sites, origin] });
  return true;
}

export async function removeAlwaysSite(origin: string): Promise<void> {
  const sites = (await alwaysSites()).filter((s) => s !== origin);
  await browser.storage.sync.set({ [KEY]: sites });
  // Other listed sites on the same host keep the permission they share.
  if (!sites.some((s) => patternOf(s) === patternOf(origin))) {
    await browser.permissions.remove({ origins: [patternOf(origin)] }).catch(() => false);
  }
}

export function watchAlwaysSites(onChange: (sites: string[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[KEY]) void alwaysSites().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Registers the content script on the listed sites whose permission is still granted. */
export async function syncRegisteredScript(): Promise<void> {
  const sites = await alwaysSites();
  const granted: string[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [patternOf(site)] })) granted.push(patternOf(site));
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: [...new Set(granted)],
        js: [CONTENT_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
}
