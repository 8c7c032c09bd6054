import type { Company, Paragraph, Quote } from '../types';
import type { SentenceInfo, TextDoc } from '../text/document';
import { countWords, textKey } from '../text/normalize';
import { CLAIM_CUES as CUES } from '../vocabulary';
import { anyOf } from '../text/pattern';
import { opensAsCredit } from '../text/credit-line';
import { findQuoteSpans } from './quote-marks';
import { SPEECH_VERB_RE } from './speech';

/**
 * What the claim ranker knows of a sentence: cheap surface cues, each a number near 0..1.
 * scripts/fit-claims.ts fits one weight per feature on the annotated pages and findClaims
 * applies them; both read the features from here, in this order.
 */
export const CLAIM_FEATURES = [
  'number',
  'numberCount',
  'spelledNumber',
  'money',
  'percent',
  'date',
  'year',
  'change',
  'comparative',
  'superlative',
  'action',
  'reporting',
  'names',
  'company',
  'nothingToCheck',
  'hedge',
  'speculation',
  'argument',
  'opinion',
  'firstPerson',
  'secondPerson',
  'dependentStart',
  'quotedShare',
  'quoteOverlap',
  'quoteParagraph',
  'startsWithQuote',
  'leadSentence',
  'position',
  'early',
  'candidateRank',
  'topTen',
  'articleSize',
  'firstInParagraph',
  'aloneInParagraph',
  'length',
  'short',
  'long',
  'standfirst',
  'listItem',
] as const;
export type ClaimFeature = (typeof CLAIM_FEATURES)[number];

export interface ClaimCandidate {
  sentence: SentenceInfo;
  /** One value per name in CLAIM_FEATURES. */
  features: number[];
}

/** Fewer words is a fragment or a caption; more is a run-on the splitter could not cut. */
const MIN_WORDS = 6;
const MAX_WORDS = 90;
/** The standfirst under a headline is a claim if it is a whole sentence of some length. */
const MIN_STANDFIRST_WORDS = 12;
/** A sentence ends with a stop (perhaps inside a closing quote or bracket); a headline or label does not. */
const ENDS_LIKE_PROSE = /[.!?…]["'”’)\]]*$/;
const QUESTION = /\?["'”’)\]]*$/;
/** Page furniture that reached the text: links, time stamps, "Related:" lines, captions; credits are apart. */
const FURNITURE =
  /https?:\/\/|www\.|^\[|^(?:related|read more|see also|updated|on [\w.]+\.com)\b|\b(?:updated|original)\b.*\b\d{1,2}:\d{2}\s*(?:am|pm)\b|^in this\b.*\bphoto(?:graph)?\b/i;

const DIGITS = /\d[\d,.]*/g;
const CURRENCY = /[$€£¥]\s?\d/;
const PERCENT_SIGN = /\d\s?%/;
const YEAR = /\b(?:19|20)\d{2}\b/;
const OPENS_WITH_QUOTE = /^["“‘]/;
const INSIDE_QUOTES = /["“][^"”]*["”]/g;

/** A case-blind whole-word pattern for a list of words and phrases (longest first, any spacing). */
function wordsPattern(words: readonly string[]): RegExp {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b${anyOf(longestFirst).replace(/ /g, '\\s+')}\\b`, 'i');
}

const CUE = {
  spelledNumber: wordsPattern(CUES.spelledNumbers),
  money: wordsPattern(CUES.moneyWords),
  percent: wordsPattern(CUES.percentWords),
  date: wordsPattern(CUES.dateWords),
  change: wordsPattern(CUES.changeWords),
  comparative: wordsPattern(CUES.comparatives),
  superlative: wordsPattern(CUES.superlatives),
  action: wordsPattern(CUES.actionVerbs),
  hedge: wordsPattern(CUES.hedges),
  speculation: wordsPattern(CUES.speculation),
  argument: wordsPattern(CUES.argumentWords),
  opinion: wordsPattern(CUES.opinionWords),
  firstPerson: wordsPattern(CUES.firstPerson),
  secondPerson: wordsPattern(CUES.secondPerson),
  dependentStart: new RegExp(`^${wordsPattern(CUES.dependentStarts).source}`, 'i'),
};

/**
 * Words that give a sentence something to look up, besides its digits and names. A sentence
 * with none of them gives a fact-checker nothing to check, even worded without an opinion or
 * hedging cue; one feature for the absence of all lets the model weigh it as a whole, which
 * its weights for each cue alone (a sum) cannot.
 */
const CHECKABLE = [CUE.spelledNumber, CUE.money, CUE.percent, CUE.date];

/**
 * The sentences that could be claims, with their features. Never a claim: a heading or label
 * (no closing stop), page furniture, a question, a fragment or run-on, or a sentence that is
 * mostly one of the quotes already listed for its paragraph.
 */
export function claimCandidates(doc: TextDoc, quotes: Quote[], companies: Company[] = []): ClaimCandidate[] {
  // A sentence is compared only with the quotes of its own paragraph.
  const quoteKeys = new Map<string, string[]>();
  for (const q of quotes) {
    const key = textKey(q.text);
    if (key && q.paragraphId) quoteKeys.set(q.paragraphId, [...(quoteKeys.get(q.paragraphId) ?? []), key]);
  }
  const companyNames = companies.flatMap((c) => [c.name, ...c.aliases]).filter((n) => n.length > 1);
  const companyRe = companyNames.length ? wordsPattern(companyNames) : null;
  const kept: { s: SentenceInfo; words: number; quoted: number; overlap: number }[] = [];
  for (const s of doc.sentences) {
    const words = countWords(s.text);
    if (!isProse(s, doc.paragraphs[s.paragraph]!.role, words)) continue;
    if (isOwnOpinion(s.text)) continue;
    const quoted = quotedShare(s.text);
    if (OPENS_WITH_QUOTE.test(s.text) && quoted > 0.5) continue;
    const overlap = quoteOverlap(textKey(s.text), quoteKeys.get(s.paragraphId) ?? []);
    if (overlap > 1 / 1.3) continue;
    kept.push({ s, words, quoted, overlap });
  }
  return kept.map(({ s, words, quoted, overlap }, rank) => ({
    sentence: s,
    features: sentenceFeatures(s, {
      total: Math.max(1, doc.sentences.length),
      rank,
      candidates: kept.length,
      words,
      quoted,
      overlap,
      quoteParagraph: quoteKeys.has(s.paragraphId),
      company: companyRe?.test(s.text) ?? false,
      inParagraph: doc.byParagraph[s.paragraph]!,
      role: doc.paragraphs[s.paragraph]!.role,
    }),
  }));
}

interface FeatureContext {
  /** Sentences in the article. */
  total: number;
  /** Order among the article's candidates: 0 is the lede. */
  rank: number;
  /** Candidates in the article. */
  candidates: number;
  /** Names one of the companies found in the article. */
  company: boolean;
  words: number;
  /** Share of the sentence's characters inside quote marks. */
  quoted: number;
  /** Share of the sentence that is a quote already listed for its paragraph. */
  overlap: number;
  /** Its paragraph holds one of the listed quotes: the sentence frames someone's words. */
  quoteParagraph: boolean;
  inParagraph: SentenceInfo[];
  role: Paragraph['role'];
}

/** The feature vector of one sentence, in CLAIM_FEATURES order. */
export function sentenceFeatures(s: SentenceInfo, c: FeatureContext): number[] {
  const text = s.text;
  const narration = text.replace(INSIDE_QUOTES, ' ');
  const numbers = (text.match(DIGITS) ?? []).length;
  const names = s.spans.filter((sp) => !sp.tokens[0]!.initial || sp.tokens.length > 1).length;
  const values: Record<ClaimFeature, number> = {
    number: numbers > 0 ? 1 : 0,
    numberCount: Math.min(1, Math.log1p(numbers) / Math.log(6)),
    spelledNumber: flag(CUE.spelledNumber, text),
    money: CURRENCY.test(text) || CUE.money.test(text) ? 1 : 0,
    percent: PERCENT_SIGN.test(text) || CUE.percent.test(text) ? 1 : 0,
    date: flag(CUE.date, text),
    year: YEAR.test(text) ? 1 : 0,
    change: flag(CUE.change, text),
    comparative: flag(CUE.comparative, text),
    superlative: flag(CUE.superlative, text),
    action: flag(CUE.action, text),
    reporting: flag(SPEECH_VERB_RE, text),
    names: Math.min(1, names / 4),
    company: c.company ? 1 : 0,
    nothingToCheck: numbers > 0 || names > 0 || c.company || CHECKABLE.some((re) => re.test(text)) ? 0 : 1,
    hedge: flag(CUE.hedge, narration),
    speculation: flag(CUE.speculation, narration),
    argument: flag(CUE.argument, narration),
    opinion: flag(CUE.opinion, narration),
    firstPerson: flag(CUE.firstPerson, narration),
    secondPerson: flag(CUE.secondPerson, narration),
    dependentStart: flag(CUE.dependentStart, text),
    quotedShare: c.quoted,
    quoteOverlap: c.overlap,
    quoteParagraph: c.quoteParagraph ? 1 : 0,
    startsWithQuote: OPENS_WITH_QUOTE.test(text) ? 1 : 0,
    leadSentence: c.rank === 0 ? 1 : 0,
    position: s.index / c.total,
    early: Math.exp(-s.index / 5),
    candidateRank: Math.exp(-c.rank / 10),
    topTen: c.rank < 10 ? 1 : 0,
    // Gold lists are about as long in a short article as in a long one: fewer per sentence.
    articleSize: Math.min(1, Math.log1p(c.candidates) / Math.log(100)),
    firstInParagraph: c.inParagraph[0] === s ? 1 : 0,
    aloneInParagraph: c.inParagraph.length === 1 ? 1 : 0,
    length: Math.min(1, c.words / 50),
    short: c.words < 12 ? 1 : 0,
    long: c.words > 40 ? 1 : 0,
    standfirst: c.role === 'heading' ? 1 : 0,
    listItem: c.role === 'list' ? 1 : 0,
  };
  return CLAIM_FEATURES.map((name) => values[name]);
}

function flag(re: RegExp, text: string): number {
  return re.test(text) ? 1 : 0;
}

function isProse(s: SentenceInfo, role: Paragraph['role'], words: number): boolean {
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  if (!ENDS_LIKE_PROSE.test(s.text) || QUESTION.test(s.text) || FURNITURE.test(s.text) || opensAsCredit(s.text))
    return false;
  return role === 'text' || role === 'list' || (role === 'heading' && words >= MIN_STANDFIRST_WORDS);
}

/** The writer's view in the first person: opinion, not a statement to check. */
function isOwnOpinion(text: string): boolean {
  const narration = text.replace(INSIDE_QUOTES, ' ');
  return CUE.opinion.test(narration) && CUE.firstPerson.test(narration);
}

function quotedShare(text: string): number {
  const quoted = findQuoteSpans(text).reduce((n, q) => n + q.text.length, 0);
  return Math.min(1, quoted / Math.max(1, text.length));
}

/** How much of the sentence (by length of its key) is a listed quote it contains: 0..1. */
function quoteOverlap(key: string, quoteKeys: string[]): number {
  let best = 0;
  for (const q of quoteKeys) if (key.includes(q)) best = Math.max(best, q.length / Math.max(1, key.length));
  return Math.min(1, best);
}
