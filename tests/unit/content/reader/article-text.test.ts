// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { ArticleText } from '../../../../utils/content/reader/article-text';
import { Ui } from '../../../../utils/content/reader/ui';
import type { Article, RemovedItem } from '../../../../utils/pipeline/types';

const ui = new Ui(document, (_key, fallback) => fallback);
const article = {
  html: '<p data-lede-p="p1">Acme Corp said profits rose.</p><div><p data-lede-p="p2">“We are pleased,” its chief said.</p></div>',
  leadImage: 'https://news.example/lead.jpg',
  lang: 'en',
} as unknown as Article;

describe('ArticleText', () => {
  it('holds the article body, with the lead image when the body has none', () => {
    const text = new ArticleText(article, ui, vi.fn());
    expect(text.body.querySelectorAll('[data-lede-p]')).toHaveLength(2);
    expect(text.lead?.querySelector('img')?.getAttribute('src')).toBe(article.leadImage);
    expect(new ArticleText({ ...article, html: '<img src="x.jpg">' }, ui, vi.fn()).lead).toBeNull();
  });

  it('marks the companies and quotes once the findings are in, and unmarks them', () => {
    const text = new ArticleText(article, ui, vi.fn());
    expect(text.toggleEntities()).toBe(true); // nothing to mark yet
    expect(text.body.querySelector('mark')).toBeNull();
    text.setInsights({
      companies: [{ name: 'Acme Corp', aliases: [] }],
      quotes: [{ text: 'We are pleased', paragraphId: 'p2' }],
    } as never);
    expect(Array.from(text.body.querySelectorAll('mark')).map((m) => m.className)).toEqual([
      'lede-company',
      'lede-quote',
    ]);
    expect(text.toggleEntities()).toBe(false);
    expect(text.body.querySelector('mark')).toBeNull();
  });

  it('puts a removed block back after the paragraph it followed', () => {
    const text = new ArticleText(article, ui, vi.fn());
    text.putBack({ kind: 'ad', text: 'Ad', html: '<aside>Ad</aside>', after: 'p2' } as RemovedItem, 3);
    const restored = text.body.querySelector('[data-lede-restored="3"]')!;
    expect(restored.previousElementSibling?.textContent).toContain('We are pleased');
    text.putBack({ kind: 'ad', text: 'Top', html: '<aside>Top</aside>', after: null } as RemovedItem, 0);
    expect(text.body.firstElementChild?.textContent).toBe('Top');
  });
});
