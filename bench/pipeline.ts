import type { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { readArticle } from '../utils/pipeline/page/read-article';
import { analyzeText } from '../utils/pipeline/insights';
import { readText } from '../utils/pipeline/text/document';
import { findPeople } from '../utils/pipeline/insights/people';
import { findCompanies } from '../utils/pipeline/insights/companies';
import { findQuotes } from '../utils/pipeline/insights/quotes';
import { findClaims } from '../utils/pipeline/insights/claims';
import type { Article } from '../utils/pipeline/types';
import { parseHtml } from '../scripts/lib/parse-html';
import { median, timed } from './stats';

/** The stages timed in the first repetition only (see `measurePage`). */
type Breakdown = 'pageBase' | 'clean' | 'readText' | 'people' | 'companies' | 'quotes' | 'claims';

/** Milliseconds per stage for one page: the median over the repetitions, the breakdown from the first. */
export interface StageTimes {
  /** jsdom parsing the HTML, once: a cost of the Node harness, not of Lede in a browser. */
  parse: number;
  /** `new Readability(doc.cloneNode(true)).parse()`: the baseline. */
  readability: number;
  /** readArticle with readabilityOnly: Readability plus Lede's limits, gate, ids and sanitising. */
  pageBase: number;
  /** readArticle as shipped: the page stage. */
  page: number;
  /** Lede's cleaning: page minus pageBase. */
  clean: number;
  /** analyzeText: the text stage. */
  text: number;
  readText: number;
  people: number;
  companies: number;
  quotes: number;
  claims: number;
  /** readArticle + analyzeText: what a reader waits for. */
  pipeline: number;
}

export interface PageMeasure {
  times: StageTimes;
  /**
   * pipeline / readability on the same document: the median of each repetition's own ratio, as
   * the two runs of a repetition sit side by side and share whatever load the machine has then.
   */
  ratio: number;
  outcome: string;
  words: number;
}

export function timedParse(html: string, url = 'http://127.0.0.1/bench.html'): { dom: JSDOM; ms: number } {
  const [dom, ms] = timed(() => parseHtml(html, url));
  return { dom, ms };
}

/**
 * Times every stage on one parsed page. The stages alternate inside each repetition so drift
 * (GC, thermal, other processes) touches the baseline and the pipeline alike.
 */
export function measurePage(dom: JSDOM, parseMs: number, reps: number): PageMeasure {
  const doc = dom.window.document;
  const samples: Array<Omit<StageTimes, 'parse' | Breakdown>> = [];
  let breakdown: Pick<StageTimes, Breakdown> | null = null;
  let outcome = 'ok';
  let words = 0;
  for (let i = 0; i < reps; i++) {
    const [, readability] = timed(() => new Readability(doc.cloneNode(true) as Document).parse());
    const [result, page] = timed(() => readArticle(doc));
    const [, text] = result.ok ? timed(() => analyzeText(result.article)) : [null, 0];
    // Where the time goes is measured once: only the ratio needs every repetition, and the
    // breakdown's extra page stage would otherwise double the Node part's time.
    if (!breakdown) {
      const [, pageBase] = timed(() => readArticle(doc, { readabilityOnly: true }));
      const parts = result.ok
        ? textParts(result.article)
        : { readText: 0, people: 0, companies: 0, quotes: 0, claims: 0 };
      breakdown = { pageBase, clean: Math.max(0, page - pageBase), ...parts };
    }
    outcome = result.ok ? 'ok' : result.error.code;
    words = result.ok ? result.article.wordCount : 0;
    samples.push({ readability, page, text, pipeline: page + text });
  }
  const pick = (k: keyof Omit<StageTimes, 'parse' | Breakdown>) => median(samples.map((s) => s[k]));
  const times: StageTimes = {
    parse: parseMs,
    readability: pick('readability'),
    page: pick('page'),
    text: pick('text'),
    pipeline: pick('pipeline'),
    ...breakdown!,
  };
  return { times, ratio: median(samples.map((s) => s.pipeline / s.readability)), outcome, words };
}

/** The text stage's parts, called in the order analyzeText calls them. */
function textParts(article: Article) {
  const [doc, readText_] = timed(() => readText(article.paragraphs));
  const [people, people_] = timed(() => findPeople(doc));
  const [orgs, companies] = timed(() => findCompanies(doc, people));
  const [quotes, quotes_] = timed(() => findQuotes(doc, people, { companyOf: orgs.companyOf }));
  const [, claims] = timed(() => findClaims(doc, quotes));
  return { readText: readText_, people: people_, companies, quotes: quotes_, claims };
}

/** Parses and measures one HTML string, then frees jsdom's window. */
export function measureHtml(html: string, reps: number): PageMeasure {
  const { dom, ms } = timedParse(html);
  try {
    return measurePage(dom, ms, reps);
  } finally {
    dom.window.close();
  }
}
