// <rendir-dataset> loading the bench's CSVs in a Chromium with no DevTools attached: its
// own startup tracing (--trace-startup) records the page, as a reader's browser runs it.
// Through Playwright (dataset.bench.ts) DevTools' network agent decodes the downloaded body
// at its end, one task of 40-58 ms CPU on the page's main thread that is not the page's.
// Prints each load's long main-thread tasks, wall and CPU time, and what ran inside them.
// Run: node bench/dataset-no-devtools.bench.ts   (BENCH_SIZES=100000; BENCH_RUNS=2 loads
// each; BENCH_TASKS_OVER=10 lists tasks over 10 ms of wall time; needs the CSVs that
// dataset.bench.ts writes into bench/.data)
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../test/support/chromium.ts';
import { buildBundles } from './lib/bundles.ts';
import { CATEGORIES, tracedTasks } from './lib/main-thread-tasks.ts';
import { machineLoad, serveBenchPages, tasksReport } from './lib/widget-page.ts';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '.data');
const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const OVER = Number(process.env.BENCH_TASKS_OVER ?? 20);

const page = (file: string) => `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>Dataset bench</title></head>
<body style="margin:0"><script type="module">
await import('/rendir-dataset.js');
const el = document.createElement('rendir-dataset');
el.setAttribute('src', '/${file}');
el.setAttribute('heading', 'Contratos (datos inventados para la medición)');
el.style.width = '1000px';
document.body.append(el);
</script></body></html>`;

const bundles = await buildBundles();
const server = await serveBenchPages(bundles, (url, send, res) => {
  const csv = /^\/(dataset-\d+\.csv)$/.exec(url.pathname)?.[1];
  const html = /^\/(dataset-\d+\.csv)\.html$/.exec(url.pathname)?.[1];
  if (html) send('text/html; charset=utf-8', page(html));
  else if (csv && existsSync(join(data, csv))) {
    const size = statSync(join(data, csv)).size;
    res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Length': size });
    createReadStream(join(data, csv)).pipe(res);
  } else return false;
  return true;
});

/** One load traced from the browser's start for `seconds`; the trace once written. */
async function tracedLoad(file: string, seconds: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rendir-trace-'));
  const out = join(dir, 'trace.json');
  const browser = spawn(
    chromiumPath() ?? 'chromium',
    [
      ...chromiumArgs,
      '--headless=new',
      '--window-size=1100,900',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--trace-startup=${CATEGORIES.join(',')}`,
      '--trace-startup-format=json',
      `--trace-startup-file=${out}`,
      `--trace-startup-duration=${seconds}`,
      `${server.origin}/${file}.html`,
    ],
    { stdio: 'ignore' },
  );
  try {
    // The file appears once the duration is over and the trace is flushed; read it whole.
    for (let waited = 0; ; waited += 500) {
      if (existsSync(out)) {
        try {
          const json = readFileSync(out, 'utf8');
          JSON.parse(json);
          return json;
        } catch {
          // Still being written.
        }
      }
      if (waited > (seconds + 60) * 1000) throw new Error(`no trace from ${file} in ${out}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    browser.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  for (const rows of SIZES) {
    const file = `dataset-${rows}.csv`;
    if (!existsSync(join(data, file))) {
      console.log(`${file}: missing, run dataset.bench.ts first`);
      continue;
    }
    // Long enough for the whole file to be read on a loaded machine.
    const seconds = rows >= 1_000_000 ? 30 : 12;
    const loads = [];
    // One after another: two browsers at once would share the machine's cores.
    for (let run = 0; run < RUNS; run++)
      loads.push(tracedTasks(await tracedLoad(file, seconds), OVER));
    console.log(
      `\n${rows.toLocaleString('en')} rows, ${RUNS} load(s), no DevTools, tasks over ${OVER} ms wall:`,
    );
    console.log(tasksReport(loads));
  }
  console.log(`\n  ${machineLoad()}`);
} finally {
  server.close();
}
