import { browser } from 'wxt/browser';
import type { Article, Insights, LedeError, PageResult, Paragraph } from '../pipeline/types';

/**
 * Every message between Lede's parts, in one place. Each request type maps to its response,
 * so a sender and its receiver cannot disagree on a shape.
 */

/** Enough of the article for a short summary, within the browser's on-device model's input budget. */
export const SUMMARY_INPUT_CHARS = 12_000;

/** What the panel shows of an article: the article without its HTML. */
export type ArticleSummary = Omit<Article, 'html' | 'paragraphs' | 'text' | 'removed'> & {
  removedCount: number;
  /** The start of the article's text, for the browser's own summarizer. */
  lead: string;
};

/** What the background needs of an article: what the panel shows, and the paragraphs it analyses. */
export type ArticleReport = ArticleSummary & { paragraphs: Paragraph[] };

export type PageReport = { ok: true; article: ArticleReport } | { ok: false; error: LedeError };

/** The content script's page, as the background gets it: no HTML crosses over. */
export function reportOf(page: PageResult): PageReport {
  if (!page.ok) return page;
  const { html: _html, text, removed, ...rest } = page.article;
  return { ok: true, article: { ...rest, removedCount: removed.length, lead: text.slice(0, SUMMARY_INPUT_CHARS) } };
}

/**
 * A page over the in-page work budget, serialised by the content script to be read in a worker
 * (see utils/handoff): its composed HTML, its address and the base its links resolve against.
 */
export interface SerialisedPage {
  html: string;
  url: string;
  baseUrl: string;
}

/**
 * The most characters of HTML a page hands off: room for the 3 million characters of text the
 * page stage reads, with their markup, well under what one message may carry.
 */
export const HANDOFF_MAX_CHARS = 12_000_000;

/** What the reader view highlights of the background's analysis. */
export type Highlights = Pick<Insights, 'companies' | 'quotes'>;

export type TabState =
  | { status: 'idle'; url?: string }
  /** Being read; `article` once the page is read, while its text is analysed. */
  | { status: 'loading'; url?: string; article?: ArticleSummary }
  | { status: 'ready'; url: string; article: ArticleSummary; insights: Insights }
  | { status: 'error'; url?: string; error: LedeError };

/**
 * A message's request and response types, carried on a value so that one object lists the
 * messages for the compiler (their shapes) and for the listeners (which types are Lede's).
 */
const message = <Request, Response>() => ({}) as { request: Request; response: Response };

/** Requests the content script answers. */
const contentRequests = {
  /**
   * Cleans the page (once) and shows the reader view. Answered at once: the outcome comes back
   * as 'lede:page-read', so a background stopped meanwhile is woken by it rather than lost.
   */
  'lede:open': message<object, { accepted: true }>(),
  /** Shows or hides the reader view; returns whether it is now shown. */
  'lede:toggle': message<object, { shown: boolean; ok: boolean }>(),
  /** The panel's "Show original": hides the reader view, if shown. */
  'lede:hide': message<object, { shown: false }>(),
  /** Scrolls the reader view to a passage and highlights it. */
  'lede:highlight': message<{ paragraphId: string; text: string }, { found: boolean }>(),
  'lede:ping': message<object, { alive: true; shown: boolean }>(),
};

/** Requests the background answers. */
const backgroundRequests = {
  /** The panel's "Open reader view": the same work as the toolbar button. */
  'lede:activate': message<{ tabId: number }, TabState>(),
  /** The content script saw the page change under it (single-page navigation). */
  'lede:page-changed': message<{ url: string }, void>(),
  /**
   * The content script's outcome of 'lede:open' (also of a toggle that opened the view),
   * answered with what the reader view highlights, or null when the page has no article.
   */
  'lede:page-read': message<{ page: PageReport }, Highlights | null>(),
  /**
   * The reader view was shown or hidden in the sender's tab: the sheet that hides the page under
   * it, keyed on the view's host tag, goes on or comes off, and the panel's button follows.
   */
  'lede:view-shown': message<{ host: string; shown: boolean }, void>(),
  /** The content script started in a tab; on a site the reader always reads in Lede, it opens. */
  'lede:loaded': message<object, void>(),
  /** A page over the in-page work budget: read in a worker under a watchdog, answered with the article. */
  'lede:read-elsewhere': message<{ page: SerialisedPage }, PageResult>(),
  /** The reader's "Copy as Markdown", first press: the converter is injected into the sender's frame. */
  'lede:load-markdown': message<object, void>(),
};

/** Requests Chrome's offscreen document answers, from the background only: it hosts the worker. */
const offscreenRequests = {
  'lede:read-offscreen': message<{ page: SerialisedPage }, PageResult>(),
};

export type ContentRequests = typeof contentRequests;
export type BackgroundRequests = typeof backgroundRequests;
export type OffscreenRequests = typeof offscreenRequests;

type Message<R, K extends keyof R> = { type: K } & (R[K] extends { request: infer Q } ? Q : never);
type Response<R, K extends keyof R> = R[K] extends { response: infer S } ? S : never;

export type ContentMessage = { [K in keyof ContentRequests]: Message<ContentRequests, K> }[keyof ContentRequests];
export type BackgroundMessage = {
  [K in keyof BackgroundRequests]: Message<BackgroundRequests, K>;
}[keyof BackgroundRequests];
export type OffscreenMessage = Message<OffscreenRequests, 'lede:read-offscreen'>;

export function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  message: Message<ContentRequests, K>,
): Promise<Response<ContentRequests, K>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Response<ContentRequests, K>>;
}

export function sendToBackground<K extends keyof BackgroundRequests>(
  message: Message<BackgroundRequests, K>,
): Promise<Response<BackgroundRequests, K>> {
  return browser.runtime.sendMessage(message) as Promise<Response<BackgroundRequests, K>>;
}

export function sendToOffscreen(
  message: OffscreenMessage,
): Promise<Response<OffscreenRequests, 'lede:read-offscreen'>> {
  return browser.runtime.sendMessage(message) as Promise<Response<OffscreenRequests, 'lede:read-offscreen'>>;
}

const MESSAGE_TYPES = new Set<string>([
  ...Object.keys(contentRequests),
  ...Object.keys(backgroundRequests),
  ...Object.keys(offscreenRequests),
]);

/** Anything else that reaches a listener (another extension's or a page's message) is ignored. */
export function isLedeMessage(value: unknown): value is ContentMessage | BackgroundMessage | OffscreenMessage {
  return typeof value === 'object' && value !== null && MESSAGE_TYPES.has((value as { type?: unknown }).type as string);
}
