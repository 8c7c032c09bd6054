import { describe, expect, it } from 'vitest';
import { insightsToJson, insightsToMarkdown } from '../../../../utils/pipeline/format/panel-export';
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

describe('export', () => {
  it('writes the seed article as Markdown with its title, companies, quotes and claims, and no ad text', () => {
    const md = insightsToMarkdown(source, insights);
    expect(md).toMatch(/^# Jack Ma might take another hit/);
    expect(md).toContain('Source: <https://news.example/story>');
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

  it('writes JSON that parses back to the panel content', () => {
    const data = JSON.parse(insightsToJson(source, insights));
    expect(data.url).toBe(source.url);
    expect(data.quotes).toEqual(insights.quotes.map(({ text, speaker }) => ({ text, speaker })));
    expect(data.companies[0]).not.toHaveProperty('paragraphId');
  });
});
