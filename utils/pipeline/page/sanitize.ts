import DOMPurify, { type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import { PARAGRAPH_ATTR } from './paragraphs';
import type { Article, RemovedItem } from '../types';

/**
 * What the reader view may show. An allow-list: page code, forms, frames, styles and event
 * handlers never reach it, whatever Readability let through.
 */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
  'article',
  'aside',
  'header',
  'footer',
];
const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'datetime',
  'lang',
  'dir',
  'cite',
  'type',
  'media',
  'start',
  'reversed',
  'scope',
  'headers',
  PARAGRAPH_ATTR,
];

const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: WindowLike): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    // Links leave the reader view for a new tab, without giving that page a handle on this one.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Article HTML as the reader view will show it. `win` is the window whose DOM parses it. */
export function sanitizeHtml(html: string, win: WindowLike): string {
  return purifierFor(win).sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
  }) as string;
}

/** A removed item as the cleaning took it out, its HTML not yet sanitised. */
export type RawRemovedItem = Omit<RemovedItem, 'html'> & { unsafeHtml: string };

/** The page stage's article before sanitising: its HTML as Readability and the cleaning left it. */
export type RawArticle = Omit<Article, 'html' | 'removed'> & { unsafeHtml: string; removed: RawRemovedItem[] };

/** The article as the reader view may show it: every piece of its HTML through the allow-list. */
export function sanitizeArticle(raw: RawArticle, win: WindowLike): Article {
  const { unsafeHtml, removed, ...rest } = raw;
  return {
    ...rest,
    html: sanitizeHtml(unsafeHtml, win),
    removed: removed.map(({ unsafeHtml: html, ...item }) => ({ ...item, html: sanitizeHtml(html, win) })),
  };
}
