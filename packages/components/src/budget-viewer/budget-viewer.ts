import {
  html,
  nothing,
  svg,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { reservedHeightStyles } from '../platform/reserved-height.ts';
import type { BudgetAmountKey, BudgetLine, NumberFormat } from '@rendir/core';
import { RendirElement } from '../platform/rendir-element.ts';
import { BudgetData } from './budget-data.ts';
import { renderError, renderLoading, renderPartFailed, stateStyles } from '../platform/states.ts';
import { pathId, type BudgetNode } from './budget-model.ts';
import { budgetMessages, type BudgetMessages } from './budget-viewer.messages.ts';
import { budgetViewerStyles } from './budget-viewer.styles.ts';
import { formatAmount } from './format.ts';
import { LazyParts } from '../platform/lazy-parts.ts';
import { BudgetNavigation } from './budget-navigation.ts';
import { partLoaders, type PartName } from './lazy-parts.ts';
import { MAX_BOXES, PAGE, ROWS_PAGE, placeName, type PartContext } from './view-context.ts';
import { PrintWatch } from '../platform/print-watch.ts';
import { ChartSize } from './chart-size.ts';
import { renderBreakdown, renderChart, renderFrame } from './budget-frame.ts';
import { RendirChartFrame } from '../platform/chart-kit/chart-frame.ts';
import { renderPanels, renderSummary } from './budget-summary.ts';
import {
  renderBack,
  renderBreadcrumb,
  renderControls,
  type SelectionHost,
} from './budget-controls.ts';

/** Detail of `rendir-drill`. */
export interface BudgetDrillDetail {
  /** Classification path now shown, outermost first (`[]` is the whole budget). */
  path: string[];
  /** Fiscal year shown. */
  year: string;
  /** Exact total of the node now shown, as a decimal string. */
  total: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The viewer moved to another node (drill-down, back, breadcrumb, deep link). */
    'rendir-drill': CustomEvent<BudgetDrillDetail>;
  }
}

type View = 'auto' | 'treemap' | 'bars' | 'icicle';

/** An "i" in a circle, drawn so that no font needs the glyph. */
const infoIcon = svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><rect x="7.25" y="7" width="1.5" height="5" fill="currentColor"/><circle cx="8" cy="4.75" r="1" fill="currentColor"/></svg>`;

/**
 * A citizen budget ("presupuesto ciudadano"): where public money goes and how much of it
 * was spent, as boxes (or bars on narrow screens) a citizen can open level by level, with
 * the exact figures in a real table beside them.
 *
 * @summary Citizen budget viewer: treemap and bars with drill-down, execution, per-capita
 * figures, "of every 100 pesos", a contribution calculator, year-over-year and constant prices.
 *
 * @attr src - URL of a budget CSV (content contract `budget/*.csv`, read as it streams) or of a `.json` array of budget lines, or of a budget document (`{"format": "rendir-budget/1", lines, totals, aggregates}`, as the generator writes it) whose published totals are shown.
 * @attr levels - Classification columns as written in the file, outermost first
 *   (`Sector,Entidad,Programa`). Without it, `level_1 … level_n` columns are used.
 * @attr number-format - How the file writes numbers: `es` (1.234,56) or `en` (1,234.56).
 * @attr sidecar - The file's sidecar as JSON, with the keys of `NAME.csv.yaml`: `columns`
 *   (`{"Monto aprobado": "amount"}`), `constants` (`{"fiscal_year": 2015}`), `scale`, `as_of`,
 *   `delimiter`, `encoding`, `decimal`… The generator reads the same keys with the same rules.
 *   Or as a child: `<script type="application/json" data-name="sidecar">{…}</script>` (data
 *   that never runs, so it passes a strict Content-Security-Policy); the attribute wins.
 * @attr heading - Title shown above the viewer (default "Presupuesto ciudadano").
 * @attr note - A note shown under the title (e.g. that example data is made up).
 * @attr population - Inhabitants, for per-capita figures (`7900000` or `7.900.000`).
 * @attr year - Fiscal year shown (default: the latest in the data).
 * @attr flow - `expense` (default) or `income`.
 * @attr measure - Amount the boxes are sized by (default: the current appropriation, else `amount`, else the initial appropriation, else the `execution` amount: core's `budgetMeasure`).
 * @attr view - `auto` (treemap, bars below 36rem), `treemap`, `bars` or `icicle` (two levels at once).
 * @attr deep-link - Keep the open node in the URL hash (`#<id or "presupuesto">=2025/Salud`).
 * @attr deflator - Price index per fiscal year for constant prices (`2024:94.5,2025:100`).
 * @attr deflator-column - Column of the file holding the price index of each line's year.
 * @attr base-year - Year of the constant prices (default: the latest year with an index).
 * @attr constant-prices - Start with amounts at constant prices.
 * @attr execution - What execution measures over the appropriation: `commitments` (default), `obligations` or `payments` (a site passes its site.yaml `budget.execution`).
 * @attr under-threshold - Percent executed below which execution is called low (0-100, default 80).
 * @attr table-open - Start with the data table shown.
 * @attr currency - ISO currency of the amounts: this attribute, else the file's sidecar `currency` (or the site's budget document), else `COP`.
 * @attr source - Who published the data, shown in the footer.
 * @attr source-url - Link to the source (only http, https and mailto are linked).
 * @attr embed-script - Absolute URL of the widget's script: shows "embed this" with copyable code.
 * @attr embed-iframe - Absolute URL of an embed page, for the iframe code.
 * @attr lang - Language of the interface (`es`, `en`); inherited from the nearest ancestor.
 * @attr theme - `light`, `dark`, `high-contrast` or `auto` (the reader's system); absent: light unless the page is dark.
 *
 * @prop {BudgetLine[] | undefined} lines - Budget lines given directly (wins over `src`).
 * @prop {string[]} path - Classification path of the open node (`[]` is the whole budget).
 *
 * @event rendir-drill - The open node changed; `detail`: `{ path, year, total }`.
 * @event rendir-data-state - Loading state changed; `detail`: `{ status, error? }`.
 * @event rendir-data-warnings - The data loaded with problems that did not stop the widget (e.g. a link dropped as unsafe): `{ warnings }`, each with file, line, column and a message in Spanish and English; also logged to the console.
 *
 * @slot - Inline data: `<script type="text/csv">…</script>` (or `application/json`).
 * @slot description - Text shown under the title (context, methodology, source).
 *
 * @csspart base - The whole viewer.
 * @csspart title - The heading.
 * @csspart note - The note under the heading.
 * @csspart controls - Year, flow and price controls.
 * @csspart breadcrumb - The path navigation.
 * @csspart summary - Total, the chain's other amounts, execution, per-capita and year-over-year of the open node.
 * @csspart breakdown - The open node's items and their own items, every amount in full, with execution.
 * @csspart treemap - The boxes.
 * @csspart box - One box.
 * @csspart bars - The ranked bar list.
 * @csspart bar - One bar.
 * @csspart hundred - "Of every 100 pesos".
 * @csspart contribution - The contribution calculator.
 * @csspart frame - The platform's chart frame around the chart (`<rendir-chart-frame>`).
 * @csspart table - The data table (the chart frame's).
 * @csspart footer - Source, note, data and image downloads, embed code (the chart frame's).
 * @csspart button - The chart frame's buttons.
 * @csspart embed - The embed code.
 * @csspart state - Loading, empty and error states.
 *
 * @cssprop --rendir-budget-chart-height - Height of the treemap (default 22rem).
 * @cssprop --rendir-color-cat-1 - First of six box colours (also -2 … -6).
 * @cssprop --rendir-color-achieved - Colour of "on track" execution (always with a word and icon).
 * @cssprop --rendir-color-at-risk - Colour of under-execution.
 * @cssprop --rendir-color-off-track - Colour of over-execution.
 */
export class RendirBudgetViewer extends RendirElement implements SelectionHost {
  static override styles = [
    RendirElement.styles,
    stateStyles,
    budgetViewerStyles,
    reservedHeightStyles('rendir-budget-viewer'),
  ];
  static override dependencies = { 'rendir-chart-frame': RendirChartFrame };

  static override coreWords = true;

  static override properties: PropertyDeclarations = {
    src: {},
    levels: {},
    numberFormat: { attribute: 'number-format' },
    sidecar: {},
    lines: { attribute: false },
    heading: {},
    note: {},
    population: {},
    year: {},
    flow: {},
    measure: {},
    view: { reflect: true },
    deepLink: { type: Boolean, attribute: 'deep-link' },
    deflator: {},
    deflatorColumn: { attribute: 'deflator-column' },
    baseYear: { attribute: 'base-year' },
    constantPrices: { type: Boolean, attribute: 'constant-prices' },
    underThreshold: { attribute: 'under-threshold' },
    execution: {},
    tableOpen: { type: Boolean, attribute: 'table-open' },
    currency: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    embedScript: { attribute: 'embed-script' },
    embedIframe: { attribute: 'embed-iframe' },
    path: { attribute: false },
    // Internal state, shared with the render modules: `@private` keeps it out of the API.
    /** @private */
    contribution: { state: true },
    /** @private */
    limit: { state: true },
    /** @private */
    rowLimit: { state: true },
  };

  src?: string;
  levels?: string;
  numberFormat?: NumberFormat;
  sidecar?: string;
  lines?: BudgetLine[];
  heading?: string;
  note?: string;
  population?: string;
  year?: string;
  flow?: 'expense' | 'income';
  measure?: BudgetAmountKey;
  view: View = 'auto';
  deepLink = false;
  deflator?: string;
  deflatorColumn?: string;
  baseYear?: string;
  constantPrices = false;
  underThreshold = '80';
  execution?: string;
  tableOpen = false;
  currency?: string;
  source?: string;
  sourceUrl?: string;
  embedScript?: string;
  embedIframe?: string;
  path: string[] = [];

  /** What the reader typed in the contribution field. @internal */
  contribution = '';
  /** Bars shown; "show more" adds a page. @internal */
  limit = PAGE;
  /** Table rows shown; "show more" adds a page (a long table's layout blocks a frame). @internal */
  rowLimit = ROWS_PAGE;
  /** While the page prints, the tables show every row. @internal */
  readonly print = new PrintWatch(this);
  /** The table, icicle, prices, downloads and embed code, loaded on first need. @internal */
  readonly parts = new LazyParts(this, partLoaders);
  /** Keys and focus of the items: one tab stop, arrows, Escape up (budget-navigation.ts). @internal */
  readonly nav = new BudgetNavigation(this, {
    canGoUp: () => this.path.length > 0,
    up: () => this.up(),
  });
  /** The viewer's width as the chart needs it (chart-size.ts). @internal */
  readonly size = new ChartSize(this);
  /** The lines, the file's totals and what is derived from them (budget-data.ts). @internal */
  readonly budget = new BudgetData(this);
  /** The URL hash has been read since `deep-link` was set. */
  private hashRead = false;

  /** Resolves when the data has loaded (or failed) and the viewer has rendered. */
  get loaded(): Promise<boolean> {
    // An update first: a reconnected element restarts its load there.
    return this.updateComplete
      .then(() => this.budget.data.complete)
      .then(() => this.updateComplete)
      .then(() => this.parts.settled)
      .then(() => this.updateComplete);
  }

  /** The theme the chart frame is given: the viewer's own, unless it follows the page. @internal */
  get frameTheme(): string | undefined {
    return this.resolvedTheme === 'page' ? undefined : this.resolvedTheme;
  }

  /** The context the lazily loaded parts render in. @internal */
  get ctx(): PartContext {
    return {
      locale: this.locale,
      m: this.m,
      t: this.t,
      intl: this.intlLocale,
      currency: this.budget.currency(),
    };
  }

  private get m(): BudgetMessages {
    return this.msg(budgetMessages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  // ---- navigation ---------------------------------------------------------------

  /** The open year and node into the URL hash, with `deep-link`. @internal */
  writeHash(): void {
    if (this.deepLink) this.parts.get('deepLink')?.recordInHash(this);
  }

  private onHashChange = (): void => {
    if (this.deepLink) this.parts.get('deepLink')?.followHash(this);
  };

  /** The year shown, once the data is derived. @internal */
  shownYear(): string | undefined {
    return this.budget.derived?.year;
  }

  /**
   * Opens `path`, announces it, and moves focus to its first box (or the box `focus`).
   * @internal
   */
  go(path: string[], focus: 'first' | string = 'first'): void {
    this.path = path;
    this.limit = PAGE;
    this.rowLimit = ROWS_PAGE;
    this.writeHash();
    const d = this.budget.derived;
    if (!d) return void this.nav.focusAfterUpdate(0);
    const node = this.budget.current(d, this.path);
    const index = focus === 'first' ? 0 : node.children.findIndex((c) => c.id === focus);
    void this.nav.focusAfterUpdate(
      Math.max(0, index),
      this.m.nowIn(
        placeName(node, this.m),
        formatAmount(node.size, this.intlLocale, this.budget.currency()),
      ),
    );
    this.emit('rendir-drill', { path: node.path, year: d.year, total: node.size });
  }

  /** From the treemap's "more items" box to the same item in the bar list. @internal */
  showRest(): void {
    this.view = 'bars';
    void this.nav.focusAfterUpdate(MAX_BOXES);
  }

  /** @internal */
  drill(node: BudgetNode): void {
    if (!node.children.length) return;
    this.go(node.path);
  }

  /** One level up, focus on the item the reader came from. @internal */
  up(): void {
    if (!this.path.length) return;
    const from = pathId(this.path);
    this.go(this.path.slice(0, -1), from);
  }

  // ---- lifecycle ----------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Parts the author turned on start loading now, while the data arrives.
    if (this.view === 'icicle') this.parts.get('icicle');
    // The chart frame's table and CSV: with the data, so that its toggle is there at once.
    this.parts.get('chart');
    this.parts.get('table');
    this.parts.get('breakdown');
    this.parts.get('contribution');
    if (this.budget.pricesAsked()) this.parts.get('prices');
    if (this.population?.trim()) this.parts.get('population');
    if (changed.has('deepLink')) this.hashRead = false;
    const link = this.deepLink && !this.hashRead ? this.parts.get('deepLink') : undefined;
    if (link) {
      // Once the part is here: the data load waits for it, so the first level shown is the linked one.
      this.hashRead = true;
      link.openFromHash(this);
    }
  }

  // ---- rendering ----------------------------------------------------------------

  override render(): unknown {
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title" part="title">${this.heading || this.m.title}</h2>
      ${this.note ? html`<p class="note" part="note">${infoIcon}${this.note}</p>` : nothing}
      <slot name="description"></slot>
      ${this.budget.data.render(() => this.renderReady())}
    </section>`;
  }

  private renderReady(): unknown {
    try {
      return this.renderView();
    } catch (error) {
      // Never into the host page: whatever slipped through shows the error state.
      return renderError(error, this.t, this.locale, { onRetry: this.budget.data.retry });
    }
  }

  private renderView(): unknown {
    const d = this.budget.derive();
    if (!d) return nothing;
    // A price index given after the data: no figures until their prices are known.
    if (
      this.budget.pricesAsked() &&
      !d.deflator &&
      !d.priceProblem &&
      !this.parts.failed('prices')
    ) {
      return renderLoading(this.t);
    }
    const node = this.budget.current(d, this.path);
    return html`
      ${renderControls(this, d)}
      ${this.deepLink && this.parts.failed('deepLink') ? this.renderPartState('deepLink') : nothing}
      ${node.depth > 0 ? renderBreadcrumb(this, d, node) : nothing} ${renderSummary(this, d, node)}
      ${node.depth > 0 ? renderBack(this, node) : nothing}
      ${renderFrame(this, d, node, renderChart(this, node))} ${renderBreakdown(this, d, node)}
      ${node.children.length ? renderPanels(this, node) : nothing} ${this.nav.liveRegion()}
    `;
  }

  /**
   * Where a lazily loaded part goes while it loads, or, if it could not be loaded
   * (offline), an alert with a retry.
   * @internal
   */
  renderPartState(name: PartName): TemplateResult {
    if (!this.parts.failed(name)) return renderLoading(this.t, this.t.partLoading);
    return renderPartFailed(this.t, () => this.parts.retry(name));
  }
}
