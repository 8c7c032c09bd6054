import type { Company } from '../utils/pipeline/types';
import { t } from '../utils/shared/i18n';
import { EntryButton } from './EntryButton';
import type { SelectPassage } from './types';

export function CompanyList({ companies, onSelect }: { companies: Company[]; onSelect: SelectPassage }) {
  if (companies.length === 0) return <p class="empty">{t('noCompanies')}</p>;
  return (
    <ul class="companies">
      {companies.map((c) => (
        <li key={c.name}>
          <EntryButton
            hint={t('showInArticle')}
            onSelect={() =>
              c.paragraphId && onSelect(c.paragraphId, c.aliases.find((a) => a.length > c.name.length) ?? c.name)
            }
          >
            <span class="company-name">{c.name}</span>
            <span class="count">
              {c.mentions}
              <span class="visually-hidden"> {t('mentions')}</span>
            </span>
            {c.aliases.length > 0 && (
              <span class="aliases">
                {t('alsoAs')} {c.aliases.join(', ')}
              </span>
            )}
          </EntryButton>
        </li>
      ))}
    </ul>
  );
}
