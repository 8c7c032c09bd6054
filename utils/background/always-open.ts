import { browser } from 'wxt/browser';
import { alwaysSites, patternOf, watchAlwaysSites } from '../shared/sites';
import { READER_SCRIPT } from './reader-script';

const SCRIPT_ID = 'lede-always';

/**
 * Keeps the content script registered on the sites the reader always reads in Lede whose
 * permission is still granted: now, whenever the list changes, and whenever a permission goes.
 */
export function keepAlwaysOpenRegistered(): void {
  void syncRegisteredScript();
  watchAlwaysSites(() => void syncRegisteredScript());
  browser.permissions.onRemoved.addListener(() => void syncRegisteredScript());
}

async function syncRegisteredScript(): Promise<void> {
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
        js: [READER_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
}
