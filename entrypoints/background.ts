import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { activate, toggle } from '../utils/background/activate';
import { routeMessage } from '../utils/background/router';
import { clearTabState } from '../utils/shared/tab-state';
import { keepAlwaysOpenRegistered } from '../utils/background/always-open';
import { readWhenAllowed } from '../utils/background/site-access';

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

export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => {
    openPanel(tab.windowId);
    if (tab.id !== undefined) void activate(tab.id, tab.url);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader' && tab?.id !== undefined) void toggle(tab.id, tab.url);
  });

  const self = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender) => routeMessage(message, sender, self));

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabState(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

  keepAlwaysOpenRegistered();
  readWhenAllowed((tabId) => activate(tabId));
});
