import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldText, formatDate, keepTogether, splitYearRanges } from '../src/index.ts';

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

test('foldText (one pass over the text) gives what table-then-normalise folding gives, on any Unicode', () => {
  // The two-step form it replaced, kept as the reference: a table for Spanish letters,
  // then NFD and the marks stripped when other non-ASCII characters remain.
  const table: Record<string, string> = Object.fromEntries(
    [...'áàäâãéèëêíìïîóòöôõúùüûñç'].map((ch, i) => [ch, 'aaaaaeeeeiiiiooooouuuunc'[i]]),
  );
  const reference = (s: string) => {
    const lower = s.toLowerCase();
    if (!/[^ -~\t\n\r]/.test(lower)) return lower;
    const plain = lower.replace(/[áàäâãéèëêíìïîóòöôõúùüûñç]/g, (ch) => table[ch]);
    return /[^ -~\t\n\r]/.test(plain)
      ? plain.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      : plain;
  };
  const spanish = fc.constantFrom(...'ÁÉÍÓÚÜÑáéíóúüñç€“”–\u0301\u00a0\t\r\n\u007f\u0001');
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 3 }), spanish), { maxLength: 30 }),
      (parts) => {
        const s = parts.join('');
        assert.equal(foldText(s), reference(s));
      },
    ),
    { numRuns: 2000 },
  );
});

test('splitYearRanges puts the periods of a plan name at odd places, the text whole', () => {
  assert.deepEqual(splitYearRanges('IV Plan de Acción de Estado Abierto 2020-2022'), [
    'IV Plan de Acción de Estado Abierto ',
    '2020-2022',
    '',
  ]);
  assert.deepEqual(splitYearRanges('Plan 2016–2018 y 2024/27'), [
    'Plan ',
    '2016–2018',
    ' y ',
    '2024/27',
    '',
  ]);
  // Codes and single years are no periods.
  assert.deepEqual(splitYearRanges('BPIN 2025680010001, año 2024'), [
    'BPIN 2025680010001, año 2024',
  ]);
  assert.deepEqual(splitYearRanges('IV-01'), ['IV-01']);
});

test('keepTogether leaves no place to break a date: the same text, every space a no-break one', () => {
  const date = formatDate('2021-12-31', 'es');
  assert.equal(keepTogether(date), '31\u00a0de\u00a0diciembre\u00a0de\u00a02021');
  assert.equal(keepTogether(formatDate('2021-12-31', 'en')), 'December\u00a031,\u00a02021');
  // What is read stays what it was.
  assert.equal(keepTogether(date).replace(/\u00a0/g, ' '), date);
});
