/**
 * Builds the script-tag bundles into dist/bundle/ (tsc has already written the bare-import
 * ESM build to dist/):
 * - rendir-<tag>.js: one self-contained, minified bundle per src/define/<tag>.ts (found at
 *   build time, so widgets that land later are picked up);
 * - rendir-all.js: every tag;
 * - autoloader.js (+ chunks/): defines only the tags present on the page, loading each
 *   tag's chunk on first sight;
 * - embed-host.js: the classic script a host page adds to resize Rendir iframes;
 * - embed-frame.js: the module an embed page loads to report its height;
 * - parsers/<reader>.js (budget, indicators, commitments, table): the CSV reading
 *   (papaparse, the core's schema readers), loaded by the bundles above only when a
 *   widget has CSV to read: as a Worker where the page allows one, else imported on the
 *   main thread (see src/platform/parser.ts);
 * - rendir.css: reserved heights for not-yet-defined tags (no layout jump).
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './minify-templates.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const defaultOut = join(root, 'dist', 'bundle');

/** Tags with a registration file, e.g. `rendir-budget-viewer`. */
export async function discoverTags(defineDir: string = join(src, 'define')): Promise<string[]> {
  const files = await readdir(defineDir).catch(() => [] as string[]);
  return files
    .filter((f) => /^rendir-[a-z0-9-]+\.ts$/.test(f) && !/\.(test|stories)\.ts$/.test(f))
    .map((f) => basename(f, '.ts'))
    .sort();
}

/** A module that exists only in the build, resolved relative to src/. */
function virtual(name: string, contents: string): Plugin {
  return {
    name: `virtual-${name}`,
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({
        path: name,
        namespace: 'rendir-virtual',
      }));
      b.onLoad({ filter: /.*/, namespace: 'rendir-virtual' }, (args) =>
        args.path === name ? { contents, loader: 'ts', resolveDir: src } : undefined,
      );
    },
  };
}

const common: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  // @rendir/core from source: the bundle does not depend on the core's own build.
  conditions: ['source'],
  tsconfig: join(root, 'tsconfig.json'),
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

/** The readers, one file each, in this folder beside the bundles (see src/platform/parser.ts). */
export const PARSERS_DIR = 'parsers';

/**
 * Keeps the readers out of a bundle: their dynamic imports stay imports of the files
 * beside the bundles, and the worker URLs point there too (`prefix` is the way from the
 * output file's folder to the bundles' folder: './' or '../' for the autoloader's chunks).
 */
function parserBesideBundles(prefix: string): Plugin {
  return {
    name: 'rendir-parser-beside-bundles',
    setup(b) {
      b.onResolve({ filter: /\/parsers\/[a-z]+\.js$/ }, (args) =>
        args.kind === 'dynamic-import'
          ? { path: `${prefix}${PARSERS_DIR}/${basename(args.path)}`, external: true }
          : undefined,
      );
      b.onLoad({ filter: /[\\/]platform[\\/]parser\.ts$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const from = `'./${PARSERS_DIR}/`;
        if (!text.includes(from)) throw new Error(`${args.path}: no ${from} URL to rewrite`);
        return { contents: text.replaceAll(from, `'${prefix}${PARSERS_DIR}/`), loader: 'ts' };
      });
    },
  };
}

/** Lit templates' static text minified (esbuild keeps it as written). */
const minifyLitTemplates: Plugin = {
  name: 'rendir-minify-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!/\b(html|svg|css)`/.test(text)) return undefined;
      return { contents: minifyTemplates(text, args.path), loader: 'ts' };
    });
  },
};

/** Reserved heights hosts can copy or link, so nothing jumps when the tags upgrade. */
export function reservedHeightCss(tags: readonly string[]): string {
  const heights: Record<string, string> = {
    'rendir-budget-viewer': '32rem',
    'rendir-indicator-tracker': '20rem',
    'rendir-commitment-card': '16rem',
    'rendir-commitment-list': '32rem',
    'rendir-dataset': '32rem',
  };
  const rules = tags.map(
    (tag) =>
      `${tag}:not(:defined){display:block;min-height:var(--rendir-reserved-height,${heights[tag] ?? '16rem'})}`,
  );
  return `/* Rendir: reserve space until the components load. */\n${rules.join('\n')}\n`;
}

/** Builds every bundle into `out` (default dist/bundle); returns the tags found. */
export async function bundle(out: string = defaultOut): Promise<string[]> {
  const tags = await discoverTags();
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });

  const builds: Promise<unknown>[] = [];
  for (const tag of tags) {
    builds.push(
      build({
        ...common,
        entryPoints: [join(src, 'define', `${tag}.ts`)],
        outfile: join(out, `${tag}.js`),
        plugins: [parserBesideBundles('./'), minifyLitTemplates],
      }),
    );
  }
  const allEntry = tags.map((tag) => `import './define/${tag}.ts';`).join('\n') + '\nexport {};\n';
  builds.push(
    build({
      ...common,
      entryPoints: ['rendir-all-entry'],
      outfile: join(out, 'rendir-all.js'),
      plugins: [
        virtual('rendir-all-entry', allEntry),
        parserBesideBundles('./'),
        minifyLitTemplates,
      ],
    }),
  );
  const autoloaderEntry =
    `import { startAutoloader } from './autoloader.ts';\n` +
    `startAutoloader({\n${tags.map((tag) => `  '${tag}': () => import('./define/${tag}.ts'),`).join('\n')}\n});\n`;
  builds.push(
    build({
      ...common,
      entryPoints: [{ in: 'rendir-autoloader-entry', out: 'autoloader' }],
      outdir: out,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      plugins: [
        virtual('rendir-autoloader-entry', autoloaderEntry),
        parserBesideBundles('../'),
        minifyLitTemplates,
      ],
    }),
  );
  builds.push(
    build({
      ...common,
      format: 'iife',
      entryPoints: [join(src, 'embed-host.ts')],
      outfile: join(out, 'embed-host.js'),
    }),
  );
  const frameEntry = `import { reportHeight } from './platform/embed-resize.ts';\nreportHeight();\n`;
  builds.push(
    build({
      ...common,
      entryPoints: ['rendir-embed-frame-entry'],
      outfile: join(out, 'embed-frame.js'),
      plugins: [virtual('rendir-embed-frame-entry', frameEntry)],
    }),
  );
  // The readers: one self-contained file each, so a page loads only its widget's.
  const parsers = (await readdir(join(src, 'platform', PARSERS_DIR)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(src, 'platform', PARSERS_DIR, f));
  builds.push(build({ ...common, entryPoints: parsers, outdir: join(out, PARSERS_DIR) }));
  await Promise.all(builds);
  await writeFile(join(out, 'rendir.css'), reservedHeightCss(tags));
  return tags;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tags = await bundle();
  console.log(`bundle: ${tags.length} tags (${tags.join(', ')}) -> dist/bundle/`);
}
