import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldText } from '../src/index.ts';

test('foldText folds case and Spanish accents, ñ and ç included', () => {
  assert.equal(foldText('BOGOTÁ, D.C.'), 'bogota, d.c.');
  assert.equal(foldText('Niñez y Educación'), 'ninez y educacion');
  assert.equal(foldText('Ça Über'), 'ca uber');
  // Letters outside the table go through Unicode normalisation.
  assert.equal(foldText('Ångström Ḑ'), 'angstrom d');
  assert.equal(foldText('línea 1\nlínea 2'), 'linea 1\nlinea 2');
});

test('foldText agrees with NFD-and-strip folding on any text', () => {
  const reference = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC');
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...'aáAÁeéEÉiíIÍoóOÓuúüUÚÜnñNÑcçÇ zZ-1.\n'), { maxLength: 40 }),
      (chars) => {
        const s = chars.join('');
        assert.equal(foldText(s), reference(s));
      },
    ),
  );
});
