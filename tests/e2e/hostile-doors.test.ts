import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSERS,
  clickInReader,
  copyInReader,
  launchForSuite,
  readerText,
  waitForReader,
  type ExtensionBrowser,
} from './harness';

/** What the page of hostile-doors.html saw and did (see DOOR_TRYING_SCRIPT in ./pages). */
interface Seen {
  constructed: boolean;
  host: string | null;
  covered: boolean;
}

/** Lede's controls, looked at from the page: the e2e build opens the root (the shipped one does not). */
function viewState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector(':root > :not(head, body)')?.shadowRoot;
    return {
      hosts: document.querySelectorAll(':root > :not(head, body)').length,
      theme: (root?.querySelector('.lede-root') as HTMLElement | null)?.dataset.theme ?? null,
      copy: root?.querySelector('.lede-copy')?.textContent ?? null,
    };
  });
}

describe.each(BROWSERS)('a page that tries the doors into Lede in %s', (name) => {
  const baseUrl = inject('baseUrl');
  const ext = launchForSuite(name);
  let page: Page;

  async function openInReader(browser: ExtensionBrowser, path: string): Promise<Page> {
    const url = `${baseUrl}${path}`;
    const opened = await browser.openPage(url);
    const panel = await browser.openPanel(url);
    await panel.click('.status.idle button.primary');
    await waitForReader(opened);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });
    return opened;
  }

  it('cannot keep Lede out with clobbering names, nor run code in its element, nor cover its view with a copy', async () => {
    page = await openInReader(ext(), '/pages/hostile-doors.html');
    expect(await readerText(page)).toContain('Commerce Secretary Wilbur Ross said');
    const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
    expect(seen.constructed).toBe(false);
    expect(seen.host).toMatch(/^lede-reader-[a-z0-9]{12}$/);
    expect(seen.covered).toBe(true);
    // The page's copy of the host is gone: the view is the one host under <html>.
    expect((await viewState(page)).hosts).toBe(1);
  });

  it("ignores the page's made-up clicks, setting changes and keys, and takes the reader's own", async () => {
    const before = await viewState(page);
    await page.evaluate(() => {
      const root = document.querySelector(':root > :not(head, body)')!.shadowRoot!;
      for (const button of Array.from(root.querySelectorAll<HTMLButtonElement>('.lede-toolbar button'))) button.click();
      const theme = root.querySelector('select[name="theme"]') as HTMLSelectElement;
      theme.value = theme.value === 'dark' ? 'light' : 'dark';
      theme.dispatchEvent(new Event('change', { bubbles: true }));
      root.querySelector('.lede-root')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await new Promise((r) => setTimeout(r, 500));
    // Still shown, the same theme, nothing copied.
    expect(await readerText(page)).not.toBeNull();
    expect(await viewState(page)).toEqual(before);

    // The reader's own click copies (under user activation), where the page's did nothing.
    await copyInReader(page);
  });

  it('gives the page back for good with "Show original": setting the attribute again hides nothing', async () => {
    await clickInReader(page, '.lede-show-original');
    await page.waitForFunction(() => !document.querySelector(':root > :not(head, body)'), {
      polling: 100,
      timeout: 10_000,
    });
    await page.evaluate(() => document.documentElement.setAttribute('data-lede-reading', ''));
    await page.waitForFunction(
      () =>
        getComputedStyle(document.body).display !== 'none' &&
        getComputedStyle(document.documentElement).overflow !== 'hidden',
      { polling: 100, timeout: 10_000 },
    );
  });

  it('cannot hide, shrink or cover the view with its CSS', async () => {
    const covered = await openInReader(ext(), '/pages/hostile-cover.html');
    const look = await covered.evaluate(() => {
      const host = document.querySelector(':root > :not(head, body)')!;
      const html = getComputedStyle(document.documentElement);
      const rect = host.getBoundingClientRect();
      return {
        html: {
          opacity: html.opacity,
          filter: html.filter,
          transform: html.transform,
          zoom: html.zoom,
          clipPath: html.clipPath,
          maskImage: html.maskImage,
          visibility: html.visibility,
          contentVisibility: html.contentVisibility,
        },
        overlays: [
          getComputedStyle(document.documentElement, '::before').content,
          getComputedStyle(document.documentElement, '::after').content,
        ],
        host: { opacity: getComputedStyle(host).opacity, transform: getComputedStyle(host).transform },
        box: [rect.left, rect.top, rect.width - innerWidth, rect.height - innerHeight].map(Math.round),
        onTop: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host,
      };
    });
    expect(look).toEqual({
      html: {
        opacity: '1',
        filter: 'none',
        transform: 'none',
        zoom: '1',
        clipPath: 'none',
        maskImage: 'none',
        visibility: 'visible',
        contentVisibility: 'visible',
      },
      overlays: ['none', 'none'],
      host: { opacity: '1', transform: 'none' },
      box: [0, 0, 0, 0],
      onTop: true,
    });
  });
});
