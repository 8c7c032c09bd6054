import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { webAddress } from '../pipeline/url';

/**
 * "Always open this site in reader view": a list of origins in storage.sync, each backed by an
 * optional host permission the reader granted at run time (and, in the background, a content
 * script registered for exactly those origins: see ../background/always-open).
 */
const sitesItem = storage.defineItem<unknown>('sync:alwaysSites');

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

/** Only strings are kept: the list syncs from other devices and older versions. */
function sitesIn(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
}

export async function alwaysSites(): Promise<string[]> {
  return sitesIn(await sitesItem.getValue());
}

/** Must be called straight from a click: browsers grant permissions only inside a user gesture. */
export async function addAlwaysSite(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [patternOf(origin)] });
  if (!granted) return false;
  const sites = await alwaysSites();
  if (!sites.includes(origin)) await sitesItem.setValue([...sites, origin]);
  return true;
}

export async function removeAlwaysSite(origin: string): Promise<void> {
  const sites = (await alwaysSites()).filter((s) => s !== origin);
  await sitesItem.setValue(sites);
  // Other listed sites on the same host keep the permission they share.
  if (!sites.some((s) => patternOf(s) === patternOf(origin))) {
    await browser.permissions.remove({ origins: [patternOf(origin)] }).catch(() => false);
  }
}

export function watchAlwaysSites(onChange: (sites: string[]) => void): () => void {
  return sitesItem.watch((stored) => onChange(sitesIn(stored)));
}
