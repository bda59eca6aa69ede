// The script-tag bundles exactly as `npm run build` makes them (packages/components
// scripts/bundle.ts), built into bench/.data/bundle: a bench then serves a widget's
// bundle and, beside it, what it loads (the CSV reader in parsers/, chunks in lazy/), under
// their own names, as a CMS page would (a lazy chunk imports its bundle by name).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundle } from '../../packages/components/scripts/bundle.ts';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '.data', 'bundle');

export interface BuiltBundles {
  /** A file of the bundle folder, e.g. `rendir-dataset.js` or `parsers/table.js`. */
  read(file: string): Buffer;
  gzip(file: string): number;
  /** The file a URL path names in the bundle folder (`/rendir-x.js`, `/lazy/…`), if any. */
  served(pathname: string): Buffer | undefined;
}

export async function buildBundles(): Promise<BuiltBundles> {
  await bundle(out);
  const read = (file: string) => readFileSync(join(out, file));
  const served = (pathname: string) => {
    const file = /^\/((?:parsers\/|lazy\/)?[\w.-]+\.js)$/.exec(pathname)?.[1];
    return file && existsSync(join(out, file)) ? read(file) : undefined;
  };
  return { read, gzip: (file) => gzipSync(read(file), { level: 9 }).length, served };
}
