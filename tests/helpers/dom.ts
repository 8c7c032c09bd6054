import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSDOM } from 'jsdom';
import { parseHtml as parseHtmlAt } from '../../scripts/lib/parse-html';
import { readArticle, type PageOptions } from '../../utils/pipeline/page/read-article';
import type { Article, Paragraph, PageResult } from '../../utils/pipeline/types';

// A path, not a URL: under the jsdom environment `URL` is jsdom's, which node:url does not take.
const TESTS = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Small pages written for the tests. */
export const fixturePath = (name: string) => join(TESTS, 'fixtures', name);
export const readFixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
/** Saved pages, each a folder with its source.html and expected.json (see tests/pages/SOURCES.md). */
export const pagePath = (name: string) => join(TESTS, 'pages', name);
export const readPage = (name: string) => readFileSync(pagePath(name), 'utf8');

/** Parses a page at a news site's address, as the tests' pages stand for one. */
export function parseHtml(html: string, url = 'https://news.example/story'): JSDOM {
  return parseHtmlAt(html, url);
}

/** Runs the page stage on an HTML string, as the content script does on the live page. */
export function extractFrom(html: string, options: Partial<PageOptions> = {}): PageResult {
  const dom = parseHtml(html);
  return readArticle(dom.window.document, { ...options });
}

export function articleFrom(html: string, options: Partial<PageOptions> = {}): Article {
  const result = extractFrom(html, options);
  if (!result.ok) throw new Error(`expected an article, got: ${JSON.stringify(result.error)}`);
  return result.article;
}

/** Wraps body HTML in a page with enough prose around it for Readability to take it as an article. */
export function articlePage(bodyHtml: string, title = 'A test story about markets'): string {
  const filler = Array.from(
    { length: 4 },
    (_, i) =>
      `<p>Filler paragraph ${i + 1} keeps the story long enough for Readability to pick it, with several plain sentences of reporting. It says nothing in particular and names nobody at all.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${title}</h1>
${bodyHtml}
${filler}
</article></main>
<footer><a href="/about">About</a></footer></body></html>`;
}

/** Paragraphs for the text stage from plain strings. */
export function paragraphs(...texts: string[]): Paragraph[] {
  return texts.map((text, i) => ({ id: `p${i + 1}`, text, role: 'text' as const }));
}

/**
 * Dispatches `event` as the browser does for the reader's own input: trusted, which no page
 * script's event can be. jsdom marks whatever dispatchEvent() sends untrusted, so this goes
 * under it, to jsdom's own dispatch.
 */
export function dispatchTrusted(target: EventTarget, event: Event): void {
  type Impl = { isTrusted: boolean; _dispatch(event: Impl): boolean };
  const impl = (wrapper: object) => {
    const key = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === 'impl')!;
    return (wrapper as Record<symbol, Impl>)[key]!;
  };
  const eventImpl = impl(event);
  eventImpl.isTrusted = true;
  impl(target)._dispatch(eventImpl);
}

/** The reader's own click (see `dispatchTrusted`); like the browser, none on a disabled control. */
export function trustedClick(target: Element): void {
  if ((target as HTMLButtonElement).disabled) return;
  dispatchTrusted(target, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}
