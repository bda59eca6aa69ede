// Budgets as entities publish them, built into a site: a code hierarchy with its own TOTAL
// row and two fiscal years, and Madrid's real 20,217-line budget of four years. No page may
// show a figure larger than one year's true total, and the budget page stays small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/rendir.ts', import.meta.url));
const template = fileURLToPath(new URL('../template', import.meta.url));
const madrid = fileURLToPath(
  new URL(
    '../../packages/core/test/fixtures/budget-real/madrid_gastos_2012-2015.csv',
    import.meta.url,
  ),
);
const cuipo = fileURLToPath(
  new URL(
    '../../packages/core/test/fixtures/budget-real/colombia_cuipo_923273244_2021.csv',
    import.meta.url,
  ),
);
const sanPedro = fileURLToPath(
  new URL(
    '../../packages/core/test/fixtures/budget-real/colombia_cuipo_211770717_san-pedro-sucre_2021-2023.csv',
    import.meta.url,
  ),
);

function rendir(...args: string[]) {
  const run = spawnSync(process.execPath, [...process.execArgv, bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

// Written for this test in the shape of Bogotá's FUT export quoted in issue #14 (`CODIGO,
// PADRE, AÑO, NOMBRE, PAGOS` with a `TOTAL INVERSIÓN` row); the figures below it are made up
// so that they add up to its published total. Two fiscal years, rows out of order.
const FUT = [
  'CODIGO,PADRE,AÑO,NOMBRE,PAGOS',
  'A.1.2,A.1,2017,Movilidad,3000000000000',
  'A,,2017,TOTAL INVERSIÓN,10207063183472',
  'A.1,A,2017,Programa Mejor Movilidad,7000000000000',
  'A.1.1,A.1,2017,Vías locales,4000000000000',
  'A.2,A,2017,Programa Salud,3207063183472',
  'A,,2016,TOTAL INVERSIÓN,9000000000000',
  'A.1,A,2016,Programa Movilidad,9000000000000',
].join('\n');
const LARGEST_YEAR = 10207063183472n;

/**
 * The template with `name` (its text or bytes) as its only budget, `sidecar` beside it, the
 * report showing it, and `siteYaml` applied to site.yaml.
 */
function budgetContent(
  name: string,
  body: string | Buffer,
  siteYaml: (yaml: string) => string,
  sidecar?: string,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'rendir-budget-'));
  cpSync(template, dir, { recursive: true });
  rmSync(join(dir, 'budget', 'presupuesto.csv'));
  writeFileSync(join(dir, 'budget', name), body);
  if (sidecar !== undefined) writeFileSync(join(dir, 'budget', `${name}.yaml`), sidecar);
  writeFileSync(join(dir, 'site.yaml'), siteYaml(readFileSync(join(dir, 'site.yaml'), 'utf8')));
  const report = join(dir, 'reports', 'primer-informe.mdx');
  writeFileSync(
    report,
    readFileSync(report, 'utf8').replace(
      'data="budget/presupuesto.csv" levels="sector"',
      `data="budget/${name}"`,
    ),
  );
  return dir;
}

const executionOnly = (yaml: string) =>
  yaml.replace(/\n {2}levels: \[sector, programa\]/, '\n  execution: commitments');

function content(): string {
  return budgetContent('fut.csv', FUT, (yaml) =>
    executionOnly(yaml).replace('budget/presupuesto.csv:', 'budget/fut.csv:'),
  );
}

/** The text of a page as a reader sees it, without markup. */
function text(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Money figures on any page of `out`, in both languages, larger than `limit`. */
function figuresAbove(out: string, limit: bigint): string[] {
  const found: string[] = [];
  for (const file of htmlFiles(out)) {
    for (const m of text(file).matchAll(/(?:\$|EUR|€) ?(\d{1,3}(?:[.,]\d{3})+)/g)) {
      if (BigInt(m[1].replace(/[.,]/g, '')) > limit) found.push(`${file}: ${m[0]}`);
    }
  }
  return found;
}

/** A real file of packages/core/test/fixtures/budget-real/ as the site's budget (budget/real.csv). */
function realBudgetContent(
  fixture: string,
  sidecar: string,
  siteYaml: (yaml: string) => string,
): string {
  const bytes = readFileSync(
    new URL(`../../packages/core/test/fixtures/budget-real/${fixture}`, import.meta.url),
  );
  // Real figures: not marked as example data.
  return budgetContent(
    'real.csv',
    bytes,
    (yaml) => siteYaml(yaml).replace('  budget/presupuesto.csv:\n    example: true\n', ''),
    sidecar,
  );
}

test('a coded budget with a TOTAL row, two years and Madrid’s real budget build into figures no larger than one year', () => {
  const dir = content();
  copyFileSync(madrid, join(dir, 'budget', 'madrid.csv'));
  // Execution over the initial appropriation, the only one this file has: the words say so.
  writeFileSync(
    join(dir, 'budget', 'inicial.csv'),
    'vigencia;sector;bpin;apropiación inicial;compromisos\n2017;Salud;2025000000001;1000;750\n2017;Vías;;1000;900\n',
  );
  // A cooperation grant in euros pays for the same project (the template's indicator's BPIN).
  writeFileSync(
    join(dir, 'budget', 'cooperacion.csv'),
    'Vigencia;BPIN;Nombre ciudadano;Compromisos;Pagos\n2024;2025000000001;Aporte de cooperación;120.000,50;80.000,25\n',
  );
  writeFileSync(join(dir, 'budget', 'cooperacion.csv.yaml'), 'currency: EUR\n');
  // Madrid publishes euros: its sidecar says so, and no page shows them as pesos.
  writeFileSync(join(dir, 'budget', 'madrid.csv.yaml'), 'currency: EUR\n');
  // CUIPO's real report as published (programming and execution, four cumulative cut-offs),
  // read through its sidecar only.
  copyFileSync(cuipo, join(dir, 'budget', 'cuipo.csv'));
  writeFileSync(
    join(dir, 'budget', 'cuipo.csv.yaml'),
    'rows: {tipo: eje_gasto}\nperiods: cumulative\n',
  );
  // A municipality's CUIPO with three budget sections, each with its own total rows.
  copyFileSync(sanPedro, join(dir, 'budget', 'san-pedro.csv'));
  writeFileSync(
    join(dir, 'budget', 'san-pedro.csv.yaml'),
    'rows: {tipo: eje_gasto}\nperiods: cumulative\n',
  );
  const out = join(mkdtempSync(join(tmpdir(), 'rendir-budget-out-')), 'site');
  const run = rendir('build', '--content', dir, '--out', out);
  assert.equal(run.code, 0, run.out);

  const home = text(join(out, 'index.html'));
  assert.match(home, /Pagos 2017 · fut\.csv \$ 10\.207\.063\.183\.472/);
  assert.match(home, /Valor 2015 · madrid\.csv EUR 4\.650\.554\.218/);

  assert.match(home, /Ejecución \(compromisos sobre la apropiación inicial\): 82,5 %/);
  assert.doesNotMatch(home, /apropiación vigente/);

  // The indicator's money in pesos and in euros, each apart with its own year, never added.
  const indicator = text(join(out, 'indicadores', 'datos-publicados', 'index.html'));
  assert.match(
    indicator,
    /Dinero asignado Vigencia 2024 \(EUR\): Apropiación vigente — · Compromisos EUR 120\.000,50 · Pagos EUR 80\.000,25 Vigencia 2017 \(COP\): Apropiación vigente — · Compromisos \$ 750 · Pagos — Cada moneda se muestra aparte/,
  );

  const budget = text(join(out, 'presupuesto', 'index.html'));
  assert.match(budget, /Ejecución \(compromisos sobre la apropiación inicial\) 82,5 %/);
  assert.doesNotMatch(budget, /sobre la apropiación vigente/);
  assert.match(budget, /cuadran con la suma de sus rubros \(pagos\)/);
  assert.match(budget, /Presupuesto 2017 — Por rubro Rubro Pagos/);
  assert.match(budget, /Programa Mejor Movilidad \$ 7\.000\.000\.000\.000/);
  assert.match(
    budget,
    /Vigencia Pagos 2017 \$ 10\.207\.063\.183\.472 2016 \$ 9\.000\.000\.000\.000/,
  );
  assert.match(
    budget,
    /Vigencia Valor 2015 EUR 4\.650\.554\.218 2014 EUR 4\.699\.310\.629 2013 EUR 4\.564\.125\.024 2012 EUR 4\.942\.020\.428/,
  );
  assert.match(budget, /Se muestran \d+ de 20217 rubros/);
  // CUIPO: its own «2 GASTOS» figures of the year-end cut-off, which the page names.
  assert.match(budget, /Cifras del corte 20211201, acumuladas desde el inicio de la vigencia/);
  assert.match(
    budget,
    / cuadran con la suma de sus rubros \(compromisos, obligaciones, pagos\)\. Compromisos \$ 0 Obligaciones \$ 373\.009\.074 Pagos \$ 370\.453\.800 Presupuesto 2021 /,
  );
  // San Pedro's CUIPO: grouped by its three budget sections, whose own «2 GASTOS» rows add up
  // to the year's figure (Python's decimal), and each year apart.
  assert.match(
    budget,
    /Presupuesto 2023 — Por rubro Rubro Compromisos Pagos Ejecución ENTIDADES TERRITORIALES - ADMINISTRACION CENTRAL \$ 32\.822\.011\.977 \$ 24\.964\.984\.253 — ENTIDADES TERRITORIALES - CONCEJO \$ 135\.497\.001 \$ 135\.497\.001 — ENTIDADES TERRITORIALES - PERSONERIA \$ 111\.592\.376 \$ 104\.494\.700 — Total \$ 33\.069\.101\.354 \$ 25\.204\.975\.954/,
  );
  assert.match(
    budget,
    /Vigencia Compromisos Obligaciones Pagos 2023 \$ 33\.069\.101\.354 \$ 26\.294\.734\.527 \$ 25\.204\.975\.954 2022 \$ 36\.494\.014\.783 \$ 34\.729\.076\.305 \$ 34\.232\.110\.834 2021 \$ 24\.496\.147\.007 \$ 22\.488\.940\.921 \$ 22\.190\.818\.568/,
  );
  assert.match(home, /Compromisos 2023 · san-pedro\.csv \$ 33\.069\.101\.354/);
  // A file whose only amount is IMPORTE (`amount`) keeps it in the no-JS table and its total.
  assert.match(budget, /Presupuesto 2015 Valor Ejecución .*?Total EUR 4\.650\.554\.218/);
  // The largest lines of the year come first: 730,551,541 is Madrid's largest line of 2015.
  assert.match(budget, /Valor Ejecución Resultados 2015 EUR 730\.551\.541 /);
  const size = statSync(join(out, 'presupuesto', 'index.html')).size;
  assert.ok(size < 1_000_000, `the budget page is ${size} bytes`);
  // What the widget reads: core's figures, each year's own total, the lines without their
  // extra columns (2.8 MB where the lines' JSON download is 11.7 MB).
  const docFile = join(out, 'datos', 'madrid.budget.json');
  const doc = JSON.parse(readFileSync(docFile, 'utf8')) as {
    format: string;
    lines: { extra?: unknown; amounts: Record<string, string> }[];
    totals: { fiscalYear: string; amounts: Record<string, string> }[];
    currency?: string;
  };
  assert.equal(doc.format, 'rendir-budget/1');
  assert.equal(doc.currency, 'EUR');
  assert.equal(doc.lines.length, 20217);
  assert.ok(doc.lines.every((l) => l.extra === undefined));
  assert.deepEqual(
    doc.totals.map((t) => [t.fiscalYear, t.amounts.amount]),
    [
      ['2015', '4650554218'],
      ['2014', '4699310629'],
      ['2013', '4564125024'],
      ['2012', '4942020428'],
    ],
  );
  assert.ok(
    statSync(docFile).size < 3_000_000,
    `the budget document is ${statSync(docFile).size} bytes`,
  );

  // Every money figure on every page, in both languages: none above one year's total.
  assert.deepEqual(figuresAbove(out, LARGEST_YEAR), []);
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(out, '..'), { recursive: true, force: true });
});

test('rendir check reports a total row that differs from its lines: file, line, both figures and the difference', () => {
  const dir = content();
  writeFileSync(
    join(dir, 'budget', 'fut.csv'),
    FUT.replace('Programa Mejor Movilidad,7000000000000', 'Programa Mejor Movilidad,7000000000001'),
  );
  const run = rendir('check', '--content', dir, '--lang', 'en');
  assert.equal(run.code, 0, run.out);
  assert.match(
    run.out,
    /budget\/fut\.csv:4:5 — «7000000000001» «Programa Mejor Movilidad» publishes 7000000000001 and its rows add up to 7000000000000 \(difference 1\)/,
  );
  rmSync(dir, { recursive: true, force: true });
});

test('Colombia’s real PGN 2024 table builds as MinHacienda sent it, with a sidecar only, into its own total', () => {
  const dir = realBudgetContent(
    'colombia_pgn2024_funcionamiento_deuda.csv',
    'constants: {fiscal_year: 2024}\n',
    (yaml) => yaml.replace('levels: [sector, programa]', 'levels: [SECTOR, NOMBRE ENTIDAD]'),
  );
  const check = rendir('check', '--content', dir, '--lang', 'en');
  assert.equal(check.code, 0, check.out);
  assert.match(check.out, /budget\/real\.csv:12:6 .*126 amount cells/);
  const out = join(mkdtempSync(join(tmpdir(), 'rendir-pgn-out-')), 'site');
  const run = rendir('build', '--content', dir, '--out', out);
  assert.equal(run.code, 0, run.out);
  // The file's own total, worked out with Python's decimal: 404,848,982,151,154 pesos.
  const home = text(join(out, 'index.html'));
  assert.match(home, /Presupuesto vigente 2024 \$ 404\.848\.982\.151\.154/);
  assert.doesNotMatch(home, /Datos de ejemplo/);
  const budget = text(join(out, 'presupuesto', 'index.html'));
  assert.match(budget, /Total \$ 404\.848\.982\.151\.154/);
  const doc = JSON.parse(readFileSync(join(out, 'datos', 'real.budget.json'), 'utf8')) as {
    totals: { amounts: Record<string, string> }[];
  };
  assert.deepEqual(doc.totals[0].amounts, { current_appropriation: '404848982151154' });
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(out, '..'), { recursive: true, force: true });
});

test('MinHacienda’s SIIF execution report (January 2025) builds with a sidecar only into its own totals', () => {
  const dir = realBudgetContent(
    'colombia_siif_pgn_ejecucion_2025-01.csv',
    'constants: {fiscal_year: 2025}\nas_of: 2025-01-31\ncolumns: {Sector: level_1, Entidad: level_2, TIPO: level_3}\n',
    executionOnly,
  );
  const out = join(mkdtempSync(join(tmpdir(), 'rendir-siif-out-')), 'site');
  const run = rendir('build', '--content', dir, '--out', out);
  assert.equal(run.code, 0, run.out);
  const home = text(join(out, 'index.html'));
  const budget = text(join(out, 'presupuesto', 'index.html'));
  // The report's own figures (Python's decimal, and its workbook's total row): the page says
  // them in full, with the cut-off date the sidecar declares.
  assert.match(home, /Presupuesto vigente 2025 \$ 523\.007\.132\.456\.704/);
  assert.match(
    budget,
    /Cifras con corte al 31 de enero de 2025\. Apropiación inicial \$ 523\.007\.132\.456\.704 Apropiación vigente \$ 523\.007\.132\.456\.704 CDP \$ 295\.161\.690\.182\.248,38 Compromisos \$ 65\.325\.048\.255\.272,70 Obligaciones \$ 16\.279\.078\.260\.245,91 Pagos \$ 15\.802\.084\.836\.500,90 Ejecución \(compromisos sobre la apropiación vigente\) 12,5 %/,
  );
  assert.match(
    budget,
    /Total \$ 523\.007\.132\.456\.704 \$ 65\.325\.048\.255\.272,70 \$ 15\.802\.084\.836\.500,90 12,5 %/,
  );
  // No figure on any page above the year's appropriation.
  assert.deepEqual(figuresAbove(out, 523007132456704n), []);
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(out, '..'), { recursive: true, force: true });
});
