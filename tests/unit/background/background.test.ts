import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleFrom, readPage } from '../../helpers/dom';
import { createFakeTab, SELF as self } from '../../helpers/fake-tab';
import { activate, toggle } from '../../../utils/background/activate';
import { readWhenAllowed } from '../../../utils/background/site-access';
import { routeMessage } from '../../../utils/background/router';
import { reportOf, type TabState } from '../../../utils/shared/messages';
import { getReaderShown } from '../../../utils/shared/tab-state';

const article = articleFrom(readPage('seed-article/source.html'));
const STORY = 'https://news.example/story';
let tab: Awaited<ReturnType<typeof createFakeTab>>;
let TAB: number;

beforeEach(async () => {
  tab = await createFakeTab({ url: STORY, article });
  TAB = tab.tabId;
});

describe('activation (toolbar button, shortcut, panel)', () => {
  it('injects the content script, shows the reader view and publishes the analysis for the panel', async () => {
    expect((await activate(TAB, STORY)).status).toBe('loading');
    await tab.settled();
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(tab.isShown()).toBe(true);
    const stored = (await tab.stored()) as {
      status: string;
      insights: { companies: unknown[] };
      article: { html?: string };
    };
    expect(stored.status).toBe('ready');
    expect(stored.insights.companies).toHaveLength(6);
    expect(stored.article.html).toBeUndefined(); // the panel gets no page HTML
  });

  it('publishes the article’s head as soon as the page is read, before its analysis', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await activate(TAB, STORY);
    await tab.settled();
    const states = set.mock.calls.map(([items]) => Object.values(items)[0] as TabState);
    expect(states.map((s) => [s.status, 'article' in s ? s.article?.title : undefined])).toEqual([
      ['loading', undefined],
      ['loading', article.title],
      ['ready', article.title],
    ]);
    set.mockRestore();
  });

  it('reuses the published analysis when the reader view is asked for again', async () => {
    await activate(TAB, STORY);
    await tab.settled();
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await activate(TAB, STORY);
    await tab.settled();
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(set).not.toHaveBeenCalled();
  });

  it('explains browser pages instead of failing', async () => {
    tab = await createFakeTab({ url: 'chrome://settings', article });
    const state = await activate(tab.tabId, 'chrome://settings');
    expect(state).toMatchObject({ status: 'error', error: { code: 'restricted' } });
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('passes on the content script’s "not an article"', async () => {
    tab = await createFakeTab({ url: 'https://mail.example/login', article: null });
    await activate(tab.tabId);
    await tab.settled();
    expect(await tab.stored()).toMatchObject({ status: 'error', error: { code: 'not-article' } });
  });

  it('publishes the article when the content script reports it after the background was stopped and started again', async () => {
    // A fresh background has nothing in memory: all it has is the message and storage.session.
    vi.resetModules();
    const fresh = await import('../../../utils/background/router');
    const highlights = await fresh.routeMessage(
      { type: 'lede:page-read', page: reportOf({ ok: true, article }) },
      { id: self.id, tab: { id: TAB, url: STORY }, frameId: 0 },
      self,
    );
    expect(await tab.stored()).toMatchObject({ status: 'ready', url: STORY });
    // The answer is what the reader view highlights: the companies and quotes, nothing more.
    expect(Object.keys(highlights as object).sort()).toEqual(['companies', 'quotes']);
    expect((highlights as { companies: unknown[] }).companies).toHaveLength(6);
  });

  it('adds the page-lock sheet for the view its content script shows, and takes it away when hidden', async () => {
    const host = 'lede-reader-k3j9x2q8';
    const lock = (shown: boolean, frameId = 0, tag = host) =>
      routeMessage(
        { type: 'lede:view-shown', host: tag, shown },
        { id: self.id, tab: { id: TAB, url: STORY }, frameId },
        self,
      );
    await lock(true);
    // A user sheet, which the browser takes away with the extension.
    const sheet = {
      target: { tabId: TAB },
      css: expect.stringContaining(`html[data-lede-reading] > ${host} {`),
      origin: 'USER',
    };
    expect(fakeBrowser.scripting.insertCSS).toHaveBeenCalledWith(sheet);
    await lock(false);
    expect(fakeBrowser.scripting.removeCSS).toHaveBeenCalledWith(sheet);
    // Neither a frame's script nor a tag Lede would not draw gets a sheet.
    expect(lock(true, 3)).toBeUndefined();
    await lock(true, 0, 'x{} html{display:none} y');
    expect(fakeBrowser.scripting.insertCSS).toHaveBeenCalledTimes(1);
  });

  it('takes an article report only from the top frame of its own tab', async () => {
    expect(
      routeMessage(
        { type: 'lede:page-read', page: reportOf({ ok: true, article }) },
        { id: self.id, tab: { id: TAB, url: STORY }, frameId: 3 },
        self,
      ),
    ).toBeUndefined();
    expect(
      routeMessage(
        { type: 'lede:page-read', page: reportOf({ ok: true, article }) },
        { id: self.id, url: `${self.base}sidepanel.html` },
        self,
      ),
    ).toBeUndefined();
    expect(await tab.stored()).toBeUndefined();
  });
});

describe('a page Lede was not let into (the panel pressed first)', () => {
  const denied = () => {
    const inject = fakeBrowser.scripting.executeScript;
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      );
    }) as typeof inject;
    fakeBrowser.commands.getAll = vi.fn(async () => [{ name: '_execute_action', shortcut: 'Alt+Shift+L' }]);
    return () => (fakeBrowser.scripting.executeScript = inject);
  };
  type Requests = { addHostAccessRequest?: (request: { tabId: number }) => Promise<void> };

  it('names the toolbar button and the shortcut as set, and asks the browser where it can', async () => {
    denied();
    expect(await activate(TAB)).toMatchObject({
      status: 'error',
      error: { code: 'restricted', params: { reason: 'needs-click-key', shortcut: 'Alt+Shift+L' } },
    });
    const ask = vi.fn(async () => undefined);
    (fakeBrowser.permissions as Requests).addHostAccessRequest = ask;
    expect(await activate(TAB)).toMatchObject({ error: { params: { reason: 'needs-allow-key' } } });
    expect(ask).toHaveBeenCalledWith({ tabId: TAB });
    fakeBrowser.commands.getAll = vi.fn(async () => [{ name: '_execute_action', shortcut: '' }]);
    expect(await activate(TAB)).toMatchObject({ error: { params: { reason: 'needs-allow' } } });
  });

  it('reads the page once the reader allows the site Lede asked for', async () => {
    const restore = denied();
    (fakeBrowser.permissions as Requests).addHostAccessRequest = vi.fn(async () => undefined);
    let onAdded: (p: { origins?: string[] }) => void = () => undefined;
    fakeBrowser.permissions.onAdded.addListener = vi.fn((l) => (onAdded = l));
    readWhenAllowed((id) => activate(id, STORY));
    await activate(TAB);
    restore();
    onAdded({ origins: ['https://news.example/*'] });
    await vi.waitFor(() => expect(tab.isShown()).toBe(true));
    await tab.settled();
    expect(await tab.stored()).toMatchObject({ status: 'ready', url: STORY });
  });
});

describe('the toggle shortcut', () => {
  it('opens Lede on a fresh page, then hides and shows the reader view', async () => {
    await toggle(TAB, STORY);
    await tab.settled();
    expect(tab.isShown()).toBe(true);
    expect(((await tab.stored()) as { status: string }).status).toBe('ready');
    await toggle(TAB, STORY);
    expect(tab.isShown()).toBe(false);
    await toggle(TAB, STORY);
    expect(tab.isShown()).toBe(true);
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
    expect(routeMessage({ type: 'evil' }, { id: self.id, url: self.base }, self)).toBeUndefined();
    expect(routeMessage('lede:activate', { id: self.id, url: self.base }, self)).toBeUndefined();
  });

  it('takes activation only from an extension page, never from a content script', async () => {
    expect(
      routeMessage({ type: 'lede:activate', tabId: TAB }, { id: self.id, url: STORY, tab: { id: 3 } }, self),
    ).toBeUndefined();
    await routeMessage({ type: 'lede:activate', tabId: TAB }, { id: self.id, url: `${self.base}sidepanel.html` }, self);
    expect(tab.isShown()).toBe(true);
  });

  it("records the reader view shown or hidden in the sender's own tab, from its top frame only", async () => {
    await routeMessage(
      { type: 'lede:view-shown', host: 'lede-reader-k3j9x2q8', shown: true },
      { id: self.id, tab: { id: TAB }, frameId: 0 },
      self,
    );
    expect(await getReaderShown(TAB)).toBe(true);
    expect(
      routeMessage(
        { type: 'lede:view-shown', host: 'lede-reader-k3j9x2q8', shown: false },
        { id: self.id, tab: { id: TAB }, frameId: 2 },
        self,
      ),
    ).toBeUndefined();
    expect(await getReaderShown(TAB)).toBe(true);
  });

  it("clears the sender's own tab on a page change, never a tab the message names", async () => {
    await fakeBrowser.storage.session.set({ 'tab:1': { status: 'ready' }, 'tab:2': { status: 'ready' } });
    await routeMessage({ type: 'lede:page-changed', url: 'x', tabId: 2 }, { id: self.id, tab: { id: 1 } }, self);
    expect(await tab.stored(1)).toBeUndefined();
    expect(await tab.stored(2)).toBeDefined();
    expect(routeMessage({ type: 'lede:page-changed', url: 'x' }, { id: self.id }, self)).toBeUndefined();
  });

  it("injects the Markdown converter into the asking content script's own frame, and for no other sender", async () => {
    const inject = vi.mocked(fakeBrowser.scripting.executeScript);
    inject.mockClear();
    await routeMessage({ type: 'lede:load-markdown', tabId: 2 }, { id: self.id, tab: { id: TAB }, frameId: 3 }, self);
    expect(inject).toHaveBeenCalledWith({
      target: { tabId: TAB, frameIds: [3] },
      files: ['/content-scripts/markdown.js'],
    });
    expect(routeMessage({ type: 'lede:load-markdown' }, { id: self.id, url: self.base }, self)).toBeUndefined();
    expect(routeMessage({ type: 'lede:load-markdown' }, { id: 'other', tab: { id: TAB } }, self)).toBeUndefined();
    expect(inject).toHaveBeenCalledTimes(1);
  });
});
