import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { WindowLike } from 'dompurify';
import { cleanArticle, type Removal } from '../clean';
import { readPageInfo } from '../clean/rule';
import { detailOf, ledeError, type LedeError, type PageResult } from '../types';
import { collapse, countWords, truncate } from '../text/normalize';
import { declaresArticle, isArticle } from './gate';
import { checkLimits, DEFAULT_LIMITS, isOverBudget, type Limits } from './limits';
import {
  inlineSentencePieces,
  markCaptionBoxes,
  markParagraphs,
  PARAGRAPH_ATTR,
  spaceLineBreaks,
  wrapLooseText,
} from './paragraphs';
import { cloneComposed, type ShadowRootOf } from './compose';
import { liveCoverage } from './live';
import { foreignFrameUrl, isFrameset, readableFrames } from './frames';
import { sanitizeArticle, type RawArticle, type RawRemovedItem } from './sanitize';
import { readHeadline } from './headline';
import { cleanByline } from './byline';
import { webAddress } from '../url';
import { metaContent } from './dom';

export interface PageOptions {
  url?: string;
  /** Readability's output as it is, without Lede's cleaning: for comparisons. */
  readabilityOnly?: boolean;
  limits?: Limits;
  /** Shadow roots Lede may read besides open ones (the extension sees closed ones too). */
  shadowRootOf?: ShadowRootOf;
  /**
   * Told which document was over the work budget: the page's own or the frame that holds its
   * article. That one is what can be read again elsewhere (see `isOverBudget`).
   */
  onOverBudget?: (doc: Document) => void;
}

const WORDS_PER_MINUTE = 230;

/** The page stage's outcome before sanitising: see `readRawArticle`. */
export type RawPageResult = { ok: true; article: RawArticle } | { ok: false; error: LedeError };

/**
 * The page stage: Readability on a clone of the document (the live page is never touched),
 * then Lede's cleaning, paragraph ids and sanitising. Returns a small serialisable article.
 */
export function readArticle(doc: Document, options: PageOptions = {}): PageResult {
  const raw = readRawArticle(doc, options);
  return raw.ok ? sanitized(raw, doc) : raw;
}

/**
 * The page stage up to sanitising, which needs a browser's own parser to be trusted: a DOM that
 * is not one (linkedom in a worker) reads the article, and a real window sanitises it after.
 */
export function readRawArticle(doc: Document, options: PageOptions = {}): RawPageResult {
  try {
    const steps = extractSteps(doc, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  } catch (err) {
    return readFailure(err);
  }
}

/**
 * The same work, giving the page's event loop a turn between its steps (limits, clone,
 * Readability, cleaning, sanitising): on the live page no single task then holds the main thread
 * for the whole stage, so the page stays responsive while Lede reads it.
 */
export async function readArticleInSteps(
  doc: Document,
  options: PageOptions = {},
  pause: () => Promise<void> = yieldToPage,
): Promise<PageResult> {
  try {
    const steps = extractSteps(doc, options);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        if (!step.value.ok) return step.value;
        await pause();
        return sanitized(step.value, doc);
      }
      await pause();
    }
  } catch (err) {
    return readFailure(err);
  }
}

function sanitized(raw: Extract<RawPageResult, { ok: true }>, doc: Document): PageResult {
  try {
    return { ok: true, article: sanitizeArticle(raw.article, windowOf(doc)) };
  } catch (err) {
    return readFailure(err);
  }
}

/** Gives the page's event loop a turn. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The page stage's answer when reading the page threw, wherever it ran. */
export function readFailure(err: unknown): { ok: false; error: LedeError } {
  return {
    ok: false,
    error: ledeError('failed', { reason: 'read', detail: detailOf(err) }),
  };
}

function refused(doc: Document, error: LedeError, options: PageOptions): RawPageResult {
  if (isOverBudget(error)) options.onOverBudget?.(doc);
  return { ok: false, error };
}

/** How many frames deep Lede looks for an article (a frameset inside a frame, at most). */
const MAX_FRAME_DEPTH = 2;

/** The page stage as a generator: each `yield` is a point where the work may pause. */
function* extractSteps(doc: Document, options: PageOptions, frameDepth = 0): Generator<void, RawPageResult, void> {
  const own = doc.body && !isFrameset(doc) ? yield* extractDocument(doc, options) : null;
  if (own?.ok || own?.error.code === 'too-large') return own;
  // Not an article by itself: the article may be in one of its frames.
  if (frameDepth < MAX_FRAME_DEPTH) {
    for (const frame of readableFrames(doc)) {
      const framed = yield* extractSteps(frame, { ...options, url: frame.URL }, frameDepth + 1);
      if (framed.ok || framed.error.code !== 'not-article') return framed;
    }
  }
  const foreign = foreignFrameUrl(doc);
  if (foreign) {
    return {
      ok: false,
      error: ledeError('in-frame', { host: new URL(foreign).host }, foreign),
    };
  }
  return (
    own ?? {
      ok: false,
      error: ledeError('not-article', { reason: 'no-body' }),
    }
  );
}

function* extractDocument(doc: Document, options: PageOptions): Generator<void, RawPageResult, void> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const tooLarge = checkLimits(doc, limits);
  if (tooLarge) return refused(doc, tooLarge, options);
  yield;

  const vouched = isProbablyReaderable(doc) || declaresArticle(doc);
  yield;
  // From here on Lede works on its copy: a page changing itself meanwhile cannot disturb it.
  // The copy holds what web components render in shadow roots, which a plain clone leaves out.
  const clone = cloneComposed(doc, options.shadowRootOf);
  // Checked again on what Readability will read: the page may have grown since the first check,
  // and the copy holds the shadow roots' content too.
  const grown = checkLimits(clone, limits);
  if (grown) return refused(doc, grown, options);
  inlineSentencePieces(clone);
  markCaptionBoxes(clone);
  yield;
  const parsed = new Readability<Element>(clone, {
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  const root = parsed?.content;
  if (!parsed || !root) return notArticle();
  yield;

  spaceLineBreaks(root);
  wrapLooseText(root);
  const siteName = clean(parsed.siteName);
  const byline = cleanByline(parsed.byline);
  const publishedTime = clean(parsed.publishedTime);
  const title = readHeadline(doc, parsed.title || doc.title || '', siteName, options.url ?? doc.URL);
  const removals = options.readabilityOnly
    ? []
    : cleanArticle(root, { ...readPageInfo(doc, title), byline, published: publishedTime });
  const paragraphs = markParagraphs(root);
  const removed = anchorRemovals(root, removals);
  // Captions label the pictures the reader view shows; the article's text is its prose.
  const text = paragraphs
    .filter((p) => p.role !== 'caption')
    .map((p) => p.text)
    .join('\n\n');
  if (!isArticle(paragraphs, text, vouched)) return notArticle();
  yield;

  const wordCount = countWords(text);
  const article: RawArticle = {
    url: options.url ?? doc.URL,
    title,
    byline,
    siteName,
    publishedTime,
    lang: clean(parsed.lang) ?? clean(doc.documentElement.getAttribute('lang')),
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    excerpt: clean(parsed.excerpt),
    leadImage: leadImage(doc),
    live: liveCoverage(doc),
    unsafeHtml: root.innerHTML,
    text,
    paragraphs,
    removed,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
  return { ok: true, article };
}

function notArticle(): { ok: false; error: LedeError } {
  return {
    ok: false,
    error: ledeError('not-article'),
  };
}

function clean(value: string | null | undefined): string | null {
  const text = collapse(value ?? '');
  return text || null;
}

/** Records where each removal stood (after which paragraph), then drops its marker. */
function anchorRemovals(root: Element, removals: Removal[]): RawRemovedItem[] {
  const after = new Map<Comment, string | null>();
  let last: string | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x80 /* elements and comments */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) last = (node as Element).getAttribute(PARAGRAPH_ATTR) ?? last;
    else after.set(node as Comment, last);
  }
  return removals.map((r) => {
    r.marker.remove();
    return {
      kind: r.kind,
      rule: r.rule,
      text: truncate(r.text, 300),
      unsafeHtml: r.html,
      after: after.get(r.marker) ?? null,
    };
  });
}

function leadImage(doc: Document): string | null {
  return webAddress(metaContent(doc, ['og:image', 'twitter:image'])?.trim(), doc.baseURI);
}

/**
 * The window whose DOM sanitises HTML: the page's own in the browser, jsdom's in Node. Taken from
 * the document, so no caller has to pass (and cast) a window of the right kind.
 */
function windowOf(doc: Document): WindowLike {
  if (!doc.defaultView) throw new Error('the document has no window to sanitise with');
  return doc.defaultView as unknown as WindowLike;
}
