// The site's words as data: every language's catalogue has exactly the Spanish one's keys and
// placeholders, and a language added at run time (a pseudo-language) says the site's
// interface, its paths and its problems with no Spanish or English word left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMessages,
  didYouMean,
  formatError,
  withHint,
  LANGS,
  PLACEHOLDER,
  type Lang,
  type MessageRef,
} from '@rendir/core';
import coreSpanish from '../../packages/core/src/messages/es.ts';
import es from '../src/messages/es.ts';
import { SITE_CATALOGUES } from '../src/messages/index.ts';
import {
  addSiteCatalogue,
  cliText,
  href,
  inEveryLanguage,
  t,
  type CliKey,
  type UiKey,
} from '../src/lib/i18n.ts';
import { parseSiteYaml } from '../src/lib/config.ts';
import { addPseudoLanguage, plainWords, pseudoCatalogue } from '../../test/pseudo-language.ts';
import { punctuationProblems } from '../../test/punctuation.ts';

/** Every text of a catalogue as `section.key` → text. */
function texts(catalogue: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of texts(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The texts a message's parameters carry (keys, values from the file): data, not words. */
function paramTexts(ref: MessageRef): string[] {
  return Object.values(ref.params ?? {}).flatMap((p) =>
    typeof p === 'string' ? [p] : typeof p === 'object' && 'key' in p ? paramTexts(p) : [],
  );
}

const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

test('every catalogue has exactly the Spanish keys, with the same placeholders', () => {
  const spanish = texts(es);
  for (const lang of LANGS) {
    const own = texts(SITE_CATALOGUES[lang]);
    assert.deepEqual([...own.keys()].sort(), [...spanish.keys()].sort(), lang);
    for (const [key, text] of spanish) {
      assert.ok(own.get(key)!.trim() !== '', `${lang}:${key} is empty`);
      assert.deepEqual(placeholders(own.get(key)!), placeholders(text), `${lang}:${key}`);
    }
  }
});

test('a language added at run time says the interface, paths and problems in its own words', () => {
  const xx = addPseudoLanguage();
  addMessages(xx, pseudoCatalogue(coreSpanish));
  addSiteCatalogue(xx, pseudoCatalogue(es));
  for (const key of Object.keys(es.ui) as UiKey[]) {
    const text = t(xx, key).replace(PLACEHOLDER, '');
    assert.deepEqual(plainWords(text), [], `${key}: ${text}`);
  }
  // The `rendir` command's console messages too, from the same catalogue.
  for (const key of Object.keys(es.cli) as CliKey[]) {
    const text = cliText(xx, key).replace(PLACEHOLDER, '');
    assert.deepEqual(plainWords(text), [], `cli.${key}: ${text}`);
  }
  assert.equal(
    cliText('es', 'created', { dir: 'x' }),
    'Carpeta creada en x. Edite site.yaml y los CSV, luego:\n  rendir check --content x\n  rendir build --content x --out x-sitio',
    'every place of a parameter is filled',
  );
  assert.deepEqual(plainWords(href(xx, 'es' as Lang, 'budget', 'salud')), ['salud']);
  assert.deepEqual(Object.keys(inEveryLanguage('downloadCatalog')), [...LANGS]);
  // site.yaml with a missing key, a bad value and a YAML error: every problem in xx.
  const broken = [
    parseSiteYaml('url: transparencia punto gov\n'),
    parseSiteYaml('name: [\n'),
  ].flatMap((r) => r.errors);
  assert.ok(broken.length >= 2);
  for (const e of broken) {
    const line = formatError(e, xx);
    assert.match(line, /⟦/);
    // The YAML library's own words (English) are data here, as in every language.
    const data = [e.file, e.value ?? '', ...paramTexts(e.message), ...paramTexts(e.expected)];
    assert.deepEqual(plainWords(line, data), [], line);
    assert.notDeepEqual(plainWords(formatError(e, 'es'), data), []);
  }
});

test('every problem of the site, said about an MDX page in every language, with or without a suggestion, has clean punctuation', () => {
  const problems = es.problems as Record<string, string>;
  for (const lang of LANGS)
    for (const key of Object.keys(problems))
      for (const hint of [undefined, didYouMean('gastos', ['gasto'])]) {
        const params = Object.fromEntries(
          placeholders(problems[key]).map((name) => [name, 'palabra']),
        );
        const message = withHint({ key, params }, hint);
        const text = formatError(
          {
            file: 'paginas/a.mdx',
            line: 3,
            column: 1,
            value: 'v',
            code: key,
            message,
            expected: message,
            severity: 'error',
          },
          lang,
        );
        assert.deepEqual(punctuationProblems(text), [], text);
        assert.doesNotMatch(text, /hoja de cálculo|spreadsheet/, text);
      }
});
