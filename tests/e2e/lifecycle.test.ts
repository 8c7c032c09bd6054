import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, clickInReader, launch, readerText, waitForReader, type ExtensionBrowser } from './harness';

/** The little of the extension API these tests call from an extension page. */
interface ExtensionApi {
  tabs: { query(q: object): Promise<Array<{ url?: string; windowId?: number }>> };
}

const SEED_TEXT = "Ant's Alipay and Tencent's WeChat Pay were banned";

/**
 * The page as the reader meets it once Lede is gone: nothing of Lede's showing, the page's body
 * shown, scrolling, and the page's own links clickable at their place on screen.
 */
function pageIsBack(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector(':root > :not(head, body)');
    const overlay = host !== null && getComputedStyle(host).display !== 'none';
    const link = Array.from(document.body.querySelectorAll('a')).find((a) => {
      const r = a.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.width > 0;
    });
    const box = link?.getBoundingClientRect();
    const reachable =
      !!box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('a') === link;
    return (
      !overlay &&
      reachable &&
      getComputedStyle(document.body).display !== 'none' &&
      getComputedStyle(document.documentElement).overflow !== 'hidden'
    );
  });
}

async function waitForPageBack(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const host = document.querySelector(':root > :not(head, body)');
      return !host || getComputedStyle(host).display === 'none';
    },
    { polling: 100, timeout: 15_000 },
  );
  expect(await pageIsBack(page)).toBe(true);
}

describe.each(BROWSERS)('the browser life cycle in %s', (name) => {
  const baseUrl = inject('baseUrl');
  let ext: ExtensionBrowser | undefined;

  afterEach(async () => {
    await ext?.close();
    ext = undefined;
  });

  /** Opens `path`, shows it in reader view from a panel pinned to its tab, waits for the analysis. */
  async function read(browser: ExtensionBrowser, path: string): Promise<{ page: Page; panel: Page }> {
    const url = `${baseUrl}${path}`;
    const page = await browser.openPage(url);
    const panel = await browser.openPanel(url);
    await panel.click('.status.idle button.primary');
    await waitForReader(page);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });
    return { page, panel };
  }

  it('keeps working after the browser stops the background mid-session', async () => {
    // Firefox suspends an idle background after this long; Chromium's worker is stopped below.
    ext = await launch(name, { firefoxPrefs: { 'extensions.background.idle.timeout': 3000 } });
    const { page } = await read(ext, '/seed.html?stopped');

    if (name === 'chromium') {
      const running = () =>
        ext!.browser.targets().filter((t) => t.type() === 'service_worker' && t.url().startsWith(ext!.base));
      await (await running()[0]!.worker())!.close();
      const deadline = Date.now() + 5000;
      while (running().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(running()).toHaveLength(0);
    } else {
      await new Promise((r) => setTimeout(r, 5000));
    }

    // A panel opened now still has the article: its state outlived the background.
    const panel = await ext.openPanel(`${baseUrl}/seed.html?stopped`);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });
    // The reader goes back to the page and asks for the reader view again: the background wakes.
    await clickInReader(page, '.lede-show-original');
    await page.waitForFunction(() => !document.querySelector(':root > :not(head, body)'), {
      polling: 100,
      timeout: 10_000,
    });
    await panel.bringToFront(); // the reader's click on "Show original" went to the page's tab
    await panel.waitForSelector('.article-head button.show-reader');
    await panel.click('.article-head button.show-reader');
    await waitForReader(page);
    expect(await readerText(page)).toContain(SEED_TEXT);
    await panel.waitForSelector('ul.companies');
  });

  it('gives the page back when the extension is updated, and the new copy reads the page again', async () => {
    ext = await launch(name);
    const { page } = await read(ext, '/seed.html?update');
    await ext.reinstall();
    await waitForPageBack(page);

    // The updated extension reads the same tab again, with one reader view, not two.
    const again = await ext.openPanel(`${baseUrl}/seed.html?update`);
    await again.click('.status.idle button.primary');
    await waitForReader(page);
    await again.waitForSelector('ul.companies', { timeout: 20_000 });
    expect(await page.evaluate(() => document.querySelectorAll(':root > :not(head, body)').length)).toBe(1);
  });

  it('gives the page back when the extension is removed while the page is in reader view', async () => {
    ext = await launch(name);
    const { page } = await read(ext, '/seed.html?removed');
    await ext.browser.uninstallExtension(ext.id);
    await waitForPageBack(page);
  });

  it('keeps each window’s article to itself, and closing one window leaves the other reading', async () => {
    ext = await launch(name);
    const first = await read(ext, '/seed.html?window=1');
    const otherUrl = `${baseUrl}/seed.html?window=2`;
    const second = await ext.browser.newPage({ type: 'window' });
    await second.goto(otherUrl, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
    await second.waitForFunction(() => document.readyState === 'complete', { polling: 100 });
    const secondPanel = await ext.openPanel(otherUrl);
    const windows = await secondPanel.evaluate(
      async (urls) => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        const tabs = await (g.browser ?? g.chrome).tabs.query({});
        return urls.map((u) => tabs.find((t) => t.url === u)?.windowId);
      },
      [`${baseUrl}/seed.html?window=1`, otherUrl],
    );
    expect(windows[0]).toBeDefined();
    expect(windows[0]).not.toBe(windows[1]);
    await secondPanel.click('.status.idle button.primary');
    await waitForReader(second);
    await secondPanel.waitForSelector('ul.companies', { timeout: 20_000 });

    // A passage picked in one window's panel is marked in that window's page only.
    await first.panel.click('.quotes button.entry');
    const marked = (page: Page) =>
      page.evaluate(
        () =>
          document
            .querySelector(':root > :not(head, body)')!
            .shadowRoot!.querySelector('.lede-highlight, .lede-highlight-block') !== null,
      );
    await first.page.waitForFunction(
      () =>
        document
          .querySelector(':root > :not(head, body)')!
          .shadowRoot!.querySelector('.lede-highlight, .lede-highlight-block') !== null,
      { polling: 100, timeout: 5000 },
    );
    expect(await marked(second)).toBe(false);

    // Closing the second window forgets its article and leaves the first one as it was.
    await second.close();
    await secondPanel.waitForSelector('.status.idle', { timeout: 10_000 });
    await first.panel.waitForSelector('ul.companies');
    expect(await readerText(first.page)).toContain(SEED_TEXT);
  });
});
