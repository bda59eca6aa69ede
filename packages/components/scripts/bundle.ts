/**
 * Builds the script-tag bundles into dist/bundle/ (tsc has already written the bare-import
 * ESM build to dist/):
 * - rendir-<tag>.js: one self-contained, minified bundle per src/define/<tag>.ts (found at
 *   build time, so widgets that land later are picked up);
 * - rendir-all.js: every tag;
 * - lazy/: what those bundles load only when a feature is used (a calculator, a remote
 *   source, an image export): each dynamic import() in widget code. Rollup builds these
 *   bundles because, with one entry, it leaves everything the entry already holds in the
 *   entry and lets the lazy chunk import it from there: the bundle stays one file, and a
 *   lazy chunk costs only its own code, never a second Lit (esbuild would move the shared
 *   code into a third file that the bundle itself would have to fetch first);
 * - autoloader.js (+ chunks/): defines only the tags present on the page, loading each
 *   tag's chunk on first sight;
 * - embed-host.js: the classic script a host page adds to resize Rendir iframes;
 * - embed-frame.js: the module an embed page loads to report its height;
 * - parsers/<reader>.js (budget, indicators, commitments, table): the CSV reading
 *   (papaparse, the core's schema readers), loaded by the bundles above only when a
 *   widget has CSV to read: as a Worker where the page allows one, else imported on the
 *   main thread (see src/platform/parser-runner.ts);
 * - rendir.css: reserved heights for not-yet-defined tags (no layout jump).
 */
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';
import { rollup, type OutputChunk, type Plugin as RollupPlugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import commonjsPlugin from '@rollup/plugin-commonjs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './minify-templates.ts';
import { reservedHeightRules } from '../src/platform/reserved-height.ts';

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

/** The readers, one file each, in this folder beside the bundles (see src/platform/parser-runner.ts). */
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
      b.onLoad({ filter: /[\\/]platform[\\/]parser-runner\.ts$/ }, async (args) => {
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

// The plugin's types are CommonJS-shaped: under NodeNext its default import types as the module.
const commonjs = commonjsPlugin as unknown as (typeof commonjsPlugin)['default'];

/** Where a bundle's lazy chunks go, beside the bundles. */
export const LAZY_DIR = 'lazy';

/** TypeScript to JavaScript for Rollup, with the same settings as the esbuild builds. */
function typescript(): RollupPlugin {
  return {
    name: 'rendir-typescript',
    // `import './x.js'` names x.ts in source (TypeScript's convention).
    async resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !/^\.\.?\//.test(source) || !source.endsWith('.js'))
        return null;
      const resolved = await this.resolve(source.replace(/\.js$/, '.ts'), importer, {
        skipSelf: true,
      });
      return resolved;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const text = /\b(html|svg|css)`/.test(code) ? minifyTemplates(code, id) : code;
      const out = await transform(text, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: id,
        tsconfigRaw: {
          compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
        },
      });
      return { code: out.code, map: null };
    },
  };
}

/**
 * The readers stay files of their own beside the bundles (see parserBesideBundles). The
 * source names them from the bundles' folder (`./parsers/x.js`, for `import()` and for
 * `new URL(…, import.meta.url)`); a chunk in lazy/ names them from one folder down.
 */
function parsersExternal(): RollupPlugin {
  const named = /(["'])\.\/parsers\/([a-z]+\.js)\1/g;
  return {
    name: 'rendir-parsers-external',
    resolveId(source) {
      return /^\.\/parsers\/[a-z]+\.js$/.test(source) ? { id: source, external: true } : null;
    },
    renderChunk(code, chunk) {
      const depth = chunk.fileName.split('/').length - 1;
      const moved = code.replace(named, `$1${'../'.repeat(depth)}parsers/$2$1`);
      return depth === 0 || moved === code ? null : { code: moved, map: null };
    },
  };
}

/**
 * Each chunk minified by Terser: on these bundles it is about 2 % smaller than esbuild's
 * minifier after gzip (rendir-all 66.3 -> 64.7 KB), for a second of build time.
 */
const minifyChunks: RollupPlugin = {
  name: 'rendir-minify',
  async renderChunk(code) {
    const out = await minify(code, {
      module: true,
      ecma: 2020,
      compress: { passes: 2, global_defs: { 'process.env.NODE_ENV': 'production' } },
      format: { comments: false },
    });
    return { code: out.code ?? code, map: null };
  },
};

/** The largest modules of a bundle, before minification (`RENDIR_BUNDLE_ANALYZE=1`). */
function printModules(chunk: OutputChunk): void {
  const rows = Object.entries(chunk.modules)
    .map(
      ([id, m]) =>
        [
          m.renderedLength,
          id.replace(/^.*node_modules\//, '').replace(resolve(root, '../..'), '.'),
        ] as const,
    )
    .sort((a, b) => b[0] - a[0]);
  const total = rows.reduce((sum, [n]) => sum + n, 0);
  console.log(`\n${chunk.fileName}: ${total} bytes before minification`);
  for (const [n, id] of rows.slice(
    0,
    Number(process.env.RENDIR_BUNDLE_ANALYZE) > 1 ? Number(process.env.RENDIR_BUNDLE_ANALYZE) : 25,
  ))
    console.log(`${String(n).padStart(8)}  ${id}`);
}

/**
 * One self-contained bundle (`file` in `out`) from `entry` (a path, or the code of an entry
 * module), with its dynamic imports as chunks in lazy/ that import shared code from the
 * bundle itself.
 */
async function bundleWithLazyChunks(entry: string, file: string, out: string): Promise<void> {
  const isPath = entry.endsWith('.ts') && !entry.includes('\n');
  const entryId = '\0rendir-entry';
  const bundled = await rollup({
    input: { [file.replace(/\.js$/, '')]: isPath ? entry : entryId },
    // The bundle may gain exports for its lazy chunks, rather than become a facade of one.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      {
        name: 'rendir-entry',
        resolveId: (source) => (source === entryId ? entryId : null),
        load: (id) => (id === entryId ? entry : null),
      },
      parsersExternal(),
      typescript(),
      nodeResolve({
        browser: true,
        exportConditions: ['source', 'browser', 'import', 'default'],
        extensions: ['.ts', '.mjs', '.js'],
      }),
      // papaparse is CommonJS; the core's barrel names it even where it is shaken out.
      commonjs(),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  });
  const { output } = await bundled.write({
    dir: out,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: `${LAZY_DIR}/[name]-[hash].js`,
    plugins: [minifyChunks],
  });
  if (process.env.RENDIR_BUNDLE_ANALYZE) printModules(output[0]);
  await bundled.close();
}

/** Reserved heights hosts can copy or link, so nothing jumps when the tags upgrade. */
export function reservedHeightCss(tags: readonly string[]): string {
  const rules = tags.map((tag) =>
    reservedHeightRules(
      tag,
      (attribute) => `${tag}:not(:defined)${attribute ? `[${attribute}]` : ''}`,
      'display:block;',
    ),
  );
  return `/* Rendir: reserve space until the components load. */\n${rules.join('\n')}\n`;
}

/** Builds every bundle into `out` (default dist/bundle); returns the tags found. */
export async function bundle(out: string = defaultOut): Promise<string[]> {
  const tags = await discoverTags();
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });

  const builds: Promise<unknown>[] = [];
  for (const tag of tags)
    builds.push(bundleWithLazyChunks(join(src, 'define', `${tag}.ts`), `${tag}.js`, out));
  const allEntry = tags.map((tag) => `import ${JSON.stringify(join(src, 'define', `${tag}.ts`))};`);
  builds.push(bundleWithLazyChunks(allEntry.join('\n'), 'rendir-all.js', out));
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
