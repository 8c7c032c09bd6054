import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { label, type SyntheticCase } from './synthetic';
import type { ChildRequest, ChildResult } from './synthetic-child';

/** The page stage refuses pages nested deeper than this (utils/pipeline/page/limits.ts). */
const MAX_DEPTH = 180;
/** A page refused for its size must be refused at once, not after seconds of work. */
export const REFUSAL_MS = 250;
/** A page within the limits, however deep, must not take longer than this. */
export const NESTED_MS = 2_000;
/** Past this a child is killed and the case reported as hanging. */
const HANG_MS = 120_000;
export const DEPTHS = [100, 200, 400, 800];
export const LONG_TIMES = 20;
export const TEXT_CHARS = 1_000_000;

export interface SyntheticRow {
  label: string;
  case: SyntheticCase;
  htmlBytes: number;
  textChars: number;
  outcome: string;
  pipelineMs: number | null;
  readabilityMs: number | null;
  parseMs: number | null;
  /** Allowed pipeline time, and whether it was met. */
  limitMs: number;
  pass: boolean;
  note: string;
}

export interface ScalingResult {
  rows: SyntheticRow[];
  /** Pipeline time of the 20x page over the seed's, both in one process. */
  longRatio: number | null;
  longPass: boolean;
  nestedPass: boolean;
  textPass: boolean;
}

export function runScaling(seedFile: string, reps: number, progress: (msg: string) => void): ScalingResult {
  const seed: SyntheticCase = { kind: 'seed', size: 1 };
  const long: SyntheticCase = { kind: 'long', size: LONG_TIMES };
  // Seed and long page share one process so the ratio compares like with like.
  const [seedRun, longRun] = runChild(seedFile, reps, [seed, long], progress);
  const nestedRuns = DEPTHS.map((size) => runChild(seedFile, reps, [{ kind: 'nested', size }], progress)[0]!);
  // One repetition: this page alone takes seconds, and its bound is generous.
  const [textRun] = runChild(seedFile, 1, [{ kind: 'text', size: TEXT_CHARS }], progress);

  const seedMs = seedRun?.measure.times.pipeline ?? null;
  const seedChars = seedRun?.textChars ?? 1;
  const rows: SyntheticRow[] = [];
  rows.push(row(seed, seedRun, Infinity, 'baseline'));
  const longLimit = seedMs === null ? 0 : seedMs * (LONG_TIMES + 5);
  rows.push(row(long, longRun, longLimit, `<= ${LONG_TIMES + 5}x the seed`));
  for (const [i, size] of DEPTHS.entries()) {
    const c: SyntheticCase = { kind: 'nested', size };
    const refused = size > MAX_DEPTH;
    const r = row(
      c,
      nestedRuns[i],
      refused ? REFUSAL_MS : NESTED_MS,
      refused ? `'too-large' within ${REFUSAL_MS} ms` : `done within ${NESTED_MS} ms`,
    );
    if (refused && r.outcome !== 'too-large') {
      r.pass = false;
      r.note = `expected 'too-large', got '${r.outcome}'`;
    }
    rows.push(r);
  }
  // Bounded means no worse than linear in the text's length, with the same slack as the 20x page.
  const textLimit =
    seedMs === null || !textRun ? 0 : seedMs * (textRun.textChars / seedChars) * ((LONG_TIMES + 5) / LONG_TIMES);
  rows.push(row({ kind: 'text', size: TEXT_CHARS }, textRun, textLimit, 'linear in text from the seed, +25%'));

  const longRow = rows[1]!;
  return {
    rows,
    longRatio: seedMs && longRow.pipelineMs !== null ? longRow.pipelineMs / seedMs : null,
    longPass: longRow.pass,
    nestedPass: rows.filter((r) => r.case.kind === 'nested').every((r) => r.pass),
    textPass: rows[rows.length - 1]!.pass,
  };
}

function row(c: SyntheticCase, run: ChildResult | undefined, limitMs: number, note: string): SyntheticRow {
  if (!run) {
    return {
      label: label(c),
      case: c,
      htmlBytes: 0,
      textChars: 0,
      outcome: 'hung or crashed',
      pipelineMs: null,
      readabilityMs: null,
      parseMs: null,
      limitMs,
      pass: false,
      note,
    };
  }
  const t = run.measure.times;
  return {
    label: label(c),
    case: c,
    htmlBytes: run.htmlBytes,
    textChars: run.textChars,
    outcome: run.measure.outcome,
    pipelineMs: t.pipeline,
    readabilityMs: t.readability,
    parseMs: t.parse,
    limitMs,
    pass: t.pipeline <= limitMs,
    note,
  };
}

/** One child process per group; a group that outlives HANG_MS yields no results. */
function runChild(
  seed: string,
  reps: number,
  cases: SyntheticCase[],
  progress: (msg: string) => void,
): Array<ChildResult | undefined> {
  progress(`synthetic: ${cases.map(label).join(', ')}`);
  const request: ChildRequest = { seed, reps, cases };
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(new URL('./synthetic-child.ts', import.meta.url)), JSON.stringify(request)],
    {
      encoding: 'utf8',
      timeout: HANG_MS,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const line = child.stdout?.trim().split('\n').pop();
  if (child.status !== 0 || !line) {
    progress(
      `synthetic: ${cases.map(label).join(', ')} failed (${child.signal ?? child.status}): ${child.stderr?.slice(-500) ?? ''}`,
    );
    return cases.map(() => undefined);
  }
  return JSON.parse(line) as ChildResult[];
}
