// The root web-test-runner config (which serves the fake open-data portals) on this folder only.
// Run: npx web-test-runner --config packages/components/src/dataset/test-support/wtr.config.mjs
import root from '../../../../../web-test-runner.config.mjs';

export default {
  ...root,
  files: ['packages/components/src/dataset/**/*.test.ts'],
};
