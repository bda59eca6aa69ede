// A language added by another copy of core (a page's own beside a widget bundle's, loaded
// first) is known to this one too: the list is read from the registry they share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  hasCatalogue,
  INTL_LOCALES,
  isLang,
  LANGS,
  languageOf,
  languageOfLocale,
} from '../src/index.ts';

test('a language another copy of core added after this one loaded is in its list', () => {
  assert.equal(isLang('qq'), false);
  // What `addLanguage` in another copy does to the registry they share.
  const shared = (globalThis as Record<symbol, unknown>)[
    Symbol.for('rendir.added-languages')
  ] as Map<string, unknown>;
  const language = { ...languageOf('en'), code: 'qq', intl: 'de-DE', name: 'Q' };
  shared.set('qq', { language, catalogues: { core: { 'json.required': 'Q!' } } });
  assert.equal(isLang('qq'), true);
  assert.ok(LANGS.includes('qq' as never));
  assert.equal(INTL_LOCALES['qq' as never], 'de-DE');
  assert.equal(languageOfLocale('de-DE').code, 'qq');
  // Its core catalogue came with it; a language without one has none to load.
  assert.equal(hasCatalogue('qq'), true);
  assert.equal(hasCatalogue('fr'), false);
  assert.equal(hasCatalogue('es'), true);
});
