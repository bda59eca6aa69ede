import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSiteConfig } from '../../src/lib/model/site-config.ts';
import { fixture, fixtureWith } from './helpers.ts';

test("site.yaml gives the site's settings, and the limits every reader obeys", async () => {
  const { config, limits, errors } = await readSiteConfig(fixture);
  assert.deepEqual(errors, []);
  assert.equal(config.name, 'Prueba del modelo');
  assert.deepEqual(config.locales, ['es', 'en']);
  assert.equal(config.number_format, 'es');
  assert.ok(limits.maxColumns > 0);
});

test('without site.yaml the rest is still read, and the problem says so', async () => {
  const { config, errors } = await readSiteConfig(mkdtempSync(join(tmpdir(), 'rendir-empty-')));
  assert.equal(errors.length, 1);
  assert.equal(errors[0].file, 'site.yaml');
  assert.deepEqual(config.locales, ['es']);
});

test('a logo that is not a file inside the folder is an error at theme.logo', async () => {
  const dir = fixtureWith({
    'site.yaml': 'name: X\nurl: https://x.example.org\ntheme: { logo: media/logo.svg }\n',
  });
  const { errors } = await readSiteConfig(dir);
  assert.deepEqual(
    errors.map((e) => [e.header, e.severity]),
    [['theme.logo', 'error']],
  );
});
