// After Astro writes the pages: the content's media, the component bundles for embeds,
// and the Pagefind search index, all inside the output folder. The index is fed while the
// pages render (middleware.ts, lib/search.ts) and written while the last ones do.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundleDir } from './widgets.ts';
import { closeSearchIndex, finishSearchIndex, openSearchIndex } from './search.ts';

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

export function rendirIntegration(contentDir: string): AstroIntegration {
  let outDir = '';
  return {
    name: 'rendir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // `astro dev` serves what the build copies: the widgets' bundles (as last built by
      // `npm run build`) under /rendir/, and the content's media under /media/.
      'astro:server:setup': ({ server }) => {
        const roots: [string, string | undefined][] = [
          ['/rendir/', bundleDir()],
          ['/media/', join(contentDir, 'media')],
        ];
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          for (const [prefix, root] of roots) {
            if (!root || !path.startsWith(prefix)) continue;
            const file = fileUnder(root, path.slice(prefix.length));
            if (!file) break;
            res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
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
        const media = join(contentDir, 'media');
        if (existsSync(media)) cpSync(media, join(out, 'media'), { recursive: true });
        const bundle = bundleDir();
        if (bundle) cpSync(bundle, join(out, 'rendir'), { recursive: true });
        if (!search()) return;
        const pages = await finishSearchIndex();
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
