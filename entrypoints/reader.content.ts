// First: nothing may read the global `browser` before it is the content script's own (see there).
import '../utils/content/own-globals';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import css from '../utils/content/reader/reader.css?inline';
import { drawHostTag, ReaderView } from '../utils/content/reader/view';
import { watchForUpdates } from '../utils/content/live-updates';
import { ReaderSession } from '../utils/content/session';
import { isLedeMessage, reportOf, sendToBackground, type ContentMessage } from '../utils/shared/messages';
import { loadSettings, saveSettings, watchSettings } from '../utils/shared/settings-store';
import { t } from '../utils/shared/i18n';
import { readableShadowRoot } from '../utils/content/shadow-roots';
import { readPage } from '../utils/content/read-page';
import { markdownOf } from '../utils/content/markdown';

/**
 * Injected on demand (toolbar button, shortcut, panel): wires the page and the browser to the
 * session (../utils/content/session), which reads the page once, owns the reader view and
 * answers the panel's "show me this passage". The text analysis runs in the background, off the
 * page's thread.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // A symbol on the content script's own global: a string name would also find the page's
    // elements of that id (`<div id="__ledeReaderLoaded">`), and the page would keep Lede out.
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[LOADED]) return; // injected again into a page that already has it
    scope[LOADED] = true;

    const hostTag = drawHostTag(window);

    const session = new ReaderSession(
      {
        read: () => readPage(document, readableShadowRoot),
        loadSettings,
        createView: (article, settings) =>
          new ReaderView(article, document, {
            css,
            settings,
            onSettingsChange: (s) => void saveSettings(s),
            markdown: (article) => markdownOf(article, () => sendToBackground({ type: 'lede:load-markdown' })),
            t,
            hostTag,
            // The page-lock sheet goes on and off with the view, and the panel's button follows it.
            onShownChange: (shown) =>
              void sendToBackground({ type: 'lede:view-shown', host: hostTag, shown }).catch(nothing),
            // The e2e build opens the root so that its tests can look inside the view.
            shadowMode: import.meta.env.LEDE_E2E ? 'open' : 'closed',
          }),
        watchForUpdates: (onUpdate) => watchForUpdates(document, onUpdate),
        // The background answers with what the reader view highlights of its analysis.
        report: (result) =>
          sendToBackground({ type: 'lede:page-read', page: reportOf(result) }).then((h) => h ?? undefined, nothing),
        pageChanged: () => sendToBackground({ type: 'lede:page-changed', url: location.href }).then(nothing, nothing),
      },
      location.href,
    );

    ctx.onInvalidated(watchSettings((s) => session.settingsChanged(s)));

    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
      // Only Lede's own background and panel talk to this script.
      if (sender.id !== browser.runtime.id || !isLedeMessage(message)) return undefined;
      return session.answer(message as ContentMessage);
    });

    // Polled: no event reaches a content script for the page's own history.pushState().
    ctx.setInterval(() => session.locationIs(location.href), 500);

    // Registered on the sites the reader always reads in Lede: the background decides.
    void sendToBackground({ type: 'lede:loaded' }).catch(() => undefined);

    ctx.onInvalidated(() => {
      session.end();
      scope[LOADED] = false;
    });
  },
});

const nothing = () => undefined;
const LOADED = Symbol.for('lede.reader.loaded');
