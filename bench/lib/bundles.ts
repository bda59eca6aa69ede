// The script-tag bundles exactly as `npm run build` makes them (packages/components
// scripts/bundle.ts), built into bench/.data/bundle: a bench then serves a widget's
// bundle and, beside it, the CSV reader it loads (parsers/<reader>.js), as a CMS page would.
import { readFileSync } from 'node:fs';
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
}

export async function buildBundles(): Promise<BuiltBundles> {
  await bundle(out);
  const read = (file: string) => readFileSync(join(out, file));
  return { read, gzip: (file) => gzipSync(read(file), { level: 9 }).length };
}
