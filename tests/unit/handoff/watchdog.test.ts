import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WindowLike } from 'dompurify';
import { readInWorker, type WorkerLike } from '../../../utils/handoff/watchdog';
import type { RawPageResult } from '../../../utils/pipeline/page/read-article';
import type { SerialisedPage } from '../../../utils/shared/messages';
import { parseHtml } from '../../helpers/dom';

const page: SerialisedPage = {
  html: '<html></html>',
  url: 'https://news.example/story',
  baseUrl: 'https://news.example/',
};

/** A worker that answers with `answer` after `delayMs`, or never when `answer` is null. */
function fakeWorker(answer: RawPageResult | null, delayMs = 0) {
  const worker: WorkerLike & { terminated: boolean; received: SerialisedPage[] } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    received: [],
    postMessage(job) {
      this.received.push(job);
      if (answer) setTimeout(() => !this.terminated && this.onmessage?.({ data: answer }), delayMs);
    },
    terminate() {
      this.terminated = true;
    },
  };
  return worker;
}

const win = parseHtml('<html></html>').window as unknown as WindowLike;

describe('readInWorker', () => {
  afterEach(() => vi.useRealTimers());

  it('stops a worker that runs over its time and calls the page too complex', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker(null);
    const result = readInWorker(page, { startWorker: () => worker, window: win, limitMs: 10_000 });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({ ok: false, error: { code: 'too-large', params: { reason: 'time', max: 10 } } });
    expect(worker.terminated).toBe(true);
  });

  it('passes the page to the worker and its article back, sanitised, and lets the worker go', async () => {
    const raw: RawPageResult = {
      ok: true,
      article: {
        url: page.url,
        title: 'Title',
        byline: null,
        siteName: null,
        publishedTime: null,
        lang: 'en',
        dir: null,
        excerpt: null,
        leadImage: null,
        live: null,
        unsafeHtml: '<p data-lede-p="p1">Text <img src="x" onerror="alert(1)"><script>alert(2)</script></p>',
        text: 'Text',
        paragraphs: [{ id: 'p1', text: 'Text', role: 'text' }],
        removed: [{ kind: 'ad', rule: 'ad-slot', text: 'Ad', unsafeHtml: '<div onclick="x()">Ad</div>', after: 'p1' }],
        wordCount: 1,
        readingMinutes: 1,
      },
    };
    const worker = fakeWorker(raw, 5);
    const result = await readInWorker(page, { startWorker: () => worker, window: win });
    expect(worker.received).toEqual([page]);
    expect(worker.terminated).toBe(true);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.article.html).toBe('<p data-lede-p="p1">Text <img src="x"></p>');
    expect(result.article.removed[0]).toEqual({
      kind: 'ad',
      rule: 'ad-slot',
      text: 'Ad',
      html: '<div>Ad</div>',
      after: 'p1',
    });
    expect(result.article.paragraphs).toEqual(raw.article.paragraphs);
  });

  it('passes a failure through as it is', async () => {
    const failure: RawPageResult = { ok: false, error: { code: 'not-article' } };
    expect(await readInWorker(page, { startWorker: () => fakeWorker(failure), window: win })).toEqual(failure);
  });

  it('reports a worker that crashed, rather than wait for it', async () => {
    const worker = fakeWorker(null);
    const result = readInWorker(page, { startWorker: () => worker, window: win });
    worker.onerror?.({ message: 'out of memory' });
    expect(await result).toEqual({
      ok: false,
      error: { code: 'failed', params: { reason: 'read', detail: 'out of memory' } },
    });
    expect(worker.terminated).toBe(true);
  });
});
