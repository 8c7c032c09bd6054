import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Small numeric and timing helpers shared by every part of the benchmark. */

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function p95(values: readonly number[]): number {
  return quantile(values, 0.95);
}

/** Linear interpolation between order statistics, so a small sample still yields a useful p95. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Runs `fn` and returns its result with the elapsed milliseconds. */
export function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * A full collection between pages, outside any timed region, so garbage one page leaves is not
 * collected (and timed) during the next. `npm run bench` cannot pass --expose-gc to node; the
 * flag set at run time exposes gc() to contexts created afterwards.
 */
export const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
