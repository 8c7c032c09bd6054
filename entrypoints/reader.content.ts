import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { WindowLike } from 'dompurify';
import css from '../utils/content/reader/reader.css?inline';
import { readArticleInSteps } from '../utils/pipeline/page/read-article';
import { ReaderView } from '../utils/content/reader/view';
import { watchForUpdates } from '../utils/content/live-updates';
import type { PageResult } from '../utils/pipeline/types';
import { isLedeMessage, reportOf, sendToBackground, type ContentMessage } from '../utils/shared/messages';
import { loadSettings, saveSettings, watchSettings } from '../utils/shared/settings-store';
import { t } from '../utils/shared/i18n';
import { readableShadowRoot } from '../utils/content/shadow-roots';

/**
 * Injected on demand (toolbar button, shortcut, panel): cleans the live page once, owns the
 * reader view, and answers the panel's "show me this passage". The text analysis runs in the
 * background, off the page's thread.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const flag = '__ledeReaderLoaded';
    const scope = globalThis as unknown as Record<string, boolean>;
    if (scope[flag]) return; // injected again into a page that already has it
    scope[flag] = true;

    let result: Promise<PageResult> | null = null;
    let view: ReaderView | null = null;
    let stopWatching: (() => void) | null = null;
    let url = location.href;

    // One watcher for whichever view is up: views come and go (new story, live updates).
    ctx.onInvalidated(watchSettings((s) => view?.setSettings(s)));

    const read = () =>
      readArticleInSteps(document, { window: window as unknown as WindowLike, shadowRootOf: readableShadowRoot });

    async function open(): Promise<PageResult> {
      // Kept as a promise, so a second request while the first is still reading shares its work.
      result ??= read();
      const page = await result;
      if (!page.ok) return page;
      const settings = await loadSettings();
      // Checked after the last await: two requests in flight must not build two views.
      if (!view) {
        view = new ReaderView(page.article, document, {
          css,
          settings,
          onSettingsChange: (s) => void saveSettings(s),
          t,
        });
        if (page.article.live) {
          const live = view;
          stopWatching = watchForUpdates(document, () => live.offerUpdates(() => void showUpdates()));
        }
      }
      view.show();
      return page;
    }

    /** Reads the live page again and shows it as it is now; the panel gets the new analysis. */
    async function showUpdates(): Promise<void> {
      const fresh = await read();
      if (!fresh.ok) return; // keep what the reader has
      forget();
      result = Promise.resolve(fresh);
      await sendToBackground({ type: 'lede:page-changed', url: location.href }).catch(() => undefined);
      await openAndReport();
    }

    /** Drops the article and its view (the page itself is left as it is). */
    function forget(): void {
      stopWatching?.();
      stopWatching = null;
      view?.destroy();
      view = null;
      result = null;
    }

    /** Opens the view and reports the article to the background, which analyses it. */
    async function openAndReport(): Promise<PageResult> {
      const page = await open();
      const highlights = await sendToBackground({ type: 'lede:page-read', page: reportOf(page) }).catch(() => null);
      if (highlights) view?.setInsights(highlights);
      return page;
    }

    async function handle(message: ContentMessage): Promise<unknown> {
      switch (message.type) {
        case 'lede:open':
          void openAndReport();
          return { accepted: true };
        case 'lede:toggle': {
          if (view?.shown) {
            view.hide();
            return { shown: false, ok: true };
          }
          const opened = await openAndReport();
          return { shown: view?.shown ?? false, ok: opened.ok };
        }
        case 'lede:highlight':
          if (!view) return { found: false };
          view.show();
          return { found: view.highlight(message.paragraphId, message.text) };
        case 'lede:ping':
          return { alive: true, shown: view?.shown ?? false };
      }
    }

    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
      // Only Lede's own background and panel talk to this script.
      if (sender.id !== browser.runtime.id || !isLedeMessage(message)) return undefined;
      return handle(message as ContentMessage);
    });

    // Single-page news sites change the article without a page load: drop the stale one.
    // Polled: no event reaches a content script for the page's own history.pushState().
    ctx.setInterval(() => {
      if (location.href === url) return;
      url = location.href;
      if (!view && !result) return;
      forget();
      void sendToBackground({ type: 'lede:page-changed', url }).catch(() => undefined);
    }, 500);

    // Registered on the sites the reader always reads in Lede: the background decides.
    void sendToBackground({ type: 'lede:loaded' }).catch(() => undefined);

    // The extension was updated, reloaded or disabled: give the reader their page back.
    ctx.onInvalidated(() => {
      forget();
      scope[flag] = false;
    });
  },
});
