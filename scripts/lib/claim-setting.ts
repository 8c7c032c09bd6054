// How fit-claims picks the L2 penalty and the selection rule from their cross-validated scores.
//
// The best score alone is a poor guide: many settings score within a claim or two of one
// another, and which of them comes out on top flips from one refit to the next. Taken instead,
// as in the one-standard-error rule (Breiman et al., Classification and Regression Trees, 1984),
// is the most conservative of the settings that tie with the best: the strongest penalty, then
// the rule that lists the fewest doubtful sentences. A tie is a difference of at most one claim
// over all pages: a standard error over a few dozen pages is several claims wide, and allowed
// settings that list too few.
import type { ClaimSelection } from '../../utils/pipeline/insights/claims';

export interface Setting {
  lambda: number;
  rule: ClaimSelection;
}

/** One page's count, as the scorer counts: required gold claims found, listed sentences matching none. */
export interface Tally {
  tp: number;
  fp: number;
  need: number;
}

export interface Figures {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  need: number;
}

/** Precision, recall and F1 pooled over pages, as the scorer pools them. */
export function figures(t: readonly Tally[]): Figures {
  const tp = t.reduce((s, x) => s + x.tp, 0);
  const fp = t.reduce((s, x) => s + x.fp, 0);
  const need = t.reduce((s, x) => s + x.need, 0);
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = need ? tp / need : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, need };
}

/**
 * How much the pooled F1 of these counts drops when one claim found becomes a sentence listed
 * in error: the least difference the counts can show. Settings closer than that to the best
 * differ by how one sentence fell, which the next refit may well undo.
 */
export function oneClaim(t: readonly Tally[]): number {
  const f = figures(t);
  return f.f1 - figures([{ tp: f.tp - 1, fp: f.fp + 1, need: f.need }]).f1;
}

/**
 * Negative when a is the more conservative setting: a stronger penalty (weights nearer zero,
 * so probabilities nearer the base rate), then no share-of-article limit (one knob fewer), a
 * higher threshold, a shorter list, a smaller share.
 */
export function moreConservative(a: Setting, b: Setting): number {
  return (
    b.lambda - a.lambda ||
    Number(a.rule.perCandidate > 0) - Number(b.rule.perCandidate > 0) ||
    b.rule.threshold - a.rule.threshold ||
    a.rule.maxClaims - b.rule.maxClaims ||
    a.rule.perCandidate - b.rule.perCandidate
  );
}

/**
 * Among settings scored on the same pages (one tally per page each), the most conservative
 * whose pooled F1 is within one claim of the best's (see oneClaim). Returned with its F1 and
 * the best's, so the cost of the choice can be printed.
 */
export function chooseWithinOneClaim<S extends Setting>(
  scored: ReadonlyArray<{ setting: S; tallies: readonly Tally[] }>,
): { setting: S; f1: number; bestF1: number } {
  if (scored.length === 0) throw new Error('chooseWithinOneClaim: no settings');
  const f1s = scored.map((s) => figures(s.tallies).f1);
  const best = f1s.indexOf(Math.max(...f1s));
  const tolerance = oneClaim(scored[best]!.tallies);
  const within = scored
    .map((s, i) => ({ setting: s.setting, f1: f1s[i]! }))
    .filter((s) => s.f1 >= f1s[best]! - tolerance - 1e-12)
    .sort((a, b) => moreConservative(a.setting, b.setting));
  return { ...within[0]!, bestF1: f1s[best]! };
}
