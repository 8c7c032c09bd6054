import { storage } from 'wxt/utils/storage';
import { normaliseSettings, type ReaderSettings } from './settings';

/** Stored as the reader left it; every read goes through `normaliseSettings`, so an old or corrupt value cannot break the view. */
const settingsItem = storage.defineItem<unknown>('sync:readerSettings');

export async function loadSettings(): Promise<ReaderSettings> {
  // storage.sync can be disabled by policy or unavailable in a private window.
  return normaliseSettings(await settingsItem.getValue().catch(() => undefined));
}

export function saveSettings(settings: ReaderSettings): Promise<void> {
  return settingsItem.setValue(settings).catch(() => undefined);
}

export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(normaliseSettings(value)));
}
