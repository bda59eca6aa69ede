// ESLint: typescript-eslint for TS, the Lit and web-components plugins for elements.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** The core's CSV readers: papaparse comes with them. */
const csvReaders = [
  'readCsv',
  'scanCsv',
  'streamCsv',
  'readBudget',
  'readIndicators',
  'readCommitments',
  'readMilestones',
  'readDatasets',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'site/.astro/**',
      'bench/.data/**',
      // Made by builds and packing: the compiled rendir command, the packed content template.
      'site/cli/**',
      'packages/create-rendir/content-template/**',
      '**/*.astro',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/components/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/components/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/components/**/*.ts'],
    rules: {
      // Data is untrusted text: never render it as HTML.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Data is untrusted: render text, not HTML.',
            },
            {
              name: 'lit/directives/style-map.js',
              message:
                "styleMap's first render writes a style attribute, which style-src 'self' blocks: use styleProps (platform/style-props.ts).",
            },
            {
              name: '@rendir/core',
              importNames: csvReaders,
              message:
                'The CSV readers belong in the parser worker (papaparse stays out of the widget bundles): use readOffMainThread from platform/parser.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The parser worker is where the readers live; fixtures and tests may read CSV directly.
    files: [
      'packages/components/src/platform/parser-worker.ts',
      'packages/components/src/**/fixtures/**',
      'packages/components/src/**/fixtures.ts',
      'packages/components/src/**/*.test.ts',
      'packages/components/src/**/*.stories.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Data is untrusted: render text, not HTML.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      // The data core runs in Node and browsers alike: no DOM.
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage'],
    },
  },
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
