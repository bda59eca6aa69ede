// One YAML loader for site.yaml, front matter and sidecars: core schema only, aliases
// limited, a size limit, and every problem with its line and column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYaml } from '../src/node.ts';
import { messageText, LANGS, loadAllMessages } from '../src/index.ts';

await loadAllMessages(LANGS);

const repo = join(import.meta.dirname, '../../..');

/** The "billion laughs": nine levels of nine aliases, 9^9 strings once expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const prev = names[i - 1];
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `title: Informe\n${lines.join('\n')}\n`;
}

// Expanded, the bomb is 9^9 (387 million) strings: the test ends at all only because the
// loader refuses it before expanding (no clock: a loaded machine made a time limit flaky).
test('an alias bomb is one error with its line, at once', () => {
  const loaded = loadYaml(aliasBomb());
  assert.equal(loaded.value, undefined);
  assert.deepEqual(
    loaded.problems.map((p) => [p.code, p.line]),
    [['yaml.aliases', 3]],
  );
});

test('aliases within the limit, expanded beyond it, are refused too', () => {
  // 8 aliases in the text, 9^4 nodes once expanded: past maxAliasCount.
  const text = 'a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b]\nd: [*c,*c]\n';
  const loaded = loadYaml(text, { maxYamlBytes: 1000, maxYamlAliases: 5 });
  assert.deepEqual(
    loaded.problems.map((p) => p.code),
    ['yaml.aliases'],
  );
});

test('custom tags are refused where they are, standard ones read', () => {
  const loaded = loadYaml('title: Informe\nsummary: !!js/function "function () { return 1 }"\n');
  assert.deepEqual(
    loaded.problems.map((p) => [p.code, p.line, p.column]),
    [['yaml.tag', 2, 10]],
  );
  assert.match(messageText(loaded.problems[0].message, 'es'), /«!!js\/function» no se admite/);
  for (const tag of ['!<tag:yaml.org,2002:js/undefined> x', '!custom x', '!!binary aGk=']) {
    assert.equal(loadYaml(`a: ${tag}\n`).problems[0]?.code, 'yaml.tag', tag);
  }
  assert.deepEqual(loadYaml('a: !!str 12\nb: !!int "7"\n').value, { a: '12', b: 7 });
});

test('too large is refused before it is parsed', () => {
  const loaded = loadYaml(`title: ${'x'.repeat(300_000)}\n`);
  assert.deepEqual(
    loaded.problems.map((p) => [p.code, p.line]),
    [['yaml.too_large', 1]],
  );
  assert.equal(loaded.doc, undefined);
});

test('syntax errors keep their line and column; the real site.yaml files read clean', () => {
  const broken = loadYaml("name: Alcaldía\nshort_name: x\nurl: 'https://a.example\n");
  assert.deepEqual(
    broken.problems.map((p) => [p.code, p.line, messageText(p.message, 'en')]),
    [['yaml.syntax', 4, "Missing closing 'quote"]],
  );
  for (const file of ['content/site.yaml', 'site/template/site.yaml']) {
    const loaded = loadYaml(readFileSync(join(repo, file), 'utf8'));
    assert.deepEqual(loaded.problems, [], file);
    assert.equal(typeof (loaded.value as { name: unknown }).name, 'string');
  }
});
