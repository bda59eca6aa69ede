// <rendir-budget-viewer> with 10,000 made-up budget lines in Chromium: bundle size, time
// to the first painted chart, drill-down latency (aim: under 100 ms per drill), and the
// long main-thread tasks while it loads, by wall time and by CPU time (a shared machine's
// wall time is mostly waiting for a core; aim: none over 50 ms).
// Run: node bench/budget-viewer.bench.ts   (CHROME_PATH picks the browser; BENCH_LINES,
// BENCH_DRILLS and BENCH_PAGE_CSS, below, change what it measures)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundles } from './lib/bundles.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { describeTasks, startTasks, stopTasks, type TracedTask } from './lib/main-thread-tasks.ts';
import { machineLoad, serveBenchPages, tasksReport } from './lib/widget-page.ts';
import { manyLinesCsv } from '../packages/components/src/budget-viewer/fixtures.ts';

const here = dirname(fileURLToPath(import.meta.url));
const LINES = Number(process.env.BENCH_LINES ?? 10_000);
const DRILLS = Number(process.env.BENCH_DRILLS ?? 40);

function stats(values: number[]): { median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// 1. The bundle a CMS page loads with one <script> tag, and the parser beside it.
const bundles = await buildBundles();
const code = bundles.read('rendir-budget-viewer.js');
const gzip = bundles.gzip('rendir-budget-viewer.js');
const parserGzip = bundles.gzip('parsers/budget.js');

// 2. The page: the bundle, 10,000 lines as a CSV file, and a tiny measuring script (no
//    inline script, as under a strict CSP).
const csv = manyLinesCsv(LINES);
const page = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>Budget viewer bench</title>
<link rel="stylesheet" href="/page.css"></head>
<body>
<rendir-budget-viewer src="/budget.csv" levels="Sector,Entidad,Programa" population="7900000"
  note="Datos inventados para la medición: no son cifras reales."></rendir-budget-viewer>
<script type="module" src="/measure.js"></script>
</body></html>`;
const measure = `
const marks = (window.__bench = { loadingAt: null, readyAt: null, chartAt: null, csp: [] });
marks.longest = 0;
marks.over50 = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    marks.longest = Math.max(marks.longest, e.duration);
    if (e.duration > 50) marks.over50++;
  }
}).observe({ type: 'longtask', buffered: true });
document.addEventListener('securitypolicyviolation', (e) => marks.csp.push(e.violatedDirective + ' ' + e.sample + ' ' + (e.target && e.target.outerHTML || '').slice(0, 120)));
document.addEventListener('rendir-data-state', (e) => {
  const t = performance.now();
  if (e.detail.status === 'loading' && marks.loadingAt === null) marks.loadingAt = t;
  if (e.detail.status === 'ready') {
    marks.readyAt = t;
    const el = e.target;
    el.updateComplete.then(() =>
      requestAnimationFrame(() => setTimeout(() => {
        if (el.shadowRoot.querySelector('.treemap .box')) marks.chartAt = performance.now();
      }, 0)),
    );
  }
});
await import('/rendir-budget-viewer.js');
`;

const server = await serveBenchPages(
  bundles,
  (url, send) => {
    if (url.pathname === '/') send('text/html; charset=utf-8', page);
    else if (url.pathname === '/measure.js') send('text/javascript', measure);
    else if (url.pathname === '/page.css')
      // BENCH_PAGE_CSS adds to it, to see what a part costs: with
      // `rendir-budget-viewer::part(breakdown) { display: none }` the frame's long task goes.
      send(
        'text/css',
        `rendir-budget-viewer { width: 1000px } ${process.env.BENCH_PAGE_CSS ?? ''}`,
      );
    else if (url.pathname === '/budget.csv') send('text/csv; charset=utf-8', csv);
    else return false;
    return true;
  },
  // As strict as a careful CMS: no inline script or style, no eval.
  { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
);

const browser = await launchChromium();

try {
  const runs: {
    longest: number;
    over50: number;
    csp: number;
    fcp: number;
    chart: number;
    parse: number;
    start: number;
    ready: number;
    traced: TracedTask[];
  }[] = [];
  let drills: { update: number; frame: number }[] = [];
  let drillTasks: TracedTask[] = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const tab = await context.newPage();
    await startTasks(browser, tab);
    await tab.goto(`${server.origin}/`);
    await tab.waitForFunction(
      () => (window as unknown as { __bench: { chartAt: number | null } }).__bench.chartAt !== null,
      undefined,
      { timeout: 60_000 },
    );
    const traced = await stopTasks(browser);
    const marks = await tab.evaluate(() => {
      const b = (window as unknown as { __bench: Record<string, number> }).__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      return {
        csp: (b.csp as unknown as string[]).length,
        cspSample: (b.csp as unknown as string[]).slice(0, 5),
        fcp,
        chart: b.chartAt,
        parse: b.readyAt - b.loadingAt,
        start: b.loadingAt,
        longest: b.longest,
        over50: b.over50,
        ready: b.readyAt,
      };
    });
    runs.push({ ...marks, traced });
    if (process.env.BENCH_VERBOSE) console.log(marks.cspSample);

    if (run === 2) {
      // Drill into a sector, into an entity, then back twice; each step timed from the
      // click to the DOM update, and to the next painted frame, and traced.
      await startTasks(browser, tab);
      drills = await tab.evaluate(async (count: number) => {
        const el = document.querySelector('rendir-budget-viewer') as HTMLElement & {
          updateComplete: Promise<boolean>;
        };
        const shadow = el.shadowRoot!;
        const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const out: { update: number; frame: number }[] = [];
        const step = async (target: HTMLElement) => {
          const t0 = performance.now();
          target.click();
          await el.updateComplete;
          const t1 = performance.now();
          await frame();
          out.push({ update: t1 - t0, frame: performance.now() - t0 });
        };
        for (let i = 0; out.length < count; i++) {
          const sectors = [...shadow.querySelectorAll<HTMLElement>('.treemap .box')];
          await step(sectors[i % sectors.length]);
          const entities = [...shadow.querySelectorAll<HTMLElement>('.treemap .box')];
          await step(entities[(i * 7) % entities.length]);
          await step(shadow.querySelector<HTMLElement>('button.back')!);
          await step(shadow.querySelector<HTMLElement>('button.back')!);
        }
        return out;
      }, DRILLS);
      drillTasks = await stopTasks(browser);
    }
    await context.close();
  }

  const fcp = stats(runs.map((r) => r.fcp));
  const chart = stats(runs.map((r) => r.chart));
  const parse = stats(runs.map((r) => r.parse));
  const start = stats(runs.map((r) => r.start));
  const render = stats(runs.map((r) => r.chart - r.ready));
  const update = stats(drills.map((d) => d.update));
  const frame = stats(drills.map((d) => d.frame));

  console.log(
    `budget viewer, ${LINES.toLocaleString('en')} budget lines (${kb(csv.length)} CSV), Chromium`,
  );
  console.log(
    `  bundle                 ${kb(code.length)} minified, ${kb(gzip)} gzip (aim 30 KB); parsers/budget.js ${kb(parserGzip)} gzip`,
  );
  console.log(`  first contentful paint ${ms(fcp.median)} (median of ${runs.length} loads)`);
  console.log(
    `  chart painted          ${ms(chart.median)} after navigation (median), ${ms(chart.max)} max`,
  );
  console.log(`  element started        ${ms(start.median)} after navigation (bundle loaded)`);
  console.log(`  fetch, read, hierarchy ${ms(parse.median)} (median)`);
  console.log(`  first render           ${ms(render.median)} (median)`);
  console.log(
    `  longest main-thread task ${ms(stats(runs.map((r) => r.longest)).median)} during load (median), ${ms(stats(runs.map((r) => r.longest)).max)} max; tasks over 50 ms per load ${runs.map((r) => r.over50).join(', ')}; aim none: ${runs.every((r) => r.over50 === 0) ? 'met' : 'NOT met'}`,
  );
  console.log(tasksReport(runs.map((r) => r.traced)));
  console.log(
    `  drill-down, DOM update ${ms(update.median)} median, ${ms(update.p95)} p95, ${ms(update.max)} max (${drills.length} drills)`,
  );
  console.log(
    `  drill-down, to frame   ${ms(frame.median)} median, ${ms(frame.p95)} p95, ${ms(frame.max)} max; aim < 100 ms: ${frame.p95 < 100 ? 'met' : 'NOT met'}`,
  );
  const drillCpu = Math.max(0, ...drillTasks.map((t) => t.cpu));
  const drillWall = Math.max(0, ...drillTasks.map((t) => t.wall));
  console.log(
    `  drill-down tasks       ${drillTasks.length} over 50 ms wall in ${drills.length} drills, the longest ${ms(drillWall)} wall / ${ms(drillCpu)} CPU; over 50 ms of CPU: ${drillTasks.filter((t) => t.cpu > 50).length}`,
  );
  if (drillTasks.length) console.log(`    ${describeTasks(drillTasks)}`);
  if (process.env.BENCH_VERBOSE) console.log(drills.map((d) => d.update.toFixed(0)).join(' '));
  console.log(
    `  strict CSP             ${runs.every((r) => r.csp === 0) ? 'no violations' : `${runs.map((r) => r.csp).join('/')} violations`} (script-src 'self'; style-src 'self')`,
  );
  console.log(`  ratio gzip / aim       ${(gzip / (30 * 1024)).toFixed(2)}`);
  console.log(`  ${machineLoad()}`);

  const results = join(here, 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(
    join(results, 'budget-viewer.json'),
    JSON.stringify(
      { lines: LINES, bundle: { minified: code.length, gzip }, fcp, chart, parse, update, frame },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  server.close();
}
