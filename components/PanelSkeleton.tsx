import type { ArticleSummary } from '../utils/shared/messages';
import { t } from '../utils/shared/i18n';
import { ArticleHead } from './ArticleHead';

/**
 * The panel while Lede reads: the article's head as soon as the page is read, grey shapes where
 * the summary and the lists will be until the analysis arrives. The shapes are hidden from
 * assistive technology; the panel is marked busy and the status line says what is going on.
 */
export function PanelSkeleton({ article }: { article?: ArticleSummary }) {
  return (
    <>
      {article ? (
        <ArticleHead article={article} />
      ) : (
        <div class="skeleton head" aria-hidden="true">
          <span class="bone short" />
          <span class="bone title" />
          <span class="bone short" />
        </div>
      )}
      <p class="progress" role="status">
        {article ? t('analysing') : t('loading')}
      </p>
      <div class="skeleton body" aria-hidden="true">
        {['summary', 'companies', 'quotes', 'claims'].map((part) => (
          <div class={`bones ${part}`} key={part}>
            <span class="bone heading" />
            <span class="bone" />
            <span class="bone" />
            <span class="bone short" />
          </div>
        ))}
      </div>
    </>
  );
}
