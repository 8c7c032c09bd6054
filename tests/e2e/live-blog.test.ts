import { describe, expect, inject, it } from 'vitest';
import { BROWSERS, clickInReader, launchForSuite, readerText, waitForReader, waitInExtensionPage } from './harness';

const NEW_POST =
  'Northwind Shipping Ltd said on Tuesday afternoon that it had suspended all sailings to the three ports until the strike ends, and would send its ships to terminals abroad instead.';

describe.each(BROWSERS)('a live blog in %s', (name) => {
  const url = `${inject('baseUrl')}/pages/live-blog.html`;
  const ext = launchForSuite(name);

  it('is read as live, and shows the updates that arrive while it is open', async () => {
    const page = await ext().openPage(url);
    const panel = await ext().openPanel(url);
    await panel.click('.status.idle button.primary');
    await waitForReader(page);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });
    expect(
      await page.evaluate(
        () => document.querySelector(':root > :not(head, body)')!.shadowRoot!.querySelector('.lede-live')?.textContent,
      ),
    ).toBe('Live');
    expect(await readerText(page)).not.toContain('Northwind');

    await page.evaluate(
      (text) => (window as unknown as { addLivePost: (t: string, s: string) => void }).addLivePost('11:40', text),
      NEW_POST,
    );
    await page.waitForFunction(
      () => !!document.querySelector(':root > :not(head, body)')?.shadowRoot?.querySelector('.lede-updates button'),
      { polling: 100, timeout: 10_000 },
    );
    // The page cannot press "New updates" itself (over and over, to keep Lede re-reading it).
    await page.evaluate(() =>
      (
        document
          .querySelector(':root > :not(head, body)')!
          .shadowRoot!.querySelector('.lede-updates button') as HTMLElement
      ).click(),
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(await readerText(page)).not.toContain('Northwind');
    await clickInReader(page, '.lede-updates button');
    await page.waitForFunction(
      () =>
        document
          .querySelector(':root > :not(head, body)')
          ?.shadowRoot?.querySelector('.lede-body')
          ?.textContent?.includes('Northwind'),
      { polling: 100, timeout: 10_000 },
    );
    expect(await page.evaluate(() => document.querySelectorAll(':root > :not(head, body)').length)).toBe(1);

    // The panel follows: the company named in the new update is listed.
    await waitInExtensionPage(
      panel,
      () => document.querySelector('ul.companies')?.textContent?.includes('Northwind') === true,
      20_000,
    );
  });

  it('offers new updates on a page whose clock changes it every second', async () => {
    const clockUrl = `${inject('baseUrl')}/pages/live-blog-clock.html`;
    const page = await ext().openPage(clockUrl);
    const panel = await ext().openPanel(clockUrl);
    await panel.click('.status.idle button.primary');
    await waitForReader(page);
    await page.evaluate(
      (text) => (window as unknown as { addLivePost: (t: string, s: string) => void }).addLivePost('11:40', text),
      NEW_POST,
    );
    await page.waitForFunction(
      () => !!document.querySelector(':root > :not(head, body)')?.shadowRoot?.querySelector('.lede-updates button'),
      { polling: 100, timeout: 15_000 },
    );
  });
});
