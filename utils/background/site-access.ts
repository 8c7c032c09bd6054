import { browser } from 'wxt/browser';
import { ledeError, type LedeError } from '../pipeline/types';
import { getTabState } from '../shared/tab-state';
import { accessReason, waitsForAllow } from '../shared/access';

/** Chrome 133+: a request for a tab's site that the reader can accept in the browser's own menu. */
interface HostAccessRequests {
  addHostAccessRequest?(request: { tabId: number }): Promise<void>;
}

/**
 * Why Lede may not read a tab it was asked to read from the panel, with the way in that will work.
 * A click in the panel grants nothing, and the browser does not even tell Lede which site the tab
 * shows (so it cannot name one in `permissions.request`). Where the browser can ask the reader on
 * Lede's behalf (Chrome's host access request, shown in its extensions menu) it is asked; either
 * way the sentence names the toolbar button and the shortcut as the reader has it set.
 */
export async function accessNeeded(tabId: number): Promise<LedeError> {
  const [asked, shortcut] = await Promise.all([askForAccess(tabId), actionShortcut()]);
  const reason = accessReason(asked, shortcut);
  return ledeError('restricted', shortcut ? { reason, shortcut } : { reason });
}

/** Once the reader allows Lede on a site, the tabs that asked for it are read. */
export function readWhenAllowed(activate: (tabId: number) => Promise<unknown>): void {
  browser.permissions.onAdded.addListener((added) => {
    if (!added.origins?.length) return;
    void (async () => {
      for (const tab of await browser.tabs.query({})) {
        if (tab.id === undefined) continue;
        const state = await getTabState(tab.id);
        if (state.status === 'error' && waitsForAllow(state.error)) await activate(tab.id);
      }
    })();
  });
}

async function askForAccess(tabId: number): Promise<boolean> {
  const permissions = browser.permissions as unknown as HostAccessRequests;
  if (!permissions.addHostAccessRequest) return false;
  try {
    await permissions.addHostAccessRequest({ tabId });
    return true;
  } catch {
    return false;
  }
}

/** The toolbar button's shortcut, or '' when the reader has none set (Chrome may leave it unset). */
async function actionShortcut(): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((c) => c.name === '_execute_action')?.shortcut ?? '';
}
