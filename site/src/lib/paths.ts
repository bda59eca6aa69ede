// Where the content folder is. Kept free of other imports: astro.config.ts and
// content.config.ts load it before anything else exists.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The content folder: RENDIR_CONTENT, else `content/` beside `site/`. */
export function contentDir(): string {
  const env = process.env.RENDIR_CONTENT;
  if (env) return resolve(env);
  // site/src/lib -> repo root; from the built bundle Vite keeps this file's own URL.
  const candidates = [resolve(here, '../../../content'), resolve(process.cwd(), '../content')];
  return candidates.find((dir) => existsSync(join(dir, 'site.yaml'))) ?? candidates[0];
}
