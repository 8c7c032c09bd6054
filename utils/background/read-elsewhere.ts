import { browser } from 'wxt/browser';
import { readInPageWorker } from '../handoff/host';
import type { PageResult } from '../pipeline/types';
import { sendToOffscreen, type SerialisedPage } from '../shared/messages';

/** Chrome's offscreen API, which the polyfill's types do not list. */
interface Offscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
interface Contexts {
  getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

/** The offscreen document, open or opening; null when closed. */
let opened: Promise<void> | null = null;
/** Its closing, which a read that comes meanwhile waits out before opening it again. */
let closing: Promise<void> = Promise.resolve();
let reading = 0;

/**
 * A page over the in-page work budget, read in a worker under a watchdog. Firefox's background
 * is a page and starts the worker itself; Chrome's is a service worker, which cannot, so an
 * offscreen document hosts it. Either way no extension page's main thread (the panel shares
 * one with them) does the heavy work.
 */
export async function readElsewhere(page: SerialisedPage): Promise<PageResult> {
  const offscreen = (browser as unknown as { offscreen?: Offscreen }).offscreen;
  if (!offscreen) return readInPageWorker(page);
  reading++;
  try {
    await closing;
    await (opened ??= openOffscreen(offscreen).catch((err: unknown) => {
      opened = null;
      throw err;
    }));
    return await sendToOffscreen({ type: 'lede:read-offscreen', page });
  } finally {
    // Pages this heavy are rare: the document (a renderer process) is not kept for the next one.
    if (--reading === 0 && opened) {
      opened = null;
      closing = offscreen.closeDocument().catch(() => undefined);
    }
  }
}

/** Opens the offscreen document; one left open by a stopped service worker is looked for first. */
async function openOffscreen(offscreen: Offscreen): Promise<void> {
  const open = await (browser.runtime as unknown as Contexts).getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open.length) return;
  await offscreen.createDocument({
    url: browser.runtime.getURL('/offscreen.html'),
    reasons: ['WORKERS', 'DOM_PARSER'],
    justification: 'Reads a page too complex to clean in its own tab, in a worker that can be stopped.',
  });
}
