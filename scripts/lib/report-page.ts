import type { JSDOM } from 'jsdom';
import { readArticle } from '../../utils/pipeline/page/read-article';
import { analyzeText } from '../../utils/pipeline/insights';
import { buildReport, type Report } from '../../utils/pipeline/format/report';
import type { LedeError } from '../../utils/pipeline/types';

/** Both stages of the pipeline on a page parsed in Node: the report `npm run analyze` prints. */
export function reportPage(dom: JSDOM, readabilityOnly = false): Report | { error: LedeError } {
  const page = readArticle(dom.window.document, { readabilityOnly });
  return page.ok ? buildReport(page.article, analyzeText(page.article)) : { error: page.error };
}
