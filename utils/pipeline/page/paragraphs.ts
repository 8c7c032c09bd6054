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

/**
 * Captions outside <figcaption>: CMSs name their caption boxes so ("wp-caption-text",
 * "image-caption"). Readability unwraps a box holding a single paragraph and its class goes
 * with it; marking the page before it runs would cost a pass over every element.
 */
function inCaptionBox(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if ((e.getAttribute('class') ?? '').toLowerCase().includes('caption')) return true;
  }
  return false;
}

function roleOf(el: Element): Paragraph['role'] {
  const tag = el.tagName.toUpperCase();
  if (HEADING_TAGS.has(tag)) return 'heading';
  if (tag === 'FIGCAPTION' || el.closest('figcaption') || inCaptionBox(el)) return 'caption';
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
