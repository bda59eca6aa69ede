// The widget registry (site/src/widgets/): each entry is complete and every list of the
// site iterates it, so that a widget is added in one file and its Astro component.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { messageText, planByEje, readPlan } from '@rendir/core';
import { WIDGETS } from '../src/widgets/index.ts';
import type { RefModel } from '../src/widgets/types.ts';
import type { PlanItem, SiteModel } from '../src/lib/model/types.ts';
import { indicatorTracker } from '../src/widgets/indicator-tracker.ts';
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

/** Gachancipá's real plan (core's fixtures/plan-real), as much of it as the checks read. */
function gachancipa(): PlanItem {
  const name = 'gachancipa-plan-indicativo-2024-2027';
  const file = `plan/${name}.csv`;
  const bytes = readFileSync(
    new URL(`../../packages/core/test/fixtures/plan-real/${name}.csv`, import.meta.url),
  );
  const { goals } = readPlan(new Uint8Array(bytes), { file });
  return { file, slug: name, goals, ejes: planByEje(goals) } as unknown as PlanItem;
}
const plan = gachancipa();

// Just what the checks read: one budget with named levels, one commitment, one plan.
const model = {
  indicators: [],
  sdgSeries: [],
  plans: [plan],
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

const PLAN = 'plan/gachancipa-plan-indicativo-2024-2027.csv';
const SECURITY = '1. MI COMPROMISO ES GACHANCIPA CON LA SEGURIDAD';

test('a plan is placed whole, by an eje in any case or accents, or by a goal’s code or name', () => {
  assert.deepEqual(
    problems(
      [
        `<IndicatorTracker data="${PLAN}" />`,
        `<IndicatorTracker data="./${PLAN}" eje="1. Mi compromiso es Gachancipá con la seguridad" />`,
        `<IndicatorTracker data="${PLAN}" goal="3" />`,
        `<IndicatorTracker data="${PLAN}" goal="crear el observatorio de seguridad del municipio" />`,
      ].join('\n\n'),
    ),
    [],
  );
  // Each shows its embed page: the whole plan's, the eje's (named as the file writes it).
  const embedOf = (mdx: string) =>
    indicatorTracker.refEmbed(findRefs(mdx).refs[0], model as unknown as SiteModel);
  assert.deepEqual(embedOf(`<IndicatorTracker data="${PLAN}" />`), {
    id: 'plan-gachancipa-plan-indicativo-2024-2027',
    widget: 'IndicatorTracker',
    props: { plan: plan.slug },
  });
  assert.deepEqual(
    embedOf(
      `<IndicatorTracker data="${PLAN}" eje="1. mi compromiso es gachancipa con la seguridad" />`,
    )?.props,
    { plan: plan.slug, eje: SECURITY },
  );
  assert.deepEqual(
    embedOf(
      `<IndicatorTracker data="${PLAN}" goal="Crear el observatorio de seguridad del municipio" />`,
    ),
    {
      id: 'plan-gachancipa-plan-indicativo-2024-2027-meta-3',
      widget: 'IndicatorTracker',
      props: { plan: plan.slug, goal: '3' },
    },
  );
});

test('an eje or goal the plan lacks is an error at its tag, with «¿Quiso decir…?» and what the plan has', () => {
  const mdx = [
    'Texto.',
    `<IndicatorTracker data="${PLAN}" eje="1. Mi compromiso es Gachancipá con la seguridá" />`,
    `<IndicatorTracker data="${PLAN}" goal="Crear el observatorio de seguridad municipal" />`,
    `<IndicatorTracker data="${PLAN}" eje="Seguridad" goal="3" />`,
    '<IndicatorTracker data="plan/gachancipa-plan-indicativo-2024-2072.csv" />',
  ].join('\n\n');
  const errors = findRefs(mdx).refs.flatMap((ref) => checkRef('reports/a.mdx', ref, model));
  assert.deepEqual(
    errors.map((e) => [e.code, e.line, e.column]),
    [
      ['mdx.unknown_plan_eje', 3, 1],
      ['mdx.unknown_plan_goal', 5, 1],
      ['mdx.plan_eje_and_goal', 7, 1],
      ['mdx.unknown_indicators', 9, 1],
    ],
  );
  const [eje, goal, both, file] = errors;
  assert.equal(
    messageText(eje.message, 'es'),
    `El plan «${PLAN}» no tiene el eje «1. Mi compromiso es Gachancipá con la seguridá». ¿Quiso decir «${SECURITY}»?`,
  );
  assert.match(messageText(eje.expected, 'en'), /^one of its ejes: «1\. MI COMPROMISO .*, «2\. MI/);
  assert.match(
    messageText(goal.message, 'en'),
    /has no goal “Crear el observatorio de seguridad municipal”\. Did you mean «Crear el observatorio de seguridad del municipio»\?$/,
  );
  assert.match(
    messageText(goal.expected, 'es'),
    /^el código o el nombre de una de sus metas: «1», «2»/,
  );
  assert.equal(both.value, 'goal="3"');
  assert.equal(
    messageText(file.message, 'es'),
    `No hay indicadores en «plan/gachancipa-plan-indicativo-2024-2072.csv». ¿Quiso decir «${PLAN}»?`,
  );
});

test('a name two goals share names neither: the check says what names each alone', () => {
  const [first, second] = plan.goals;
  const twins = { ...second, name: first.name };
  const goals = [first, twins];
  const shared = { ...plan, goals, ejes: planByEje(goals) } as PlanItem;
  const errors = findRefs(`<IndicatorTracker data="${PLAN}" goal="${first.name}" />`).refs.flatMap(
    (ref) => checkRef('reports/a.mdx', ref, { ...model, plans: [shared] }),
  );
  assert.deepEqual(
    errors.map((e) => [e.code, messageText(e.expected, 'en')]),
    [['mdx.ambiguous_plan_goal', 'what names only one of them: «1», «2»']],
  );
});
