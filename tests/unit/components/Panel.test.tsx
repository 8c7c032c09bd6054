// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleFrom, readPage } from '../../helpers/dom';
import { createFakeTab } from '../../helpers/fake-tab';
import { Panel } from '../../../components/Panel';
import { activate } from '../../../utils/background/activate';
import { setReaderShown, setTabState } from '../../../utils/shared/tab-state';
import { ledeError, type LedeError } from '../../../utils/pipeline/types';

const article = articleFrom(readPage('seed-article/source.html'));
let tab: Awaited<ReturnType<typeof createFakeTab>>;

async function showPanel(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => {
    render(<Panel pinnedTabId={tab.tabId} />, root);
  });
  // Let the storage reads and the tab lookup settle.
  await act(() => new Promise((r) => setTimeout(r, 20)));
  return root;
}

describe('the panel for a tab with an article', () => {
  beforeEach(async () => {
    tab = await createFakeTab({ url: 'https://news.example/story', article });
    await activate(tab.tabId, 'https://news.example/story');
    await tab.settled();
  });

  it('lists the article’s companies and quotes, and offers to always open the site', async () => {
    const root = await showPanel();
    expect(root.querySelector('h1')?.textContent).toBe(article.title);
    expect(root.querySelectorAll('ul.companies li').length).toBeGreaterThan(0);
    expect(root.querySelector('.always input[type="checkbox"]')).not.toBeNull();
  });

  it('in a private window, offers nothing that would remember the site', async () => {
    const { get } = fakeBrowser.tabs;
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => ({ ...(await get(id)), incognito: true }));
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const root = await showPanel();
    expect(root.querySelectorAll('ul.companies li').length).toBeGreaterThan(0);
    expect(root.querySelector('.always input[type="checkbox"]')).toBeNull();
    expect(root.querySelector('.always.note')?.textContent).toMatch(/Private window/);
    expect(syncSet).not.toHaveBeenCalled();
  });

  it('offers "Show original" while the reader view is up, and "Show reader view" once it is hidden', async () => {
    await setReaderShown(tab.tabId, true);
    const root = await showPanel();
    const button = () => root.querySelector('.article-head button')!;
    expect(button().textContent).toBe('Show original');
    await act(() => void button().dispatchEvent(new Event('click')));
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(tab.tabId, { type: 'lede:hide' });
    await act(() => setReaderShown(tab.tabId, false));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(button().textContent).toBe('Show reader view');
    expect(root.textContent).not.toContain('Show original');
  });
});

describe('the panel for a page Lede could not read', () => {
  const buttons = (root: HTMLElement) => Array.from(root.querySelectorAll('.status button'), (b) => b.textContent);

  it('offers "Try again" where asking again can end otherwise, and only there', async () => {
    tab = await createFakeTab({ url: 'https://news.example/story', article });
    const cases: Array<[LedeError, string[]]> = [
      [ledeError('failed', { reason: 'no-answer', detail: 'x' }), ['Try again']],
      [ledeError('too-large', { reason: 'depth', value: 200, max: 180 }), []],
      [ledeError('not-article'), []],
      [ledeError('restricted', { reason: 'browser-page' }), []],
    ];
    for (const [error, expected] of cases) {
      await setTabState(tab.tabId, { status: 'error', error });
      expect(buttons(await showPanel()), error.code).toEqual(expected);
    }
  });
});

describe('the panel while Lede reads', () => {
  it('shows a busy skeleton, then the article’s head as soon as it is known, then the lists', async () => {
    tab = await createFakeTab({ url: 'https://news.example/story', article });
    await setTabState(tab.tabId, { status: 'loading', url: 'https://news.example/story' });
    const root = await showPanel();
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('h1')).toBeNull();
    expect(root.querySelector('.skeleton[aria-hidden="true"]')).not.toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Reading the article…');

    const { paragraphs: _p, html: _h, text, removed, ...head } = article;
    const summary = { ...head, removedCount: removed.length, lead: text };
    await act(() => setTabState(tab.tabId, { status: 'loading', url: article.url, article: summary }));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(root.querySelector('h1')?.textContent).toBe(article.title);
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('ul.companies')).toBeNull();

    await act(async () => {
      await activate(tab.tabId, 'https://news.example/story');
      await tab.settled();
    });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    expect(root.querySelector('.skeleton')).toBeNull();
    expect(root.querySelectorAll('ul.companies li').length).toBeGreaterThan(0);
  });
});
