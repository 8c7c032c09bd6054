import { browser } from 'wxt/browser';
import { analyzeText } from '../analyze';
import type { Article } from '../types';
import { ledeError } from '../types';
import { sendToTab, type ArticleSummary, type TabState } from './messages';
import { restrictionOf } from './restricted';
import { SUMMARY_INPUT_CHARS } from './browser-summary';
import { getTabState, setTabState } from './tab-state';

const CONTENT_SCRIPT = '/content-scripts/reader.js';

/**
 * What the toolbar button, the keyboard shortcut and the panel's button all do: inject the
 * content script into the tab, have it clean the page and show the reader view, analyse the
 * article's text here (off the page's thread) and publish the result for the panel.
 */
export async function activate(tabId: number, knownUrl?: string): Promise<TabState> {
  const url = knownUrl ?? (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  const restricted = url !== undefined ? restrictionOf(url) : null;
  if (restricted) return publish(tabId, { status: 'error', url, error: ledeError('restricted', restricted) });

  const previous = await getTabState(tabId);
  const reuse = previous.status === 'ready' && (url === undefined || previous.url === url) && (await isInjected(tabId));
  if (!reuse) await publish(tabId, { status: 'loading', url });

  try {
    await inject(tabId);
  } catch (err) {
    return publish(tabId, { status: 'error', url, error: injectionError(err, url) });
  }
  const page = await sendToTab(tabId, { type: 'lede:open' }).catch((err: unknown) => ({
    ok: false as const,
    error: ledeError('failed', `The page did not answer Lede (${(err as Error)?.message ?? err}). Reload it and try again.`),
  }));
  if (!page.ok) return publish(tabId, { status: 'error', url, error: page.error });
  if (reuse) return previous; // the reader view is back; its analysis is already published

  try {
    const insights = analyzeText(page.article);
    void sendToTab(tabId, { type: 'lede:insights', insights: { companies: insights.companies, quotes: insights.quotes } }).catch(() => undefined);
    // The tab's address, not the article's: a framed article has its own, and the panel follows the tab.
    return publish(tabId, { status: 'ready', url: url ?? page.article.url, article: summarise(page.article), insights });
  } catch (err) {
    return publish(tabId, { status: 'error', url, error: ledeError('failed', `Lede could not analyse this article (${(err as Error).message}).`) });
  }
}

/** The shortcut's toggle: hides the reader view if shown, otherwise does what the button does. */
export async function toggle(tabId: number, knownUrl?: string): Promise<void> {
  if (await isInjected(tabId)) {
    const result = await sendToTab(tabId, { type: 'lede:toggle' });
    if (result.shown || !result.ok) {
      const state = await getTabState(tabId);
      if (state.status !== 'ready') await activate(tabId, knownUrl);
    }
    return;
  }
  await activate(tabId, knownUrl);
}

async function publish(tabId: number, state: TabState): Promise<TabState> {
  await setTabState(tabId, state);
  return state;
}

async function isInjected(tabId: number): Promise<boolean> {
  try {
    const pong = await sendToTab(tabId, { type: 'lede:ping' });
    return pong?.alive === true;
  } catch {
    return false;
  }
}

async function inject(tabId: number): Promise<void> {
  if (await isInjected(tabId)) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

function injectionError(err: unknown, url: string | undefined) {
  const message = String((err as Error)?.message ?? err);
  // Chrome: "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted";
  // Firefox: "Missing host permission for the tab" on about: pages and the add-ons site.
  if (/chrome:\/\/|chrome-extension:|about:|cannot be scripted|extensions gallery|pdf/i.test(message)) {
    return ledeError('restricted', 'This is a browser, store or PDF page. Browsers do not let extensions read or change it.');
  }
  if (/permission|cannot access|missing host/i.test(message)) {
    return ledeError(
      'restricted',
      url === undefined
        ? 'Lede may only read a page after you click its toolbar button (or press its shortcut) on that page.'
        : 'The browser does not let Lede read this page. Click the Lede toolbar button on the page itself to allow it.',
    );
  }
  return ledeError('failed', `Lede could not run on this page (${message}).`);
}

function summarise(article: Article): ArticleSummary {
  const { html: _html, paragraphs: _paragraphs, text, removed, ...rest } = article;
  return { ...rest, removedCount: removed.length, lead: text.slice(0, SUMMARY_INPUT_CHARS) };
}
