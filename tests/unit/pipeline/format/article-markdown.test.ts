import { describe, expect, it } from 'vitest';
import { articleToMarkdown } from '../../../../utils/pipeline/format/article-markdown';
import { articleFrom, readPage } from '../../../helpers/dom';

/** An article of one body, without metadata. */
const bodyOnly = (html: string) =>
  articleToMarkdown({
    title: 'Story',
    url: 'https://news.example/story',
    siteName: null,
    byline: null,
    publishedTime: null,
    html,
  });

describe('articleToMarkdown', () => {
  const md = articleToMarkdown(articleFrom(readPage('seed-article/source.html')));

  it('starts with the title and the source, and keeps the body', () => {
    expect(md).toMatch(/^# Jack Ma might take another hit as US plans to ban Chinese tech companies: Report\n/);
    expect(md).toContain('World Desk · World Desk Web Team');
    expect(md).toContain('Commerce Secretary Wilbur Ross said in a statement on the order.');
  });

  it('contains no ad text, link lines or repeated paragraphs', () => {
    expect(md).not.toMatch(/Advertisement|Also read|Story highlights/);
    expect(md.split("Ant's Alipay and Tencent's WeChat Pay were banned").length - 1).toBe(1);
  });

  it('writes the page-chosen metadata as text, and keeps only web links from the body', () => {
    const hostile = articleToMarkdown({
      title: 'Story [x](javascript:alert(1))\n\n![t](https://tracker.example/p.gif)',
      url: 'javascript:alert(2)',
      siteName: '<img src=https://tracker.example/s.gif>',
      byline: '**Staff**',
      publishedTime: null,
      html: '<p>Read <a href="javascript:alert(3)">this</a> or <a href="https://news.example/a">that</a>.</p>',
    });
    expect(hostile).toMatch(/^# Story \\\[x\\\]\(javascript:alert\(1\)\) !\\\[t\\\]/);
    expect(hostile).toContain('\\<img src=https://tracker.example/s.gif\\> · \\*\\*Staff\\*\\*');
    expect(hostile).not.toContain('<javascript:');
    expect(hostile).toContain('Read this or [that](https://news.example/a).');
  });

  it('keeps web pictures, and only the description of any other', () => {
    const md = bodyOnly(
      '<p><img src="https://news.example/a.jpg" alt="The depot"> <img src="data:image/png;base64,iVBORw0KGgo=" alt="A *chart*"></p>',
    );
    expect(md).toContain('![The depot](https://news.example/a.jpg)');
    expect(md).toContain('A \\*chart\\*');
    expect(md).not.toContain('data:');
  });

  it("keeps HTML written as text in the article's body as text", () => {
    const md = bodyOnly(
      '<p>They wrote &lt;img src=x onerror=alert(1)&gt; and &lt;/p&gt;&lt;script&gt;x&lt;/script&gt; in a memo.</p>',
    );
    expect(md).toContain('They wrote \\<img src=x onerror=alert(1)> and \\</p>\\<script>x\\</script> in a memo.');
  });
});
