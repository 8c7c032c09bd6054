import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '../utils/shared/messages';
import { getTabState, watchTabState } from '../utils/shared/tab-state';

/**
 * The tab the panel describes and that tab's state. The panel follows the active tab of its
 * window, unless it was opened for one tab (`?tab=`). `incognito`: the tab is in a private window.
 */
export function usePanelState(pinnedTabId: number | null): {
  tabId: number | null;
  state: TabState;
  incognito: boolean;
} {
  const [tabId, setTabId] = useState<number | null>(pinnedTabId);
  const [state, setState] = useState<TabState>({ status: 'idle' });
  const [incognito, setIncognito] = useState(false);

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
    void browser.tabs.get(tabId).then(
      (tab) => live && setIncognito(tab.incognito),
      () => undefined,
    );
    const stop = watchTabState(tabId, (s) => live && setState(s));
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);

  return { tabId, state, incognito };
}
