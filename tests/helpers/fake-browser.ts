import { vi } from 'vitest';
import type { Article, PageResult } from '../../utils/pipeline/types';

/**
 * Just enough of the WebExtension API for the background's logic: storage areas in memory,
 * and one tab whose content script answers like the real one (an article, or an error).
 */
export function createFakeBrowser(page: { url: string; article: Article | null }) {
  const reports: Promise<unknown>[] = [];
  const report = async (tabId: number, result: PageResult) => {
    const { routeMessage } = await import('../../utils/background/router');
    const { reportOf } = await import('../../utils/shared/messages');
    return routeMessage(
      { type: 'lede:page-read', page: reportOf(result) },
      { id: 'lede-id', tab: { id: tabId, url: page.url }, frameId: 0 },
      { id: 'lede-id', base: 'chrome-extension://lede-id/' },
    );
  };
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
      get: vi.fn(async (id: number) => ({ id, url: page.url, incognito: fake.incognito })),
      query: vi.fn(async () => [{ id: 7, url: page.url, windowId: 1, incognito: fake.incognito }]),
      onActivated: { addListener: vi.fn(), removeListener: vi.fn() },
      sendMessage: vi.fn(async (_tabId: number, message: { type: string }) => {
        if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
        switch (message.type) {
          case 'lede:ping':
            return { alive: true, shown };
          case 'lede:open': {
            // Like the real content script: answers at once, then reports what it read.
            const result = page.article
              ? { ok: true as const, article: page.article }
              : {
                  ok: false as const,
                  error: { code: 'not-article' as const, message: 'This page does not look like an article.' },
                };
            shown = result.ok;
            reports.push(report(_tabId, result));
            return { accepted: true };
          }
          case 'lede:toggle':
            shown = !shown;
            if (shown && page.article) reports.push(report(_tabId, { ok: true, article: page.article }));
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
      insertCSS: vi.fn(async () => undefined),
    },
  };
  /** Waits for the content script's reports to be handled, as the real background does later. */
  const settled = async () => {
    while (reports.length) await reports.shift();
  };
  const fake = {
    browser,
    session,
    settled,
    incognito: false,
    isShown: () => shown,
    reload: () => ((injected = false), (shown = false)),
  };
  return fake;
}
