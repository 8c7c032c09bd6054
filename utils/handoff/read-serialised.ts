// The package's own bundle for workers: its main entry would pull in node-canvas, optionally.
import { parseHTML } from 'linkedom/worker';
import { readRawArticle, type RawPageResult } from '../pipeline/page/read-article';
import { WATCHED_LIMITS } from '../pipeline/page/limits';
import type { SerialisedPage } from '../shared/messages';

/**
 * The page stage in a worker, which has no DOM of its own: linkedom parses the page, and the
 * stage runs on it unchanged up to sanitising, which the worker's host does with a real parser.
 */
export function readSerialised(page: SerialisedPage): RawPageResult {
  const { document } = parseHTML(page.html);
  // linkedom's documents have no address: Readability resolves the article's links against it,
  // and the cleaning tells a link to the page itself from one to another page. The stage reads a
  // copy of the document, so the address goes on the class; a worker reads one page only.
  Object.defineProperties(Object.getPrototypeOf(document) as object, {
    URL: { value: page.url, configurable: true },
    documentURI: { value: page.url, configurable: true },
    baseURI: { value: page.baseUrl, configurable: true },
  });
  return readRawArticle(document as unknown as Document, { url: page.url, limits: WATCHED_LIMITS });
}
