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

  it('says a page is too complex to clean when its worker runs out of time, the tab answering meanwhile', async () => {
    const { page, panel } = await activate('/pages/deeply-nested.html');
    // The page is read in a worker, off the tab's thread: the tab answers while Lede works.
    await panel.waitForSelector('p.progress');
    expect(await page.evaluate(() => document.title)).toBe('Deep');
    expect(await panel.$('p.progress')).not.toBeNull();
    await panel.waitForSelector('.status.error.error-too-large', { timeout: 15_000 });
    const message = await panel.$eval('.status.error .message', (e) => e.textContent);
    expect(message).toMatch(/too complex to clean: reading it took longer than 10 seconds/);
    expect(await readerText(page)).toBeNull();
    await panel.close();
    await page.close();
  });

  it('reads a story over the in-page work budget in a worker: reader view, panel and highlights', async () => {
    const { page, panel } = await activate('/pages/threaded-comments.html');
    await waitForReader(page);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });
    const text = await readerText(page);
    expect(text).toContain("Ant's Alipay and Tencent's WeChat Pay were banned");
    expect(text).not.toContain('I have read this thread twice');
    // The panel's entries point at the paragraphs the reader view shows.
    await (await panel.$$('.quotes .entry'))[0]!.click();
    await page.waitForFunction(
      () =>
        document.querySelector(':root > :not(head, body)')?.shadowRoot?.querySelector('mark.lede-highlight')
          ?.textContent ?? '',
      { polling: 100, timeout: 10_000 },
    );
    await panel.close();
    await page.close();
  });
});
