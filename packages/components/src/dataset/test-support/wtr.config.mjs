// The root web-test-runner config plus the fake open-data portals the dataset tests talk to.
// Run: npx web-test-runner --config packages/components/src/dataset/test-support/wtr.config.mjs
import root from '../../../../../web-test-runner.config.mjs';
import { fakeOpenDataMiddleware } from './fake-open-data.mjs';

export default {
  ...root,
  files: ['packages/components/src/dataset/**/*.test.ts'],
  // papaparse's `browser` build has no `require('stream')` (its Node build does).
  nodeResolve: { ...root.nodeResolve, browser: true },
  middleware: [...(root.middleware ?? []), fakeOpenDataMiddleware],
};
