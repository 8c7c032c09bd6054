import { browser } from 'wxt/browser';
import type { WindowLike } from 'dompurify';
import type { PageResult } from '../pipeline/types';
import type { SerialisedPage } from '../shared/messages';
import { readInWorker, type WorkerLike } from './watchdog';

/** The worker entrypoint (entrypoints/page-worker.ts), built by WXT as an unlisted script. */
const PAGE_WORKER = '/page-worker.js';

/**
 * Reads a serialised page in a worker started from this context, which must be a page with a
 * window (Chrome's offscreen document, Firefox's background page): a service worker has neither
 * `Worker` nor a parser to sanitise with.
 */
export function readInPageWorker(page: SerialisedPage): Promise<PageResult> {
  return readInWorker(page, {
    startWorker: () => new Worker(browser.runtime.getURL(PAGE_WORKER)) as unknown as WorkerLike,
    window: window as unknown as WindowLike,
  });
}
