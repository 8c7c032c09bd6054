// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { Header } from '../../../../utils/content/reader/header';
import { Ui } from '../../../../utils/content/reader/ui';
import type { Article } from '../../../../utils/pipeline/types';
import { trustedClick } from '../../../helpers/dom';

const ui = new Ui(document);
const article = {
  title: 'Ports shut as strike spreads',
  siteName: 'The Example',
  byline: 'A. Reporter',
  publishedTime: '2026-11-24T12:00:00Z',
  lang: 'en',
  readingMinutes: 4,
  live: null,
} as unknown as Article;

describe('Header', () => {
  it('shows the site, the title and a meta line of byline, date and reading time', () => {
    const header = new Header(article, ui).element;
    expect(header.querySelector('.lede-site')?.textContent).toBe('The Example');
    expect(header.querySelector('.lede-title')?.textContent).toBe(article.title);
    expect(header.querySelector('.lede-meta')?.textContent).toBe('A. Reporter · November 24, 2026 · 4 min read');
    expect(header.querySelector('.lede-live')).toBeNull();
  });

  it('shows a live page with its badge and time of update, and offers new updates once', () => {
    const header = new Header({ ...article, live: { updated: '2026-11-24T11:05:00Z' } }, ui);
    expect(header.element.querySelector('.lede-live')?.textContent).toBe('Live');
    // A live page's time of update, not its year.
    expect(header.element.querySelector('.lede-meta')?.textContent).toMatch(/Updated Nov \d+, \d\d:\d\d/);
    const onShow = vi.fn();
    header.offerUpdates(onShow);
    header.offerUpdates(onShow);
    const buttons = header.element.querySelectorAll<HTMLButtonElement>('.lede-updates button');
    expect(buttons).toHaveLength(1);
    trustedClick(buttons[0]!);
    expect(onShow).toHaveBeenCalledTimes(1);
  });
});
