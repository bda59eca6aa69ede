// A budget whose total row differs from its lines, over two fiscal years, in euros (its
// sidecar's `currency`), built into a site of its own: the budget pages (with the note listing
// the difference, once, and the table of years) and the home page pass axe and log no console
// errors, in both languages, with the widget running; without JavaScript the page says the same.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { AXE_TAGS, axeSource, launch, rendirWith, repoRoot, serve } from './helpers.ts';

// In the shape of Bogotá's FUT export quoted in issue #14 (`CODIGO, PADRE`, a TOTAL row);
// the figures are made up, and `A.1` publishes one peso more than its lines add up to.
const FUT = [
  'CODIGO,PADRE,AÑO,NOMBRE,PAGOS',
  'A.1.2,A.1,2017,Movilidad,3000000000000',
  'A,,2017,TOTAL INVERSIÓN,10207063183473',
  'A.1,A,2017,Programa Mejor Movilidad,7000000000001',
  'A.1.1,A.1,2017,Vías locales,4000000000000',
  'A.2,A,2017,Programa Salud,3207063183472',
  'A,,2016,TOTAL INVERSIÓN,9000000000000',
  'A.1,A,2016,Programa Movilidad,9000000000000',
].join('\n');

let root: string;
let server: Server;
let origin: string;
let browser: Browser;

describe('a budget with a differing total row, in a site of its own', () => {
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'rendir-budget-notes-'));
    const content = join(root, 'content');
    cpSync(join(repoRoot, 'site', 'template'), content, { recursive: true });
    rmSync(join(content, 'budget', 'presupuesto.csv'));
    writeFileSync(join(content, 'budget', 'fut.csv'), FUT);
    writeFileSync(join(content, 'budget', 'fut.csv.yaml'), 'as_of: 2017-12-31\ncurrency: EUR\n');
    const yaml = join(content, 'site.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8')
        .replace(/\n {2}levels: \[sector, programa\]/, '\n  execution: commitments')
        .replace('budget/presupuesto.csv:', 'budget/fut.csv:'),
    );
    const report = join(content, 'reports', 'primer-informe.mdx');
    writeFileSync(
      report,
      readFileSync(report, 'utf8').replace(
        'data="budget/presupuesto.csv" levels="sector"',
        'data="budget/fut.csv"',
      ),
    );
    const out = join(root, 'site');
    const run = rendirWith({ RENDIR_SEARCH: '0' }, 'build', '--content', content, '--out', out);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    ({ server, origin } = await serve(out));
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  for (const path of ['/presupuesto/', '/en/budget/', '/']) {
    test(`${path} passes axe and logs no errors`, async () => {
      const context = await browser.newContext();
      await context.addInitScript({ content: axeSource });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await page.goto(origin + path, { waitUntil: 'load' });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('rendir-budget-viewer')].every(
          (el) => el.shadowRoot?.querySelector('.summary') !== null,
        ),
      );
      const text = await page.locator('main').innerText();
      // With JavaScript on, the widget shows the page's total (the file's own, one peso more
      // than its lines) and says why, from the same core result (the budget document).
      const widgets = await page.evaluate(() =>
        [...document.querySelectorAll('rendir-budget-viewer')].map((el) => ({
          src: el.getAttribute('src'),
          total: el.shadowRoot?.querySelector('.summary .total')?.textContent ?? '',
          note: el.shadowRoot?.querySelector('.totals-differ')?.textContent ?? '',
        })),
      );
      if (path !== '/') assert.ok(widgets.length > 0);
      for (const w of widgets) {
        assert.equal(w.src, '/datos/fut.budget.json');
        assert.match(
          w.total.replace(/\s+/g, ' '),
          /2017: EUR 10\.207\.063\.183\.473|€10,207,063,183,473/,
        );
        assert.match(w.note.replace(/\s+/g, ' '), /Programa Mejor Movilidad/);
      }
      // The page's note is the widget's fallback: with JavaScript on it is said once, by the
      // widget, from the same core result.
      assert.doesNotMatch(text, /no coinciden con la suma|differ from the sum of their lines/);
      if (path === '/presupuesto/')
        assert.match(
          widgets[0].note.replace(/\s+/g, ' '),
          /Pagos: «Programa Mejor Movilidad» \(línea 4\): publica EUR 7\.000\.000\.000\.001, sus rubros suman EUR 7\.000\.000\.000\.000(?!,)/,
        );
      const result = (await page.evaluate(
        (tags) =>
          (
            window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }
          ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        AXE_TAGS,
      )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
      assert.deepEqual(
        result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
        [],
      );
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('without JavaScript the budget page says the same, in the file’s currency', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/presupuesto/`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    await context.close();
    assert.match(text, /no coinciden con la suma de sus rubros \(pagos\)/);
    assert.match(
      text,
      /Pagos: «Programa Mejor Movilidad» \(línea 4\): publica EUR 7\.000\.000\.000\.001, sus rubros suman EUR 7\.000\.000\.000\.000/,
    );
    assert.match(text, /EUR 10\.207\.063\.183\.473/);
    assert.doesNotMatch(text, /\$/);
    assert.match(text, /Cifras con corte al 31 de diciembre de 2017/);
  });
});
