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

export function hasBlockChild(el: Element): boolean {
  return hasDescendant(el, BLOCK_TAGS);
}

/*
 * Tag tests walk the tree instead of asking the selector engine: these run for many elements of
 * a page, and jsdom's engine (the Node command, the tests, the bench) costs a fraction of a
 * millisecond a call, about the price of the walk over a whole paragraph.
 */

/** Whether an element inside `el` has one of these (upper-case) tags: a walk without recursion. */
export function hasDescendant(el: Element, tags: ReadonlySet<string>): boolean {
  let node = el.firstElementChild;
  while (node) {
    if (tags.has(node.tagName.toUpperCase())) return true;
    let next = node.firstElementChild ?? node.nextElementSibling;
    for (let up: Element | null = node; !next;) {
      up = up.parentElement;
      if (!up || up === el) return false;
      next = up.nextElementSibling;
    }
    node = next;
  }
  return false;
}

/** The content of the page's first <meta> whose property or name is one of these. */
export function metaContent(doc: Document, names: readonly string[]): string | null {
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const property = meta.getAttribute('property');
    const name = meta.getAttribute('name');
    if ((property && names.includes(property)) || (name && names.includes(name))) return meta.getAttribute('content');
  }
  return null;
}

/** The element itself or its nearest ancestor with one of these (upper-case) tags. */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (tags.has(e.tagName.toUpperCase())) return e;
  return null;
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
