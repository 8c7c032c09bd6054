import { useState } from 'preact/hooks';
import type { Insights } from '../utils/pipeline/types';
import {
  insightsToJson,
  insightsToMarkdown,
  type ExportLabels,
  type ExportSource,
} from '../utils/pipeline/format/panel-export';
import { t } from '../utils/shared/i18n';

const labels = (): ExportLabels => ({
  source: t('exportSource'),
  summary: t('summary'),
  companies: t('companies'),
  quotes: t('quotes'),
  claims: t('claims'),
  alsoAs: t('alsoAs'),
  noCompanies: t('noCompanies'),
  noQuotes: t('noQuotes'),
  noClaims: t('noClaims'),
  unattributed: t('unattributed'),
});

/** Copies the panel's content for use elsewhere. */
export function ExportBar({ source, insights }: { source: ExportSource; insights: Insights }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (label: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(label);
    } catch {
      setCopied(t('copyFailed'));
    }
  };
  return (
    <div class="export">
      <button type="button" onClick={() => copy(t('copiedMarkdown'), insightsToMarkdown(source, insights, labels()))}>
        {t('copyMarkdown')}
      </button>
      <button type="button" onClick={() => copy(t('copiedJson'), insightsToJson(source, insights))}>
        {t('copyJson')}
      </button>
      <span role="status" aria-live="polite" class="copied">
        {copied}
      </span>
    </div>
  );
}
