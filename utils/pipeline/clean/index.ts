import type { RemovedKind } from '../types';
import type { Candidate, CleanRule, PageInfo } from './rule';
import { adLabels, adSlots } from './ads';
import {
  alsoReadLines,
  breadcrumbs,
  followingLinks,
  headlineLinks,
  imageTeasers,
  linkRails,
  relatedBlocks,
} from './link-blocks';
import { commentPrompts, commerceBoxes, newsletterBoxes, promoLines, shareBars } from './boxes';
import { findRepeatedBlocks } from './duplicates';
import { trailingNotes } from './tail';
import { leadMetaLines } from './lead-meta';
import { creditLines, datelines, endMatter, ownAddress, toolLabels } from './furniture';
import { HEADING_TAGS, linkDensity } from '../page/dom';
import { leafBlocks } from '../page/paragraphs';
import { collapse, textKey } from '../text/normalize';

export const RULES: readonly CleanRule[] = [
  adSlots,
  adLabels,
  alsoReadLines,
  relatedBlocks,
  newsletterBoxes,
  shareBars,
  commentPrompts,
  promoLines,
  commerceBoxes,
  datelines,
  creditLines,
  toolLabels,
  endMatter,
  ownAddress,
  linkRails,
  headlineLinks,
  breadcrumbs,
  imageTeasers,
];

/** A removal, kept in the tree as a comment so the reader view can put the element back there. */
export interface Removal {
  kind: RemovedKind;
  text: string;
  html: string;
  marker: Comment;
}

/** Rules only judge small blocks: whatever holds more text than this is article, or holds it. */
const MAX_CANDIDATE_CHARS = 1500;
/** A paragraph this long, mostly not links, is prose: no rule may remove it. */
const PROSE_PARAGRAPH_CHARS = 80;

/**
 * Removes from Readability's output the clutter it keeps: ad slots and labels, link lines to
 * other stories, newsletter, share and comment boxes, promos, and repeated paragraphs.
 */
export function cleanArticle(root: Element, page: PageInfo = NO_PAGE_INFO): Removal[] {
  const removals: Removal[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(el)) continue; // inside something already removed
    const text = collapse(el.textContent ?? '');
    if (text.length > MAX_CANDIDATE_CHARS) continue;
    let prose: number | undefined;
    const candidate: Candidate = {
      el,
      tag: el.tagName.toUpperCase(),
      text,
      linkDensity: linkDensity(el, text),
      // Walks every paragraph inside: computed only for the rules that ask, once.
      get proseChars() {
        return (prose ??= proseChars(el));
      },
      page,
    };
    for (const rule of RULES) {
      const kind = rule.test(candidate);
      if (!kind) continue;
      const extra = kind === 'related' && isHeadingLike(candidate) ? followingLinks(el) : [];
      removals.push(remove([el, ...extra], kind));
      break;
    }
  }
  // Block-level passes share one list of leaf blocks; each skips what an earlier one removed.
  const blocks = leafBlocks(root);
  const present = () => blocks.filter((el) => root.contains(el));
  for (const copy of titleCopies(blocks, page.title)) removals.push(remove([copy], 'duplicate'));
  for (const line of leadMetaLines(present(), page.byline ?? null, page.published ?? null)) {
    removals.push(remove([line], 'furniture'));
  }
  for (const group of groupByContainer(findRepeatedBlocks(present()))) {
    removals.push(remove(group, 'duplicate'));
  }
  for (const note of trailingNotes(present())) removals.push(remove([note], 'promo'));
  removeEmptyContainers(root);
  return removals;
}

const NO_PAGE_INFO: PageInfo = { addresses: new Set(), title: '' };
/** Below this a title ("Live", "Opinion") could well be a line of the story too. */
const MIN_TITLE_CHARS = 20;

/** The headline printed again inside the body: the reader view shows it once, above. */
function titleCopies(blocks: Element[], title: string): Element[] {
  const key = textKey(title);
  if (key.length < MIN_TITLE_CHARS) return [];
  return blocks.filter((el) => textKey(el.textContent ?? '') === key);
}

function isHeadingLike(c: Candidate): boolean {
  return HEADING_TAGS.has(c.tag) || c.tag === 'P' || c.tag === 'STRONG' || c.tag === 'B';
}

function proseChars(el: Element): number {
  let chars = 0;
  const paragraphs = el.tagName === 'P' ? [el] : Array.from(el.getElementsByTagName('p'));
  for (const p of paragraphs) {
    const text = collapse(p.textContent ?? '');
    if (text.length >= PROSE_PARAGRAPH_CHARS && linkDensity(p, text) < 0.5) chars += text.length;
  }
  return chars;
}

function remove(elements: Element[], kind: RemovedKind): Removal {
  const first = elements[0]!;
  const marker = first.ownerDocument.createComment('lede-removed');
  first.before(marker);
  const html = elements.map((e) => e.outerHTML).join('');
  const text = collapse(elements.map((e) => e.textContent ?? '').join(' '));
  for (const e of elements) e.remove();
  return { kind, text, html, marker };
}

/**
 * Repeated blocks that fill a box of their own ("Story highlights": a heading and two copied
 * paragraphs) go as one removal with their box, so no orphan heading stays behind.
 */
function groupByContainer(blocks: Element[]): Element[][] {
  const byParent = new Map<Element | null, Element[]>();
  for (const b of blocks) {
    const list = byParent.get(b.parentElement);
    if (list) list.push(b);
    else byParent.set(b.parentElement, [b]);
  }
  const groups: Element[][] = [];
  for (const [parent, list] of byParent) {
    const rest = parent
      ? Array.from(parent.children).filter((c) => !list.includes(c) && !HEADING_TAGS.has(c.tagName.toUpperCase()))
      : [null];
    const onlyCopies = parent && parent.parentElement && rest.every((c) => !collapse(c?.textContent ?? ''));
    if (onlyCopies) groups.push([parent]);
    else groups.push(...list.map((b) => [b]));
  }
  return groups;
}

const KEEP_EMPTY = new Set([
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'SVG',
  'IFRAME',
  'CANVAS',
  'MATH',
  'TABLE',
  'HR',
  'OBJECT',
  'EMBED',
]);
const EMPTIABLE = new Set(['DIV', 'SECTION', 'ASIDE', 'P', 'SPAN', 'UL', 'OL', 'LI', 'FIGURE', 'HEADER', 'FOOTER']);

/**
 * Wrappers left with no text and no media once their content was removed. One pass from the
 * last element back: an element learns from its children whether anything in it is kept.
 */
function removeEmptyContainers(root: Element): void {
  const all = Array.from(root.querySelectorAll('*'));
  const filled = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    const tag = el.tagName.toUpperCase();
    if (filled.has(el) || KEEP_EMPTY.has(tag) || hasOwnText(el)) {
      if (el.parentElement) filled.add(el.parentElement);
    } else if (EMPTIABLE.has(tag)) {
      // Removal markers inside survive it: they say where the removed clutter stood.
      el.replaceWith(...Array.from(el.childNodes).filter((n) => n.nodeType === 8));
    }
  }
}

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && collapse(n.textContent ?? '') !== '') return true;
  }
  return false;
}
