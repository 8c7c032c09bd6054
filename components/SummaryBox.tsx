import { useEffect, useState } from 'preact/hooks';
import type { Summary } from '../utils/pipeline/types';
import { browser } from 'wxt/browser';
import { browserSummary, summaryLanguage } from '../utils/panel/browser-summary';
import { t } from '../utils/shared/i18n';

/** The extractive summary at once; the browser's own summary instead, if it can write one. */
export function SummaryBox({ extractive, lead, lang }: { extractive: Summary; lead: string; lang: string | null }) {
  const [summary, setSummary] = useState(extractive);
  // Busy while the browser's own summarizer may still replace the extractive summary.
  const [asking, setAsking] = useState(true);
  useEffect(() => {
    setSummary(extractive);
    setAsking(true);
    let live = true;
    void browserSummary(lead, summaryLanguage(lang, browser.i18n.getUILanguage())).then((s) => {
      if (!live) return;
      if (s) setSummary(s);
      setAsking(false);
    });
    return () => {
      live = false;
    };
  }, [extractive, lead, lang]);
  return (
    <section aria-labelledby="summary-h" class="summary" aria-busy={asking}>
      <h2 id="summary-h">{t('summary')}</h2>
      <p>{summary.text || t('noSummary')}</p>
      <p class="source-note">{summary.source === 'browser' ? t('summaryBrowser') : t('summaryExtractive')}</p>
    </section>
  );
}
