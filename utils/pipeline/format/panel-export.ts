import type { Insights } from '../types';

export interface ExportSource {
  title: string;
  url: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
}

/** The panel's content as Markdown: for notes, tickets, fact-checking documents. */
export function insightsToMarkdown(source: ExportSource, insights: Insights): string {
  const lines = [`# ${source.title}`, '', `Source: <${source.url}>`];
  const meta = [source.siteName, source.byline, source.publishedTime].filter(Boolean).join(' · ');
  if (meta) lines.push(meta);
  lines.push('', '## Summary', '', insights.summary.text || '—');
  lines.push('', '## Companies', '');
  if (insights.companies.length === 0) lines.push('None named.');
  for (const c of insights.companies)
    lines.push(
      `- **${escapeMd(c.name)}** (${c.mentions})${c.aliases.length ? ` — also ${c.aliases.map(escapeMd).join(', ')}` : ''}`,
    );
  lines.push('', '## Quotes', '');
  if (insights.quotes.length === 0) lines.push('None.');
  for (const q of insights.quotes)
    lines.push(`> “${escapeMd(q.text)}”`, `> — ${q.speaker ? escapeMd(q.speaker) : 'unattributed'}`, '');
  lines.push('## Claims', '');
  if (insights.claims.length === 0) lines.push('None.');
  insights.claims.forEach((c, i) => lines.push(`${i + 1}. ${escapeMd(c.text)}`));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

export function insightsToJson(source: ExportSource, insights: Insights): string {
  const { companies, quotes, claims, summary } = insights;
  return JSON.stringify(
    {
      ...source,
      summary,
      companies: companies.map(({ name, mentions, aliases }) => ({ name, mentions, aliases })),
      quotes: quotes.map(({ text, speaker }) => ({ text, speaker })),
      claims: claims.map(({ text, score }) => ({ text, score })),
    },
    null,
    2,
  );
}

/** Page text must not turn into Markdown markup (links, emphasis, headings) in the export. */
function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
