import type { Paragraph } from '../types';
import { HEADING_TAGS, isBlock } from './dom';
import { collapse } from '../text/normalize';

/** Containers that structure blocks but never hold a reader's paragraph themselves. */
const STRUCTURAL = new Set(['UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'FIGURE', 'HR']);

export const PARAGRAPH_ATTR = 'data-lede-p';

/**
 * The innermost blocks with text: what a reader calls paragraphs, headings, captions, items.
 * One pass from the last element back, so each element learns from its descendants whether
 * it holds a block, instead of searching its subtree again.
 */
export function leafBlocks(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll('*'));
  const holdsBlock = new Set<Element>();
  const leaves: Element[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    const block = isBlock(el);
    if ((block || holdsBlock.has(el)) && el.parentElement) holdsBlock.add(el.parentElement);
    if (!block || holdsBlock.has(el) || STRUCTURAL.has(el.tagName.toUpperCase())) continue;
    if (collapse(el.textContent ?? '') !== '') leaves.push(el);
  }
  return leaves.reverse();
}

const CAPTION_ATTR = 'data-lede-caption';

/**
 * Marks captions outside <figcaption>, which CMSs name so ("wp-caption-text", "image-caption"),
 * on the clone before Readability runs: it unwraps a box holding a single paragraph, and the
 * box's class goes with it. The mark is not on the sanitiser's allow-list, so it never shows.
 */
export function markCaptionBoxes(doc: Document): void {
  for (const el of Array.from(doc.body?.getElementsByTagName('*') ?? [])) {
    if (!(el.getAttribute('class') ?? '').toLowerCase().includes('caption')) continue;
    el.setAttribute(CAPTION_ATTR, '');
    for (const inner of Array.from(el.getElementsByTagName('*'))) inner.setAttribute(CAPTION_ATTR, '');
  }
}

function roleOf(el: Element): Paragraph['role'] {
  const tag = el.tagName.toUpperCase();
  if (HEADING_TAGS.has(tag)) return 'heading';
  if (tag === 'FIGCAPTION' || el.closest('figcaption') || el.hasAttribute(CAPTION_ATTR)) return 'caption';
  if (tag === 'BLOCKQUOTE' || el.closest('blockquote')) return 'quote';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list';
  return 'text';
}

/** Numbers the article's blocks (p1, p2...) in the DOM and returns their text. */
export function markParagraphs(root: Element): Paragraph[] {
  return leafBlocks(root).map((el, i) => {
    const id = `p${i + 1}`;
    el.setAttribute(PARAGRAPH_ATTR, id);
    return { id, text: collapse(el.textContent ?? ''), role: roleOf(el) };
  });
}
