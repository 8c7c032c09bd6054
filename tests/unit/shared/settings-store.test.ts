import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings, watchSettings } from '../../../utils/shared/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/shared/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings store', () => {
  it('gives the defaults until the reader changes something, then what was saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark', size: 24 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', size: 24 });
  });

  it('reads what the earlier wxt storage item wrote, under the same key', async () => {
    await fakeBrowser.storage.sync.set({ readerSettings: { ...DEFAULT_SETTINGS, font: 'mono' } });
    expect((await loadSettings()).font).toBe('mono');
  });

  it('repairs a corrupt stored value instead of passing it on', async () => {
    await fakeBrowser.storage.sync.set({ readerSettings: { theme: 'neon', size: 'huge' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the defaults when storage.sync fails, and saving does not throw', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('disabled by policy'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(saveSettings(DEFAULT_SETTINGS)).resolves.toBeUndefined();
  });

  it('tells watchers of changes to the settings only, until they stop watching', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.theme));
    await fakeBrowser.storage.sync.set({ alwaysSites: ['example.com'] });
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    await fakeBrowser.storage.local.set({ readerSettings: { ...DEFAULT_SETTINGS, theme: 'light' } });
    stop();
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(seen).toEqual(['sepia']);
  });
});
