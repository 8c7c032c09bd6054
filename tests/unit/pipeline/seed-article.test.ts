import { describe, expect, it } from 'vitest';
import { articleFrom, readPage } from '../../helpers/dom';
import { analyzeText } from '../../../utils/pipeline/insights';

const gold = JSON.parse(readPage('seed-article/gold.json'));
const article = articleFrom(readPage('seed-article/source.html'));
const insights = analyzeText(article);

describe('the seed article, end to end in Node', () => {
  it('keeps the whole body', () => {
    for (const fragment of gold.body.mustContain) expect(article.text).toContain(fragment);
  });

  it('drops every ad label, link line and box', () => {
    for (const clutter of gold.body.mustNotContain) expect(article.text).not.toContain(clutter);
    expect(article.html).not.toMatch(/Advertisement|Also read/);
  });

  it('shows the repeated lede once', () => {
    for (const repeated of gold.body.onceOnly) expect(article.text.split(repeated).length - 1).toBe(1);
  });

  it('lists what it removed, by kind', () => {
    const kinds = article.removed.map((r) => r.kind);
    expect(kinds).toContain('ad');
    expect(kinds).toContain('also-read');
    expect(kinds).toContain('duplicate');
  });

  it('keeps the metadata', () => {
    expect(article.title).toBe(gold.title);
    expect(article.siteName).toBe('World Desk');
    expect(article.publishedTime).toBe('2021-01-07T09:14:00+05:30');
  });

  it('finds the six companies and no person, place or agency', () => {
    const names = insights.companies.map((c) => c.name);
    expect(names).toHaveLength(6);
    for (const expected of ['Alibaba', 'Tencent', 'Ant Group', 'ByteDance', 'Huawei', 'Anbang Insurance Group']) {
      expect(names.some((n) => n.startsWith(expected))).toBe(true);
    }
    const ant = insights.companies.find((c) => c.name === 'Ant Group');
    expect(ant?.aliases).toContain('Ant');
    expect(ant?.mentions).toBe(3);
  });

  it('attributes the three quotes to their speakers', () => {
    const bySpeaker = Object.fromEntries(insights.quotes.map((q) => [q.speaker, q.text]));
    expect(bySpeaker['Wilbur Ross']).toMatch(/^I stand with President Trump/);
    expect(bySpeaker['Graham Webster']).toMatch(/^There is a lot of power/);
    expect(bySpeaker['Ant Group']).toMatch(/^a private sector company/);
  });

  it('ranks the key claims, at most ten', () => {
    expect(insights.claims.length).toBeGreaterThanOrEqual(3);
    expect(insights.claims.length).toBeLessThanOrEqual(10);
    expect(insights.claims[0]!.text).toMatch(/^After officially banning transactions/);
  });
});
