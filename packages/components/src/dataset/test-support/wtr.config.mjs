// The root web-test-runner config plus the fake open-data portals the dataset tests talk to.
// Run: npx web-test-runner --config packages/components/src/dataset/test-support/wtr.config.mjs
import root from '../../../../../web-test-runner.config.mjs';
import { fakeOpenDataMiddleware } from './fake-open-data.mjs';

export default {
  ...root,
  files: ['packages/components/src/dataset/**/*.test.ts'],
  middleware: [...(root.middleware ?? []), fakeOpenDataMiddleware],
};
