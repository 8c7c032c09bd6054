import type { WindowLike } from 'dompurify';
import { sanitizeArticle } from '../pipeline/page/sanitize';
import { readFailure, type RawPageResult } from '../pipeline/page/read-article';
import { ledeError, type PageResult } from '../pipeline/types';
import type { SerialisedPage } from '../shared/messages';

/** How long a page may take in the worker before it is stopped and called too complex. */
export const HANDOFF_LIMIT_MS = 10_000;

/** What the watchdog needs of a Worker: the DOM's, or a fake in tests. */
export interface WorkerLike {
  onmessage: ((event: { data: RawPageResult }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(page: SerialisedPage): void;
  terminate(): void;
}

export interface WatchdogDeps {
  startWorker(): WorkerLike;
  /** A real window, whose parser DOMPurify sanitises the worker's article with. */
  window: WindowLike;
  limitMs?: number;
}

/**
 * Reads a serialised page in a fresh worker, stopped after `limitMs` with a "too complex" error:
 * a worker can be stopped mid-task, which Readability on a main thread never can. Each page has
 * its own worker, so a page stopped half-way leaves nothing behind for the next.
 */
export function readInWorker(page: SerialisedPage, deps: WatchdogDeps): Promise<PageResult> {
  const limitMs = deps.limitMs ?? HANDOFF_LIMIT_MS;
  const worker = deps.startWorker();
  return new Promise<PageResult>((resolve) => {
    const finish = (result: PageResult) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, error: ledeError('too-large', { reason: 'time', max: limitMs / 1000 }) }),
      limitMs,
    );
    worker.onmessage = ({ data }) => {
      try {
        finish(data.ok ? { ok: true, article: sanitizeArticle(data.article, deps.window) } : data);
      } catch (err) {
        finish(readFailure(err));
      }
    };
    worker.onerror = (event) => finish(readFailure(event.message ?? 'the worker failed'));
    worker.postMessage(page);
  });
}
