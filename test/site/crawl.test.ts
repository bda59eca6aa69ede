// Crawls every page of the built example site in Chromium: each page loads without
// console errors, passes axe (WCAG 2.2 AA tags), and every internal link resolves.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, globSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AXE_TAGS, axeSource, crawl, fileFor, launch, serve, siteDist } from './helpers.ts';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;
const pages = new Map<string, { links: string[]; errors: string[]; violations: string[] }>();

function template(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return `${parts.length}:${parts.slice(0, parts.length > 1 ? parts.length - 1 : 1).join('/')}`;
}

/**
 * Colours come from the stylesheet, not the data: contrast is checked once per page template,
 * on the template's first page in path order among the built pages, whatever order the crawl
 * reaches them in.
 */
function contrastPagesOf(dist: string): Set<string> {
  const built = globSync('**/index.html', { cwd: dist })
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .concat('/404.html')
    .sort();
  const first = new Map<string, string>();
  for (const path of built) if (!first.has(template(path))) first.set(template(path), path);
  return new Set(first.values());
}
let contrastPages: Set<string>;

async function visit(page: Page, path: string) {
  const errors: string[] = [];
  const onConsole = (msg: { type(): string; text(): string }) => {
    if (msg.type() === 'error') errors.push(msg.text());
  };
  const onError = (err: Error) => errors.push(err.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  if (!response || response.status() !== 200) errors.push(`HTTP ${response?.status()}`);
  const links = await page.$$eval('a[href], link[href]', (els) =>
    els.map((el) => el.getAttribute('href') ?? '').filter((h) => h !== ''),
  );
  const contrast = contrastPages.has(path);
  const result = (await page.evaluate(
    ([tags, withContrast]) =>
      (
        window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: { 'color-contrast': { enabled: withContrast } },
      }),
    [AXE_TAGS, contrast] as const,
  )) as AxeResult;
  page.off('console', onConsole);
  page.off('pageerror', onError);
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  return { links, errors, violations };
}

function internal(href: string, from: string): URL | undefined {
  const url = new URL(href, origin + from);
  return url.origin === origin ? url : undefined;
}

describe('built site', () => {
  before(async () => {
    assert.ok(existsSync(siteDist), `build the site first (npm run build): ${siteDist} is missing`);
    contrastPages = contrastPagesOf(siteDist);
    ({ server, origin } = await serve(siteDist));
    browser = await launch();
    context = await browser.newContext();
    await context.addInitScript({ content: axeSource });
    // Crawl from the home page (and every language's home), following every internal link,
    // four pages at a time: a page's time is mostly waiting for its scripts and axe.
    const seen = new Set(['/', '/404.html']);
    const tabs = await Promise.all(Array.from({ length: 4 }, () => context.newPage()));
    await crawl([...seen], tabs.length, async (path, worker) => {
      const visited = await visit(tabs[worker], path);
      pages.set(path, visited);
      const next: string[] = [];
      for (const href of visited.links) {
        const url = internal(href, path);
        if (!url || !url.pathname.endsWith('/')) continue;
        if (!seen.has(url.pathname) && fileFor(siteDist, url.pathname)) {
          seen.add(url.pathname);
          next.push(url.pathname);
        }
      }
      return next;
    });
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('crawls every page of the site', () => {
    const sitemap = readFileSync(`${siteDist}/sitemap-0.xml`, 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    assert.ok(listed.length > 50, `sitemap lists ${listed.length} pages`);
    const missing = listed.filter((p) => !pages.has(p));
    assert.deepEqual(missing, [], 'every page in the sitemap is reachable by links');
  });

  test('contrast is checked on a fixed page of every template, each of them crawled', () => {
    assert.ok(contrastPages.size >= 10, `${contrastPages.size} templates`);
    assert.deepEqual(
      [...contrastPages].filter((path) => !pages.has(path)),
      [],
      'the page chosen for its template’s contrast check was crawled',
    );
  });

  test('no page has console errors', () => {
    const bad = [...pages]
      .filter(([, p]) => p.errors.length)
      .map(([path, p]) => `${path}: ${p.errors.join('; ')}`);
    assert.deepEqual(bad, []);
  });

  test('every page passes axe (WCAG 2.2 AA)', () => {
    const bad = [...pages]
      .filter(([, p]) => p.violations.length)
      .map(([path, p]) => `${path}: ${p.violations.join('\n  ')}`);
    assert.deepEqual(bad, []);
  });

  test('every internal link resolves, anchors included', () => {
    const broken: string[] = [];
    const html = new Map<string, string>();
    for (const [path, p] of pages) {
      for (const href of p.links) {
        const url = internal(href, path);
        if (!url) continue;
        const file = fileFor(siteDist, url.pathname);
        if (!file) {
          broken.push(`${path} → ${href}`);
          continue;
        }
        if (url.hash && file.endsWith('.html')) {
          if (!html.has(file)) html.set(file, readFileSync(file, 'utf8'));
          const id = decodeURIComponent(url.hash.slice(1));
          if (!html.get(file)!.includes(`id="${id}"`)) broken.push(`${path} → ${href} (no #${id})`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });
});
