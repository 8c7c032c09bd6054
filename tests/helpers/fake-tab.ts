import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage } from '../../utils/background/router';
import { reportOf } from '../../utils/shared/messages';
import type { Article, PageResult } from '../../utils/pipeline/types';

export const SELF = { id: fakeBrowser.runtime.id, base: fakeBrowser.runtime.getURL('/') };

/**
 * One tab, on top of WXT's fakeBrowser (storage, tabs, runtime in memory), whose content script
 * answers like the real one: it reads `page.article` (or finds no article) and reports it to
 * the background. fakeBrowser has no scripting API and no content script: those are faked here.
 */
export async function createFakeTab(page: { url: string; article: Article | null }) {
  fakeBrowser.reset();
  const tab = await fakeBrowser.tabs.create({ url: page.url });
  const tabId = tab.id!;
  const reports: Promise<unknown>[] = [];
  let injected = false;
  let shown = false;
  const report = (result: PageResult) =>
    reports.push(
      Promise.resolve(
        routeMessage(
          { type: 'lede:page-read', page: reportOf(result) },
          { id: SELF.id, tab: { id: tabId, url: page.url }, frameId: 0 },
          SELF,
        ),
      ),
    );

  fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, message: { type: string }) => {
    if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
    switch (message.type) {
      case 'lede:ping':
        return { alive: true, shown };
      case 'lede:open': {
        // Like the real content script: answers at once, then reports what it read.
        const result: PageResult = page.article
          ? { ok: true, article: page.article }
          : { ok: false, error: { code: 'not-article' } };
        shown = result.ok;
        report(result);
        return { accepted: true };
      }
      case 'lede:toggle':
        shown = !shown;
        if (shown && page.article) report({ ok: true, article: page.article });
        return { shown, ok: true };
      default:
        return undefined;
    }
  }) as typeof fakeBrowser.tabs.sendMessage;
  fakeBrowser.scripting.executeScript = vi.fn(async () => {
    if (/^chrome:/.test(page.url)) throw new Error('Cannot access a chrome:// URL');
    injected = true;
    return [];
  }) as typeof fakeBrowser.scripting.executeScript;
  fakeBrowser.scripting.insertCSS = vi.fn(async () => undefined) as typeof fakeBrowser.scripting.insertCSS;
  fakeBrowser.scripting.removeCSS = vi.fn(async () => undefined) as typeof fakeBrowser.scripting.removeCSS;

  return {
    tabId,
    /** Waits for the content script's reports to be handled, as the real background does later. */
    settled: async () => {
      while (reports.length) await reports.shift();
    },
    isShown: () => shown,
    /** What storage.session holds for a tab. */
    stored: async (id = tabId) => (await fakeBrowser.storage.session.get(`tab:${id}`))[`tab:${id}`],
  };
}
