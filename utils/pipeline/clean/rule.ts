import type { RemovedKind } from '../types';
import { isBlock, metaContent } from '../page/dom';
import { collapse } from '../text/normalize';

/** What the page says about itself, read before Readability empties the document. */
export interface PageInfo {
  /** The page's own addresses (its URL, canonical and og:url), as `addressKey` gives them. */
  addresses: ReadonlySet<string>;
  /** The story's headline. */
  title: string;
  /** The byline and date of publication the page's metadata gives, shown above the story. */
  byline?: string | null;
  published?: string | null;
}

export function readPageInfo(doc: Document, title: string): PageInfo {
  const found = [doc.URL];
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    if (link.getAttribute('rel')?.toLowerCase() === 'canonical') found.push(link.getAttribute('href') ?? '');
  }
  found.push(metaContent(doc, ['og:url']) ?? '');
  return { addresses: new Set(found.filter(Boolean).map(addressKey)), title };
}

/** An address without scheme, query, fragment or trailing slash, for comparing. */
export function addressKey(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/[#?].*$/, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

/** What a rule sees of an element: computed once per element and shared by every rule. */
export interface Candidate {
  el: Element;
  tag: string;
  /** Collapsed text content. */
  text: string;
  linkDensity: number;
  /** Letters of text inside paragraphs of real prose: rules never remove an element holding much of it. */
  proseChars: number;
  page: PageInfo;
}

/**
 * One kind of clutter, judged one element at a time. Each removal records the rule's id, so
 * every removal can be listed for the reader, put back, and traced to what took it.
 */
export interface CleanRule {
  id: string;
  /** The kind of clutter the element is, or null to keep it. */
  test(c: Candidate): RemovedKind | null;
  /** Elements that go with a removed one, after it: a "Related" heading takes its link list. */
  extend?(c: Candidate): Element[];
}

/**
 * Clutter found among the article's leaf blocks (paragraphs, headings, list items) by looking
 * at them together: copies of the headline or of other blocks, notes trailing the story.
 */
export interface BlockRule {
  id: string;
  kind: RemovedKind;
  /** Groups of blocks still in the article to remove, each group as one removal. */
  find(blocks: Element[], page: PageInfo): Element[][];
}

/**
 * Whether the element is a line of its own: a block, or all the text of the block around it.
 * A button's word ("Close", "See all") can also be a link's word inside a sentence.
 */
export function standsAlone(c: Candidate): boolean {
  let e: Element | null = c.el;
  while (e && !isBlock(e)) e = e.parentElement;
  return !e || e === c.el || collapse(e.textContent ?? '') === c.text;
}

/** A block that is nothing but a label: short, no prose, matching the whole pattern. */
export function isLabel(c: Candidate, pattern: RegExp, maxLength = 60): boolean {
  return c.text.length <= maxLength && pattern.test(c.text);
}
