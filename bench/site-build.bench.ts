// How long `rendir build` takes for a large entity, against a bare Astro 7 build of the
// same number of plain pages in the same run, and how the time grows with the content.
//
//   node bench/site-build.bench.ts              0.1x, 1x and 10x (10x is about 80,000 pages)
//   RENDIR_BENCH_SCALES=0.1,1 node bench/...    a quicker run (still a 10x step)
//   RENDIR_BENCH_NOSEARCH=0, RENDIR_BENCH_LIGHTHOUSE=0   skip those measurements
// Timings on a shared machine vary with its load: compare ratios from the same run.
//
// 1x = 1,000 indicators, 1,000 commitments, 50 data sets, 20 reports (+ a 1,000-line
// budget). Content, sites and timings go to bench/.data/ (git-ignored).
//
// Last measured (2026-11-22, 2 shared cores, ext4; ratio = rendir / bare Astro, same run):
//   scale  pages   rendir build      bare Astro  ratio   without search index
//   0.1x     851    3.0 s / 3.2 s    1.3 / 1.4 s  2.26 / 2.34   1.87 / 1.81
//   1x     8,275    9.6 s / 8.8 s    5.3 / 4.8 s  1.81 / 1.82   1.87 / 1.47
//   10x   82,435   99.4 s           36.8 s        2.70          64.5 s, 1.75
//   1x → 10x: rendir time ×10.3 (×6.5 without the search index), bare Astro ×6.9.
// Before (Pagefind run over the finished site, one page at a time, @astrojs/sitemap's i18n
// links): 1x 19.5 s vs 6.3 s = 3.08 (2.26 without search); 10x 175.7 s vs 32.8 s = 5.35
// (3.38 without). At 10x Pagefind is now most of the difference: each of the 400 reports
// repeats a 1,667-row indicator table that it indexes. On this machine's journal-less ext4,
// creating files just after deleting many is slow and uneven (seconds of kernel time),
// which is why a run without the search index can come out slower than one with it; the
// same builds on tmpfs: 1x rendir 7.6-8.3 s, without search 6.1 s, bare Astro 3.9-4.4 s.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench', '.data');
const scales = (process.env.RENDIR_BENCH_SCALES ?? '0.1,1,10').split(',').map(Number);

/** A deterministic pseudo-random sequence, so that every run builds the same content. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** `1234567.5` written as Colombian Excel writes it: `1.234.567,50`. */
function es(amount: number): string {
  const [int, dec] = amount.toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${dec}`;
}

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function generate(dir: string, scale: number) {
  rmSync(dir, { recursive: true, force: true });
  const rnd = random(42);
  const nInd = Math.round(1000 * scale);
  const nCom = Math.round(1000 * scale);
  const nData = Math.round(50 * scale);
  const nRep = Math.round(20 * scale);
  const nLines = Math.round(1000 * scale);
  const groups = [
    'Transparencia',
    'Participación',
    'Datos abiertos',
    'Integridad',
    'Servicios',
    'Presupuesto',
  ];
  write(
    join(dir, 'site.yaml'),
    `name: Entidad de prueba de rendimiento\nurl: https://bench.example.gov.co\nlocales: [es, en]\nnumber_format: es\nexample: true\nbudget:\n  levels: [sector, programa]\n`,
  );
  const bpin = (i: number) => `2025${String(i % nLines).padStart(9, '0')}`;
  const lines = [
    'Vigencia;Sector;Programa;BPIN;Apropiación inicial;Apropiación vigente;Compromisos;Obligaciones;Pagos',
  ];
  for (let i = 0; i < nLines; i++) {
    const initial = Math.round(rnd() * 5e9);
    const current = Math.round(initial * (0.8 + rnd() * 0.4));
    const committed = Math.round(current * rnd());
    const obligations = Math.round(committed * rnd());
    const paid = Math.round(obligations * rnd());
    lines.push(
      `2025;${groups[i % groups.length]};Programa ${i};${bpin(i)};${es(initial)};${es(current)};${es(committed)};${es(obligations)};${es(paid)}`,
    );
  }
  write(join(dir, 'budget', 'presupuesto.csv'), lines.join('\n') + '\n');
  const ind = [
    'indicator_id;nombre;grupo;unidad;tendencia;línea base;periodo línea base;meta;periodo meta;commitment_id;bpin',
  ];
  const values = ['indicator_id;periodo;valor'];
  for (let i = 0; i < nInd; i++) {
    const base = Math.round(rnd() * 500) / 10;
    const up = i % 3 !== 1;
    const target = up ? base + 10 + Math.round(rnd() * 300) / 10 : Math.max(0, base - 10);
    ind.push(
      `ind-${i};Indicador de prueba número ${i};${groups[i % groups.length]};%;${up ? 'incremento' : 'reducción'};${es(base)};2020;${es(target)};2026;C-${i % nCom};${bpin(i)}`,
    );
    values.push(`ind-${i};2022;${es(base + (target - base) * rnd() * 0.6)}`);
    values.push(`ind-${i};2024;${es(base + (target - base) * rnd())}`);
  }
  write(join(dir, 'indicators', 'indicators.csv'), ind.join('\n') + '\n');
  write(join(dir, 'indicators', 'values.csv'), values.join('\n') + '\n');
  const com = [
    'commitment_id;título;plan de acción;entidad responsable;completion;start_date;end_date',
  ];
  const mil = ['commitment_id;título;responsable;fecha inicio;fecha fin;estado;avance'];
  const completion = ['not_started', 'limited', 'substantial', 'complete'];
  const status = ['not_started', 'in_progress', 'complete', 'delayed'];
  for (let i = 0; i < nCom; i++) {
    com.push(
      `C-${i};Compromiso de prueba ${i};Plan ${i % 5};Entidad ${i % 40};${completion[i % 4]};2021-01-01;2022-12-31`,
    );
    for (let m = 0; m < 2; m++) {
      mil.push(
        `C-${i};Hito ${m + 1} del compromiso ${i};Equipo ${i % 7};2021-0${m + 1}-01;2022-0${m + 3}-30;${status[(i + m) % 4]};${(i * 7 + m * 13) % 101}`,
      );
    }
  }
  write(join(dir, 'commitments', 'commitments.csv'), com.join('\n') + '\n');
  write(join(dir, 'commitments', 'milestones.csv'), mil.join('\n') + '\n');
  const cat = ['dataset_id,title,theme,description,file'];
  for (let d = 0; d < nData; d++) {
    cat.push(
      `conjunto-${d},Conjunto de prueba ${d},${groups[d % groups.length]},Datos de prueba para medir la construcción,conjunto-${d}.csv`,
    );
    const rows = ['id;nombre;valor;fecha'];
    for (let r = 0; r < 200; r++)
      rows.push(
        `${r};Fila ${r} del conjunto ${d};${es(rnd() * 1e6)};2025-01-${String((r % 28) + 1).padStart(2, '0')}`,
      );
    write(join(dir, 'datasets', `conjunto-${d}.csv`), rows.join('\n') + '\n');
  }
  write(join(dir, 'datasets', 'datasets.csv'), cat.join('\n') + '\n');
  for (let r = 0; r < nRep; r++) {
    write(
      join(dir, 'reports', `informe-${r}.mdx`),
      `---\ntitle: Informe de prueba ${r}\ndate: 2025-${String((r % 12) + 1).padStart(2, '0')}-15\nsummary: Un informe de prueba.\n---\n\n` +
        `Texto del informe ${r}. `.repeat(40) +
        `\n\n## Presupuesto\n\n<BudgetViewer data="budget/presupuesto.csv" levels="sector" />\n\n` +
        `## Indicadores\n\n<IndicatorTracker data="indicators" group="${groups[r % groups.length]}" />\n\n` +
        `<CommitmentCard id="C-${r}" />\n\n<DatasetViewer id="conjunto-${r % nData}" />\n`,
    );
  }
}

function countPages(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += countPages(path);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

/** A bare Astro project: one dynamic route, `pages` plain HTML pages, nothing else. */
function bareProject(dir: string, pages: number) {
  rmSync(dir, { recursive: true, force: true });
  write(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`,
  );
  write(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  write(
    join(dir, 'src', 'pages', '[slug].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: 'p' + i }, props: { i } }));\n}\nconst { i } = Astro.props;\n---\n<html lang="es"><head><meta charset="utf-8" /><title>Página {i}</title></head><body><h1>Página {i}</h1><p>Texto de la página {i}.</p></body></html>\n`,
  );
}

function time(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  cwd = root,
): number {
  const started = performance.now();
  const run = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
  return seconds;
}

// Lighthouse (npm) on the example site: the home page and an indicator page.
if (process.env.RENDIR_BENCH_LIGHTHOUSE !== '0') {
  const { default: lighthouse } = await import('lighthouse');
  const { launchChromium } = await import('../test/support/chromium.ts');
  const { serve } = await import('../test/site/helpers.ts');
  const example = join(data, 'example-site');
  rmSync(example, { recursive: true, force: true });
  time(process.execPath, [join(root, 'site', 'bin', 'rendir.ts'), 'build', '--out', example]);
  const { server, origin } = await serve(example);
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await launchChromium({ args: [`--remote-debugging-port=${port}`] });
  const results: Record<string, Record<string, number>> = {};
  for (const path of [
    '/',
    '/indicadores/condiciones-institucionales-para-la-informacion-publica/',
  ]) {
    const run = await lighthouse(origin + path, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const scores = Object.fromEntries(
      Object.entries(run?.lhr.categories ?? {}).map(([k, v]) => [
        k,
        Math.round((v.score ?? 0) * 100),
      ]),
    );
    results[path] = scores;
    console.log(
      `lighthouse ${path}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}`,
    );
  }
  await browser.close();
  server.close();
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'site-lighthouse.json'), JSON.stringify(results, null, 2));
}

interface Row {
  scale: number;
  pages: number;
  rendir: number;
  /** Without the search index (skip with RENDIR_BENCH_NOSEARCH=0): Pagefind's share of the time. */
  rendirNoSearch: number | null;
  bare: number;
}

const rows: Row[] = [];
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const bin = join(root, 'site', 'bin', 'rendir.ts');
for (const scale of scales) {
  const content = join(data, `content-${scale}x`);
  const out = join(data, `site-${scale}x`);
  generate(content, scale);
  rmSync(out, { recursive: true, force: true });
  const rendir = time(process.execPath, [bin, 'build', '--content', content, '--out', out]);
  const pages = countPages(out);
  let rendirNoSearch: number | null = null;
  if (process.env.RENDIR_BENCH_NOSEARCH !== '0') {
    rmSync(out, { recursive: true, force: true });
    rendirNoSearch = time(process.execPath, [bin, 'build', '--content', content, '--out', out], {
      RENDIR_SEARCH: '0',
    });
  }
  const bareDir = join(data, `bare-${scale}x`);
  bareProject(bareDir, pages);
  const bare = time(process.execPath, [astroBin, 'build', '--root', bareDir, '--silent']);
  rows.push({ scale, pages, rendir, rendirNoSearch, bare });
  const noSearch =
    rendirNoSearch === null
      ? ''
      : ` · without the search index ${rendirNoSearch.toFixed(1)} s, ratio ${(rendirNoSearch / bare).toFixed(2)}`;
  console.log(
    `${scale}x: ${pages} pages · rendir build ${rendir.toFixed(1)} s · bare Astro ${bare.toFixed(1)} s · ratio ${(rendir / bare).toFixed(2)}${noSearch}`,
  );
  writeFileSync(join(data, 'site-build.json'), JSON.stringify(rows, null, 2));
}

for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1], rows[i]];
  const content = b.scale / a.scale;
  console.log(
    `scaling ${a.scale}x → ${b.scale}x: content ×${content}, pages ×${(b.pages / a.pages).toFixed(1)}, rendir time ×${(b.rendir / a.rendir).toFixed(1)}` +
      (a.rendirNoSearch !== null && b.rendirNoSearch !== null
        ? ` (×${(b.rendirNoSearch / a.rendirNoSearch).toFixed(1)} without the search index)`
        : '') +
      `, bare Astro time ×${(b.bare / a.bare).toFixed(1)} (linear = ×${content})`,
  );
}
