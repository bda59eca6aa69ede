// The widget registry (site/src/widgets/): each entry is complete and every list of the
// site iterates it, so that a widget is added in one file and its Astro component.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { messageText } from '@rendir/core';
import { WIDGETS } from '../src/widgets/index.ts';
import type { RefModel } from '../src/widgets/types.ts';
import { checkRef, COMPONENTS, findRefs } from '../src/lib/refs.ts';
import { WIDGET_TAGS } from '../src/lib/widgets.ts';

const site = (path: string) => new URL(`../${path}`, import.meta.url);

test('each widget names an Astro component of the site and a tag the components define', () => {
  assert.equal(new Set(WIDGETS.map((w) => w.tag)).size, WIDGETS.length, 'tags are unique');
  assert.equal(new Set(WIDGETS.map((w) => w.mdxName)).size, WIDGETS.length, 'names are unique');
  for (const w of WIDGETS) {
    assert.ok(existsSync(site(`src/components/${w.component}`)), w.component);
    assert.ok(existsSync(site(`../packages/components/src/define/${w.tag}.ts`)), w.tag);
  }
  assert.deepEqual(
    [...COMPONENTS],
    WIDGETS.map((w) => w.mdxName),
  );
  assert.deepEqual(
    [...WIDGET_TAGS],
    WIDGETS.map((w) => w.tag),
  );
});

// Just what the checks read: one budget with named levels, one commitment.
const model = {
  indicators: [],
  budgetByFile: new Map([['budget/b.csv', { levelNames: ['sector'] }]]),
  commitmentById: new Map([['co1', { commitment: { id: 'CO1' } }]]),
  datasetById: new Map(),
  config: {},
} as unknown as RefModel;

const problems = (mdx: string) =>
  findRefs(mdx).refs.flatMap((ref) =>
    checkRef('reports/a.mdx', ref, model).map((e) => [e.code, e.line, e.value]),
  );

test('a reference is checked by its widget, at the line of its tag', () => {
  assert.deepEqual(problems('<CommitmentCard id="CO1" />\n\n<CommitmentCard id="CO2" />\n'), [
    ['mdx.unknown_commitment', 3, 'id="CO2"'],
  ]);
  assert.deepEqual(problems('<BudgetViewer data="./budget/b.csv" levels="Sector, programa" />\n'), [
    ['mdx.unknown_level', 1, 'levels="programa"'],
  ]);
  assert.deepEqual(problems('<BudgetViewer levels="sector" />'), [
    ['mdx.missing_attribute', 1, undefined],
  ]);
  assert.deepEqual(problems('<DatasetViewer id={x} />'), [['mdx.expression', 1, undefined]]);
});

test('a component outside the registry is refused, naming every widget', () => {
  const [error] = findRefs('<Mapa id="x" />').refs.flatMap((ref) =>
    checkRef('pages/p.mdx', ref, model),
  );
  assert.equal(error.code, 'mdx.unknown_component');
  for (const w of WIDGETS)
    assert.ok(messageText(error.expected, 'en').includes(`<${w.mdxName}>`), w.mdxName);
});

test('an id that names nothing is said in words for each kind, listing the ids there are', () => {
  const errors = findRefs('<CommitmentCard id="CO9" />\n\n<DatasetViewer id="x" />\n').refs.flatMap(
    (ref) => checkRef('reports/a.mdx', ref, model),
  );
  assert.deepEqual(
    errors.map((e) => [messageText(e.message, 'es'), messageText(e.expected, 'en')]),
    [
      ['No hay ningún compromiso con el id «CO9»', 'a commitment id: «CO1»'],
      ['No hay ningún conjunto de datos con el id «x»', 'a data set id: '],
    ],
  );
});
