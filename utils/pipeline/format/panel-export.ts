import type { Insights } from '../types';
import { markdownText, markdownUrl } from './markdown-text';

export interface ExportSource {
  title: string;
  url: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
}

/** The words around the findings, in the reader's language (the panel takes them from `_locales`). */
export interface ExportLabels {
  source: string;
  summary: string;
  companies: string;
  quotes: string;
  claims: string;
  /** Before a company's other names: "also". */
  alsoAs: string;
  noCompanies: string;
  noQuotes: string;
  noClaims: string;
  unattributed: string;
}

/** The panel's content as Markdown: for notes, tickets, fact-checking documents. */
export function insightsToMarkdown(source: ExportSource, insights: Insights, labels: ExportLabels): string {
  const lines = [`# ${markdownText(source.title)}`, '', `${labels.source}: ${markdownUrl(source.url)}`];
  const meta = [source.siteName, source.byline, source.publishedTime]
    .filter((s): s is string => !!s)
    .map(markdownText)
    .join(' · ');
  if (meta) lines.push(meta);
  lines.push('', `## ${labels.summary}`, '', markdownText(insights.summary.text) || '—');
  lines.push('', `## ${labels.companies}`, '');
  if (insights.companies.length === 0) lines.push(labels.noCompanies);
  for (const c of insights.companies)
    lines.push(
      `- **${markdownText(c.name)}** (${c.mentions})${c.aliases.length ? ` — ${labels.alsoAs} ${c.aliases.map(markdownText).join(', ')}` : ''}`,
    );
  lines.push('', `## ${labels.quotes}`, '');
  if (insights.quotes.length === 0) lines.push(labels.noQuotes);
  for (const q of insights.quotes)
    lines.push(`> “${markdownText(q.text)}”`, `> — ${q.speaker ? markdownText(q.speaker) : labels.unattributed}`, '');
  lines.push(`## ${labels.claims}`, '');
  if (insights.claims.length === 0) lines.push(labels.noClaims);
  insights.claims.forEach((c, i) => lines.push(`${i + 1}. ${markdownText(c.text)}`));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/**
 * The panel's content as JSON, field by field: the panel hands over its whole article summary
 * (the start of the article's text included), and only what is named here goes out.
 */
export function insightsToJson(source: ExportSource, insights: Insights): string {
  const { title, url, siteName, byline, publishedTime } = source;
  const { companies, quotes, claims, summary } = insights;
  return JSON.stringify(
    {
      title,
      url,
      siteName,
      byline,
      publishedTime,
      summary: { text: summary.text, source: summary.source },
      companies: companies.map(({ name, mentions, aliases }) => ({ name, mentions, aliases })),
      quotes: quotes.map(({ text, speaker }) => ({ text, speaker })),
      claims: claims.map(({ text, score }) => ({ text, score })),
    },
    null,
    2,
  );
}
