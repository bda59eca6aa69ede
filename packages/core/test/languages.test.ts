// One list of languages with their Intl locales: core's formatters, the site and the widgets read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_LANG,
  INTL_LOCALES,
  LANGS,
  formatPercent,
  isLang,
  resolveLocale,
} from '../src/index.ts';

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
