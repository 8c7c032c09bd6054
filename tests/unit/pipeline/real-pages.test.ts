import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/pipeline/insights';
import { articleFrom, readFixture } from '../../helpers/dom';

/**
 * Real news pages (from mozilla/readability's test suite, see fixtures/readability/SOURCES.md):
 * regression guards for the whole pipeline on markup nobody wrote for Lede.
 */
const pages = {
  'ars-1': {
    clutter: [
      'Share this story',
      'reader comments',
      'You must login or create an account to comment.',
      'Sponsored Stories',
    ],
    companies: ['Mojang'],
  },
  'bbc-1': { clutter: ['941 comments', 'Share this story', 'More on this story', 'Skip to content'], companies: [] },
  'herald-sun-1': {
    clutter: ['Other Opinion Columns', 'Most Popular Stories', 'Subscribe now to access Herald Sun.'],
    companies: ['Fairfax'],
  },
  'nytimes-2': {
    clutter: ['Continue reading the main story', 'Related Coverage', 'Advertisement', 'SUBSCRIBE NOW'],
    companies: ['Yahoo', 'Verizon', 'AOL'],
  },
};

describe.each(Object.entries(pages))('the real page %s', (name, expected) => {
  const article = articleFrom(readFixture(`readability/${name}.html`));
  const insights = analyzeText(article);

  it('reads as an article without the site’s clutter', () => {
    expect(article.wordCount).toBeGreaterThan(300);
    for (const clutter of expected.clutter) expect(article.text).not.toContain(clutter);
  });

  it('names its companies and no people as companies', () => {
    const names = insights.companies.flatMap((c) => [c.name, ...c.aliases]);
    for (const company of expected.companies) expect(names.some((n) => n.startsWith(company))).toBe(true);
    expect(names).not.toContain('Barack Obama');
  });

  it('gives every quote a paragraph to point at', () => {
    for (const q of insights.quotes) expect(article.paragraphs.some((p) => p.id === q.paragraphId)).toBe(true);
  });
});

describe('speakers on a real page', () => {
  it('attributes the BBC interview quotes to the full name of the speaker', () => {
    const insights = analyzeText(articleFrom(readFixture('readability/bbc-1.html')));
    const speakers = new Set(insights.quotes.map((q) => q.speaker).filter(Boolean));
    expect(speakers.has('Barack Obama')).toBe(true);
  });
});
