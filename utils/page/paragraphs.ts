import type { Paragraph } from '../types';
import { HEADING_TAGS, hasBlockChild, isBlock } from './dom';
import { collapse } from '../text/normalize';

/** Containers that structure blocks but never hold a reader's paragraph themselves. */
const STRUCTURAL = new Set(['UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'FIGURE', 'HR']);

export const PARAGRAPH_ATTR = 'data-lede-p';

/** The innermost blocks with text: what a reader calls paragraphs, headings, captions, items. */
export function leafBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll('*')).filter(
    (el) =>
      isBlock(el) &&
      !STRUCTURAL.has(el.tagName.toUpperCase()) &&
      !hasBlockChild(el) &&
      collapse(el.textContent ?? '') !== '',
  );
}

function roleOf(el: Element): Paragraph['role'] {
  const tag = el.tagName.toUpperCase();
  if (HEADING_TAGS.has(tag)) return 'heading';
  if (tag === 'FIGCAPTION' || el.closest('figcaption')) return 'caption';
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
