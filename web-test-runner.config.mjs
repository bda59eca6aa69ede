// Component and browser tests run in a real Chromium (Debian's, or CHROME_PATH).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './test/support/chromium.ts';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { fakeOpenDataMiddleware } from './packages/components/src/dataset/test-support/fake-open-data.mjs';
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
 * Core's real CSV fixtures byte for byte: the dev server reads files as UTF-8 text, which
 * turns a Windows-1252 file's accents into U+FFFD before a widget could detect its encoding.
 */
async function rawCoreFixtures(context, next) {
  if (/^\/packages\/core\/test\/fixtures\/.*\.csv$/.test(context.path)) {
    const file = fileURLToPath(new URL(`.${decodeURIComponent(context.path)}`, import.meta.url));
    if (existsSync(file)) {
      context.type = 'text/csv';
      context.body = readFileSync(file);
      return;
    }
  }
  return next();
}

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'packages/components/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  // A fake Socrata and CKAN portal for the dataset widget's network tests; modules that
  // fail once, for the chunks tried again.
  middleware: [
    sourcesForBuiltUrls,
    rawCoreFixtures,
    fakeOpenDataMiddleware,
    flakyModulesMiddleware,
  ],
  testsFinishTimeout: 180_000,
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
  testFramework: { config: { timeout: 10_000 } },
};
