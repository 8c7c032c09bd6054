import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchForSuite, readerText, waitForReader } from './harness';

describe.each(BROWSERS)('articles outside the page’s own DOM in %s', (name) => {
  const baseUrl = inject('baseUrl');
  const ext = launchForSuite(name);

  async function activate(path: string): Promise<{ page: Page; panel: Page }> {
    const url = `${baseUrl}${path}`;
    const page = await ext().openPage(url);
    const panel = await ext().openPanel(url);
    await panel.click('.status.idle button.primary');
    return { page, panel };
  }

  it('reads a story rendered inside a closed shadow root', async () => {
    const { page, panel } = await activate('/pages/web-component.html');
    await waitForReader(page);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });
    expect(await readerText(page)).toContain("Ant's Alipay and Tencent's WeChat Pay were banned");
    // The page's own component is untouched underneath.
    expect(
      await page.evaluate(
        () => document.querySelector('news-story') !== null && document.querySelector('article') === null,
      ),
    ).toBe(true);
    await panel.close();
    await page.close();
  });

  it('reads a story from a same-origin frame that fills the page', async () => {
    const { page, panel } = await activate('/pages/framed.html');
    await waitForReader(page);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });
    expect(await readerText(page)).toContain("Ant's Alipay and Tencent's WeChat Pay were banned");
    await panel.close();
    await page.close();
  });

  it('offers the frame’s own address when the story is in a frame of another origin', async () => {
    const { page, panel } = await activate('/pages/foreign-frame.html');
    await panel.waitForSelector('.status.error.error-in-frame', { timeout: 20_000 });
    const href = await panel.$eval('.status.error a.button', (a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(`${baseUrl.replace('127.0.0.1', 'localhost')}/seed.html`);
    expect(await readerText(page)).toBeNull();
    await panel.close();
    await page.close();
  });

  it('says a page is too complex to clean, rather than freeze its tab reading it', async () => {
    const { page, panel } = await activate('/pages/deeply-nested.html');
    await panel.waitForSelector('.status.error.error-too-large', { timeout: 15_000 });
    const message = await panel.$eval('.status.error .message', (e) => e.textContent);
    expect(message).toMatch(/too complex to clean/);
    // The tab is still the page's: it answers, and Lede drew nothing over it.
    expect(await page.evaluate(() => document.title)).toBe('Deep');
    expect(await readerText(page)).toBeNull();
    await panel.close();
    await page.close();
  });
});
