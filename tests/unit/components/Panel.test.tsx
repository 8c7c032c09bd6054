// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { articleFrom, readPage } from '../../helpers/dom';
import { createFakeBrowser } from '../../helpers/fake-browser';

const article = articleFrom(readPage('seed-article/source.html'));
let fake: ReturnType<typeof createFakeBrowser>;
vi.mock('wxt/browser', () => ({
  get browser() {
    return fake.browser;
  },
}));

const { Panel } = await import('../../../components/Panel');
const { activate } = await import('../../../utils/background/activate');
const TAB = 7;

async function showPanel(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => {
    render(<Panel pinnedTabId={TAB} />, root);
  });
  // Let the storage reads and the tab lookup settle.
  await act(() => new Promise((r) => setTimeout(r, 20)));
  return root;
}

describe('the panel for a tab with an article', () => {
  beforeEach(async () => {
    fake = createFakeBrowser({ url: 'https://news.example/story', article });
    await activate(TAB, 'https://news.example/story');
    await fake.settled();
  });

  it('lists the article’s companies and quotes, and offers to always open the site', async () => {
    const root = await showPanel();
    expect(root.querySelector('h1')?.textContent).toBe(article.title);
    expect(root.querySelectorAll('ul.companies li').length).toBeGreaterThan(0);
    expect(root.querySelector('.always input[type="checkbox"]')).not.toBeNull();
  });

  it('in a private window, offers nothing that would remember the site', async () => {
    fake.incognito = true;
    const root = await showPanel();
    expect(root.querySelectorAll('ul.companies li').length).toBeGreaterThan(0);
    expect(root.querySelector('.always input[type="checkbox"]')).toBeNull();
    expect(root.querySelector('.always.note')?.textContent).toMatch(/Private window/);
    expect(fake.browser.storage.sync.set).not.toHaveBeenCalled();
  });
});
