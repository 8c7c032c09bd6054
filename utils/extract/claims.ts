import type { Claim, Quote } from '../types';
import type { SentenceInfo, TextDoc } from '../text/document';
import { countWords, textKey } from '../text/normalize';
import { findQuoteSpans } from './quote-marks';
import { SPEECH_VERB_RE } from './speech';

export const MAX_CLAIMS = 10;

const NUMBER = /(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:%|percent|per cent|million|billion|trillion|bn|m\b)|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b)/i;
const SPELLED_NUMBER = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|hundreds|thousands|millions|billions|half|quarter|double|triple)\b/i;
const DATE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|(?:19|20)\d{2}|yesterday|last (?:year|month|week|quarter)|this (?:year|month|week|quarter)|next (?:year|month|week)|earlier this|quarter|annual|fiscal)\b/i;
const CHANGE = /\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|declined?|declines|increased?|increases|decreased?|decreases|jumped|jumps|surged?|surges|plunged?|plunges|dropped|drops|climbed|climbs|grew|grows|shrank|slid|slipped|gained|lost|doubled|tripled|more than|less than|fewer than|at least|up to|highest|lowest|largest|biggest|smallest|worst|best|record|first|only|top|topped|beat|missed|compared with|versus|outpaced)\b/i;
const ACTION = /\b(?:announced|reported|launched|acquired|bought|sold|signed|agreed|approved|banned|filed|sued|fined|charged|arrested|killed|died|elected|appointed|resigned|fired|hired|released|published|found|discovered|confirmed|revealed|estimated|expects?|forecasts?|plans?|will|would|selected|awarded|won|cited|ordered|ruled|passed|voted|invested|raised|cut|closed|opened|submitted|requires?|debating)\b/i;
const OPINION = /\b(?:i think|i believe|we think|in my view|should|ought to|must|perhaps|maybe|arguably|seems?|appears? to|wonder|hope|love|hate|amazing|terrible|great)\b/i;
const FIRST_SECOND_PERSON = /\b(?:i|me|my|we|us|our|you|your)\b/i;

/**
 * The article's key checkable statements: sentences that carry numbers, dates, names and
 * concrete actions, ranked by that content (with a small lift for the top of the article),
 * never questions, opinions or sentences that are just a listed quote.
 */
export function findClaims(doc: TextDoc, quotes: Quote[]): Claim[] {
  const quoteKeys = quotes.map((q) => textKey(q.text)).filter((k) => k.length > 0);
  const total = Math.max(1, doc.sentences.length);
  const scored = doc.sentences
    .filter((s) => doc.paragraphs[s.paragraph]!.role === 'text' || doc.paragraphs[s.paragraph]!.role === 'list')
    .map((s) => ({ s, score: scoreSentence(s, total, quoteKeys) }))
    .filter((x) => x.score > 0);
  scored.sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  const limit = Math.min(MAX_CLAIMS, Math.max(3, Math.ceil(scored.length * 0.45)));
  const best = scored[0]?.score ?? 1;
  return scored.slice(0, limit).map(({ s, score }) => ({
    text: s.text,
    score: Math.round((score / best) * 100) / 100,
    paragraphId: s.paragraphId,
  }));
}

function scoreSentence(s: SentenceInfo, total: number, quoteKeys: string[]): number {
  const text = s.text;
  const words = countWords(text);
  if (words < 8 || words > 90) return 0;
  if (/\?["”’)]*$/.test(text)) return 0;
  if (/^["“‘]/.test(text) && quotedShare(text) > 0.5) return 0;
  const key = textKey(text);
  if (quoteKeys.some((q) => q.length > 0 && key.length < q.length * 1.3 && key.includes(q))) return 0;

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
