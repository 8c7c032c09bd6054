import { detailOf, ledeError, type Article, type PageResult } from '../pipeline/types';
import type { ContentMessage, ContentRequests, Highlights } from '../shared/messages';
import type { ReaderSettings } from '../shared/settings';

/** What the session asks of a reader view (ReaderView in the extension). */
export interface SessionView {
  readonly shown: boolean;
  show(): void;
  hide(): void;
  highlight(paragraphId: string, text: string): boolean;
  setInsights(insights: Highlights): void;
  setSettings(settings: ReaderSettings): void;
  offerUpdates(onShow: () => void): void;
}

/** The browser and the page, as the session uses them: injected, so tests need neither. */
export interface SessionDeps {
  /** Cleans the page as it is now. */
  read(): Promise<PageResult>;
  loadSettings(): Promise<ReaderSettings>;
  createView(article: Article, settings: ReaderSettings): SessionView;
  /** Watches a live page and calls back once it has new updates; returns what stops watching. */
  watchForUpdates(onUpdate: () => void): () => void;
  /** Gives the background the page's outcome; resolves to findings to mark, if the reply has any. */
  report(result: PageResult): Promise<Highlights | undefined>;
  /** Tells the background the article it had for this tab is gone. */
  pageChanged(): Promise<void>;
}

type Failure = Extract<PageResult, { ok: false }>;
type Success = Extract<PageResult, { ok: true }>;

/**
 * The page is read once; a second request while the first is still reading shares its work.
 * A failed read stays failed (reading the same page again would fail the same way); only a
 * change of page or an update of a live page reads again.
 */
type State =
  | { name: 'idle' }
  | { name: 'reading'; result: Promise<PageResult> }
  | { name: 'failed'; result: Failure }
  | { name: 'open'; page: Success; view: SessionView; stopWatching: () => void };

/** Where the session is: its state, with an open article told apart by whether its view is up. */
export type SessionStatus = 'idle' | 'reading' | 'failed' | 'shown' | 'hidden';

type Answer<K extends keyof ContentRequests> = ContentRequests[K]['response'];

/**
 * The content script's life in a tab: reads the page on request, owns the reader view, shows and
 * hides it, reports the article to the background, and lets it go when the page changes under it
 * or the extension goes away. The reader can hide the view from inside it (Esc, "Show original"),
 * so shown and hidden are the view's to say.
 */
export class ReaderSession {
  private state: State = { name: 'idle' };
  /** Counts dropped articles: work begun for one of them must not touch what came after. */
  private generation = 0;

  constructor(
    private readonly deps: SessionDeps,
    private url: string,
  ) {}

  get status(): SessionStatus {
    const s = this.state;
    if (s.name !== 'open') return s.name;
    return s.view.shown ? 'shown' : 'hidden';
  }

  private get view(): SessionView | null {
    return this.state.name === 'open' ? this.state.view : null;
  }

  /** Answers a message from Lede's background or panel. */
  async answer(message: ContentMessage): Promise<unknown> {
    switch (message.type) {
      case 'lede:open':
        void this.openAndReport();
        return { accepted: true } satisfies Answer<'lede:open'>;
      case 'lede:toggle':
        return this.toggle();
      case 'lede:hide':
        this.view?.hide();
        return { shown: false } satisfies Answer<'lede:hide'>;
      case 'lede:highlight':
        return { found: this.highlight(message.paragraphId, message.text) } satisfies Answer<'lede:highlight'>;
      case 'lede:ping':
        return { alive: true, shown: this.status === 'shown' } satisfies Answer<'lede:ping'>;
    }
  }

  /** Settings changed elsewhere (another tab, the options page). */
  settingsChanged(settings: ReaderSettings): void {
    this.view?.setSettings(settings);
  }

  /**
   * Where the tab is now. Single-page news sites change the article without a page load:
   * the article read from the old address is dropped.
   */
  locationIs(url: string): void {
    if (url === this.url) return;
    this.url = url;
    if (this.state.name === 'idle') return;
    this.drop();
    void this.deps.pageChanged();
  }

  /** The extension was updated, reloaded or disabled: the reader gets their page back. */
  end(): void {
    this.drop();
  }

  private async toggle(): Promise<Answer<'lede:toggle'>> {
    if (this.status === 'shown') {
      this.view?.hide();
      return { shown: false, ok: true };
    }
    const page = await this.openAndReport();
    return { shown: this.view?.shown ?? false, ok: page.ok };
  }

  private highlight(paragraphId: string, text: string): boolean {
    const view = this.view;
    if (!view) return false;
    view.show();
    return view.highlight(paragraphId, text);
  }

  /**
   * Shows the view and reports the article to the background, which analyses it. Whatever goes
   * wrong on the way is reported too: the panel waits for this report, and must not wait for ever.
   */
  private async openAndReport(): Promise<PageResult> {
    const generation = this.generation;
    const page = await this.open().catch((err: unknown) => this.failed(err, generation));
    if (generation !== this.generation) return page; // dropped meanwhile: nothing to report
    // The protocol's one exchange of an article for its findings.
    const insights = await this.deps.report(page);
    if (insights && generation === this.generation) this.view?.setInsights(insights);
    return page;
  }

  private async open(): Promise<PageResult> {
    const generation = this.generation;
    if (this.state.name === 'failed') return this.state.result;
    if (this.state.name === 'open') {
      this.state.view.show();
      return this.state.page;
    }
    if (this.state.name === 'idle') this.state = { name: 'reading', result: this.deps.read() };
    const reading = this.state;
    const page = await reading.result;
    if (!page.ok) {
      if (this.state === reading) this.state = { name: 'failed', result: page };
      return page;
    }
    const settings = await this.deps.loadSettings();
    // Checked after the last await: two requests in flight must not build two views, and an
    // article dropped meanwhile must not come back.
    if (this.state === reading) this.state = this.opened(page, settings);
    if (generation === this.generation) this.view?.show();
    return page;
  }

  private opened(page: Success, settings: ReaderSettings): State {
    const view = this.deps.createView(page.article, settings);
    const stopWatching = page.article.live
      ? this.deps.watchForUpdates(() => view.offerUpdates(() => void this.showUpdates()))
      : () => undefined;
    return { name: 'open', page, view, stopWatching };
  }

  /** A read, the settings or the view that threw: the page stays failed, like one with no article. */
  private failed(err: unknown, generation: number): PageResult {
    const result: Failure = { ok: false, error: ledeError('failed', { reason: 'read', detail: detailOf(err) }) };
    if (generation === this.generation) this.state = { name: 'failed', result };
    return result;
  }

  /** Reads the live page again and shows it as it is now; the background gets the new article. */
  private async showUpdates(): Promise<void> {
    const fresh = await this.deps.read();
    if (!fresh.ok) return; // keep what the reader has
    this.drop();
    this.state = { name: 'reading', result: Promise.resolve(fresh) };
    const generation = this.generation;
    await this.deps.pageChanged();
    if (generation === this.generation) await this.openAndReport();
  }

  /** Lets the article and its view go; the page itself is left as it is. */
  private drop(): void {
    if (this.state.name === 'open') {
      this.state.stopWatching();
      this.state.view.hide();
    }
    this.state = { name: 'idle' };
    this.generation++;
  }
}
