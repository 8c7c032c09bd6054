import type { Paragraph } from '../types';
import { closestTag, hasBlockChild, hasDescendant, HEADING_TAGS, isBlock } from './dom';
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
  leaves.reverse();
  const whole = splitParagraphs(leaves);
  if (whole.length === 0) return leaves;
  // A paragraph put back together stands where its first piece stood.
  const joined = new Set(whole);
  const placed = new Set<Element>();
  const blocks: Element[] = [];
  for (const leaf of leaves) {
    const parent = leaf.parentElement;
    if (!parent || !joined.has(parent)) blocks.push(leaf);
    else if (!placed.has(parent)) {
      placed.add(parent);
      blocks.push(parent);
    }
  }
  return blocks;
}

/**
 * Gives a paragraph of its own to the text that runs loose between blocks ("<section>Prices
 * fell. <h2>Deals</h2> The best one...</section>"). Readability does so inside divs only, and
 * a block holding blocks is no leaf, so that text would be lost to the article's paragraphs.
 */
export function wrapLooseText(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (!isBlock(el) || STRUCTURAL.has(el.tagName.toUpperCase())) continue;
    const runs: Node[][] = [];
    let run: Node[] = [];
    let blocks = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      const element = n.nodeType === 1 ? (n as Element) : null;
      if (element && (isBlock(element) || hasBlockChild(element))) {
        blocks++;
        runs.push(run);
        run = [];
      } else run.push(n);
    }
    if (blocks === 0) continue;
    runs.push(run);
    for (const nodes of runs) {
      if (!collapse(nodes.map((n) => n.textContent ?? '').join(' '))) continue;
      const p = el.ownerDocument.createElement('p');
      el.insertBefore(p, nodes[0]!);
      p.append(...nodes);
    }
  }
}

/**
 * Puts a line break's whitespace into the text: a list of lines set with <br>s ("June 9, Tampa<br>
 * June 10, Atlanta") would otherwise run its words together ("TampaJune 10").
 */
export function spaceLineBreaks(root: Element): void {
  for (const br of Array.from(root.getElementsByTagName('br'))) br.after('\n');
}

/** A piece of a sentence set as a block is short and holds no block itself. */
const MAX_INLINE_PIECE_CHARS = 150;

/**
 * Turns blocks that sit inside a running sentence ("said <div>Acme Corp</div> would") into
 * spans, before Readability runs: it would take each for a paragraph of its own, or drop it
 * as a box of links. One pass over the document's divs, looking only at their neighbours.
 */
export function inlineSentencePieces(doc: Document): void {
  for (const div of Array.from(doc.getElementsByTagName('div'))) {
    const before = div.previousSibling;
    const after = div.nextSibling;
    if (before?.nodeType !== 3 || after?.nodeType !== 3) continue;
    const left = collapse(before.textContent ?? '');
    const right = collapse(after.textContent ?? '');
    if (!left || !right || TERMINAL.test(left)) continue;
    const text = collapse(div.textContent ?? '');
    if (!text || text.length > MAX_INLINE_PIECE_CHARS || hasBlockChild(div)) continue;
    const span = doc.createElement('span');
    for (const attr of Array.from(div.attributes)) span.setAttribute(attr.name, attr.value);
    span.append(...Array.from(div.childNodes));
    div.replaceWith(span);
  }
}

/** Ends a sentence or a clause a new paragraph may follow. */
const TERMINAL = /[.!?:;"”’)\]…]$/;
/** Goes on a sentence: a lower-case word or punctuation that never starts one. */
const CONTINUES = /^(?:\p{Ll}|[,;:.)\]])/u;
const MERGEABLE = new Set(['P', 'DIV', 'SPAN']);

/**
 * Blocks that are pieces of one paragraph: a page that sets the parts of a sentence in blocks of
 * their own (Readability wraps the text between them in <p>s), "The minister said | Acme Corp |
 * would cut jobs." Their parent is the paragraph when no piece ends a sentence and at least one
 * piece goes on from the last; a parent of real paragraphs has a sentence end between them.
 */
function splitParagraphs(leaves: Element[]): Element[] {
  const byParent = new Map<Element, Element[]>();
  for (const leaf of leaves) {
    const parent = leaf.parentElement;
    if (!parent || !MERGEABLE.has(leaf.tagName.toUpperCase())) continue;
    const list = byParent.get(parent);
    if (list) list.push(leaf);
    else byParent.set(parent, [leaf]);
  }
  const whole: Element[] = [];
  for (const [parent, kids] of byParent) {
    if (kids.length < 2 || !MERGEABLE.has(parent.tagName.toUpperCase())) continue;
    const pieces: string[] = [];
    let ok = true;
    for (let n = parent.firstChild; n && ok; n = n.nextSibling) {
      if (n.nodeType === 1 && isBlock(n as Element) && !kids.includes(n as Element)) ok = false;
      const text = collapse(n.textContent ?? '');
      if (text) pieces.push(text);
    }
    if (!ok || pieces.length < 2) continue;
    let continues = false;
    for (let i = 1; i < pieces.length && ok; i++) {
      if (TERMINAL.test(pieces[i - 1]!)) ok = false;
      if (CONTINUES.test(pieces[i]!)) continues = true;
    }
    if (ok && continues) whole.push(parent);
  }
  return whole;
}

/** A caption is a line or two; a box named so that holds more is a layout's, not a picture's. */
const MAX_CAPTION_CHARS = 500;
/** What a caption box never holds: a picture of its own, or blocks of a layout. */
const NOT_IN_CAPTION = new Set(['IMG', 'PICTURE', 'VIDEO', 'IFRAME', 'DIV', 'UL', 'OL', 'TABLE', ...HEADING_TAGS]);
const FIGCAPTION = new Set(['FIGCAPTION']);
const BLOCKQUOTE = new Set(['BLOCKQUOTE']);

/**
 * Captions outside <figcaption>: CMSs name their caption boxes so ("wp-caption-text", "caption").
 * Readability puts the text of a box holding no other block in a paragraph of its own and drops
 * the box with its class, so before it runs each such box without a picture of its own becomes
 * the <figcaption> it is.
 */
export function markCaptionBoxes(doc: Document): void {
  for (const box of Array.from(doc.getElementsByTagName('div'))) {
    if (!(box.getAttribute('class') ?? '').toLowerCase().includes('caption')) continue;
    if (closestTag(box, FIGCAPTION) || hasDescendant(box, NOT_IN_CAPTION)) continue;
    if (collapse(box.textContent ?? '').length > MAX_CAPTION_CHARS) continue;
    const caption = doc.createElement('figcaption');
    for (const attr of Array.from(box.attributes)) caption.setAttribute(attr.name, attr.value);
    caption.append(...Array.from(box.childNodes));
    box.replaceWith(caption);
  }
}

/** A paragraph in a caption box Readability kept ("<p class="wp-caption-text">"). */
function inCaptionBox(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if ((e.getAttribute('class') ?? '').toLowerCase().includes('caption')) return true;
  }
  return false;
}

function roleOf(el: Element): Paragraph['role'] {
  const tag = el.tagName.toUpperCase();
  if (HEADING_TAGS.has(tag)) return 'heading';
  if (closestTag(el, FIGCAPTION) || inCaptionBox(el)) return 'caption';
  if (closestTag(el, BLOCKQUOTE)) return 'quote';
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
