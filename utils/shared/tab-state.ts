import { browser } from 'wxt/browser';
import type { TabState } from './messages';

/**
 * Per-tab results live in `storage.session`: they outlive Chrome stopping the service worker,
 * never reach the disk, and the panel can watch them with `storage.onChanged`.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? { status: 'idle' };
}

export function setTabState(tabId: number, state: TabState): Promise<void> {
  return browser.storage.session.set({ [key(tabId)]: state });
}

export function clearTabState(tabId: number): Promise<void> {
  return browser.storage.session.remove(key(tabId));
}

/** Calls back with a tab's new state whenever the background changes it. */
export function watchTabState(tabId: number, onChange: (state: TabState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[key(tabId)];
    if (area === 'session' && change) onChange((change.newValue as TabState | undefined) ?? { status: 'idle' });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
