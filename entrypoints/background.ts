import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { activate, toggle } from '../utils/extension/activate';
import { isLedeMessage, type BackgroundMessage } from '../utils/extension/messages';
import { clearTabState, getTabState } from '../utils/extension/tab-state';
import { alwaysSites, siteOf, syncRegisteredScript, watchAlwaysSites } from '../utils/extension/sites';

interface SidebarAction {
  open(): Promise<void>;
}

/** Opens Chrome's side panel or Firefox's sidebar. Must run inside the click's user gesture. */
function openPanel(windowId: number | undefined): void {
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebar) {
    sidebar.open().catch(() => undefined);
  } else if (browser.sidePanel && windowId !== undefined) {
    browser.sidePanel.open({ windowId }).catch(() => undefined);
  }
}

/** A tab of a site the reader always reads in Lede, unless it is already being opened. */
async function openIfAlways(tabId: number, url: string | undefined): Promise<void> {
  const site = siteOf(url);
  if (!site || !(await alwaysSites()).includes(site)) return;
  const state = await getTabState(tabId);
  if (state.status === 'idle') await activate(tabId, url);
}

export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => {
    openPanel(tab.windowId);
    if (tab.id !== undefined) void activate(tab.id, tab.url);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader' && tab?.id !== undefined) void toggle(tab.id, tab.url);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only Lede's own pages and content scripts; a web page cannot reach this listener
    // (no externally_connectable), and another extension's messages are dropped here.
    if (sender.id !== browser.runtime.id || !isLedeMessage(message)) return undefined;
    const msg = message as BackgroundMessage;
    switch (msg.type) {
      case 'lede:activate':
        // Only from an extension page (the panel), never from a content script.
        if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
        return activate(msg.tabId);
      case 'lede:page-changed':
        // The tab is the sender's own, not one the message names.
        if (sender.tab?.id === undefined) return undefined;
        return clearTabState(sender.tab.id);
      case 'lede:loaded':
        if (sender.tab?.id === undefined) return undefined;
        return openIfAlways(sender.tab.id, sender.tab.url);
    }
  });

  void syncRegisteredScript();
  watchAlwaysSites(() => void syncRegisteredScript());
  browser.permissions.onRemoved.addListener(() => void syncRegisteredScript());

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabState(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
});
