import { browser } from 'wxt/browser';
import { normaliseSettings, type ReaderSettings } from './settings';

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
  return browser.storage.sync.set({ [KEY]: settings }).catch(() => undefined);
}

export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[KEY]) onChange(normaliseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
