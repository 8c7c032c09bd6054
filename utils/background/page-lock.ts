import { browser } from 'wxt/browser';
import { isHostTag, pageLockCss } from '../shared/page-lock';

/** Per tab, the last sheet change asked for: a hide right after a show waits for the show's sheet. */
const queued = new Map<number, Promise<void>>();

/**
 * Adds or takes away the sheet that hides the page under the reader view (see
 * ../shared/page-lock), as the tab's content script shows or hides its view.
 */
export function lockPage(tabId: number, host: string, locked: boolean): Promise<void> {
  if (!isHostTag(host)) return Promise.resolve();
  const sheet = { target: { tabId }, css: pageLockCss(host), origin: 'USER' as const };
  const next = (queued.get(tabId) ?? Promise.resolve())
    .then(() => (locked ? browser.scripting.insertCSS(sheet) : browser.scripting.removeCSS(sheet)))
    .catch(() => undefined); // the tab is gone or navigated: so is its sheet
  queued.set(tabId, next);
  void next.then(() => {
    if (queued.get(tabId) === next) queued.delete(tabId);
  });
  return next;
}
