import { useState } from 'preact/hooks';
import type { Insights } from '../utils/pipeline/types';
import { insightsToJson, insightsToMarkdown, type ExportSource } from '../utils/pipeline/format/panel-export';
import { t } from '../utils/shared/i18n';

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
      <button type="button" onClick={() => copy(t('copiedMarkdown'), insightsToMarkdown(source, insights))}>
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
