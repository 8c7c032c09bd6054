import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { BROWSERS, clickInReader, launchForSuite, waitForReader } from './harness';

/** The panel's own controls and states, on the e2e build (which may read the test server's pages). */
describe.each(BROWSERS)('the panel in %s', (name) => {
  const baseUrl = inject('baseUrl');
  const ext = launchForSuite(name);

  it('offers "Try again" only where asking again can end otherwise', async () => {
    for (const [path, code] of [
      ['/pages/too-deep.html', 'too-large'],
      ['/pages/not-article.html', 'not-article'],
    ]) {
      const url = `${baseUrl}${path}`;
      const page = await ext().openPage(url);
      const panel = await ext().openPanel(url);
      await panel.click('.status.idle button.primary');
      await panel.waitForSelector(`.status.error.error-${code}`, { timeout: 20_000 });
      expect(await panel.$$eval('.status.error button', (bs) => bs.map((b) => b.textContent)), code).toEqual([]);
      await Promise.all([page.close(), panel.close()]);
    }
  });

  it('asks the browser’s summarizer in the article’s language, once, and keeps the console quiet', async () => {
    /** The warnings and errors the panel logs while it shows an article. */
    async function logsOfPanelFor(path: string): Promise<string[]> {
      const url = `${baseUrl}${path}`;
      const page = await ext().openPage(url);
      const panel = await ext().openPanel(url);
      const logged: string[] = [];
      panel.on('console', (m) => {
        if (m.type() === 'warn' || m.type() === 'error') logged.push(m.text());
      });
      await panel.click('.status.idle button.primary');
      await panel.waitForSelector('.summary[aria-busy="false"]', { timeout: 20_000 });
      // Headless browsers have no on-device model ready: the extractive summary stays, and says so.
      expect(await panel.$eval('.summary .source-note', (e) => e.textContent)).toMatch(/top-ranked claims/);
      await Promise.all([page.close(), panel.close()]);
      return logged;
    }
    // Chromium without its model service warns on the first availability() of a session, whatever
    // the caller does; asked without an output language it would also warn about that, every time.
    const first = await logsOfPanelFor('/seed.html?summary=1');
    expect(first.filter((text) => !/service is not running/.test(text))).toEqual([]);
    expect(await logsOfPanelFor('/seed.html?summary=2')).toEqual([]);
  });

  it('fills in as Lede reads: a busy skeleton, the title once the page is read, then the lists', async () => {
    const url = `${baseUrl}/seed.html?progressive`;
    const page = await ext().openPage(url);
    const panel = await ext().openPanel(url);
    // Every state the panel shows on the way, as it shows it.
    await panel.evaluate(() => {
      const seen: Array<{ busy: string | null; title: string | null; skeleton: boolean; lists: boolean }> = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      const main = document.querySelector('main')!;
      new MutationObserver(() =>
        seen.push({
          busy: main.getAttribute('aria-busy'),
          title: main.querySelector('h1')?.textContent ?? null,
          skeleton: main.querySelector('.skeleton') !== null,
          lists: main.querySelector('ul.companies') !== null,
        }),
      ).observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await panel.click('.status.idle button.primary');
    await panel.waitForSelector('main[aria-busy="false"] ul.companies', { timeout: 20_000 });
    const seen = await panel.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    const title = await panel.$eval('h1', (h) => h.textContent);
    expect(seen).toContainEqual({ busy: 'true', title: null, skeleton: true, lists: false });
    expect(seen).toContainEqual({ busy: 'true', title, skeleton: true, lists: false });
    expect(seen.at(-1)).toEqual({ busy: 'false', title, skeleton: false, lists: true });
    expect(await axeViolations(panel, null)).toEqual([]);
    await Promise.all([page.close(), panel.close()]);
  });

  it('offers "Show original" while the reader view is up, and follows it when the page closes it', async () => {
    const url = `${baseUrl}/seed.html?button`;
    const page = await ext().openPage(url);
    const panel = await ext().openPanel(url);
    await panel.click('.status.idle button.primary');
    await waitForReader(page);
    await panel.waitForSelector('.article-head button.show-original', { timeout: 20_000 });
    expect(await panel.$('.article-head button.show-reader')).toBeNull();

    // Closed from the page itself: the panel offers the reader view again.
    await clickInReader(page, '.lede-show-original');
    await panel.bringToFront(); // the click went to the page's tab
    await panel.waitForSelector('.article-head button.show-reader');
    expect(await panel.$('.article-head button.show-original')).toBeNull();

    await panel.click('.article-head button.show-reader');
    await waitForReader(page);
    await panel.waitForSelector('.article-head button.show-original');
    await panel.click('.article-head button.show-original');
    await page.waitForFunction(() => !document.querySelector(':root > :not(head, body)'), {
      polling: 100,
      timeout: 10_000,
    });
    await panel.waitForSelector('.article-head button.show-reader');
    await Promise.all([page.close(), panel.close()]);
  });
});
