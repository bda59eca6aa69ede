// After Astro writes the pages: the content's media, the component bundles for embeds,
// and the Pagefind search index, all inside the output folder.
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleDir } from './widgets.ts';
import * as pagefind from 'pagefind';

export function rendirIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'rendir',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const media = join(contentDir, 'media');
        if (existsSync(media)) cpSync(media, join(out, 'media'), { recursive: true });
        const bundle = bundleDir();
        if (bundle) cpSync(bundle, join(out, 'rendir'), { recursive: true });
        if (process.env.RENDIR_SEARCH === '0') return;
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`search index: ${added.page_count} pages`);
        await pagefind.close();
      },
    },
  };
}
