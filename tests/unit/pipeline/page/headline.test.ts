import { describe, expect, it } from 'vitest';
import { readHeadline } from '../../../../utils/pipeline/page/headline';
import { articleFrom, articlePage, parseHtml } from '../../../helpers/dom';

function headlineOf(head: string, body: string, title: string, siteName: string | null, url: string) {
  const doc = parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url).window.document;
  return readHeadline(doc, title, siteName, url);
}

describe('headline', () => {
  it("strips the site's name after the headline, by its name or its host", () => {
    const url = 'https://www.dailyherald.example/news/story';
    expect(headlineOf('', '', 'Bank holds rates as inflation cools | Daily Herald', 'Daily Herald', url)).toBe(
      'Bank holds rates as inflation cools',
    );
    expect(headlineOf('', '', 'Bank holds rates as inflation cools - Dailyherald', null, url)).toBe(
      'Bank holds rates as inflation cools',
    );
    // "Northern Valley Times" abbreviated by the host as nvtimes.
    expect(headlineOf('', '', 'Bank holds rates — Northern Valley Times', null, 'https://www.nvtimes.example/a')).toBe(
      'Bank holds rates',
    );
  });

  it('keeps a separator that belongs to the headline', () => {
    const url = 'https://www.dailyherald.example/news/story';
    expect(headlineOf('', '', 'Rates - what the pause means for you', 'Daily Herald', url)).toBe(
      'Rates - what the pause means for you',
    );
  });

  it("takes the page's single h1 when the title is only the site's name", () => {
    const url = 'https://www.alkhabar.example/news/1';
    expect(
      headlineOf(
        '<meta property="og:site_name" content="الخبر">',
        '<h1>البنك يبقي أسعار الفائدة دون تغيير</h1>',
        'الخبر',
        null,
        url,
      ),
    ).toBe('البنك يبقي أسعار الفائدة دون تغيير');
  });

  it('gives the cleaned headline in the article', () => {
    const html = articlePage('<p>Lead paragraph.</p>', 'A test story about markets').replace(
      '<title>A test story about markets</title>',
      '<title>A test story about markets | News Example</title><meta property="og:site_name" content="News Example">',
    );
    expect(articleFrom(html).title).toBe('A test story about markets');
  });
});
