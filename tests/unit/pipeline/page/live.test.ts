import { describe, expect, it } from 'vitest';
import { liveCoverage } from '../../../../utils/pipeline/page/live';
import { articleFrom, articlePage, parseHtml, readFixture, readPage } from '../../../helpers/dom';

describe('live blogs', () => {
  const article = articleFrom(readFixture('pages/live-blog.html'));

  it('are recognised by their LiveBlogPosting mark, with the time of the last update', () => {
    expect(article.live).toEqual({ updated: '2026-11-24T11:05:00Z' });
    expect(articleFrom(readPage('seed-article/source.html')).live).toBeNull();
  });

  it('keep every update with its time, newest first, and none of the share buttons', () => {
    const times = Array.from(article.html.matchAll(/<time[^>]*>([^<]+)<\/time>/g), (m) => m[1]);
    expect(times).toEqual(['11:05', '10:20', '09:10', '07:45', '06:00']);
    expect(article.text).toContain('Talks between the union and the port employers broke down');
    expect(article.html).not.toMatch(/>Share</);
  });

  it('find the mark inside a JSON-LD @graph and in microdata', () => {
    const graph = parseHtml(
      `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["LiveBlogPosting"],"dateModified":"2026-01-02T03:04:05Z"}]}</script></head><body></body></html>`,
    );
    expect(liveCoverage(graph.window.document)).toEqual({ updated: '2026-01-02T03:04:05Z' });
    const micro = parseHtml(
      articlePage(
        '<div itemscope itemtype="https://schema.org/LiveBlogPosting"><time datetime="2026-03-01T09:00:00Z">9:00</time><time datetime="2026-03-01T10:30:00Z">10:30</time></div>',
      ),
    );
    expect(liveCoverage(micro.window.document)).toEqual({ updated: '2026-03-01T10:30:00Z' });
  });

  it('are not guessed from a broken JSON-LD block or a plain article', () => {
    const broken = parseHtml(
      '<html><head><script type="application/ld+json">{"@type": "LiveBlogPosting",</script></head><body></body></html>',
    );
    expect(liveCoverage(broken.window.document)).toBeNull();
    expect(liveCoverage(parseHtml(articlePage('<p>Plain.</p>')).window.document)).toBeNull();
  });
});
