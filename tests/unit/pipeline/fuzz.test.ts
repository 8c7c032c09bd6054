import { describe, expect, it } from 'vitest';
import { englishError } from '../../../scripts/locale';
import type { JSDOM } from 'jsdom';
import { readArticle } from '../../../utils/pipeline/page/read-article';
import { analyzeText } from '../../../utils/pipeline/insights';
import { parseHtml, readFixture, readPage } from '../../helpers/dom';

/** Small deterministic PRNG (mulberry32): the same variants on every run, so failures reproduce. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ATTRIBUTES = ['class', 'id', 'hidden', 'style', 'role', 'aria-hidden', 'itemprop', 'data-ad-slot', 'lang', 'dir'];
const VALUES = [
  'ad',
  'advertisement',
  'related',
  'display:none',
  'main',
  'article',
  'comment',
  'share',
  'rtl',
  '',
  '"><script>x</script>',
  'p1',
];

/** Drops, duplicates, moves and decorates random elements, and sometimes truncates the HTML. */
function mutate(html: string, random: () => number): JSDOM {
  const dom = parseHtml(html);
  const doc = dom.window.document;
  const pick = <T>(list: ArrayLike<T>): T | undefined => list[Math.floor(random() * list.length)];
  const steps = 1 + Math.floor(random() * 8);
  for (let i = 0; i < steps; i++) {
    const all = doc.body ? doc.body.getElementsByTagName('*') : doc.getElementsByTagName('*');
    const el = pick(all);
    if (!el) break;
    const op = random();
    if (op < 0.25) el.remove();
    else if (op < 0.45) el.after(el.cloneNode(true));
    else if (op < 0.6) {
      const target = pick(all);
      if (target && !el.contains(target)) target.append(el);
    } else if (op < 0.85) el.setAttribute(pick(ATTRIBUTES)!, pick(VALUES)!);
    else el.replaceWith(...Array.from(el.childNodes));
  }
  if (random() >= 0.25) return dom;
  const out = dom.serialize();
  dom.window.close();
  return parseHtml(out.slice(0, Math.floor(random() * out.length)));
}

describe('the pipeline on mutated pages', () => {
  const sources = [readPage('seed-article/source.html'), readFixture('pages/not-article.html')];

  it('returns an article or a typed error for every variant, never throws', () => {
    const random = rng(20261125);
    let articles = 0;
    let errors = 0;
    for (let i = 0; i < 1000; i++) {
      const dom = mutate(sources[i % sources.length]!, random);
      const result = readArticle(dom.window.document);
      if (result.ok) {
        articles++;
        const insights = analyzeText(result.article);
        expect(Array.isArray(insights.companies)).toBe(true);
        expect(result.article.html).not.toMatch(/<script|onerror=|javascript:/i);
      } else {
        errors++;
        expect(['not-article', 'too-large', 'failed']).toContain(result.error.code);
        expect(englishError(result.error).length).toBeGreaterThan(10);
      }
      dom.window.close();
    }
    // Most variants of the seed still read as an article: the mutations are not all fatal.
    expect(articles).toBeGreaterThan(250);
    expect(errors).toBeGreaterThan(0);
  }, 600_000);

  it('never reports an empty article for empty, bodiless or frameset pages', () => {
    for (const html of [
      '',
      '<html></html>',
      '<frameset><frame src="a.html"></frameset>',
      '<html><body></body></html>',
      '<p>Too short.</p>',
    ]) {
      const dom = parseHtml(html);
      const result = readArticle(dom.window.document);
      expect(result.ok).toBe(false);
      dom.window.close();
    }
  });
});
