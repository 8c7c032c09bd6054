import { useEffect, useState } from 'preact/hooks';
import type { Summary } from '../utils/pipeline/types';
import { browserSummary } from '../utils/panel/browser-summary';
import { t } from '../utils/shared/i18n';

/** The extractive summary at once; the browser's own summary instead, if it can write one. */
export function SummaryBox({ extractive, lead }: { extractive: Summary; lead: string }) {
  const [summary, setSummary] = useState(extractive);
  useEffect(() => {
    setSummary(extractive);
    let live = true;
    void browserSummary(lead).then((s) => live && s && setSummary(s));
    return () => {
      live = false;
    };
  }, [extractive, lead]);
  return (
    <section aria-labelledby="summary-h" class="summary">
      <h2 id="summary-h">{t('summary')}</h2>
      <p>{summary.text || t('noSummary')}</p>
      <p class="source-note">{summary.source === 'browser' ? t('summaryBrowser') : t('summaryExtractive')}</p>
    </section>
  );
}
