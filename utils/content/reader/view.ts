import type { Article, Insights } from '../../pipeline/types';
import { HOST_PREFIX, READING_ATTR } from '../../shared/page-lock';
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
  /**
   * The view went up or came down, from inside it (Esc, "Show original") or from outside: the
   * page-lock sheet for its host goes on or comes off, and the panel's button follows.
   */
  onShownChange?: (shown: boolean) => void;
  /**
   * The article as Markdown, for "Copy as Markdown": the converter is loaded only when a reader
   * asks for it (see ../markdown), so the script every activation injects stays small.
   */
  markdown: (article: Article) => Promise<string>;
  /** UI strings, looked up by key (browser.i18n in the extension). */
  t?: Translate;
  /** The host element's tag (see ../../shared/page-lock); a fresh one when not given. */
  hostTag?: string;
  /** Closed unless a test build needs to look inside. */
  shadowMode?: ShadowRootMode;
}

/** A host tag no page can have defined or styled beforehand (see ../../shared/page-lock). */
export function drawHostTag(win: Window): string {
  for (;;) {
    const tag =
      HOST_PREFIX + Array.from(win.crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join('');
    // Chrome gives content scripts no registry (null); Firefox shows the page's.
    if (!win.customElements?.get(tag)) return tag;
  }
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
  private up = false;
  /** Watches <html> while the view is up (see `keepPlace`). */
  private readonly guard: MutationObserver;
  private readonly onShownChange: (shown: boolean) => void;
  private readonly ui: Ui;

  constructor(
    article: Article,
    private readonly doc: Document,
    options: ReaderViewOptions,
  ) {
    const ui = (this.ui = new Ui(doc, options.t ?? translate));
    const win = doc.defaultView!;
    this.host = doc.createElement(options.hostTag ?? drawHostTag(win));
    pin(this.host);
    // Closed: the page's scripts get no handle on the view's controls (their synthetic events
    // are ignored anyway, see ./ui). The article itself is no secret from the page it came from.
    this.root = this.host.attachShadow({ mode: options.shadowMode ?? 'closed' });
    this.onShownChange = options.onShownChange ?? (() => undefined);
    this.guard = new win.MutationObserver(() => this.keepPlace());
    const style = doc.createElement('style');
    style.textContent = options.css;
    this.root.append(style);

    this.container = ui.el('div', { class: 'lede-root', role: 'document' });
    ui.onTrusted<KeyboardEvent>(this.container, 'keydown', (e) => {
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
      markdown: () => options.markdown(article),
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
    return this.up;
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
    this.removeOtherHosts();
    html.setAttribute(READING_ATTR, '');
    html.append(this.host);
    this.up = true;
    this.guard.observe(html, { childList: true, attributes: true, attributeFilter: [READING_ATTR] });
    this.onShownChange(true);
    this.container.scrollTop = 0;
    this.article.focus({ preventScroll: true });
  }

  hide(): void {
    if (!this.shown) return;
    this.up = false;
    this.guard.disconnect();
    this.text.stopListening();
    this.host.remove();
    // Unless another copy of Lede's view took this one's place (see `show`): the attribute is its now.
    if (!this.otherHosts().length) this.doc.documentElement.removeAttribute(READING_ATTR);
    this.onShownChange(false);
    this.doc.defaultView!.scrollTo(...this.savedScroll);
  }

  private async listen(): Promise<void> {
    this.notice.textContent = '';
    if (!(await this.text.listen())) this.notice.textContent = this.ui.t('noVoice');
  }

  /**
   * While the view is up, it is the one host under <html>: another element with a host's name
   * (a view left by an earlier copy of Lede, or one the page made to cover this one) goes. A page
   * that takes the view or the attribute away has put itself back: the view is then down.
   */
  private keepPlace(): void {
    const html = this.doc.documentElement;
    if (this.host.parentNode !== html || !html.hasAttribute(READING_ATTR)) {
      this.hide();
      return;
    }
    this.removeOtherHosts();
  }

  private removeOtherHosts(): void {
    for (const el of this.otherHosts()) el.remove();
  }

  private otherHosts(): Element[] {
    return Array.from(this.doc.documentElement.children).filter(
      (el) => el !== this.host && el.localName.startsWith(HOST_PREFIX),
    );
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
