/** DOM helpers that work the same on the live page, in an extension page and in jsdom. */

/** Elements that start a new block of text (what a reader sees as a paragraph break). */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

const BLOCK_SELECTOR = Array.from(BLOCK_TAGS, (t) => t.toLowerCase()).join(',');

export function hasBlockChild(el: Element): boolean {
  return el.querySelector(BLOCK_SELECTOR) !== null;
}

/** Share of an element's text that sits inside links: high for link lists and teasers. */
export function linkDensity(el: Element, text = el.textContent ?? ''): number {
  const total = text.replace(/\s+/g, '').length;
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  }
  return Math.min(1, linked / total);
}

/** Class and id split into lower-case words: "story-ad ad_slot" -> story, ad, ad, slot. */
export function nameTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return raw
    .toLowerCase()
    .split(/[\s\-_:]+/)
    .filter(Boolean);
}
