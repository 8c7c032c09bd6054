import type { Report } from '../../utils/pipeline/format/report';

// The command line's own English, for developers at a terminal: the extension shows none of it.
/** Formats a report for people: what the panel shows, as text. */
export function formatReport(source: string, report: Report): string {
  const lines = [
    `${report.title}`,
    `  ${[report.siteName, report.byline, report.publishedTime].filter(Boolean).join(' · ')}`,
    `  ${report.wordCount} words, ${report.readingMinutes} min read; removed ${report.removed.length} clutter block(s)`,
    '',
    'Summary',
    `  ${report.summary.text}`,
    '',
    `Companies (${report.companies.length})`,
    ...report.companies.map(
      (c) => `  ${c.name} ×${c.mentions}${c.aliases.length ? ` (also ${c.aliases.join(', ')})` : ''}`,
    ),
    '',
    `Quotes (${report.quotes.length})`,
    ...report.quotes.map((q) => `  “${q.text}” — ${q.speaker ?? 'unattributed'}`),
    '',
    `Claims (${report.claims.length})`,
    ...report.claims.map((c) => `  [${c.score.toFixed(2)}] ${c.text}`),
  ];
  return `${source}\n${lines.map((l) => (l ? '  ' + l : l)).join('\n')}\n`;
}
