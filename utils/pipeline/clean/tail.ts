import type { BlockRule } from './rule';
import { PRESS_ROLES } from '../vocabulary';
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

/**
 * "Jane Doe is a senior reporter covering energy.", "J. Roe was a former Editor-in-Chief of X."
 * When the page names its author, the note is about that author: a closing line about another
 * journalist (an obituary's last words) stays.
 */
function isBio(text: string, byline: string | null | undefined): boolean {
  const name = LEADING_NAME.exec(text);
  if (!name || !BIO_PREDICATE.test(text.slice(name[0].length))) return false;
  if (!byline) return true;
  const author = byline.toLowerCase();
  return name[0]
    .trim()
    .split(/\s+/)
    .some((word) => word.length > 2 && author.includes(word.toLowerCase()));
}

/**
 * The author's note after the story: who wrote it, not what happened. Only the last blocks
 * are judged, and the walk stops at the first that is not such a note.
 */
export const authorBios: BlockRule = {
  id: 'author-bio',
  kind: 'furniture',
  find: (blocks, page) => biosAtEnd(blocks, page.byline).map((bio) => [bio]),
};

function biosAtEnd(blocks: Element[], byline: string | null | undefined): Element[] {
  const bios: Element[] = [];
  for (let i = blocks.length - 1; i >= 0 && bios.length < MAX_BIOS; i--) {
    const text = collapse(blocks[i]!.textContent ?? '');
    // A label left under the story ("Topics", "Tags") stands between the note and the end.
    if (!text || isBareLabel(text)) continue;
    if (text.length > MAX_BIO_CHARS || !isBio(text, byline)) break;
    bios.push(blocks[i]!);
  }
  return bios.reverse();
}

function isBareLabel(text: string): boolean {
  return text.split(' ').length <= 2 && !/[.!?]$/.test(text);
}
