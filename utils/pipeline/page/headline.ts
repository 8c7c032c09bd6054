import { collapse } from '../text/normalize';
import { metaContent } from './dom';

/** Separators a CMS puts between the headline and the site's name in `<title>`. */
const SEPARATOR = /\s+(?:[-|–—·:]|::|\/\/)\s+/g;

/** Lower-case letters and digits only, for comparing names: "Los Angeles Times" -> losangelestimes. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The ways a site names itself: its site name, og:site_name and its host. A name matches when
 * it is one of them, or abbreviates its words but the last the way hosts do ("Los Angeles
 * Times" on latimes.com), or is the host's main label with a word around it ("Reuters" on
 * reuters.com, "BBC News" on bbc.co.uk).
 */
export function siteNameMatcher(doc: Document, siteName: string | null, url: string): (text: string) => boolean {
  const names = new Set<string>();
  if (siteName) names.add(squash(siteName));
  const ogName = metaContent(doc, ['og:site_name', 'application-name']);
  if (ogName) names.add(squash(ogName));
  let label = '';
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./, '');
    names.add(squash(host));
    // The main label: "latimes" of latimes.com, "bbc" of bbc.co.uk.
    const parts = host.split('.');
    label = squash(parts.length > 2 && parts[parts.length - 2]!.length <= 3 ? parts[parts.length - 3]! : parts[0]!);
  } catch {
    // No host (a file or a bad address): the names alone.
  }
  names.delete('');
  return (text) => {
    const key = squash(text);
    if (!key) return false;
    if (names.has(key)) return true;
    if (label.length < 3) return false;
    if (key === label || (key.length <= label.length + 8 && key.includes(label))) return true;
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < 2) return false;
    const abbreviated = words
      .slice(0, -1)
      .map((w) => w[0])
      .join('');
    return abbreviated + words[words.length - 1] === label;
  };
}

/** The headline without the site's name the CMS appended to it ("Story - Site", "Story | Site"). */
export function stripSiteName(title: string, isSiteName: (text: string) => boolean): string {
  let text = collapse(title);
  for (;;) {
    const seps = Array.from(text.matchAll(SEPARATOR));
    const last = seps[seps.length - 1];
    if (!last || last.index === undefined) return text;
    const head = text.slice(0, last.index);
    const tail = text.slice(last.index + last[0].length);
    if (!isSiteName(tail) || head.split(' ').length < 2) return text;
    text = head;
  }
}

/**
 * The story's headline: Readability's title without the site's name after it. When what is left
 * is only the site's name (some sites title every page so), the page's own headline: og:title,
 * or its single h1.
 */
export function readHeadline(doc: Document, title: string, siteName: string | null, url: string): string {
  const isSiteName = siteNameMatcher(doc, siteName, url);
  const stripped = stripSiteName(title, isSiteName);
  if (stripped && !isSiteName(stripped)) return stripped;
  const ogTitle = stripSiteName(metaContent(doc, ['og:title', 'twitter:title']) ?? '', isSiteName);
  if (ogTitle && !isSiteName(ogTitle)) return ogTitle;
  const h1s = doc.getElementsByTagName('h1');
  const h1 = h1s.length === 1 ? collapse(h1s[0]!.textContent ?? '') : '';
  if (h1 && !isSiteName(h1)) return h1;
  return stripped;
}
