/**
 * Splits Lede's longest main-thread task on a page into script, compilation, style and layout,
 * and garbage collection, from a Chromium performance trace: the long-task API gives only the
 * duration, and the remedy differs (less work in JS, or a layout the view forces too early).
 */

export interface TaskBreakdown {
  taskMs: number;
  compileMs: number;
  styleLayoutMs: number;
  gcMs: number;
  /** The rest: Lede's own JavaScript, mostly. */
  scriptMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: Array<{ url?: string; processId?: number }> } };
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'];

const COMPILE = new Set(['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.parseOnBackground']);
const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout', 'RecalculateStyles', 'PrePaint']);
const GC = new Set(['MajorGC', 'MinorGC', 'V8.GCFinalizeMC', 'V8.GCScavenger', 'V8.GC_MC_BACKGROUND_EVACUATE_COPY']);

export function breakdown(trace: Uint8Array, pageUrl: string): TaskBreakdown | null {
  const events = (JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const pid = events
    .filter((e) => e.name === 'TracingStartedInBrowser')
    .flatMap((e) => e.args?.data?.frames ?? [])
    .find((f) => f.url === pageUrl)?.processId;
  const tid = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  )?.tid;
  if (pid === undefined || tid === undefined) return null;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const task = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur! - a.dur!)[0];
  if (!task) return null;
  const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
  // Outermost events only: a Layout inside another Layout would count twice.
  const total = (names: Set<string>) =>
    outermost(inside.filter((e) => names.has(e.name))).reduce((s, e) => s + e.dur!, 0) / 1000;
  const taskMs = task.dur! / 1000;
  const compileMs = total(COMPILE);
  const styleLayoutMs = total(STYLE_LAYOUT);
  const gcMs = total(GC);
  return { taskMs, compileMs, styleLayoutMs, gcMs, scriptMs: Math.max(0, taskMs - compileMs - styleLayoutMs - gcMs) };
}

function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + e.dur!;
    }
  }
  return out;
}
