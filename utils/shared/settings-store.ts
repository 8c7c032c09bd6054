import { browser } from 'wxt/browser';
import { normaliseSettings, type ReaderSettings } from './settings';

/**
 * Stored as the reader left it; every read goes through `normaliseSettings`, so an old or corrupt
 * value cannot break the view. Through the storage API itself rather than WXT's
 * `storage.defineItem`: the content script reads it, and is injected into every page Lede reads;
 * there the wrapper (its locks, versions and migrations, none of which this item uses) weighed
 * more than all the reader's settings code. The key is the one the wrapper used (`sync:` is its
 * area prefix), so settings already stored are kept.
 */
const KEY = 'readerSettings';

export async function loadSettings(): Promise<ReaderSettings> {
  try {
    return normaliseSettings((await browser.storage.sync.get(KEY))[KEY]);
  } catch {
    // storage.sync can be disabled by policy or unavailable in a private window.
    return normaliseSettings(undefined);
  }
}

export function saveSettings(settings: ReaderSettings): Promise<void> {
  return Promise.resolve()
    .then(() => browser.storage.sync.set({ [KEY]: settings }))
    .catch(() => undefined);
}

export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) onChange(normaliseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
