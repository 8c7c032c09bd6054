/** What the page stage removed from the article, so the reader can see it and put it back. */
export type RemovedKind =
  | 'ad'
  | 'also-read'
  | 'related'
  | 'newsletter'
  | 'share'
  | 'comments'
  | 'promo'
  /** Datelines, bylines, credits, print/share tools, rights lines printed inside the body. */
  | 'furniture'
  | 'duplicate';

export interface RemovedItem {
  kind: RemovedKind;
  /** The id of the cleaning rule that removed it ('ad-slot', 'repeated-block'…). */
  rule: string;
  text: string;
  /** Sanitised HTML of what was removed, so the reader can put it back. */
  html: string;
  /** The paragraph it followed, or null when it stood before the first one. */
  after: string | null;
}

/** A block of the cleaned article: the unit quotes and claims point back to. */
export interface Paragraph {
  /** Stable within one article: also the `data-lede-p` attribute in `Article.html`. */
  id: string;
  text: string;
  /** Headings and captions are kept for the reader but are not prose. */
  role: 'text' | 'heading' | 'caption' | 'quote' | 'list';
}

/** The serialisable result of the page stage: everything the text stage and the panel need. */
export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  /** Set on a live blog: a page of updates that grows while it is open. */
  live: { updated: string | null } | null;
  /** Sanitised HTML: exactly what the reader view shows. */
  html: string;
  text: string;
  paragraphs: Paragraph[];
  removed: RemovedItem[];
  wordCount: number;
  readingMinutes: number;
}

export interface Company {
  name: string;
  mentions: number;
  aliases: string[];
  /** Paragraph of the first mention. */
  paragraphId: string | null;
}

export interface Quote {
  text: string;
  speaker: string | null;
  paragraphId: string | null;
}

export interface Claim {
  text: string;
  score: number;
  paragraphId: string | null;
}

export interface Summary {
  text: string;
  /** Which engine wrote it: our extractive ranking, or the browser's own summarizer. */
  source: 'extractive' | 'browser';
}

/** The result of the text stage. */
export interface Insights {
  companies: Company[];
  quotes: Quote[];
  claims: Claim[];
  summary: Summary;
}

export type LedeErrorCode =
  | 'not-article'
  | 'too-large'
  | 'restricted'
  /** The article is in a frame of another origin: `url` is its address, to open on its own. */
  | 'in-frame'
  | 'unreadable'
  | 'failed';

/**
 * Every failure the reader can meet, as data: the words are in `_locales` (see
 * ./error-message), so the panel shows them in the reader's language and the CLI in English.
 */
export interface LedeError {
  code: LedeErrorCode;
  params?: LedeErrorParams;
  /** A page the reader can open instead, where Lede can read the article. */
  url?: string;
}

export interface LedeErrorParams {
  /** Which of the code's sentences applies, e.g. which limit a too-large page broke. */
  reason?: string;
  /** The number the sentence quotes, and the limit it broke. */
  value?: number;
  max?: number;
  /** The host of a page the sentence names. */
  host?: string;
  /** An exception's own text, as the browser or a library gave it. */
  detail?: string;
  /** A keyboard shortcut the sentence tells the reader to press, as the browser names it. */
  shortcut?: string;
}

export type PageResult = { ok: true; article: Article } | { ok: false; error: LedeError };

export function ledeError(code: LedeErrorCode, params?: LedeErrorParams, url?: string): LedeError {
  return { code, ...(params && { params }), ...(url !== undefined && { url }) };
}

/** The text of a caught exception, for `LedeErrorParams.detail`. */
export function detailOf(err: unknown): string {
  return String((err as Error)?.message ?? err);
}
