// Node unit tests: every *.test.ts under packages/*/test, site/test and scripts/, except the
// *.browser.test.ts files that @web/test-runner runs in Chromium.
import { globSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const files = globSync([
  'packages/*/test/**/*.test.ts',
  'site/test/**/*.test.ts',
  'scripts/**/*.test.ts',
])
  .filter((file) => !file.endsWith('.browser.test.ts'))
  .sort();
if (files.length === 0) {
  console.error('test:unit: no unit test files found');
  process.exit(1);
}
const run = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=dot', '--conditions=source', ...process.argv.slice(2), ...files],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
