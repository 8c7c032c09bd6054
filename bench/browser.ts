import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { clickInReader, E2E_OUTPUT, launch, type ExtensionBrowser } from '../tests/e2e/harness';
import { isStale, npx } from './build';
import type { Case } from './corpus';
import { servePages, type Route } from './server';
import { median, p95 } from './stats';
import { breakdown, TRACE_CATEGORIES, type TaskBreakdown } from './trace';

export interface BrowserSample {
  name: string;
  set: string;
  url: string;
  route: Route;
}

export interface BrowserPage {
  name: string;
  set: string;
  outcome: string;
  /** Activation (the panel's button clicked) to the reader view painted. */
  readerMs: number | null;
  /** Activation to the panel showing companies (or its error). */
  panelMs: number | null;
  /** Longest main-thread task on the page after activation; 0 when none reached 50 ms. */
  longestTaskMs: number;
  /** Every task of 50 ms or more after activation, in order. */
  longTasksMs: number[];
  heapBeforeMB: number;
  heapAfterMB: number;
  /** Second activation (after "Show original") to the reader view painted again. */
  secondMs: number | null;
}

export interface BrowserResult {
  pages: BrowserPage[];
  /** Synthetic extremes, kept out of the percentiles: no real page looks like them. */
  extremes: BrowserPage[];
  /** What the longest task is made of, on the pages with the longest ones (traced re-runs). */
  breakdowns: Array<TaskBreakdown & { name: string }>;
  readerMedian: number;
  readerP95: number;
  panelMedian: number;
  panelP95: number;
  longestTaskP95: number;
  longestTaskMax: number;
  heapDeltaMedianMB: number;
  secondMedian: number;
  /** Median over pages of second activation / first. */
  secondRatio: number;
}

const TIMEOUT_MS = 60_000;
/** Tracing slows the page down: only this many pages are re-run traced, for the breakdown. */
const TRACED_PAGES = 3;
// tsx compiles with esbuild's keepNames, which wraps named inner functions in __name(): the
// functions this file sends into pages need that helper there too.
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/**
 * The e2e build: it carries a host permission for 127.0.0.1, standing in for the activeTab grant
 * that only a real click on the toolbar button gives. Rebuilt when the sources are newer.
 */
export function ensureE2eBuild(progress: (msg: string) => void): boolean {
  if (!isStale(join(E2E_OUTPUT, 'chrome-mv3', 'manifest.json'))) return false;
  progress('browser: LEDE_E2E=1 npx wxt build (missing or stale)');
  npx(['wxt', 'build'], { LEDE_E2E: '1' });
  return true;
}

/** Installed before the page's own HTML runs: long tasks are only reported from registration on. */
function installProbe(): void {
  const w = window as unknown as { __ledeBench?: { tasks: Array<[number, number]> } };
  if (window.top !== window || w.__ledeBench) return;
  const tasks: Array<[number, number]> = [];
  w.__ledeBench = { tasks };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push([performance.timeOrigin + e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

export async function runBrowser(
  samples: BrowserSample[],
  extremes: BrowserSample[],
  progress: (msg: string) => void,
): Promise<BrowserResult> {
  const routes = new Map([...samples, ...extremes].map((s) => [s.url, s.route]));
  for (const s of samples) routes.set(`/traced${s.url}`, s.route);
  const server = await servePages(routes);
  const chromium = await launch('chromium');
  try {
    const measureAll = async (list: BrowserSample[]) => {
      const out: BrowserPage[] = [];
      for (const [i, s] of list.entries()) {
        const r = await measureOne(chromium, server.url + s.url, s).catch((err: unknown) => failed(s, err));
        progress(
          `browser ${i + 1}/${list.length} ${s.name.slice(0, 24)} ${r.outcome} reader ${fmt(r.readerMs)} panel ${fmt(r.panelMs)} task ${r.longestTaskMs.toFixed(0)}`,
        );
        out.push(r);
      }
      return out;
    };
    const pages = await measureAll(samples);
    const extremePages = await measureAll(extremes);
    const breakdowns: BrowserResult['breakdowns'] = [];
    for (const p of [...pages].sort((a, b) => b.longestTaskMs - a.longestTaskMs).slice(0, TRACED_PAGES)) {
      const s = samples.find((x) => x.name === p.name)!;
      progress(`browser: tracing ${s.name.slice(0, 24)}`);
      // A URL of its own, so the run is a first activation in a fresh tab like the measured one.
      const traced = await measureOne(chromium, `${server.url}/traced${s.url}`, s, true).catch(() => null);
      if (traced?.breakdown) breakdowns.push({ name: s.name, ...traced.breakdown });
    }
    return summarise(pages, extremePages, breakdowns);
  } finally {
    await chromium.close();
    await server.close();
  }
}

async function measureOne(
  chromium: ExtensionBrowser,
  url: string,
  s: BrowserSample,
  trace = false,
): Promise<BrowserPage & { breakdown?: TaskBreakdown | null }> {
  const page = await chromium.browser.newPage();
  let panel: Page | null = null;
  try {
    await page.evaluateOnNewDocument(NAME_SHIM);
    await page.evaluateOnNewDocument(installProbe);
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    panel = await chromium.openPanel(url);
    await panel.evaluate(NAME_SHIM);
    await panel.waitForSelector('.status.idle button.primary', { timeout: TIMEOUT_MS });
    // The page must be the visible tab: a hidden one gets no animation frames, so no paint.
    await page.bringToFront();
    const heapBefore = await heapMB(page);

    await armPaint(page);
    await armPanel(panel);
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    const start = await click(panel, '.status.idle button.primary');
    const filled = await within(
      panel.evaluate(() => (window as unknown as { __ledeFilled: Promise<[number, string]> }).__ledeFilled),
      'the panel to fill',
    );
    const [panelAt, outcome] = filled;
    const readerAt = outcome === 'ready' ? await within(painted(page), 'the reader view') : null;
    // Long-task entries are delivered after the task: give the observer a moment.
    await new Promise((r) => setTimeout(r, 300));
    const tasks = await page.evaluate(
      () => (window as unknown as { __ledeBench: { tasks: Array<[number, number]> } }).__ledeBench.tasks,
    );
    const longTasksMs = tasks.filter(([at]) => at >= start).map(([, d]) => d);
    const events = trace ? await page.tracing.stop() : undefined;
    const heapAfter = await heapMB(page);

    let secondMs: number | null = null;
    if (readerAt !== null) {
      await clickInReader(page, '.lede-show-original');
      await page.waitForFunction(() => !document.querySelector(':root > :not(head, body)'), { timeout: TIMEOUT_MS });
      await armPaint(page);
      const again = await click(panel, 'header.article-head button.secondary');
      secondMs = (await within(painted(page), 'the reader view, again')) - again;
    }
    return {
      name: s.name,
      set: s.set,
      outcome,
      readerMs: readerAt === null ? null : readerAt - start,
      panelMs: panelAt - start,
      longestTaskMs: Math.max(0, ...longTasksMs),
      longTasksMs,
      heapBeforeMB: heapBefore,
      heapAfterMB: heapAfter,
      secondMs,
      breakdown: events ? breakdown(events, url) : null,
    };
  } finally {
    await panel?.close().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

/**
 * Resolves window.__ledePainted with the time the reader view's body is in the page and a frame
 * has been produced with it: an animation frame, then a task (the frame's paint comes between).
 */
async function armPaint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __ledePainted: Promise<number> };
    w.__ledePainted = new Promise((resolve) => {
      const check = () => {
        if (!document.querySelector(':root > :not(head, body)')?.shadowRoot?.querySelector('.lede-body')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.timeOrigin + performance.now());
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document.documentElement, { childList: true });
    });
  });
}

function painted(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __ledePainted: Promise<number> }).__ledePainted);
}

/** Resolves window.__ledeFilled with [time, 'ready' | error code] once the panel shows a result. */
async function armPanel(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { __ledeFilled: Promise<[number, string]> };
    w.__ledeFilled = new Promise((resolve) => {
      const check = () => {
        const el = document.querySelector('ul.companies, .empty, .status.error');
        if (!el) return;
        observer.disconnect();
        const code = Array.from(el.classList)
          .find((c) => c.startsWith('error-'))
          ?.slice('error-'.length);
        resolve([
          performance.timeOrigin + performance.now(),
          el.matches('.status.error') ? (code ?? 'error') : 'ready',
        ]);
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
}

/** Clicks from inside the page, so the returned time is the click's own, not a round trip's. */
function click(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const button = document.querySelector(sel) as HTMLElement | null;
    if (!button) throw new Error(`no ${sel}`);
    const at = performance.timeOrigin + performance.now();
    button.click();
    return at;
  }, selector);
}

/** JS heap in use after a full collection, so the numbers compare what is retained. */
async function heapMB(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach();
  }
  const { JSHeapUsedSize = 0 } = await page.metrics();
  return JSHeapUsedSize / 2 ** 20;
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function failed(s: BrowserSample, err: unknown): BrowserPage {
  const message = String((err as Error)?.message ?? err)
    .split('\n')[0]!
    .slice(0, 80);
  return {
    name: s.name,
    set: s.set,
    outcome: `bench error: ${message}`,
    readerMs: null,
    panelMs: null,
    longestTaskMs: 0,
    longTasksMs: [],
    heapBeforeMB: 0,
    heapAfterMB: 0,
    secondMs: null,
  };
}

function summarise(
  pages: BrowserPage[],
  extremes: BrowserPage[],
  breakdowns: BrowserResult['breakdowns'],
): BrowserResult {
  const values = (pick: (p: BrowserPage) => number | null) => pages.map(pick).filter((v): v is number => v !== null);
  const reader = values((p) => p.readerMs);
  const panel = values((p) => p.panelMs);
  const tasks = pages.filter((p) => !p.outcome.startsWith('bench error')).map((p) => p.longestTaskMs);
  const second = values((p) => p.secondMs);
  const ratios = values((p) => (p.secondMs !== null && p.readerMs ? p.secondMs / p.readerMs : null));
  return {
    pages,
    extremes,
    breakdowns,
    readerMedian: median(reader),
    readerP95: p95(reader),
    panelMedian: median(panel),
    panelP95: p95(panel),
    longestTaskP95: p95(tasks),
    longestTaskMax: Math.max(0, ...tasks),
    heapDeltaMedianMB: median(
      values((p) => (p.outcome.startsWith('bench error') ? null : p.heapAfterMB - p.heapBeforeMB)),
    ),
    secondMedian: median(second),
    secondRatio: median(ratios),
  };
}

function fmt(ms: number | null): string {
  return ms === null ? '-' : `${ms.toFixed(0)} ms`;
}

/** The seed, every page of the small corpus, and `bodyCount` body pages spread over the sizes. */
export function pickSamples(cases: Case[], bodyCount: number): Case[] {
  const body = cases.filter((c) => c.set === 'corpus-body').sort((a, b) => a.bytes - b.bytes);
  const step = body.length / Math.max(1, bodyCount);
  const spread =
    body.length <= bodyCount
      ? body
      : Array.from({ length: bodyCount }, (_, i) => body[Math.floor(i * step + step / 2)]!);
  return [...cases.filter((c) => c.set !== 'corpus-body'), ...spread];
}
