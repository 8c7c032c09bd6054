// Runs Lede's pipeline over saved HTML pages: `npm run -s analyze -- --json page.html [...]`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JSDOM } from 'jsdom';
import { formatReport, type Report } from '../utils/pipeline/format/report';
import { detailOf, ledeError, type LedeError } from '../utils/pipeline/types';
import { englishError } from './locale';
import { parseHtml } from './lib/parse-html';
import { reportPage } from './lib/report-page';

const USAGE = `usage: npm run -s analyze -- [--json] [--readability-only] page.html [more.html ...]

  --json               one JSON report per page, one per line
  --readability-only   Readability's output without Lede's cleaning (for comparison)`;

function analyzeFile(file: string, readabilityOnly: boolean): Report | { error: LedeError } {
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

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const readabilityOnly = argv.includes('--readability-only');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('-') && !['--json', '--readability-only'].includes(a));
  const files = argv.filter((a) => !a.startsWith('-'));
  if (unknown.length || files.length === 0) {
    console.error(unknown.length ? `analyze: unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return 2;
  }
  for (const file of files) {
    const report = analyzeFile(file, readabilityOnly);
    const error = 'error' in report ? englishError(report.error) : null;
    if (error) console.error(`analyze: ${file}: ${error}`);
    if (json) process.stdout.write(JSON.stringify({ source: file, ...report }) + '\n');
    else process.stdout.write(('error' in report ? `${file}\n  ${error}\n` : formatReport(file, report)) + '\n');
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
