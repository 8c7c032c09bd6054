import type { RemovedKind } from '../types';
import type { Candidate, PageInfo } from './rule';
import { BLOCK_RULES, RULES } from './rules';
import { linkDensity } from '../page/dom';
import { leafBlocks } from '../page/paragraphs';
import { collapse } from '../text/normalize';

/** A removal, kept in the tree as a comment so the reader view can put the element back there. */
export interface Removal {
  kind: RemovedKind;
  /** The id of the rule that removed it. */
  rule: string;
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
      removals.push(remove([el, ...(rule.extend?.(candidate) ?? [])], kind, rule.id));
      break;
    }
  }
  // Block passes share one list of leaf blocks; each sees only what earlier ones left.
  const blocks = leafBlocks(root);
  for (const rule of BLOCK_RULES) {
    const present = blocks.filter((el) => root.contains(el));
    for (const group of rule.find(present, page)) removals.push(remove(group, rule.kind, rule.id));
  }
  removeEmptyContainers(root);
  return removals;
}

const NO_PAGE_INFO: PageInfo = { addresses: new Set(), title: '' };

function proseChars(el: Element): number {
  let chars = 0;
  const paragraphs = el.tagName === 'P' ? [el] : Array.from(el.getElementsByTagName('p'));
  for (const p of paragraphs) {
    const text = collapse(p.textContent ?? '');
    if (text.length >= PROSE_PARAGRAPH_CHARS && linkDensity(p, text) < 0.5) chars += text.length;
  }
  return chars;
}

function remove(elements: Element[], kind: RemovedKind, rule: string): Removal {
  const first = elements[0]!;
  const marker = first.ownerDocument.createComment('lede-removed');
  first.before(marker);
  const html = elements.map((e) => e.outerHTML).join('');
  const text = collapse(elements.map((e) => e.textContent ?? '').join(' '));
  for (const e of elements) e.remove();
  return { kind, rule, text, html, marker };
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
