import type { Article, Insights } from '../../pipeline/types';
import { markAll, markText, unmark } from './highlight';
import { ReadAloud } from './listen';
import { articleToMarkdown } from '../../pipeline/format/article-markdown';
import { kindLabel, removedSummary } from './removed-label';
import { HOST_TAG, READING_ATTR } from '../../background/page-lock';
import { FONTS, LINE_HEIGHTS, SIZE_RANGE, THEMES, WIDTHS, type ReaderSettings } from '../../shared/settings';

export interface ReaderViewOptions {
  css: string;
  settings: ReaderSettings;
  onSettingsChange?: (settings: ReaderSettings) => void;
  /** Called when the reader leaves the view from inside it (button or Esc). */
  onHide?: () => void;
  /** UI strings, looked up by key (browser.i18n in the extension). */
  t?: (key: string, fallback: string) => string;
}

const HIGHLIGHT = 'lede-highlight';

/**
 * The reader view: the cleaned article over the page, in a shadow root so neither side's CSS
 * reaches the other. The page underneath is hidden (see ./page-lock), never changed, so "Show
 * original" gives it back exactly as it was, scroll position included.
 */
export class ReaderView {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly container: HTMLElement;
  private readonly body: HTMLElement;
  private settings: ReaderSettings;
  private savedScroll: [number, number] = [0, 0];
  private restored = new Set<number>();
  private insights: Pick<Insights, 'companies' | 'quotes'> | null = null;
  private entitiesShown = false;
  private readAloud: ReadAloud | null = null;

  constructor(
    private readonly article: Article,
    private readonly doc: Document,
    private readonly options: ReaderViewOptions,
  ) {
    this.settings = options.settings;
    this.host = doc.createElement(HOST_TAG);
    pin(this.host);
    // Open, not closed: a closed root hides nothing from the page that owns the DOM around it
    // (it could read the same article from itself), but would hide the view from accessibility
    // tooling and tests. The isolation that matters, CSS both ways, holds either way.
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = options.css;
    this.root.append(style);
    this.container = this.el('div', { class: 'lede-root' });
    this.body = this.el('div', { class: 'lede-body' });
    this.build();
    this.root.append(this.container);
    this.applySettings();
  }

  get shown(): boolean {
    return this.host.isConnected;
  }

  /** The shadow root, for tests that inspect the view. */
  get shadow(): ShadowRoot {
    return this.root;
  }

  show(): void {
    if (this.shown) return;
    const win = this.doc.defaultView!;
    this.savedScroll = [win.scrollX, win.scrollY];
    const html = this.doc.documentElement;
    // A view left by an earlier copy of Lede (updated or reloaded since) makes way for this one.
    for (const stale of Array.from(html.querySelectorAll(HOST_TAG))) if (stale !== this.host) stale.remove();
    html.setAttribute(READING_ATTR, '');
    html.append(this.host);
    this.container.scrollTop = 0;
    this.focusArticle();
  }

  hide(): void {
    if (!this.shown) return;
    this.readAloud?.stop();
    this.host.remove();
    this.doc.documentElement.removeAttribute(READING_ATTR);
    this.doc.defaultView!.scrollTo(...this.savedScroll);
  }

  toggle(): boolean {
    if (this.shown) this.hide();
    else this.show();
    return this.shown;
  }

  /** Scrolls to a paragraph and marks the passage in it; false when the paragraph is gone. */
  highlight(paragraphId: string, text: string): boolean {
    for (const old of Array.from(this.root.querySelectorAll(`mark.${HIGHLIGHT}`)))
      old.replaceWith(...Array.from(old.childNodes));
    for (const old of Array.from(this.root.querySelectorAll('.lede-highlight-block')))
      old.classList.remove('lede-highlight-block');
    const block = this.paragraph(paragraphId);
    if (!block) return false;
    const target = (text && markText(block, text, HIGHLIGHT)) || block;
    if (target === block) block.classList.add('lede-highlight-block');
    target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    return true;
  }

  /**
   * Tells the reader a live page has new updates since the view was built, with a button that
   * calls `onShow` (which rebuilds the view from the page as it is now). Shown once.
   */
  offerUpdates(onShow: () => void): void {
    if (this.root.querySelector('.lede-updates')) return;
    const notice = this.el('p', { class: 'lede-updates', role: 'status' });
    notice.append(
      this.button(
        this.t('newUpdates', 'New updates: show them'),
        this.t('newUpdatesLabel', 'The live page has new updates. Show them.'),
        onShow,
      ),
    );
    this.root.querySelector('.lede-article header')?.append(notice);
  }

  /** Puts a removed block back where it stood. */
  restoreRemoved(index: number): void {
    const item = this.article.removed[index];
    if (!item || this.restored.has(index)) return;
    this.restored.add(index);
    const wrapper = this.el('div', { class: 'lede-restored', 'data-lede-restored': String(index) });
    wrapper.append(this.fragment(item.html));
    const anchor = item.after ? this.paragraph(item.after) : null;
    const block = anchor ? topLevelOf(anchor, this.body) : null;
    if (block) block.after(wrapper);
    else this.body.prepend(wrapper);
  }

  /**
   * Nodes for HTML the page stage sanitised. Parsed in an inert document (nothing loads or
   * runs there) and adopted, rather than assigned through innerHTML.
   */
  private fragment(html: string): DocumentFragment {
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    const fragment = this.doc.createDocumentFragment();
    for (const node of Array.from(parsed.body.childNodes)) fragment.append(this.doc.adoptNode(node));
    return fragment;
  }

  /** Paragraph ids come from messages: only the page stage's own form is looked up. */
  private paragraph(id: string): Element | null {
    return /^p\d+$/.test(id) ? this.body.querySelector(`[data-lede-p="${id}"]`) : null;
  }

  destroy(): void {
    this.hide();
  }

  private t(key: string, fallback: string): string {
    return this.options.t?.(key, fallback) ?? fallback;
  }

  private build(): void {
    const a = this.article;
    this.container.setAttribute('role', 'document');
    this.container.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.hide();
        this.options.onHide?.();
      }
    });

    const toolbar = this.el('div', {
      class: 'lede-toolbar',
      role: 'toolbar',
      'aria-label': this.t('readerToolbar', 'Reader view'),
    });
    toolbar.append(this.el('span', { class: 'lede-brand' }, 'Lede'));
    toolbar.append(this.select('theme', this.t('settingTheme', 'Theme'), THEMES, (v) => this.t(`theme_${v}`, v)));
    toolbar.append(this.select('font', this.t('settingFont', 'Font'), FONTS, (v) => this.t(`font_${v}`, v)));
    toolbar.append(
      this.button(this.t('smallerText', 'A−'), this.t('smallerTextLabel', 'Smaller text'), () =>
        this.resize(-SIZE_RANGE.step),
      ),
    );
    toolbar.append(
      this.button(this.t('largerText', 'A+'), this.t('largerTextLabel', 'Larger text'), () =>
        this.resize(SIZE_RANGE.step),
      ),
    );
    toolbar.append(this.select('width', this.t('settingWidth', 'Line width'), WIDTHS, (v) => `${v} em`));
    toolbar.append(
      this.select('lineHeight', this.t('settingLineHeight', 'Line height'), LINE_HEIGHTS, (v) => String(v)),
    );
    const listen = this.button(this.t('listen', 'Listen'), this.t('listenLabel', 'Read the article aloud'), () =>
      this.listen(listen),
    );
    listen.classList.add('lede-listen');
    if (!this.doc.defaultView?.speechSynthesis) listen.hidden = true;
    toolbar.append(listen);
    const marks = this.button(
      this.t('highlightEntities', 'Highlight names & quotes'),
      this.t('highlightEntitiesLabel', 'Highlight the companies and quotes the panel lists'),
      () => this.toggleEntities(marks),
    );
    marks.classList.add('lede-entities');
    marks.setAttribute('aria-pressed', 'false');
    marks.disabled = true;
    toolbar.append(marks);
    const copy = this.button(
      this.t('copyArticle', 'Copy as Markdown'),
      this.t('copyArticleLabel', 'Copy the article as Markdown'),
      () => void this.copyMarkdown(copy),
    );
    copy.classList.add('lede-copy');
    toolbar.append(copy);
    toolbar.append(
      this.button(this.t('print', 'Print'), this.t('printLabel', 'Print the article'), () =>
        this.doc.defaultView?.print(),
      ),
    );
    const original = this.button(
      this.t('showOriginal', 'Show original'),
      this.t('showOriginalLabel', 'Show the original page'),
      () => {
        this.hide();
        this.options.onHide?.();
      },
    );
    original.classList.add('lede-show-original');
    toolbar.append(original);
    this.container.append(toolbar);

    const article = this.el('article', { class: 'lede-article', tabindex: '-1' });
    if (a.lang) article.setAttribute('lang', a.lang);
    if (a.dir) article.setAttribute('dir', a.dir);
    const header = this.el('header');
    if (a.siteName) header.append(this.el('p', { class: 'lede-site' }, a.siteName));
    header.append(this.el('h1', { class: 'lede-title' }, a.title));
    const updated = a.live
      ? `${this.t('liveUpdated', 'Updated')} ${formatDate(a.live.updated, a.lang, DAY_AND_TIME) ?? ''}`.trim()
      : null;
    const date = a.live ? null : formatDate(a.publishedTime, a.lang);
    const meta = [a.byline, date, updated, `${a.readingMinutes} ${this.t('minRead', 'min read')}`]
      .filter(Boolean)
      .join(' · ');
    const metaLine = this.el('p', { class: 'lede-meta' }, meta);
    if (a.live) metaLine.prepend(this.el('span', { class: 'lede-live' }, this.t('live', 'Live')), ' ');
    header.append(metaLine);
    article.append(header);

    this.body.append(this.fragment(a.html));
    if (a.leadImage && !this.body.querySelector('img')) {
      const figure = this.el('figure', { class: 'lede-lead' });
      figure.append(this.el('img', { src: a.leadImage, alt: '' }));
      article.append(figure);
    }
    article.append(this.body);
    if (a.removed.length) article.append(this.removedList());
    const source = this.el('p', { class: 'lede-source' });
    const link = this.el(
      'a',
      { href: a.url, target: '_blank', rel: 'noopener noreferrer' },
      this.t('originalLink', 'Original article'),
    );
    source.append(link);
    article.append(source);
    this.container.append(article);
  }

  private removedList(): HTMLElement {
    const aside = this.el('aside', { class: 'lede-removed', 'aria-label': this.t('removedLabel', 'Removed clutter') });
    const details = this.el('details');
    details.append(
      this.el(
        'summary',
        {},
        removedSummary(this.article.removed, (k, f) => this.t(k, f)),
      ),
    );
    const list = this.el('ul');
    this.article.removed.forEach((item, i) => {
      const li = this.el('li');
      li.append(
        this.el(
          'span',
          {},
          `${kindLabel(item.kind, 1, (k, f) => this.t(k, f))}: ${item.text || this.t('noText', '(no text)')}`,
        ),
      );
      const put = this.button(
        this.t('putBack', 'Put back'),
        `${this.t('putBack', 'Put back')}: ${kindLabel(item.kind, 1, (k, f) => this.t(k, f))}`,
        () => {
          this.restoreRemoved(i);
          put.disabled = true;
        },
      );
      li.append(put);
      list.append(li);
    });
    details.append(list);
    aside.append(details);
    return aside;
  }

  private focusArticle(): void {
    (this.root.querySelector('.lede-article') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  private resize(delta: number): void {
    const size = Math.min(SIZE_RANGE.max, Math.max(SIZE_RANGE.min, this.settings.size + delta));
    this.update({ size });
  }

  private update(change: Partial<ReaderSettings>): void {
    this.settings = { ...this.settings, ...change };
    this.applySettings();
    this.options.onSettingsChange?.(this.settings);
  }

  /** The panel's findings, for the "Highlight names & quotes" toggle. */
  setInsights(insights: Pick<Insights, 'companies' | 'quotes'>): void {
    this.insights = insights;
    const button = this.root.querySelector('.lede-entities') as HTMLButtonElement | null;
    if (button) button.disabled = false;
    if (this.entitiesShown) this.markEntities();
  }

  private toggleEntities(button: HTMLButtonElement): void {
    this.entitiesShown = !this.entitiesShown;
    button.setAttribute('aria-pressed', String(this.entitiesShown));
    if (this.entitiesShown) this.markEntities();
    else {
      unmark(this.body, 'lede-company');
      unmark(this.body, 'lede-quote');
    }
  }

  private markEntities(): void {
    if (!this.insights) return;
    unmark(this.body, 'lede-company');
    unmark(this.body, 'lede-quote');
    for (const q of this.insights.quotes) {
      const block = q.paragraphId ? this.paragraph(q.paragraphId) : null;
      if (block) markText(block, q.text, 'lede-quote');
    }
    markAll(
      this.body,
      this.insights.companies.flatMap((c) => [c.name, ...c.aliases]),
      'lede-company',
    );
  }

  private listen(button: HTMLButtonElement): void {
    const win = this.doc.defaultView;
    if (!win?.speechSynthesis) return;
    this.readAloud ??= new ReadAloud(
      this.body,
      win.speechSynthesis,
      win.SpeechSynthesisUtterance,
      this.article.lang,
      (state) => {
        button.textContent =
          state === 'speaking'
            ? this.t('pause', 'Pause')
            : state === 'paused'
              ? this.t('resume', 'Resume')
              : this.t('listen', 'Listen');
        button.setAttribute('aria-pressed', String(state !== 'idle'));
      },
    );
    this.readAloud.toggle();
  }

  private async copyMarkdown(button: HTMLButtonElement): Promise<void> {
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(articleToMarkdown(this.article));
      button.textContent = this.t('copied', 'Copied');
    } catch {
      button.textContent = this.t('copyFailed', 'Copy failed');
    }
    setTimeout(() => (button.textContent = label), 2000);
  }

  /** Applies settings changed elsewhere (another tab, the options page). */
  setSettings(settings: ReaderSettings): void {
    this.settings = settings;
    this.applySettings();
  }

  private applySettings(): void {
    const s = this.settings;
    this.container.dataset.theme = s.theme;
    this.container.dataset.font = s.font;
    this.container.style.setProperty('--size', `${s.size}px`);
    this.container.style.setProperty('--width', `${s.width}em`);
    this.container.style.setProperty('--leading', String(s.lineHeight));
    for (const select of Array.from(this.root.querySelectorAll('select'))) {
      select.value = String(s[select.name as keyof ReaderSettings]);
    }
  }

  private select<T extends string | number>(
    name: keyof ReaderSettings,
    label: string,
    values: readonly T[],
    text: (v: T) => string,
  ): HTMLSelectElement {
    const select = this.el('select', { name, 'aria-label': label, title: label }) as HTMLSelectElement;
    for (const v of values) select.append(this.el('option', { value: String(v) }, text(v)));
    select.addEventListener('change', () => {
      const raw = select.value;
      const value = typeof values[0] === 'number' ? Number(raw) : raw;
      this.update({ [name]: value } as Partial<ReaderSettings>);
    });
    return select;
  }

  private button(text: string, label: string, onClick: () => void): HTMLButtonElement {
    const b = this.el('button', { type: 'button', 'aria-label': label, title: label }, text) as HTMLButtonElement;
    b.addEventListener('click', onClick);
    return b;
  }

  private el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
    const e = this.doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }
}

/** Inline !important styles outrank any page stylesheet aimed at the host element. */
function pin(host: HTMLElement): void {
  const rules: Record<string, string> = {
    // Hidden unless the page-lock sheet shows it: with that sheet gone, so is the view.
    all: 'initial',
    display: 'none',
    position: 'fixed',
    inset: '0',
    'z-index': '2147483647',
    width: '100vw',
    height: '100vh',
    margin: '0',
    padding: '0',
    border: '0',
    opacity: '1',
    visibility: 'visible',
    transform: 'none',
    filter: 'none',
    'clip-path': 'none',
  };
  for (const [k, v] of Object.entries(rules)) host.style.setProperty(k, v, 'important');
}

function topLevelOf(el: Element, root: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== root) node = node.parentElement;
  return node;
}

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
/** A live page changes within the day: its time of update matters more than its year. */
const DAY_AND_TIME: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };

/** An ISO date in the article's language (the browser's when the page names none it knows). */
function formatDate(iso: string | null, lang: string | null, parts: Intl.DateTimeFormatOptions = DAY): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return date.toLocaleString(lang ?? undefined, parts);
  } catch {
    return date.toLocaleString(undefined, parts);
  }
}
