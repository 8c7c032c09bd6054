import { readFileSync } from 'node:fs';
import type { Case } from './corpus';
import { measureHtml, measurePage, timedParse, type PageMeasure, type StageTimes } from './pipeline';
import { collectGarbage, median, p95 } from './stats';

export interface NodePage extends PageMeasure {
  name: string;
  set: string;
  bytes: number;
}

export type StageSummary = Record<keyof StageTimes, { median: number; p95: number; total: number }>;

export interface NodeResult {
  reps: number;
  pages: NodePage[];
  /** Pages the Node harness itself could not handle (jsdom could not parse them). */
  skipped: Array<{ name: string; error: string }>;
  stages: StageSummary;
  /** Median over pages of pipeline / Readability, each pair measured on the same document. */
  medianRatio: number;
  p95Ratio: number;
  /** Sum of pipeline over sum of Readability: weighs big pages more than the median does. */
  totalRatio: number;
}

export function runNode(cases: Case[], seed: Case, reps: number, progress: (msg: string) => void): NodeResult {
  // A cold JIT would charge its warm-up to the first pages.
  measureHtml(readFileSync(seed.file, 'utf8'), 3);
  const pages: NodePage[] = [];
  const skipped: NodeResult['skipped'] = [];
  for (const [i, c] of cases.entries()) {
    collectGarbage();
    try {
      const { dom, ms } = timedParse(readFileSync(c.file, 'utf8'));
      try {
        const measure = measurePage(dom, ms, reps);
        progress(`node ${i + 1}/${cases.length} ${c.name.slice(0, 24)} ${measure.times.pipeline.toFixed(0)} ms`);
        pages.push({ name: c.name, set: c.set, bytes: c.bytes, ...measure });
      } finally {
        dom.window.close();
      }
    } catch (err) {
      const error = String((err as Error)?.message ?? err).split('\n')[0]!;
      progress(`node ${i + 1}/${cases.length} ${c.name.slice(0, 24)} skipped: ${error}`);
      skipped.push({ name: c.name, error });
    }
  }
  const keys = Object.keys(pages[0]?.times ?? {}) as Array<keyof StageTimes>;
  const stages = Object.fromEntries(
    keys.map((k) => {
      const values = pages.map((p) => p.times[k]);
      return [k, { median: median(values), p95: p95(values), total: values.reduce((a, b) => a + b, 0) }];
    }),
  ) as StageSummary;
  const ratios = pages.map((p) => p.ratio);
  return {
    reps,
    pages,
    skipped,
    stages,
    medianRatio: median(ratios),
    p95Ratio: p95(ratios),
    totalRatio: stages.pipeline.total / stages.readability.total,
  };
}
