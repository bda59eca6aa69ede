// Every public property and attribute of every widget takes whatever a host page sets on
// it: arbitrary JSON-ish values (objects, lists, null, numbers, text, nested junk), before
// and after the element is on the page. The page never sees an error or an unhandled
// rejection, and the widget ends rendered or in its accessible error state. Fixed seeds:
// the same values every run (change a seed to explore further).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import fc from 'fast-check';
import type { ReactiveElement } from 'lit';
import './define/rendir-budget-viewer.ts';
import './define/rendir-commitment-card.ts';
import './define/rendir-commitment-list.ts';
import './define/rendir-dataset.ts';
import './define/rendir-indicator-tracker.ts';
import { BUDGET_LEVELS, budgetCsv } from './budget-viewer/fixtures.ts';
import { exampleCommitment, ivPlanUrl } from './commitment-card/fixtures.ts';
import { fixtures as datasetFixtures } from './dataset/fixtures/index.ts';
import { bogotaUrl } from './indicator-tracker/fixtures.ts';
import { thrownAtPage } from './test-support/thrown.ts';
import { waitUntil } from './test-support/wait.ts';

/** Attributes every Rendir element reads besides its own (RendirElement). */
const SHARED_ATTRIBUTES = ['lang', 'theme', 'data-rendir-theme', 'dir'];

/** Each widget with data it shows, so that most runs have something to render. */
const WIDGETS: { tag: string; setUp(el: HTMLElement): void }[] = [
  {
    tag: 'rendir-budget-viewer',
    setUp(el) {
      el.setAttribute('levels', BUDGET_LEVELS);
      const script = document.createElement('script');
      script.type = 'text/csv';
      script.textContent = budgetCsv;
      el.append(script);
    },
  },
  {
    tag: 'rendir-commitment-card',
    setUp(el) {
      Object.assign(el, { commitment: exampleCommitment, today: '2025-06-30' });
    },
  },
  { tag: 'rendir-commitment-list', setUp: (el) => el.setAttribute('src', ivPlanUrl) },
  { tag: 'rendir-dataset', setUp: (el) => el.setAttribute('src', datasetFixtures.contratos) },
  { tag: 'rendir-indicator-tracker', setUp: (el) => el.setAttribute('src', bogotaUrl) },
];

/** The element's public reactive properties and the attributes they read. */
function publicApi(tag: string): { properties: string[]; attributes: string[] } {
  const ctor = customElements.get(tag) as unknown as typeof ReactiveElement;
  const properties: string[] = [];
  const attributes = [...SHARED_ATTRIBUTES];
  for (const [name, options] of ctor.elementProperties) {
    if (options.state || typeof name !== 'string') continue;
    properties.push(name);
    if (options.attribute !== false)
      attributes.push(
        typeof options.attribute === 'string' ? options.attribute : name.toLowerCase(),
      );
  }
  return { properties, attributes };
}

/** What a host page may set from JavaScript: JSON of any shape, and a few hostile values. */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withSparseArray: true }),
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Infinity,
    -1,
    0,
    1e21,
    '',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '__proto__',
    [[]],
    { __proto__: null },
  ),
);

/** What a page's HTML (or a CMS) may write in an attribute. */
const attributeText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '0', '-5', '1e999', 'NaN', 'true', 'en', 'xx', 'treemap', 'table', '2025'),
);

/**
 * A page's `lang` is a language tag (junk there is the page's own axe violation, not the
 * widget's): one the widgets speak, one they do not, regional ones.
 */
const languageTag = fc.constantFrom('es', 'en', 'EN', 'es-MX', 'en-GB', 'fr', 'de-DE');

/** Sets values; a setter that refuses a value (throws) would throw into the page: recorded. */
function apply(el: HTMLElement, props: Record<string, unknown>, attrs: Record<string, string>) {
  for (const [name, value] of Object.entries(props))
    (el as unknown as Record<string, unknown>)[name] = value;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
}

/** Waits until the element's last load has settled: ready, empty or error. */
async function settled(el: ReactiveElement, states: string[]): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => ['ready', 'empty', 'error'].includes(states.at(-1) ?? ''), 'settled');
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/** Rendered, or the error state: an alert saying what went wrong. */
function endState(el: HTMLElement, status: string): string | undefined {
  const root = el.shadowRoot;
  const shown = (root?.textContent ?? '').trim();
  if (!root || shown === '') return 'nothing rendered';
  if (status === 'error') {
    const alert = root.querySelector('[role=alert]');
    if (!alert || (alert.textContent ?? '').trim() === '') return 'an error state with no alert';
  }
  return undefined;
}

describe('every public property and attribute of every widget, given junk', () => {
  for (const [index, { tag, setUp }] of WIDGETS.entries()) {
    it(`${tag} never throws into the page and ends rendered or in its error state`, async () => {
      const { properties, attributes } = publicApi(tag);
      const setting = fc.record({
        props: fc.dictionary(fc.constantFrom(...properties), junk, { maxKeys: 4 }),
        attrs: fc
          .tuple(
            fc.dictionary(fc.constantFrom(...attributes), attributeText, { maxKeys: 3 }),
            languageTag,
          )
          .map(([attrs, lang]) => ('lang' in attrs ? { ...attrs, lang } : attrs)),
        later: fc.dictionary(fc.constantFrom(...properties), junk, { maxKeys: 2 }),
      });
      const failures: string[] = [];
      const checkedAxe = new Set<string>();
      await fc
        .assert(
          fc.asyncProperty(setting, async ({ props, attrs, later }) => {
            const states: string[] = [];
            const values = () => JSON.stringify({ props, attrs, later });
            const el = document.createElement(tag) as HTMLElement & ReactiveElement;
            el.addEventListener('rendir-data-state', (e) => {
              if (e.composedPath()[0] === el) states.push(e.detail.status);
            });
            try {
              const caught: unknown[] = [];
              const atPage = await thrownAtPage(async () => {
                // A setter or an update that throws would throw into the host's script.
                try {
                  setUp(el);
                  apply(el, props, attrs);
                  await fixture(html`${el}`);
                  await settled(el, states);
                  // Then set again on the page, as a host's script does after the first render.
                  apply(el, later, {});
                  await settled(el, states);
                } catch (error) {
                  caught.push(error);
                }
              });
              const thrown = [...caught, ...atPage];
              const status = states.at(-1) ?? '';
              const problem = thrown.length ? `threw ${String(thrown[0])}` : endState(el, status);
              if (problem) {
                failures.push(`${problem} (${status}) with ${values()}`);
                return false;
              }
              // The first state of each kind (error, ready, empty) is checked by axe too.
              if (!checkedAxe.has(status)) {
                checkedAxe.add(status);
                try {
                  await expect(el).to.be.accessible();
                } catch (error) {
                  failures.push(`${String(error)} (${status}) with ${values()}`);
                  throw error;
                }
              }
              return true;
            } finally {
              el.remove();
            }
          }),
          { numRuns: 40, seed: 1700 + index, endOnFailure: true },
        )
        .catch((error: unknown) => {
          throw new Error(`${failures.join('\n')}\n${String(error)}`);
        });
    });
  }
});
