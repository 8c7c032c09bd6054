import { describe, expect, it } from 'vitest';
import { analyzeText, readQuotes } from '../../../../utils/pipeline/insights';
import {
  CLAIM_FEATURES,
  claimCandidates,
  type ClaimCandidate,
  type ClaimFeature,
} from '../../../../utils/pipeline/insights/claim-features';
import {
  CLAIM_MODEL,
  MAX_CLAIMS,
  claimProbability,
  selectClaims,
  type ClaimModel,
} from '../../../../utils/pipeline/insights/claims';
import { paragraphs } from '../../../helpers/dom';

const claimsOf = (...texts: string[]) => analyzeText({ paragraphs: paragraphs(...texts) }).claims.map((c) => c.text);

describe('findClaims', () => {
  it('ranks sentences with figures, dates and names above opinion', () => {
    const claims = claimsOf(
      'I think this is a really great time to be thinking about the future of shopping.',
      'Acme Corp. said on Tuesday that revenue rose 12% to $4.2 billion in the third quarter.',
      'It seems the mood among shoppers may perhaps be improving somewhat these days.',
    );
    expect(claims[0]).toMatch(/^Acme Corp\. said on Tuesday/);
    expect(claims).not.toContain('I think this is a really great time to be thinking about the future of shopping.');
  });

  it('drops questions and sentences that are just a listed quote', () => {
    const claims = claimsOf(
      'Will the company raise prices again in 2024 after the 5% increase?',
      '“We expect sales of 3 million units in 2024 and more after that,” Jane Doe said.',
      'The company sold 2.1 million units in 2023, up 8% from 2022, according to its filing.',
    );
    expect(claims).toEqual(['The company sold 2.1 million units in 2023, up 8% from 2022, according to its filing.']);
  });

  it('skips page furniture and headline fragments', () => {
    const claims = claimsOf(
      'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET',
      'Read more: https://example.com/2019/11/sales-fell-10-percent.html',
      'Car sales plunge nearly 17 percent in August',
      'Car sales in Houston fell 10 percent in October, the second drop in 2019.',
    );
    expect(claims).toEqual(['Car sales in Houston fell 10 percent in October, the second drop in 2019.']);
  });

  it('returns at most the short list, best first, with scores from 1 down', () => {
    const texts = Array.from(
      { length: 30 },
      // Each says something of its own: the list never repeats a claim.
      (_, i) => `Town${i} council spent $${i + 1} million on ${i + 2} new bridges${i} during 20${10 + (i % 10)}.`,
    );
    const claims = analyzeText({ paragraphs: paragraphs(...texts) }).claims;
    expect(claims.length).toBe(MAX_CLAIMS);
    expect(MAX_CLAIMS).toBeLessThanOrEqual(10);
    expect(claims[0]?.score).toBe(1);
    expect(claims.every((c, i) => i === 0 || c.score <= claims[i - 1]!.score)).toBe(true);
  });
});

const candidatesOf = (...texts: string[]) => {
  const { doc, quotes, companies } = readQuotes({ paragraphs: paragraphs(...texts) });
  return claimCandidates(doc, quotes, companies);
};
const feature = (c: ClaimCandidate, name: ClaimFeature) => c.features[CLAIM_FEATURES.indexOf(name)];

describe('claim features', () => {
  it('gives one value per named feature, in 0..1', () => {
    const [c] = candidatesOf('Acme Corp. said on Tuesday that revenue rose 12% to $4.2 billion in the third quarter.');
    expect(c!.features).toHaveLength(CLAIM_FEATURES.length);
    expect(c!.features.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('reads figures, money, percentages, dates, change and reporting verbs', () => {
    const [c] = candidatesOf('Acme Corp. said on Tuesday that revenue rose 12% to $4.2 billion in the third quarter.');
    for (const name of ['number', 'money', 'percent', 'date', 'change', 'reporting', 'leadSentence'] as const)
      expect(feature(c!, name), name).toBe(1);
    for (const name of ['hedge', 'opinion', 'firstPerson', 'dependentStart', 'startsWithQuote'] as const)
      expect(feature(c!, name), name).toBe(0);
  });

  it('reads hedges, pointing-back starts and the first person outside quote marks only', () => {
    const [hedged, quoting] = candidatesOf(
      'They may reportedly be planning a second product launch sometime next spring.',
      'The chief executive told investors that “we will ship our new phone in March”.',
    );
    expect(feature(hedged!, 'hedge')).toBe(1);
    expect(feature(hedged!, 'dependentStart')).toBe(1);
    expect(feature(quoting!, 'firstPerson')).toBe(0);
    expect(feature(quoting!, 'leadSentence')).toBe(0);
    expect(feature(quoting!, 'quotedShare')).toBeGreaterThan(0.3);
  });

  it('tells the writer’s guessing apart from a plan or a report that softens', () => {
    const [guess, plan] = candidatesOf(
      'The new rules will likely spell the end of cheap flights, and fares seem set to rise.',
      'The airline is expected to announce the new routes to its shareholders on Friday.',
    );
    expect(feature(guess!, 'speculation')).toBe(1);
    expect(feature(guess!, 'hedge')).toBe(0);
    expect(feature(plan!, 'speculation')).toBe(0);
    expect(feature(plan!, 'hedge')).toBe(1);
  });

  it('reads the connectives of an argument in the writer’s words, not in a quote', () => {
    const [argued, weighed, quoted, reported] = candidatesOf(
      'That means every new tower still matters, even in a town that already has three.',
      'Considering the cost of steel, the council chose a cheaper design for the towers.',
      'The mayor told the council that “even a small tower matters because towns need them”.',
      'The town council approved three new towers on Monday, the mayor said.',
    );
    expect(feature(argued!, 'argument')).toBe(1);
    expect(feature(weighed!, 'argument')).toBe(1);
    expect(feature(quoted!, 'argument')).toBe(0);
    expect(feature(reported!, 'argument')).toBe(0);
  });

  it('marks a sentence that gives a fact-checker nothing to look up, however plainly worded', () => {
    const [musing, dated, named, counted] = candidatesOf(
      'Nobody in the room quite knew what to make of the whole thing at first.',
      'The bridge over the river closed on Tuesday for repairs to its deck.',
      'The old bridge over the river was built by Acme Corp. before the war.',
      'The old bridge over the river was rebuilt three times before the war.',
    );
    expect(feature(musing!, 'nothingToCheck')).toBe(1);
    for (const name of ['opinion', 'hedge', 'speculation', 'argument', 'firstPerson'] as const)
      expect(feature(musing!, name), name).toBe(0);
    expect(feature(dated!, 'nothingToCheck')).toBe(0);
    expect(feature(named!, 'nothingToCheck')).toBe(0);
    expect(feature(counted!, 'nothingToCheck')).toBe(0);
  });

  it('marks a sentence whose paragraph holds a listed quote', () => {
    const [framing, report] = candidatesOf(
      'The mayor defended the plan at a meeting on Monday night. “We need these towers now, and we will build them,” Jane Doe said.',
      'The town council approved three new towers on Monday after a two-hour debate.',
    );
    expect(framing!.sentence.text).toMatch(/^The mayor defended/);
    expect(feature(framing!, 'quoteParagraph')).toBe(1);
    expect(feature(report!, 'quoteParagraph')).toBe(0);
  });

  it('leaves out questions, headlines, the writer’s own opinion and sentences that are a listed quote', () => {
    const texts = candidatesOf(
      'Will the company raise prices again in 2024 after the 5% increase?',
      'Car sales plunge nearly 17 percent in August',
      'I think we should all be worried about the price of a new car in this town.',
      '“We expect sales of 3 million units in 2024 and more after that,” Jane Doe said.',
      'The company sold 2.1 million units in 2023, up 8% from 2022, according to its filing.',
    ).map((c) => c.sentence.text);
    expect(texts).toEqual(['The company sold 2.1 million units in 2023, up 8% from 2022, according to its filing.']);
  });
});

describe('claim ranking', () => {
  it('uses weights fitted for exactly these features', () => {
    expect(CLAIM_MODEL.features).toEqual([...CLAIM_FEATURES]);
    expect(CLAIM_MODEL.weights).toHaveLength(CLAIM_FEATURES.length);
    expect(MAX_CLAIMS).toBeLessThanOrEqual(8);
  });

  it('turns features into a probability that grows with a positive weight', () => {
    const model: ClaimModel = {
      features: ['a', 'b'],
      mean: [0, 0],
      scale: [1, 1],
      weights: [2, -1],
      bias: 0,
      select: { threshold: 0, maxClaims: 8, perCandidate: 0, minClaims: 1 },
    };
    expect(claimProbability([0, 0], model)).toBeCloseTo(0.5);
    expect(claimProbability([1, 0], model)).toBeGreaterThan(0.8);
    expect(claimProbability([0, 1], model)).toBeLessThan(0.5);
  });

  it('takes a feature beyond the range it was fitted on as the end of that range', () => {
    const model: ClaimModel = {
      features: ['size'],
      mean: [0.7],
      scale: [0.1],
      low: [0.5],
      high: [1],
      weights: [-1],
      bias: 0,
      select: { threshold: 0, maxClaims: 8, perCandidate: 0, minClaims: 1 },
    };
    expect(claimProbability([0.1], model)).toBeCloseTo(claimProbability([0.5], model));
    expect(claimProbability([0.5], model)).toBeGreaterThan(claimProbability([0.6], model));
  });

  it('selects the best above the threshold, at most the longest list, the earlier on a tie', () => {
    const scored = [0.2, 0.9, 0.5, 0.9, 0.7, 0.1].map((p, index) => ({ p, index, text: `Claim${index}` }));
    const rule = { threshold: 0.3, maxClaims: 3, perCandidate: 0, minClaims: 1 };
    expect(selectClaims(scored, rule).map((x) => x.index)).toEqual([1, 3, 4]);
    expect(selectClaims(scored, { ...rule, maxClaims: 8 }).map((x) => x.index)).toEqual([1, 3, 4, 2]);
    // A share of the candidates, but never fewer than minClaims.
    expect(selectClaims(scored, { ...rule, maxClaims: 8, perCandidate: 0.1, minClaims: 2 })).toHaveLength(2);
  });

  it('lists a sentence that says what a better one above it says only once', () => {
    const scored = [
      { p: 0.9, index: 0, text: 'Globex cut 300 jobs in Ohio on Monday, the company said.' },
      { p: 0.8, index: 5, text: 'Globex cut 300 jobs in Ohio on Monday.' },
      { p: 0.7, index: 9, text: 'Sales fell 4 percent last year.' },
    ];
    const rule = { threshold: 0, maxClaims: 8, perCandidate: 0, minClaims: 1 };
    expect(selectClaims(scored, rule).map((x) => x.index)).toEqual([0, 9]);
  });

  it('ranks a sentence of facts above hedged, opinionated chatter', () => {
    const claims = claimsOf(
      'It is hard to say what comes next, and some people may simply wonder about it all.',
      'Globex Inc. agreed on Monday to buy Initech for $3 billion in cash, the companies said.',
    );
    expect(claims[0]).toMatch(/^Globex Inc\. agreed/);
  });
});
