import type { BrowserPage, BrowserResult } from './browser';
import type { Corpus } from './corpus';
import type { Environment } from './env';
import type { NodeResult } from './node';
import type { StageTimes } from './pipeline';
import type { ScalingResult } from './scaling';
import type { SizeResult } from './size';
import { kb, ms, ratio, table } from './table';
import type { Target } from './targets';

export function formatEnvironment(env: Environment, corpus: Corpus): string {
  const counts = new Map<string, number>();
  for (const c of corpus.cases) counts.set(c.set, (counts.get(c.set) ?? 0) + 1);
  const sets = [...counts].map(([set, n]) => `${n} ${set}`).join(' + ');
  const source =
    corpus.source === 'shared'
      ? `shared corpus (${corpus.root}): ${sets}`
      : `../shared is absent: running on ${corpus.root} only (${sets}); numbers are not comparable with the shared corpus`;
  return [
    `Lede benchmark, ${env.date}`,
    `Machine   ${env.cpus} x ${env.cpuModel}, ${env.memoryGB} GB, load average ${env.loadAverage.toFixed(1)} at start`,
    `Runtimes  node ${env.node} | ${env.chromium} | ${env.firefox}`,
    `Pages     ${source}`,
  ].join('\n');
}

const STAGES: Array<[keyof StageTimes, string]> = [
  ['parse', 'jsdom parse (Node harness only, apart)'],
  ['readability', 'Readability.parse alone (baseline)'],
  ['page', 'page stage: readArticle'],
  ['pageBase', '  readabilityOnly (Readability+limits+ids+sanitise)'],
  ['clean', '  cleaning (page - readabilityOnly)'],
  ['text', 'text stage: analyzeText'],
  ['readText', '  readText'],
  ['people', '  findPeople'],
  ['companies', '  findCompanies'],
  ['quotes', '  findQuotes'],
  ['claims', '  findClaims'],
  ['pipeline', 'full pipeline (page + text)'],
];

export function formatNode(node: NodeResult): string {
  const rows = STAGES.map(([k, name]) => [
    name,
    ms(node.stages[k].median),
    ms(node.stages[k].p95),
    ms(node.stages[k].total),
  ]);
  rows.push([
    'pipeline / Readability (per page)',
    ratio(node.medianRatio),
    ratio(node.p95Ratio),
    ratio(node.totalRatio),
  ]);
  const worst = [...node.pages].sort((a, b) => b.ratio - a.ratio).slice(0, 8);
  const worstRows = worst.map((p) => [
    short(p.name),
    kb(p.bytes),
    p.outcome,
    ms(p.times.readability),
    ms(p.times.pageBase),
    ms(p.times.clean),
    ms(p.times.text),
    ms(p.times.pipeline),
    ratio(p.ratio),
  ]);
  const outcomes = countBy(node.pages.map((p) => p.outcome));
  return [
    `Node (jsdom): ${node.pages.length} pages, each stage the median of ${node.reps} runs (the breakdown: the first); ms over pages`,
    table(['stage', 'median', 'p95', 'total'], rows),
    `outcomes: ${outcomes}`,
    ...node.skipped.map((s) => `skipped ${short(s.name)}: the Node harness could not handle it (${s.error})`),
    '',
    'Highest pipeline / Readability ratios',
    table(['page', 'KB', 'outcome', 'readab.', 'rOnly', 'clean', 'text', 'pipeline', 'ratio'], worstRows),
  ].join('\n');
}

export function formatScaling(s: ScalingResult): string {
  const rows = s.rows.map((r) => [
    r.label,
    kb(r.htmlBytes),
    r.textChars,
    r.outcome,
    ms(r.parseMs),
    ms(r.readabilityMs),
    ms(r.pipelineMs),
    Number.isFinite(r.limitMs) ? ms(r.limitMs) : '-',
    r.case.kind === 'seed' ? '' : r.pass ? 'pass' : 'FAIL',
    r.note,
  ]);
  return [
    'Synthetic pages (Node, one process per group, killed after 120 s)',
    table(['page', 'KB', 'text chars', 'outcome', 'parse', 'readab.', 'pipeline', 'limit', '', 'rule'], rows),
  ].join('\n');
}

export function formatBrowser(b: BrowserResult): string {
  const values = (pick: (p: BrowserPage) => number | null) => b.pages.map(pick).filter((v): v is number => v !== null);
  const max = (pick: (p: BrowserPage) => number | null) => Math.max(...values(pick));
  const rows = [
    ['activation -> reader view painted', ms(b.readerMedian), ms(b.readerP95), ms(max((p) => p.readerMs))],
    ['activation -> panel filled', ms(b.panelMedian), ms(b.panelP95), ms(max((p) => p.panelMs))],
    ['longest main-thread task after activation', '', ms(b.longestTaskP95), ms(b.longestTaskMax)],
    ['second activation -> reader view painted', ms(b.secondMedian), '', ms(max((p) => p.secondMs))],
    [
      'JS heap after - before (MB, after GC)',
      b.heapDeltaMedianMB.toFixed(2),
      '',
      max((p) => p.heapAfterMB - p.heapBeforeMB).toFixed(2),
    ],
  ];
  const slow = [...b.pages].sort((x, y) => y.longestTaskMs - x.longestTaskMs).slice(0, 8);
  const pageRows = (list: BrowserPage[]) =>
    list.map((p) => [
      short(p.name),
      p.outcome,
      ms(p.readerMs),
      ms(p.panelMs),
      ms(p.secondMs),
      (p.heapAfterMB - p.heapBeforeMB).toFixed(2),
      p.longTasksMs.map((t) => t.toFixed(0)).join(' ') || '-',
    ]);
  const header = ['page', 'outcome', 'reader', 'panel', '2nd', 'heap MB', 'long tasks'];
  const parts = b.breakdowns.map((d) => [
    short(d.name),
    ms(d.taskMs),
    ms(d.scriptMs),
    ms(d.compileMs),
    ms(d.styleLayoutMs),
    ms(d.gcMs),
  ]);
  return [
    `Chromium, real extension: ${b.pages.length} pages (${countBy(b.pages.map((p) => p.outcome))}); ms`,
    table(['measure', 'median', 'p95', 'max'], rows),
    '',
    'Pages with the longest tasks',
    table(header, pageRows(slow)),
    '',
    'Their longest task, traced again (tracing adds overhead): ms',
    table(['page', 'task', 'script', 'compile', 'style+layout', 'gc'], parts),
    '',
    'Synthetic pages in Chromium (not in the percentiles)',
    table(header, pageRows(b.extremes)),
  ].join('\n');
}

export function formatSize(s: SizeResult): string {
  const rows = (s.injected ? [{ ...s.injected, file: `injected: ${s.injected.file}` }] : [])
    .concat(s.entrypoints, s.zips)
    // A zip is compressed already: gzip says nothing about it.
    .map((f) => [f.file, kb(f.raw), f.file.endsWith('.zip') ? '-' : kb(f.gzip)]);
  return [`Size (KB; gzip -9)${s.built ? ', after npm run build' : ''}`, table(['file', 'raw', 'gzip'], rows)].join(
    '\n',
  );
}

export function formatTargets(targets: Target[]): string {
  const mark = (t: Target) => (t.pass === null ? 'SKIP' : t.pass ? 'PASS' : 'FAIL');
  return ['Targets', ...targets.map((t) => `  [${mark(t)}] ${t.name}: ${t.value}`)].join('\n');
}

/** Corpus-body folders are named by a 64-digit hash: a prefix tells them apart. */
function short(name: string): string {
  return name.length > 28 ? `${name.slice(0, 18)}…` : name;
}

function countBy(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${n} ${v}`).join(', ');
}
