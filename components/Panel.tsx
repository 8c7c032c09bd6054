import { useEffect, useState } from 'preact/hooks';
import { sendToBackground, sendToTab } from '../utils/shared/messages';
import { loadSettings, watchSettings } from '../utils/shared/settings-store';
import { t } from '../utils/shared/i18n';
import { usePanelState } from './usePanelState';
import { StatusMessage } from './StatusMessage';
import { CompanyList } from './CompanyList';
import { QuoteList } from './QuoteList';
import { ClaimList } from './ClaimList';
import { ExportBar } from './ExportBar';
import { AlwaysOpenToggle } from './AlwaysOpenToggle';
import { SummaryBox } from './SummaryBox';
import { ArticleHead } from './ArticleHead';
import { PanelSkeleton } from './PanelSkeleton';

export function Panel({ pinnedTabId }: { pinnedTabId: number | null }) {
  const { tabId, state, incognito, shown } = usePanelState(pinnedTabId);
  const theme = useTheme();

  const activate = () => {
    if (tabId !== null) void sendToBackground({ type: 'lede:activate', tabId });
  };
  const showOriginal = () => {
    if (tabId !== null) void sendToTab(tabId, { type: 'lede:hide' }).catch(() => undefined);
  };
  const select = (paragraphId: string, text: string) => {
    if (tabId !== null) void sendToTab(tabId, { type: 'lede:highlight', paragraphId, text }).catch(() => undefined);
  };

  return (
    <main class="panel" data-theme={theme} aria-busy={state.status === 'loading'}>
      {state.status === 'loading' ? (
        <PanelSkeleton article={state.article} />
      ) : state.status !== 'ready' ? (
        <StatusMessage state={state} onActivate={activate} />
      ) : (
        <>
          <ArticleHead article={state.article}>
            {shown ? (
              <button type="button" class="secondary show-original" onClick={showOriginal}>
                {t('showOriginal')}
              </button>
            ) : (
              <button type="button" class="secondary show-reader" onClick={activate}>
                {t('showReader')}
              </button>
            )}
            {incognito ? (
              // Remembering a site from a private window would keep a trace of the visit.
              <p class="always note">{t('privateWindow')}</p>
            ) : (
              <AlwaysOpenToggle url={state.url} />
            )}
          </ArticleHead>
          <SummaryBox extractive={state.insights.summary} lead={state.article.lead} lang={state.article.lang} />
          <section aria-labelledby="companies-h">
            <h2 id="companies-h">
              {t('companies')} <span class="count">{state.insights.companies.length}</span>
            </h2>
            <CompanyList companies={state.insights.companies} onSelect={select} />
          </section>
          <section aria-labelledby="quotes-h">
            <h2 id="quotes-h">
              {t('quotes')} <span class="count">{state.insights.quotes.length}</span>
            </h2>
            <QuoteList quotes={state.insights.quotes} onSelect={select} />
          </section>
          <section aria-labelledby="claims-h">
            <h2 id="claims-h">
              {t('claims')} <span class="count">{state.insights.claims.length}</span>
            </h2>
            <ClaimList claims={state.insights.claims} onSelect={select} />
          </section>
          <ExportBar source={state.article} insights={state.insights} />
        </>
      )}
    </main>
  );
}

/** The panel wears the reader view's theme. */
function useTheme(): string {
  const [theme, setTheme] = useState('system');
  useEffect(() => {
    void loadSettings().then((s) => setTheme(s.theme));
    return watchSettings((s) => setTheme(s.theme));
  }, []);
  return theme;
}
