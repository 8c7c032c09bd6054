import { storage } from 'wxt/utils/storage';
import type { TabState } from './messages';

/**
 * Per-tab results live in `storage.session`: they outlive Chrome stopping the service worker,
 * never reach the disk, and the panel can watch them. A tab with nothing stored is idle.
 */
const tabItem = (tabId: number) =>
  storage.defineItem<TabState>(`session:tab:${tabId}`, { fallback: { status: 'idle' } });

/**
 * Whether the tab shows the reader view now. Apart from the tab's state: the content script
 * reports it while the background may be publishing the analysis, and neither write must undo the other.
 */
const shownItem = (tabId: number) => storage.defineItem<boolean>(`session:shown:${tabId}`, { fallback: false });

export function getTabState(tabId: number): Promise<TabState> {
  return tabItem(tabId).getValue();
}

export function setTabState(tabId: number, state: TabState): Promise<void> {
  return tabItem(tabId).setValue(state);
}

export async function clearTabState(tabId: number): Promise<void> {
  await Promise.all([tabItem(tabId).removeValue(), shownItem(tabId).removeValue()]);
}

export function setReaderShown(tabId: number, shown: boolean): Promise<void> {
  return shownItem(tabId).setValue(shown);
}

export function getReaderShown(tabId: number): Promise<boolean> {
  return shownItem(tabId).getValue();
}

export function watchReaderShown(tabId: number, onChange: (shown: boolean) => void): () => void {
  return shownItem(tabId).watch(onChange);
}

/** Calls back with a tab's new state whenever the background changes it. */
export function watchTabState(tabId: number, onChange: (state: TabState) => void): () => void {
  return tabItem(tabId).watch(onChange);
}
