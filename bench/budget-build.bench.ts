// A big budget through `rendir build`: Madrid's real municipal budget (20,217 lines, four
// fiscal years, 3.4 MB; packages/core/test/fixtures/budget-real/) in the template site.
// Prints the build's peak memory (the whole build runs in the CLI's process) beside the
// template's own, the budget page's size and the budget JSON the widget reads.
// Aim (issue #14): under 500 MB for the whole build, a budget page under 1 MB.
//
//   node bench/budget-build.bench.ts
//
// Last measured (2026-12-07, 2 shared cores, load 20+): template alone 472-496 MB, with Madrid
// 551-578 MB (not met), budget page 66.3 KB (6.9 MB in issue #14), the widget's budget
// document 2.8 MB. Before this round: 552-591 and 659-720 MB.
// Where the memory went (a 50 ms process.memoryUsage sampler with Astro's log, --trace-gc):
// - V8's young generation grew while reading the budget and bundling and stayed grown: the
//   heap held 100-140 MB of empty space (heapTotal 216 MB, 80-140 used). `rendir build` keeps
//   it at its first size (--semi-space-growth-factor=1): -130 to -140 MB, no slower.
// - The lines' JSON download as an Astro endpoint: one 11.7 MB string, its encoding and Astro's
//   two copies of the body, +36 to +61 MB at once; the build now writes it a slice at a time.
// - What is left: Astro's start (content sync, types, config) takes RSS from ~160 to ~320 MB
//   and Vite's bundling to ~530, mostly outside the JS heap; Madrid's model is 17 MB of heap
//   and 10 MB outside it (the CSV download as published), and its read's garbage raises the
//   heap by ~40 MB more than the template's until the bundling ends. A full GC after the read
//   did not lower the peak (568-572 MB).
import { spawnSync } from 'node:child_process';
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

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench', '.data', 'budget-build');
const bin = join(root, 'site', 'bin', 'rendir.ts');
const rss = join(root, 'bench', 'lib', 'report-max-rss.ts');
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

function build(dir: string, out: string): { seconds: number; maxRssMb: number } {
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', rss, bin, 'build', '--content', dir, '--out', out],
    {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 1 << 26,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    throw new Error('rendir build failed');
  }
  const kb = Number(/max-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { seconds, maxRssMb: kb / 1024 };
}

mkdirSync(data, { recursive: true });
const base = build(
  (content(join(data, 'template'), false), join(data, 'template')),
  join(data, 'template-site'),
);
const big = build(
  (content(join(data, 'madrid'), true), join(data, 'madrid')),
  join(data, 'madrid-site'),
);
const page = statSync(join(data, 'madrid-site', 'presupuesto', 'index.html')).size;
const size = (name: string) =>
  statSync(join(data, 'madrid-site', 'datos', name), { throwIfNoEntry: false })?.size;
const json = size('madrid.json');
const doc = size('madrid.budget.json');
const mb = (n: number) => `${n.toFixed(0)} MB`;
console.log(`template alone: build ${base.seconds.toFixed(1)} s, peak memory ${mb(base.maxRssMb)}`);
console.log(
  `with Madrid's 20,217-line budget: build ${big.seconds.toFixed(1)} s, peak memory ${mb(big.maxRssMb)} (+${mb(big.maxRssMb - base.maxRssMb)}) — aim < 500 MB: ${big.maxRssMb < 500 ? 'met' : 'NOT met'}`,
);
console.log(
  `budget page ${(page / 1024).toFixed(1)} KB — aim < 1 MB: ${page < 1024 * 1024 ? 'met' : 'NOT met'}` +
    (doc === undefined
      ? ''
      : `; the widget's budget document ${(doc / 1024 / 1024).toFixed(1)} MB`) +
    (json === undefined ? '' : `; the lines' JSON download ${(json / 1024 / 1024).toFixed(1)} MB`),
);
