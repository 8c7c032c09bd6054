import type { BlockRule } from './rule';
import { closestTag, HEADING_TAGS } from '../page/dom';
import { collapse, textKey } from '../text/normalize';
import { splitSentences } from '../text/sentences';

/** Below this a title ("Live", "Opinion") could well be a line of the story too. */
const MIN_TITLE_CHARS = 20;

/** The headline printed again inside the body: the reader view shows it once, above. */
export const titleCopies: BlockRule = {
  id: 'title-copy',
  kind: 'duplicate',
  find(blocks, page) {
    const key = textKey(page.title);
    if (key.length < MIN_TITLE_CHARS) return [];
    return blocks.filter((el) => textKey(el.textContent ?? '') === key).map((el) => [el]);
  },
};

/** Blocks whose text the article already says elsewhere. */
export const repeatedBlocks: BlockRule = {
  id: 'repeated-block',
  kind: 'duplicate',
  find: (blocks) => groupByContainer(findRepeatedBlocks(blocks)),
};

/** Shorter repeats ("Photo: AP", "Reuters") are credits and labels, not repeated paragraphs. */
const MIN_REPEAT_CHARS = 40;

/** "— Name (@handle) date": embedded posts sign off alike, and each signature belongs to its post. */
const SIGNATURE = /^[—–-]\s*\S/;

interface Block {
  el: Element;
  text: string;
  key: string;
  sentences: string[];
}

/**
 * Finds blocks whose text the article already says elsewhere: story highlights copying the
 * lede, pull quotes, a teaser repeated at the end. One copy stays; which one depends on where
 * the copies sit. Linear in the text: sentences are compared through a hash map, never pairwise.
 */
function findRepeatedBlocks(blocks: Element[]): Element[] {
  const parsed: Block[] = blocks.map((el) => {
    const text = collapse(el.textContent ?? '');
    return { el, text, key: textKey(text), sentences: splitSentences(text).map((s) => textKey(s.text)) };
  });

  // For each sentence, the blocks that hold it.
  const holders = new Map<string, Block[]>();
  for (const b of parsed) {
    for (const s of b.sentences) {
      if (s.length < 20) continue;
      const list = holders.get(s);
      if (!list) holders.set(s, [b]);
      else if (list[list.length - 1] !== b) list.push(b);
    }
  }

  const remove = new Set<Element>();
  const byKey = new Map<string, Block[]>();
  for (const b of parsed) {
    if (b.key.length < MIN_REPEAT_CHARS || SIGNATURE.test(b.text)) continue;
    const same = byKey.get(b.key);
    if (same) same.push(b);
    else byKey.set(b.key, [b]);
  }

  // Exact repeats: keep the copy in the article's run of paragraphs, drop the summary box copy.
  for (const copies of byKey.values()) {
    if (copies.length < 2) continue;
    const keep = copies.reduce((best, b) => (runWeight(b.el) > runWeight(best.el) ? b : best));
    for (const b of copies) if (b !== keep) remove.add(b.el);
  }

  // Partial repeats: a block every sentence of which stands in a longer block (a pull quote,
  // a highlight copying one sentence of the lede) goes; the longer block stays.
  for (const b of parsed) {
    if (remove.has(b.el) || b.key.length < MIN_REPEAT_CHARS || b.sentences.length === 0) continue;
    const covered = b.sentences.every((s) =>
      (holders.get(s) ?? []).some((o) => o !== b && !remove.has(o.el) && o.key.length > b.key.length),
    );
    if (covered) remove.add(b.el);
  }
  for (const b of quotedFragments(parsed, remove)) remove.add(b.el);
  return blocks.filter((el) => remove.has(el));
}

/** Pull quotes are set apart from the text in these; the words they lift stand in a paragraph. */
const SET_APART = new Set(['BLOCKQUOTE', 'ASIDE', 'FIGURE']);
const MAX_PULL_QUOTE_CHARS = 300;

/**
 * Pull quotes that lift a fragment of a sentence, not whole sentences. Only short blocks set
 * apart are looked for, each with one search through the article's text, so the cost stays
 * linear in the text for each pull quote.
 */
function quotedFragments(parsed: Block[], removed: Set<Element>): Block[] {
  const starts: number[] = [];
  let joined = '';
  for (const b of parsed) {
    starts.push(joined.length);
    joined += b.key + '\n';
  }
  return parsed.filter((b, i) => {
    if (removed.has(b.el) || b.key.length < MIN_REPEAT_CHARS || b.key.length > MAX_PULL_QUOTE_CHARS) return false;
    if (!closestTag(b.el, SET_APART) || SIGNATURE.test(b.text)) return false;
    for (let at = joined.indexOf(b.key); at >= 0; at = joined.indexOf(b.key, at + 1)) {
      // Only a fragment of a longer block counts: whole copies are the exact-repeat pass's.
      const whole = joined[at - 1] === '\n' || at === 0 ? joined[at + b.key.length] === '\n' : false;
      if (at !== starts[i] && !whole) return true;
    }
    return false;
  });
}

/** How much prose surrounds a block in its container: the article body outweighs a highlights box. */
function runWeight(el: Element): number {
  const parent = el.parentElement;
  if (!parent) return 0;
  let chars = 0;
  for (const sibling of Array.from(parent.children)) chars += (sibling.textContent ?? '').length;
  return chars;
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
