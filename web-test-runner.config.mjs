// Component and browser tests run in a real Chromium (Debian's, or CHROME_PATH).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './test/support/chromium.ts';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { fakeOpenDataMiddleware } from './packages/components/src/dataset/test-support/fake-open-data.mjs';
import { heldFilesMiddleware } from './packages/components/src/dataset/test-support/held-files.mjs';
import { flakyModulesMiddleware } from './packages/components/src/platform/fixtures/flaky-modules.mjs';

const commonjs = fromRollup(rollupCommonjs);

/**
 * Serves `src/…/x.ts` for a request of `src/…/x.js` that has no such file: the URL a
 * widget computes for its parser worker (`new URL('./parsers/budget.js', import.meta.url)`)
 * names the built file, and the tests run the sources.
 */
function sourcesForBuiltUrls(context, next) {
  if (/\/src\/.*\.js$/.test(context.path)) {
    const file = fileURLToPath(new URL(`.${context.path}`, import.meta.url));
    const source = file.replace(/\.js$/, '.ts');
    if (!existsSync(file) && existsSync(source))
      context.path = context.path.replace(/\.js$/, '.ts');
  }
  return next();
}

/**
 * Serves data files (.csv, .tsv) byte for byte. The dev server reads every text response
 * as UTF-8 for its plugins, which turned a real Windows-1252 file's «Número» into
 * «N\uFFFDmero» before a widget saw it (1,093,520 bytes served as 1,129,312), so tests
 * of encodings tested the server. Answered here, the response never reaches the plugins.
 */
async function dataFilesAsStored(context, next) {
  if (!/\.(csv|tsv)$/i.test(context.path)) return next();
  const file = fileURLToPath(new URL(`.${context.path}`, import.meta.url));
  if (!existsSync(file)) return next();
  context.type = context.path.endsWith('.tsv') ? 'text/tab-separated-values' : 'text/csv';
  context.body = await readFile(file);
}

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'packages/components/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  // A fake Socrata and CKAN portal for the dataset widget's network tests; files answered
  // in two parts; modules that fail once, for the chunks tried again.
  middleware: [
    sourcesForBuiltUrls,
    dataFilesAsStored,
    fakeOpenDataMiddleware,
    heldFilesMiddleware,
    flakyModulesMiddleware,
  ],
  // Time-outs stop only a test or file that would never finish (a hang); on a shared 2-core
  // machine at load 40 a test that takes 1 s idle took over 10 s, so none of them is tight.
  testsFinishTimeout: 1_800_000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
  ],
  plugins: [
    commonjs({ include: ['**/node_modules/papaparse/**'], strictRequires: false }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/components/tsconfig.json' }),
  ],
  testFramework: { config: { timeout: 180_000 } },
};
