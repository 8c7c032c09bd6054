import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { isStale, npx } from './build';

const E2E_BUILD = resolve('.output/e2e/chrome-mv3');
// Without these, Chromium keeps trying to reach Google's hosts, which this network refuses.
const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ChromiumWithLede {
  browser: Browser;
  /** chrome-extension://ID */
  base: string;
  /** The panel in a tab of its own, following the tab that shows `pageUrl` (as the e2e tests do). */
  openPanel(pageUrl: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The e2e build: it carries a host permission for 127.0.0.1, standing in for the activeTab grant
 * that only a real click on the toolbar button gives. Rebuilt when the sources are newer.
 */
export function ensureE2eBuild(progress: (msg: string) => void): boolean {
  if (!isStale(join(E2E_BUILD, 'manifest.json'))) return false;
  progress('browser: LEDE_E2E=1 npx wxt build (missing or stale)');
  npx(['wxt', 'build'], { LEDE_E2E: '1' });
  return true;
}

export async function launchChromium(): Promise<ChromiumWithLede> {
  // A private copy: the e2e tests rebuild .output/e2e, and would swap files under a running browser.
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
  const extension = join(dir, 'extension');
  cpSync(E2E_BUILD, extension, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: [extension],
    userDataDir: join(dir, 'profile'),
    args: QUIET,
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    browser,
    base,
    async openPanel(pageUrl) {
      const panel = await browser.newPage();
      await panel.goto(`${base}/sidepanel.html`, { waitUntil: 'load' });
      const tabId = await panel.evaluate(async (url) => {
        type Tabs = { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
        const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({});
        return tabs.find((t) => t.url === url)?.id ?? null;
      }, pageUrl);
      if (tabId === null) throw new Error(`no tab shows ${pageUrl}`);
      await panel.goto(`${base}/sidepanel.html?tab=${tabId}`, { waitUntil: 'load' });
      await panel.waitForSelector('main.panel');
      return panel;
    },
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
