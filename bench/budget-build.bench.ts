// A big budget through `rendir build`: Madrid's real municipal budget (20,217 lines, four
// fiscal years, 3.4 MB; packages/core/test/fixtures/budget-real/) in the template site.
// Prints the build's peak memory (the whole build runs in the CLI's process) beside the
// template's own, the budget page's size and the budget JSON the widget reads.
// Aim (issue #14): under 500 MB for the whole build, a budget page under 1 MB.
//
//   node bench/budget-build.bench.ts
//
// Last measured (2026-12-07, 2 shared cores): template alone 552-565 MB, with Madrid 684-712 MB
// (not met: the template's own build is above 500 MB), budget page 66.2 KB (6.9 MB in issue
// #14), the widget's budget document 2.8 MB (it read the 11.7 MB lines' JSON before).
// Where the memory goes (--trace-gc, a 20 ms RSS sampler, an allocation-sampling profile):
// the JS heap peaks at 126 MB for the template and 195-209 MB with Madrid; the rest of the
// RSS is outside the JS heap, mostly Vite's bundling ("Building static entrypoints" takes
// RSS from ~330 to ~550 MB for the template alone, from ~405 to ~600 MB with Madrid). Madrid
// adds ~75 MB before the bundling starts: the model's read (heap pages grown while reading,
// 14 MB of raw cells kept for the CSV download, 7 MB of lines). Sorting the lines exactly
// allocated 121 MB per build (a decimal parse at each comparison); read once, 1.6 MB: the
// build allocates 435 MB of JS objects instead of 572, without changing the peak.
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
