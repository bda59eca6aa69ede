// After Astro writes the pages: the content's media, the component bundles for embeds,
// and the Pagefind search index, all inside the output folder. The index is fed while the
// pages render (middleware.ts, lib/search.ts) and written while the last ones do.
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundleDir } from './widgets.ts';
import { closeSearchIndex, finishSearchIndex, openSearchIndex } from './search.ts';

const search = () => process.env.RENDIR_SEARCH !== '0';

export function rendirIntegration(contentDir: string): AstroIntegration {
  let outDir = '';
  return {
    name: 'rendir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
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
