// A site published under a sub-path, as GitHub project pages serve it
// (https://org.github.io/rendir-demo/): the example built with RENDIR_BASE=/rendir-demo/,
// served under that prefix only, and crawled in Chromium. Every page, asset, widget bundle,
// data file, embed page, feed, sitemap and search result must resolve under the prefix.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { crawl, launch, repoRoot, serve } from './helpers.ts';

const BASE = '/rendir-demo/';
let out: string;
let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;

interface Visit {
  /** Same-origin addresses the page names (links, scripts, styles, images, frames). */
  addresses: string[];
  /** Requests of the page that failed or answered 400 or more, and console errors. */
  problems: string[];
  /** The widgets on the page and the data state each reached. */
  widgets: { tag: string; status: string }[];
}
const visits = new Map<string, Visit>();
/** Addresses named by some page that are not HTML pages (CSV, JSON, XML, bundles…), and where. */
const files = new Map<string, string>();

const SETTLED = ['ready', 'empty', 'error'];

async function visit(page: Page, path: string): Promise<Visit> {
  const problems: string[] = [];
  const onResponse = (r: { url(): string; status(): number }) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  };
  // ERR_ABORTED is the crawl leaving the page before an icon arrived, not a failure.
  const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) => {
    const error = r.failure()?.errorText;
    if (error !== 'net::ERR_ABORTED') problems.push(`failed ${r.url()}: ${error}`);
  };
  const onConsole = (msg: { type(): string; text(): string }) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  };
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  page.on('console', onConsole);
  await page.goto(origin + path, { waitUntil: 'load' });
  // Each widget announces its data's state (rendir-data-state): wait for every one to settle.
  await page.waitForFunction(
    (settled) =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('rendir-'))
        .every((el) =>
          settled.includes(
            (window as unknown as { rendirStates: WeakMap<Element, string> }).rendirStates.get(
              el,
            ) ?? '',
          ),
        ),
    SETTLED,
  );
  const widgets = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('rendir-'))
      .map((el) => ({
        tag: el.localName,
        status:
          (window as unknown as { rendirStates: WeakMap<Element, string> }).rendirStates.get(el) ??
          '',
      })),
  );
  const addresses = await page.$$eval(
    'a[href], link[href], script[src], img[src], iframe[src]',
    (els) =>
      els.map((el) =>
        el.hasAttribute('href')
          ? new URL(el.getAttribute('href')!, location.href).href
          : new URL(el.getAttribute('src')!, location.href).href,
      ),
  );
  page.off('response', onResponse);
  page.off('requestfailed', onFailed);
  page.off('console', onConsole);
  return {
    addresses: addresses.filter((a) => a.startsWith(origin)).map((a) => a.slice(origin.length)),
    problems,
    widgets,
  };
}

/** A page of the site: a path ending in `/` (directory format) or an .html file. */
const isPage = (path: string) => /\/$|\.html$/.test(path);

describe(`a site published under ${BASE}`, () => {
  before(async () => {
    out = join(mkdtempSync(join(tmpdir(), 'rendir-base-')), 'site');
    const run = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'site/bin/rendir.ts'),
        'build',
        '--content',
        join(repoRoot, 'content'),
        '--out',
        out,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RENDIR_BASE: BASE },
      },
    );
    assert.equal(run.status, 0, run.stdout + run.stderr);
    // The SRI list `rendir build` prints names the bundles where they are published.
    assert.match(run.stdout, new RegExp(`${BASE}rendir/rendir-all\\.js\\s+sha384-`));
    ({ server, origin } = await serve(out, { base: BASE }));
    browser = await launch();
    context = await browser.newContext();
    await context.addInitScript(() => {
      const states = new WeakMap<EventTarget, string>();
      (window as unknown as { rendirStates: typeof states }).rendirStates = states;
      document.addEventListener('rendir-data-state', (e) => {
        const target = e.composedPath()[0];
        states.set(target, (e as CustomEvent<{ status: string }>).detail.status);
      });
    });
    // Every page reachable from the home page, four at a time.
    const seen = new Set([BASE]);
    const tabs = await Promise.all(Array.from({ length: 4 }, () => context.newPage()));
    await crawl([BASE], tabs.length, async (path, worker) => {
      const result = await visit(tabs[worker], path);
      visits.set(path, result);
      const next: string[] = [];
      for (const address of result.addresses) {
        const clean = address.replace(/[#?].*$/, '');
        if (!isPage(clean)) {
          if (!files.has(clean)) files.set(clean, path);
        } else if (!seen.has(clean)) {
          seen.add(clean);
          next.push(clean);
        }
      }
      return next;
    });
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (out) rmSync(join(out, '..'), { recursive: true, force: true });
  });

  test('every page loads under the prefix, with no failed request and no console error', () => {
    // Both languages, the sections, their items and the embed pages.
    const paths = [...visits.keys()];
    assert.ok(paths.length > 60, `only ${paths.length} pages reached`);
    for (const expected of ['', 'en/', 'presupuesto/', 'en/budget/', 'buscar/', 'datos/'])
      assert.ok(visits.has(BASE + expected), `${BASE + expected} was reached`);
    assert.ok(
      paths.some((p) => p.startsWith(`${BASE}insertar/`)),
      'an embed page was reached',
    );
    const wrong = paths.filter((p) => !p.startsWith(BASE));
    assert.deepEqual(wrong, [], 'a link leaves the prefix');
    const problems = [...visits].flatMap(([path, v]) => v.problems.map((p) => `${path}: ${p}`));
    assert.deepEqual(problems, []);
  });

  test('every widget upgrades and reads its data', () => {
    const widgets = [...visits].flatMap(([path, v]) => v.widgets.map((w) => ({ path, ...w })));
    const tags = new Set(widgets.map((w) => w.tag));
    for (const tag of [
      'rendir-budget-viewer',
      'rendir-indicator-tracker',
      'rendir-commitment-card',
      'rendir-dataset',
    ])
      assert.ok(tags.has(tag), `${tag} is on some page`);
    const notReady = widgets.filter((w) => w.status !== 'ready');
    assert.deepEqual(notReady, [], 'widgets whose data did not load');
  });

  test('every file a page names (downloads, feeds, sitemap, bundles) is served under the prefix', async () => {
    const names = [...files.keys()];
    assert.ok(
      names.some((f) => f.endsWith('.csv')),
      'a CSV download is linked',
    );
    assert.ok(
      names.some((f) => f.endsWith('rss.xml')),
      'a feed is linked',
    );
    assert.ok(names.includes(`${BASE}sitemap-index.xml`), 'the sitemap is linked');
    assert.ok(names.includes(`${BASE}catalog.json`), 'the data catalogue is linked');
    const broken: string[] = [];
    for (const [file, from] of files) {
      if (!file.startsWith(BASE)) broken.push(`${file} (outside the prefix, on ${from})`);
      const response = await context.request.get(origin + file);
      if (!response.ok()) broken.push(`${file}: HTTP ${response.status()} (on ${from})`);
    }
    assert.deepEqual(broken, []);
  });

  test('the sitemap, feed, robots.txt, catalogue and embed code give addresses under the prefix', async () => {
    const get = async (path: string) => (await context.request.get(origin + BASE + path)).text();
    const site = `https://transparencia.ejemplo.gov.co${BASE}`;
    const sitemap = await get('sitemap-0.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    assert.ok(locs.length > 20);
    assert.deepEqual(
      locs.filter((l) => !l.startsWith(site)),
      [],
    );
    // hreflang pairs still found with the prefix (sitemap-links.ts).
    assert.ok(
      sitemap.includes(`<loc>${site}acerca/</loc><xhtml:link rel="alternate" hreflang="es-CO"`) &&
        sitemap.includes(`hreflang="en" href="${site}en/acerca/"`),
      'the about page is paired with its English one',
    );
    assert.match(await get('robots.txt'), new RegExp(`Sitemap: ${site}sitemap-index.xml`));
    const feed = await get('informes/rss.xml');
    assert.match(feed, new RegExp(`<link>${site}informes/[a-z0-9-]+/</link>`));
    const catalog = JSON.parse(await get('catalog.json')) as { 'foaf:homepage': string };
    assert.equal(catalog['foaf:homepage'], site);
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}presupuesto/`);
    const code = await page.locator('textarea.embed-code').first().inputValue();
    assert.match(code, new RegExp(`src="${site}insertar/presupuesto-`));
    assert.match(code, new RegExp(`src="${site}rendir/embed-host.js"`));
    await page.close();
  });

  test('search finds pages and links them under the prefix', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}buscar/?q=presupuesto`);
    const first = page.locator('.rendir-search-results a').first();
    await first.waitFor();
    const target = await first.getAttribute('href');
    assert.ok(target?.startsWith(BASE), `a result links ${target}`);
    const response = await page.goto(new URL(target!, page.url()).href);
    assert.equal(response?.status(), 200);
    await page.close();
  });

  test('links and images written as HTML in an MDX page are under the prefix too', () => {
    // content/pages/acerca.mdx writes <a href="/datos/"> and <img src="/media/logo.svg">.
    const about = readFileSync(join(out, 'acerca', 'index.html'), 'utf8');
    assert.match(about, new RegExp(`<a href="${BASE}datos/">Datos abiertos</a>`));
    assert.match(about, new RegExp(`<img src="${BASE}media/logo.svg" alt="Escudo`));
    assert.ok(visits.has(`${BASE}acerca/`), 'and the crawl read that page');
  });

  test('an address outside the prefix is not the site', async () => {
    const response = await context.request.get(`${origin}/presupuesto/`);
    assert.equal(response.status(), 404);
  });
});
