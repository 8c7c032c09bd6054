import TurndownService from 'turndown';
import type { Article } from '../types';
import { markdownText, markdownUrl } from './markdown-text';

/** Links the exported notes keep; any other scheme keeps its text only. */
const LINK_SCHEMES = /^(https?|mailto):/i;
/** Pictures the exported notes keep: web addresses only (a `data:` one would fill the notes with base64). */
const IMAGE_SCHEMES = /^https?:/i;

/**
 * The cleaned article as Markdown, for notes and archives: metadata on top, then the body
 * Lede shows (never the clutter it removed).
 */
export function articleToMarkdown(
  article: Pick<Article, 'title' | 'url' | 'byline' | 'siteName' | 'publishedTime' | 'html'>,
): string {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  turndown.addRule('web-links-only', {
    filter: (node) => node.nodeName === 'A' && !LINK_SCHEMES.test(node.getAttribute('href') ?? ''),
    replacement: (content) => content,
  });
  turndown.addRule('web-images-only', {
    filter: (node) => node.nodeName === 'IMG' && !IMAGE_SCHEMES.test(node.getAttribute('src') ?? ''),
    replacement: (_content, node) => markdownText((node as Element).getAttribute('alt') ?? ''),
  });
  // Turndown escapes Markdown in the article's text but not HTML: text reading
  // "<img src=x onerror=…>" (entities in the page) would come out as a live tag.
  const escapeMarkdown = turndown.escape.bind(turndown);
  turndown.escape = (text) => escapeMarkdown(text).replace(/</g, '\\<');
  const meta = [article.siteName, article.byline, article.publishedTime]
    .filter((s): s is string => !!s)
    .map(markdownText)
    .join(' · ');
  const body = turndown.turndown(article.html);
  return (
    [`# ${markdownText(article.title)}`, '', meta, markdownUrl(article.url), '', body]
      .filter((line, i) => line || i !== 2)
      .join('\n')
      .trim() + '\n'
  );
}
