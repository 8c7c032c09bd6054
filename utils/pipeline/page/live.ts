/**
 * Live blogs: a page of timestamped updates that keeps growing while it is open. Publishers mark
 * them as schema.org LiveBlogPosting (what search engines show a "Live" badge for), in JSON-LD or
 * microdata; that mark, not the page's look, is what Lede goes by.
 */
export interface LiveCoverage {
  /** When the page says it last changed (ISO 8601), if it says. */
  updated: string | null;
}

const LIVE_TYPE = 'LiveBlogPosting';

export function liveCoverage(doc: Document): LiveCoverage | null {
  // By tag, not by attribute selector: much the faster on a large page in jsdom.
  let jsonLd = false;
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type') !== 'application/ld+json') continue;
    jsonLd = true;
    const text = script.textContent ?? '';
    if (!text.includes(LIVE_TYPE)) continue;
    const found = findLive(parseJson(text));
    if (found) return { updated: stringOf(found.dateModified) ?? stringOf(found.coverageEndTime) ?? latestTime(doc) };
  }
  // A page that describes itself in JSON-LD does so there; only others are walked for microdata.
  const micro = jsonLd ? null : microdataItem(doc);
  if (!micro) return null;
  const modified = micro.querySelector('[itemprop="dateModified"]');
  return { updated: modified?.getAttribute('content') ?? modified?.getAttribute('datetime') ?? latestTime(doc) };
}

function microdataItem(doc: Document): Element | null {
  const walker = doc.createTreeWalker(doc.documentElement, 0x1 /* elements */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).getAttribute('itemtype')?.endsWith(LIVE_TYPE)) return node as Element;
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

type Node = Record<string, unknown>;

/** The LiveBlogPosting object anywhere in a JSON-LD value (top level, array or @graph). */
function findLive(value: unknown, depth = 0): Node | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findLive(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const node = value as Node;
  const type = node['@type'];
  if (type === LIVE_TYPE || (Array.isArray(type) && type.includes(LIVE_TYPE))) return node;
  return findLive(node['@graph'], depth + 1);
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The newest machine-readable time on the page: the latest update's, on most live blogs. */
function latestTime(doc: Document): string | null {
  let latest: string | null = null;
  let latestMs = -Infinity;
  for (const time of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const value = time.getAttribute('datetime')!;
    const ms = Date.parse(value);
    if (!Number.isNaN(ms) && ms > latestMs) [latest, latestMs] = [value, ms];
  }
  return latest;
}
