// Series as statistics offices publish them for Open SDG (fixtures/sdg/README.md): each file
// of indicators/ gets a page in both languages whose fallback is the headline's table and each
// breakdown's table (a very large one cut, with the download), the tracker as the widget
// over the site's own download, source and licence shown, axe clean, 320 px reflow.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { axeSource, axeViolations, launch, repoRoot, serve } from './helpers.ts';

const SERIES = join(repoRoot, 'packages/core/test/fixtures/sdg-real');
const CANADA = 'canada_indicator_1-2-1.csv';
const MEXICO = 'mexico_indicator_1-2-1-esp.csv';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RENDIR_SEARCH: '0' };
/** Every breakdown's table opened, as a reader would (a closed one has no rendered text). */
const openAll = (page: Page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
const squash = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('Open SDG series in the site', () => {
  let root: string;
  let out: string;
  let build: ReturnType<typeof spawnSync>;
  let server: Server;
  let origin: string;
  let browser: Browser;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'rendir-sdg-'));
    const content = join(root, 'content');
    cpSync(join(repoRoot, 'test/site/fixtures/sdg'), content, { recursive: true });
    mkdirSync(join(content, 'indicators'));
    for (const file of [CANADA, MEXICO])
      copyFileSync(join(SERIES, file), join(content, 'indicators', file));
    out = join(root, 'site');
    build = spawnSync(
      process.execPath,
      [join(repoRoot, 'site/bin/rendir.ts'), 'build', '--content', content, '--out', out],
      { encoding: 'utf8', env },
    );
    assert.equal(build.status, 0, `${build.stdout}${build.stderr}`);
    ({ server, origin } = await serve(out));
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('without JavaScript: the headline and each breakdown as tables, in both languages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, title, headline] of [
      ['/indicadores/canada-indicator-1-2-1/', 'ODS 1.2.1 (Canadá)', 'Serie principal'],
      ['/en/indicators/canada-indicator-1-2-1/', 'SDG 1.2.1 (Canada)', 'Headline series'],
    ]) {
      const response = await page.goto(origin + path);
      assert.equal(response?.status(), 200, path);
      await openAll(page);
      assert.match(
        squash(await page.locator('h1').innerText()),
        new RegExp(`^${title.replace(/[()]/g, '\\$&')}`),
      );
      assert.match(await page.locator('main').innerText(), /Statistics Canada Open Licence/);
      const table = page.locator('rendir-indicator-tracker table');
      assert.equal(squash(await table.locator('caption').innerText()), headline);
      const rows = await table.locator('tbody tr').allInnerTexts();
      const decimal = path.startsWith('/en/') ? '.' : ',';
      assert.deepEqual(
        rows.map(squash),
        [
          '2015 14,5',
          '2016 12,9',
          '2017 11,9',
          '2018 11,2',
          '2019 10,3',
          '2020 6,4',
          '2021 7,4',
          '2022 9,9',
          '2023 10,2',
        ].map((r) => r.replace(',', decimal)),
      );
      // One breakdown: geography always comes with a group of persons; 12 × 25 less the unpublished.
      const breakdowns = page.locator('section details');
      assert.equal(await breakdowns.count(), 1);
      assert.match(
        squash(await breakdowns.locator('summary').innerText()),
        /^Persons in low income × Geography · 261 /,
      );
      assert.equal(await breakdowns.locator('tbody tr').count(), 261);
      const alberta = squash(await breakdowns.locator('tbody tr').first().innerText());
      assert.equal(
        alberta,
        `All persons Alberta ${['9,4', '10,1', '8,5', '8,8', '7,7', '5,5', '7,8', '9,7', '8,9'].map((v) => v.replace(',', decimal)).join(' ')}`,
      );
    }
    // The indicators page leads to each series.
    await page.goto(origin + '/indicadores/');
    assert.equal(
      await page.locator('main a[href="/indicadores/mexico-indicator-1-2-1-esp/"]').count(),
      1,
    );
    await context.close();
  });

  test('a file without headline says so; a breakdown of 2,470 municipalities shows 300 and offers the download', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + '/indicadores/mexico-indicator-1-2-1-esp/');
    await openAll(page);
    assert.match(
      await page.locator('rendir-indicator-tracker').innerText(),
      /no publica una serie principal/,
    );
    const municipal = page.locator('section details', {
      hasText: 'Entidad federativa × Municipios',
    });
    assert.equal(await municipal.locator('tbody tr').count(), 300);
    assert.match(await municipal.innerText(), /Se muestran las primeras 300 de 2470 filas/);
    const href = await municipal.locator('a[download]').getAttribute('href');
    assert.equal(href, '/datos/serie-mexico-indicator-1-2-1-esp.csv');
    assert.ok(existsSync(join(out, href!.slice(1))));
    // A value not available is said, not guessed.
    assert.match(await municipal.innerText(), /N\/D/);
    await context.close();
  });

  test('an MDX page places a series by its file: the headline as fallback, the tracker over the download', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(origin + '/pobreza/');
    assert.equal(response?.status(), 200);
    const tracker = page.locator('main rendir-indicator-tracker');
    assert.equal(await tracker.count(), 1);
    assert.match((await tracker.getAttribute('src')) ?? '', /canada-indicator-1-2-1.*\.csv$/);
    const rows = await tracker.locator('table').first().locator('tbody tr').allInnerTexts();
    assert.deepEqual(rows.map(squash).slice(0, 2), ['2015 14,5', '2016 12,9']);
    await context.close();
  });

  test('each series has an embed page: its tracker alone, with the headline as fallback', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/indicadores/canada-indicator-1-2-1/');
    const code = await page.locator('textarea.embed-code').inputValue();
    assert.match(
      code,
      /<iframe src="https:\/\/series\.ejemplo\.gov\.co\/insertar\/serie-canada-indicator-1-2-1\/"/,
    );
    for (const path of [
      '/insertar/serie-canada-indicator-1-2-1/',
      '/en/embed/serie-canada-indicator-1-2-1/',
    ]) {
      const response = await page.goto(origin + path);
      assert.equal(response?.status(), 200, path);
      await page.waitForFunction(
        () =>
          document
            .querySelector('rendir-indicator-tracker')
            ?.shadowRoot?.querySelector('.sdg-breakdowns rendir-chart-frame') != null,
      );
      // The fallback's nine headline figures, and the same in the tracker's table.
      const rows = await page.locator('rendir-indicator-tracker > .table-wrap tbody tr').count();
      assert.equal(rows, 9, path);
    }
    await context.close();
  });

  for (const [path, scheme] of [
    ['/indicadores/canada-indicator-1-2-1/', 'light'],
    ['/en/indicators/mexico-indicator-1-2-1-esp/', 'dark'],
  ] as const) {
    test(`${path} (${scheme}): the tracker reads the site's download; axe clean; 320 px reflow`, async () => {
      const context = await browser.newContext({
        colorScheme: scheme,
        viewport: { width: 320, height: 800 },
      });
      await context.addInitScript({ content: axeSource });
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          document
            .querySelector('rendir-indicator-tracker')
            ?.shadowRoot?.querySelector('.sdg-breakdowns rendir-chart-frame') != null,
      );
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, 'only the tables scroll sideways, inside their regions');
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
});
