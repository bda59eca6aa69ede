// The page's long main-thread tasks as Chromium's trace records them: each task's wall time
// and its CPU time (on a machine shared with other work the wall time is inflated by waiting
// for a core; the CPU time is what the page itself spent), and what ran inside it.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export interface TracedTask {
  /** Start, in ms from the first traced task. */
  start: number;
  /** Start and end on the trace's clock (µs), which V8's CPU profile shares. */
  from: number;
  to: number;
  /** Wall time and the main thread's CPU time, in ms. */
  wall: number;
  cpu: number;
  /** The largest kinds of work inside it (`FunctionCall 41`, `MajorGC 12`…), in ms. */
  inside: string;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    /** Where a task was posted from (Chromium's own code), on RunTask events. */
    src_func?: string;
    src_file?: string;
    data?: { type?: string; functionName?: string; url?: string };
  };
}

/*
 * `loading` names the work of a finished download. A task of 40-58 ms CPU at the end of a
 * 13 MB CSV is `ResponseBodyLoader::DidFinishLoadingBody` > `TextResourceDecoder::Decode`:
 * DevTools' network agent, which Playwright enables, keeping the body as text (served as
 * application/octet-stream it was 27 ms and decoded nothing; a 98 MB body is past its
 * buffer and is not kept). A reader's browser does not do this work.
 */
export const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'blink.user_timing',
  'loading',
];

/**
 * Starts tracing `page` (stop with `stopTasks`); BENCH_TRACE_CATEGORIES (comma-separated)
 * adds Chromium trace categories, to name work the default ones leave unnamed.
 */
export function startTasks(browser: Browser, page: Page): Promise<void> {
  const extra = (process.env.BENCH_TRACE_CATEGORIES ?? '').split(',').filter(Boolean);
  return browser.startTracing(page, { categories: [...CATEGORIES, ...extra] });
}

/** A work's name as the summary shows it: an event dispatch by its type, a call by its function. */
function label(event: TraceEvent): string {
  const data = event.args?.data;
  if (event.name === 'EventDispatch' && data?.type) return `Event:${data.type}`;
  if (event.name === 'FunctionCall' && data?.functionName)
    return `FunctionCall:${data.functionName}`;
  return event.name;
}

/** Work of these names is the task itself or a wrapper around everything in it. */
const WRAPPERS = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'RunMicrotasks']);

/** The tasks over `overMs` on the page's main threads since `startTasks`. */
export async function stopTasks(browser: Browser, overMs = 50): Promise<TracedTask[]> {
  const raw = await browser.stopTracing();
  // BENCH_TRACE_FILE=x.json keeps the last trace, for Chromium's or Perfetto's trace viewer.
  if (process.env.BENCH_TRACE_FILE) writeFileSync(process.env.BENCH_TRACE_FILE, raw);
  return tracedTasks(raw.toString('utf8'), overMs);
}

/**
 * The tasks over `overMs` on the main threads of a Chromium trace (JSON: an object with
 * `traceEvents`, or the bare array that startup tracing writes).
 */
export function tracedTasks(json: string, overMs = 50): TracedTask[] {
  const trace = JSON.parse(json) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  // A task is either event, whichever is outermost: the scheduler's own tasks (a
  // scheduler.yield() continuation, a microtask checkpoint) are a bare `RunTask`.
  const wrappers = onMain
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: TraceEvent[] = [];
  const busyUntil = new Map<string, number>();
  for (const e of wrappers) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (busyUntil.get(thread) ?? -Infinity)) {
      // The inner event of the same task says where it was posted from.
      const outer = tasks.findLast((t) => `${t.pid}:${t.tid}` === thread)!;
      if (!outer.args?.src_func && e.args?.src_func && e.ts - outer.ts < 100) outer.args = e.args;
      continue;
    }
    busyUntil.set(thread, e.ts + (e.dur ?? 0));
    tasks.push(e);
  }
  const origin = Math.min(...tasks.map((t) => t.ts));
  const long = tasks.filter((t) => (t.dur ?? 0) / 1000 > overMs);
  return long.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const byName = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || WRAPPERS.has(e.name) || e.tid !== task.tid || e.pid !== task.pid) continue;
      if (e.ts < task.ts || e.ts + (e.dur ?? 0) > end) continue;
      const name = label(e);
      byName.set(name, (byName.get(name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const inside = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
      .join(', ');
    // With its file: `response_body_loader.cc HandleResult` is the end of a download (above).
    const from = task.args?.src_file?.split('/').pop();
    const posted = task.args?.src_func
      ? `posted by ${from ? `${from} ` : ''}${task.args.src_func}`
      : '';
    return {
      start: (task.ts - origin) / 1000,
      from: task.ts,
      to: end,
      wall: (task.dur ?? 0) / 1000,
      cpu: (task.tdur ?? task.dur ?? 0) / 1000,
      inside: [inside, posted].filter(Boolean).join('; '),
    };
  });
}

/**
 * The tasks of one load, longest CPU first: `120 ms wall / 80 ms CPU (FunctionCall 70, …)`.
 * Only those over `cpuOverMs` of CPU are listed; the others are counted.
 */
export function describeTasks(tasks: readonly TracedTask[], cpuOverMs = 10): string {
  if (tasks.length === 0) return 'none';
  const listed = [...tasks].sort((a, b) => b.cpu - a.cpu).filter((t) => t.cpu > cpuOverMs);
  const rest = tasks.length - listed.length;
  return [
    ...listed.map((t) => `${t.wall.toFixed(0)} ms wall / ${t.cpu.toFixed(0)} ms CPU (${t.inside})`),
    ...(rest ? [`${rest} more under ${cpuOverMs} ms CPU`] : []),
  ].join('; ');
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Several loads' traced tasks in two lines: the longest by wall time and by CPU time
 * (median of the loads and max), and the tasks over 50 ms of each per load.
 */
export function summariseTasks(loads: readonly (readonly TracedTask[])[]): string {
  const longest = (pick: (t: TracedTask) => number) =>
    loads.map((tasks) => Math.max(0, ...tasks.map(pick)));
  const wall = longest((t) => t.wall);
  const cpu = longest((t) => t.cpu);
  const over = (pick: (t: TracedTask) => number) =>
    loads.map((tasks) => tasks.filter((t) => pick(t) > 50).length).join(', ');
  return [
    `longest task (trace)   wall ${median(wall).toFixed(0)} ms median, ${Math.max(...wall).toFixed(0)} ms max; over 50 ms per load: ${over((t) => t.wall)}`,
    `  longest task CPU time  ${median(cpu).toFixed(0)} ms median, ${Math.max(...cpu).toFixed(0)} ms max; over 50 ms of CPU per load: ${over((t) => t.cpu)}; aim none: ${cpu.every((c) => c <= 50) ? 'met' : 'NOT met'}`,
  ].join('\n');
}
