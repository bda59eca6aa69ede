// Nothing outside the content folder reaches the published site. A copy of the hostile
// fixture gets links made at test time (git would carry them the same way): to
// /proc/self/environ, to a secret file beside the folder, from media/, reports/ and a
// sidecar. `rendir check` and `rendir build` refuse them by name and print nothing of
// their targets; links that stay inside the folder build, as plain files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './helpers.ts';

const fixture = join(repoRoot, 'test/site/fixtures/hostile');
/** In the build's environment and in the secret file: no byte of it may be printed or published. */
const MARKER = `rendir-secret-${process.pid}-c0ffee`;
let base: string;

function rendir(...args: string[]) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'site/bin/rendir.ts'), ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      RENDIR_SEARCH: '0',
      RENDIR_TEST_SECRET: MARKER,
    },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** A fresh copy of the hostile fixture, with a data set `enlace` listed in its catalog. */
function contentCopy(name: string): string {
  const dir = join(base, name);
  cpSync(fixture, dir, { recursive: true });
  appendFileSync(join(dir, 'datasets/datasets.csv'), 'enlace,Datos enlazados,enlace.csv,x\n');
  return dir;
}

/** Every path under `dir`, lstat'ed (links are not followed). */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) => join(dir, p));
}

describe('the content folder is a boundary', () => {
  before(() => {
    base = mkdtempSync(join(tmpdir(), 'rendir-boundary-site-'));
    writeFileSync(join(base, 'secreto.txt'), `token=${MARKER}\n`);
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  test('links out of the folder fail check and build by name, and print nothing of their target', () => {
    const dir = contentCopy('hostil');
    const secret = join(base, 'secreto.txt');
    symlinkSync('/proc/self/environ', join(dir, 'datasets/enlace.csv'));
    symlinkSync(secret, join(dir, 'budget/clave.csv'));
    symlinkSync(secret, join(dir, 'media/fuga.svg'));
    symlinkSync(secret, join(dir, 'reports/fuga.mdx'));
    symlinkSync(secret, join(dir, 'indicators/indicators.csv.yaml'));
    const refused = [
      'budget/clave.csv',
      'datasets/enlace.csv',
      'indicators/indicators.csv.yaml',
      'media/fuga.svg',
      'reports/fuga.mdx',
    ];
    for (const lang of ['es', 'en']) {
      const check = rendir('check', '--content', dir, '--lang', lang);
      assert.equal(check.status, 1, check.output);
      const words =
        lang === 'es' ? /fuera de la carpeta de contenido/ : /outside the content folder/;
      for (const file of refused) {
        const line = check.output.split('\n').find((l) => l.includes(`${file} —`));
        assert.ok(line, `${file} is named:\n${check.output}`);
        assert.equal(check.output.split(`${file} —`).length, 2, `${file} is named once`);
        assert.match(line, words);
      }
      assert.doesNotMatch(check.output, new RegExp(MARKER), 'no byte of a target is printed');
      assert.doesNotMatch(check.output, /PATH=|HOME=/);
    }
    const out = join(base, 'hostil-sitio');
    const build = rendir('build', '--content', dir, '--out', out);
    assert.equal(build.status, 1, build.output);
    assert.doesNotMatch(build.output, new RegExp(MARKER));
    assert.equal(existsSync(out), false, 'nothing is written');
  });

  test('links that stay inside the folder build, and the output holds no link and no secret', () => {
    const dir = contentCopy('dentro');
    symlinkSync('formulas.csv', join(dir, 'datasets/enlace.csv'));
    const logo =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n';
    writeFileSync(join(dir, 'media/logo.svg'), logo);
    symlinkSync('logo.svg', join(dir, 'media/logo-enlace.svg'));
    symlinkSync('../media', join(dir, 'media/otra'), 'dir');
    // A widget placed as a raw element would fetch from anywhere: it is shown as code.
    writeFileSync(
      join(dir, 'reports/remoto.mdx'),
      '---\ntitle: Remoto\ndate: 2025-02-01\n---\n\n<rendir-dataset src="https://evil.example/datos.csv"></rendir-dataset>\n',
    );
    // A `.md` report's raw HTML is not JSX: it is shown as text too.
    writeFileSync(
      join(dir, 'reports/crudo.md'),
      '---\ntitle: Crudo\ndate: 2025-02-02\n---\n\n<script>alert(1)</script>\n\nTexto <img src="x" onerror="alert(2)" /> fin.\n\n<rendir-dataset src="https://evil.example/a.csv"></rendir-dataset>\n',
    );
    const out = join(base, 'dentro-sitio');
    const build = rendir('build', '--content', dir, '--out', out);
    assert.equal(build.status, 0, build.output);
    const remote = readFileSync(join(out, 'informes/remoto/index.html'), 'utf8');
    assert.doesNotMatch(remote, /<rendir-dataset[^>]*evil/, 'no raw widget element');
    assert.match(
      remote,
      /&lt;rendir-dataset src=(&quot;|")https:\/\/evil\.example/,
      'shown as code',
    );
    const links = walk(out).filter((p) => lstatSync(p).isSymbolicLink());
    assert.deepEqual(links, [], 'the output holds no symlink');
    assert.equal(readFileSync(join(out, 'media/logo-enlace.svg'), 'utf8'), logo);
    assert.ok(lstatSync(join(out, 'media/logo-enlace.svg')).isFile());
    const dataset = readFileSync(join(out, 'datos/conjunto-enlace.csv'), 'utf8');
    assert.match(dataset, /HYPERLINK/, 'the inside link is published as its file');
    const leaks = walk(out).filter(
      (p) => lstatSync(p).isFile() && readFileSync(p).includes(MARKER),
    );
    assert.deepEqual(leaks, [], 'no byte of the environment is published');
  });

  test('YAML is read by one safe loader: check and build refuse bombs, custom tags, impossible dates and long titles by line', () => {
    const dir = contentCopy('yaml');
    const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [prev, name] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi'])
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    writeFileSync(
      join(dir, 'reports/bomba.mdx'),
      `---\ntitle: Bomba\ndate: 2025-01-01\n${laughs.join('\n')}\n---\n\nTexto.\n`,
    );
    writeFileSync(
      join(dir, 'reports/funcion.mdx'),
      '---\ntitle: Función\ndate: 2025-01-01\nsummary: !!js/function "function () {}"\n---\n\nTexto.\n',
    );
    writeFileSync(
      join(dir, 'pages/titulo.mdx'),
      `---\ntitle: ${'Muy largo '.repeat(40)}\n---\n\nTexto.\n`,
    );
    writeFileSync(
      join(dir, 'pages/enorme.mdx'),
      `---\ntitle: ${'x'.repeat(5 * 1024 * 1024)}\n---\n\nTexto.\n`,
    );
    // A date the pattern takes and the calendar does not: the build's parser refused it.
    writeFileSync(
      join(dir, 'reports/fecha.mdx'),
      '---\ntitle: Fecha\ndate: 2025-13-45\nsummary: 42\n---\n\nTexto.\n',
    );
    // Unquoted, the build's YAML reads this title as a date.
    writeFileSync(
      join(dir, 'reports/titulo-fecha.mdx'),
      '---\ntitle: 2025-01-01\ndate: 2025-03-01\n---\n\nTexto.\n',
    );
    const expected = [
      /reports\/titulo-fecha\.mdx:2:8 — «title: 2025-01-01» Sin comillas/,
      /reports\/fecha\.mdx:3:7 — «date: 2025-13-45» La fecha no es válida/,
      /reports\/fecha\.mdx:4:10 — «summary: 42» El resumen no es texto/,
      /reports\/bomba\.mdx:5:\d+ — .*alias/,
      /reports\/funcion\.mdx:4:10 — .*«!!js\/function» no se admite/,
      /pages\/titulo\.mdx:2:\d+ — El título tiene 399 caracteres; el límite es 300/,
      /pages\/enorme\.mdx:2:1 — .*el límite es 262144/,
    ];
    const check = rendir('check', '--content', dir, '--lang', 'es');
    assert.equal(check.status, 1, check.output);
    for (const line of expected) assert.match(check.output, line);
    assert.ok(check.output.length < 10_000, 'no title or file echoed');
    const out = join(base, 'yaml-sitio');
    const build = rendir('build', '--content', dir, '--out', out, '--lang', 'es');
    assert.equal(build.status, 1);
    for (const line of expected) assert.match(build.output, line);
    assert.doesNotMatch(build.output, /at .*\.ts:\d+/, 'no stack trace');
    assert.equal(existsSync(out), false);
    // A site may raise the title limit.
    appendFileSync(join(dir, 'site.yaml'), 'limits:\n  max_title_chars: 1000\n');
    assert.doesNotMatch(rendir('check', '--content', dir).output, /titulo\.mdx/);
  });

  test('the logo is a content path under media/, never a link to another host', () => {
    const withLogo = (name: string, logo: string) => {
      const dir = contentCopy(name);
      const yaml = readFileSync(join(dir, 'site.yaml'), 'utf8');
      const primary = "  primary: '#1d4f91'";
      writeFileSync(join(dir, 'site.yaml'), yaml.replace(primary, `${primary}\n  logo: ${logo}`));
      return rendir('check', '--content', dir, '--lang', 'en');
    };
    const hostile = [
      "'\\evil.example/x.svg'",
      '//evil.example/x.svg',
      'https://evil.example/x.svg',
      'media/../../x.svg',
      'otra/logo.svg',
    ];
    for (const [i, logo] of hostile.entries()) {
      const check = withLogo(`logo-${i}`, logo);
      assert.equal(check.status, 1, logo);
      assert.match(check.output, /site\.yaml:\d+:\d+ — .*theme\.logo/, logo);
    }
    const missing = withLogo('logo-falta', 'media/no-existe.svg');
    assert.match(
      missing.output,
      /media\/no-existe\.svg — The file does not exist \(column «theme\.logo»\)/,
    );
  });
});
