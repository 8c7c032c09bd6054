import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';

export type BrowserName = 'chromium' | 'firefox';

/** One real browser with the built extension loaded, as the e2e tests drive it. */
export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID */
  base: string;
  /** The id the browser knows the extension by (to remove it, say). */
  id: string;
  /** Replaces the extension with a fresh copy of the same build, as an update does. */
  reinstall(): Promise<void>;
  /** Opens a web page in a new tab. */
  openPage(url: string): Promise<Page>;
  /** Opens the panel in a tab of its own, following the tab that shows `pageUrl`. */
  openPanel(pageUrl: string): Promise<Page>;
  close(): Promise<void>;
}

const GECKO_ID = 'lede@lede.invalid';
/** The e2e build (`LEDE_E2E=1 wxt build`): it may read the test server's pages without a click. */
export const E2E_OUTPUT = resolve('.output/e2e');
// Without these, Chromium keeps trying to reach Google's hosts, which this network refuses.
const QUIET_CHROMIUM = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchOptions {
  /** Firefox preferences on top of the harness's own. */
  firefoxPrefs?: Record<string, unknown>;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox(options.firefoxPrefs ?? {});
}

async function launchChromium(): Promise<ExtensionBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  // A private copy: Chromium reads the extension's files while it runs, and the e2e setup or
  // the benchmark may rebuild .output/e2e meanwhile.
  const extension = join(dir, 'extension');
  cpSync(join(E2E_OUTPUT, 'chrome-mv3'), extension, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: [extension],
    userDataDir: join(dir, 'profile'),
    args: QUIET_CHROMIUM,
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const id = new URL(worker.url()).host;
  return harness('chromium', browser, `chrome-extension://${id}`, id, extension, async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

async function launchFirefox(prefs: Record<string, unknown>): Promise<ExtensionBrowser> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Needed to open moz-extension:// pages in a tab under WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }), ...prefs },
  });
  const extension = join(E2E_OUTPUT, 'firefox-mv3');
  await browser.installExtension(extension);
  return harness('firefox', browser, `moz-extension://${uuid}`, GECKO_ID, extension, () => browser.close());
}

function harness(
  name: BrowserName,
  browser: Browser,
  base: string,
  id: string,
  extension: string,
  close: () => Promise<void>,
): ExtensionBrowser {
  return {
    name,
    browser,
    base,
    id,
    async reinstall() {
      if (name === 'chromium') {
        // Not runtime.reload(): Chromium leaves an extension loaded over CDP unusable after it.
        await browser.uninstallExtension(id);
        await browser.installExtension(extension);
        return;
      }
      // Firefox would give a reinstalled add-on a new UUID; runtime.reload() keeps it.
      const page = await browser.newPage();
      await goExtensionPage(name, page, `${base}/options.html`);
      await page
        .evaluate(() =>
          (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(),
        )
        .catch(() => undefined);
    },
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
    const arrived = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (arrived) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox did not open ${url}`);
}

/**
 * The reader view's host. Its tag is drawn at random and its root closed in the shipped build;
 * the e2e build opens the root, and the view is the one element under <html> besides its head
 * and body.
 */
export const READER_HOST = ':root > :not(head, body)';

/** The article as the reader view shows it (title and body), or null when the view is not shown. */
export function readerText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.querySelector(':root > :not(head, body)')?.shadowRoot;
    if (!root) return null;
    return `${root.querySelector('.lede-title')?.textContent}\n${root.querySelector('.lede-body')?.textContent}`;
  });
}

export async function waitForReader(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!document.querySelector(':root > :not(head, body)')?.shadowRoot?.querySelector('.lede-body'),
    {
      polling: 100,
      timeout: 20_000,
    },
  );
}

/**
 * Clicks a control of the reader view as the reader does, with the mouse: the view acts on
 * trusted input only, which a script's el.click() is not.
 */
export async function clickInReader(page: Page, selector: string): Promise<void> {
  const handle = await page.evaluateHandle(
    (sel) => document.querySelector(':root > :not(head, body)')?.shadowRoot?.querySelector(sel) ?? null,
    selector,
  );
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`no ${selector} in the reader view`);
  await page.bringToFront();
  await el.click();
}

/**
 * Changes a reading setting on the options page, as a reader can, and waits for the reader view
 * in `page` to follow: the view's own controls take the reader's input only, not a script's.
 */
export async function chooseSetting(
  ext: ExtensionBrowser,
  page: Page,
  name: 'theme' | 'font',
  value: string,
): Promise<void> {
  const options = await openExtensionPage(ext, 'options.html');
  await options.waitForSelector(`select[name="${name}"]`);
  await options.select(`select[name="${name}"]`, value);
  await page.waitForFunction(
    (n, v) =>
      document
        .querySelector(':root > :not(head, body)')
        ?.shadowRoot?.querySelector('.lede-root')
        ?.getAttribute(`data-${n}`) === v,
    { polling: 100, timeout: 10_000 },
    name,
    value,
  );
  await options.close();
}

/** Opens one of the extension's own pages (options, panel) in a tab. */
export async function openExtensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  const page = await ext.browser.newPage();
  await goExtensionPage(ext.name, page, `${ext.base}/${path}`);
  return page;
}

/**
 * Waits until `predicate` holds in an extension page. Not page.waitForFunction: Firefox ESR 140
 * runs its predicate through Function(), which the extension pages' CSP blocks.
 */
export async function waitInExtensionPage(page: Page, predicate: () => boolean, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(predicate).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${predicate.toString()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** One browser for the whole suite (describe block): launched before its tests, closed after. */
export function launchForSuite(name: BrowserName, options: LaunchOptions = {}): () => ExtensionBrowser {
  let ext: ExtensionBrowser | undefined;
  beforeAll(async () => {
    ext = await launch(name, options);
  });
  afterAll(async () => {
    await ext?.close();
  });
  return () => {
    if (!ext) throw new Error(`${name} did not start`);
    return ext;
  };
}
