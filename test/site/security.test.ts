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
    const out = join(base, 'dentro-sitio');
    const build = rendir('build', '--content', dir, '--out', out);
    assert.equal(build.status, 0, build.output);
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
});
