// Content that tries to run code — <script> in MDX, CSV and front matter, javascript:
// links, event attributes, MDX imports and expressions, =HYPERLINK(...) cells — is
// rendered as text and exported neutralised.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launch, repoRoot, serve } from './helpers.ts';

const fixture = join(repoRoot, 'test/site/fixtures/hostile');
let out: string;
let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const PAGES = [
  '/informes/hostil/',
  '/compromisos/',
  '/compromisos/co-1/',
  '/compromisos/co-2/',
  '/datos/formulas/',
  '/en/reports/hostil/',
];

describe('hostile content', () => {
  before(async () => {
    out = join(mkdtempSync(join(tmpdir(), 'rendir-hostile-')), 'site');
    const run = spawnSync(
      process.execPath,
      [join(repoRoot, 'site/bin/rendir.ts'), 'build', '--content', fixture, '--out', out],
      {
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RENDIR_SEARCH: '0' },
      },
    );
    assert.equal(run.status, 0, run.stdout + run.stderr);
    ({ server, origin } = await serve(out));
    browser = await launch();
    page = await browser.newPage();
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (out) rmSync(join(out, '..'), { recursive: true, force: true });
  });

  test('no script from the content runs, and no javascript: link is made', async () => {
    for (const path of PAGES) {
      const response = await page.goto(origin + path, { waitUntil: 'load' });
      assert.equal(response?.status(), 200, path);
      await page.locator('main').click({ position: { x: 5, y: 5 } });
      const scripts = await page.$$eval('script', (els) =>
        els.map((e) => e.textContent ?? '').filter((t) => t.includes('alert')),
      );
      assert.deepEqual(scripts, [], `${path}: no <script> with content`);
      const bad = await page.$$eval('[href], [src]', (els) =>
        els
          .map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '')
          .filter((u) => /^\s*(javascript|data|vbscript):/i.test(u) && u !== 'data:,'),
      );
      assert.deepEqual(bad, [], `${path}: no javascript: URL`);
      const handlers = await page.$$eval('*', (els) =>
        els.flatMap((e) =>
          [...e.attributes]
            .filter((a) => a.name.startsWith('on'))
            .map((a) => `${e.tagName} ${a.name}`),
        ),
      );
      assert.deepEqual(handlers, [], `${path}: no event attributes`);
      assert.equal(await page.locator('main iframe').count(), 0, `${path}: no iframe from content`);
    }
    assert.deepEqual(dialogs, [], 'no alert() ran');
  });

  test('what was written is shown as text', async () => {
    await page.goto(origin + '/informes/hostil/');
    const main = await page.locator('main').innerText();
    assert.match(main, /<script>alert\('titulo'\)<\/script> Informe hostil/, 'the title as text');
    assert.match(main, /<script>alert\('mdx'\)<\/script>/, 'the MDX script shown as code');
    assert.match(main, /\{alert\('expresion'\)\}/, 'the expression shown as text');
    assert.match(main, /import fs from 'node:fs'/, 'the import shown as text');
    assert.match(main, /peligroso/, 'the link text is kept');
    await page.goto(origin + '/compromisos/co-1/');
    assert.match(await page.locator('h1').innerText(), /<script>alert\('titulo'\)<\/script>/);
    assert.match(await page.locator('main').innerText(), /<img src=x onerror=alert\('entidad'\)>/);
  });

  test('downloaded CSV cells cannot run as spreadsheet formulas', () => {
    const dataset = readFileSync(join(out, 'datos/conjunto-formulas.csv'), 'utf8');
    assert.match(dataset, /"'=HYPERLINK\(/);
    assert.match(dataset, /;'@cmd;/);
    assert.doesNotMatch(dataset, /(^|;)"?=/m);
    const commitments = readFileSync(join(out, 'datos/compromisos.csv'), 'utf8');
    assert.match(commitments, /'@SUM\(1\+1\)/);
    assert.match(commitments, /'\+cmd/);
    assert.doesNotMatch(commitments, /(^|;)"?[=+@]/m);
  });
});
