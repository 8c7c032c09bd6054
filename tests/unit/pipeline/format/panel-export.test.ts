import { describe, expect, it } from 'vitest';
import {
  insightsToJson,
  insightsToMarkdown as toMarkdown,
  type ExportLabels,
} from '../../../../utils/pipeline/format/panel-export';
import { analyzeText } from '../../../../utils/pipeline/insights';
import { articleFrom, readPage } from '../../../helpers/dom';

const article = articleFrom(readPage('seed-article/source.html'));
const insights = analyzeText(article);
const source = {
  title: article.title,
  url: 'https://news.example/story',
  siteName: article.siteName,
  byline: article.byline,
  publishedTime: article.publishedTime,
};

const labels: ExportLabels = {
  source: 'Quelle',
  summary: 'Zusammenfassung',
  companies: 'Unternehmen',
  quotes: 'Zitate',
  claims: 'Behauptungen',
  alsoAs: 'auch',
  noCompanies: 'Keine Unternehmen.',
  noQuotes: 'Keine Zitate.',
  noClaims: 'Keine Behauptungen.',
  unattributed: 'ohne Sprecher',
};
const insightsToMarkdown = (s: typeof source, i: typeof insights) => toMarkdown(s, i, labels);

describe('export', () => {
  it("writes its headings and empty lists in the words it is given, the reader's language", () => {
    const md = toMarkdown(source, { ...insights, companies: [], quotes: [], claims: [] }, labels);
    expect(md).toContain('Quelle: <https://news.example/story>');
    for (const line of ['## Zusammenfassung', '## Unternehmen\n\nKeine Unternehmen.', '## Zitate\n\nKeine Zitate.'])
      expect(md).toContain(line);
    expect(md).toContain('## Behauptungen\n\nKeine Behauptungen.');
    expect(md).not.toMatch(/Source|Summary|None/);
  });

  it('writes the seed article as Markdown with its title, companies, quotes and claims, and no ad text', () => {
    const md = insightsToMarkdown(source, insights);
    expect(md).toMatch(/^# Jack Ma might take another hit/);
    expect(md).toContain('Quelle: <https://news.example/story>');
    expect(md).toContain('**Ant Group** (3)');
    expect(md).toContain('— Wilbur Ross');
    expect(md).toMatch(/\n1\. After officially banning transactions/);
    expect(md).not.toMatch(/Advertisement|Also read/);
  });

  it('keeps page text from becoming Markdown markup', () => {
    const md = insightsToMarkdown(source, {
      ...insights,
      companies: [{ name: '[Evil](javascript:alert(1))', mentions: 1, aliases: [], paragraphId: null }],
    });
    expect(md).toContain('\\[Evil\\](javascript:alert(1))');
  });

  it('keeps the page-chosen title, byline, site name and summary from becoming Markdown markup', () => {
    const md = insightsToMarkdown(
      {
        ...source,
        title: '[Click](javascript:alert(1))',
        siteName: '![pixel](https://tracker.example/p.gif)',
        byline: '<b>Staff</b>',
        url: 'javascript:alert(2)',
      },
      { ...insights, summary: { text: 'Summary\n\n## Injected\n[x](javascript:alert(3))', source: 'browser' } },
    );
    expect(md).toMatch(/^# \\\[Click\\\]\(javascript:alert\(1\)\)\n/);
    expect(md).toContain('!\\[pixel\\](https://tracker.example/p.gif) · \\<b\\>Staff\\</b\\>');
    expect(md).toContain('Quelle: javascript:alert(2)\n');
    expect(md).toContain('Summary \\#\\# Injected \\[x\\](javascript:alert(3))');
    expect(md).not.toMatch(/^## Injected/m);
  });

  it('writes JSON that parses back to the panel content', () => {
    const data = JSON.parse(insightsToJson(source, insights));
    expect(data.url).toBe(source.url);
    expect(data.quotes).toEqual(insights.quotes.map(({ text, speaker }) => ({ text, speaker })));
    expect(data.companies[0]).not.toHaveProperty('paragraphId');
  });

  it('carries only its named fields, whatever else the panel hands it', () => {
    const panelArticle = { ...source, lead: 'The start of the article. '.repeat(400), excerpt: 'More page text' };
    const data = JSON.parse(insightsToJson(panelArticle, insights));
    expect(Object.keys(data)).toEqual([
      'title',
      'url',
      'siteName',
      'byline',
      'publishedTime',
      'summary',
      'companies',
      'quotes',
      'claims',
    ]);
    expect(Object.keys(data.summary)).toEqual(['text', 'source']);
  });
});
