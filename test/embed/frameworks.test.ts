/**
 * The React 19 and Vue examples (packages/components/examples/) bundled with esbuild and
 * run in Chromium: an object passes as a property and a `rendir-*` event reaches the app.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launch, serve, watchErrors, type StaticServer } from './support.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const examples = join(repo, 'packages/components/examples');
const require = createRequire(import.meta.url);

let out: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  out = await mkdtemp(join(tmpdir(), 'rendir-frameworks-'));
  const common = {
    bundle: true,
    format: 'esm' as const,
    target: 'es2022',
    conditions: ['source'],
    tsconfig: join(repo, 'packages/components/tsconfig.json'),
    logLevel: 'error' as const,
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  };
  await build({
    ...common,
    entryPoints: [join(examples, 'react/main.tsx')],
    outfile: join(out, 'react.js'),
    jsx: 'automatic',
  });
  await build({
    ...common,
    entryPoints: [join(examples, 'vue/main.ts')],
    outfile: join(out, 'vue.js'),
    // The full build compiles the template in the browser.
    alias: { vue: require.resolve('vue/dist/vue.esm-bundler.js') },
  });
  server = await serve(out);
  for (const name of ['react', 'vue']) {
    server.page(
      `/${name}.html`,
      `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${name}</title>` +
        `<script type="module" src="/${name}.js"></script></head><body><div id="root"></div></body></html>`,
    );
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(out, { recursive: true, force: true });
});

for (const name of ['react', 'vue']) {
  describe(`${name} example`, () => {
    it('passes an object as a property and receives rendir-data-state', async () => {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      // Every state the card announces, from the first.
      await page.addInitScript(() => {
        const states: string[] = [];
        (window as unknown as { cardStates: string[] }).cardStates = states;
        document.addEventListener('rendir-data-state', (e) =>
          states.push((e as CustomEvent<{ status: string }>).detail.status),
        );
      });
      await page.goto(`${server.origin}/${name}.html`);
      await page.waitForFunction(
        () => document.getElementById('status')?.textContent === 'Estado: ready',
      );
      const seen = await page.evaluate(() => {
        const el = document.querySelector('rendir-commitment-card') as HTMLElement & {
          commitments?: { id: string }[];
        };
        return {
          property: el.commitments?.[0]?.id,
          attribute: el.getAttribute('commitments'),
          text: el.shadowRoot?.textContent ?? '',
        };
      });
      assert.equal(seen.property, 'CO0001');
      assert.equal(seen.attribute, null, 'the object was not stringified into an attribute');
      assert.match(seen.text, /Datos abiertos de contratación pública/);
      // The app re-rendered on «ready» (its status line says so), setting the card's
      // properties again: with values that stay the same, the card does not load again. A
      // new value would have started a load in the card's next update, saying «loading».
      const states = await page.evaluate(async () => {
        const el = document.querySelector('rendir-commitment-card') as HTMLElement & {
          updateComplete: Promise<boolean>;
        };
        await el.updateComplete;
        return (window as unknown as { cardStates: string[] }).cardStates;
      });
      assert.ok(states.includes('ready'), states.join(' '));
      assert.deepEqual(states.slice(states.indexOf('ready') + 1), [], 'nothing after «ready»');
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
