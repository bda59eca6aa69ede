// Budgets as entities publish them, built into a site: a code hierarchy with its own TOTAL
// row and two fiscal years, and every real budget of packages/core/test/fixtures/budget-real/
// alone in a site with the sidecar its core tests read it with (Madrid's 20,217 lines of four
// years among them). Each shows its own totals, no page shows a figure larger than one year's
// true total, and the budget page stays small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
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

/** How each currency's figures are written on the pages, in Spanish and in English. */
const MONEY_MARKS = { COP: ['$', 'COP'], EUR: ['EUR', '€'], MXN: ['MXN', 'MX$'] };

/**
 * Money figures on any page of `out`, in both languages, larger than `limit`: figures after
 * one of `marks` (pesos and euros unless told), their whole part.
 */
function figuresAbove(
  out: string,
  limit: bigint,
  marks: readonly string[] = [...MONEY_MARKS.COP, ...MONEY_MARKS.EUR],
): string[] {
  const mark = marks.map((m) => m.replace(/[$]/g, '\\$&')).join('|');
  const figure = new RegExp(`(?:${mark}) ?(\\d{1,3}(?:[.,]\\d{3})+)`, 'g');
  const found: string[] = [];
  for (const file of htmlFiles(out)) {
    for (const m of text(file).matchAll(figure)) {
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

test('a coded budget with a TOTAL row and two years, beside budgets in euros, builds into figures no larger than one year', () => {
  const dir = content();
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
  const out = join(mkdtempSync(join(tmpdir(), 'rendir-budget-out-')), 'site');
  const run = rendir('build', '--content', dir, '--out', out);
  assert.equal(run.code, 0, run.out);

  const home = text(join(out, 'index.html'));
  assert.match(home, /Pagos 2017 · fut\.csv \$ 10\.207\.063\.183\.472/);
  assert.match(home, /Compromisos 2024 · cooperacion\.csv EUR 120\.000,50/);

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

/** A real budget of packages/core/test/fixtures/budget-real/, alone in a site. */
interface RealBudgetSite {
  fixture: string;
  /** The sidecar its core tests read it with. */
  sidecar: string;
  siteYaml: (yaml: string) => string;
  currency: keyof typeof MONEY_MARKS;
  /** Each fiscal year's own total per amount, latest first, worked out apart (Python's decimal). */
  totals: [year: string, amounts: Record<string, string>][];
  /** What its pages say beyond that. */
  check: (site: { dir: string; out: string; home: string; budget: string }) => void;
}

const REAL_BUDGET_SITES: RealBudgetSite[] = [
  {
    fixture: 'madrid_gastos_2012-2015.csv',
    sidecar: 'currency: EUR\n',
    siteYaml: (yaml) =>
      yaml.replace(
        'levels: [sector, programa]',
        'levels: [DESCRIPCION SECCION, DESCRIPCION PROGRAMA]',
      ),
    currency: 'EUR',
    totals: [
      ['2015', { amount: '4650554218' }],
      ['2014', { amount: '4699310629' }],
      ['2013', { amount: '4564125024' }],
      ['2012', { amount: '4942020428' }],
    ],
    check: ({ out, home, budget }) => {
      assert.match(home, /Valor 2015 EUR 4\.650\.554\.218/);
      assert.match(
        budget,
        /Vigencia Valor 2015 EUR 4\.650\.554\.218 2014 EUR 4\.699\.310\.629 2013 EUR 4\.564\.125\.024 2012 EUR 4\.942\.020\.428/,
      );
      // The page aggregates: groups, then the year's largest lines first (730,551,541 is the
      // largest of 2015), 200 of them, the rest in the downloads. Its only amount, IMPORTE
      // (`amount`), is in the no-JS tables and their total.
      assert.match(
        budget,
        /Presupuesto 2015 — Por descripcion seccion .*?Total EUR 4\.650\.554\.218/,
      );
      assert.match(
        budget,
        /Valor Ejecución Resultados ENDEUDAMIENTO 2015 ENDEUDAMIENTO ENDEUDAMIENTO EUR 730\.551\.541 /,
      );
      assert.match(budget, /Se muestran 200 de 20217 rubros/);
      const size = statSync(join(out, 'presupuesto', 'index.html')).size;
      assert.ok(size < 1_000_000, `the budget page is ${size} bytes`);
      // What the widget reads: the lines without their extra columns (2.8 MB where the lines'
      // JSON download is 11.7 MB).
      const docFile = join(out, 'datos', 'real.budget.json');
      const doc = JSON.parse(readFileSync(docFile, 'utf8')) as {
        format: string;
        lines: { extra?: unknown }[];
        currency?: string;
      };
      assert.equal(doc.format, 'rendir-budget/1');
      assert.equal(doc.currency, 'EUR');
      assert.equal(doc.lines.length, 20217);
      assert.ok(doc.lines.every((l) => l.extra === undefined));
      const docSize = statSync(docFile).size;
      assert.ok(docSize < 3_000_000, `the budget document is ${docSize} bytes`);
    },
  },
  {
    fixture: 'mexico_ramo23_general2015.csv',
    sidecar: 'constants: {fiscal_year: 2015}\ncurrency: MXN\n',
    siteYaml: executionOnly,
    currency: 'MXN',
    totals: [['2015', { initial_appropriation: '57303643926' }]],
    check: ({ home, budget }) => {
      assert.match(home, /Apropiación inicial 2015 MXN 57\.303\.643\.926/);
      assert.match(budget, /Total MXN 57\.303\.643\.926/);
      // Its lines are projects, named by `Nombre del proyecto`.
      assert.match(
        budget,
        / PROYECTO DE INFRAESTRUCTURA EN LA ZONA CONURBADA DE PUEBLA, PUEBLA MXN 766\.600\.000 /,
      );
    },
  },
  {
    // CUIPO's programming and execution rows, four cumulative cut-offs: the year-end one.
    fixture: 'colombia_cuipo_923273244_2021.csv',
    sidecar: 'rows: {tipo: eje_gasto}\nperiods: cumulative\n',
    siteYaml: executionOnly,
    currency: 'COP',
    totals: [['2021', { commitments: '0', obligations: '373009074', payments: '370453800' }]],
    check: ({ budget }) => {
      // Its own «2 GASTOS» figures of the year-end cut-off, which the page names.
      assert.match(budget, /Cifras del corte 20211201, acumuladas desde el inicio de la vigencia/);
      assert.match(
        budget,
        / cuadran con la suma de sus rubros \(compromisos, obligaciones, pagos\)\. Compromisos \$ 0 Obligaciones \$ 373\.009\.074 Pagos \$ 370\.453\.800 Presupuesto 2021 /,
      );
    },
  },
  {
    // Three budget sections, each with its own «2 GASTOS» rows, eleven cut-offs, three years.
    fixture: 'colombia_cuipo_211770717_san-pedro-sucre_2021-2023.csv',
    sidecar: 'rows: {tipo: eje_gasto}\nperiods: cumulative\n',
    siteYaml: executionOnly,
    currency: 'COP',
    totals: [
      ['2023', { commitments: '33069101354', obligations: '26294734527', payments: '25204975954' }],
      ['2022', { commitments: '36494014783', obligations: '34729076305', payments: '34232110834' }],
      ['2021', { commitments: '24496147007', obligations: '22488940921', payments: '22190818568' }],
    ],
    check: ({ home, budget }) => {
      assert.match(home, /Compromisos 2023 \$ 33\.069\.101\.354/);
      // Grouped by its three budget sections, whose own «2 GASTOS» rows add up to the year's
      // figure, and each year apart.
      assert.match(
        budget,
        /Presupuesto 2023 — Por rubro Rubro Compromisos Pagos Ejecución ENTIDADES TERRITORIALES - ADMINISTRACION CENTRAL \$ 32\.822\.011\.977 \$ 24\.964\.984\.253 — ENTIDADES TERRITORIALES - CONCEJO \$ 135\.497\.001 \$ 135\.497\.001 — ENTIDADES TERRITORIALES - PERSONERIA \$ 111\.592\.376 \$ 104\.494\.700 — Total \$ 33\.069\.101\.354 \$ 25\.204\.975\.954/,
      );
      assert.match(
        budget,
        /Vigencia Compromisos Obligaciones Pagos 2023 \$ 33\.069\.101\.354 \$ 26\.294\.734\.527 \$ 25\.204\.975\.954 2022 \$ 36\.494\.014\.783 \$ 34\.729\.076\.305 \$ 34\.232\.110\.834 2021 \$ 24\.496\.147\.007 \$ 22\.488\.940\.921 \$ 22\.190\.818\.568/,
      );
    },
  },
  {
    // As MinHacienda sent it: UTF-16, padded `4,409,693,000`, accounting zeros, no year column.
    fixture: 'colombia_pgn2024_funcionamiento_deuda.csv',
    sidecar: 'constants: {fiscal_year: 2024}\n',
    siteYaml: (yaml) =>
      yaml.replace('levels: [sector, programa]', 'levels: [SECTOR, NOMBRE ENTIDAD]'),
    currency: 'COP',
    totals: [['2024', { current_appropriation: '404848982151154' }]],
    check: ({ dir, home, budget }) => {
      const check = rendir('check', '--content', dir, '--lang', 'en');
      assert.equal(check.code, 0, check.out);
      assert.match(check.out, /budget\/real\.csv:12:6 .*126 amount cells/);
      assert.match(home, /Presupuesto vigente 2024 \$ 404\.848\.982\.151\.154/);
      assert.doesNotMatch(home, /Datos de ejemplo/);
      assert.match(budget, /Total \$ 404\.848\.982\.151\.154/);
    },
  },
  {
    // SIIF Nación's monthly execution report, January 2025: no year column, TIPO's letters.
    fixture: 'colombia_siif_pgn_ejecucion_2025-01.csv',
    sidecar:
      'constants: {fiscal_year: 2025}\nas_of: 2025-01-31\ncolumns: {Sector: level_1, Entidad: level_2, TIPO: level_3}\n',
    siteYaml: executionOnly,
    currency: 'COP',
    totals: [
      [
        '2025',
        {
          initial_appropriation: '523007132456704',
          current_appropriation: '523007132456704',
          cdp: '295161690182248.38',
          commitments: '65325048255272.7',
          obligations: '16279078260245.91',
          payments: '15802084836500.9',
        },
      ],
    ],
    check: ({ home, budget }) => {
      // Said in full, with the cut-off date the sidecar declares; the workbook's own total
      // row gives the same appropriation, commitments and payments.
      assert.match(home, /Presupuesto vigente 2025 \$ 523\.007\.132\.456\.704/);
      assert.match(
        budget,
        /Cifras con corte al 31 de enero de 2025\. Apropiación inicial \$ 523\.007\.132\.456\.704 Apropiación vigente \$ 523\.007\.132\.456\.704 CDP \$ 295\.161\.690\.182\.248,38 Compromisos \$ 65\.325\.048\.255\.272,70 Obligaciones \$ 16\.279\.078\.260\.245,91 Pagos \$ 15\.802\.084\.836\.500,90 Ejecución \(compromisos sobre la apropiación vigente\) 12,5 %/,
      );
      assert.match(
        budget,
        /Total \$ 523\.007\.132\.456\.704 \$ 65\.325\.048\.255\.272,70 \$ 15\.802\.084\.836\.500,90 12,5 %/,
      );
    },
  },
];

/** The largest of a budget's yearly totals, whole part: no page may show more. */
function largestYearTotal(totals: RealBudgetSite['totals']): bigint {
  return totals
    .flatMap(([, amounts]) => Object.values(amounts))
    .map((v) => BigInt(v.split('.')[0]))
    .reduce((a, b) => (a > b ? a : b));
}

for (const real of REAL_BUDGET_SITES) {
  test(`real: ${real.fixture} alone in a site, with its sidecar only, shows its own totals and no figure above one year's`, () => {
    const dir = realBudgetContent(real.fixture, real.sidecar, real.siteYaml);
    const out = join(mkdtempSync(join(tmpdir(), 'rendir-real-out-')), 'site');
    const run = rendir('build', '--content', dir, '--out', out);
    assert.equal(run.code, 0, run.out);
    // What the widget reads: each year's own total, exactly as the file's lines add up.
    const doc = JSON.parse(readFileSync(join(out, 'datos', 'real.budget.json'), 'utf8')) as {
      totals: { fiscalYear: string; amounts: Record<string, string> }[];
    };
    assert.deepEqual(
      doc.totals.map((t) => [t.fiscalYear, t.amounts]),
      real.totals,
    );
    real.check({
      dir,
      out,
      home: text(join(out, 'index.html')),
      budget: text(join(out, 'presupuesto', 'index.html')),
    });
    // Every money figure of its currency on every page, in both languages.
    assert.deepEqual(
      figuresAbove(out, largestYearTotal(real.totals), MONEY_MARKS[real.currency]),
      [],
    );
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(out, '..'), { recursive: true, force: true });
  });
}

test('real: Costa Rica’s sub-items do not build: four cells in scientific notation lost their digits, and nothing is guessed or written', () => {
  const dir = realBudgetContent(
    'costarica_cgr_subpartidas_gastos_2018-2025.csv',
    'columns: { "Monto adjudicado en colones": amount }\ncurrency: CRC\n',
    executionOnly,
  );
  const out = join(mkdtempSync(join(tmpdir(), 'rendir-cgr-out-')), 'site');
  const run = rendir('build', '--content', dir, '--out', out, '--lang', 'en');
  assert.equal(run.code, 1, run.out);
  assert.deepEqual(
    [...run.out.matchAll(/budget\/real\.csv:(\d+:\d+) — «([^»]+)» is in Excel/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    ),
    ['19:6 1,83403E+11', '651:6 2,99E+11', '678:6 1,39E+11', '722:6 4,77E+11'],
  );
  assert.ok(!existsSync(out), 'nothing is written');
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(out, '..'), { recursive: true, force: true });
});
