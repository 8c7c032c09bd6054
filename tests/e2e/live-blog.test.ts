import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickInReader, launch, readerText, waitForReader, waitInExtensionPage, type BrowserName, type ExtensionBrowser } from './harness';

const browsers: BrowserName[] = ['chromium', 'firefox'];
const NEW_POST = 'Northwind Shipping Ltd said on Tuesday afternoon that it had suspended all sailings to the three ports until the strike ends, and would send its ships to terminals abroad instead.';

describe.each(browsers)('a live blog in %s', (name) => {
  const url = `${inject('baseUrl')}/pages/live-blog.html`;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launch(name);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('is read as live, and shows the updates that arrive while it is open', async () => {
    const page = await ext.openPage(url);
    const panel = await ext.openPanel(url);
    await panel.click('.status.idle button.primary');
    await waitForReader(page);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });
    expect(await page.evaluate(() => document.querySelector('lede-reader')!.shadowRoot!.querySelector('.lede-live')?.textContent)).toBe('Live');
    expect(await readerText(page)).not.toContain('Northwind');

    await page.evaluate((text) => (window as unknown as { addLivePost: (t: string, s: string) => void }).addLivePost('11:40', text), NEW_POST);
    await page.waitForFunction(() => !!document.querySelector('lede-reader')?.shadowRoot?.querySelector('.lede-updates button'), { polling: 100, timeout: 10_000 });
    await clickInReader(page, '.lede-updates button');
    await page.waitForFunction(() => document.querySelector('lede-reader')?.shadowRoot?.querySelector('.lede-body')?.textContent?.includes('Northwind'), { polling: 100, timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelectorAll('lede-reader').length)).toBe(1);

    // The panel follows: the company named in the new update is listed.
    await waitInExtensionPage(panel, () => document.querySelector('ul.companies')?.textContent?.includes('Northwind') === true, 20_000);
  });
});
