import type { Claim, Paragraph, Quote } from '../types';
import type { SentenceInfo, TextDoc } from '../text/document';
import { countWords, textKey } from '../text/normalize';
import { findQuoteSpans } from './quote-marks';
import { SPEECH_VERB_RE } from './speech';

/** A fact-checker's short list: under ten, as in the hand-picked sets the product was judged on. */
export const MAX_CLAIMS = 9;
/** The lede: newsrooms put the story's main claim in the first sentence. */
const LEAD_BONUS = 2;

const NUMBER =
  /(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:%|percent|per cent|million|billion|trillion|bn|m\b)|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b)/i;
const SPELLED_NUMBER =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|hundreds|thousands|millions|billions|half|quarter|double|triple)\b/i;
const DATE =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|(?:19|20)\d{2}|yesterday|last (?:year|month|week|quarter)|this (?:year|month|week|quarter)|next (?:year|month|week)|earlier this|quarter|annual|fiscal)\b/i;
const CHANGE =
  /\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|declined?|declines|increased?|increases|decreased?|decreases|jumped|jumps|surged?|surges|plunged?|plunges|dropped|drops|climbed|climbs|grew|grows|shrank|slid|slipped|gained|lost|doubled|tripled|more than|less than|fewer than|at least|up to|highest|lowest|largest|biggest|smallest|worst|best|record|first|only|top|topped|beat|missed|compared with|versus|outpaced)\b/i;
const ACTION =
  /\b(?:announced|reported|launched|acquired|bought|sold|signed|agreed|approved|banned|filed|sued|fined|charged|arrested|killed|died|elected|appointed|resigned|fired|hired|released|published|found|discovered|confirmed|revealed|estimated|expects?|forecasts?|plans?|will|would|selected|awarded|won|cited|ordered|ruled|passed|voted|invested|raised|cut|closed|opened|submitted|requires?|debating)\b/i;
const OPINION =
  /\b(?:i think|i believe|we think|in my view|should|ought to|must|perhaps|maybe|arguably|seem(?:s|ed)?|appear(?:s|ed)? to|wonder(?:s|ed)?|hope|love|hate|amazing|terrible|great|up in arms)\b/i;
/** Starts by pointing back ("He declined…", "This means…") or by supposing ("If it can…"): not self-contained. */
const DEPENDENT_START = /^(?:he|she|it|they|this|that|these|those|if|but if|when that)\b/i;
/** Page furniture that reached the text: links, time stamps, "Related:" lines, photo credits. */
const FURNITURE =
  /https?:\/\/|www\.|^\[|^(?:related|read more|see also|updated|on [\w.]+\.com)\b|\b(?:updated|original)\b.*\b\d{1,2}:\d{2}\s*(?:am|pm)\b|^in this\b.*\bphoto(?:graph)?\b/i;
/** A sentence ends with a stop (perhaps inside a closing quote or bracket); a headline or label does not. */
const ENDS_LIKE_PROSE = /[.!?…]["'”’)\]]*$/;
/** The standfirst under a headline is a claim if it is a whole sentence of some length. */
const MIN_STANDFIRST_WORDS = 12;
const FIRST_SECOND_PERSON = /\b(?:i|me|my|we|us|our|you|your)\b/i;

/**
 * The article's key checkable statements: sentences that carry numbers, dates, names and
 * concrete actions, ranked by that content (with a small lift for the top of the article),
 * never questions, opinions or sentences that are just a listed quote.
 */
export function findClaims(doc: TextDoc, quotes: Quote[]): Claim[] {
  // A sentence is compared only with the quotes of its own paragraph.
  const quoteKeys = new Map<string, string[]>();
  for (const q of quotes) {
    const key = textKey(q.text);
    if (key && q.paragraphId) quoteKeys.set(q.paragraphId, [...(quoteKeys.get(q.paragraphId) ?? []), key]);
  }
  const prose = doc.sentences.filter((s) => isProse(s, doc.paragraphs[s.paragraph]!.role));
  const total = Math.max(1, doc.sentences.length);
  const scored = prose
    .map((s, i) => {
      const score = scoreSentence(s, total, quoteKeys.get(s.paragraphId) ?? []);
      return { s, score: score > 0 && i === 0 ? score + LEAD_BONUS : score };
    })
    .filter((x) => x.score > 0);
  scored.sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  const best = scored[0]?.score ?? 1;
  return scored.slice(0, MAX_CLAIMS).map(({ s, score }) => ({
    text: s.text,
    score: Math.round((score / best) * 100) / 100,
    paragraphId: s.paragraphId,
  }));
}

function isProse(s: SentenceInfo, role: Paragraph['role']): boolean {
  if (!ENDS_LIKE_PROSE.test(s.text) || FURNITURE.test(s.text)) return false;
  return role === 'text' || role === 'list' || (role === 'heading' && countWords(s.text) >= MIN_STANDFIRST_WORDS);
}

function scoreSentence(s: SentenceInfo, total: number, quoteKeys: string[]): number {
  const text = s.text;
  const words = countWords(text);
  if (words < 6 || words > 90) return 0;
  if (/\?["”’)]*$/.test(text)) return 0;
  if (/^["“‘]/.test(text) && quotedShare(text) > 0.5) return 0;
  const key = textKey(text);
  if (quoteKeys.some((q) => key.length < q.length * 1.3 && key.includes(q))) return 0;

  let score = 0;
  if (NUMBER.test(text)) score += 2;
  else if (SPELLED_NUMBER.test(text)) score += 1;
  if (DATE.test(text)) score += 1;
  if (CHANGE.test(text)) score += 1;
  if (ACTION.test(text)) score += 1;
  const names = s.spans.filter((sp) => !sp.tokens[0]!.initial || sp.tokens.length > 1).length;
  score += Math.min(2, names * 0.5);
  if (SPEECH_VERB_RE.test(text)) score += 0.5;
  if (OPINION.test(text)) score -= 1;
  if (DEPENDENT_START.test(text)) score -= 1;
  if (FIRST_SECOND_PERSON.test(text.replace(/["“][^"”]*["”]/g, ''))) score -= 1.5;
  score -= quotedShare(text) * 2;
  // Newsrooms put the key facts first.
  score += 1.5 * (1 - s.index / total);
  return Math.max(0, score);
}

function quotedShare(text: string): number {
  const quoted = findQuoteSpans(text).reduce((n, q) => n + q.text.length, 0);
  return quoted / Math.max(1, text.length);
}
