import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../utils/pipeline/insights';
import { MAX_CLAIMS } from '../../../../utils/pipeline/insights/claims';
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
      (_, i) => `The city of Springfield spent $${i + 1} million on ${i + 2} new bridges in 20${10 + (i % 10)}.`,
    );
    const claims = analyzeText({ paragraphs: paragraphs(...texts) }).claims;
    expect(claims.length).toBe(MAX_CLAIMS);
    expect(MAX_CLAIMS).toBeLessThanOrEqual(10);
    expect(claims[0]?.score).toBe(1);
    expect(claims.every((c, i) => i === 0 || c.score <= claims[i - 1]!.score)).toBe(true);
  });
});
