// Core's messages as data: every catalogue has the Spanish one's keys and placeholders, every
// key is said somewhere, and a language added at run time (a pseudo-language) says a real
// file's problems with no Spanish or English word left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import {
  addMessages,
  boundedValue,
  formatError,
  LANGS,
  loadAllMessages,
  PLACEHOLDER,
  printable,
  readBudgetFile,
  readPlan,
  type ContentError,
  type Lang,
  type MessageParam,
} from '../src/node.ts';
import es from '../src/messages/es.ts';
import { CORE_CATALOGUES } from '../src/messages/index.ts';
import { addPseudoLanguage, plainWords, pseudoCatalogue } from '../../../test/pseudo-language.ts';
import { planBytes } from './plan-fixtures.ts';

await loadAllMessages(LANGS);

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

test('every catalogue has exactly the Spanish keys, with the same placeholders', async () => {
  for (const [lang, load] of Object.entries(CORE_CATALOGUES)) {
    const catalogue: Record<string, string> = (await load()).default;
    assert.deepEqual(Object.keys(catalogue).sort(), Object.keys(es).sort(), lang);
    for (const [key, text] of Object.entries(es)) {
      assert.ok(catalogue[key].trim() !== '', `${lang}:${key} is empty`);
      assert.deepEqual(placeholders(catalogue[key]), placeholders(text), `${lang}:${key}`);
    }
  }
});

test('every message is said by some code: none is left behind when its code goes', () => {
  const code = globSync(['packages/core/src/**/*.ts', 'packages/components/src/**/*.ts'])
    .filter((file) => !file.includes('/messages/') && !file.endsWith('.test.ts'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const unused = Object.keys(es).filter((key) => !code.includes(`'${key}'`));
  assert.deepEqual(unused, []);
});

/** Every text a problem carries as data (file, value, header, parameters): no catalogue's. */
function dataOf(e: ContentError): string[] {
  // A value is printed bounded, its line breaks written out (`\n`): those are its words too.
  const value = e.value ?? '';
  const out = [e.file, value, printable(boundedValue(value)), e.header ?? ''];
  const walk = (param: MessageParam | undefined): void => {
    if (typeof param === 'string') out.push(param);
    else if (typeof param === 'object' && 'list' in param) out.push(...param.list);
    else if (typeof param === 'object' && 'figure' in param) return;
    else if (typeof param === 'object') for (const p of Object.values(param.params ?? {})) walk(p);
  };
  walk(e.message);
  walk(e.expected);
  return out;
}

test('a language added at run time says real files’ problems with no Spanish or English left', async () => {
  const xx = addPseudoLanguage();
  addMessages(xx, pseudoCatalogue(es));
  const files = [
    'packages/core/test/fixtures/budget-real/mexico_ramo23_general2015.csv',
    'packages/core/test/fixtures/budget-real/colombia_pgn2024_funcionamiento_deuda.csv',
  ];
  const problems: ContentError[] = [];
  for (const file of files) {
    const read = await readBudgetFile(file, { file: file.split('/').pop()! });
    problems.push(...read.errors, ...read.warnings);
  }
  const codes = new Set(problems.map((e) => e.code));
  assert.deepEqual([...codes].sort(), [
    'budget.accounting_zero',
    'csv.encoding_windows_1252',
    'schema.missing_column',
  ]);
  saidWithNoPlainWord(problems, xx);
});

/** Each problem in the pseudo-language keeps no Spanish or English word but the file's own. */
function saidWithNoPlainWord(problems: ContentError[], xx: Lang): void {
  for (const e of problems) {
    const line = formatError(e, xx);
    assert.match(line, /⟦/, line);
    assert.deepEqual(plainWords(line, dataOf(e)), [], line);
    // The same problem in Spanish has plain words: the check can fail.
    assert.notDeepEqual(plainWords(formatError(e, 'es'), dataOf(e)), []);
  }
}

test('a language added at run time says the real plans indicativos’ problems too', () => {
  const xx = addPseudoLanguage();
  addMessages(xx, pseudoCatalogue(es));
  const problems: ContentError[] = [];
  for (const name of [
    'gachancipa-plan-indicativo-2024-2027.csv',
    'tenjo-plan-indicativo-2024-2027.csv',
  ]) {
    const read = readPlan(planBytes(name), { file: `plan/${name}` });
    problems.push(...read.errors, ...read.warnings);
  }
  const codes = new Set(problems.map((e) => e.code));
  for (const code of ['plan.free_text_value', 'plan.invalid_value', 'csv.encoding_windows_1252'])
    assert.ok(codes.has(code), code);
  saidWithNoPlainWord(problems, xx);
});
