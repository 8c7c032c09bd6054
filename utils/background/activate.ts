import { browser } from 'wxt/browser';
import { analyzeText } from '../pipeline/insights';
import { detailOf, ledeError, type Insights, type LedeError } from '../pipeline/types';
import { sendToTab, type Highlights, type PageReport, type TabState } from '../shared/messages';
import { READER_SCRIPT } from './reader-script';
import { restrictionOf } from './restricted';
import { getTabState, setTabState } from '../shared/tab-state';
import { accessNeeded } from './site-access';

/**
 * What the toolbar button, the keyboard shortcut and the panel's button all do: inject the
 * content script into the tab and have it clean the page and show the reader view. The content
 * script answers at once and reports the article with 'lede:page-read' (see `receivePage`): the
 * browser may stop this background while the page is being read, and that message wakes it.
 */
export async function activate(tabId: number, knownUrl?: string): Promise<TabState> {
  const url = knownUrl ?? (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  const restricted = url !== undefined ? restrictionOf(url) : null;
  if (restricted)
    return publish(tabId, { status: 'error', url, error: ledeError('restricted', { reason: restricted }) });

  const previous = await getTabState(tabId);
  const reuse = previous.status === 'ready' && (url === undefined || previous.url === url) && (await isInjected(tabId));
  const state = reuse ? previous : await publish(tabId, { status: 'loading', url });

  try {
    await inject(tabId);
  } catch (err) {
    const error = isAccessDenied(err) ? await accessNeeded(tabId) : injectionError(err);
    return publish(tabId, { status: 'error', url, error });
  }
  try {
    await sendToTab(tabId, { type: 'lede:open' });
  } catch (err) {
    return publish(tabId, {
      status: 'error',
      url,
      error: ledeError('failed', { reason: 'no-answer', detail: detailOf(err) }),
    });
  }
  return state;
}

/**
 * The content script's article for its tab: analysed here, off the page's thread, and published
 * for the panel, unless this tab's article at this address is already published. The answer is
 * what the reader view highlights.
 */
export async function receivePage(
  tabId: number,
  tabUrl: string | undefined,
  page: PageReport,
): Promise<Highlights | null> {
  if (!page.ok) {
    await publish(tabId, { status: 'error', url: tabUrl, error: page.error });
    return null;
  }
  // The tab's address, not the article's: a framed article has its own, and the panel follows the tab.
  const url = tabUrl ?? page.article.url;
  const previous = await getTabState(tabId);
  if (previous.status === 'ready' && previous.url === url) return highlightsOf(previous.insights);
  try {
    const { paragraphs, ...article } = page.article;
    // The panel shows the article's head while its text is analysed.
    await publish(tabId, { status: 'loading', url, article });
    const insights = analyzeText({ paragraphs });
    await publish(tabId, { status: 'ready', url, article, insights });
    return highlightsOf(insights);
  } catch (err) {
    await publish(tabId, {
      status: 'error',
      url: tabUrl,
      error: ledeError('failed', { reason: 'analyse', detail: detailOf(err) }),
    });
    return null;
  }
}

/** The shortcut's toggle: hides the reader view if shown, otherwise does what the button does. */
export async function toggle(tabId: number, knownUrl?: string): Promise<void> {
  // Showing it again reports the article as opening does; hiding it needs nothing more.
  if (await isInjected(tabId)) await sendToTab(tabId, { type: 'lede:toggle' });
  else await activate(tabId, knownUrl);
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
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
}

// Chrome: "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted";
// Firefox: "Missing host permission for the tab" on about: pages and the add-ons site.
const NOT_SCRIPTABLE = /chrome:\/\/|chrome-extension:|about:|cannot be scripted|extensions gallery|pdf/i;

/** A web page Lede has not been let into: no toolbar click (activeTab) and no host permission. */
function isAccessDenied(err: unknown): boolean {
  const detail = detailOf(err);
  return !NOT_SCRIPTABLE.test(detail) && /permission|cannot access|missing host/i.test(detail);
}

function injectionError(err: unknown): LedeError {
  const detail = detailOf(err);
  if (NOT_SCRIPTABLE.test(detail)) return ledeError('restricted', { reason: 'not-scriptable' });
  return ledeError('failed', { reason: 'inject', detail });
}

function highlightsOf({ companies, quotes }: Insights): Highlights {
  return { companies, quotes };
}
