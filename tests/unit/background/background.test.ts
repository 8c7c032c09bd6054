import { beforeEach, describe, expect, it, vi } from 'vitest';
import { articleFrom, readPage } from '../../helpers/dom';
import { createFakeBrowser } from '../../helpers/fake-browser';

const article = articleFrom(readPage('seed-article/source.html'));
let fake: ReturnType<typeof createFakeBrowser>;
vi.mock('wxt/browser', () => ({
  get browser() {
    return fake.browser;
  },
}));

const { activate, toggle } = await import('../../../utils/background/activate');
const { routeMessage } = await import('../../../utils/background/router');
const self = { id: 'lede-id', base: 'chrome-extension://lede-id/' };
const TAB = 7;

beforeEach(() => {
  fake = createFakeBrowser({ url: 'https://news.example/story', article });
});

describe('activation (toolbar button, shortcut, panel)', () => {
  it('injects the content script, shows the reader view and publishes the analysis for the panel', async () => {
    expect((await activate(TAB, 'https://news.example/story')).status).toBe('loading');
    await fake.settled();
    const state = fake.session.get(`tab:${TAB}`) as { status: string };
    expect(fake.browser.scripting.executeScript).toHaveBeenCalledTimes(1);
    // The sheet that hides the page under the view, as a user sheet the extension takes with it.
    expect(fake.browser.scripting.insertCSS).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: TAB }, origin: 'USER' }),
    );
    expect(fake.isShown()).toBe(true);
    expect(state.status).toBe('ready');
    const stored = fake.session.get(`tab:${TAB}`) as {
      status: string;
      insights: { companies: unknown[] };
      article: { html?: string };
    };
    expect(stored.status).toBe('ready');
    expect(stored.insights.companies).toHaveLength(6);
    expect(stored.article.html).toBeUndefined(); // the panel gets no page HTML
  });

  it('reuses the published analysis when the reader view is asked for again', async () => {
    await activate(TAB, 'https://news.example/story');
    await fake.settled();
    const sets = fake.browser.storage.session.set.mock.calls.length;
    await activate(TAB, 'https://news.example/story');
    await fake.settled();
    expect(fake.browser.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(fake.browser.storage.session.set.mock.calls.length).toBe(sets);
  });

  it('explains browser pages instead of failing', async () => {
    fake = createFakeBrowser({ url: 'chrome://settings', article });
    const state = await activate(TAB, 'chrome://settings');
    expect(state).toMatchObject({ status: 'error', error: { code: 'restricted' } });
    expect(fake.browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('passes on the content script’s "not an article"', async () => {
    fake = createFakeBrowser({ url: 'https://mail.example/login', article: null });
    await activate(TAB);
    await fake.settled();
    expect(fake.session.get(`tab:${TAB}`)).toMatchObject({ status: 'error', error: { code: 'not-article' } });
  });

  it('publishes the article when the content script reports it after the background was stopped and started again', async () => {
    // A fresh background has nothing in memory: all it has is the message and storage.session.
    vi.resetModules();
    const fresh = await import('../../../utils/background/router');
    await fresh.routeMessage(
      { type: 'lede:page-read', result: { ok: true, article } },
      { id: 'lede-id', tab: { id: TAB, url: 'https://news.example/story' }, frameId: 0 },
      self,
    );
    expect(fake.session.get(`tab:${TAB}`)).toMatchObject({ status: 'ready', url: 'https://news.example/story' });
  });

  it('takes an article report only from the top frame of its own tab', async () => {
    expect(
      routeMessage(
        { type: 'lede:page-read', result: { ok: true, article } },
        { id: 'lede-id', tab: { id: TAB, url: 'https://news.example/story' }, frameId: 3 },
        self,
      ),
    ).toBeUndefined();
    expect(
      routeMessage(
        { type: 'lede:page-read', result: { ok: true, article } },
        { id: 'lede-id', url: `${self.base}sidepanel.html` },
        self,
      ),
    ).toBeUndefined();
    expect(fake.session.has(`tab:${TAB}`)).toBe(false);
  });
});

describe('the toggle shortcut', () => {
  it('opens Lede on a fresh page, then hides and shows the reader view', async () => {
    await toggle(TAB, 'https://news.example/story');
    await fake.settled();
    expect(fake.isShown()).toBe(true);
    expect((fake.session.get(`tab:${TAB}`) as { status: string }).status).toBe('ready');
    await toggle(TAB, 'https://news.example/story');
    expect(fake.isShown()).toBe(false);
    await toggle(TAB, 'https://news.example/story');
    expect(fake.isShown()).toBe(true);
  });
});

describe('routeMessage: messages are trusted only from Lede', () => {
  it('ignores other extensions and anything that is not a Lede message', () => {
    expect(
      routeMessage(
        { type: 'lede:activate', tabId: TAB },
        { id: 'other', url: 'chrome-extension://other/x.html' },
        self,
      ),
    ).toBeUndefined();
    expect(routeMessage({ type: 'evil' }, { id: 'lede-id', url: self.base }, self)).toBeUndefined();
    expect(routeMessage('lede:activate', { id: 'lede-id', url: self.base }, self)).toBeUndefined();
  });

  it('takes activation only from an extension page, never from a content script', async () => {
    expect(
      routeMessage(
        { type: 'lede:activate', tabId: TAB },
        { id: 'lede-id', url: 'https://news.example/story', tab: { id: 3 } },
        self,
      ),
    ).toBeUndefined();
    await routeMessage(
      { type: 'lede:activate', tabId: TAB },
      { id: 'lede-id', url: `${self.base}sidepanel.html` },
      self,
    );
    expect(fake.isShown()).toBe(true);
  });

  it("clears the sender's own tab on a page change, never a tab the message names", async () => {
    fake.session.set('tab:1', { status: 'ready' });
    fake.session.set('tab:2', { status: 'ready' });
    await routeMessage({ type: 'lede:page-changed', url: 'x', tabId: 2 }, { id: 'lede-id', tab: { id: 1 } }, self);
    expect(fake.session.has('tab:1')).toBe(false);
    expect(fake.session.has('tab:2')).toBe(true);
    expect(routeMessage({ type: 'lede:page-changed', url: 'x' }, { id: 'lede-id' }, self)).toBeUndefined();
  });
});
