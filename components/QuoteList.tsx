import type { Quote } from '../utils/pipeline/types';
import { t } from '../utils/shared/i18n';
import { EntryButton } from './EntryButton';
import type { SelectPassage } from './types';

export function QuoteList({ quotes, onSelect }: { quotes: Quote[]; onSelect: SelectPassage }) {
  if (quotes.length === 0) return <p class="empty">{t('noQuotes')}</p>;
  return (
    <ul class="quotes">
      {quotes.map((q, i) => (
        <li key={i}>
          <EntryButton hint={t('showInArticle')} onSelect={() => q.paragraphId && onSelect(q.paragraphId, q.text)}>
            <blockquote>“{q.text}”</blockquote>
            <span class="speaker">— {q.speaker ?? t('unattributed')}</span>
          </EntryButton>
        </li>
      ))}
    </ul>
  );
}
