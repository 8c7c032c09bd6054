import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchForSuite, waitForReader } from './harness';

describe.each(BROWSERS)('the reader view’s own controls in %s', (name) => {
  const baseUrl = inject('baseUrl');
  const ext = launchForSuite(name);

  /** Opens `path` with the reader view shown, the panel closed again. */
  async function reading(path: string): Promise<Page> {
    const url = `${baseUrl}${path}`;
    const page = await ext().openPage(url);
    const panel = await ext().openPanel(url);
    await panel.click('.status.idle button.primary');
    await waitForReader(page);
    await panel.close();
    return page;
  }

  it('keeps its controls left to right on a right-to-left article, and the article right to left', async () => {
    const page = await reading('/pages/rtl-article.html');
    const directions = await page.evaluate(() => {
      const root = document.querySelector('lede-reader')!.shadowRoot!;
      const dir = (selector: string) => getComputedStyle(root.querySelector(selector)!).direction;
      return {
        article: dir('.lede-body p'),
        title: dir('.lede-title'),
        toolbar: dir('.lede-toolbar'),
        readingTime: dir('.lede-meta > span:last-child'),
        removed: dir('.lede-removed summary'),
        source: dir('.lede-source a'),
      };
    });
    expect(directions).toEqual({
      article: 'rtl',
      title: 'rtl',
      toolbar: 'ltr',
      readingTime: 'ltr',
      removed: 'ltr',
      source: 'ltr',
    });
    await page.close();
  });

  it('keeps its toolbar’s size whatever font size the page gives its <html>', async () => {
    const page = await reading('/seed.html?root-font');
    const measure = () =>
      page.evaluate(() => {
        const toolbar = document.querySelector('lede-reader')!.shadowRoot!.querySelector('.lede-toolbar')!;
        const button = toolbar.querySelector('button')!;
        return {
          toolbar: toolbar.getBoundingClientRect().height,
          font: getComputedStyle(button).fontSize,
          padding: getComputedStyle(button).paddingLeft,
          gap: getComputedStyle(toolbar).columnGap,
        };
      });
    const before = await measure();
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'html { font-size: 90px !important; }';
      document.head.append(style);
    });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('90px');
    expect(await measure()).toEqual(before);
    await page.close();
  });
});
