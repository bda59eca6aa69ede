// The script-tag bundles as a host page gets them: one file per widget that needs nothing
// else to render, and lazy chunks that take Lit and the platform from that file. Read where
// `npm run build` put them (builtBundles refuses them when older than a source), not bundled
// again for this test: a bundle of every widget takes about 22 s of CPU.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { discoverTags, LAZY_DIR } from '../../packages/components/scripts/bundle.ts';
import { builtBundles } from './support.ts';

let out = '';
let tags: string[] = [];
const read = (file: string) => readFile(join(out, file), 'utf8');
/** Static imports (`import{a}from"x"`, `import"x"`), not `import(...)` calls. */
const staticImports = (code: string) =>
  [...code.matchAll(/\bimport\s*(?:[\w$*{][^;]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
/** Lit registers its version once per copy. */
const litCopies = (code: string) => code.split('litElementVersions').length - 1;

before(async () => {
  out = join(builtBundles(), 'bundle');
  tags = await discoverTags();
  assert.ok(tags.length > 0, 'widgets to check');
});

test('each widget bundle and rendir-all are one file: no static import, one Lit', async () => {
  for (const file of [...tags.map((t) => `${t}.js`), 'rendir-all.js']) {
    const code = await read(file);
    assert.deepEqual(staticImports(code), [], `${file} imports nothing statically`);
    assert.equal(litCopies(code), 1, `${file} holds Lit once`);
  }
});

test('lazy chunks import shared code from their bundle and carry no Lit of their own', async () => {
  const chunks = await readdir(join(out, LAZY_DIR));
  assert.ok(chunks.length > 0, 'there are lazy chunks');
  const bundles = new Set([...tags.map((t) => `../${t}.js`), '../rendir-all.js']);
  for (const chunk of chunks) {
    const code = await read(join(LAZY_DIR, chunk));
    assert.equal(litCopies(code), 0, `${chunk} has no Lit copy`);
    for (const from of staticImports(code))
      assert.ok(
        bundles.has(from) || /^\.\/[\w-]+\.js$/.test(from),
        `${chunk} imports ${from}: only a bundle or another lazy chunk`,
      );
  }
});

test('a bundle loads its download code (CSV writer, PNG encoder) only when asked', async () => {
  const tracker = await read('rendir-indicator-tracker.js');
  assert.ok(!tracker.includes('toBlob'), 'no PNG encoder in the tracker bundle');
  const lazy = [...tracker.matchAll(/import\(["'](\.\/lazy\/[^"']+)["']\)/g)].map((m) => m[1]);
  const sources = await Promise.all(lazy.map((path) => read(path)));
  assert.ok(
    sources.some((code) => code.includes('toBlob') && code.includes('image/png')),
    'a lazy chunk of the tracker encodes PNG',
  );
});
