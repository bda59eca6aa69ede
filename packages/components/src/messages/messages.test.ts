// The widgets' words as data: every language's module has exactly the Spanish catalogues'
// keys and parameters, and a language added at run time (a pseudo-language) renders a
// widget over a real file with no Spanish or English word left.
import { expect, fixture, html } from '@open-wc/testing';
import { addLanguage } from '@rendir/core';
import coreSpanish from '../../../core/src/messages/es.ts';
import {
  addPseudoLanguage,
  plainWords,
  PSEUDO,
  pseudoCatalogue,
  pseudoText,
} from '../../../../test/pseudo-language.ts';
import { loadLanguage, missingKeys, platformMessages } from '../platform/i18n.ts';
import type { Catalogue, Locale, Messages } from '../platform/i18n.ts';
import { TRANSLATIONS } from './index.ts';
import { budgetMessages } from '../budget-viewer/budget-viewer.messages.ts';
import { totalsMessages } from '../budget-viewer/budget-totals.ts';
import { tableMessages } from '../budget-viewer/budget-table.ts';
import { pricesMessages } from '../budget-viewer/budget-prices.ts';
import { icicleMessages } from '../budget-viewer/budget-icicle.ts';
import { contributionMessages } from '../budget-viewer/budget-contribution.ts';
import { yearsMessages } from '../budget-viewer/budget-years.ts';
import { commitmentMessages } from '../commitment-card/messages.ts';
import { datasetMessages } from '../dataset/messages.ts';
import { chartMessages } from '../dataset/chart-messages.ts';
import { pagerMessages } from '../dataset/remote-pager.ts';
import { trackerMessages } from '../indicator-tracker/messages.ts';
import { sdgMessages } from '../indicator-tracker/sdg-messages.ts';
import { planMessages } from '../indicator-tracker/plan-messages.ts';
import { seriesSummaryMessages } from '../platform/chart-kit/summary.ts';
import { categorySummaryMessages } from '../platform/chart-kit/category-summary.ts';
import { fixtures } from '../dataset/fixtures/index.ts';
import { settled, until } from '../dataset/test-support/browser.ts';
import { bogotaUrl } from '../indicator-tracker/fixtures.ts';
import { ivPlanMilestonesUrl, ivPlanUrl } from '../commitment-card/fixtures.ts';
import '../define/rendir-dataset.ts';
import '../define/rendir-budget-viewer.ts';
import '../define/rendir-indicator-tracker.ts';
import '../define/rendir-commitment-card.ts';
import '../define/rendir-commitment-list.ts';
import type { RendirDataset } from '../dataset/dataset.ts';
import type { RendirIndicatorTracker } from '../indicator-tracker/indicator-tracker.ts';
import type { RendirCommitmentCard } from '../commitment-card/commitment-card.ts';
import type { RendirCommitmentList } from '../commitment-card/commitment-list.ts';
import type { RendirBudgetViewer } from '../budget-viewer/budget-viewer.ts';

/** Every catalogue of the package, by the name its languages' modules give it. */
const CATALOGUES: Record<string, Catalogue<Messages>> = {
  platform: platformMessages,
  budget: budgetMessages,
  budgetTotals: totalsMessages,
  budgetTable: tableMessages,
  budgetPrices: pricesMessages,
  budgetIcicle: icicleMessages,
  budgetContribution: contributionMessages,
  budgetYears: yearsMessages,
  commitment: commitmentMessages,
  dataset: datasetMessages,
  datasetChart: chartMessages,
  datasetPager: pagerMessages,
  tracker: trackerMessages,
  trackerSdg: sdgMessages,
  trackerPlan: planMessages,
  seriesSummary: seriesSummaryMessages,
  categorySummary: categorySummaryMessages,
};

/** Every text a dataset widget over a real file shows, its labels and hints included. */
async function shownBy(lang: string): Promise<string> {
  const el = await fixture<RendirDataset>(
    html`<rendir-dataset lang=${lang} src=${fixtures.secop} heading="SECOP II"></rendir-dataset>`,
  );
  await settled(el);
  await until(() => el.shadowRoot!.querySelector('.body [role="row"]') !== null, 'the rows');
  await settled(el);
  const root = el.shadowRoot!;
  return [
    root.textContent ?? '',
    ...[...root.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((node) =>
      ['aria-label', 'title', 'placeholder'].map((a) => node.getAttribute(a) ?? ''),
    ),
  ].join('\n');
}

/** A root's text, its labels and hints, and those of the shadow roots inside it. */
function deepText(root: ShadowRoot): string {
  const nodes = [...root.querySelectorAll('*')];
  return [
    root.textContent ?? '',
    ...nodes.flatMap((node) =>
      ['aria-label', 'title', 'placeholder'].map((a) => node.getAttribute(a) ?? ''),
    ),
    ...nodes.flatMap((node) => (node.shadowRoot ? [deepText(node.shadowRoot)] : [])),
  ].join('\n');
}

/** Every cell of the files, whole and word by word: data, which no catalogue translates. */
async function cellsOf(...urls: string[]): Promise<string[]> {
  const texts = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
  return texts.flatMap((text) => text.split(/[\n;,"]/).map((cell) => cell.trim()));
}

/** The tracker over Bogotá's real table, the card and the list over the IV plan's commitments. */
async function trackerAndCommitments(lang: string): Promise<string> {
  const tracker = await fixture<RendirIndicatorTracker>(
    html`<rendir-indicator-tracker lang=${lang} src=${bogotaUrl}></rendir-indicator-tracker>`,
  );
  await tracker.ready;
  await tracker.updateComplete;
  const card = await fixture<RendirCommitmentCard>(
    html`<rendir-commitment-card
      lang=${lang}
      src=${ivPlanUrl}
      milestones-src=${ivPlanMilestonesUrl}
      commitment-id="IV-02"
      example="milestones"
      today="2026-01-15"
    ></rendir-commitment-card>`,
  );
  await card.loaded;
  const list = await fixture<RendirCommitmentList>(
    html`<rendir-commitment-list
      lang=${lang}
      src=${ivPlanUrl}
      milestones-src=${ivPlanMilestonesUrl}
      example="milestones"
      today="2026-01-15"
    ></rendir-commitment-list>`,
  );
  await list.loaded;
  await list.updateComplete;
  return [tracker, card, list].map((el) => deepText(el.shadowRoot!)).join('\n');
}

/** A real budget: the CUIPO report of a national tribunal, 2021 (core's fixtures, README). */
const cuipoUrl = new URL(
  '../../../core/test/fixtures/budget-real/colombia_cuipo_923273244_2021.csv',
  import.meta.url,
).href;
/** Its sidecar, as the site's content gives it: its execution rows, cumulative cut-offs. */
const cuipoSidecar = '{"rows": {"tipo": "eje_gasto"}, "periods": "cumulative"}';

/** The budget viewer over the real CUIPO report, its table open, once its parts are drawn. */
async function budgetViewer(lang: string): Promise<string> {
  const viewer = await fixture<RendirBudgetViewer>(
    html`<rendir-budget-viewer
      lang=${lang}
      src=${cuipoUrl}
      sidecar=${cuipoSidecar}
      table-open
    ></rendir-budget-viewer>`,
  );
  await viewer.loaded;
  await until(
    () => viewer.shadowRoot!.querySelector('[part="breakdown"]') !== null,
    'the breakdown',
  );
  await viewer.updateComplete;
  return deepText(viewer.shadowRoot!);
}

/**
 * The pseudo-language as a site or a host page adds one: `addLanguage` with core's and the
 * package's catalogues in it, which the widgets find by themselves when they render in it.
 */
function pseudoLanguage(): Locale {
  const spanish = Object.fromEntries(
    Object.entries(CATALOGUES).map(([name, catalogue]) => [name, catalogue.es]),
  );
  return addLanguage(PSEUDO, {
    core: pseudoCatalogue(coreSpanish),
    components: pseudoCatalogue(spanish),
  }) as Locale;
}

describe('the widgets’ languages', () => {
  it('every language has exactly the Spanish catalogues, keys and parameters', async () => {
    for (const locale of Object.keys(TRANSLATIONS) as Locale[]) {
      await loadLanguage(locale);
      expect(missingKeys(locale), locale).to.deep.equal([]);
    }
  });

  it('a language added at run time renders a widget over a real file with no Spanish or English left', async () => {
    const xx = pseudoLanguage();
    const file = await (await fetch(fixtures.secop)).text();
    const data = ['SECOP II', ...file.split(/[\n;,"]/).map((cell) => cell.trim())];
    const inXx = await shownBy(xx);
    expect(inXx).to.contain('⟦');
    expect(plainWords(inXx, data)).to.deep.equal([]);
    // In Spanish the same check finds words: it can fail.
    expect(plainWords(await shownBy('es'), data)).not.to.deep.equal([]);
  });

  it('in that language, the tracker, the commitment card and list say statuses, levels and explanations with no Spanish or English left', async () => {
    const xx = pseudoLanguage();
    const data = await cellsOf(bogotaUrl, ivPlanUrl, ivPlanMilestonesUrl);
    const inXx = await trackerAndCommitments(xx);
    // Core's words are there, in the pseudo-language: a status, a completion level, a
    // milestone's status and the explanation's arithmetic.
    const pseudoCore = pseudoCatalogue(coreSpanish);
    for (const word of [
      'indicator_status.at_risk',
      'completion.unknown',
      'milestone_status.delayed',
    ] as const)
      expect(inXx, word).to.contain(pseudoCore[word]);
    expect(inXx, 'the explanation').to.contain(pseudoText('Avance').slice(1, -1));
    expect(plainWords(inXx, data)).to.deep.equal([]);
    // In Spanish the same check finds words: it can fail.
    expect(plainWords(await trackerAndCommitments('es'), data)).not.to.deep.equal([]);
  });

  it('in that language, the budget viewer over a real budget says its figures, words and table with no Spanish or English left', async () => {
    const xx = pseudoLanguage();
    // The file's cells and the currency's code, the same in every language.
    const data = [...(await cellsOf(cuipoUrl)), 'COP'];
    const inXx = await budgetViewer(xx);
    // Core's and the viewer's words, in the pseudo-language: an amount's compact words,
    // the data table's total row, the viewer's title.
    expect(inXx).to.contain(pseudoText('millones'));
    expect(inXx).to.contain(pseudoText('Total'));
    expect(inXx).to.contain(pseudoText('Presupuesto ciudadano'));
    expect(plainWords(inXx, data)).to.deep.equal([]);
    // In Spanish the same check finds words: it can fail.
    expect(plainWords(await budgetViewer('es'), data)).not.to.deep.equal([]);
  });

  it('in that language, a real file’s problems are said from core’s catalogue', async () => {
    const xx = addPseudoLanguage() as Locale;
    // Mexico's Ramo 23 budget (Windows-1252, no fiscal-year column): a content error.
    const src = new URL(
      '../../../core/test/fixtures/budget-real/mexico_ramo23_general2015.csv',
      import.meta.url,
    ).href;
    const el = await fixture<HTMLElement>(
      html`<rendir-budget-viewer lang=${xx} src=${src}></rendir-budget-viewer>`,
    );
    await until(() => el.shadowRoot!.querySelector('[role=alert] li') !== null, 'the problems');
    const alert = el.shadowRoot!.querySelector('[role=alert]')!.textContent!;
    expect(alert).to.contain('⟦');
    // What the file holds (its name, the headers it has, quoted «…»): data, not words.
    const words = plainWords(alert.replace(/«[^»]*»/g, ' '), ['mexico_ramo23_general2015.csv']);
    expect(words, alert).to.deep.equal([]);
  });
});
