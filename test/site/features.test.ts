// What the built site publishes beside its pages: open data, DCAT-AP catalogue, feeds,
// sitemap, robots.txt, OpenGraph, languages, embeds and search.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { launch, serve, siteDist } from './helpers.ts';

const read = (path: string) => readFileSync(join(siteDist, path), 'utf8');

describe('what the site publishes', () => {
  test('every data file as CSV (with BOM, for Excel) and JSON', () => {
    for (const name of [
      'indicadores',
      'presupuesto-2025',
      'compromisos',
      'hitos',
      'catalogo',
      'conjunto-contratos-2025',
    ]) {
      const csv = read(`datos/${name}.csv`);
      assert.ok(csv.startsWith('\uFEFF'), `${name}.csv starts with a BOM`);
      assert.ok(csv.split('\n').length > 2, `${name}.csv has rows`);
      assert.ok(Array.isArray(JSON.parse(read(`datos/${name}.json`))), `${name}.json is an array`);
    }
    const indicators = JSON.parse(read('datos/indicadores.json')) as {
      id: string;
      progress: { status: string };
    }[];
    assert.equal(indicators.length, 15);
    assert.ok(indicators.every((i) => typeof i.progress.status === 'string'));
    const budget = JSON.parse(read('datos/presupuesto-2025.json')) as {
      amounts: Record<string, string>;
    }[];
    assert.equal(budget[0].amounts.current_appropriation, '1380000000');
  });

  test('a DCAT-AP catalog lists the data sets and their distributions', () => {
    const catalog = JSON.parse(read('catalog.json'));
    assert.equal(catalog['@type'], 'dcat:Catalog');
    const datasets = catalog['dcat:dataset'] as {
      'dct:identifier': string;
      'dcat:distribution': { 'dcat:downloadURL'?: string }[];
    }[];
    const contracts = datasets.find((d) => d['dct:identifier'] === 'contratos-2025');
    assert.ok(contracts);
    assert.deepEqual(
      contracts['dcat:distribution'].map((d) => d['dcat:downloadURL']),
      [
        'https://transparencia.ejemplo.gov.co/datos/conjunto-contratos-2025.csv',
        'https://transparencia.ejemplo.gov.co/datos/conjunto-contratos-2025.json',
      ],
    );
    assert.ok(datasets.length >= 30);
  });

  test('sitemap, robots.txt and an RSS feed of reports per language', () => {
    assert.match(
      read('robots.txt'),
      /Sitemap: https:\/\/transparencia\.ejemplo\.gov\.co\/sitemap-index\.xml/,
    );
    const sitemap = read('sitemap-0.xml');
    assert.match(sitemap, /hreflang="en"/);
    assert.doesNotMatch(sitemap, /\/insertar\//, 'embed pages are not in the sitemap');
    const rss = read('informes/rss.xml');
    assert.match(rss, /<item><title>Informe de rendición de cuentas 2025<\/title>/);
    assert.match(read('en/reports/rss.xml'), /<title>2025 accountability report<\/title>/);
  });

  test('OpenGraph, canonical and hreflang on every page', () => {
    const html = read('indicadores/index.html');
    assert.match(html, /<meta property="og:title" content="Indicadores">/);
    assert.match(
      html,
      /<link rel="canonical" href="https:\/\/transparencia\.ejemplo\.gov\.co\/indicadores\/">/,
    );
    assert.match(
      html,
      /<link rel="alternate" hreflang="en" href="https:\/\/transparencia\.ejemplo\.gov\.co\/en\/indicators\/">/,
    );
    assert.match(
      read('informes/informe-gestion-2025/index.html'),
      /<meta property="og:type" content="article">/,
    );
  });

  test('a report links its translation, and an untranslated page says so in English', () => {
    assert.match(
      read('informes/informe-gestion-2025/index.html'),
      /href="\/en\/reports\/informe-gestion-2025\/"[^>]*>English/,
    );
    const only = read('en/reports/informe-primer-semestre-2025/index.html');
    assert.match(only, /only available in Spanish/);
    assert.match(only, /<article class="report-body" lang="es"/);
  });

  test('each widget instance has an embed page and copyable iframe code', () => {
    assert.ok(
      existsSync(join(siteDist, 'insertar/indicadores-transparencia-institucional/index.html')),
    );
    assert.ok(existsSync(join(siteDist, 'en/embed/compromiso-iv-01/index.html')));
    const report = read('informes/informe-gestion-2025/index.html');
    assert.match(
      report,
      /&lt;iframe src=&quot;https:\/\/transparencia\.ejemplo\.gov\.co\/insertar\/presupuesto-presupuesto-2025-sector-entidad\/&quot;/,
    );
    const embed = read('insertar/compromiso-iv-01/index.html');
    assert.match(embed, /<meta name="robots" content="noindex">/);
    assert.match(embed, /IV-01/);
  });

  test('the transparency menu maps the sections of Resolución 1519 de 2020', () => {
    const html = read('transparencia/index.html');
    assert.match(html, /4\. Planeación, presupuesto e informes/);
    assert.match(html, /href="\/presupuesto\/"/);
    assert.match(html, /href="https:\/\/www\.datos\.gov\.co\/"/);
  });

  test('reports have a print stylesheet', () => {
    const html = read('informes/informe-gestion-2025/index.html');
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
      read(m[1].slice(1)),
    );
    assert.ok([html, ...sheets].some((css) => /@media print/.test(css)));
  });
});

describe('in Chromium, served under SITE_CSP', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;

  before(async () => {
    ({ server, origin } = await serve(siteDist));
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('search: the static index finds a figure and an indicator, in the page language', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/buscar/?q=anticorrupción`);
    const results = page.locator('.rendir-search-results li a');
    await results.first().waitFor();
    const links = await results.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    assert.ok(
      links.some((l) =>
        l?.startsWith('/indicadores/condiciones-institucionales-de-medidas-anticorrupcion'),
      ),
      links.join(' '),
    );
    assert.ok(
      links.every((l) => !l?.startsWith('/en/')),
      'Spanish results only',
    );
    assert.match(await page.locator('.rendir-search-status').innerText(), /resultados/);
    await page.close();
  });

  test('search says so when its index cannot be loaded, and finds once it can', async () => {
    const page = await browser.newPage();
    let offline = true;
    await page.route('**/pagefind/**', (route) => (offline ? route.abort() : route.continue()));
    await page.goto(`${origin}/en/search/`);
    await page.getByRole('searchbox', { name: 'What are you looking for' }).fill('budget');
    await page.getByRole('button', { name: 'Search' }).click();
    const status = page.getByRole('status');
    await page.waitForFunction(
      () => document.querySelector('.rendir-search-status')?.textContent !== '',
    );
    assert.match(await status.innerText(), /search index could not be loaded/);
    offline = false;
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.rendir-search-results li a').first().waitFor();
    assert.match(await status.innerText(), /results/);
    await page.close();
  });

  const path = '/indicadores/ej-conjuntos-publicados/';

  test('an indicator page shows the tracker: status, figures and the values drawn toward the target', async () => {
    const page = await browser.newPage();
    await page.goto(origin + path);
    const card = page.locator('rendir-indicator-tracker .card');
    await card.waitFor();
    const text = await card.innerText();
    assert.match(text, /Rezagado/);
    assert.match(text, /Línea base 2023\s*4/);
    assert.match(text, /Meta 2026\s*30/);
    assert.match(text, /38,5\s% del camino/);
    assert.equal((await card.locator('svg circle').count()) > 0, true, 'the values are drawn');
    // What the card does not show stays on the page: who answers for it, the notes per value.
    assert.match(await page.locator('main').innerText(), /Responsable\s*Secretaría General/);
    assert.match(
      await page.getByRole('table', { name: 'Serie de valores' }).innerText(),
      /Incluye los conjuntos de contratación/,
    );
    await page.close();
  });

  test('an indicator page without JavaScript gives the same facts as HTML', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + path);
    const facts = await page.locator('main').innerText();
    for (const fact of [
      /Rezagado/,
      /Avance\s*38,5\s%/,
      /Meta\s*30 conjuntos \(2026\)/,
      /¿Cómo se calcula\?/,
    ])
      assert.match(facts, fact);
    await context.close();
  });
});
