import type { BlockRule } from './rule';

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
