// Compiles the `rendir` command (bin/rendir.ts and the modules it runs in Node) into one
// JavaScript file, cli/rendir.js: Node refuses to strip types under node_modules, where
// the published package lives. Packages stay imports (astro, @rendir/core, …); the pages
// keep their TypeScript, which Astro compiles.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const site = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

await build({
  entryPoints: [site('bin/rendir.ts')],
  outfile: site('cli/rendir.js'),
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node22.12',
  legalComments: 'none',
  logLevel: 'warning',
});
