import { describe, expect, it } from 'vitest';
import { expectationOf, pageCases, readExpected, type PageExpectation } from '../../helpers/pages';

/**
 * Facts checked by hand on the real pages, which a regenerated expected.json must keep: it records
 * whatever the pipeline gives, right or wrong.
 */
const CHECKED: Record<string, { clutter: string[]; companies: string[]; speakers?: string[] }> = {
  'ars-1': {
    clutter: [
      'Share this story',
      'reader comments',
      'You must login or create an account to comment.',
      'Sponsored Stories',
    ],
    companies: ['Mojang'],
  },
  'bbc-1': {
    clutter: ['941 comments', 'Share this story', 'More on this story', 'Skip to content'],
    companies: [],
    speakers: ['Barack Obama'],
  },
  'herald-sun-1': {
    clutter: ['Other Opinion Columns', 'Most Popular Stories', 'Subscribe now to access Herald Sun.'],
    companies: ['Fairfax'],
  },
  'nytimes-2': {
    clutter: ['Continue reading the main story', 'Related Coverage', 'Advertisement', 'SUBSCRIBE NOW'],
    companies: ['Yahoo', 'Verizon', 'AOL'],
  },
};

/**
 * Every saved page under tests/pages against its expected.json, one test per field so a failure
 * names what changed and diffs only that. After a deliberate change: `npm run test:update-pages`,
 * then review `git diff tests/pages`.
 */
describe.each(pageCases())('tests/pages/%s', (name) => {
  const expected = readExpected(name);
  const actual = expectationOf(name);

  it('has an expected.json', () => {
    expect(expected, `run npm run test:update-pages -- ${name}`).not.toBeNull();
  });

  it.each(Object.keys(expected ?? {}))('gives the expected %s', (field) => {
    expect(actual[field as keyof PageExpectation]).toEqual(expected![field as keyof PageExpectation]);
  });

  it('points every company, quote and claim at one of its paragraphs', () => {
    if ('error' in actual) return;
    const ids = new Set(actual.paragraphs.map((p) => p.id));
    for (const item of [...actual.companies, ...actual.quotes, ...actual.claims]) {
      if (item.paragraphId !== null) expect(ids, item.paragraphId).toContain(item.paragraphId);
    }
  });

  const checked = CHECKED[name];
  describe.runIf(checked)('and the facts checked by hand', () => {
    const page = actual as Exclude<PageExpectation, { error: unknown }>;
    const text = () => page.paragraphs.map((p) => p.text).join('\n');

    it('reads as an article without the site’s clutter', () => {
      expect(page, 'an article').toHaveProperty('paragraphs');
      expect(text().split(/\s+/).length).toBeGreaterThan(300);
      for (const clutter of checked!.clutter) expect(text()).not.toContain(clutter);
    });

    it('names its companies and no people as companies', () => {
      const names = page.companies.flatMap((c) => [c.name, ...c.aliases]);
      for (const company of checked!.companies) expect(names.some((n) => n.startsWith(company))).toBe(true);
      expect(names).not.toContain('Barack Obama');
    });

    it('attributes quotes to the full names of their speakers', () => {
      const speakers = new Set(page.quotes.map((q) => q.speaker));
      for (const speaker of checked!.speakers ?? []) expect(speakers).toContain(speaker);
    });
  });
});
