import { CREDIT_WORDS, PHOTO_AGENCIES } from '../vocabulary';
import { anyOf } from './pattern';

/*
 * Credit lines name where a picture or a figure came from, not what the article is about: the
 * page stage drops them as furniture and the text stage never reads a name out of one.
 */

const MEDIA = anyOf(CREDIT_WORDS.media);
const CREDIT = anyOf(CREDIT_WORDS.credit);
/** Longest first, so "AFP via Getty Images" wins over "AFP"; spaces may be any white space. */
const AGENCY = anyOf([...PHOTO_AGENCIES].sort((a, b) => b.length - a.length)).replace(/ /g, '\\s+');

/**
 * "(Image credit: X", "Photo: X", "Photograph by X", "Photo courtesy of X", "Image copyright X",
 * "Source: X", "© X", "AP Photo/X"; not "Photo of the day" nor "Sources of funding".
 */
const OPENING = `^\\(?\\s*(?:${MEDIA}s?\\s*(?:${CREDIT}s?\\s*(?::|by\\b|©|of\\b)|copyright\\s+\\p{Lu}|:|by\\b|©)|${CREDIT}s?\\s*:|courtesy\\s+of\\b|©|copyright\\s+(?:©\\s*)?\\p{Lu}|(?:${AGENCY})\\s+photo\\b)`;
const CREDIT_OPENING = new RegExp(OPENING, 'iu');
/** The whole line is the credit: an opening and a short name, perhaps in brackets. */
const CREDIT_LINE = new RegExp(`${OPENING}[^!?]{0,100}\\)?$`, 'iu');

/** A name: capitalised words ("Jane Doe", "J. R. Doe-Smith"), not a caption's sentence. */
const NAME_PART = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}";
/** One part of a credit: an agency, or a name (a photographer, a picture library). */
const CREDIT_PART = `(?:${AGENCY}|${NAME_PART})`;
/**
 * "Reuters/Jane Doe", "Jane Doe / AFP via Getty Images", "Jane Doe | Picture Library | Getty
 * Images", "(AP)": a picture's credit, its parts split by slashes or bars, one of them an agency.
 */
const AGENCY_CREDIT = new RegExp(
  `^\\(?\\s*(?:${CREDIT_PART}\\s*[/|]\\s*){0,3}(?:${AGENCY})(?:\\s+via\\s+(?:${AGENCY}))?(?:\\s*[/|]\\s*${CREDIT_PART}){0,3}\\s*\\)?$`,
  'u',
);

/** A sentence or line that opens like a credit ("Photo: …"), whatever follows. */
export function opensAsCredit(text: string): boolean {
  return CREDIT_OPENING.test(text);
}

/** A short line that is a credit and nothing else. */
export function isCreditLine(text: string): boolean {
  return CREDIT_LINE.test(text);
}

/**
 * A line that is only an agency's name, perhaps with the photographer's: "Reuters/Jane Doe",
 * "(AP)". Alone in a block it is a credit; inside a sentence it may be a word of it.
 */
export function isAgencyCredit(text: string): boolean {
  return AGENCY_CREDIT.test(text);
}
