import type { Entry } from './fold-aliases';

/**
 * The capitalised words of places whose names have several ("San", "Buenos", "Penh"): in a word
 * list of the parts of company names, such a word is a part of a place's name, not a business's.
 */
export function placeNameWords(places: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const place of places) {
    const words = place.split(' ');
    if (words.length > 1) for (const w of words) if (/^\p{Lu}/u.test(w)) out.add(w);
  }
  return out;
}

/**
 * A name that only a word list of the parts of names gives, and that is an English word at all
 * ("Micro", "Reinsurance", "Waterloo"; `isWord` asks the dictionary), is a word of some company's
 * name more often than one alone: it counts only with a company cue, as an ordinary word does.
 */
export function isPartOnlyWord(e: Entry, partsOnly: ReadonlySet<string>, isWord: (w: string) => boolean): boolean {
  return [...e.sources].every((s) => partsOnly.has(s)) && !e.canonical.includes(' ') && isWord(e.canonical);
}
