import { collapse } from '../text/normalize';

/** "ByTravis Haney": the word and the name run together once the box's markup is gone. */
const GLUED_BY = /^(?:By|by)(?=\p{Lu}\p{Ll})/u;
/** The bare word, when the name was a link Readability did not keep. */
const BY_ALONE = /^by[\s:]*$/i;
/**
 * What the byline box prints after the name: a "Follow" button or a handle run into it ("Jane
 * DoeFollowAug 8", "Jane Doe@janedoe"), a reading time ("· 7 min read", "5 minute Read").
 */
const TAIL = /(?:(?<=\p{Ll})Follow(?!\p{Ll})|\s*@\w{2,}\b|\s*[·•|]?\s*\b\d+\s*[Mm]in(?:ute)?s?\.?\s+[Rr]ead\b).*$/u;

/**
 * The byline as the reader view shows it: Readability takes the byline box's text whole, with
 * the buttons and the reading time the box holds.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  const text = collapse(raw ?? '')
    .replace(GLUED_BY, 'By ')
    .replace(TAIL, '')
    .replace(/[\s,·•|]+$/u, '');
  return text && !BY_ALONE.test(text) ? text : null;
}
