// Import cycles are refused (`npm run cycles`, part of `npm run lint`), type-only imports
// included: a cycle through `import type` still means two modules that cannot be read,
// tested or moved apart. (ESLint's import-x/no-cycle skips every `import type`, so it
// could not see the cycles issue #17 names.)
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Move what both modules need into a third one (e.g. site/src/lib/model/types.ts).',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: [
        'node_modules',
        '/dist/',
        '^bench/\\.data/',
        '^site/cli/',
        '^site/\\.astro/',
        'content-template',
      ],
    },
    // `import type` counts: the TypeScript source is read before its types are erased.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      conditionNames: ['source', 'import', 'node', 'default'],
      exportsFields: ['exports'],
      extensions: ['.ts', '.js', '.mjs'],
    },
  },
};
