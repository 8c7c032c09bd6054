import type { Paragraph } from '../types';
import { metaContent } from './dom';

/** Text a page needs to count as an article when nothing vouches for it. */
const MIN_ARTICLE_CHARS = 500;
/** Enough when Readability's own test or the page's metadata says it is an article. */
const MIN_VOUCHED_CHARS = 200;
/** A paragraph this long counts as prose for the gate. */
const PROSE_CHARS = 60;

const ARTICLE_TYPE = /\b(?:\w*Article|BlogPosting|Report|LiveBlogPosting)\b/;
const JSON_LD_ARTICLE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*Article|BlogPosting|Report|LiveBlogPosting)"/;

/**
 * Whether the page calls itself an article: og:type, schema.org microdata or JSON-LD. A short
 * news brief is still an article; a login form or a home page does not say it is one.
 */
export function declaresArticle(doc: Document): boolean {
  if (/^\s*article\s*$/i.test(metaContent(doc, ['og:type']) ?? '')) return true;
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type') === 'application/ld+json' && JSON_LD_ARTICLE.test(script.textContent ?? ''))
      return true;
  }
  return Array.from(doc.querySelectorAll('[itemtype]')).some((el) =>
    ARTICLE_TYPE.test(el.getAttribute('itemtype') ?? ''),
  );
}

/** Whether what survived cleaning is enough to show as an article. */
export function isArticle(paragraphs: Paragraph[], text: string, vouched: boolean): boolean {
  const prose = paragraphs.filter((p) => p.role === 'text' && p.text.length > PROSE_CHARS).length;
  return vouched ? text.length >= MIN_VOUCHED_CHARS && prose >= 1 : text.length >= MIN_ARTICLE_CHARS && prose >= 3;
}
