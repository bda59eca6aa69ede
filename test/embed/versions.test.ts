/**
 * Versioned embeds: iframes pinned to a dated copy of the content (versiones/2025-06-30/,
 * made with `rendir snapshot`) on a CMS page of another origin. The copy stands for the
 * publication of 30 June 2025, before the example's indicator values (indicators/values.csv)
 * were published: the example's files, byte for byte, without that one. A pinned indicator
 * embed shows the copy's data and says that newer data exist, with a link to the current
 * page; a pinned budget embed, whose file has not changed, says only its date.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Frame } from 'playwright-core';
import { AXE_TAGS, axeSource, fileFor, repoRoot, serve as serveSite } from '../site/helpers.ts';
import { launch, serve, watchErrors, type StaticServer } from './support.ts';

const DATE = '2025-06-30';
const rendir = join(repoRoot, 'site/bin/rendir.ts');
let work: string;
let content: string;
let site: { server: Server; origin: string };
let host: StaticServer;
let browser: Browser;

function run(...args: string[]) {
  return runWith({}, ...args);
}

function runWith(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, [rendir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RENDIR_SEARCH: '0', ...env },
  });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'rendir-versions-'));
  content = join(work, 'content');
  cpSync(join(repoRoot, 'content'), content, { recursive: true });
  const snapshot = run('snapshot', '--content', content, '--date', DATE);
  assert.equal(snapshot.status, 0, snapshot.stdout + snapshot.stderr);
  const copy = join(content, 'versiones', DATE);
  // The publication of that day had no indicator values yet.
  rmSync(join(copy, 'indicators', 'values.csv'));
  rmSync(join(copy, 'indicators', 'values.csv.yaml'));
  const build = run('build', '--content', content, '--out', join(work, 'site'));
  assert.equal(build.status, 0, build.stdout + build.stderr);
  assert.match(build.stdout, new RegExp(`Versión del ${DATE}`));
  site = await serveSite(join(work, 'site'));
  host = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await new Promise((done) => site?.server.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The frame's widget once it has drawn its data (no loading or error state left). */
async function rendered(frame: Frame, tag: string): Promise<void> {
  await frame.waitForFunction((name) => {
    const el = document.querySelector(name);
    return !!el?.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[data-state]');
  }, tag);
}

describe('an embed pinned to a publication date', () => {
  it('rendir snapshot keeps a dated copy once, and refuses a date that is not one', () => {
    const copy = join(content, 'versiones', DATE);
    for (const file of ['site.yaml', 'budget/presupuesto-2025.csv', 'media/logo.svg'])
      assert.ok(existsSync(join(copy, file)), `${file} is in the copy`);
    assert.ok(!existsSync(join(copy, 'versiones')), 'the copy holds no copies');
    const again = run('snapshot', '--content', content, '--date', DATE);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /ya existe/);
    // `rendir check` checks the copy too, under its own name.
    const check = run('check', '--content', content);
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.match(
      check.stdout,
      new RegExp(`Copia fechada versiones/${DATE}:\\nContenido sin errores`),
    );
    const bad = run('snapshot', '--content', content, '--date', '2025-02-30', '--lang', 'en');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /is not a date YYYY-MM-DD/);
  });

  it('shows its day’s data and says when newer data are published, in a CMS page', async () => {
    const pinned = `${site.origin}/versiones/${DATE}`;
    const frames = [
      ['es', `${pinned}/insertar/indicadores/`],
      ['en', `${pinned}/en/embed/indicador-ej-conjuntos-publicados/`],
      ['es', `${pinned}/insertar/presupuesto-presupuesto-2025/`],
    ];
    host.page(
      '/cms.html',
      '<!doctype html><html lang="es"><head><meta charset="utf-8"><title>CMS</title></head><body>' +
        frames
          .map(
            ([, src], i) =>
              `<iframe src="${src}" title="Widget ${i}" style="width:100%;height:480px;border:0"></iframe>`,
          )
          .join('') +
        `<script src="${site.origin}/rendir/embed-host.js" defer></script></body></html>`,
      { 'Content-Security-Policy': `script-src ${site.origin}; object-src 'none'` },
    );
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${host.origin}/cms.html`);
    const frameAt = async (src: string) => {
      const element = await page.waitForSelector(`iframe[src="${src}"]`);
      const frame = (await element.contentFrame())!;
      await frame.waitForLoadState('load');
      return frame;
    };

    const indicators = await frameAt(frames[0][1]);
    await rendered(indicators, 'rendir-indicator-tracker');
    const note = indicators.locator('.embed-version');
    assert.equal(
      (await note.textContent())?.replace(/\s+/g, ' ').trim(),
      'Datos publicados el 30 de junio de 2025. Hay datos más recientes. Ver la versión actual',
    );
    assert.equal(await note.getAttribute('role'), 'note');
    const link = note.locator('a');
    assert.equal(await link.getAttribute('href'), '/insertar/indicadores/');
    assert.equal(await link.getAttribute('target'), '_top');
    // The copy's data: read from the copy's own files, without the values published since.
    const tracker = indicators.locator('rendir-indicator-tracker');
    assert.equal(await tracker.getAttribute('src'), `/versiones/${DATE}/datos/indicadores.json`);
    assert.equal(
      await indicators
        .locator('tr[data-indicator="ej-conjuntos-publicados"] td.num')
        .nth(1)
        .textContent(),
      'Sin dato',
    );

    const english = await frameAt(frames[1][1]);
    await rendered(english, 'rendir-indicator-tracker');
    assert.equal(
      (await english.locator('.embed-version').textContent())?.replace(/\s+/g, ' ').trim(),
      'Data as published on June 30, 2025. Newer data are available. See the current version',
    );
    assert.equal(
      await english.locator('.embed-version a').getAttribute('href'),
      '/en/embed/indicador-ej-conjuntos-publicados/',
    );

    const budget = await frameAt(frames[2][1]);
    await rendered(budget, 'rendir-budget-viewer');
    assert.equal(
      (await budget.locator('.embed-version').textContent())?.trim(),
      'Datos publicados el 30 de junio de 2025.',
      'the budget file has not changed: no newer data',
    );
    assert.equal(await budget.locator('.embed-version a').count(), 0);
    assert.deepEqual(errors, []);

    // The link opens the current page in place of the CMS page, where the values are.
    await Promise.all([page.waitForURL(`${site.origin}/insertar/indicadores/`), link.click()]);
    assert.equal(await page.locator('.embed-version').count(), 0);
    assert.notEqual(
      await page
        .locator('tr[data-indicator="ej-conjuntos-publicados"] td.num')
        .nth(1)
        .textContent(),
      'Sin dato',
    );
    await context.close();
  });

  it('under a sub-path (GitHub project pages), the copy lives under the site’s base', () => {
    const out = join(work, 'site-under-repo');
    const build = runWith({ RENDIR_BASE: '/repo/' }, 'build', '--content', content, '--out', out);
    assert.equal(build.status, 0, build.stdout + build.stderr);
    const html = readFileSync(
      join(out, 'versiones', DATE, 'insertar', 'indicadores', 'index.html'),
      'utf8',
    );
    // Its data and scripts from the copy, its links to the current site, all under /repo/.
    const addresses = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
    assert.ok(addresses.includes(`/repo/versiones/${DATE}/datos/indicadores.json`));
    assert.ok(addresses.includes('/repo/insertar/indicadores/'), 'the current page');
    assert.ok(addresses.includes('/repo/indicadores/ej-conjuntos-publicados/'));
    const missing = addresses.filter((a) => !a.startsWith('/repo/') || !fileFor(out, a.slice(5)));
    assert.deepEqual(missing, [], 'every address is a file of the built site under /repo/');
  });

  it('the pinned page with its notice passes axe (WCAG 2.2 AA)', async () => {
    // axe is injected as a script: the site's CSP would refuse it, so this page goes without.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.origin}/versiones/${DATE}/insertar/indicadores/`);
    await rendered(page.mainFrame(), 'rendir-indicator-tracker');
    await page.addScriptTag({ content: axeSource });
    const result = (await page.evaluate(
      (tags) =>
        (
          window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }
        ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
      AXE_TAGS,
    )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
    assert.deepEqual(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
    await context.close();
  });
});
