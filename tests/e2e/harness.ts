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
  /**
   * Opens the panel in a tab of its own, following the tab that shows `pageUrl`. The shipped
   * build may not see tabs' addresses: there, it follows the newest tab, which must show `pageUrl`.
   */
  openPanel(pageUrl: string): Promise<Page>;
  /** Presses Lede's toolbar button on `page`, as the reader does: the browser grants activeTab. */
  pressToolbarButton(page: Page): Promise<void>;
  /** The text on the clipboard, as the reader's next paste gets it; `page` is a web page of the test server. */
  readClipboard(page: Page): Promise<string>;
  close(): Promise<void>;
}

const GECKO_ID = 'lede@lede.invalid';
/** The e2e build (`LEDE_E2E=1 wxt build`): it may read the test server's pages without a click. */
export const E2E_OUTPUT = resolve('.output/e2e');
/** The build as shipped: it reads a page only once the reader lets it (toolbar button, shortcut, prompt). */
export const SHIPPED_OUTPUT = resolve('.output');
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
  /** Loads the shipped build, without the test server's host permission. */
  shipped?: boolean;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const output = options.shipped ? SHIPPED_OUTPUT : E2E_OUTPUT;
  return name === 'chromium' ? launchChromium(output) : launchFirefox(output, options.firefoxPrefs ?? {});
}

async function launchChromium(output: string): Promise<ExtensionBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  // A private copy: Chromium reads the extension's files while it runs, and the e2e setup or
  // the benchmark may rebuild .output/e2e meanwhile.
  const extension = join(dir, 'extension');
  cpSync(join(output, 'chrome-mv3'), extension, { recursive: true });
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
  return harness('chromium', browser, `chrome-extension://${id}`, id, extension, output, async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

async function launchFirefox(output: string, prefs: Record<string, unknown>): Promise<ExtensionBrowser> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Needed to open moz-extension:// pages in a tab under WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }), ...prefs },
  });
  const extension = join(output, 'firefox-mv3');
  await browser.installExtension(extension);
  return harness('firefox', browser, `moz-extension://${uuid}`, GECKO_ID, extension, output, () => browser.close());
}

function harness(
  name: BrowserName,
  browser: Browser,
  base: string,
  id: string,
  extension: string,
  output: string,
  close: () => Promise<void>,
): ExtensionBrowser {
  const shipped = output === SHIPPED_OUTPUT;
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
      const tabId = await page.evaluate(
        async (url, newest) => {
          type Tab = { id?: number; url?: string };
          type Tabs = { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab | undefined> };
          const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
          const api = (g.browser ?? g.chrome)!.tabs;
          const tabs = await api.query({});
          if (!newest) return tabs.find((t) => t.url === url)?.id ?? null;
          const self = (await api.getCurrent())?.id;
          return Math.max(...tabs.map((t) => (t.id !== self && t.id !== undefined ? t.id : -1)));
        },
        pageUrl,
        shipped,
      );
      if (tabId === null) throw new Error(`no tab shows ${pageUrl}`);
      await goExtensionPage(name, page, `${base}/sidepanel.html?tab=${tabId}`);
      await page.waitForSelector('main.panel');
      return page;
    },
    async pressToolbarButton(page) {
      await page.bringToFront();
      if (name === 'chromium') {
        // Pressed right after launch, before the worker's listener is up, the click is lost.
        const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(base));
        const worker = (await target.worker())!;
        await worker.evaluate(() =>
          (
            globalThis as unknown as { chrome: { action: { onClicked: { hasListeners(): boolean } } } }
          ).chrome.action.onClicked.hasListeners(),
        );
        await page.triggerExtensionAction((await browser.extensions()).get(id)!);
        return;
      }
      await firefoxChrome(
        browser,
        `(() => { const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          ExtensionParent.apiManager.global.browserActionFor(WebExtensionPolicy.getByID(${JSON.stringify(id)}).extension).triggerAction(window); })()`,
      );
    },
    async readClipboard(page) {
      if (name === 'chromium') {
        // Pasting from a script takes the clipboard-read permission and a focused page.
        await browser.defaultBrowserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read']);
        await page.bringToFront();
        return page.evaluate(() => navigator.clipboard.readText());
      }
      // A page's readText() would wait for the reader to confirm a "Paste" menu; the browser's own
      // scope reads the clipboard (Firefox headless keeps one of its own) without asking.
      return (await firefoxChrome(
        browser,
        `(() => { const t = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
          t.init(null); t.addDataFlavor('text/plain');
          Services.clipboard.getData(t, Services.clipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
          const data = {}; t.getTransferData('text/plain', data);
          return data.value.QueryInterface(Ci.nsISupportsString).data; })()`,
      )) as string;
    },
    close,
  };
}

/** Evaluates `expression` in the Firefox window's chrome scope (needs --remote-allow-system-access). */
async function firefoxChrome(browser: Browser, expression: string): Promise<unknown> {
  type Send = (method: string, params: object) => Promise<{ result: Record<string, unknown> }>;
  const conn = (browser as unknown as { connection: { send: Send } }).connection;
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as Array<{ url: string; context: string }>;
  const context = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')!.context;
  const { result } = await conn.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(JSON.stringify(result.exceptionDetails));
  return (result.result as { value?: unknown } | undefined)?.value;
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

/**
 * Waits for the reader view to be up. Told from outside, by its host and the page's attribute:
 * the shipped build's shadow root is closed, and the view is whole before its host goes in.
 */
export async function waitForReader(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.hasAttribute('data-lede-reading') &&
      !!document.querySelector(':root > :not(head, body)'),
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
  // A control under the toolbar's "More" button is reached as the reader reaches it: menu first.
  if (await el.evaluate((e) => (e.closest('.lede-menu') as HTMLElement | null)?.hidden === true))
    await clickInReader(page, '.lede-more');
  await el.click();
}

/** Presses the reader's Copy as Markdown as the reader does, and waits until it says it copied. */
export async function copyInReader(page: Page): Promise<void> {
  await clickInReader(page, '.lede-copy');
  await page.waitForFunction(
    () =>
      document.querySelector(':root > :not(head, body)')?.shadowRoot?.querySelector('.lede-copy')?.textContent ===
      'Copied',
    { polling: 50, timeout: 5000 },
  );
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
