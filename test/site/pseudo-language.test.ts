// A site built in a language added at run time (the pseudo-language, test/site/pseudo-site.ts):
// every page says the interface, the status words and the progress explanation from the
// catalogues, with no Spanish or English word but the file's own. Proof that adding a
// language is one catalogue per package and one entry in core's list.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot, siteDist } from './helpers.ts';
import { plainWords, pseudoText } from '../pseudo-language.ts';

const fixture = join(repoRoot, 'test/site/fixtures/pseudo-language');
/** A real budget (core's fixtures, README there): the CUIPO report of a national tribunal. */
const cuipo = join(
  repoRoot,
  'packages/core/test/fixtures/budget-real/colombia_cuipo_923273244_2021.csv',
);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RENDIR_SEARCH: '0' };

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * What a reader reads on a page without JavaScript: its text and its labels, but code (the
 * embed snippets), addresses and file names, which are the same in every language.
 */
function readerText(html: string): string {
  const body = html
    .replace(/<(script|style|svg|code|pre|textarea)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/\bhttps?:\/\/[^\s"<>]+|[\w./-]+\.(?:csv|json)\b/g, ' ');
  const labels = [...body.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map(
    (m) => m[1],
  );
  return [body.replace(/<[^>]*>/g, ' ').replace(/\bhttps?:\/\/\S+/g, ' '), ...labels]
    .join('\n')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(
            parseInt(name.slice(name[1] === 'x' ? 2 : 1), name[1] === 'x' ? 16 : 10),
          )
        : (ENTITIES[name] ?? whole),
    );
}

/** The file's cells: data, which no catalogue translates. */
function dataOf(file: string, delimiter = ';'): string[] {
  return readFileSync(file, 'utf8')
    .split(new RegExp(`[\n"${delimiter}]`))
    .map((cell) => cell.trim())
    .filter(Boolean);
}

describe('a site in a language added at run time', () => {
  let out: string;
  let pages: string[];
  /** What `rendir build --lang xx` printed. */
  let log: string;

  before(() => {
    out = mkdtempSync(join(tmpdir(), 'rendir-pseudo-'));
    // The fixture with the CUIPO budget beside its indicators, read through its sidecar.
    const content = join(out, 'content');
    cpSync(fixture, content, { recursive: true });
    mkdirSync(join(content, 'budget'));
    copyFileSync(cuipo, join(content, 'budget', 'cuipo.csv'));
    writeFileSync(
      join(content, 'budget', 'cuipo.csv.yaml'),
      'rows: {tipo: eje_gasto}\nperiods: cumulative\n',
    );
    const build = spawnSync(
      process.execPath,
      [
        '--import',
        join(repoRoot, 'test/site/pseudo-site.ts'),
        join(repoRoot, 'site/bin/rendir.ts'),
        'build',
        '--content',
        content,
        '--out',
        join(out, 'site'),
        '--lang',
        'xx',
      ],
      { encoding: 'utf8', env },
    );
    assert.equal(build.status, 0, build.stdout + build.stderr);
    log = build.stdout + build.stderr;
    pages = globSync('**/*.html', { cwd: join(out, 'site') });
  });

  after(() => rmSync(out, { recursive: true, force: true }));

  test('every page says everything in the pseudo-language, the data aside', () => {
    const data = [
      ...dataOf(join(fixture, 'indicators/bogota-gobierno-abierto-indicadores.csv')),
      ...dataOf(cuipo, ','),
      // A name, the formats' names and the currency's code, the same in every language.
      'Rendir',
      'CSV',
      'JSON',
      'COP',
    ];
    assert.ok(pages.length >= 14, `${pages.length} pages`);
    const found: string[] = [];
    for (const page of pages) {
      const text = readerText(readFileSync(join(out, 'site', page), 'utf8'));
      for (const word of plainWords(text, data)) found.push(`${page}: ${word}`);
    }
    assert.deepEqual([...new Set(found)], []);
  });

  test('an indicator page says its status and explanation in the pseudo-language', () => {
    const page = pages.find((p) => readFileSync(join(out, 'site', p), 'utf8').includes('PAAC'));
    assert.ok(page, 'a page of the PAAC indicator');
    const text = readerText(readFileSync(join(out, 'site', page!), 'utf8'));
    assert.match(text, /⟦/);
    // «Avance = (41,7 − 52,9) ÷ …»: the explanation, its words swapped, its figures kept.
    assert.ok(text.includes(pseudoText('Avance').slice(1, -1)), relative(out, page!));
  });

  test('the budget page says its figures and execution in the pseudo-language', () => {
    const page = pages.find((p) => p.startsWith('xx1/') && p.split('/').length === 2);
    assert.ok(page, `the budget page among ${pages.join(', ')}`);
    const text = readerText(readFileSync(join(out, 'site', page!), 'utf8'));
    // The published payments, in Russian's digits, under their word, and the viewer's
    // element around them.
    assert.match(text.replace(/\s/g, ' '), /370 453 800/);
    for (const word of ['Pagos', 'Ejecución'])
      assert.ok(text.includes(pseudoText(word)), `${word} in the pseudo-language`);
    assert.ok(readFileSync(join(out, 'site', page!), 'utf8').includes('<rendir-budget-viewer'));
  });

  test('the rendir command speaks the added language too', () => {
    // «Contenido sin errores: …» and «Sitio construido en …», from the site's catalogue in xx.
    for (const spanish of ['Contenido sin errores:', 'Sitio construido en'])
      assert.ok(log.includes(pseudoText(spanish).slice(1, -1)), log);
    assert.doesNotMatch(log, /Contenido sin errores|Sitio construido/);
  });

  test('the same check finds words in the Spanish site: it can fail', () => {
    const html = readFileSync(join(siteDist, 'indicadores', 'index.html'), 'utf8');
    assert.notDeepEqual(plainWords(readerText(html)), []);
  });
});
