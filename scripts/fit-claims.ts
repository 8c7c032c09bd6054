// Fits the claim ranker on the annotated pages: `npm run fit:claims [-- CASE_OR_FOLDER ...]`.
//
// Each training page goes through the page stage and the text stage up to the quotes; every
// candidate sentence gets the features findClaims uses (claimCandidates) and a label: does it
// match a gold claim by the scorer's rule (shared/eval/score.mjs: Jaccard >= 0.5 over word
// sets, or a sentence of 6+ words contained in a gold claim). An L2-regularised logistic
// regression is fitted on the labels, and the selection rule (threshold, longest list, share of
// the article) is picked by leave-one-page-out cross-validation. Printed: the nested
// cross-validated claim P/R/F1 (per held-out page, then over all), the figures of the chosen
// setting, and its fit on all training pages. The setting is the most conservative within one
// claim of the best (scripts/lib/claim-setting.ts), chosen so inside each nested fold too.
// Written: utils/pipeline/insights/claim-weights.json.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Paragraph } from '../utils/pipeline/types';
import { readArticle } from '../utils/pipeline/page/read-article';
import { parseHtml } from './lib/parse-html';
import { englishError } from './locale';
import { readQuotes } from '../utils/pipeline/insights';
import { CLAIM_FEATURES, claimCandidates } from '../utils/pipeline/insights/claim-features';
import {
  claimProbability,
  selectClaims,
  type ClaimModel,
  type ClaimSelection,
} from '../utils/pipeline/insights/claims';
import { chooseWithinOneClaim, figures, type Tally } from './lib/claim-setting';

/**
 * Pages kept aside to judge the ranker on text it was never fitted to: never read here, so
 * neither the weights nor the selection rule can learn from them.
 */
const HELD_OUT = new Set([
  'postlight-deadline.com',
  'postlight-gothamist.com',
  'postlight-money.cnn.com',
  'postlight-www.androidcentral.com',
  'postlight-www.bloomberg.com',
  'postlight-www.cnbc.com--redesign',
  'postlight-www.investmentexecutive.com',
  'postlight-www.latimes.com',
]);

const CACHE_DIR = resolve(import.meta.dirname, '../node_modules/.cache/fit-claims');
const WEIGHTS_FILE = resolve(import.meta.dirname, '../utils/pipeline/insights/claim-weights.json');
/**
 * L2 penalties tried (on the summed log-loss, standardised features). Not beyond 100, the
 * usual choice: 300 and 1000 tie with it within a claim on some folds, are then taken as the
 * more conservative, with a lower threshold to make up, and the choice wanders from fold to fold.
 */
const LAMBDAS = [1, 3, 10, 30, 100];
const THRESHOLDS = Array.from({ length: 14 }, (_, i) => i * 0.05);
const MAX_CLAIMS = [3, 4, 5, 6, 7, 8];
const PER_CANDIDATE = [0, 0.1, 0.15, 0.2, 0.3];
const MIN_CLAIMS = 3;

interface Gold {
  text: string;
  required?: boolean;
}
interface Candidate {
  text: string;
  index: number;
  x: number[];
  /** The gold claim it matches by the scorer's rule, or -1. */
  match: number;
}
interface Page {
  name: string;
  candidates: Candidate[];
  gold: Gold[];
}

// ---- the scorer's matching rule (shared/eval/score.mjs)
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const words = (s: string) => norm(s).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
function jaccard(a: string, b: string): number {
  const sa = new Set(words(a));
  const sb = new Set(words(b));
  if (!sa.size || !sb.size) return 0;
  let inter = 0;
  for (const t of sa) if (sb.has(t)) inter++;
  return inter / (sa.size + sb.size - inter);
}
function goldMatch(text: string, gold: Gold[]): number {
  let best = -1;
  let bestScore = 0;
  gold.forEach((g, k) => {
    const contained = norm(g.text).includes(norm(text)) && words(text).length >= 6 ? 1 : 0;
    const score = Math.max(jaccard(text, g.text), contained);
    if (score > bestScore) [best, bestScore] = [k, score];
  });
  return bestScore >= 0.5 ? best : -1;
}

// ---- the pages
function findCases(dir: string): string[] {
  if (existsSync(join(dir, 'gold.json'))) return [dir];
  if (!statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isDirectory())
    .flatMap(findCases)
    .sort();
}

/** shared/corpus and shared/fixtures, found by walking up from here. */
function defaultRoots(): string[] {
  for (let dir = process.cwd(); dir !== dirname(dir); dir = dirname(dir)) {
    const shared = join(dir, 'shared');
    if (existsSync(join(shared, 'corpus'))) return ['corpus', 'fixtures'].map((d) => join(shared, d));
  }
  throw new Error('fit-claims: no shared/corpus above this folder; name the case folders');
}

function readPage(dir: string): Page | null {
  const gold = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { claims?: Gold[] }).claims ?? [];
  if (gold.length === 0) return null;
  const { doc, quotes, companies } = readQuotes({ paragraphs: pageParagraphs(join(dir, 'source.html')) });
  const candidates = claimCandidates(doc, quotes, companies).map((c) => ({
    text: c.sentence.text,
    index: c.sentence.index,
    x: c.features,
    match: goldMatch(c.sentence.text, gold),
  }));
  return { name: basename(dir), candidates, gold };
}

/**
 * The page stage's paragraphs of a saved page, kept in node_modules/.cache between runs (the
 * page stage is most of the time; the text stage, whose features are being fitted, always runs).
 * The key covers the page and every pipeline source but the text stage's, so a change to the
 * page stage reads the pages afresh.
 */
function pageParagraphs(file: string): Paragraph[] {
  const key = createHash('sha1').update(PAGE_STAGE_VERSION).update(readFileSync(file)).digest('hex');
  const cache = join(CACHE_DIR, `${key}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Paragraph[];
  const dom = parseHtml(readFileSync(file, 'utf8'), pathToFileURL(file).href);
  try {
    const page = readArticle(dom.window.document);
    if (!page.ok) throw new Error(`${file}: ${englishError(page.error)}`);
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cache, JSON.stringify(page.article.paragraphs));
    return page.article.paragraphs;
  } finally {
    dom.window.close();
  }
}

const PAGE_STAGE_VERSION = (() => {
  const hash = createHash('sha1');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'insights') walk(path);
      } else hash.update(path).update(readFileSync(path));
    }
  };
  walk(resolve(import.meta.dirname, '../utils/pipeline'));
  return hash.digest('hex');
})();

// ---- logistic regression (Newton's method; features standardised on the training set)
type Fit = Omit<ClaimModel, 'select'>;

function fitLogistic(pages: Page[], lambda: number): Fit {
  const rows = pages.flatMap((p) => p.candidates);
  const d = CLAIM_FEATURES.length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r.x[j]!, 0) / rows.length);
  const scale = mean.map((m, j) => {
    const sd = Math.sqrt(rows.reduce((s, r) => s + (r.x[j]! - m) ** 2, 0) / rows.length);
    return sd > 1e-9 ? sd : 1;
  });
  const X = rows.map((r) => [1, ...r.x.map((v, j) => (v - mean[j]!) / scale[j]!)]);
  const y = rows.map((r) => (r.match >= 0 ? 1 : 0));
  const w = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = w.map((wj, j) => (j === 0 ? 0 : lambda * wj));
    const hess = w.map((_, j) => w.map((__, k) => (j === k && j > 0 ? lambda : 0)));
    X.forEach((xi, i) => {
      const p = 1 / (1 + Math.exp(-xi.reduce((s, v, j) => s + v * w[j]!, 0)));
      const r = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        grad[j]! += (p - y[i]!) * xi[j]!;
        const rx = r * xi[j]!;
        const row = hess[j]!;
        for (let k = j; k <= d; k++) row[k]! += rx * xi[k]!;
      }
    });
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      w[j]! -= step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-6) break;
  }
  const low = mean.map((_, j) => Math.min(...rows.map((r) => r.x[j]!)));
  const high = mean.map((_, j) => Math.max(...rows.map((r) => r.x[j]!)));
  return { features: [...CLAIM_FEATURES], mean, scale, low, high, weights: w.slice(1), bias: w[0]! };
}

/** Solves A x = b (A symmetric positive definite) by Gaussian elimination with pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[pivot]![c]!)) pivot = r;
    [M[c], M[pivot]] = [M[pivot]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

// ---- scoring as the scorer does: required gold claims found, listed sentences matching none
type Scored = Candidate & { p: number };

function tally(page: Page, probs: number[], rule: ClaimSelection): Tally {
  const scored: Scored[] = page.candidates.map((c, i) => ({ ...c, p: probs[i]! }));
  const found = new Set<number>();
  let fp = 0;
  for (const c of selectClaims(scored, rule)) {
    if (c.match < 0) fp++;
    else found.add(c.match);
  }
  const tp = [...found].filter((k) => page.gold[k]!.required).length;
  return { tp, fp, need: page.gold.filter((g) => g.required).length };
}

const probsOf = (page: Page, fit: Fit) =>
  page.candidates.map((c) => claimProbability(c.x, { ...fit, select: RULES[0]! }));

const RULES: ClaimSelection[] = THRESHOLDS.flatMap((threshold) =>
  MAX_CLAIMS.flatMap((maxClaims) =>
    PER_CANDIDATE.map((perCandidate) => ({ threshold, maxClaims, perCandidate, minClaims: MIN_CLAIMS })),
  ),
);

/**
 * The model fitted on all pages but the left-out ones. Nested cross-validation asks for each
 * pair of left-out pages twice (page j inside the fold of page i, and i inside j's): fitted once.
 */
const fits = new Map<string, Fit>();
function fitWithout(pages: Page[], out: number[], lambda: number): Fit {
  const key = `${lambda}/${[...out].sort((a, b) => a - b).join(',')}`;
  let fit = fits.get(key);
  if (!fit) {
    fit = fitLogistic(
      pages.filter((_, j) => !out.includes(j)),
      lambda,
    );
    fits.set(key, fit);
  }
  return fit;
}

/**
 * The penalty and selection rule chosen by leave-one-page-out cross-validation over all pages
 * but `outer` (see chooseWithinOneClaim).
 */
function chooseSetting(pages: Page[], outer = -1): ReturnType<typeof chooseWithinOneClaim> {
  const inner = pages.map((_, i) => i).filter((i) => i !== outer);
  const outside = outer < 0 ? [] : [outer];
  const scored = LAMBDAS.flatMap((lambda) => {
    const outOfFold = inner.map((i) => probsOf(pages[i]!, fitWithout(pages, [...outside, i], lambda)));
    return RULES.map((rule) => ({
      setting: { lambda, rule },
      tallies: inner.map((i, k) => tally(pages[i]!, outOfFold[k]!, rule)),
    }));
  });
  return chooseWithinOneClaim(scored);
}

const pct = (x: number) => x.toFixed(3);
const describe = (rule: ClaimSelection) =>
  `p>=${rule.threshold.toFixed(2)} top ${rule.maxClaims}` +
  (rule.perCandidate ? ` (at most ${rule.perCandidate} of candidates, at least ${rule.minClaims})` : '');

function main(argv: string[]): void {
  // --quick: no nested cross-validation (for trying features); the figures to quote need without.
  const quick = argv.includes('--quick');
  const args = argv.filter((a) => a !== '--quick');
  const roots = args.length ? args.map((a) => resolve(a)) : defaultRoots();
  const dirs = roots.flatMap(findCases).filter((d) => !HELD_OUT.has(basename(d)));
  console.log(`reading ${dirs.length} training pages (${HELD_OUT.size} held out, never read)`);
  const pages = dirs.map(readPage).filter((p): p is Page => p !== null);
  const rows = pages.flatMap((p) => p.candidates);
  const required = pages.reduce((s, p) => s + p.gold.filter((g) => g.required).length, 0);
  const reachable = pages.reduce(
    (s, p) =>
      s + new Set(p.candidates.filter((c) => c.match >= 0 && p.gold[c.match]!.required).map((c) => c.match)).size,
    0,
  );
  console.log(
    `${rows.length} candidate sentences, ${rows.filter((r) => r.match >= 0).length} match a gold claim; ` +
      `${reachable} of ${required} required gold claims are matched by some candidate`,
  );

  if (!quick) nestedCV(pages);
  const chosen = chooseSetting(pages);
  const { setting } = chosen;
  console.log(
    `\nchosen on all ${pages.length} pages: lambda ${setting.lambda}, ${describe(setting.rule)}; ` +
      `its leave-one-page-out F1 ${pct(chosen.f1)}, the best setting's ${pct(chosen.bestF1)} ` +
      `(optimistic: the setting was chosen on them)`,
  );
  const fit = fitLogistic(pages, setting.lambda);
  const all = figures(pages.map((page) => tally(page, probsOf(page, fit), setting.rule)));
  console.log(`fit on all training pages  P ${pct(all.p)}  R ${pct(all.r)}  F1 ${pct(all.f1)}`);
  console.log('\nweights (per standard deviation of the feature):');
  CLAIM_FEATURES.map((name, j) => [name, fit.weights[j]!] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .forEach(([name, w]) => console.log(`  ${name.padEnd(18)} ${w >= 0 ? '+' : ''}${w.toFixed(3)}`));

  const round = (xs: number[]) => xs.map((x) => Number(x.toPrecision(6)));
  const model: ClaimModel & { $comment: string } = {
    $comment: 'Written by scripts/fit-claims.ts (npm run fit:claims); do not edit by hand.',
    features: fit.features,
    mean: round(fit.mean),
    scale: round(fit.scale),
    low: round(fit.low!),
    high: round(fit.high!),
    weights: round(fit.weights),
    bias: Number(fit.bias.toPrecision(6)),
    select: setting.rule,
  };
  writeFileSync(WEIGHTS_FILE, JSON.stringify(model, null, 2) + '\n');
  console.log(`\nwrote ${WEIGHTS_FILE}`);
}

/** Each page judged by a model and rule chosen and fitted on the other pages alone. */
function nestedCV(pages: Page[]): void {
  console.log('\nnested leave-one-page-out cross-validation (setting chosen on the other pages each time):');
  const folds: Tally[] = [];
  const perFoldF1: number[] = [];
  pages.forEach((page, i) => {
    const { setting } = chooseSetting(pages, i);
    const t = tally(page, probsOf(page, fitWithout(pages, [i], setting.lambda)), setting.rule);
    const f = figures([t]);
    folds.push(t);
    perFoldF1.push(f.f1);
    console.log(
      `  ${page.name.slice(0, 40).padEnd(40)} P ${pct(f.p)} R ${pct(f.r)} F1 ${pct(f.f1)}  ` +
        `(${t.tp} found of ${t.need}, ${t.fp} not in gold; lambda ${setting.lambda}, ${describe(setting.rule)})`,
    );
  });
  const cv = figures(folds);
  const meanF1 = perFoldF1.reduce((s, x) => s + x, 0) / perFoldF1.length;
  console.log(
    `CV claims  P ${pct(cv.p)}  R ${pct(cv.r)}  F1 ${pct(cv.f1)}  (pooled as the scorer pools; mean per-page F1 ${pct(meanF1)})`,
  );
}

main(process.argv.slice(2));
