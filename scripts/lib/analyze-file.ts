import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JSDOM } from 'jsdom';
import type { Report } from '../../utils/pipeline/format/report';
import { detailOf, ledeError, type LedeError } from '../../utils/pipeline/types';
import { parseHtml } from './parse-html';
import { reportPage } from './report-page';

export type FileReport = Report | { error: LedeError };

/** Both stages on one saved page, every failure as an error report. */
export function analyzeFile(file: string, readabilityOnly: boolean): FileReport {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    return {
      error: ledeError('unreadable', { reason: 'read', detail: (err as NodeJS.ErrnoException).code ?? detailOf(err) }),
    };
  }
  let dom: JSDOM;
  try {
    dom = parseHtml(html, pathToFileURL(resolve(file)).href);
  } catch (err) {
    return { error: ledeError('unreadable', { reason: 'parse', detail: detailOf(err) }) };
  }
  try {
    return reportPage(dom, readabilityOnly);
  } finally {
    dom.window.close();
  }
}
