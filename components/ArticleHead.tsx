import type { ComponentChildren } from 'preact';
import type { ArticleSummary } from '../utils/shared/messages';
import { t } from '../utils/shared/i18n';

/** The article's site, title and figures at the top of the panel, with what the reader can do. */
export function ArticleHead({ article, children }: { article: ArticleSummary; children?: ComponentChildren }) {
  return (
    <header class="article-head">
      {article.siteName && <p class="site">{article.siteName}</p>}
      <h1>{article.title}</h1>
      <p class="meta">
        {article.readingMinutes} {t('minRead')} · {article.removedCount} {t('clutterRemoved')}
      </p>
      {children}
    </header>
  );
}
