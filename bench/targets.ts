import type { BrowserResult } from './browser';
import type { NodeResult } from './node';
import type { ScalingResult } from './scaling';
import { INJECTED_GZIP_LIMIT, type SizeResult } from './size';
import { LONG_TIMES } from './scaling';

export interface Target {
  name: string;
  /** null: not measured in this run (skipped or the part failed to run). */
  pass: boolean | null;
  value: string;
}

export const MAX_RATIO = 1.5;
export const MAX_TASK_MS = 100;
/** A repeated toggle reuses the cleaned article: it must cost well under half of the first. */
export const MAX_SECOND_RATIO = 0.5;
/** 170 nested divs round 2.75 M characters: answered within this, with no task longer than the next. */
export const DEEPLY_NESTED = '170 nested divs, 2.75 M chars';
export const DEEP_ANSWER_MS = 15_000;
export const DEEP_MAX_TASK_MS = 200;

export interface Parts {
  node?: NodeResult;
  scaling?: ScalingResult;
  browser?: BrowserResult;
  size?: SizeResult;
}

export function evaluateTargets({ node, scaling, browser, size }: Parts): Target[] {
  const fixed = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : '-');
  const longRow = scaling?.rows.find((r) => r.case.kind === 'long');
  const textRow = scaling?.rows.find((r) => r.case.kind === 'text');
  const deep = browser?.extremes.find((p) => p.name === DEEPLY_NESTED);
  return [
    {
      name: `full pipeline <= ${MAX_RATIO}x Readability.parse alone (median ratio over the corpus)`,
      pass: node ? node.medianRatio <= MAX_RATIO : null,
      value: node
        ? `${fixed(node.medianRatio)}x (p95 ${fixed(node.p95Ratio)}x, total ${fixed(node.totalRatio)}x)`
        : 'skipped',
    },
    {
      name: `no Lede-caused main-thread task > ${MAX_TASK_MS} ms at p95 (Chromium sample)`,
      pass: browser && browser.pages.length ? browser.longestTaskP95 <= MAX_TASK_MS : null,
      value: browser
        ? `p95 ${fixed(browser.longestTaskP95, 0)} ms (max ${fixed(browser.longestTaskMax, 0)} ms)`
        : 'skipped',
    },
    {
      name: `injected content script <= ${(INJECTED_GZIP_LIMIT / 1024).toFixed(1)} KB gzipped (its size before issue 14)`,
      pass: size?.injected ? size.injected.gzip <= INJECTED_GZIP_LIMIT : null,
      value: size?.injected
        ? `${(size.injected.gzip / 1024).toFixed(1)} KB gzip (${(size.injected.raw / 1024).toFixed(1)} KB raw)` +
          (size.injectedOnCopy
            ? `; at the first Copy as Markdown, ${(size.injectedOnCopy.gzip / 1024).toFixed(1)} KB more`
            : '')
        : 'skipped',
    },
    {
      name: 'nothing injected on pages the reader did not ask to clean (shipped manifests)',
      pass: size ? size.injectsUnasked.length === 0 : null,
      value: size
        ? size.injectsUnasked.length
          ? size.injectsUnasked.join('; ')
          : 'no content_scripts matches, no host_permissions'
        : 'skipped',
    },
    {
      name: `scales linearly: seed ${LONG_TIMES}x long <= ${LONG_TIMES + 5}x the seed's time`,
      pass: scaling ? scaling.longPass : null,
      value: scaling ? `${fixed(scaling.longRatio ?? NaN)}x (${longRow?.outcome ?? '-'})` : 'skipped',
    },
    {
      name: "deep wrappers bounded: past the depth limit 'too-large' at once, within it in bounded time",
      pass: scaling ? scaling.nestedPass : null,
      value: scaling
        ? scaling.rows
            .filter((r) => r.case.kind === 'nested')
            .map((r) => `${r.case.size}: ${r.outcome} ${fixed(r.pipelineMs ?? NaN, 0)} ms`)
            .join(', ')
        : 'skipped',
    },
    {
      name: '1 MB of text completes in bounded time',
      pass: scaling ? scaling.textPass : null,
      value: textRow
        ? `${fixed(textRow.pipelineMs ?? NaN, 0)} ms, limit ${fixed(textRow.limitMs, 0)} ms (${textRow.outcome})`
        : 'skipped',
    },
    {
      name: `${DEEPLY_NESTED}: reader or message within ${DEEP_ANSWER_MS / 1000} s, no task > ${DEEP_MAX_TASK_MS} ms (Chromium)`,
      pass: deep
        ? deep.panelMs !== null && deep.panelMs <= DEEP_ANSWER_MS && deep.longestTaskMs <= DEEP_MAX_TASK_MS
        : null,
      value: deep
        ? `${deep.outcome} in ${fixed(deep.panelMs ?? NaN, 0)} ms, longest task ${fixed(deep.longestTaskMs, 0)} ms`
        : 'skipped',
    },
    {
      name: `repeated toggle reuses results: second activation <= ${MAX_SECOND_RATIO}x the first (median)`,
      pass: browser && Number.isFinite(browser.secondRatio) ? browser.secondRatio <= MAX_SECOND_RATIO : null,
      value: browser
        ? `${fixed(browser.secondRatio)}x (${fixed(browser.secondMedian, 0)} ms vs ${fixed(browser.readerMedian, 0)} ms)`
        : 'skipped',
    },
  ];
}
