import type { Span } from '../text/tokens';
import { isFirstName, isPlaceWord, isRoleWord } from '../text/lexicon';
import { HONORIFICS, ORG_WORDS, REFERENCE_WORDS } from '../vocabulary';
import { anyOf } from '../text/pattern';
import { AGENCY_ACRONYMS, COMPANY_HEADS, LEGAL_SUFFIXES, NEVER_NAMES, NON_COMPANY_WORDS } from './org-words';

/**
 * Splits "Commerce Secretary Wilbur Ross" into its title ("Commerce Secretary") and the name
 * ("Wilbur Ross"), and "InfoNation President Dan McDowell" into an organisation, a role and a
 * name. A span without a role word is all name.
 */
export interface NameParts {
  /** Words before the role word: "InfoNation" in "InfoNation President Dan McDowell". */
  org: string;
  role: string;
  name: string;
  nameTokens: string[];
}

const HONORIFIC_SET = new Set(HONORIFICS);

export function splitTitle(span: Span): NameParts {
  const words = span.tokens.map((t) => t.text);
  let lastRole = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!.replace(/\.$/, '');
    if (isRoleWord(w) || HONORIFIC_SET.has(w.toLowerCase())) lastRole = i;
  }
  if (lastRole < 0) return { org: '', role: '', name: span.text, nameTokens: words };
  // The role phrase starts at the first role word: "Commerce Secretary", "Chief Executive Officer".
  let firstRole = lastRole;
  while (firstRole > 0 && isRoleWord(words[firstRole - 1]!.replace(/\.$/, ''))) firstRole--;
  // "Sen. Mark Warner of Virginia": after a title, a lower-case joiner ends the name.
  const rest = words.slice(lastRole + 1);
  const joiner = rest.findIndex((w) => /^\p{Ll}/u.test(w));
  const nameTokens = joiner > 0 ? rest.slice(0, joiner) : rest;
  return {
    org: words.slice(0, firstRole).join(' '),
    role: words.slice(firstRole, lastRole + 1).join(' '),
    name: nameTokens.join(' '),
    nameTokens,
  };
}

export function isHonorific(word: string): boolean {
  return HONORIFIC_SET.has(word.replace(/\.$/, '').toLowerCase());
}

/**
 * A word no person's name contains: "Sierra Nevada Corp.", "Food Standards Agency" and
 * "Whole Foods" start like given names but are organisations.
 */
export function isOrgWord(word: string): boolean {
  return (
    LEGAL_SUFFIXES.has(word) ||
    COMPANY_HEADS.has(word) ||
    NON_COMPANY_WORDS.has(word) ||
    AGENCY_ACRONYMS.has(word) ||
    NEVER_NAMES.has(word)
  );
}

/** A name with a word only organisations' names have: "Food Standards Agency", "Acme Inc.", "NASA". */
export function isOrganisationName(words: string[]): boolean {
  return words.some(
    (w) => LEGAL_SUFFIXES.has(w) || COMPANY_HEADS.has(w) || NON_COMPANY_WORDS.has(w) || AGENCY_ACRONYMS.has(w),
  );
}

/** A public body's name: "Joint Committee", "Department", "Food Standards Agency". */
export function isBodyName(words: string[]): boolean {
  return words.some((w) => NON_COMPANY_WORDS.has(w));
}

/** Capitalised, acronyms included: "Webster", "NASA", "F.". A headline's "And" is one too. */
const CAPITALISED_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;
/** A word of a person's name: "Webster", "McDowell", "O’Brien", or an initial "F.". Not "NASA". */
export const PERSON_NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}\.)$/u;
const HEADLINE_WORDS = new Set(['And', 'Or', 'Of', 'The', 'For', 'In', 'On', 'At', 'To', 'With', 'A', 'An']);

/** Words that could together be a person's name: no organisation word, no headline joiner. */
export function nameLikeWords(tokens: string[]): boolean {
  return tokens.every((t) => CAPITALISED_WORD.test(t) && !HEADLINE_WORDS.has(t) && !isOrgWord(t));
}

/** "Graham Webster", "Wu Xiaohui": two to four name-like words, the first a known given name. */
export function looksLikePersonName(tokens: string[]): boolean {
  if (tokens.length < 2 || tokens.length > 4 || !nameLikeWords(tokens)) return false;
  return isFirstName(tokens[0]!) && !tokens.slice(1).every(isPlaceWord);
}

/** The words that bring in someone the text does not name: "a", "an", "one", "another". */
const INDEFINITE = '(?:^|[^\\p{L}])(?:a|an|one|another)\\s+';
/** "an Iowa Republican said": right after an indefinite article, a name only describes someone. */
export const INDEFINITE_BEFORE = new RegExp(`${INDEFINITE}$`, 'iu');
/** "a Fox executive", "one senior GOP insider": an indefinite article, then perhaps a few words (captured). */
export const INDEFINITE_WORDS_BEFORE = new RegExp(`${INDEFINITE}((?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,2})$`, 'iu');

/** A plural verb right after a sentence's subject: "have", "are", "were". */
export const COLLECTIVE_VERB_AFTER = /^\s+(?:have|are|were)\b/i;
/** "The company that runs the show, ", "the agency, ": a noun for a body, then its name in apposition. */
export const APPOSITION_LEAD = new RegExp(
  `^\\s*the\\s+(?:[\\p{L}-]+\\s+)?${anyOf([...ORG_WORDS.businessNouns, ...REFERENCE_WORDS.bodyNouns])}\\b[^,]{0,60},\\s*$`,
  'iu',
);

/**
 * "Blue Anchor have denied it", "The firm that runs the show, Harbour Light Productions, denies
 * it": a name the prose treats as a body, not a person. A singular-looking name opening its
 * sentence with a plural verb is a body spoken of as its members; a name set off by commas after
 * "the company…" is that company.
 */
export function isBodyByGrammar(sentence: string, span: Span): boolean {
  const words = span.tokens.map((t) => t.text);
  if (span.possessive || !nameLikeWords(words)) return false;
  const before = sentence.slice(0, span.start);
  const after = sentence.slice(span.end);
  const collective = /^\s*$/.test(before) && !/s$/.test(words.at(-1)!) && COLLECTIVE_VERB_AFTER.test(after);
  return collective || (APPOSITION_LEAD.test(before) && /^\s*,/.test(after));
}
