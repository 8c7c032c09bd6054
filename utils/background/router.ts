import { activate, receivePage } from './activate';
import { isLedeMessage, type BackgroundMessage } from '../shared/messages';
import { alwaysSites, siteOf } from '../shared/sites';
import { clearTabState, getTabState, setReaderShown } from '../shared/tab-state';
import { lockPage } from './page-lock';
import { readElsewhere } from './read-elsewhere';
import { injectMarkdown } from './markdown';

/** What the browser says about who sent a message. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** Lede's own identity, against which senders are checked. */
export interface Self {
  id: string;
  /** The extension's base URL: chrome-extension://ID/ or moz-extension://UUID/ */
  base: string;
}

/**
 * The background's message handling. Only Lede's own pages and content scripts are heard (a
 * web page cannot reach this listener: there is no externally_connectable), and each request
 * type only from the part that may send it; a tab is always the sender's own, never one the
 * message names.
 */
export function routeMessage(message: unknown, sender: Sender, self: Self): Promise<unknown> | undefined {
  if (sender.id !== self.id || !isLedeMessage(message)) return undefined;
  const msg = message as BackgroundMessage;
  const tabId = sender.tab?.id;
  switch (msg.type) {
    case 'lede:activate':
      // Only an extension page (the panel) asks for a tab by id.
      if (!sender.url?.startsWith(self.base)) return undefined;
      return activate(msg.tabId);
    case 'lede:page-changed':
      return tabId === undefined ? undefined : clearTabState(tabId);
    case 'lede:page-read':
      // The tab's own top-level content script reports on its own tab only.
      return tabId === undefined || (sender.frameId ?? 0) !== 0
        ? undefined
        : receivePage(tabId, sender.tab?.url, msg.page);
    case 'lede:view-shown':
      // The reader view lives in the top frame; its sheet goes there too.
      return tabId === undefined || (sender.frameId ?? 0) !== 0
        ? undefined
        : Promise.all([lockPage(tabId, msg.host, msg.shown), setReaderShown(tabId, msg.shown)]).then(() => undefined);
    case 'lede:loaded':
      return tabId === undefined ? undefined : openIfAlways(tabId, sender.tab?.url);
    case 'lede:read-elsewhere':
      // A content script hands off the page it runs in, never one it names.
      return tabId === undefined ? undefined : readElsewhere(msg.page);
    case 'lede:load-markdown':
      // Into the frame that asked, which already runs Lede's reader there.
      return tabId === undefined ? undefined : injectMarkdown(tabId, sender.frameId ?? 0);
  }
}

/** A tab of a site the reader always reads in Lede, unless it is already being opened. */
async function openIfAlways(tabId: number, url: string | undefined): Promise<void> {
  const site = siteOf(url);
  if (!site || !(await alwaysSites()).includes(site)) return;
  const state = await getTabState(tabId);
  if (state.status === 'idle') await activate(tabId, url);
}
