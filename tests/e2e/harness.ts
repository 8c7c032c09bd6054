import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

/** One real browser with the built extension loaded, as the e2e tests drive it. */
export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID */
  base: string;
  /** Opens a web page in a new tab. */
  openPage(url: string): Promise<Page>;
  /** Opens the panel in a tab of its own, following the tab that shows `pageUrl`. */
  openPanel(pageUrl: string): Promise<Page>;
  close(): Promise<void>;
}

const GECKO_ID = 'lede@lede.invalid';
const OUTPUT = resolve('.output/e2e');
// Without these, Chromium keeps trying to reach Google's hosts, which this network refuses.
const QUIET_CHROMIUM = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launch(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

async function launchChromium(): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: [join(OUTPUT, 'chrome-mv3')],
    userDataDir: profile,
    args: QUIET_CHROMIUM,
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  return harness('chromium', browser, base, async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  });
}

async function launchFirefox(): Promise<ExtensionBrowser> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Needed to open moz-extension:// pages in a tab under WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  await browser.installExtension(join(OUTPUT, 'firefox-mv3'));
  return harness('firefox', browser, `moz-extension://${uuid}`, () => browser.close());
}

function harness(name: BrowserName, browser: Browser, base: string, close: () => Promise<void>): ExtensionBrowser {
  return {
    name,
    browser,
    base,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openPanel(pageUrl) {
      const page = await browser.newPage();
      await goExtensionPage(name, page, `${base}/sidepanel.html`);
      await page.waitForSelector('main.panel');
      const tabId = await page.evaluate(async (url) => {
        type Tabs = { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
        const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
        const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
        return tabs.find((t) => t.url === url)?.id ?? null;
      }, pageUrl);
      if (tabId === null) throw new Error(`no tab shows ${pageUrl}`);
      await goExtensionPage(name, page, `${base}/sidepanel.html?tab=${tabId}`);
      await page.waitForSelector('main.panel');
      return page;
    },
    close,
  };
}

async function goExtensionPage(name: BrowserName, page: Page, url: string): Promise<void> {
  if (name === 'chromium') {
    await page.goto(url, { waitUntil: 'load' });
    return;
  }
  // Firefox never resolves navigations to moz-extension:// pages under BiDi: poll for arrival.
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const arrived = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (arrived) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox did not open ${url}`);
}

/** The article as the reader view shows it (title and body), or null when the view is not shown. */
export function readerText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.querySelector('lede-reader')?.shadowRoot;
    if (!root) return null;
    return `${root.querySelector('.lede-title')?.textContent}\n${root.querySelector('.lede-body')?.textContent}`;
  });
}

export async function waitForReader(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector('lede-reader')?.shadowRoot?.querySelector('.lede-body'), { polling: 100, timeout: 20_000 });
}

export async function clickInReader(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const el = document.querySelector('lede-reader')?.shadowRoot?.querySelector(sel) as HTMLElement | null;
    if (!el) throw new Error(`no ${sel} in the reader view`);
    el.click();
  }, selector);
}

/** Opens one of the extension's own pages (options, panel) in a tab. */
export async function openExtensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  const page = await ext.browser.newPage();
  await goExtensionPage(ext.name, page, `${ext.base}/${path}`);
  return page;
}
