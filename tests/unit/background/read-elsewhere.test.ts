import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readElsewhere } from '../../../utils/background/read-elsewhere';
import type { SerialisedPage } from '../../../utils/shared/messages';

const page: SerialisedPage = { html: '<html><body><p>x</p></body></html>', url: 'https://news.example/a', baseUrl: '' };
const ANSWER = { ok: false, error: { code: 'too-large', params: { reason: 'time' } } };
let events: string[];
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Chrome's offscreen API and its document's answer, which the fake browser does not have. */
beforeEach(() => {
  fakeBrowser.reset();
  events = [];
  let open = false;
  Object.assign(fakeBrowser, {
    offscreen: {
      createDocument: vi.fn(async () => void (events.push('open'), (open = true))),
      // Closing takes a while: a read that comes meanwhile must not find the closing document.
      closeDocument: vi.fn(async () => {
        events.push('close');
        await delay(5);
        open = false;
        events.push('closed');
      }),
    },
  });
  Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => (open ? [{}] : [])) });
  fakeBrowser.runtime.onMessage.addListener(async () => {
    events.push('read');
    await delay(5);
    return ANSWER;
  });
});

describe('readElsewhere in Chrome: the offscreen document lives only while it reads', () => {
  it('opens the document once for reads at the same time, and closes it after the last', async () => {
    const answers = await Promise.all([readElsewhere(page), readElsewhere(page)]);
    expect(answers).toEqual([ANSWER, ANSWER]);
    await delay(10);
    expect(events).toEqual(['open', 'read', 'read', 'close', 'closed']);
  });

  it('opens it again for a page that comes after, once the closing is done', async () => {
    await readElsewhere(page);
    expect(await readElsewhere(page)).toEqual(ANSWER);
    await delay(10);
    expect(events).toEqual(['open', 'read', 'close', 'closed', 'open', 'read', 'close', 'closed']);
  });
});
