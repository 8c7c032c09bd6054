import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, readerText, waitForReader, type ExtensionBrowser } from './harness';

describe.each(BROWSERS)('a hostile page in %s', (name) => {
  const url = `${inject('baseUrl')}/pages/hostile.html`;
  let ext: ExtensionBrowser;
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    ext = await launch(name);
    page = await ext.openPage(url);
    // The page's own copies of the payloads ran (it is the page's right); reset the marker.
    await page.evaluate(() => delete (window as unknown as { __pwned?: string }).__pwned);
    panel = await ext.openPanel(url);
    await panel.click('.status.idle button.primary');
    await waitForReader(page);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('cannot hide or restyle the reader view with its CSS', async () => {
    const look = await page.evaluate(() => {
      const host = document.querySelector(':root > :not(head, body)') as HTMLElement;
      const body = host.shadowRoot!.querySelector('.lede-body p') as HTMLElement;
      const rect = host.getBoundingClientRect();
      return {
        display: getComputedStyle(host).display,
        opacity: getComputedStyle(host).opacity,
        width: rect.width,
        color: getComputedStyle(body).color,
        size: getComputedStyle(body).fontSize,
      };
    });
    expect(look.display).toBe('block');
    expect(look.opacity).toBe('1');
    expect(look.width).toBeGreaterThan(300);
    expect(look.color).not.toBe('rgb(255, 0, 0)');
    expect(look.size).not.toBe('2px');
  });

  it('runs none of the page code that came with the article', async () => {
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    const html = await page.evaluate(
      () => document.querySelector(':root > :not(head, body)')!.shadowRoot!.querySelector('.lede-body')!.innerHTML,
    );
    expect(html).not.toMatch(/onerror|onload|<script|javascript:|<iframe|<form|<input/i);
    expect(html).not.toMatch(/<base/i);
    // Links point where the page's own links point (its <base> included), nowhere else.
    const [inReader, onPage] = await page.evaluate(() => [
      (
        document
          .querySelector(':root > :not(head, body)')!
          .shadowRoot!.querySelector('a[href$="/relative/report"]') as HTMLAnchorElement
      ).href,
      (document.querySelector('a[href="/relative/report"]') as HTMLAnchorElement).href,
    ]);
    expect(inReader).toBe(onPage);
    expect(await readerText(page)).toContain('never ran');
  });

  it('shows text that looks like HTML as text in the panel', async () => {
    const quotes = await panel.$$eval('.quotes blockquote', (els) =>
      els.map((e) => ({ text: e.textContent, bold: e.querySelector('b') !== null })),
    );
    const tricky = quotes.find((q) => q.text?.includes('claims'));
    expect(tricky?.bold).toBe(false);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
  });
});
