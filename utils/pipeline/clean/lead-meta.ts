import type { BlockRule } from './rule';
import { HEADING_TAGS } from '../page/dom';
import { collapse, textKey } from '../text/normalize';

/** A block this long, ending a sentence, is the story's first paragraph: the search stops there. */
const FIRST_SENTENCE_CHARS = 80;
const MAX_META_CHARS = 150;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * The byline or the date printed again above the story's first sentence, where the reader view
 * already shows them from the page's metadata (Readability's byline and publishedTime). Only
 * short blocks before the first paragraph of prose are looked at.
 */
function leadMetaLines(blocks: Element[], byline: string | null, published: string | null): Element[] {
  const bylineKey = textKey((byline ?? '').replace(/^by\s+/i, ''));
  const date = published ? dateWords(published) : null;
  if (bylineKey.length < 5 && !date) return [];
  const found: Element[] = [];
  for (const el of blocks) {
    const text = collapse(el.textContent ?? '');
    if (text.length >= FIRST_SENTENCE_CHARS && /[.!?"”]$/.test(text)) break;
    if (text.length > MAX_META_CHARS || HEADING_TAGS.has(el.tagName.toUpperCase()) || /\p{Ll}{3,}[.!?]$/u.test(text))
      continue;
    const key = textKey(text);
    if ((bylineKey.length >= 5 && key.includes(bylineKey)) || (date && isDateOf(key, date))) found.push(el);
  }
  return found;
}

interface DateWords {
  year: string;
  month: string;
  day: string;
  monthNumber: number;
}

function dateWords(published: string): DateWords | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const monthNumber = Number(m[2]);
  if (monthNumber < 1 || monthNumber > 12) return null;
  return { year: m[1]!, month: MONTHS[monthNumber - 1]!, day: String(Number(m[3])), monthNumber };
}

/** "Nov. 19, 2019", "19 November 2019", "11/19/2019", "2019-11-19": the same day in the text. */
function isDateOf(key: string, d: DateWords): boolean {
  const words = key.split(' ');
  if (!words.includes(d.year) && !words.includes(d.year.slice(2))) return false;
  if (!words.includes(d.day) && !words.includes(d.day.padStart(2, '0'))) return false;
  const month = words.some((w) => w.length >= 3 && d.month.startsWith(w));
  return month || words.includes(String(d.monthNumber)) || words.includes(String(d.monthNumber).padStart(2, '0'));
}

export const leadMeta: BlockRule = {
  id: 'lead-meta',
  kind: 'furniture',
  find: (blocks, page) => leadMetaLines(blocks, page.byline ?? null, page.published ?? null).map((el) => [el]),
};
