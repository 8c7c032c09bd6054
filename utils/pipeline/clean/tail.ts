import type { BlockRule } from './rule';
import { FUNCTION_WORDS, PRESS_ROLES } from '../vocabulary';
import { anyOf } from '../text/pattern';
import { collapse } from '../text/normalize';

/**
 * Notes set in italics after the story that point elsewhere: "Join our forums...", "Series
 * name: our coverage of X. Check it out here." An italic paragraph without a link (an
 * editor's note, a correction) stays, and the walk stops at the first block that is not such
 * a note, so nothing inside the story is judged.
 */
export const trailingNotes: BlockRule = {
  id: 'trailing-note',
  kind: 'promo',
  find: (blocks) => notesAtEnd(blocks).map((note) => [note]),
};

function notesAtEnd(blocks: Element[]): Element[] {
  const notes: Element[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (!isItalicLinkNote(block)) break;
    notes.push(block);
  }
  return notes.reverse();
}

function isItalicLinkNote(block: Element): boolean {
  if (block.getElementsByTagName('a').length === 0) return false;
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 0x4 /* text */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.textContent ?? '').trim()) continue;
    if (!node.parentElement?.closest('em, i')) return false;
  }
  return true;
}

/** The notes that close a story are few; a bio further up is part of the story (a profile). */
const MAX_BIOS = 2;
const MAX_BIO_CHARS = 300;
/** A name of two to four capitalised words at the start of a line: "Jane Doe", "J. R. Roe". */
const LEADING_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+/u;
/** What follows the name in an author's note: what the person is or was, a newsroom role among the first words. */
const BIO_PREDICATE = new RegExp(`^(?:is|was|has been)\\s+(?:\\S+\\s+){0,6}?${anyOf(PRESS_ROLES)}s?\\b`, 'i');

/** The name a note about its author opens with, before what it says of them: "Zac covers", "Jane Doe () is". */
const NAME_THEN_VERB = /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?:\(\s*\)\s*)?\p{Ll}/u;
/** A note about the author may run longer than a generic one: it opens with the byline's own name. */
const MAX_OWN_BIO_CHARS = 450;

const FUNCTION = new Set(FUNCTION_WORDS);

/**
 * Every word of the name is one of the byline's ("Zac" of "Zac Hall", "Jeff Foust" of "by Jeff
 * FoustMonday"); a byline's "By" or "The" names no one.
 */
function isAuthorName(name: string, author: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => word.length > 1 && !FUNCTION.has(word) && author.includes(word));
}

/**
 * "Jane Doe is a senior reporter covering energy.", "J. Roe was a former Editor-in-Chief of X."
 * When the page names its author, the note is about that author: a closing line about another
 * journalist (an obituary's last words) stays, and one that opens with the author's name and
 * says what they do is theirs whatever the words ("Zac covers phones for X", "Jane joined X in
 * 2017").
 */
function isBio(text: string, byline: string | null | undefined): boolean {
  const author = byline?.toLowerCase();
  if (author && text.length <= MAX_OWN_BIO_CHARS) {
    const own = NAME_THEN_VERB.exec(text);
    if (own && isAuthorName(own[1]!.trim(), author)) return true;
  }
  if (text.length > MAX_BIO_CHARS) return false;
  const name = LEADING_NAME.exec(text);
  if (!name || !BIO_PREDICATE.test(text.slice(name[0].length))) return false;
  if (!author) return true;
  return name[0]
    .trim()
    .split(/\s+/)
    .some((word) => word.length > 2 && author.includes(word.toLowerCase()));
}

/** The line that heads an author's note: their name alone, or their handle. */
function isSignature(text: string, byline: string | null | undefined): boolean {
  if (/^@\w+$/.test(text)) return true;
  return !!byline && text.split(/\s+/).length <= 4 && isAuthorName(text, byline.toLowerCase());
}

/**
 * The author's note after the story: who wrote it, not what happened. Only the last blocks
 * are judged, and the walk stops at the first that is not such a note; the author's name or
 * handle heading a note goes with it.
 */
export const authorBios: BlockRule = {
  id: 'author-bio',
  kind: 'furniture',
  find: (blocks, page) => {
    const found = biosAtEnd(blocks, page.byline);
    return found.length ? [found] : [];
  },
};

function biosAtEnd(blocks: Element[], byline: string | null | undefined): Element[] {
  const found: Element[] = [];
  let bios = 0;
  for (let i = blocks.length - 1; i >= 0 && bios < MAX_BIOS; i--) {
    const text = collapse(blocks[i]!.textContent ?? '');
    if (!text) continue;
    if (bios > 0 && isSignature(text, byline)) {
      found.push(blocks[i]!);
      continue;
    }
    // A label left under the story ("Topics", "Tags", "Her favourite gear") stands between the note and the end.
    if (isBareLabel(text)) continue;
    if (!isBio(text, byline)) break;
    found.push(blocks[i]!);
    bios++;
  }
  return found.reverse();
}

function isBareLabel(text: string): boolean {
  return text.split(' ').length <= 4 && !/[.!?]$/.test(text);
}
