import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '../utils/extension/messages';
import { getTabState, watchTabState } from '../utils/extension/tab-state';

/**
 * The tab the panel describes and that tab's state. The panel follows the active tab of its
 * window, unless it was opened for one tab (`?tab=`).
 */
export function usePanelState(pinnedTabId: number | null): { tabId: number | null; state: TabState } {
  const [tabId, setTabId] = useState<number | null>(pinnedTabId);
  const [state, setState] = useState<TabState>({ status: 'idle' });

  useEffect(() => {
    if (pinnedTabId !== null) return;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      setTabId(tab?.id ?? null);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinnedTabId]);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    void getTabState(tabId).then((s) => live && setState(s));
    const stop = watchTabState(tabId, (s) => live && setState(s));
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);

  return { tabId, state };
}
