// One slug rule for ids derived from names (core) and URL segments (the site).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readIndicators, slugify, uniqueSlugs } from '../src/index.ts';

test('slugs are lowercase ASCII letters, digits and hyphens, at most 80 characters, never empty', () => {
  assert.equal(slugify('Índice de innovación pública'), 'indice-de-innovacion-publica');
  assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
  assert.equal(slugify('Ñandú año 2024 — ¿ok?'), 'nandu-ano-2024-ok');
  assert.equal(slugify('¿?'), 'item');
  assert.equal(slugify('数据', 'indicador'), 'indicador');
  const long = slugify(`${'a'.repeat(79)} b c`);
  assert.equal(long, 'a'.repeat(79), 'cut at 80 without a trailing hyphen');
  assert.deepEqual(uniqueSlugs(['IV-01', 'iv 01', 'IV-02']), ['iv-01', 'iv-01-2', 'iv-02']);
});

test('an indicator without an id takes the slug of its name; unique, capped, and named when nothing is left', () => {
  const name = `Porcentaje de ${'trámites '.repeat(12)}en línea`;
  const csv = [
    'nombre;sentido;línea base;periodo línea base;meta;periodo meta',
    `${name};aumentar;1;2020;2;2024`,
    `${name};aumentar;1;2020;2;2024`,
    '¿?;aumentar;1;2020;2;2024',
  ].join('\n');
  const { records } = readIndicators(csv, { file: 'i.csv' });
  const ids = records.map((r) => r.id);
  assert.equal(ids[0], slugify(name));
  assert.ok(ids[0].length <= 80, ids[0]);
  assert.equal(ids[1], `${ids[0]}-2`);
  assert.equal(ids[2], 'indicador');
});
