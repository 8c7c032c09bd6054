import { browser } from 'wxt/browser';
import { readInPageWorker } from '../handoff/host';
import type { PageResult } from '../pipeline/types';
import { sendToOffscreen, type SerialisedPage } from '../shared/messages';

/** Chrome's offscreen API, which the polyfill's types do not list. */
interface Offscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface Contexts {
  getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

let opening: Promise<void> | null = null;

/**
 * A page over the in-page work budget, read in a worker under a watchdog. Firefox's background
 * is a page and starts the worker itself; Chrome's is a service worker, which cannot, so an
 * offscreen document hosts it. Either way no extension page's main thread (the panel shares
 * one with them) does the heavy work.
 */
export async function readElsewhere(page: SerialisedPage): Promise<PageResult> {
  const offscreen = (browser as unknown as { offscreen?: Offscreen }).offscreen;
  if (!offscreen) return readInPageWorker(page);
  await (opening ??= openOffscreen(offscreen).catch((err: unknown) => {
    opening = null;
    throw err;
  }));
  return sendToOffscreen({ type: 'lede:read-offscreen', page });
}

/** The offscreen document, opened once: it may outlive a stopped service worker, so it is looked for first. */
async function openOffscreen(offscreen: Offscreen): Promise<void> {
  const open = await (browser.runtime as unknown as Contexts).getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open.length) return;
  await offscreen.createDocument({
    url: browser.runtime.getURL('/offscreen.html'),
    reasons: ['WORKERS', 'DOM_PARSER'],
    justification: 'Reads a page too complex to clean in its own tab, in a worker that can be stopped.',
  });
}
