import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../scripts/lib/parse-html';
import { reportPage } from '../../scripts/lib/report-page';
import type { Report } from '../../utils/pipeline/format/report';
import type { LedeErrorCode } from '../../utils/pipeline/types';
import { pagePath } from './dom';

/**
 * What a saved page must go on giving: the parts of its `analyze` report a change to the
 * pipeline shows in, or the code of the error it gives instead. Not the HTML, the ids or the
 * timings, which change with every harmless refactoring.
 */
export type PageExpectation =
  | (Pick<Report, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'companies' | 'quotes' | 'claims'> & {
      paragraphs: Array<Pick<Report['paragraphs'][number], 'id' | 'role' | 'text'>>;
      removed: Array<Pick<Report['removed'][number], 'kind' | 'text'>>;
    })
  | { error: LedeErrorCode };

/** The folders under tests/pages that hold a source.html, by name. */
export function pageCases(): string[] {
  return readdirSync(pagePath(''), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(pagePath(join(e.name, 'source.html'))))
    .map((e) => e.name)
    .sort();
}

export const expectedPath = (name: string) => pagePath(join(name, 'expected.json'));

export function readExpected(name: string): PageExpectation | null {
  const file = expectedPath(name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PageExpectation) : null;
}

/**
 * Runs the page through both stages, as `npm run analyze` does. The address is made up but fixed,
 * so the result does not depend on where the repository is checked out.
 */
export function expectationOf(name: string): PageExpectation {
  const dom = parseHtml(readFileSync(pagePath(join(name, 'source.html')), 'utf8'), `https://pages.test/${name}/`);
  try {
    return toExpectation(reportPage(dom));
  } finally {
    dom.window.close();
  }
}

function toExpectation(report: ReturnType<typeof reportPage>): PageExpectation {
  if ('error' in report) return { error: report.error.code };
  return {
    title: report.title,
    byline: report.byline,
    siteName: report.siteName,
    publishedTime: report.publishedTime,
    paragraphs: report.paragraphs.map(({ id, role, text }) => ({ id, role, text })),
    removed: report.removed.map(({ kind, text }) => ({ kind, text })),
    companies: report.companies,
    quotes: report.quotes,
    // Three decimals: enough to see a change in ranking, not float noise.
    claims: report.claims.map((c) => ({ ...c, score: Math.round(c.score * 1000) / 1000 })),
  };
}
