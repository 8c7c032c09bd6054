import { vi } from 'vitest';
import type { Article } from '../../utils/types';

/**
 * Just enough of the WebExtension API for the background's logic: storage areas in memory,
 * and one tab whose content script answers like the real one (an article, or an error).
 */
export function createFakeBrowser(page: { url: string; article: Article | null }) {
  const session = new Map<string, unknown>();
  const sync = new Map<string, unknown>();
  let injected = false;
  let shown = false;
  const area = (store: Map<string, unknown>) => ({
    get: vi.fn(async (key: string) => (store.has(key) ? { [key]: store.get(key) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
    }),
    remove: vi.fn(async (key: string) => void store.delete(key)),
  });
  const browser = {
    runtime: { id: 'lede-id', getURL: (p: string) => `chrome-extension://lede-id${p}`, sendMessage: vi.fn() },
    storage: { session: area(session), sync: area(sync), onChanged: { addListener: vi.fn(), removeListener: vi.fn() } },
    tabs: {
      get: vi.fn(async (id: number) => ({ id, url: page.url })),
      sendMessage: vi.fn(async (_tabId: number, message: { type: string }) => {
        if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
        switch (message.type) {
          case 'lede:ping':
            return { alive: true, shown };
          case 'lede:open':
            if (!page.article) return { ok: false, error: { code: 'not-article', message: 'This page does not look like an article.' } };
            shown = true;
            return { ok: true, article: page.article };
          case 'lede:toggle':
            shown = !shown;
            return { shown, ok: true };
          default:
            return undefined;
        }
      }),
    },
    scripting: {
      executeScript: vi.fn(async () => {
        if (/^chrome:/.test(page.url)) throw new Error('Cannot access a chrome:// URL');
        injected = true;
        return [];
      }),
    },
  };
  return { browser, session, isShown: () => shown, reload: () => ((injected = false), (shown = false)) };
}
