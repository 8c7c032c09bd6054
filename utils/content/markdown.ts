import type { Article } from '../pipeline/types';

/** What "Copy as Markdown" converts: the reader's article. */
type ToMarkdown = (article: Article) => string;

// On the content scripts' own global, under a symbol: the page cannot name it, and the converter
// injected later into the same frame finds the reader's global.
const KEY = Symbol.for('lede.markdown');
const scope = globalThis as unknown as Record<symbol, ToMarkdown | undefined>;

/** Run by the converter's own script (entrypoints/markdown.content.ts) once injected. */
export function provideMarkdown(convert: ToMarkdown): void {
  scope[KEY] = convert;
}

/**
 * The article as Markdown. The converter (Turndown, about 4 KB gzip) is not part of the script
 * each activation injects: `inject` brings it in at the first copy, and it stays for the next.
 */
export async function markdownOf(article: Article, inject: () => Promise<unknown>): Promise<string> {
  if (!scope[KEY]) await inject();
  const convert = scope[KEY];
  if (!convert) throw new Error('the Markdown converter did not load');
  return convert(article);
}
