import type { Claim, Company, Quote } from '../types';
import type { TextDoc } from '../text/document';
import { claimCandidates } from './claim-features';
import WEIGHTS from './claim-weights.json';

/** A logistic model over CLAIM_FEATURES and the rule that picks the short list from its scores. */
export interface ClaimModel {
  features: readonly string[];
  /** Each feature is standardised, (x - mean) / scale, before it is weighed. */
  mean: number[];
  scale: number[];
  /**
   * The least and greatest value of each feature on the pages fitted on. A value beyond is
   * taken as the end it passed: the weights say how the odds move inside that range, not that
   * they go on moving past it (a two-sentence text is far shorter than any article fitted on).
   * Without them (a model written by hand) no value is bounded.
   */
  low?: number[];
  high?: number[];
  weights: number[];
  bias: number;
  select: ClaimSelection;
}

export interface ClaimSelection {
  /** A sentence below this probability of being a key claim is never listed. */
  threshold: number;
  /** The longest list, whatever the article's length. */
  maxClaims: number;
  /** The list is at most this share of the article's candidate sentences (0: no such limit)... */
  perCandidate: number;
  /** ...but may always be this long. */
  minClaims: number;
}

/** Fitted by scripts/fit-claims.ts on the annotated pages (`npm run fit:claims`). */
export const CLAIM_MODEL: ClaimModel = WEIGHTS;
/** A fact-checker's short list, as in the hand-picked sets the ranker was fitted on. */
export const MAX_CLAIMS = CLAIM_MODEL.select.maxClaims;

/** The lede leads the list if its probability of being a key claim is at least this. */
const LEDE_FIRST = 0.5;

/** The probability, by the model, that a sentence with these features is one of the key claims. */
export function claimProbability(features: number[], model: ClaimModel = CLAIM_MODEL): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) {
    const x = Math.min(model.high?.[i] ?? Infinity, Math.max(model.low?.[i] ?? -Infinity, features[i]!));
    z += (model.weights[i] ?? 0) * ((x - (model.mean[i] ?? 0)) / (model.scale[i] || 1));
  }
  return 1 / (1 + Math.exp(-z));
}

/** Two sentences sharing this share of their words say the same thing (a standfirst the lede repeats). */
const SAME_CLAIM = 0.5;

/**
 * The short list from scored candidates: best first (the earlier sentence on a tie), each
 * saying something the ones above it do not.
 */
export function selectClaims<T extends { p: number; index: number; text: string }>(
  scored: T[],
  rule: ClaimSelection,
): T[] {
  const limit =
    rule.perCandidate > 0
      ? Math.min(rule.maxClaims, Math.max(rule.minClaims, Math.ceil(rule.perCandidate * scored.length)))
      : rule.maxClaims;
  const chosen: Array<{ item: T; words: Set<string> }> = [];
  for (const item of [...scored].sort((a, b) => b.p - a.p || a.index - b.index)) {
    if (chosen.length >= limit || item.p < rule.threshold) break;
    const words = wordSet(item.text);
    if (!chosen.some((c) => overlap(c.words, words) >= SAME_CLAIM)) chosen.push({ item, words });
  }
  return chosen.map((c) => c.item);
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Shared words over all words of the two (Jaccard). */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/**
 * The article's key checkable statements: the candidate sentences (see claimCandidates) the
 * fitted model rates most likely to be key claims: those with figures, dates, names and
 * concrete actions, near the top, rather than opinion, hedging or someone's words.
 */
export function findClaims(
  doc: TextDoc,
  quotes: Quote[],
  companies: Company[] = [],
  model: ClaimModel = CLAIM_MODEL,
): Claim[] {
  const scored = claimCandidates(doc, quotes, companies).map((c) => ({
    s: c.sentence,
    text: c.sentence.text,
    index: c.sentence.index,
    p: claimProbability(c.features, model),
  }));
  const chosen = selectClaims(scored, model.select);
  // The lede, when the model rates it a key claim more likely than not, leads the list:
  // newsrooms put the story's main claim first. (Only the order: the model picks the sentences.)
  const lede = chosen.findIndex((c) => c.s === scored[0]?.s && c.p >= LEDE_FIRST);
  if (lede > 0) chosen.unshift(...chosen.splice(lede, 1));
  const best = Math.max(...chosen.map((c) => c.p));
  return chosen.map(({ s, p }, i) => ({
    text: s.text,
    score: i === 0 ? 1 : Math.round((p / best) * 100) / 100,
    paragraphId: s.paragraphId,
  }));
}
