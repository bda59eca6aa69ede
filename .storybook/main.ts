// Storybook for Rendir's components: stories live next to each component.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/components/src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    // Workspace packages from their TypeScript sources (`@rendir/core` -> src/index.ts).
    viteConfig.resolve.conditions = ['source', ...defaultClientConditions];
    // Fixture CSVs stay files: inlined as data: URLs, error stories would name no file.
    viteConfig.build ??= {};
    viteConfig.build.assetsInlineLimit = 0;
    return viteConfig;
  },
};

export default config;
