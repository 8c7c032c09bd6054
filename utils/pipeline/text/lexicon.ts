import nlp from 'compromise/two';
import { FUNCTION_WORDS as VOCABULARY_FUNCTION_WORDS, ROLE_WORDS as VOCABULARY_ROLE_WORDS } from '../vocabulary';

/**
 * Word knowledge from compromise's lexicon (first names, places, role nouns, common words).
 * Only its word list is used: compromise's full tagger is far slower than the rules here need.
 */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const tag = LEXICON[word.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Demonym']);
const PROPER_TAGS = new Set([
  ...NAME_TAGS,
  ...PLACE_TAGS,
  'LastName',
  'Person',
  'Organization',
  'ProperNoun',
  'SportsTeam',
  'Actor',
]);

export const isFirstName = (word: string): boolean => tagsOf(word).some((t) => NAME_TAGS.has(t));
/** What the lexicon says a given name's holder usually is: "Mary" female, "Tom" male, "Mark" unknown. */
export function firstNameGender(word: string): 'male' | 'female' | null {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  return tags.includes('FemaleName') ? 'female' : null;
}
export const isPlaceWord = (word: string): boolean => tagsOf(word).some((t) => PLACE_TAGS.has(t));
export const isKnownOrganization = (word: string): boolean => tagsOf(word).includes('Organization');
const isRoleNoun = (word: string): boolean => tagsOf(word).includes('Actor') || ROLE_WORDS.has(word.toLowerCase());

/**
 * A role noun: "president", "ceo", "secretary", "analyst"; and one made of it with a hyphen,
 * whose head stands first or last: "president-elect", "editor-in-chief", "vice-chair".
 */
export const isRoleWord = (word: string): boolean => {
  if (isRoleNoun(word)) return true;
  const parts = word.split('-');
  return parts.length > 1 && parts.every(Boolean) && (isRoleNoun(parts[0]!) || isRoleNoun(parts.at(-1)!));
};

/**
 * True for a capitalised word that is an ordinary English word: at the start of a sentence
 * its capital says nothing ("Earlier", "However", "Shares").
 */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return isFunctionWord(word);
  return !tags.some((t) => PROPER_TAGS.has(t) && t !== 'Actor');
}

const FUNCTION_WORDS = new Set(VOCABULARY_FUNCTION_WORDS);

/** "the", "of", "by": a word that names nothing, in any case. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/** Role words compromise does not tag as actors. */
const ROLE_WORDS = new Set(VOCABULARY_ROLE_WORDS.roles);
