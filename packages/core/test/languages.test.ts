// One list of languages with their Intl locales: core's formatters, the site and the widgets read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_LANG,
  INTL_LOCALES,
  LANGS,
  formatCell,
  formatCompact,
  formatPercent,
  formatPeriod,
  isLang,
  parsePeriod,
  resolveLocale,
} from '../src/index.ts';
import { addPseudoLanguage, pseudoText } from '../../../test/pseudo-language.ts';

test('every language has an Intl locale that Intl supports, Spanish with Colombian conventions', () => {
  assert.equal(DEFAULT_LANG, 'es');
  assert.deepEqual(Object.keys(INTL_LOCALES).sort(), [...LANGS].sort());
  for (const lang of LANGS) {
    assert.deepEqual(Intl.NumberFormat.supportedLocalesOf([INTL_LOCALES[lang]]), [
      INTL_LOCALES[lang],
    ]);
  }
  assert.equal(INTL_LOCALES.es, 'es-CO');
});

test('a bare language code resolves to its locale; a full tag stays the author\u2019s', () => {
  assert.equal(resolveLocale('es'), 'es-CO');
  assert.equal(resolveLocale(''), 'es-CO');
  assert.equal(resolveLocale('EN'), 'en');
  assert.equal(resolveLocale('es-MX'), 'es-MX');
  assert.equal(formatPercent('0.125', 'es', 1), formatPercent('0.125', INTL_LOCALES.es, 1));
  assert.ok(isLang('en'));
  assert.ok(!isLang('fr'));
  assert.ok(!isLang(undefined));
});

test('an added language writes cell marks, quarters, compact words and percentages its own way', () => {
  const xx = addPseudoLanguage();
  const locale = INTL_LOCALES[xx];
  assert.equal(formatCell({ missing: 'suppressed', raw: 'R' }, locale), pseudoText('Reservado'));
  assert.equal(formatCell({ missing: 'no_data', raw: 'S/D' }, locale), pseudoText('S/D'));
  assert.equal(formatPeriod(parsePeriod('2025-Q3')!, locale), `${pseudoText('T')}3 2025`);
  assert.match(
    formatCompact('3400000', locale),
    new RegExp(`^3,4\u00a0${pseudoText('millones')}$`),
  );
  // Its currency marks are Intl's for its locale, as its full amounts' are (Russian: after).
  assert.match(
    formatCompact('2500000000', locale, { currency: 'COP' }),
    new RegExp(`^2,5\u00a0${pseudoText('mil millones').replace(/ /g, '\u00a0')}\\sCOP$`),
  );
  // The built-in languages keep theirs; an author's regional tag reads its language's.
  assert.equal(formatCell({ missing: 'suppressed', raw: 'R' }, 'es-MX'), 'Reservado');
  assert.equal(formatCell({ missing: 'suppressed', raw: 'R' }, 'en-GB'), 'Suppressed');
  assert.equal(formatPeriod(parsePeriod('2025-Q3')!, 'en-GB'), 'Q3 2025');
  assert.equal(formatCompact('3400000', 'es-CO'), '3,4\u00a0millones');
  assert.equal(formatPercent('0.125', 'es', 1), '12,5\u00a0%');
  assert.equal(formatPercent('0.125', 'en', 1), '12.5%');
});
