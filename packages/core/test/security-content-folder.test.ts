// The content folder is a boundary: links out of it, special files and paths that climb
// are refused with an error naming the file, and nothing of their target is read.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ContentFileError,
  contentFileProblem,
  copyContentFiles,
  formatError,
  listContentFiles,
  readBudgetFile,
  readContentFile,
  readCsvFile,
  readSidecar,
} from '../src/node.ts';
import { LANGS, loadAllMessages } from '../src/index.ts';

await loadAllMessages(LANGS);

const SECRET = 'RENDIR_SECRET_MARKER_7f3a';
let base: string;
let root: string;

describe('content folder boundary', () => {
  before(() => {
    base = mkdtempSync(join(tmpdir(), 'rendir-boundary-'));
    root = join(base, 'content');
    const outsideFile = join(base, 'secreto.csv');
    writeFileSync(outsideFile, `clave;valor\ntoken;${SECRET}\n`);
    mkdirSync(join(root, 'budget'), { recursive: true });
    mkdirSync(join(root, 'media', 'sub'), { recursive: true });
    writeFileSync(
      join(root, 'budget', 'real.csv'),
      'vigencia;sector;apropiacion_vigente\n2025;Salud;10\n',
    );
    symlinkSync('/proc/self/environ', join(root, 'budget', 'env.csv'));
    symlinkSync(outsideFile, join(root, 'budget', 'fuera.csv'));
    symlinkSync('../../secreto.csv', join(root, 'budget', 'relativo.csv'));
    symlinkSync('real.csv', join(root, 'budget', 'dentro.csv'));
    symlinkSync('no-existe.csv', join(root, 'budget', 'roto.csv'));
    symlinkSync(outsideFile, join(root, 'budget', 'real.csv.yaml'));
    writeFileSync(join(root, 'media', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    symlinkSync('../logo.svg', join(root, 'media', 'sub', 'logo-enlace.svg'));
    symlinkSync('..', join(root, 'media', 'sub', 'bucle'));
    symlinkSync(base, join(root, 'fuera'));
    assert.equal(spawnSync('mkfifo', [join(root, 'budget', 'tuberia.csv')]).status, 0);
  });

  after(() => rmSync(base, { recursive: true, force: true }));

  test('links out of the folder, broken links and FIFOs are refused by name', () => {
    const codes = (file: string) => contentFileProblem(root, file)?.code;
    assert.equal(codes('budget/env.csv'), 'content.outside');
    assert.equal(codes('budget/fuera.csv'), 'content.outside');
    assert.equal(codes('budget/relativo.csv'), 'content.outside');
    assert.equal(codes('budget/roto.csv'), 'content.broken_link');
    assert.equal(codes('budget/tuberia.csv'), 'content.not_regular');
    assert.equal(codes('fuera/secreto.csv'), 'content.outside');
    assert.equal(codes('../secreto.csv'), 'content.bad_path');
    assert.equal(codes('/etc/passwd'), 'content.bad_path');
    assert.equal(codes('budget'), 'content.not_regular');
    assert.equal(codes('budget/dentro.csv'), undefined, 'a link that stays inside is followed');
    assert.equal(codes('budget/real.csv'), undefined);
  });

  test('a refused file is never opened: the error names it and quotes nothing of it', async () => {
    for (const file of ['budget/env.csv', 'budget/fuera.csv', 'budget/tuberia.csv']) {
      await assert.rejects(readContentFile(root, file), (e: unknown) => {
        assert.ok(e instanceof ContentFileError);
        assert.equal(e.problem.file, file);
        for (const lang of ['es', 'en'] as const) {
          const line = formatError(e.problem, lang);
          assert.match(line, new RegExp(`^${file}`));
          assert.doesNotMatch(line, /secreto|proc|RENDIR|PATH=/);
        }
        return true;
      });
    }
  });

  test('the readers report a refused file as one error and no records', async () => {
    const env = await readBudgetFile(join(root, 'budget', 'env.csv'), { root });
    assert.deepEqual(env.records, []);
    assert.deepEqual(
      env.errors.map((e) => [e.file, e.code]),
      [['budget/env.csv', 'content.outside']],
    );
    const table = await readCsvFile(join(root, 'budget', 'fuera.csv'), { root });
    assert.equal(table.refused?.code, 'content.outside');
    assert.deepEqual(table.rows, []);
    assert.doesNotMatch(JSON.stringify(table), new RegExp(SECRET));
    // Without a root, the file's own folder is the boundary.
    const alone = await readCsvFile(join(root, 'budget', 'fuera.csv'));
    assert.equal(alone.refused?.code, 'content.outside');
  });

  test('a sidecar linked out of the folder is refused, and the CSV still read', async () => {
    const side = await readSidecar(join(root, 'budget', 'real.csv'), 'budget/real.csv', root);
    assert.deepEqual(
      side.errors.map((e) => [e.file, e.code]),
      [['budget/real.csv.yaml', 'content.outside']],
    );
    const read = await readBudgetFile(join(root, 'budget', 'real.csv'), { root });
    assert.equal(read.records.length, 1);
    assert.doesNotMatch(JSON.stringify(read), new RegExp(SECRET));
  });

  test('listing walks inside links once and reports links out', () => {
    const media = listContentFiles(root, 'media', { recursive: true });
    assert.deepEqual(media.files, ['media/logo.svg', 'media/sub/logo-enlace.svg']);
    assert.deepEqual(media.problems, []);
    const budget = listContentFiles(root, 'budget');
    assert.deepEqual(budget.files, ['budget/dentro.csv', 'budget/real.csv']);
    assert.deepEqual(
      budget.problems.map((p) => [p.file, p.code]),
      [
        ['budget/env.csv', 'content.outside'],
        ['budget/fuera.csv', 'content.outside'],
        ['budget/real.csv.yaml', 'content.outside'],
        ['budget/relativo.csv', 'content.outside'],
        ['budget/roto.csv', 'content.broken_link'],
        ['budget/tuberia.csv', 'content.not_regular'],
      ],
    );
    assert.deepEqual(
      listContentFiles(root, 'fuera').problems.map((p) => p.code),
      ['content.outside'],
    );
  });

  test('copies are regular files with the bytes, never links', async () => {
    const out = join(base, 'out');
    assert.equal(await copyContentFiles(root, 'media', out), 2);
    for (const file of ['logo.svg', 'sub/logo-enlace.svg']) {
      assert.ok(lstatSync(join(out, file)).isFile(), file);
      assert.equal(
        readFileSync(join(out, file), 'utf8'),
        readFileSync(join(root, 'media/logo.svg'), 'utf8'),
      );
    }
    assert.deepEqual(readdirSync(join(out, 'sub')), ['logo-enlace.svg']);
    const target = join(base, 'out-budget');
    await assert.rejects(copyContentFiles(root, 'budget', target), ContentFileError);
    assert.throws(() => readdirSync(target), 'nothing written before the refusal');
  });
});
