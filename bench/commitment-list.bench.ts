// <rendir-commitment-list> with 1,000 made-up commitments in Chromium: time to first
// render, and filter latency (event -> DOM updated, styles and layout done -> next frame)
// for each kind of filter, for typing in the search box and for "show more". Target:
// < 100 ms. The list filters all 1,000 and puts the first `page-size` (24) matches in
// the page; BENCH_PAGE_SIZE=0 measures with every match in the page.
//
//   node bench/commitment-list.bench.ts            (CHROME_PATH picks the browser)
import { build } from 'esbuild';
import { launchChromium } from '../test/support/chromium.ts';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cpus, loadavg } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const COUNT = Number(process.env.BENCH_COUNT ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PAGE_SIZE = process.env.BENCH_PAGE_SIZE ?? '24';
const TARGET_MS = 100;

const entry = `
import '../packages/components/src/define/rendir-commitment-list.ts';
import { generateCommitments } from '../packages/components/src/commitment-card/fixtures.ts';
window.__generate = generateCommitments;
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: here, sourcefile: 'bench-entry.ts', loader: 'ts' },
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  target: 'es2022',
  conditions: ['source'],
  tsconfig: join(root, 'packages/components/tsconfig.json'),
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;

const browser = await launchChromium();

interface Timing {
  /** Event dispatched -> the list and the cards it shows have updated. */
  update: number;
  /** ... -> styles and layout recomputed (forced). */
  layout: number;
  /** ... -> the next frame (the reader sees it). */
  frame: number;
  shown: number;
}

interface Stats {
  median: number;
  p95: number;
}

interface Row {
  name: string;
  n: number;
  wall: Stats;
  cpu: Stats;
  shown: string;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { median: q(0.5), p95: q(0.95) };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * CPU time of the renderer's main thread between each step's start and end marks: the
 * sum of the thread durations (`tdur`) of the tasks that began in that window. Unlike
 * the wall clock, it does not count time spent waiting for a CPU on a busy machine.
 */
function mainThreadCpu(trace: { traceEvents: TraceEvent[] }, marks: string[]): number[] {
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byMark = new Map<string, number>();
  let pid = main?.pid;
  let tid = main?.tid;
  for (const e of events) {
    if (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b' || e.ph === 'e') {
      if (e.name.startsWith('step-')) {
        byMark.set(e.name, e.ts);
        pid ??= e.pid;
        tid ??= e.tid;
      }
    }
  }
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  return marks.map((mark) => {
    const start = byMark.get(`${mark}:start`);
    const end = byMark.get(`${mark}:end`);
    if (start === undefined || end === undefined) return NaN;
    let micros = 0;
    for (const t of tasks) {
      if (t.ts + (t.dur ?? 0) < start) continue;
      if (t.ts > end) break;
      micros += t.tdur ?? t.dur ?? 0;
    }
    return micros / 1000;
  });
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // A made-up origin served from memory: the bundle needs a real base URL (import.meta.url).
  const origin = 'http://bench.rendir.invalid';
  await page.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/bundle.js') {
      return route.fulfill({ contentType: 'text/javascript', body: code });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="es"><body><script type="module" src="/bundle.js"></script></body></html>',
    });
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => '__generate' in window);

  const firstRender = await page.evaluate(
    async ([count, pageSize]) => {
      type Generate = (n: number) => { commitments: unknown[]; milestones: unknown[] };
      const generate = (window as unknown as { __generate: Generate }).__generate;
      const data = generate(Number(count));
      const t0 = performance.now();
      const el = document.createElement('rendir-commitment-list') as HTMLElement & {
        commitments: unknown[];
        milestones: unknown[];
        loaded: Promise<void>;
      };
      el.setAttribute('example', 'all');
      el.setAttribute('page-size', String(pageSize));
      el.commitments = data.commitments;
      el.milestones = data.milestones;
      document.body.append(el);
      await el.loaded;
      const cards = [...el.shadowRoot!.querySelectorAll('rendir-commitment-card')] as unknown as {
        updateComplete: Promise<unknown>;
      }[];
      await Promise.all(cards.map((c) => c.updateComplete));
      const tUpdate = performance.now() - t0;
      void document.body.offsetHeight;
      const tLayout = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return {
        update: tUpdate,
        layout: tLayout,
        frame: performance.now() - t0,
        cards: cards.length,
      };
    },
    [COUNT, PAGE_SIZE] as const,
  );

  // One filter step in the page: set a control like a reader would and time it.
  /** `reset` steps put the list back for the next run and are not counted. */
  type Action = { kind: 'select' | 'search' | 'more'; id: string; value: string; reset?: boolean };
  const step = (action: Action, mark: string) =>
    page.evaluate(
      async ([a, name]): Promise<Timing> => {
        const el = document.querySelector('rendir-commitment-list') as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        const root = el.shadowRoot!;
        performance.mark(`${name}:start`);
        const t0 = performance.now();
        if (a.kind === 'more') {
          (root.querySelector('[part=more]') as HTMLButtonElement).click();
        } else {
          const control = root.getElementById(a.id) as HTMLInputElement | HTMLSelectElement;
          control.value = a.value;
          control.dispatchEvent(
            new Event(a.kind === 'select' ? 'change' : 'input', { bubbles: true }),
          );
        }
        await el.updateComplete;
        const update = performance.now() - t0;
        void document.body.offsetHeight;
        const layout = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const frame = performance.now() - t0;
        performance.mark(`${name}:end`);
        const shown = root.querySelectorAll('.cards > li').length;
        return { update, layout, frame, shown };
      },
      [action, mark] as const,
    );

  const optionValue = (id: string, index: number) =>
    page.evaluate(
      ([i, n]) => {
        const el = document.querySelector('rendir-commitment-list')!;
        const select = el.shadowRoot!.getElementById(i as string) as HTMLSelectElement;
        return select.options[n as number].value;
      },
      [id, index] as const,
    );

  const plan = await optionValue('filter-plan', 2);
  const institution = await optionValue('filter-institution', 5);
  const scenarios: { name: string; steps: Action[] }[] = [
    {
      name: 'action plan',
      steps: [
        { kind: 'select', id: 'filter-plan', value: plan },
        { kind: 'select', id: 'filter-plan', value: '' },
      ],
    },
    {
      name: 'institution',
      steps: [
        { kind: 'select', id: 'filter-institution', value: institution },
        { kind: 'select', id: 'filter-institution', value: '' },
      ],
    },
    {
      name: 'OGP value',
      steps: [
        { kind: 'select', id: 'filter-ogpValue', value: 'civic_participation' },
        { kind: 'select', id: 'filter-ogpValue', value: '' },
      ],
    },
    {
      name: 'completion',
      steps: [
        { kind: 'select', id: 'filter-completion', value: 'complete' },
        { kind: 'select', id: 'filter-completion', value: '' },
      ],
    },
    {
      name: 'search, typed key by key',
      steps: [...'participacion'].map((_, i, all) => ({
        kind: 'search' as const,
        id: 'search',
        value: all.slice(0, i + 1).join(''),
      })),
    },
    {
      name: 'show 24 more, twice',
      steps: [
        { kind: 'more', id: '', value: '' },
        { kind: 'more', id: '', value: '' },
        { kind: 'search', id: 'search', value: 'x', reset: true },
        { kind: 'search', id: 'search', value: '', reset: true },
      ],
    },
    {
      name: 'search cleared (all 1,000 back)',
      steps: [
        { kind: 'search', id: 'search', value: 'medellin' },
        { kind: 'search', id: 'search', value: '' },
      ],
    },
  ];

  const rows: Row[] = [];
  for (const scenario of scenarios) {
    // With every match in the page there is no "show more" button.
    if (PAGE_SIZE === '0' && scenario.steps.some((s) => s.kind === 'more')) continue;
    const wall: number[] = [];
    const marks: string[] = [];
    const shown = new Set<number>();
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    for (let run = 0; run < RUNS; run++) {
      for (const [i, s] of scenario.steps.entries()) {
        const mark = `step-${run}-${i}`;
        const t = await step(s, mark);
        if (s.reset) continue;
        wall.push(t.frame);
        marks.push(mark);
        shown.add(t.shown);
      }
    }
    const cpu = mainThreadCpu(JSON.parse((await browser.stopTracing()).toString()), marks);
    rows.push({
      name: scenario.name,
      n: wall.length,
      wall: stats(wall),
      cpu: stats(cpu),
      shown: [...shown].sort((a, b) => a - b).join('/'),
    });
  }

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const load = loadavg()[0];
  console.log(
    `Chromium ${browser.version()} · ${COUNT} commitments · page-size ${PAGE_SIZE} · ${firstRender.cards} cards in page · load average ${load.toFixed(1)} on ${cpus().length} CPUs`,
  );
  console.log(
    `first render: updated ${ms(firstRender.update)}, laid out ${ms(firstRender.layout)}, next frame ${ms(firstRender.frame)}`,
  );
  console.log(
    "\nfilter latency: event -> next frame (wall clock), and the renderer main thread's CPU time",
  );
  console.log(
    'filter                           runs  wall median   wall p95   cpu median    cpu p95   cards in page',
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(32)} ${String(r.n).padStart(4)} ${ms(r.wall.median).padStart(12)} ${ms(r.wall.p95).padStart(10)} ${ms(r.cpu.median).padStart(12)} ${ms(r.cpu.p95).padStart(10)}   ${r.shown}`,
    );
  }
  const worstWall = Math.max(...rows.map((r) => r.wall.p95));
  const worstCpu = Math.max(...rows.map((r) => r.cpu.p95));
  console.log(
    `\nworst p95: wall ${ms(worstWall)} (ratio to the ${TARGET_MS} ms target ${(worstWall / TARGET_MS).toFixed(2)}), main-thread CPU ${ms(worstCpu)} (ratio ${(worstCpu / TARGET_MS).toFixed(2)})`,
  );
  if (load > cpus().length) {
    console.log(
      `note: the machine is loaded (load average ${load.toFixed(1)} on ${cpus().length} CPUs): wall-clock figures include waiting for a CPU; the CPU figures do not.`,
    );
  }
  if (worstCpu >= TARGET_MS) process.exitCode = 1;
} finally {
  await browser.close();
}
