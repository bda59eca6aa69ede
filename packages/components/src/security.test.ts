// A host page whose Object.prototype has been polluted (another script's bug) cannot
// change what a widget renders: records and cells built from data never inherit, and
// only own properties are read. Each widget is rendered from real fixtures on a clean
// page, then again with the prototype polluted: the text and the links must not change.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import './define/rendir-budget-viewer.ts';
import './define/rendir-commitment-card.ts';
import './define/rendir-commitment-list.ts';
import './define/rendir-dataset.ts';
import './define/rendir-indicator-tracker.ts';
import { budgetCsv, BUDGET_LEVELS } from './budget-viewer/fixtures.ts';
import { fixedToday, ivPlanMilestonesUrl, ivPlanUrl } from './commitment-card/fixtures.ts';
import { fixtures as datasetFixtures } from './dataset/fixtures/index.ts';
import { fullyRead } from './dataset/test-support/browser.ts';
import type { RendirDataset } from './dataset/dataset.ts';
import { bogotaUrl } from './indicator-tracker/fixtures.ts';
import { SocrataSource } from './dataset/sources/socrata.ts';
import { LoadError } from './platform/errors.ts';
import { lastParserThread, readOffMainThread } from './platform/parser-runner.ts';
import { DEFAULT_LIMITS, resolveLimits } from '@rendir/core';
import { readJson } from './platform/fetch.ts';

/**
 * Every optional field of the core's records (types.ts), the names a link is read
 * from, amounts, and the core's own markers (`missing`, `isPercent`). Not `value`: a
 * page with `Object.prototype.value` breaks every property descriptor, Lit's too.
 */
const FIELDS = [
  'accrualPeriodicity',
  'actionPlan',
  'bpin',
  'citizenLabel',
  'code',
  'commitmentId',
  'completion',
  'contactEmail',
  'description',
  'endDate',
  'evidenceUrl',
  'fundingSource',
  'group',
  'header',
  'issued',
  'lastUpdated',
  'leadInstitution',
  'license',
  'modified',
  'note',
  'potentialImpact',
  'potentialResults',
  'problem',
  'progressPct',
  'publicInfluence',
  'publisher',
  'responsible',
  'source',
  'sourceUrl',
  'startDate',
  'status',
  'theme',
  'unit',
  'href',
  'url',
  'source_url',
  'label',
  'raw',
  'payments',
  'commitments',
  'obligations',
  'current_appropriation',
  'initial_appropriation',
];
const POLLUTED: Record<string, unknown> = {
  ...Object.fromEntries(
    FIELDS.map((key) => [
      key,
      key.endsWith('rl') || key === 'href' ? 'https://evil.example/' : 'EVIL',
    ]),
  ),
  missing: 'not_applicable',
  isPercent: true,
  starred: true,
  decimals: 7,
  tolerance: 0.5,
};

function pollute(): void {
  for (const [key, value] of Object.entries(POLLUTED))
    Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
}

function clean(): void {
  for (const key of Object.keys(POLLUTED))
    delete (Object.prototype as Record<string, unknown>)[key];
}

interface Seen {
  text: string;
  links: string[];
}

/** Everything a reader gets: the shadow text (nested frames too) and every link. */
function seen(el: Element): Seen {
  const texts: string[] = [];
  const links: string[] = [];
  const walk = (root: ShadowRoot | Element) => {
    for (const node of root.querySelectorAll('*')) {
      if (node instanceof HTMLAnchorElement) links.push(node.getAttribute('href') ?? '');
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    texts.push(root.textContent ?? '');
  };
  walk(el.shadowRoot!);
  return { text: texts.join(' ').replace(/\s+/g, ' ').trim(), links };
}

type Ready = (el: Element) => Promise<unknown>;

const WIDGETS: [string, () => TemplateResult, Ready][] = [
  [
    'budget viewer',
    () =>
      html`<rendir-budget-viewer levels=${BUDGET_LEVELS} lang="es"
        ><script type="text/csv">
          ${budgetCsv}
        </script></rendir-budget-viewer
      >`,
    (el) => (el as HTMLElement & { loaded: Promise<boolean> }).loaded,
  ],
  [
    'indicator tracker',
    () => html`<rendir-indicator-tracker src=${bogotaUrl} lang="es"></rendir-indicator-tracker>`,
    (el) => (el as HTMLElement & { ready: Promise<unknown> }).ready,
  ],
  [
    'commitment list',
    () =>
      html`<rendir-commitment-list
        src=${ivPlanUrl}
        milestones-src=${ivPlanMilestonesUrl}
        today=${fixedToday}
        lang="es"
      ></rendir-commitment-list>`,
    (el) => (el as HTMLElement & { loaded: Promise<void> }).loaded,
  ],
  [
    'commitment card',
    () =>
      html`<rendir-commitment-card
        src=${ivPlanUrl}
        milestones-src=${ivPlanMilestonesUrl}
        commitment-id="IV-01"
        today=${fixedToday}
        lang="es"
      ></rendir-commitment-card>`,
    (el) => (el as HTMLElement & { loaded: Promise<void> }).loaded,
  ],
  [
    'dataset (CSV)',
    () => html`<rendir-dataset src=${datasetFixtures.contratos} lang="es"></rendir-dataset>`,
    (el) => fullyRead(el as RendirDataset),
  ],
  [
    'dataset (catalog)',
    () => html`<rendir-dataset src=${datasetFixtures.pida} lang="es"></rendir-dataset>`,
    (el) => fullyRead(el as RendirDataset),
  ],
];

async function render(template: TemplateResult, ready: Ready): Promise<Seen> {
  const el = await fixture(template);
  await ready(el);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const result = seen(el);
  el.remove();
  return result;
}

describe('a polluted Object.prototype changes nothing a widget renders', () => {
  afterEach(clean);

  for (const [name, template, ready] of WIDGETS) {
    it(name, async () => {
      const before = await render(template(), ready);
      expect(before.text.length).to.be.greaterThan(50);
      pollute();
      const after = await render(template(), ready);
      clean();
      expect(after.links.filter((l) => l.includes('evil'))).to.deep.equal([]);
      expect(after.links).to.deep.equal(before.links);
      let at = 0;
      while (at < before.text.length && before.text[at] === after.text[at]) at++;
      expect(after.text.slice(at, at + 120), 'first difference').to.equal(
        before.text.slice(at, at + 120),
      );
      expect(after.text).not.to.include('EVIL');
      expect(after.text).not.to.include('999');
      expect(after.text).not.to.include('{}');
    });
  }
});

describe('a portal row lacking a field named like a built-in', () => {
  it('shows an empty cell for a missing `__proto__`, `constructor` or `toString`, not `{}` or code', async () => {
    const fields = ['nombre', '__proto__', 'constructor', 'toString'];
    const rows = '[{"nombre":"A","__proto__":"x","constructor":"y","toString":"z"},{"nombre":"B"}]';
    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      const view =
        '{"name":"Vista","columns":[{"fieldName":"nombre","name":"Nombre"},{"fieldName":"__proto__","name":"Prototipo"}]}';
      const body = url.includes('/api/views/')
        ? view
        : decodeURIComponent(url).includes('count(')
          ? '[{"count":"2"}]'
          : rows;
      return new Response(body, {
        headers: {
          'Content-Type': 'application/json',
          'X-SODA2-Fields': JSON.stringify(fields),
          'X-SODA2-Types': JSON.stringify(fields.map(() => 'text')),
        },
      });
    };
    try {
      const source = new SocrataSource('https://datos.example.gov.co/resource/abcd-1234.json');
      const page = await source.page(
        { offset: 0, limit: 10, search: '', filters: [], sort: null },
        { timeout: 0 },
      );
      expect(page.rows).to.deep.equal([
        ['A', 'x', 'y', 'z'],
        ['B', '', '', ''],
      ]);
      const meta = await source.metadata({ timeout: 0 });
      expect(meta?.columnLabels?.['__proto__']).to.equal('Prototipo');
      expect(meta?.columnLabels?.['constructor']).to.equal(undefined);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('limits in the widgets', () => {
  it('a 100,000-column file is refused at once with the accessible error state', async function () {
    // 0.9 MB, one header row and one data row: it froze a page for 80 s.
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
    const row = Array.from({ length: 100_000 }, () => '1').join(',');
    const url = URL.createObjectURL(new Blob([`${header}\n${row}\n`], { type: 'text/csv' }));
    try {
      const el = await fixture<RendirDataset>(
        html`<rendir-dataset src=${url} lang="es"></rendir-dataset>`,
      );
      await el.loadComplete;
      await el.updateComplete;
      const state = el.shadowRoot!.querySelector('.rendir-state[data-state="error"]');
      expect(state, 'the error state').to.exist;
      expect(state!.getAttribute('role')).to.equal('alert');
      expect(state!.textContent).to.include('100000 columnas');
      expect(state!.textContent).to.include(`${DEFAULT_LIMITS.maxColumns}`);
      expect(el.shadowRoot!.querySelectorAll('[role="columnheader"]').length).to.equal(0);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('a worker that reads past its time budget is stopped, and the read fails as a time-out', async function () {
    // 5 MB takes tens of milliseconds to read at best: a 1 ms budget always runs out first.
    const text = `a,b,c\n${'1,2,3\n'.repeat(850_000)}`;
    let error: unknown;
    try {
      await readOffMainThread('table', { main: text }, { file: 'big.csv' }, { budgetMs: 1 });
    } catch (e) {
      error = e;
    }
    expect(lastParserThread).to.equal('worker');
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).kind).to.equal('timeout');
  });

  it('JSON data past the size limit is a content error naming it; within it, prototype-less', () => {
    const small = resolveLimits({ maxFileBytes: 10 });
    let error: unknown;
    try {
      readJson('[{"a":"12345678"}]', 'datos.json', undefined, small);
    } catch (e) {
      error = e;
    }
    expect((error as LoadError).kind).to.equal('content');
    expect((error as LoadError).contentErrors[0].code).to.equal('limit.file_bytes');
    const rows = readJson('[{"a":"1"}]', 'datos.json') as Record<string, unknown>[];
    expect(Object.getPrototypeOf(rows[0])).to.equal(null);
  });

  it('a cell past the limit stops the read with the error state, at its line and column', async function () {
    const cell = 'x'.repeat(DEFAULT_LIMITS.maxCellChars + 1);
    const csv = `nombre,texto\nA,corto\nB,${cell}\nC,corto\n`;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    try {
      const el = await fixture<RendirDataset>(
        html`<rendir-dataset src=${url} lang="en"></rendir-dataset>`,
      );
      await el.loadComplete;
      await el.updateComplete;
      const state = el.shadowRoot!.querySelector('.rendir-state[data-state="error"]');
      expect(state, 'the error state').to.exist;
      expect(state!.textContent).to.include(`${DEFAULT_LIMITS.maxCellChars + 1} characters`);
      expect(state!.textContent!.length).to.be.lessThan(2000, 'the cell is not shown');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('a budget whose cell is past the limit is refused at its line and column', async () => {
    const result = await readOffMainThread(
      'budget',
      { main: `vigencia;sector;apropiacion_vigente\n2025;${'y'.repeat(40_000)};10\n` },
      { file: 'presupuesto.csv' },
    );
    expect(result.records).to.deep.equal([]);
    expect(result.errors.map((e) => [e.code, e.line, e.column])).to.deep.equal([
      ['limit.cell', 2, 2],
    ]);
  });
});
