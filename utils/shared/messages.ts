import { browser } from 'wxt/browser';
import type { Article, Insights, LedeError, PageResult } from '../pipeline/types';

/**
 * Every message between Lede's parts, in one place. Each request type maps to its response,
 * so a sender and its receiver cannot disagree on a shape.
 */

/** What the panel shows of an article: the article without its HTML. */
export type ArticleSummary = Omit<Article, 'html' | 'paragraphs' | 'text' | 'removed'> & {
  removedCount: number;
  /** The start of the article's text, for the browser's own summarizer. */
  lead: string;
};

export type TabState =
  | { status: 'idle'; url?: string }
  | { status: 'loading'; url?: string }
  | { status: 'ready'; url: string; article: ArticleSummary; insights: Insights }
  | { status: 'error'; url?: string; error: LedeError };

/** Requests the content script answers. */
export interface ContentRequests {
  /**
   * Cleans the page (once) and shows the reader view. Answered at once: the outcome comes back
   * as 'lede:page-read', so a background stopped meanwhile is woken by it rather than lost.
   */
  'lede:open': { request: object; response: { accepted: true } };
  /** Shows or hides the reader view; returns whether it is now shown. */
  'lede:toggle': { request: object; response: { shown: boolean; ok: boolean } };
  /** Scrolls the reader view to a passage and highlights it. */
  'lede:highlight': { request: { paragraphId: string; text: string }; response: { found: boolean } };
  'lede:ping': { request: object; response: { alive: true; shown: boolean } };
  /** The text stage's findings, for highlighting them in the reader view. */
  'lede:insights': { request: { insights: Pick<Insights, 'companies' | 'quotes'> }; response: void };
}

/** Requests the background answers. */
export interface BackgroundRequests {
  /** The panel's "Open reader view": the same work as the toolbar button. */
  'lede:activate': { request: { tabId: number }; response: TabState };
  /** The content script saw the page change under it (single-page navigation). */
  'lede:page-changed': { request: { url: string }; response: void };
  /** The content script's outcome of 'lede:open' (also of a toggle that opened the view). */
  'lede:page-read': { request: { result: PageResult }; response: void };
  /** The content script started in a tab; on a site the reader always reads in Lede, it opens. */
  'lede:loaded': { request: object; response: void };
}

type Message<R, K extends keyof R> = { type: K } & (R[K] extends { request: infer Q } ? Q : never);
type Response<R, K extends keyof R> = R[K] extends { response: infer S } ? S : never;

export type ContentMessage = { [K in keyof ContentRequests]: Message<ContentRequests, K> }[keyof ContentRequests];
export type BackgroundMessage = {
  [K in keyof BackgroundRequests]: Message<BackgroundRequests, K>;
}[keyof BackgroundRequests];

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

const MESSAGE_TYPES = new Set<string>([
  'lede:open',
  'lede:toggle',
  'lede:highlight',
  'lede:ping',
  'lede:insights',
  'lede:activate',
  'lede:page-changed',
  'lede:page-read',
  'lede:loaded',
]);

/** Anything else that reaches a listener (another extension's or a page's message) is ignored. */
export function isLedeMessage(value: unknown): value is ContentMessage | BackgroundMessage {
  return typeof value === 'object' && value !== null && MESSAGE_TYPES.has((value as { type?: unknown }).type as string);
}
