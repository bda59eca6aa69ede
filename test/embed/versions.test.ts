/**
 * Versioned embeds: iframes pinned to a dated copy of the content (versiones/2025-06-30/,
 * made with `rendir snapshot`) on a CMS page of another origin. The copy stands for the
 * publication of 30 June 2025, before the example's indicator values (indicators/values.csv)
 * were published: the example's files, byte for byte, without that one. A pinned indicator
 * embed shows the copy's data and says that newer data exist, with a link to the current
 * page; a pinned budget embed, whose file has not changed, says only its date. Since that
 * day the entity has withdrawn one indicator (ej-participantes-presupuestos): the pinned
 * pages that name it keep its name, but no link to its page, which the site no longer has.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Frame } from 'playwright-core';
import { AXE_TAGS, axeSource, fileFor, repoRoot, serve as serveSite } from '../site/helpers.ts';
import { launch, serve, watchErrors, type StaticServer } from './support.ts';

const DATE = '2025-06-30';
const WITHDRAWN = 'ej-participantes-presupuestos';
/** An older copy, kept when `rendir snapshot` also kept widget code in the content folder. */
const OLDER = '2025-03-31';
/** What that code would mark a page with, were it ever served. */
const MARK = 'from-content';
const rendir = join(repoRoot, 'site/bin/rendir.ts');
let work: string;
let content: string;
let site: { server: Server; origin: string };
let host: StaticServer;
let browser: Browser;
let buildOutput: string;

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
  const older = run('snapshot', '--content', content, '--date', OLDER);
  assert.equal(older.status, 0, older.stdout + older.stderr);
  assert.ok(!existsSync(join(content, 'versiones', 'widgets')), 'snapshot keeps no code');
  // The store the previous `rendir snapshot` wrote: JavaScript in the content folder, which is
  // untrusted text. Today's bundles with one line more in embed-frame.js, named for the copy.
  const store = join(content, 'versiones', 'widgets');
  const set = join(store, '0123456789abcdef');
  cpSync(join(repoRoot, 'packages/components/dist/bundle'), set, { recursive: true });
  appendFileSync(
    join(set, 'embed-frame.js'),
    `\ndocument.documentElement.dataset.rendirBundle = '${MARK}';\n`,
  );
  writeFileSync(join(store, `${OLDER}.txt`), '0123456789abcdef\n');
  const copy = join(content, 'versiones', DATE);
  // The publication of that day had no indicator values yet.
  rmSync(join(copy, 'indicators', 'values.csv'));
  rmSync(join(copy, 'indicators', 'values.csv.yaml'));
  // Withdrawn since: its rows leave the current indicators and values.
  for (const file of ['indicators.csv', 'values.csv']) {
    const path = join(content, 'indicators', file);
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, lines.filter((line) => !line.startsWith(`${WITHDRAWN};`)).join('\n'));
  }
  const build = run('build', '--content', content, '--out', join(work, 'site'));
  assert.equal(build.status, 0, build.stdout + build.stderr);
  assert.match(build.stdout, new RegExp(`Versión del ${DATE}`));
  buildOutput = build.stdout + build.stderr;
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
    // The widget code an earlier snapshot kept in content: ignored, said so, not a failure.
    assert.match(check.stderr, /se ignora .*widgets.*Puede borrar esa carpeta/);
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

  it('the «Insertar» box offers the pinned code beside the current one, by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.origin}/indicadores/`);
    const box = page.locator('details.embed', { has: page.locator('#embed-indicadores') });
    await box.locator('summary').focus();
    await page.keyboard.press('Enter');
    const latest = box.getByRole('textbox', { name: 'Código siempre con lo más reciente' });
    const pinned = box.getByRole('textbox', {
      name: `Código fijo a la publicación del 30 de junio de 2025`,
    });
    const site_ = 'https://transparencia.ejemplo.gov.co';
    for (const [field, address] of [
      [latest, `${site_}/insertar/indicadores/`],
      [pinned, `${site_}/versiones/${DATE}/insertar/indicadores/`],
    ] as const) {
      const code = await field.inputValue();
      assert.ok(code.startsWith(`<iframe src="${address}" `), code);
      // An iframe and one script file: nothing a CMS that strips inline scripts loses.
      assert.deepEqual(
        [...code.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)].map((m) => m[2]),
        [''],
      );
      assert.match(code, /<script src="[^"]+\/rendir\/embed-host\.js" defer><\/script>$/);
    }
    // Screen readers hear what "pinned" means with the field.
    const described = await pinned.getAttribute('aria-describedby');
    assert.match(
      (await page.locator(`#${described}`).textContent()) ?? '',
      /Muestra los datos publicados ese día/,
    );
    // Keyboard: Tab reaches the pinned code's own copy button, and Enter copies that code.
    const copyPinned = box.getByRole('button', { name: /^Copiar: Código fijo/ });
    for (let i = 0; i < 6 && !(await copyPinned.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await box.locator('.embed-status', { hasText: 'Copiado' }).waitFor();
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      await pinned.inputValue(),
    );

    // Pasted into a CMS page of another origin that allows no inline script: the pinned frame.
    const pasted = (await pinned.inputValue()).replaceAll(site_, site.origin);
    host.page(
      '/cms-pinned.html',
      `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>CMS</title></head><body>${pasted}</body></html>`,
      { 'Content-Security-Policy': `script-src ${site.origin}; object-src 'none'` },
    );
    await page.goto(`${host.origin}/cms-pinned.html`);
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await rendered(frame, 'rendir-indicator-tracker');
    assert.match(
      (await frame.locator('.embed-version').textContent()) ?? '',
      /30 de junio de 2025/,
    );
    const inner = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    await page.waitForFunction(
      (h) => document.querySelector('iframe')!.getBoundingClientRect().height === h,
      inner,
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the plan page offers the whole plan and each eje pinned, beside the current code', () => {
    const out = join(work, 'site');
    const plan = readFileSync(join(out, 'plan-de-desarrollo', 'index.html'), 'utf8');
    const whole = 'insertar/plan-gachancipa-plan-indicativo-2024-2027/';
    const site_ = 'https://transparencia.ejemplo.gov.co';
    assert.ok(plan.includes(`${site_}/${whole}`), 'the whole plan, latest');
    assert.ok(plan.includes(`${site_}/versiones/${DATE}/${whole}`), 'the whole plan, pinned');
    assert.ok(
      plan.includes(
        `${site_}/versiones/${DATE}/insertar/plan-gachancipa-plan-indicativo-2024-2027-eje-1-`,
      ),
      'an eje, pinned',
    );
    // The copy's page says its date; its plan file is the current one, so nothing newer.
    const copy = readFileSync(join(out, 'versiones', DATE, whole, 'index.html'), 'utf8');
    assert.match(copy, /Datos publicados el 30 de junio de 2025\./);
    assert.doesNotMatch(copy, /Hay datos más recientes/);
  });

  it('links no page the site has removed since: the name stays, as text', () => {
    const out = join(work, 'site');
    assert.match(buildOutput, new RegExp(`Versión del ${DATE}: \\d+ enlace\\(s\\) a páginas`));
    assert.equal(fileFor(out, `/indicadores/${WITHDRAWN}/`), undefined, 'withdrawn page');
    const all = readFileSync(
      join(out, 'versiones', DATE, 'insertar', 'indicadores', 'index.html'),
      'utf8',
    );
    assert.ok(!all.includes(`/indicadores/${WITHDRAWN}/`), 'no link to the withdrawn page');
    assert.match(all, /Personas que votaron en presupuestos participativos/);
    assert.match(all, /href="\/indicadores\/ej-tiempo-respuesta\/"/, 'the others keep theirs');
    // Its own pinned page still works, and sends readers to the current site's home.
    const own = readFileSync(
      join(out, 'versiones', DATE, 'insertar', `indicador-${WITHDRAWN}`, 'index.html'),
      'utf8',
    );
    assert.ok(!own.includes(`/indicadores/${WITHDRAWN}/`));
    assert.match(own, /<a href="\/" target="_top">Ver en el sitio/);
  });

  it('every address of every pinned page is a file of the built site', () => {
    const out = join(work, 'site');
    const pinned = join(out, 'versiones', DATE);
    const pages = readdirSync(pinned, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('index.html'),
    );
    assert.ok(pages.length > 20, `only ${pages.length} pinned pages`);
    const missing: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(pinned, page), 'utf8');
      for (const [, address] of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g))
        if (
          !address.startsWith('//') &&
          !fileFor(out, address.replace(/[?#].*$/, '').replace(/&amp;/g, '&'))
        )
          missing.push(`${page} → ${address}`);
    }
    assert.deepEqual(missing, []);
  });

  it('a copy publishes its embed pages only: robots.txt, the catalogue, the feeds and the sitemap are the site’s, once', () => {
    const out = join(work, 'site');
    const siteWide = /(^|\/)(robots\.txt|catalog\.json|rss\.xml|sitemap[^/]*\.xml)$/;
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
    for (const date of [DATE, OLDER]) {
      const copy = files(join(out, 'versiones', date));
      assert.deepEqual(
        copy.filter((f) => siteWide.test(f)),
        [],
      );
      const pages = copy.filter((f) => f.endsWith('.html'));
      assert.deepEqual(
        pages.filter((f) => !/^(insertar|en\/embed)\//.test(f)),
        [],
      );
    }
    const root = files(out).filter((f) => siteWide.test(f) && !f.startsWith('versiones/'));
    for (const file of [
      'robots.txt',
      'catalog.json',
      'sitemap-index.xml',
      'informes/rss.xml',
      'en/reports/rss.xml',
    ])
      assert.ok(root.includes(file), `${file} in ${root.join(', ')}`);
  });

  it('a pinned page loads the site’s current bundles; no script from content is published', async () => {
    const out = join(work, 'site');
    // The old store is ignored, with a warning that says so and that it can go.
    assert.match(buildOutput, /se ignora .*versiones[/\\]widgets.*nunca publica código/);
    assert.ok(!existsSync(join(out, 'versiones', 'widgets')), 'the store is not published');
    for (const date of [DATE, OLDER])
      assert.ok(!existsSync(join(out, 'versiones', date, 'rendir')), 'no copy of the bundles');
    const published = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.m?js$/.test(f),
    );
    const marked = published.filter((f) => readFileSync(join(out, f), 'utf8').includes(MARK));
    assert.deepEqual(marked, [], 'no script of the content folder anywhere in the site');
    for (const date of [DATE, OLDER]) {
      const html = readFileSync(
        join(out, 'versiones', date, 'insertar', 'indicadores', 'index.html'),
        'utf8',
      );
      const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]);
      assert.ok(scripts.includes('/rendir/embed-frame.js'), `${date}: ${scripts.join(' ')}`);
      assert.deepEqual(
        scripts.filter((src) => !src.startsWith('/rendir/')),
        [],
        'only the site’s bundles',
      );
    }
    // In the browser: every script either page loads is the site's, and its widget draws.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') loaded.push(new URL(request.url()).pathname);
    });
    for (const date of [OLDER, DATE]) {
      await page.goto(`${site.origin}/versiones/${date}/insertar/indicadores/`);
      await rendered(page.mainFrame(), 'rendir-indicator-tracker');
      await page.waitForFunction(() => document.readyState === 'complete');
      assert.equal(
        await page.evaluate(() => document.documentElement.dataset.rendirBundle),
        undefined,
      );
    }
    assert.ok(loaded.length > 0);
    assert.deepEqual(
      loaded.filter((path) => !path.startsWith('/rendir/')),
      [],
      'scripts only from /rendir/',
    );
    assert.deepEqual(errors, []);
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
    // Its data from the copy, its scripts and links from the current site, all under /repo/.
    const addresses = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
    assert.ok(addresses.includes(`/repo/versiones/${DATE}/datos/indicadores.json`));
    assert.ok(addresses.includes('/repo/insertar/indicadores/'), 'the current page');
    assert.ok(addresses.includes('/repo/indicadores/ej-conjuntos-publicados/'));
    assert.ok(addresses.includes('/repo/rendir/embed-frame.js'), 'the site’s own bundles');
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
