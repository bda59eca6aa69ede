// With JavaScript disabled, every data page still shows its figures, statuses and
// tables: the HTML is the baseline, widgets only enhance it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatMoney, parseAmount, sumDecimals, readCsv } from '@rendir/core';
import { launch, repoRoot, serve, siteDist } from './helpers.ts';

let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const bogota = readCsv(
  readFileSync(join(repoRoot, 'content/indicators/bogota-gobierno-abierto.csv')),
  {
    file: 'bogota.csv',
  },
);
const commitments = readCsv(readFileSync(join(repoRoot, 'content/commitments/commitments.csv')), {
  file: 'commitments.csv',
});

async function text(path: string): Promise<string> {
  const response = await page.goto(origin + path);
  assert.equal(response?.status(), 200, path);
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

describe('pages without JavaScript', () => {
  before(async () => {
    ({ server, origin } = await serve(siteDist));
    browser = await launch();
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  test("the indicators page lists all 12 of Bogotá's indicators with baseline, latest, target and status", async () => {
    await text('/indicadores/');
    for (const row of bogota.rows) {
      const name = row.cells[1];
      const tr = page.locator('tr', { has: page.locator('th', { hasText: name }) });
      assert.equal(await tr.count(), 1, name);
      const cells = await tr.locator('td').allInnerTexts();
      // group, baseline, latest, target, progress, status
      assert.equal(cells.length, 6, name);
      assert.match(
        cells[5],
        /Meta alcanzada|En camino|En riesgo|Rezagado|Sin datos suficientes/,
        `${name}: status as a word`,
      );
    }
    const first = page.locator('tr', {
      has: page.locator('th', {
        hasText: 'Condiciones institucionales para la información pública',
      }),
    });
    const cells = await first.locator('td').allInnerTexts();
    assert.match(cells[1], /69,6/);
    assert.match(cells[2], /72,6/);
    assert.match(cells[3], /85/);
  });

  test('English pages show the same figures in English number format', async () => {
    const body = await text('/en/indicators/');
    assert.match(body, /69\.6/);
    assert.match(body, /On track|At risk|Off track|Not enough data|Target achieved/);
  });

  test('an indicator page explains its progress and lists its values', async () => {
    const body = await text(
      '/indicadores/condiciones-institucionales-para-la-informacion-publica/',
    );
    assert.match(body, /¿Cómo se calcula\?/);
    assert.match(body, /69,6/);
    assert.match(body, /72,6/);
    assert.match(body, /2016–2017|2016-2017/);
  });

  test('the budget page shows the execution chain in full amounts, labelled as example data', async () => {
    const budget = readCsv(readFileSync(join(repoRoot, 'content/budget/presupuesto-2025.csv')), {
      file: 'b.csv',
    });
    const col = budget.headers.indexOf('Apropiación vigente');
    const values = budget.rows.map((r) => parseAmount(r.cells[col], 'es') as string);
    const expected = formatMoney(sumDecimals(values), { locale: 'es-CO', currency: 'COP' });
    const body = await text('/presupuesto/');
    assert.ok(body.includes(expected.replace(/\s+/g, ' ')), `total ${expected} shown`);
    assert.match(body, /Datos de ejemplo/);
    for (const stage of [
      'Apropiación inicial',
      'Apropiación vigente',
      'CDP',
      'Compromisos',
      'Obligaciones',
      'Pagos',
    ]) {
      assert.ok(body.includes(stage), stage);
    }
  });

  test('the commitments page lists the 15 commitments of the IV plan', async () => {
    const body = await text('/compromisos/');
    for (const row of commitments.rows) assert.ok(body.includes(row.cells[2]), row.cells[2]);
    // The plan is named once, in the heading over its commitments, not again in each card.
    assert.equal(body.split('IV Plan de Acción de Estado Abierto 2020-2022').length - 1, 1);
    assert.doesNotMatch(body, /Plan de acción/);
    // The made-up milestones' badge stands apart from the figure it follows («72,5 %Ejemplo»).
    assert.match(body, /promedio 72,5 % Ejemplo/);
    // Four cards a row at 1280 px: each value under its label, nothing out of its card
    // («? Sin evaluar» and the ministry's name stuck out).
    await page.setViewportSize({ width: 1280, height: 720 });
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('.cards > li > *')].flatMap((card) => {
        const right = card.getBoundingClientRect().right;
        return [...card.querySelectorAll('dd, dt, span, a')]
          .filter((el) => el.getBoundingClientRect().right > right + 1)
          .map((el) => `${card.querySelector('a')?.textContent}: ${el.textContent}`);
      }),
    );
    assert.deepEqual(outside, []);
  });

  test('a commitment page links its indicators and budget, with made-up milestones labelled', async () => {
    const body = await text('/compromisos/iv-01/');
    assert.match(body, /Hitos/);
    assert.match(body, /Datos de ejemplo/);
    assert.match(body, /Conjuntos de datos publicados en el catálogo/);
    assert.match(body, /BPIN 2025680010001/);
  });

  test('a data set page shows its first rows as an HTML table', async () => {
    await text('/datos/contratos-2025/');
    const rows = page.locator('table tbody tr');
    assert.ok((await rows.count()) >= 5);
    assert.match(await rows.first().innerText(), /CT-2025-001/);
  });

  test('the home page shows the headline figures', async () => {
    const body = await text('/');
    assert.match(body, /Presupuesto vigente/);
    assert.match(body, /Indicadores por estado/);
    assert.match(body, /Compromisos por nivel de cumplimiento/);
    assert.match(body, /Último informe/);
  });

  test('pages reflow at 320 px: no sideways scrolling of the page (wide tables scroll in their own region)', async () => {
    const narrow = await browser.newPage({
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
    });
    const wide: string[] = [];
    for (const path of [
      '/',
      '/presupuesto/',
      '/indicadores/',
      '/indicadores/condiciones-institucionales-para-la-informacion-publica/',
      '/compromisos/',
      '/compromisos/iv-01/',
      '/datos/',
      '/datos/contratos-2025/',
      '/informes/informe-gestion-2025/',
      '/transparencia/',
      '/en/data/downloads/',
    ]) {
      await narrow.goto(origin + path);
      const width = await narrow.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    await narrow.close();
    assert.deepEqual(wide, []);
  });

  test('a report renders its MDX components as HTML', async () => {
    const body = await text('/informes/informe-gestion-2025/');
    assert.match(body, /Condiciones institucionales para la información pública/);
    assert.match(body, /IV-01/);
    assert.match(body, /CT-2025-001/);
    assert.match(body, /Apropiación vigente/);
  });
});
