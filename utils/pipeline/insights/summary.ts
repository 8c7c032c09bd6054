import type { Claim, Summary } from '../types';

const SUMMARY_SENTENCES = 3;

/** Two or three of the top-ranked claims, in the order the article gives them. */
export function extractiveSummary(claims: Claim[], order: (c: Claim) => number): Summary {
  const top = claims.slice(0, SUMMARY_SENTENCES).sort((a, b) => order(a) - order(b));
  return { text: top.map((c) => c.text).join(' '), source: 'extractive' };
}
