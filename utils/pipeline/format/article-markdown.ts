import TurndownService from 'turndown';
import type { Article } from '../types';

/**
 * The cleaned article as Markdown, for notes and archives: metadata on top, then the body
 * Lede shows (never the clutter it removed).
 */
export function articleToMarkdown(
  article: Pick<Article, 'title' | 'url' | 'byline' | 'siteName' | 'publishedTime' | 'html'>,
): string {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  const meta = [article.siteName, article.byline, article.publishedTime].filter(Boolean).join(' · ');
  const body = turndown.turndown(article.html);
  return (
    [`# ${article.title}`, '', meta, `<${article.url}>`, '', body]
      .filter((line, i) => line || i !== 2)
      .join('\n')
      .trim() + '\n'
  );
}
