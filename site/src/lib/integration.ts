// After Astro writes the pages: the content's media, the component bundles for embeds,
// and the Pagefind search index, all inside the output folder. The index is fed while the
// pages render (middleware.ts, lib/search.ts) and written while the last ones do.
import { cpSync, createReadStream, existsSync, statSync, watch } from 'node:fs';
import { basename, dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import {
  copyContentFiles,
  formatError,
  ContentFileError,
  resolveContentFile,
} from '@rendir/core/node';
import { bundleDir } from './widgets.ts';
import { closeSearchIndex, finishSearchIndex, openSearchIndex } from './search.ts';
import { withBase } from './paths.ts';
import { getModel } from './model.ts';
import { SLUGS } from './i18n.ts';
import { writeJson } from './json-stream.ts';
import { publishesSiteWideFiles, SITE_WIDE_ROUTES } from './versions.ts';

const search = () => process.env.RENDIR_SEARCH !== '0';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
};

/** The file under `root` that `path` names, never one outside it. */
function fileUnder(root: string, path: string): string | undefined {
  let file: string;
  try {
    // Rooted first, so that `..` cannot climb above `root`.
    file = join(root, normalize(`/${decodeURIComponent(path)}`));
  } catch {
    return undefined; // a malformed %-escape
  }
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile())
    return undefined;
  return file;
}

/**
 * Calls `changed` each time the folder at `dir` is replaced by a new one (`npm run dev`
 * builds the bundles beside it and swaps them in: scripts/dev.ts). Returns a closer.
 */
export function watchFolderSwaps(dir: string, changed: () => void): () => void {
  const identity = () => (existsSync(dir) ? statSync(dir).ino : undefined);
  let last = identity();
  const watcher = watch(dirname(dir), (_event, name) => {
    if (name !== basename(dir)) return;
    const now = identity();
    // Absent between the two renames of a swap; the same folder when only its files changed.
    if (now === undefined || now === last) return;
    last = now;
    changed();
  });
  return () => watcher.close();
}

export function rendirIntegration(contentDir: string): AstroIntegration {
  let outDir = '';
  return {
    name: 'rendir',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!publishesSiteWideFiles()) return;
        for (const file of SITE_WIDE_ROUTES)
          injectRoute({
            pattern: `/${file}`,
            entrypoint: new URL(`../routes/${file}.ts`, import.meta.url),
          });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // `astro dev` serves what the build copies: the widgets' bundles (as last built by
      // `npm run build`) under /rendir/, and the content's media under /media/.
      'astro:server:setup': ({ server, logger }) => {
        const bundle = bundleDir();
        // Open pages reload when the bundles are rebuilt, through Vite's own reload message.
        if (bundle && existsSync(dirname(bundle))) {
          const close = watchFolderSwaps(bundle, () => {
            logger.info('widget bundles rebuilt: reloading open pages');
            server.ws.send({ type: 'full-reload', path: '*' });
          });
          server.httpServer?.once('close', close);
        }
        // Media through the content folder's boundary, as the build copies them.
        const media = (path: string) => {
          const found = fileUnder(join(contentDir, 'media'), path);
          if (!found) return undefined;
          const file = relative(contentDir, found).split(sep).join('/');
          const real = resolveContentFile(contentDir, file);
          return 'path' in real ? real.path : undefined;
        };
        const roots: [string, (path: string) => string | undefined][] = [
          [withBase('/rendir/'), (path) => (bundle ? fileUnder(bundle, path) : undefined)],
          [withBase('/media/'), media],
        ];
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          for (const [prefix, find] of roots) {
            if (!path.startsWith(prefix)) continue;
            const file = find(path.slice(prefix.length));
            if (!file) break;
            res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
            // Rebuilt under the same names: a reload must fetch them again.
            res.setHeader('Cache-Control', 'no-cache');
            createReadStream(file).pipe(res);
            return;
          }
          next();
        });
      },
      'astro:build:start': async () => {
        if (search()) await openSearchIndex(pagefind, join(outDir, 'pagefind'));
        else await closeSearchIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Bytes of regular files only: the output never holds a link (a deploy step that
        // follows links would publish its target). `rendir build` has refused such media
        // already; a plain `astro build` stops here.
        try {
          await copyContentFiles(contentDir, 'media', join(out, 'media'));
        } catch (e) {
          if (e instanceof ContentFileError)
            throw new Error(formatError(e.problem, 'en'), { cause: e });
          throw e;
        }
        // The JSON downloads, one after another, a slice at a time (pages/[dir]/[file].ts).
        const model = await getModel();
        const data = join(out, SLUGS[model.defaultLang].data);
        for (const download of model.downloads)
          await writeJson(join(data, `${download.name}.json`), download.json());
        const bundle = bundleDir();
        // A dated copy's pages run the site's own /rendir/ (paths.ts): no copy of its own.
        if (bundle && !process.env.RENDIR_PINNED)
          cpSync(bundle, join(out, 'rendir'), { recursive: true, dereference: true });
        if (!search()) return;
        const pages = await finishSearchIndex();
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
