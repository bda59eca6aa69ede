// A big budget through `rendir build`: Madrid's real municipal budget (20,217 lines, four
// fiscal years, 3.4 MB; packages/core/test/fixtures/budget-real/) in the template site.
// Prints the whole build's peak memory (the CLI's process and every process it starts:
// Pagefind's indexer, esbuild's service), the phase of the build it was reached in (from
// Astro's log), each process's own peak, the same for the template alone, the ratio, and
// the budget page's size. Aim (issue #14): under 500 MB for the whole build, a budget page
// under 1 MB.
//
//   node bench/budget-build.bench.ts            (BENCH_RUNS=3 builds of each, alternated)
//   MIMALLOC_ALLOW_THP=1 node bench/...          as before 2026-12-07's change (see below)
//
// Last measured (2026-12-07, 2 shared cores, load 13-19): Madrid's whole build 415-433 MB,
// the template 361-374; with MIMALLOC_ALLOW_THP=1, as before, 572-607 and 517-547 MB.
// Budget page 66.3 KB, the widget's budget document 2.8 MB. Time: 5 Madrid builds each way,
// alternated, median 8.2 s against 10.9 s before (load 13).
// Where the memory goes (a 25 ms process.memoryUsage sampler beside Astro's log, and
// /proc/self/smaps at the end), Madrid, THP off:
// - The CLI's process is ~92 % of the whole; Pagefind ~17 MB, esbuild ~16 MB.
// - Model read: ~260 MB (the template's: ~185); Astro's start (content sync, types,
//   config): +5; bundling ("Building static entrypoints", Vite/Rolldown): +80; rendering
//   the pages: +25; downloads, bundles and search index: +1. Nothing is given back, so the
//   peak is at the end (the template's, as often, during bundling). At the end: V8's heap
//   ~130 MB, outside it ~95 (Buffers), malloc's heap ~45, the node binary's code ~60,
//   mimalloc's arena ~60.
// - 210-230 MB more was that arena (Rolldown allocates through mimalloc) backed by 2 MB
//   transparent huge pages on a kernel with THP "always": a huge page stays resident whole.
//   `rendir build` turns THP off for its process and children (mimalloc's allow_thp).
// - Tried and not kept: immediate purging (MIMALLOC_PURGE_DELAY=0), -35 MB alone, nothing
//   beside THP off; abandoned-page purging, nothing; Astro's build.concurrency 1 instead of
//   4, nothing (413 against 423 MB, slower); V8's --optimize-for-size, -77 MB but the build
//   takes twice as long.
// - Before: V8's young generation grew while reading the budget and bundling and stayed
//   grown (100-140 MB of empty heap); `rendir build` keeps it at its first size
//   (--semi-space-growth-factor=1). The lines' JSON download is written a slice at a time.
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { measureTree, type TreeMemory } from './lib/process-tree-memory.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench', '.data', 'budget-build');
const bin = join(root, 'site', 'bin', 'rendir.ts');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const madrid = join(
  root,
  'packages',
  'core',
  'test',
  'fixtures',
  'budget-real',
  'madrid_gastos_2012-2015.csv',
);

function content(dir: string, withMadrid: boolean): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'site', 'template'), dir, { recursive: true });
  if (!withMadrid) return;
  rmSync(join(dir, 'budget', 'presupuesto.csv'));
  copyFileSync(madrid, join(dir, 'budget', 'madrid.csv'));
  const yaml = join(dir, 'site.yaml');
  writeFileSync(
    yaml,
    readFileSync(yaml, 'utf8')
      .replace('levels: [sector, programa]', 'levels: [DESCRIPCION SECCION, DESCRIPCION PROGRAMA]')
      .replace('budget/presupuesto.csv:', 'budget/madrid.csv:'),
  );
  const report = join(dir, 'reports', 'primer-informe.mdx');
  writeFileSync(
    report,
    readFileSync(report, 'utf8').replace(
      'budget/presupuesto.csv" levels="sector"',
      'budget/madrid.csv"',
    ),
  );
}

interface Measured {
  seconds: number;
  /** The whole build: the largest sum of resident memory over its processes at once. */
  wholeMb: number;
  /** Each kind of process (node, pagefind…) by its own peak, in MB. */
  byProcess: Map<string, number>;
  /** The build's phase when the whole build's memory peaked. */
  phase: string;
}

// The build's phases, by the first line Astro's log (RENDIR_LOG=debug) or the CLI writes in each.
const PHASES: [RegExp, string][] = [
  [/Contenido sin errores|Content without errors/, "Astro's start"],
  [/Building static entrypoints/, 'bundling'],
  [/generating static routes/, 'rendering pages'],
  [/\[@astrojs\/sitemap\]/, 'downloads, bundles copied, search index'],
  [/Sitio construido|Site built/, 'after the build'],
];

/** The phase of the build at `atMs`: the last phase begun by then, else the model's read. */
function phaseAt(lines: TreeMemory['lines'], atMs: number): string {
  let phase = 'model load';
  for (const line of lines) {
    if (line.atMs > atMs) break;
    phase = PHASES.find(([re]) => re.test(line.text))?.[1] ?? phase;
  }
  return phase;
}

async function build(dir: string, out: string): Promise<Measured> {
  rmSync(out, { recursive: true, force: true });
  const run = await measureTree(process.execPath, [bin, 'build', '--content', dir, '--out', out], {
    // Astro's log says which phase the build is in.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RENDIR_LOG: 'debug' },
  });
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    throw new Error('rendir build failed');
  }
  const byProcess = new Map<string, number>();
  for (const p of run.processes)
    byProcess.set(p.program, Math.max(byProcess.get(p.program) ?? 0, p.peakKb / 1024));
  return {
    seconds: run.seconds,
    wholeMb: run.peakSumKb / 1024,
    byProcess,
    phase: phaseAt(run.lines, run.peakAtMs),
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values: number[], digits = 0) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)})`;

function describe(runs: Measured[]): string {
  const kinds = [...new Set(runs.flatMap((r) => [...r.byProcess.keys()]))];
  const each = kinds
    .map((k) => `${k} ${range(runs.map((r) => r.byProcess.get(k) ?? 0))}`)
    .join(', ');
  const phases = [...new Set(runs.map((r) => r.phase))].join(', ');
  return `build ${range(
    runs.map((r) => r.seconds),
    1,
  )} s, whole build's peak memory ${range(runs.map((r) => r.wholeMb))} MB, reached in: ${phases} (each process's own peak: ${each})`;
}

mkdirSync(data, { recursive: true });
content(join(data, 'template'), false);
content(join(data, 'madrid'), true);
const template: Measured[] = [];
const withMadrid: Measured[] = [];
// Alternated, so that both see the same load on a shared machine.
for (let run = 0; run < RUNS; run++) {
  template.push(await build(join(data, 'template'), join(data, 'template-site')));
  withMadrid.push(await build(join(data, 'madrid'), join(data, 'madrid-site')));
}
const page = statSync(join(data, 'madrid-site', 'presupuesto', 'index.html')).size;
const size = (name: string) =>
  statSync(join(data, 'madrid-site', 'datos', name), { throwIfNoEntry: false })?.size;
const json = size('madrid.json');
const doc = size('madrid.budget.json');
const whole = median(withMadrid.map((r) => r.wholeMb));
const base = median(template.map((r) => r.wholeMb));
console.log(`${RUNS} builds each, medians (min-max); load average ${loadavg()[0].toFixed(1)}`);
console.log(`template alone: ${describe(template)}`);
console.log(`with Madrid's 20,217-line budget: ${describe(withMadrid)}`);
console.log(
  `Madrid / template: memory ${(whole / base).toFixed(2)} (+${(whole - base).toFixed(0)} MB), time ${(
    median(withMadrid.map((r) => r.seconds)) / median(template.map((r) => r.seconds))
  ).toFixed(
    2,
  )}; aim < 500 MB: ${Math.max(...withMadrid.map((r) => r.wholeMb)) < 500 ? 'met in every run' : 'NOT met'}`,
);
console.log(
  `budget page ${(page / 1024).toFixed(1)} KB — aim < 1 MB: ${page < 1024 * 1024 ? 'met' : 'NOT met'}` +
    (doc === undefined
      ? ''
      : `; the widget's budget document ${(doc / 1024 / 1024).toFixed(1)} MB`) +
    (json === undefined ? '' : `; the lines' JSON download ${(json / 1024 / 1024).toFixed(1)} MB`),
);
