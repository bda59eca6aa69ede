// The development plan section, built from a real plan indicativo as its municipality keeps
// it (fixtures/plan/README.md): every goal on the page by eje and programa, free-text goals
// shown with their text and reason, warnings that do not stop the build but do with
// --strict, money that cannot be read withheld whole with a warning (Tenjo builds as published),
// axe clean, keyboard and 320 px reflow.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { AXE_TAGS, axeSource, launch, repoRoot, serve } from './helpers.ts';

const PLANS = join(repoRoot, 'packages/core/test/fixtures/plan-real');
const GACHANCIPA = 'gachancipa-plan-indicativo-2024-2027.csv';
const TENJO = 'tenjo-plan-indicativo-2024-2027.csv';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RENDIR_SEARCH: '0' };
const SECURITY_REPORT = `---
title: Informe del eje de seguridad
date: 2025-12-15
---

Las metas del eje de seguridad, como las muestra la página del plan.

<IndicatorTracker data="plan/${GACHANCIPA}" eje="1. Mi compromiso es Gachancipá con la seguridad" />
`;

/** The fixture folder with a real plan copied into plan/ byte for byte. */
function contentWith(root: string, plan: string): string {
  const dir = join(root, `content-${plan}`);
  cpSync(join(repoRoot, 'test/site/fixtures/plan'), dir, { recursive: true });
  mkdirSync(join(dir, 'plan'));
  copyFileSync(join(PLANS, plan), join(dir, 'plan', plan));
  return dir;
}

function rendir(...args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, 'site/bin/rendir.ts'), ...args], {
    encoding: 'utf8',
    env,
  });
}

describe('the development plan section', () => {
  let root: string;
  let content: string;
  let out: string;
  let build: ReturnType<typeof rendir>;
  let server: Server;
  let origin: string;
  let browser: Browser;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'rendir-plan-'));
    content = contentWith(root, GACHANCIPA);
    // A report that places one eje, written in other case and accents than the file.
    mkdirSync(join(content, 'reports'));
    writeFileSync(join(content, 'reports', 'seguridad.mdx'), SECURITY_REPORT);
    out = join(root, 'site');
    build = rendir('build', '--content', content, '--out', out);
    assert.equal(build.status, 0, build.stdout + build.stderr);
    ({ server, origin } = await serve(out));
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('a goal that cannot be evaluated is a warning: the build goes on, --strict stops it', () => {
    // Where the spreadsheet shows it: the row and the column letter, with the header.
    assert.match(
      build.stderr,
      /^aviso: plan\/gachancipa-plan-indicativo-2024-2027\.csv:5:16 — .* no es evaluable: «LINEA BASE \(2023\)» es texto, no un número \(columna «LINEA BASE \(2023\)»\)\. En la hoja de cálculo: fila 5, columna P\./m,
    );
    assert.doesNotMatch(build.stderr, /^error:/m);
    const check = rendir('check', '--content', content);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /212 metas del plan de desarrollo/);
    const strict = rendir('check', '--strict', '--content', content, '--lang', 'en');
    assert.equal(strict.status, 1, strict.stdout + strict.stderr);
    assert.match(strict.stderr, /^error: plan\/gachancipa.* cannot be evaluated: /m);
    assert.doesNotMatch(strict.stderr, /^warning:/m);
    assert.match(strict.stderr, /^30 error\(s\) and 0 warning\(s\)\.$/m);
  });

  test('every goal of the file is on the page, in both languages, and the menu leads there', async () => {
    const page = await browser.newPage();
    for (const [path, count] of [
      ['/plan-de-desarrollo/', '212 metas de producto'],
      ['/en/development-plan/', '212 product goals'],
    ]) {
      const response = await page.goto(origin + path);
      assert.equal(response?.status(), 200, path);
      assert.equal(await page.locator('tr[data-goal]').count(), 212, path);
      assert.equal(await page.locator('details.plan-eje').count(), 10, `${path}: ten ejes`);
      assert.equal(await page.locator('section.plan h2').first().innerText(), count);
      assert.match(
        await page.locator('.plan-total').innerText(),
        /no trae fila de total|has no total row/,
      );
    }
    await page.goto(origin + '/');
    await page.locator('nav a', { hasText: 'Plan de desarrollo' }).first().click();
    assert.equal(new URL(page.url()).pathname, '/plan-de-desarrollo/');
    // The transparency section links the plan; the budget, which this site has not, is text.
    await page.goto(origin + '/transparencia/');
    const items = page.locator('main li');
    assert.equal(
      await items.filter({ hasText: 'Plan de desarrollo' }).locator('a').getAttribute('href'),
      '/plan-de-desarrollo/',
    );
    assert.equal(await items.filter({ hasText: 'Presupuesto' }).locator('a').count(), 0);
    await page.close();
  });

  test('a free-text goal shows its text and the reason; statuses are words', async () => {
    const page = await browser.newPage();
    await page.goto(origin + '/plan-de-desarrollo/');
    const row = page.locator('tr[data-goal]', {
      hasText: 'Mejorar en un 70% el centro de monitoreo',
    });
    const text = ((await row.textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(text, /No evaluable/);
    assert.match(
      text,
      /«LINEA BASE \(2023\)» dice «10% \(6\.4 km fibra optica\) \(19 camaras\)»: es texto, no un número\./,
    );
    assert.equal(await page.locator('[data-not-evaluable]').count(), 22);
    // Every status has its word beside its icon: none is colour alone.
    const statuses = await page.locator('td .status').allTextContents();
    assert.ok(statuses.length >= 212);
    assert.ok(
      statuses.every((s) => /\p{L}{3,}/u.test(s)),
      'a word in every status',
    );
    await page.close();
  });

  test('the plan is offered as CSV, as the file was read', async () => {
    const page = await browser.newPage();
    await page.goto(origin + '/plan-de-desarrollo/');
    const href = await page
      .locator('a', { hasText: 'Descargar el plan (CSV)' })
      .getAttribute('href');
    assert.equal(href, '/datos/plan-gachancipa-plan-indicativo-2024-2027.csv');
    const csv = readFileSync(join(out, href!.slice(1)), 'utf8');
    assert.ok(csv.startsWith('\uFEFF'));
    assert.match(csv, /META DE PRODUCTO/);
    assert.match(csv, /Incrementar a 17 el número de efectivos de la Policía/);
    await page.close();
  });

  test('a report places one eje as the plan page shows it; the plan page offers the whole plan and each eje to embed', async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    const fallback = async (path: string, where: string) => {
      await page.goto(origin + path);
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details.plan-eje'))
          (d as HTMLDetailsElement).open = true;
      });
      return page.locator(where).first().innerText();
    };
    const onPlanPage = await fallback(
      '/plan-de-desarrollo/',
      'details.plan-eje rendir-indicator-tracker',
    );
    const codes = await page
      .locator('textarea.embed-code')
      .evaluateAll((all) => all.map((t) => (t as HTMLTextAreaElement).value));
    const whole = 'https://plan.ejemplo.gov.co/insertar/plan-gachancipa-plan-indicativo-2024-2027/';
    assert.ok(codes[0].includes(`src="${whole}"`), codes[0]);
    assert.equal(codes.length, 11, 'the whole plan and its ten ejes');
    const inReport = await fallback('/informes/seguridad/', 'main rendir-indicator-tracker');
    assert.match(inReport, /Incrementar a 17 el número de efectivos de la Policía/);
    assert.equal(inReport, onPlanPage, "the report's eje is the plan page's, figure for figure");
    assert.equal(await page.locator('main tr[data-goal]').count(), 13);
    const embed = await page.locator('textarea.embed-code').inputValue();
    assert.match(
      embed,
      /\/insertar\/plan-gachancipa-plan-indicativo-2024-2027-eje-1-mi-compromiso-/,
    );

    // The whole plan's embed page: every eje's goals without JavaScript, the tracker over them.
    await page.goto(whole.replace('https://plan.ejemplo.gov.co', origin));
    assert.equal(await page.locator('tr[data-goal]').count(), 212);
    assert.equal(await page.locator('table.plan-goals').count(), 10, 'one table per eje');
    // Its tag says it is a whole plan: before the script runs the page keeps a screen for it
    // (56rem), not a set summary's 20rem, so nothing in view moves when it is drawn.
    const tracker = page.locator('rendir-indicator-tracker');
    assert.equal(await tracker.getAttribute('plan'), '');
    assert.equal(await tracker.evaluate((el) => getComputedStyle(el).minHeight), '896px');
    assert.equal(
      await page.title(),
      'Plan de desarrollo — Alcaldía de Gachancipá (prueba del plan de desarrollo)',
    );
    await off.close();
    const on = await browser.newPage();
    await on.goto(whole.replace('https://plan.ejemplo.gov.co', origin));
    await on.waitForFunction(
      () =>
        document
          .querySelector('rendir-indicator-tracker')
          ?.shadowRoot?.querySelectorAll('.plan-goal').length === 212,
    );
    await on.close();
  });

  test('an eje the plan does not have stops the check at the tag, with «¿Quiso decir…?»', () => {
    const wrong = join(root, 'content-wrong-eje');
    cpSync(content, wrong, { recursive: true });
    const report = join(wrong, 'reports', 'seguridad.mdx');
    writeFileSync(
      report,
      readFileSync(report, 'utf8').replace('con la seguridad"', 'con la seguridá"'),
    );
    const check = rendir('check', '--content', wrong);
    assert.equal(check.status, 1, check.stdout + check.stderr);
    assert.match(
      check.stderr,
      /^error: reports\/seguridad\.mdx:8:1 — «eje="1\. Mi compromiso [^»]*» El plan «plan\/gachancipa-plan-indicativo-2024-2027\.csv» no tiene el eje «1\. Mi compromiso es Gachancipá con la seguridá»\. ¿Quiso decir «1\. MI COMPROMISO ES GACHANCIPA CON LA SEGURIDAD»\?/m,
    );
  });

  for (const [path, scheme] of [
    ['/plan-de-desarrollo/', 'light'],
    ['/en/development-plan/', 'dark'],
  ] as const) {
    test(`${path} (${scheme}) with every eje open passes axe, and reflows at 320 px`, async () => {
      const context = await browser.newContext({
        colorScheme: scheme,
        viewport: { width: 320, height: 800 },
      });
      await context.addInitScript({ content: axeSource });
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'load' });
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, 'only the tables scroll sideways, inside their regions');
      const result = (await page.evaluate(
        (tags) =>
          (
            window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }
          ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        AXE_TAGS,
      )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
      assert.deepEqual(
        result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        ),
        [],
      );
      await context.close();
    });
  }

  test('an eje opens from the keyboard, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + '/plan-de-desarrollo/');
    const first = page.locator('details.plan-eje').first();
    assert.equal(await first.evaluate((d) => (d as HTMLDetailsElement).open), false);
    await first.locator(':scope > summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await first.evaluate((d) => (d as HTMLDetailsElement).open), true);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('details') !== null);
    assert.ok(focused, 'the next tab stop is inside the open eje (its table region)');
    await context.close();
  });

  test('Tenjo builds as published: its percentage-formatted money column withheld with a warning, all 331 goals on the page', async () => {
    const tenjo = contentWith(root, TENJO);
    const site = join(root, 'tenjo-site');
    const built = rendir('build', '--content', tenjo, '--out', site);
    assert.equal(built.status, 0, built.stdout + built.stderr);
    // One warning for the column, where the spreadsheet shows it: row, column letter, header.
    assert.match(
      built.stderr,
      /^aviso: plan\/tenjo[^\n]*» 324 cifras de dinero[^\n]*formato de porcentaje[^\n]*\(columna «2025 PLAN FINANCIERO PDM»\)\. En la hoja de cálculo: fila 2, columna CA\./m,
    );
    assert.doesNotMatch(built.stderr, /^error:/m);
    const strict = rendir('check', '--strict', '--content', tenjo);
    assert.equal(strict.status, 1, 'with --strict the withheld money stops the build');

    const { server: host, origin: at } = await serve(site);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(at + '/plan-de-desarrollo/');
      assert.equal(await page.locator('tr[data-goal]').count(), 331);
      assert.equal(await page.locator('details.plan-eje').count(), 5);
      const facts = await page.locator('.plan-facts [data-withheld="percent_format"]').innerText();
      assert.match(
        facts,
        /\(2025\): no se puede leer: la columna «2025 PLAN FINANCIERO PDM» \(columna CA/,
      );
      // The eje's 2025 financial plan is not a partial sum: it says why it is not shown.
      const eje = page.locator('details.plan-eje').first();
      const row = eje.locator('table.plan-money tr', { hasText: 'Plan financiero' }).filter({
        hasText: '2025',
      });
      assert.match((await row.textContent()) ?? '', /no se puede leer/);
      assert.equal(await row.locator('td.num').count(), 0, 'no figure for it');
      // Its total row is still checked, never added.
      assert.equal(await page.locator('.plan-total').getAttribute('data-total'), 'checked');
      // The whole plan, each eje and each goal (its code is its name there) have an embed page.
      const embeds = readdirSync(join(site, 'insertar')).filter((n) => n.startsWith('plan-tenjo'));
      assert.ok(embeds.includes('plan-tenjo-plan-indicativo-2024-2027'), 'the whole plan');
      assert.equal(embeds.filter((n) => n.includes('-eje-')).length, 5);
      assert.equal(embeds.filter((n) => n.includes('-meta-')).length, 331);
    } finally {
      await context.close();
      host.close();
    }
  });
});
