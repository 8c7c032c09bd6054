import type { Article, Insights } from '../../pipeline/types';
import { articleToMarkdown } from '../../pipeline/format/article-markdown';
import { HOST_TAG, READING_ATTR } from '../../shared/page-lock';
import type { ReaderSettings } from '../../shared/settings';
import { t as translate, type Translate } from '../../shared/i18n';
import { Ui } from './ui';
import { Toolbar } from './toolbar';
import { Header } from './header';
import { ArticleText } from './article-text';
import { removedItems } from './removed-items';

export interface ReaderViewOptions {
  css: string;
  settings: ReaderSettings;
  onSettingsChange?: (settings: ReaderSettings) => void;
  /** The view was shown or hidden, from inside it (Esc, "Show original") or from outside. */
  onShownChange?: (shown: boolean) => void;
  /** UI strings, looked up by key (browser.i18n in the extension). */
  t?: Translate;
}

/**
 * The reader view: the cleaned article over the page, in a shadow root so neither side's CSS
 * reaches the other. The page underneath is hidden (see ./page-lock), never changed, so "Show
 * original" gives it back exactly as it was, scroll position included. Puts together the
 * toolbar, the header, the article's text and the list of what was removed.
 */
export class ReaderView {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly container: HTMLElement;
  private readonly article: HTMLElement;
  private readonly toolbar: Toolbar;
  /** Lede's word on what a control did, when it could not do it. */
  private readonly notice: HTMLElement;
  private readonly header: Header;
  private readonly text: ArticleText;
  private savedScroll: [number, number] = [0, 0];
  private readonly onShownChange: (shown: boolean) => void;
  private readonly ui: Ui;

  constructor(
    article: Article,
    private readonly doc: Document,
    options: ReaderViewOptions,
  ) {
    const ui = (this.ui = new Ui(doc, options.t ?? translate));
    this.onShownChange = options.onShownChange ?? (() => undefined);
    this.host = doc.createElement(HOST_TAG);
    pin(this.host);
    // Open, not closed: a closed root hides nothing from the page that owns the DOM around it
    // (it could read the same article from itself), but would hide the view from accessibility
    // tooling and tests. The isolation that matters, CSS both ways, holds either way.
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = options.css;
    this.root.append(style);

    this.container = ui.el('div', { class: 'lede-root', role: 'document' });
    this.container.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.hide();
      }
    });
    this.text = new ArticleText(article, ui, (state) => this.toolbar.listenState(state));
    this.toolbar = new Toolbar(ui, options.settings, {
      settingsChanged: (settings) => {
        this.applySettings(settings);
        options.onSettingsChange?.(settings);
      },
      listen: () => void this.listen(),
      toggleEntities: () => this.text.toggleEntities(),
      markdown: () => articleToMarkdown(article),
      showOriginal: () => this.hide(),
    });
    this.header = new Header(article, ui);

    this.article = ui.el('article', { class: 'lede-article', tabindex: '-1' });
    if (article.lang) this.article.setAttribute('lang', article.lang);
    if (article.dir) this.article.setAttribute('dir', article.dir);
    this.article.append(this.header.element);
    if (this.text.lead) this.article.append(this.text.lead);
    this.article.append(this.text.body);
    if (article.removed.length)
      this.article.append(removedItems(article.removed, ui, (item, i) => this.text.putBack(item, i)));
    const source = ui.own(ui.el('p', { class: 'lede-source' }));
    source.append(
      ui.el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, ui.t('originalLink')),
    );
    this.article.append(source);

    // Empty until there is something to say; a status region announces what is put in it later.
    this.notice = ui.own(ui.el('p', { class: 'lede-notice', role: 'status' }));
    const bar = ui.el('div', { class: 'lede-bar' });
    bar.append(this.toolbar.element, this.notice);
    this.container.append(bar, this.article);
    this.root.append(this.container);
    this.applySettings(options.settings);
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
    this.article.focus({ preventScroll: true });
    this.onShownChange(true);
  }

  hide(): void {
    if (!this.shown) return;
    this.text.stopListening();
    this.host.remove();
    this.doc.documentElement.removeAttribute(READING_ATTR);
    this.doc.defaultView!.scrollTo(...this.savedScroll);
    this.onShownChange(false);
  }

  private async listen(): Promise<void> {
    this.notice.textContent = '';
    if (!(await this.text.listen())) this.notice.textContent = this.ui.t('noVoice');
  }

  /** Scrolls to a paragraph and marks the passage in it; false when the paragraph is gone. */
  highlight(paragraphId: string, text: string): boolean {
    return this.text.highlight(paragraphId, text);
  }

  /** Offers a live page's new updates; `onShow` rebuilds the view from the page as it is now. */
  offerUpdates(onShow: () => void): void {
    this.header.offerUpdates(onShow);
  }

  /** The panel's findings, for the "Highlight names & quotes" toggle. */
  setInsights(insights: Pick<Insights, 'companies' | 'quotes'>): void {
    this.text.setInsights(insights);
    this.toolbar.entitiesReady();
  }

  /** Applies settings changed elsewhere (another tab, the options page). */
  setSettings(settings: ReaderSettings): void {
    this.toolbar.setSettings(settings);
    this.applySettings(settings);
  }

  private applySettings(s: ReaderSettings): void {
    this.container.dataset.theme = s.theme;
    this.container.dataset.font = s.font;
    this.container.style.setProperty('--size', `${s.size}px`);
    this.container.style.setProperty('--width', `${s.width}em`);
    this.container.style.setProperty('--leading', String(s.lineHeight));
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
