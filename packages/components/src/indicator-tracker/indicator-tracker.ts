import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { reservedHeightStyles } from '../platform/reserved-height.ts';
import {
  type ExecutionKey,
  type Indicator,
  type IndicatorStatus,
  type NumberFormat,
} from '@rendir/core';
import { RendirElement } from '../platform/rendir-element.ts';
import { ChartNavigation, RendirChartFrame } from '../platform/chart-kit/index.ts';
import { DataController } from '../platform/data-controller.ts';
import { renderEmpty, renderLoading } from '../platform/states.ts';
import { CompactList } from '../platform/compact-list.ts';
import { loadPart, type PartOf } from '../platform/lazy-parts.ts';
import {
  findIndicator,
  groupsOf,
  looseKey,
  unitOf,
  type SeriesPoint,
  type SortKey,
  type TrackedIndicator,
} from './logic.ts';
import { trackerMessages, type TrackerMessages } from './messages.ts';
import { lazyParts } from './lazy.ts';
import { readIndicatorData } from './data.ts';
import { trackerEmbed } from './embed.ts';
import { PlanChoices, type TrackedPlan } from './plan-state.ts';
import { PlotWidth } from '../platform/chart-kit/plot-width.ts';
import { adoptChartStyles, type ProgressPart, type TrackerView } from './view.ts';
import { renderCard } from './card.ts';
import { renderControls } from './controls.ts';
import { TrackerFilters } from './filters.ts';
import { renderCardSeries, renderSingleSeries, singlePointLabel, singlePoints } from './series.ts';
import { isSdgData, SdgChooser, type SdgSeriesData } from './sdg-state.ts';
import { trackerStyles } from './indicator-tracker.styles.ts';

export interface IndicatorFilterDetail {
  status: IndicatorStatus | '';
  group: string;
  sort: SortKey;
  /** How many indicators the filters leave. */
  shown: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rendir-indicator-filter': CustomEvent<IndicatorFilterDetail>;
  }
}

let uid = 0;

/**
 * Shows how public indicators move from their baseline toward their target: baseline,
 * latest value and target with their periods, a progress bar that knows whether the
 * indicator should go up, down or stay, a small time series with the target marked, a
 * status in words and icons, and, for a set, a summary that can be filtered by status
 * and pillar. Values are shown as published (`69,6`, `2,61`, `18 %`, `S/D`, `N/A`).
 *
 * Data comes from `src` (a wide table as entities publish it, the long form's indicators
 * file with `values-src`, or an Open SDG series, shown with a breakdown chooser), from inline
 * `<script type="text/csv">` children (one marked `data-name="values"` holds the long
 * form's values), or from the `indicators` property (records from `@rendir/core`). A CSV in
 * the DNP plan indicativo's layout (core's `isPlanIndicativo`) shows its goals by eje and
 * programa (`plan-view.ts`).
 *
 * @summary Indicators from baseline to target, with progress and status.
 *
 * @attr src - URL of a CSV: a wide indicator table, the long form's indicators file, or an Open SDG series.
 * @attr values-src - URL of the long form's values CSV (one row per indicator and period).
 * @attr indicator - Shows only this indicator (its id, or its name written in any case or accents).
 * @attr eje - A plan indicativo: shows only this eje, with its money per year (its name, in any case or accents).
 * @attr goal - A plan indicativo: shows only this goal (its code, or its name in any case or accents).
 * @attr plan - Says the file is a plan indicativo before it is read, so the page reserves a whole plan's height (the site's and the widget's own embed code write it); the data still decides what is shown.
 * @attr currency - A plan's currency (ISO 4217, default `COP`).
 * @attr accumulation - A plan's goals' accumulation (`capacidad`, `flujo`, `stock`), or its sidecar's mapping as JSON (`{"column": "TIPO"}`): only then are goals measured against the four-year target.
 * @attr execution - A plan's financial progress: `commitments` (default), `obligations` or `payments` over the appropriation.
 * @attr group - Shows only this pillar (matched without regard to case or accents); the reader can change it.
 * @attr status - Shows only indicators with this status: `achieved`, `on_track`, `at_risk`, `off_track`, `no_data`.
 * @attr sort - Order: `source` (as published, default), `group` (by pillar), `status`, `progress`, `name`.
 * @attr number-format - How the file writes numbers when its values do not prove it: `es` (1.234,5) or `en` (1,234.5).
 * @attr limit - How many indicators a set shows before "Ver todos (N)": a number, or `all`; absent: 3 when the widget is narrower than 46rem (a CMS column, a phone), else all. A plan's goals per page (absent: 10).
 * @attr heading - A heading shown above the set (and the title of its summary chart).
 * @attr source - Who published the data, shown under the charts (a single indicator's own `source` column wins).
 * @attr source-url - Link to the source (only http, https and mailto are linked).
 * @attr note - A note under the charts (e.g. that example data is made up).
 * @attr embed-script - Absolute URL of the widget's script: shows "embed this" with copyable code.
 * @attr embed-iframe - Absolute URL of an embed page, for the iframe code.
 * @attr lang - Language of the widget (`es` default, `en`); inherited from the nearest ancestor.
 * @attr theme - `light`, `dark`, `high-contrast` or `auto` (the reader's system); absent: light unless the page is dark.
 *
 * @prop {Indicator[] | undefined} indicators - Indicator records (win over `src` and inline data): `Indicator`s of `@rendir/core`, or plain JSON of their shape, read by core's `readIndicatorsJson` like a file; a bad value shows the error state naming the property, record and field.
 *
 * @event rendir-data-warnings - The data loaded with problems that did not stop the widget (e.g. a link dropped as unsafe): `{ warnings }`, each with file, line, column and a message in Spanish and English; also logged to the console.
 * @event rendir-indicator-filter - The reader changed the status, pillar or order. `detail`: `{status, group, sort, shown}`.
 *
 * @slot - Inline data: `<script type="text/csv">` (indicators or wide table; or `application/json` records) and, for the long form, `<script type="text/csv" data-name="values">`.
 *
 * @csspart summary - The set's summary (sentence and chart).
 * @csspart controls - The filter and sort controls.
 * @csspart show-all - The "Ver todos (N)" / "Ver menos" button of a compact set.
 * @csspart indicator - Each indicator's card.
 * @csspart status - The status word and icon of a card.
 * @csspart progress - The progress bar of a card.
 * @csspart series - The small time series of a card.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssprop --rendir-color-achieved - Colour of "achieved".
 * @cssprop --rendir-color-on-track - Colour of "on track".
 * @cssprop --rendir-color-at-risk - Colour of "at risk".
 * @cssprop --rendir-color-off-track - Colour of "off track".
 * @cssprop --rendir-color-no-data - Colour of "no data".
 */
export class RendirIndicatorTracker extends RendirElement {
  static override styles = [
    RendirElement.styles,
    trackerStyles,
    reservedHeightStyles('rendir-indicator-tracker'),
  ];
  static override dependencies = { 'rendir-chart-frame': RendirChartFrame };
  static override coreWords = true;

  static override properties: PropertyDeclarations = {
    src: {},
    valuesSrc: { attribute: 'values-src' },
    indicator: {},
    eje: {},
    goal: {},
    plan: { type: Boolean },
    currency: {},
    execution: {},
    accumulation: {},
    group: {},
    status: {},
    sort: {},
    numberFormat: { attribute: 'number-format' },
    limit: {},
    heading: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    note: {},
    embedScript: { attribute: 'embed-script' },
    embedIframe: { attribute: 'embed-iframe' },
    indicators: { attribute: false },
  };

  /** URL of a CSV (a wide table or the long form's indicators file) or of JSON records. */
  src = '';
  /** URL of the long form's values CSV. */
  valuesSrc = '';
  /** Shows only this indicator: its id, or its name in any case or accents. */
  indicator = '';
  /** A plan's eje shown alone, with its money per year. */
  eje = '';
  /** A plan's goal shown alone: its code or name. */
  goal = '';
  /** The file is a plan indicativo: only the height reserved before it is read depends on it. */
  plan = false;
  /** A plan's currency. */
  currency = 'COP';
  /** What a plan's financial progress measures over the appropriation. */
  execution: ExecutionKey = 'commitments';
  /** How a plan's goals accumulate toward the four-year target (none: not measured). */
  accumulation = '';
  /** The pillar shown at first; the reader can change it. */
  group = '';
  /** The status shown at first (`achieved`, `on_track`, `at_risk`, `off_track`, `no_data`); empty for all. */
  status = '';
  /** The order at first: `source`, `group`, `status`, `progress` or `name`. */
  sort: SortKey = 'source';
  /** How the file writes numbers when its values do not prove it. */
  numberFormat: NumberFormat | '' = '';
  /** How many indicators a set shows before "Ver todos (N)": a number, `all`, or empty (3 when narrow). */
  limit = '';
  /** A heading above the set. */
  heading = '';
  /** Who published the data, shown under the charts. */
  source = '';
  /** Link to the source (only http, https and mailto are linked). */
  sourceUrl = '';
  /** A note under the charts (e.g. that example data is made up). */
  note = '';
  /** Absolute URL of the widget's script, for "embed this". */
  embedScript = '';
  /** Absolute URL of an embed page, for the iframe code. */
  embedIframe = '';

  /** Indicator records, read by core's JSON reader like a file; win over `src` and inline data. */
  indicators?: Indicator[];

  private readonly idBase = `rit${++uid}`;
  /** The reader's pillar, status and order over a set. */
  private readonly filters = new TrackerFilters(this, () => this.tracked());
  private readonly planChoices = new PlanChoices(this, this.idBase);
  private planPart?: PartOf<typeof lazyParts, 'plan'>;

  /** A set's first few cards in a narrow place, with "Ver todos (N)". */
  private readonly compact = new CompactList(this, () => this.limit);

  /** Arrow keys through the points of a single indicator's time series. */
  private readonly nav = new ChartNavigation(this, {
    count: () => this.singlePoints().length,
    label: (i) => {
      const one = this.single();
      const p = this.singlePoints()[i];
      return one && p ? singlePointLabel(this.view(), p, unitOf(one.indicator)) : '';
    },
  });

  /** The indicator shown alone (`indicator` attribute), once loaded. */
  private single(): TrackedIndicator | undefined {
    return this.indicator ? findIndicator(this.tracked(), this.indicator) : undefined;
  }

  /** The indicators read (none for an Open SDG series). */
  private tracked = () => (Array.isArray(this.data.value) ? this.data.value : []);

  private singlePoints(): SeriesPoint[] {
    const one = this.single();
    return one ? singlePoints(one) : [];
  }

  /** The core's progress and status words, loaded beside the data (`lazy.ts`). */
  private progressPart?: ProgressPart;

  /** The single indicator's chart box, measured so that its text stays 12 px. */
  private readonly plot = new PlotWidth(this, '.series-plot');
  /** The reader's choice over an Open SDG series, and its view. */
  private readonly sdg = new SdgChooser(this, this.idBase, this.plot);

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    adoptChartStyles(this.renderRoot as ShadowRoot, this.progressPart);
    this.planPart?.adoptPlanStyles(this.renderRoot as ShadowRoot);
  }

  private readonly data = new DataController<TrackedIndicator[] | SdgSeriesData | TrackedPlan>(
    this,
    {
      parser: 'indicators',
      args: () => [this.src, this.valuesSrc, this.indicators, this.numberFormat, this.accumulation],
      isEmpty: (value) =>
        isSdgData(value)
          ? value.observations.length === 0
          : Array.isArray(value)
            ? value.length === 0
            : value.plan.goals.length === 0,
      load: async (context) => {
        // Starts at once, so that it arrives while the data downloads and is read; the
        // data's own errors come first, then a failure to load it (error state, retry).
        const part = loadPart(lazyParts, 'progress');
        part.catch(() => undefined);
        const indicators = await readIndicatorData(context, this);
        if (isSdgData(indicators)) return this.sdg.load(indicators);
        if (!Array.isArray(indicators))
          return (this.planPart = await loadPart(lazyParts, 'plan')).track(indicators);
        this.progressPart = await part;
        return this.progressPart.track(indicators);
      },
    },
  );

  private get m(): TrackerMessages {
    return this.msg(trackerMessages);
  }

  /** Reads the data again (the error state's retry button does the same). */
  reload(): void {
    this.data.retry();
  }

  /** Resolves once the current data is shown (or its error is), for hosts and tests. */
  get ready(): Promise<void> {
    // The update starts a load when an input changed; then wait for it and its render.
    return this.updateComplete
      .then(() => this.data.complete)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  /** What the render parts share (view.ts). */
  private view(): TrackerView {
    return {
      m: this.m,
      t: this.t,
      locale: this.locale,
      intlLocale: this.intlLocale,
      part: this.progressPart,
      frame: {
        theme: this.resolvedTheme === 'page' ? undefined : this.resolvedTheme,
        note: this.note,
        source: this.source,
        sourceUrl: this.sourceUrl,
        embed: this.embedCode(),
      },
    };
  }

  override render(): unknown {
    return this.data.render((items) => this.renderReady(items), {
      loading: () => renderLoading(this.t, this.m.loading),
      empty: () => renderEmpty(this.t, this.m.empty),
    });
  }

  private renderReady(items: TrackedIndicator[] | SdgSeriesData | TrackedPlan): unknown {
    const v = this.view();
    if (isSdgData(items)) return this.sdg.render(v, items);
    if (!Array.isArray(items)) return this.planPart!.renderPlan(v, items, this, this.planChoices);
    if (!this.indicator) return this.renderSet(v, items);
    const one = findIndicator(items, this.indicator);
    if (!one) return renderEmpty(this.t, v.m.notFound(this.indicator));
    const card = renderCard(v, one, {
      tag: 'div',
      headingId: `${this.idBase}-${one.order}`,
      series: (unit) => renderSingleSeries(v, one, unit, { nav: this.nav, width: this.plot.width }),
    });
    return html`<div class="list single">${card}</div>`;
  }

  /**
   * A set: its summary, controls and cards. In a narrow place with no `limit` (a CMS
   * column, a phone) it is the summary alone (the count, the statuses in words and their
   * bar) and "Ver todos (N)", which opens the pillars, controls and every card under it.
   */
  private renderSet(v: TrackerView, all: TrackedIndicator[]): TemplateResult {
    const m = v.m;
    const f = this.filters;
    const pool = f.pool(all);
    // Decided on the whole set, so that a filter never unfolds or refolds it.
    const folded = this.compact.foldsToSummary(all.length);
    const currentGroup = f.matchedGroup(all) ?? '';
    const id = this.idBase;
    // Downloads are named after the heading, else "indicadores".
    const file = looseKey(this.heading || m.title).replace(/ /g, '-') || 'indicadores';
    return html`
      ${this.heading ? html`<h2 class="title">${this.heading}</h2>` : nothing}
      ${
        f.group && !currentGroup
          ? html`<p class="notice" role="status">${m.groupNotFound(f.group)}</p>`
          : nothing
      }
      ${v.part!.renderSummary(v, pool, file, { pillars: !folded })}
      ${
        folded
          ? html`${this.compact.renderToggle(pool.length, `${id}-rest`, this.t)}
              <div id="${id}-rest" class="rest">
                ${this.compact.open ? this.renderRest(v, all, currentGroup, true) : nothing}
              </div>`
          : this.renderRest(v, all, currentGroup, false)
      }
    `;
  }

  /** The set's controls, count and cards; a folded set's pillars come first, all its cards. */
  private renderRest(
    v: TrackerView,
    all: TrackedIndicator[],
    currentGroup: string,
    folded: boolean,
  ): TemplateResult {
    const m = v.m;
    const id = this.idBase;
    const f = this.filters;
    const pool = f.pool(all);
    const shown = f.visible(all);
    const drawn = folded ? shown : shown.slice(0, this.compact.count(shown.length));
    return html`
      ${folded ? v.part!.renderPillars(v, pool) : nothing}
      ${renderControls(v, {
        id,
        groups: groupsOf(all),
        group: currentGroup,
        status: f.status,
        sort: f.sort,
        change: f.change,
      })}
      <p class="count" role="status">${m.showing(drawn.length, pool.length)}</p>
      ${
        shown.length
          ? html`<ul class="list" role="list" id="${id}-list">
                ${drawn.map(
                  (item) =>
                    html`<li>
                      ${renderCard(v, item, {
                        tag: 'article',
                        headingId: `${id}-${item.order}`,
                        series: (unit) => renderCardSeries(v, item, unit),
                      })}
                    </li>`,
                )}
              </ul>
              ${folded ? nothing : this.compact.renderToggle(shown.length, `${id}-list`, this.t)}`
          : renderEmpty(this.t, m.noMatch)
      }
    `;
  }

  /** What "embed this" rebuilds: this view, when the page says where the script is. */
  private embedCode() {
    const f = this.filters;
    const value = this.data.value;
    const chosen = {
      group: f.matchedGroup(this.tracked()),
      status: f.status,
      sort: f.sort,
      plan: !!value && !Array.isArray(value) && !isSdgData(value),
    };
    return trackerEmbed(this, chosen, this.heading || this.m.title);
  }
}
