// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderView } from '../../../../utils/content/reader/view';
import { DEFAULT_SETTINGS } from '../../../../utils/shared/settings';
import { articleFrom, dispatchTrusted, readPage, trustedClick } from '../../../helpers/dom';

const article = articleFrom(readPage('seed-article/source.html'));

/** The view's Copy as Markdown is not under test here. */
const noMarkdown = async () => '';

const mutationsSeen = () => new Promise((r) => setTimeout(r, 0));

function pageHtml() {
  return '<div id="site"><p style="color:red">The page as it was.</p><script>window.__pageRan = 1</script></div>';
}

describe('ReaderView', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('style');
    document.body.innerHTML = pageHtml();
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  });

  const make = (overrides = {}, shown = article) =>
    new ReaderView(shown, document, { css: '.x{}', settings: DEFAULT_SETTINGS, markdown: noMarkdown, ...overrides });

  it('shows the article in a shadow root over the page, and gives the page back unchanged', () => {
    const before = document.documentElement.outerHTML;
    const view = make();
    view.show();
    expect(view.shown).toBe(true);
    expect(view.host.parentNode).toBe(document.documentElement);
    expect(view.shadow.querySelector('.lede-title')?.textContent).toBe(article.title);
    expect(view.shadow.querySelector('.lede-body')?.textContent).toContain('Commerce Secretary Wilbur Ross said');
    // The page-lock sheet keys on this; the view itself changes nothing else on the page.
    expect(document.documentElement.hasAttribute('data-lede-reading')).toBe(true);
    view.hide();
    expect(view.shown).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('restores a style the page had set on <html> itself', () => {
    document.documentElement.style.setProperty('overflow', 'scroll');
    const before = document.documentElement.outerHTML;
    const view = make();
    view.show();
    view.hide();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('leaves the view on Esc and on "Show original"', () => {
    const view = make();
    view.show();
    dispatchTrusted(
      view.shadow.querySelector('.lede-root')!,
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    expect(view.shown).toBe(false);
    view.show();
    trustedClick(view.shadow.querySelector('.lede-show-original') as HTMLButtonElement);
    expect(view.shown).toBe(false);
  });

  it('keeps a right-to-left article’s direction and its own controls left to right', () => {
    const view = make({}, { ...article, dir: 'rtl', lang: 'ar' });
    const dirOf = (selector: string) => getComputedDir(view.shadow.querySelector(selector)!);
    expect(dirOf('.lede-article')).toBe('rtl');
    for (const chrome of ['.lede-toolbar', '.lede-removed', '.lede-source', '.lede-meta > span:last-child'])
      expect([chrome, dirOf(chrome)]).toEqual([chrome, 'ltr']);
    expect(view.shadow.querySelector('.lede-meta > span:last-child')?.textContent).toMatch(/^\d+ min read$/);
  });

  it('says so when Listen is pressed on a system with no voice', async () => {
    vi.useFakeTimers();
    const speech = Object.assign(new EventTarget(), { getVoices: () => [], speak: vi.fn() });
    vi.stubGlobal('speechSynthesis', speech);
    try {
      const view = make();
      const notice = view.shadow.querySelector('.lede-notice[role="status"]')!;
      expect(notice.textContent).toBe('');
      trustedClick(view.shadow.querySelector('.lede-listen')!);
      await vi.advanceTimersByTimeAsync(5000);
      expect(notice.textContent).toMatch(/no voice to read aloud/);
      expect(speech.speak).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });

  it('has a host the page could not name beforehand, with a closed root', () => {
    const [a, b] = [make(), make()];
    expect(a.host.localName).toMatch(/^lede-reader-[a-z0-9]{12}$/);
    expect(a.host.localName).not.toBe(b.host.localName);
    expect(a.host.shadowRoot).toBeNull();
    expect(make({ hostTag: 'lede-reader-given1234' }).host.localName).toBe('lede-reader-given1234');
  });

  it('ignores the clicks, changes and keys a page script makes up', () => {
    const onSettingsChange = vi.fn();
    const view = make({ onSettingsChange });
    view.show();
    const q = (sel: string) => view.shadow.querySelector(sel) as HTMLElement;
    q('button[aria-label="Larger text"]').click();
    const theme = q('select[name="theme"]') as HTMLSelectElement;
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    q('.lede-root').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    q('.lede-show-original').click();
    expect(onSettingsChange).not.toHaveBeenCalled();
    expect(view.shown).toBe(true);
  });

  it('stays the one host under <html> while shown, and says when it goes up and down', async () => {
    const onShownChange = vi.fn();
    const view = make({ onShownChange });
    view.show();
    expect(onShownChange).toHaveBeenLastCalledWith(true);
    // A page that copies the host's name to cover the view loses its copy.
    const impostor = document.createElement(view.host.localName);
    document.documentElement.append(impostor);
    await mutationsSeen();
    expect(impostor.isConnected).toBe(false);
    expect(view.shown).toBe(true);
    // A page that takes the attribute away has the view taken down properly, sheet and all.
    document.documentElement.removeAttribute('data-lede-reading');
    await mutationsSeen();
    expect(view.shown).toBe(false);
    expect(view.host.isConnected).toBe(false);
    expect(onShownChange).toHaveBeenLastCalledWith(false);
  });

  it('pins its host against page CSS with inline !important styles', () => {
    const view = make();
    view.show();
    expect(view.host.style.getPropertyPriority('display')).toBe('important');
    expect(view.host.style.getPropertyValue('z-index')).toBe('2147483647');
  });

  it('highlights a quote inside its paragraph, and only one passage at a time', () => {
    const view = make();
    view.show();
    const quote = 'I stand with President Trump’s commitment to protecting the privacy';
    const p = article.paragraphs.find((x) => x.text.includes('I stand with'))!;
    expect(view.highlight(p.id, quote)).toBe(true);
    const marks = view.shadow.querySelectorAll('mark.lede-highlight');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(`I stand with President Trump's commitment to protecting the privacy`);
    const other = article.paragraphs.find((x) => x.text.includes('Graham Webster'))!;
    expect(view.highlight(other.id, 'There is a lot of power')).toBe(true);
    expect(view.shadow.querySelectorAll('mark.lede-highlight')).toHaveLength(1);
  });

  it('marks the whole block when the passage is not found, and refuses ids it did not make', () => {
    const view = make();
    view.show();
    expect(view.highlight('p1', 'words that are not there')).toBe(true);
    expect(view.shadow.querySelector('.lede-highlight-block')).not.toBeNull();
    expect(view.highlight('p1"] , *[x="', 'x')).toBe(false);
    expect(view.highlight('p999', 'x')).toBe(false);
  });

  it('lists the removed clutter and puts an item back where it stood', () => {
    const view = make();
    view.show();
    expect(view.shadow.querySelector('.lede-removed summary')?.textContent).toMatch(/ads?.*removed/);
    const index = article.removed.findIndex((r) => r.kind === 'also-read');
    const putBack = view.shadow.querySelectorAll<HTMLButtonElement>('.lede-removed button')[index]!;
    trustedClick(putBack);
    const restored = view.shadow.querySelector(`[data-lede-restored="${index}"]`)!;
    expect(restored.textContent).toContain('Jack Ma not missing');
    expect(restored.previousElementSibling?.textContent).toContain('Meanwhile, companies like Alibaba');
    expect(putBack.disabled).toBe(true);
    trustedClick(putBack);
    expect(view.shadow.querySelectorAll('[data-lede-restored]')).toHaveLength(1);
  });

  it('applies settings and reports changes made in its toolbar', () => {
    const onSettingsChange = vi.fn();
    const view = make({ onSettingsChange });
    const root = view.shadow.querySelector('.lede-root') as HTMLElement;
    const theme = view.shadow.querySelector('select[name="theme"]') as HTMLSelectElement;
    theme.value = 'sepia';
    dispatchTrusted(theme, new Event('change'));
    expect(root.dataset.theme).toBe('sepia');
    expect(onSettingsChange).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'sepia' }));
    trustedClick(view.shadow.querySelector('button[aria-label="Larger text"]') as HTMLButtonElement);
    expect(root.style.getPropertyValue('--size')).toBe(`${DEFAULT_SETTINGS.size + 2}px`);
    view.setSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(root.dataset.theme).toBe('dark');
    expect(theme.value).toBe('dark');
  });

  it('renders page text as text: a title with markup stays text', () => {
    const view = new ReaderView({ ...article, title: '<img src=x onerror="window.__pwned=1">' }, document, {
      css: '',
      settings: DEFAULT_SETTINGS,
      markdown: noMarkdown,
    });
    view.show();
    expect(view.shadow.querySelector('.lede-title img')).toBeNull();
    expect(view.shadow.querySelector('.lede-title')?.textContent).toContain('<img');
  });
});

describe('ReaderView highlighting of names and quotes', () => {
  it('marks every mention of the companies and the quotes on demand, and unmarks them', async () => {
    const { analyzeText } = await import('../../../../utils/pipeline/insights');
    document.body.innerHTML = '<p>page</p>';
    const view = new ReaderView(article, document, { css: '', settings: DEFAULT_SETTINGS, markdown: noMarkdown });
    view.show();
    const toggle = view.shadow.querySelector('.lede-entities') as HTMLButtonElement;
    expect(toggle.disabled).toBe(true);
    view.setInsights(analyzeText(article));
    trustedClick(toggle);
    const companies = Array.from(view.shadow.querySelectorAll('mark.lede-company')).map((m) => m.textContent);
    expect(companies).toEqual(expect.arrayContaining(['Alibaba', 'Tencent', 'Ant Group', 'Ant']));
    expect(companies).not.toContain('Ant Group Ant');
    expect(view.shadow.querySelectorAll('mark.lede-quote').length).toBe(3);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const textBefore = view.shadow.querySelector('.lede-body')!.textContent;
    trustedClick(toggle);
    expect(view.shadow.querySelectorAll('mark.lede-company, mark.lede-quote')).toHaveLength(0);
    expect(view.shadow.querySelector('.lede-body')!.textContent).toBe(textBefore);
  });

  it('marks a live blog as live, and offers new updates once', () => {
    expect(
      new ReaderView(article, document, {
        css: '',
        settings: DEFAULT_SETTINGS,
        markdown: noMarkdown,
      }).shadow.querySelector('.lede-live'),
    ).toBeNull();
    const view = new ReaderView({ ...article, live: { updated: '2026-11-24T11:05:00Z' } }, document, {
      css: '',
      settings: DEFAULT_SETTINGS,
      markdown: noMarkdown,
    });
    view.show();
    expect(view.shadow.querySelector('.lede-meta .lede-live')?.textContent).toBe('Live');
    expect(view.shadow.querySelector('.lede-meta')?.textContent).toContain('Updated');
    const onShow = vi.fn();
    view.offerUpdates(onShow);
    view.offerUpdates(onShow);
    const buttons = view.shadow.querySelectorAll<HTMLButtonElement>('.lede-updates button');
    expect(buttons).toHaveLength(1);
    trustedClick(buttons[0]!);
    expect(onShow).toHaveBeenCalledTimes(1);
    view.hide();
  });
});

/** The direction an element takes from the nearest dir attribute (jsdom computes no `direction`). */
function getComputedDir(el: Element): string | null {
  return el.closest('[dir]')?.getAttribute('dir') ?? null;
}
