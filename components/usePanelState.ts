import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '../utils/shared/messages';
import { getReaderShown, getTabState, watchReaderShown, watchTabState } from '../utils/shared/tab-state';

/**
 * The tab the panel describes and that tab's state. The panel follows the active tab of its
 * window, unless it was opened for one tab (`?tab=`). `incognito`: the tab is in a private window;
 * `shown`: the tab shows the reader view now.
 */
export function usePanelState(pinnedTabId: number | null): {
  tabId: number | null;
  state: TabState;
  incognito: boolean;
  shown: boolean;
} {
  const [tabId, setTabId] = useState<number | null>(pinnedTabId);
  const [state, setState] = useState<TabState>({ status: 'idle' });
  const [incognito, setIncognito] = useState(false);
  const [shown, setShown] = useState(false);

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
    void getReaderShown(tabId).then((s) => live && setShown(s));
    void browser.tabs.get(tabId).then(
      (tab) => live && setIncognito(tab.incognito),
      () => undefined,
    );
    const stops = [
      watchTabState(tabId, (s) => live && setState(s)),
      watchReaderShown(tabId, (s) => live && setShown(s)),
    ];
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, [tabId]);

  return { tabId, state, incognito, shown };
}
