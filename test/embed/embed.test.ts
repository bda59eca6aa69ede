/**
 * Embedding as a CMS page does it, in Chromium: plain HTML with one module script and
 * one tag, a strict CSP, the script twice, hostile host CSS, the autoloader, reserved
 * height before the script runs, and an iframe embed that resizes itself across origins.
 * The bundles are those `npm run build` made (packages/components/dist/bundle/).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { discoverTags } from '../../packages/components/scripts/bundle.ts';
import {
  builtBundles,
  launch,
  PATIENCE_MS,
  serve,
  watchErrors,
  type StaticServer,
} from './support.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// The widget used: the indicator tracker reads inline CSV, so the pages need no fetch.
const TAG = 'rendir-indicator-tracker';
const NAME = 'Tiempo promedio de respuesta a peticiones';
const widget = (attributes = '') => `<${TAG} lang="es"${attributes}>
  <script type="text/csv">
    Pilar;Medición;Tendencia;Unidad;2020;2021;2023;2026 (meta)
    Servicio a la ciudadanía;${NAME};reducción;días;30;27;19;15
  </script>
</${TAG}>`;

const page = (head: string, body: string) =>
  `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Rendir embed test</title>${head}</head><body>${body}</body></html>`;

// The CSP a careful CMS sends: scripts only from its own origin, no inline scripts, no eval.
const strictCsp = "script-src 'self'; object-src 'none'; base-uri 'none'";

let tags: string[];
let server: StaticServer;
let other: StaticServer;
let browser: Browser;

before(async () => {
  tags = await discoverTags();
  server = await serve(builtBundles());
  other = await serve(builtBundles());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

/** Opens `path`, waits for the widget to render its data, returns the page and its errors. */
async function open(origin: string, path: string) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors = watchErrors(p);
  await p.goto(origin + path);
  return { page: p, errors, context };
}

async function rendered(p: import('playwright-core').Page, selector = TAG) {
  await p.waitForFunction(
    ([sel, name]) => {
      const el = document.querySelector(sel);
      return !!el?.shadowRoot && (el.shadowRoot.textContent ?? '').includes(name);
    },
    [selector, NAME] as const,
    { timeout: PATIENCE_MS },
  );
}

describe('embedding with a script tag', () => {
  it('the widget bundle exists for the tag used here', () => {
    assert.ok(tags.includes(TAG), `no src/define/${TAG}.ts`);
  });

  it('works on a plain HTML page with one module script and one tag', async () => {
    server.page(
      '/plain.html',
      page(`<script type="module" src="/bundle/${TAG}.js"></script>`, widget()),
    );
    const { page: p, errors, context } = await open(server.origin, '/plain.html');
    await rendered(p);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fetches the words of a problem only on a page with a problem to tell', async () => {
    const problemChunks = (p: import('playwright-core').Page) => {
      const asked: string[] = [];
      p.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/bundle/lazy/problem-text-')) asked.push(path);
      });
      return asked;
    };
    const script = `<script type="module" src="/bundle/${TAG}.js"></script>`;
    server.page('/no-problem.html', page(script, widget()));
    const context = await browser.newContext();
    const good = await context.newPage();
    const goodAsked = problemChunks(good);
    await good.goto(server.origin + '/no-problem.html');
    await rendered(good);
    assert.deepEqual(goodAsked, []);
    // The indicator's name column is missing: the error state names the file and its place.
    server.page(
      '/problem.html',
      page(
        script,
        `<${TAG} lang="es"><script type="text/csv">
    Pilar;Tendencia;Unidad;2020;2026 (meta)
    Servicio a la ciudadanía;reducción;días;30;15
  </script></${TAG}>`,
      ),
    );
    const bad = await context.newPage();
    const badAsked = problemChunks(bad);
    await bad.goto(server.origin + '/problem.html');
    const where = await bad.waitForFunction(
      (sel) =>
        document.querySelector(sel)?.shadowRoot?.querySelector('[data-state="error"] .where')
          ?.textContent || false,
      TAG,
      { timeout: PATIENCE_MS },
    );
    assert.match(String(await where.jsonValue()), /fila 1/);
    assert.equal(badAsked.length, 1, badAsked.join());
    await context.close();
  });

  it(`works under a strict CSP (${strictCsp})`, async () => {
    server.page(
      '/csp.html',
      page(`<script type="module" src="/bundle/${TAG}.js"></script>`, widget()),
      {
        'Content-Security-Policy': strictCsp,
      },
    );
    const { page: p, errors, context } = await open(server.origin, '/csp.html');
    await rendered(p);
    assert.deepEqual(errors, [], 'no CSP violations or errors');
    await context.close();
  });

  it('works when the script is loaded twice, and with rendir-all and the autoloader too', async () => {
    server.page(
      '/twice.html',
      page(
        `<script type="module" src="/bundle/${TAG}.js"></script>
         <script type="module" src="/bundle/${TAG}.js?copy=2"></script>
         <script type="module" src="/bundle/rendir-all.js"></script>
         <script type="module" src="/bundle/autoloader.js"></script>`,
        widget(),
      ),
    );
    const { page: p, errors, context } = await open(server.origin, '/twice.html');
    await rendered(p);
    // Every script on the page has run by its load event: a second definition would have thrown.
    await p.waitForLoadState('load');
    assert.deepEqual(errors, []);
    assert.equal(await p.locator(TAG).count(), 1);
    await context.close();
  });

  it('keeps host CSS out of the shadow root', async () => {
    const hostile = `
      div, p, span, section, article, ul, li, table, tr, td, th, h1, h2, h3, h4, button, svg, figure {
        border: 9px solid rgb(255, 0, 0) !important; background: rgb(255, 0, 0) !important;
        text-transform: uppercase !important; padding: 50px !important;
      }
      .card, .summary, .title, .status, [role=status], [role=img] { display: none !important; }`;
    server.page('/hostile.css', hostile);
    server.page(
      '/leak.html',
      page(
        `<link rel="stylesheet" href="/hostile.css"><script type="module" src="/bundle/${TAG}.js"></script>`,
        widget(),
      ),
    );
    const { page: p, errors, context } = await open(server.origin, '/leak.html');
    await rendered(p);
    const leaks = await p.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const found: string[] = [];
      for (const el of root.querySelectorAll('*')) {
        const s = getComputedStyle(el);
        if (
          s.borderTopWidth === '9px' ||
          s.backgroundColor === 'rgb(255, 0, 0)' ||
          s.paddingTop === '50px'
        ) {
          found.push(el.localName + (el.className ? `.${el.className}` : ''));
        }
      }
      return found;
    }, TAG);
    assert.deepEqual(leaks, []);
    // The host page's own elements did get the rules (the test CSS works).
    const hostBorder = await p.evaluate(
      () =>
        getComputedStyle(document.body.appendChild(document.createElement('div'))).borderTopWidth,
    );
    assert.equal(hostBorder, '9px');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reserves the height of a tag before its script runs (rendir.css)', async () => {
    server.page(
      '/reserved.html',
      page('<link rel="stylesheet" href="/bundle/rendir.css">', `<${TAG}></${TAG}>`),
    );
    const { page: p, context } = await open(server.origin, '/reserved.html');
    const height = await p.evaluate(
      (tag) => document.querySelector(tag)!.getBoundingClientRect().height,
      TAG,
    );
    assert.ok(height >= 200, `reserved ${height}px`);
    await context.close();
  });

  it('the autoloader loads only the tags on the page, including ones added later', async () => {
    server.page(
      '/auto.html',
      page('<script type="module" src="/bundle/autoloader.js"></script>', widget()),
    );
    const context = await browser.newContext();
    const p = await context.newPage();
    const errors = watchErrors(p);
    const requested: string[] = [];
    p.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await p.goto(server.origin + '/auto.html');
    await rendered(p);
    const others = tags.filter((t) => t !== TAG && !t.startsWith('rendir-commitment'));
    for (const t of others) {
      assert.equal(
        await p.evaluate((name) => !!customElements.get(name), t),
        false,
        `${t} was defined`,
      );
      assert.ok(!requested.some((r) => r.includes(`/chunks/${t}-`)), `${t} chunk was requested`);
    }
    assert.ok(requested.some((r) => r.includes(`/chunks/${TAG}-`)));
    if (others.length > 0) {
      const late = others[0];
      await p.evaluate((name) => document.body.append(document.createElement(name)), late);
      await p.waitForFunction((name) => !!customElements.get(name), late, { timeout: PATIENCE_MS });
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('every widget under the strictest CSP', () => {
  // Nothing inline at all: no inline script, no inline style attribute, no eval, no blob.
  const strictest =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
  const files = {
    '/data/presupuesto.csv': 'content/budget/presupuesto-2025.csv',
    '/data/indicadores.csv': 'content/indicators/bogota-gobierno-abierto.csv',
    '/data/compromisos.csv': 'content/commitments/commitments.csv',
    '/data/hitos.csv': 'content/commitments/milestones.csv',
    '/data/contratos.csv': 'content/datasets/contratos-2025.csv',
  };

  it(`renders the example content in all four, with no violation (${strictest})`, async () => {
    for (const [path, file] of Object.entries(files)) {
      server.page(path, await readFile(join(repo, file), 'utf8'));
    }
    const firstCommitment = (await readFile(join(repo, files['/data/compromisos.csv']), 'utf8'))
      .split('\n')[1]
      .split(/[;,]/)[0];
    server.page(
      '/all-csp.html',
      page(
        '<script type="module" src="/bundle/rendir-all.js"></script>',
        `<rendir-budget-viewer lang="es" src="/data/presupuesto.csv" levels="Sector,Entidad,Programa"></rendir-budget-viewer>
         <rendir-indicator-tracker lang="es" src="/data/indicadores.csv"></rendir-indicator-tracker>
         <rendir-commitment-card lang="es" src="/data/compromisos.csv" milestones-src="/data/hitos.csv" commitment-id="${firstCommitment}"></rendir-commitment-card>
         <rendir-dataset lang="es" src="/data/contratos.csv"></rendir-dataset>`,
      ),
      { 'Content-Security-Policy': strictest },
    );
    const { page: p, errors, context } = await open(server.origin, '/all-csp.html');
    const states = await p.evaluate(async () => {
      const tags = [
        'rendir-budget-viewer',
        'rendir-indicator-tracker',
        'rendir-commitment-card',
        'rendir-dataset',
      ];
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      return Promise.all(
        tags.map(
          (t) =>
            new Promise<string>((resolve) => {
              const el = document.querySelector(t)!;
              const check = () => {
                const root = el.shadowRoot;
                if (root?.querySelector('[role=alert]')) resolve(`${t}: error`);
                else if (root?.querySelector('[data-state=empty]')) resolve(`${t}: empty`);
                else if (root && root.childElementCount && !root.querySelector('[data-state]'))
                  resolve(`${t}: ready`);
                else setTimeout(check, 50);
              };
              setTimeout(check, 50);
            }),
        ),
      );
    });
    await p.waitForLoadState('load');
    assert.deepEqual(states, [
      'rendir-budget-viewer: ready',
      'rendir-indicator-tracker: ready',
      'rendir-commitment-card: ready',
      'rendir-dataset: ready',
    ]);
    assert.deepEqual(errors, [], 'no CSP violation, no error');
    await context.close();
  });
});

describe('reading a large CSV off the main thread', () => {
  const BUDGET = 'rendir-budget-viewer';
  const rows = Array.from(
    { length: 3000 },
    (_, i) => `2025;Educación y niñez;Programa ${i};${(i + 1000).toLocaleString('es-CO')},50`,
  );
  const budgetCsv = ['Vigencia;Sector;Programa;Apropiación vigente', ...rows].join('\n');
  const budgetPage = (script: string) =>
    page(
      `<script type="module" src="${script}"></script>`,
      `<${BUDGET} lang="es" src="/presupuesto.csv" levels="Sector,Programa"></${BUDGET}>`,
    );

  /** Opens the page, collects the workers it starts, waits for the viewer's data. */
  async function openBudget(origin: string, path: string) {
    const context = await browser.newContext();
    const p = await context.newPage();
    const errors = watchErrors(p);
    // What the browser reports running, and what the page asked for (`new Worker` calls,
    // counted before any script runs): the second tells a double start from a double report.
    const workers: string[] = [];
    p.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await p.addInitScript(() => {
      const Real = globalThis.Worker;
      const asked: string[] = [];
      Object.assign(globalThis, { rendirWorkersAsked: asked });
      globalThis.Worker = class extends Real {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          asked.push(new URL(String(url), location.href).pathname);
        }
      };
    });
    await p.goto(origin + path);
    const state = await p.evaluate(async (tag) => {
      await customElements.whenDefined(tag);
      const el = document.querySelector(tag) as HTMLElement & { loaded: Promise<boolean> };
      await el.loaded;
      const root = el.shadowRoot!;
      return { alert: !!root.querySelector('[role=alert]'), text: root.textContent ?? '' };
    }, BUDGET);
    const asked = await p.evaluate(
      () => (globalThis as unknown as { rendirWorkersAsked: string[] }).rendirWorkersAsked,
    );
    return { p, errors, workers, asked, state, context };
  }

  it('parses in a Worker under a strict CSP, from the file beside the bundle', async () => {
    assert.ok(budgetCsv.length > 64 * 1024, 'large enough for the worker');
    server.page('/presupuesto.csv', budgetCsv);
    server.page('/worker.html', budgetPage(`/bundle/${BUDGET}.js`), {
      'Content-Security-Policy': strictCsp,
    });
    const { errors, workers, asked, state, context } = await openBudget(
      server.origin,
      '/worker.html',
    );
    assert.deepEqual(asked, ['/bundle/parsers/budget.js'], 'one worker started, beside the bundle');
    assert.deepEqual([...new Set(workers)], asked, 'and the browser ran it');
    assert.equal(state.alert, false);
    assert.ok(state.text.includes('Educación y niñez'), 'the data is shown');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("reads on the main thread when the page forbids workers (worker-src 'none')", async () => {
    server.page('/presupuesto.csv', budgetCsv);
    server.page('/no-worker.html', budgetPage(`/bundle/${BUDGET}.js`), {
      'Content-Security-Policy': `${strictCsp}; worker-src 'none'`,
    });
    const { errors, workers, state, context } = await openBudget(server.origin, '/no-worker.html');
    assert.deepEqual(workers, []);
    assert.equal(state.alert, false);
    assert.ok(state.text.includes('Educación y niñez'));
    // Chromium reports the refused worker; nothing else goes wrong.
    assert.deepEqual(
      errors.filter((e) => !/worker/i.test(e)),
      [],
    );
    await context.close();
  });
  // From another origin (a CDN), the reader runs through a blob: worker: cdn.test.ts.
});

describe('code loaded only when a feature is used (lazy/)', () => {
  /** Clicks the tracker's "download data" and returns the download and the chunks fetched. */
  async function downloadFrom(origin: string, path: string) {
    const context = await browser.newContext({ acceptDownloads: true });
    const p = await context.newPage();
    const errors = watchErrors(p);
    const chunks: string[] = [];
    p.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/bundle/lazy/')) chunks.push(url.origin + '/bundle/lazy/');
    });
    await p.goto(origin + path);
    await rendered(p);
    // Before the click: what reading the data needs (the CSV runner, the progress code).
    const before = chunks.length;
    const button = p.getByRole('button', { name: 'Descargar datos (CSV)' }).first();
    const [download] = await Promise.all([p.waitForEvent('download'), button.click()]);
    chunks.splice(0, before);
    const text = await readFile((await download.path())!, 'utf8');
    return { errors, chunks, text, name: download.suggestedFilename(), context };
  }

  it(`loads the download code from beside the bundle under a strict CSP (${strictCsp})`, async () => {
    server.page(
      '/lazy.html',
      page(`<script type="module" src="/bundle/${TAG}.js"></script>`, widget()),
      {
        'Content-Security-Policy': strictCsp,
      },
    );
    const { errors, chunks, text, name, context } = await downloadFrom(server.origin, '/lazy.html');
    assert.deepEqual(chunks, [`${server.origin}/bundle/lazy/`]);
    assert.match(name, /\.csv$/);
    assert.ok(text.includes(NAME), 'the CSV holds the data');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('loads the download code on a second click after the first failed offline', async () => {
    server.page(
      '/lazy-offline.html',
      page(`<script type="module" src="/bundle/${TAG}.js"></script>`, widget()),
      { 'Content-Security-Policy': strictCsp },
    );
    const context = await browser.newContext({ acceptDownloads: true });
    const p = await context.newPage();
    await p.goto(server.origin + '/lazy-offline.html');
    await rendered(p);
    // Offline now: every chunk not yet loaded fails. Chromium keeps a failed import() for
    // the page's life, so the second click must ask for the chunk under another URL.
    let offline = true;
    await context.route('**/bundle/lazy/**', (route) =>
      offline ? route.abort('internetdisconnected') : route.continue(),
    );
    const button = p.getByRole('button', { name: 'Descargar datos (CSV)' }).first();
    await button.click();
    await p
      .getByRole('alert')
      .filter({ hasText: 'No se pudo preparar la descarga' })
      .first()
      .waitFor();
    offline = false;
    const [download] = await Promise.all([p.waitForEvent('download'), button.click()]);
    const text = await readFile((await download.path())!, 'utf8');
    assert.ok(text.includes(NAME), 'the CSV holds the data');
    await context.close();
  });

  it('loads it from the same origin as the bundle when that is a CDN', async () => {
    server.page(
      '/lazy-cdn.html',
      page(`<script type="module" src="${other.origin}/bundle/${TAG}.js"></script>`, widget()),
    );
    const { errors, chunks, text, context } = await downloadFrom(server.origin, '/lazy-cdn.html');
    assert.deepEqual(chunks, [`${other.origin}/bundle/lazy/`]);
    assert.ok(text.includes(NAME));
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('embedding with an iframe', () => {
  it('resizes the iframe to its content, across origins, through embed-host.js', async () => {
    other.page(
      '/embed.html',
      page(
        `<style>body{margin:0}</style><script type="module" src="/bundle/embed-frame.js"></script>
         <script type="module" src="/bundle/${TAG}.js"></script>`,
        widget(),
      ),
      { 'Content-Security-Policy': strictCsp },
    );
    server.page(
      '/host.html',
      page(
        '<script src="/bundle/embed-host.js" defer></script><script src="/bundle/embed-host.js" defer></script>',
        `<p>Texto del CMS</p>
         <iframe src="${other.origin}/embed.html" title="Indicadores" style="width:100%;height:150px;border:0"></iframe>`,
      ),
      { 'Content-Security-Policy': strictCsp },
    );
    const { page: p, errors, context } = await open(server.origin, '/host.html');
    const frame = p.frameLocator('iframe');
    await frame.locator(TAG).waitFor({ state: 'attached' });
    await p.waitForFunction(
      () => document.querySelector('iframe')!.style.height !== '150px',
      null,
      {
        timeout: PATIENCE_MS,
      },
    );
    const inner = await p
      .frames()[1]
      .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await p.waitForFunction(
      (h) => document.querySelector('iframe')!.style.height === `${h}px`,
      inner,
      { timeout: PATIENCE_MS },
    );
    assert.ok(inner > 150, `content height ${inner}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
