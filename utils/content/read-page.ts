import { readArticleInSteps, yieldToPage } from '../pipeline/page/read-article';
import { isOverBudget } from '../pipeline/page/limits';
import { serializeComposed, type ShadowRootOf } from '../pipeline/page/compose';
import { ledeError, type PageResult } from '../pipeline/types';
import { HANDOFF_MAX_CHARS, sendToBackground } from '../shared/messages';

/**
 * The page stage on the live page, in steps; a page over the work budget is serialised and read
 * in a worker instead (see utils/handoff), where a watchdog can stop it: the tab stays the page's.
 */
export async function readPage(doc: Document, shadowRootOf: ShadowRootOf): Promise<PageResult> {
  // The page itself, or the frame of its own origin that holds the article.
  let heavy = doc;
  const here = await readArticleInSteps(doc, { shadowRootOf, onOverBudget: (over) => (heavy = over) });
  if (here.ok || !isOverBudget(here.error)) return here;
  // Serialising a large page is a task of its own (some 100 ms for 2.75 M characters).
  await yieldToPage();
  const html = serializeComposed(heavy, shadowRootOf);
  if (html.length > HANDOFF_MAX_CHARS) return { ok: false, error: ledeError('too-large') };
  return sendToBackground({ type: 'lede:read-elsewhere', page: { html, url: heavy.URL, baseUrl: heavy.baseURI } });
}
