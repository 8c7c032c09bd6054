import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { axeViolations } from './axe';
import {
  BROWSERS,
  chooseSetting,
  launchForSuite,
  READER_HOST,
  readerText,
  waitForReader,
  type BrowserName,
} from './harness';

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
    // Clicks and animation frames, which puppeteer's waits poll on, need the tab in front.
    await page.bringToFront();
    return page;
  }

  it('keeps its controls left to right on a right-to-left article, and the article right to left', async () => {
    const page = await reading('/pages/rtl-article.html');
    const directions = await page.evaluate(() => {
      const root = document.querySelector(':root > :not(head, body)')!.shadowRoot!;
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

  it('fits its toolbar in one row at 360 px, the rest behind a "More" button the keyboard works', async () => {
    const page = await reading('/seed.html?narrow');
    await page.setViewport({ width: 360, height: 720 });
    const row = await page.evaluate(() => {
      const toolbar = document.querySelector(':root > :not(head, body)')!.shadowRoot!.querySelector('.lede-toolbar')!;
      const shown = Array.from(toolbar.children)
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.width > 0);
      return {
        height: toolbar.getBoundingClientRect().height,
        button: toolbar.querySelector('button')!.getBoundingClientRect().height,
        left: Math.min(...shown.map((r) => r.left)),
        right: Math.max(...shown.map((r) => r.right)),
        width: innerWidth,
      };
    });
    expect(row.height).toBeLessThan(2 * row.button);
    expect(row.left).toBeGreaterThanOrEqual(0);
    expect(row.right).toBeLessThanOrEqual(row.width);

    const menu = () =>
      page.evaluate(() => {
        const root = document.querySelector(':root > :not(head, body)')!.shadowRoot!;
        const more = root.querySelector('.lede-more')!;
        const panel = root.getElementById(more.getAttribute('aria-controls')!)!;
        return {
          expanded: more.getAttribute('aria-expanded'),
          shown: panel.getBoundingClientRect().height > 0,
          focus: (root.activeElement as HTMLElement | null)?.className || root.activeElement?.tagName || null,
        };
      });
    await page.focus(`${READER_HOST} >>> .lede-more`);
    await page.keyboard.press('Enter');
    expect(await menu()).toEqual({ expanded: 'true', shown: true, focus: 'lede-more' });
    await page.keyboard.press('Tab');
    expect((await menu()).focus).toBe('SELECT');
    for (const theme of ['light', 'sepia', 'dark', 'system']) {
      // Through the options page: the view ignores a change event a script makes up.
      await chooseSetting(ext(), page, 'theme', theme);
      await page.bringToFront();
      if ((await menu()).expanded !== 'true') {
        await page.focus(`${READER_HOST} >>> .lede-more`);
        await page.keyboard.press('Enter');
      }
      expect(await axeViolations(page, [READER_HOST, '.lede-root']), theme).toEqual([]);
    }
    await page.keyboard.press('Escape');
    expect(await menu()).toEqual({ expanded: 'false', shown: false, focus: 'lede-more' });
    // Esc closed the menu only: the reader view is still there.
    expect(await readerText(page)).not.toBeNull();
    await page.close();
  });

  it('keeps its toolbar’s size whatever font size the page gives its <html>', async () => {
    const page = await reading('/seed.html?root-font');
    const measure = () =>
      page.evaluate(() => {
        const toolbar = document.querySelector(':root > :not(head, body)')!.shadowRoot!.querySelector('.lede-toolbar')!;
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

  // Headless browsers have no speech voices: what a reader on a system without one gets.
  it('says so when Listen is pressed and the system has no voice', async () => {
    const page = await reading('/seed.html?no-voice');
    await page.click(`${READER_HOST} >>> .lede-listen`);
    await page.waitForFunction(
      () =>
        !!document.querySelector(':root > :not(head, body)')?.shadowRoot?.querySelector('.lede-notice')?.textContent,
      { polling: 100, timeout: 10_000 },
    );
    const notice = await page.evaluate(() => {
      const e = document.querySelector(':root > :not(head, body)')!.shadowRoot!.querySelector('.lede-notice')!;
      return [e.getAttribute('role'), e.textContent];
    });
    expect(notice).toEqual(['status', expect.stringMatching(/no voice to read aloud/)]);
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
    await page.close();
  });

  it('counts removed "[Read: …]" lines as the links they are, even when the site puts them in ad slots', async () => {
    const url = `${baseUrl}/seed.html?injected-links`;
    const page = await ext().openPage(url);
    await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('.article-body > p');
      for (const n of [1, 2, 3]) {
        // The line itself carries the ad slot's markup: Readability drops a wrapper of links by itself.
        const slot = document.createElement('p');
        slot.dataset.adPosition = `inline-${n}`;
        slot.innerHTML = `[Read: <a href="/story-${n}">Why the ban came now, part ${n}</a>]`;
        paragraphs[n * 2]!.after(slot);
      }
    });
    const panel = await ext().openPanel(url);
    await panel.click('.status.idle button.primary');
    await waitForReader(page);
    await panel.close();
    const listed = await page.evaluate(() =>
      Array.from(
        document.querySelector(':root > :not(head, body)')!.shadowRoot!.querySelectorAll('.lede-removed li span'),
      )
        .map((s) => s.textContent!)
        .filter((text) => text.includes('Why the ban came now')),
    );
    expect(listed).toEqual([1, 2, 3].map((n) => `“Also read” link: [Read: Why the ban came now, part ${n}]`));
    await page.close();
  });

  it('prints neither its toolbar nor the marks it draws on the text', async () => {
    const page = await reading('/seed.html?print-marks');
    const looks = () =>
      page.evaluate(() => {
        const root = document.querySelector(':root > :not(head, body)')!.shadowRoot!;
        const p = root.querySelector('.lede-body [data-lede-p]') as HTMLElement;
        // A mark as each of Lede's highlights draws it, on the first paragraph's text.
        for (const kind of ['lede-highlight', 'lede-company', 'lede-quote', 'lede-speaking']) {
          const mark = document.createElement('mark');
          mark.className = kind;
          mark.textContent = kind;
          p.prepend(mark);
        }
        p.classList.add('lede-highlight-block');
        const marks = Array.from(root.querySelectorAll('mark')).map((m) => {
          const style = getComputedStyle(m);
          return `${style.backgroundColor} ${style.borderBottomWidth}`;
        });
        return {
          toolbar: getComputedStyle(root.querySelector('.lede-bar')!).display,
          marks: [...new Set(marks)],
          block: getComputedStyle(p).boxShadow,
        };
      });
    const screen = await looks();
    await emulatePrint(name, ext().browser, page, true);
    const paper = await looks();
    await emulatePrint(name, ext().browser, page, false);
    expect(screen.toolbar).toBe('block');
    expect(screen.marks.length).toBeGreaterThan(1);
    expect(paper).toEqual({ toolbar: 'none', marks: ['rgba(0, 0, 0, 0) 0px'], block: 'none' });
    await page.close();
  });
});

/**
 * Print media for one tab. Puppeteer emulates it over CDP only; in Firefox the browser's own
 * window sets the tab's medium, as its developer tools' print simulation does.
 */
async function emulatePrint(name: BrowserName, browser: Browser, page: Page, on: boolean): Promise<void> {
  if (name === 'chromium') {
    await page.emulateMediaType(on ? 'print' : undefined);
    return;
  }
  await page.bringToFront();
  await firefoxChrome(browser, `gBrowser.selectedBrowser.browsingContext.mediumOverride = '${on ? 'print' : ''}'`);
}

/** Evaluates in Firefox's browser window (needs --remote-allow-system-access, as the harness starts it). */
async function firefoxChrome(browser: Browser, expression: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no Firefox browser window');
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'exception in Firefox chrome');
  return result.result?.value;
}

interface BidiConnection {
  send(
    method: 'browsingContext.getTree',
    params: object,
  ): Promise<{ result: { contexts: Array<{ url: string; context: string }> } }>;
  send(
    method: 'script.evaluate',
    params: object,
  ): Promise<{ result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } }>;
}
