import { storage } from 'wxt/utils/storage';
import type { TabState } from './messages';

/**
 * Per-tab results live in `storage.session`: they outlive Chrome stopping the service worker,
 * never reach the disk, and the panel can watch them. A tab with nothing stored is idle.
 */
const tabItem = (tabId: number) =>
  storage.defineItem<TabState>(`session:tab:${tabId}`, { fallback: { status: 'idle' } });

export function getTabState(tabId: number): Promise<TabState> {
  return tabItem(tabId).getValue();
}

export function setTabState(tabId: number, state: TabState): Promise<void> {
  return tabItem(tabId).setValue(state);
}

export function clearTabState(tabId: number): Promise<void> {
  return tabItem(tabId).removeValue();
}

/** Calls back with a tab's new state whenever the background changes it. */
export function watchTabState(tabId: number, onChange: (state: TabState) => void): () => void {
  return tabItem(tabId).watch(onChange);
}
