import { parseHtml } from '../scripts/lib/parse-html';

/**
 * Pages built from the seed article to probe how the pipeline scales. Every copy of a sentence
 * gets its own words: duplicate removal would otherwise collapse the copies (rightly) and the
 * "long" page would measure nothing but that.
 */

export type SyntheticKind = 'seed' | 'long' | 'nested' | 'text';

export interface SyntheticCase {
  kind: SyntheticKind;
  /** long: how many copies of the body; nested: wrapper depth; text: characters of text. */
  size: number;
}

export function label(c: SyntheticCase): string {
  switch (c.kind) {
    case 'seed':
      return 'seed (original)';
    case 'long':
      return `seed ${c.size}x long`;
    case 'nested':
      return `nested ${c.size} deep`;
    case 'text':
      return `${(c.size / 1e6).toFixed(0)} MB of text`;
  }
}

export function buildPage(seedHtml: string, c: SyntheticCase): string {
  switch (c.kind) {
    case 'seed':
      return seedHtml;
    case 'long':
      return longArticle(seedHtml, c.size);
    case 'nested':
      return nestedArticle(seedHtml, c.size);
    case 'text':
      return textPage(seedHtml, c.size);
  }
}

/** The seed with its body paragraphs repeated `times` times in place, each copy reworded. */
function longArticle(seedHtml: string, times: number): string {
  const dom = parseHtml(seedHtml);
  const paragraphs = bodyParagraphs(dom.window.document);
  const last = paragraphs[paragraphs.length - 1]!;
  let anchor: Element = last;
  for (let k = 1; k < times; k++) {
    for (const p of paragraphs) {
      const copy = p.cloneNode(true) as Element;
      varyTextNodes(copy, k);
      anchor.after(copy);
      anchor = copy;
    }
  }
  return dom.serialize();
}

/** A plain article whose paragraphs sit inside `depth` nested wrappers, as some CMSes emit. */
function nestedArticle(seedHtml: string, depth: number): string {
  const { title, texts } = seedTexts(seedHtml);
  const article = `<article><h1>${escape(title)}</h1>${texts.map((t) => `<p>${escape(t)}</p>`).join('')}</article>`;
  return page(title, '<div class="wrap">'.repeat(depth) + article + '</div>'.repeat(depth));
}

/** About `chars` characters of prose in plain paragraphs: far longer than any real article. */
function textPage(seedHtml: string, chars: number): string {
  const { title, texts } = seedTexts(seedHtml);
  const out: string[] = [];
  let total = 0;
  for (let k = 0; total < chars; k++) {
    for (const t of texts) {
      const text = vary(t, k);
      out.push(`<p>${escape(text)}</p>`);
      total += text.length;
    }
  }
  return page(title, `<article><h1>${escape(title)}</h1>${out.join('\n')}</article>`);
}

/** The paragraphs of the container that holds the most of them: the article's body. */
function bodyParagraphs(doc: Document): Element[] {
  let best: Element[] = [];
  for (const parent of new Set(Array.from(doc.querySelectorAll('p')).map((p) => p.parentElement))) {
    const ps = parent
      ? Array.from(parent.children).filter((c) => c.tagName === 'P' && (c.textContent ?? '').trim().length > 40)
      : [];
    if (ps.length > best.length) best = ps;
  }
  if (best.length === 0) throw new Error('the seed article has no body paragraphs');
  return best;
}

function seedTexts(seedHtml: string): { title: string; texts: string[] } {
  const doc = parseHtml(seedHtml).window.document;
  const texts = bodyParagraphs(doc).map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
  return { title: doc.title || 'Seed article', texts };
}

function varyTextNodes(root: Element, k: number): void {
  const walker = root.ownerDocument.createTreeWalker(root, 0x4 /* text */);
  let changed = false;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const marked = markSentences(n.data, k);
    if (marked !== n.data) changed = true;
    n.data = marked;
    if (n.data.trim()) last = n;
  }
  if (!changed && last) last.data = `${last.data} (update ${ordinal(k)})`;
}

/**
 * Rewords a paragraph for copy k: every sentence gains a clause of its own, so no sentence of
 * a copy stands in another copy (the partial-repeat rule compares sentences).
 */
export function vary(text: string, k: number): string {
  if (k === 0) return text;
  const marked = markSentences(text, k);
  return marked === text ? `${text} (update ${ordinal(k)})` : marked;
}

// Abbreviations ("Mr.", "U.S.") are left alone: a clause there would split a name.
function markSentences(text: string, k: number): string {
  return text.replace(
    /(?<=[a-z0-9%)]{2})([.!?])(["”’]?)(?=\s|$)/g,
    (_m, stop: string, quote: string) => ` in update ${ordinal(k)} of the story${stop}${quote}`,
  );
}

const ORDINALS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Words, not digits: digits would read as figures to the claims extractor. */
function ordinal(k: number): string {
  return String(k)
    .split('')
    .map((d) => ORDINALS[Number(d)])
    .join('-');
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${body}</body></html>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
