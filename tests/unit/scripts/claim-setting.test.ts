import { describe, expect, it } from 'vitest';
import {
  chooseWithinOneClaim,
  figures,
  moreConservative,
  oneClaim,
  type Setting,
  type Tally,
} from '../../../scripts/lib/claim-setting';

const rule = (threshold: number, maxClaims = 5, perCandidate = 0) => ({
  threshold,
  maxClaims,
  perCandidate,
  minClaims: 3,
});
const pages = (...counts: Array<[tp: number, fp: number, need: number]>): Tally[] =>
  counts.map(([tp, fp, need]) => ({ tp, fp, need }));

describe('pooled claim figures', () => {
  it('pools the counts over pages before dividing, as the scorer does', () => {
    const f = figures(pages([3, 1, 4], [1, 3, 4]));
    expect(f.p).toBeCloseTo(0.5);
    expect(f.r).toBeCloseTo(0.5);
    expect(f.f1).toBeCloseTo(0.5);
  });

  it('takes a tie to be a difference of one claim found or missed', () => {
    // 6 found, 2 listed in error, 8 needed: F1 2*6/16; one claim fewer found, 2*5/16.
    expect(oneClaim(pages([3, 1, 4], [3, 1, 4]))).toBeCloseTo(2 / 16);
  });
});

describe('choosing the penalty and the selection rule', () => {
  // 12 found, 4 listed in error, 16 needed: F1 0.75, and one claim is 2/32 of it.
  const best = pages([3, 1, 4], [3, 1, 4], [3, 1, 4], [3, 1, 4]);
  const oneClaimLess = pages([3, 1, 4], [3, 1, 4], [3, 1, 4], [2, 2, 4]);
  const twoClaimsLess = pages([3, 1, 4], [3, 1, 4], [2, 2, 4], [2, 2, 4]);

  it('takes the most conservative setting within one claim of the best', () => {
    const weak: Setting = { lambda: 1, rule: rule(0.3) };
    const strong: Setting = { lambda: 30, rule: rule(0.3) };
    const strongest: Setting = { lambda: 100, rule: rule(0.3) };
    const chosen = chooseWithinOneClaim([
      { setting: weak, tallies: best },
      { setting: strong, tallies: oneClaimLess },
      { setting: strongest, tallies: twoClaimsLess },
    ]);
    expect(chosen.setting).toBe(strong);
    expect(chosen.bestF1).toBeCloseTo(0.75);
    expect(chosen.f1).toBeCloseTo(0.75 - 2 / 32);
  });

  it('keeps the best setting when the others fall short by more than a claim', () => {
    const weak: Setting = { lambda: 1, rule: rule(0.3) };
    const chosen = chooseWithinOneClaim([
      { setting: weak, tallies: best },
      { setting: { lambda: 30, rule: rule(0.3) }, tallies: twoClaimsLess },
    ]);
    expect(chosen.setting).toBe(weak);
  });

  it('orders settings: stronger penalty, no share limit, higher threshold, shorter list', () => {
    const order = [
      { lambda: 30, rule: rule(0.2, 8, 0.1) },
      { lambda: 30, rule: rule(0.2, 8) },
      { lambda: 10, rule: rule(0.5, 3) },
      { lambda: 30, rule: rule(0.4, 8) },
      { lambda: 30, rule: rule(0.4, 4) },
    ].sort(moreConservative);
    expect(order.map((s) => [s.lambda, s.rule.threshold, s.rule.maxClaims, s.rule.perCandidate])).toEqual([
      [30, 0.4, 4, 0],
      [30, 0.4, 8, 0],
      [30, 0.2, 8, 0],
      [30, 0.2, 8, 0.1],
      [10, 0.5, 3, 0],
    ]);
  });
});
