/**
 * Page-chosen strings (title, site name, byline, quotes, summary) as Markdown text: on one line,
 * and never markup. A page must not get a link (`[x](javascript:…)`), a remote image (which
 * would load when the notes are viewed), emphasis, a heading or raw HTML into an export.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** An address as a Markdown autolink when it is a web address; as plain text otherwise. */
export function markdownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return `<${parsed.href}>`;
  } catch {
    // not an address at all
  }
  return markdownText(url);
}
