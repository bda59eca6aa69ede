/**
 * The widgets from an npm CDN: a host page on one origin loads the bundle folder from a
 * second origin laid out as the package is (`/dist/bundle/…`, with CORS, as
 * https://cdn.jsdelivr.net/npm/@rendir/components@VERSION/dist/bundle/… serves it).
 * Uses the built bundles (`npm run build` first) and a real SECOP II file over 64 KB, so
 * the CSV is read in a Web Worker where the page allows one.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  builtBundles,
  launch,
  PATIENCE_MS,
  serve,
  watchErrors,
  type StaticServer,
} from './support.ts';

const BUNDLE = '/dist/bundle';
const contracts = readFileSync(
  new URL('./fixtures/secop_ii_barrancabermeja_latest.csv', import.meta.url),
  'utf8',
);
/** A contractor on the file's first row: the grid shows it once the rows are read. */
const FIRST_ROW = 'CONTINENTES COMERCIALES S.A.S.';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Rendir desde un CDN</title>${head}</head><body>${body}</body></html>`;

let host: StaticServer;
let cdn: StaticServer;
let browser: Browser;

before(async () => {
  host = await serve();
  // The package's folder, as the CDN serves it: its bundles at /dist/bundle/.
  cdn = await serve(dirname(builtBundles()));
  host.page('/contratos.csv', contracts);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await cdn?.close();
});

/** Opens a host page; records its workers, the CDN files fetched, and failed requests. */
async function open(path: string) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors = watchErrors(p);
  const workers: string[] = [];
  const fromCdn: string[] = [];
  p.on('worker', (w) => workers.push(w.url()));
  p.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
  p.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    if (r.url().startsWith(cdn.origin)) fromCdn.push(new URL(r.url()).pathname);
  });
  await p.goto(host.origin + path);
  return { p, errors, workers, fromCdn, context };
}

/** Waits until the dataset shows the file's first row (or fails the test after 20 s). */
async function rowsShown(p: Page): Promise<void> {
  await p.waitForFunction(
    (row) =>
      (document.querySelector('rendir-dataset')?.shadowRoot?.textContent ?? '').includes(row),
    FIRST_ROW,
    { timeout: PATIENCE_MS },
  );
}

const datasetPage = (script: string) =>
  page(
    `<script type="module" src="${script}"></script>`,
    `<rendir-dataset lang="es" src="/contratos.csv" heading="Contratos SECOP II, Barrancabermeja"></rendir-dataset>`,
  );

describe('the bundle folder from another origin (a CDN)', () => {
  it('reads a large CSV in a worker: a same-origin blob: script imports the CDN parser', async () => {
    assert.ok(contracts.length > 64 * 1024, 'large enough for the worker');
    host.page('/dataset.html', datasetPage(`${cdn.origin}${BUNDLE}/rendir-dataset.js`));
    const { p, errors, workers, fromCdn, context } = await open('/dataset.html');
    await rowsShown(p);
    assert.equal(workers.length, 1, `one worker (${workers.join(', ')})`);
    assert.match(workers[0], /^blob:/, 'started from a same-origin blob: URL');
    assert.ok(fromCdn.includes(`${BUNDLE}/parsers/table.js`), 'the parser came from the CDN');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reads on the main thread, with the same rows, where the CSP refuses blob: workers', async () => {
    host.page('/no-blob.html', datasetPage(`${cdn.origin}${BUNDLE}/rendir-dataset.js`), {
      'Content-Security-Policy': `script-src 'self' ${cdn.origin}; worker-src 'self'; object-src 'none'; base-uri 'none'`,
    });
    const { p, errors, workers, fromCdn, context } = await open('/no-blob.html');
    await rowsShown(p);
    assert.deepEqual(workers, [], 'no worker ran');
    assert.ok(fromCdn.includes(`${BUNDLE}/parsers/table.js`), 'the parser, imported in the page');
    // Chromium reports the refused worker; nothing else goes wrong.
    assert.deepEqual(
      errors.filter((e) => !/worker/i.test(e)),
      [],
    );
    await context.close();
  });

  it('the autoloader defines the tags on the page and loads their code and words from the CDN', async () => {
    host.page(
      '/autoloader.html',
      page(
        `<script type="module" src="${cdn.origin}${BUNDLE}/autoloader.js"></script>`,
        `<rendir-dataset lang="en" src="/contratos.csv" heading="SECOP II contracts"></rendir-dataset>`,
      ),
    );
    const { p, errors, workers, fromCdn, context } = await open('/autoloader.html');
    await rowsShown(p);
    assert.ok(fromCdn.includes(`${BUNDLE}/autoloader.js`));
    // Loaded on demand: the element's code, its English words, the CSV reader in a worker.
    for (const part of [/rendir-dataset-/, /\/en-/, /parser-runner-/])
      assert.ok(
        fromCdn.some((path) => part.test(path)),
        `${part} came from the CDN (${fromCdn.join(', ')})`,
      );
    assert.equal(workers.length, 1);
    assert.match(workers[0], /^blob:/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
