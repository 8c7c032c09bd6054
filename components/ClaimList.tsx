import type { Claim } from '../utils/pipeline/types';
import { t } from '../utils/shared/i18n';
import { EntryButton } from './EntryButton';
import type { SelectPassage } from './types';

export function ClaimList({ claims, onSelect }: { claims: Claim[]; onSelect: SelectPassage }) {
  if (claims.length === 0) return <p class="empty">{t('noClaims')}</p>;
  return (
    <ol class="claims">
      {claims.map((c, i) => (
        <li key={i}>
          <EntryButton hint={t('showInArticle')} onSelect={() => c.paragraphId && onSelect(c.paragraphId, c.text)}>
            {c.text}
          </EntryButton>
        </li>
      ))}
    </ol>
  );
}
