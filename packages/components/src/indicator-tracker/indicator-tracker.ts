import {
  html,
  nothing,
  svg,
  type PropertyValues,
  type TemplateResult,
  type SVGTemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { reservedHeightStyles } from '../platform/reserved-height.ts';
import {
  formatCell,
  formatCompact,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  INDICATOR_STATUSES,
  isExactNumber,
  isIndicatorStatus,
  missingLabel,
  safeUrl,
  type CellNumber,
  type Indicator,
  type IndicatorStatus,
  type NumberFormat,
  type Period,
} from '@rendir/core';
import { RendirElement } from '../platform/rendir-element.ts';
import {
  ChartNavigation,
  RendirChartFrame,
  type ChartTable,
  type EmbedOptions,
} from '../platform/chart-kit/index.ts';
import { DataController, type LoadContext } from '../platform/data-controller.ts';
import { readOffMainThread } from '../platform/parser.ts';
import { LoadError, recordsOrThrow } from '../platform/errors.ts';
import { renderEmpty, renderLoading } from '../platform/states.ts';
import { CompactList } from '../platform/compact-list.ts';
import { statusGlyph, statusIcon } from './icons.ts';
import {
  arrange,
  countByStatus,
  explanationSteps,
  findIndicator,
  groupsOf,
  isSortKey,
  looseKey,
  matchGroup,
  seriesOf,
  sparkline,
  unitOf,
  type PlottedPoint,
  type SeriesPoint,
  type SortKey,
  type TrackedIndicator,
  type UnitInfo,
} from './logic.ts';
import { trackerMessages, type TrackerMessages } from './messages.ts';
import { loadPart, type PartOf } from '../platform/lazy-parts.ts';
import { lazyParts } from './lazy.ts';

type ProgressPart = PartOf<typeof lazyParts, 'progress'>;
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

const SPARK_W = 240;
const SPARK_H = 56;

let uid = 0;

/**
 * Shows how public indicators move from their baseline toward their target: baseline,
 * latest value and target with their periods, a progress bar that knows whether the
 * indicator should go up, down or stay, a small time series with the target marked, a
 * status in words and icons, and, for a set, a summary that can be filtered by status
 * and pillar. Values are shown as published (`69,6`, `2,61`, `18 %`, `S/D`, `N/A`).
 *
 * Data comes from `src` (a wide table as entities publish it, or the long form's
 * indicators file with `values-src`), from inline `<script type="text/csv">` children
 * (one marked `data-name="values"` holds the long form's values), or from
 * the `indicators` property (records from `@rendir/core`).
 *
 * @summary Indicators from baseline to target, with progress and status.
 *
 * @attr src - URL of a CSV: a wide indicator table, or the long form's indicators file.
 * @attr values-src - URL of the long form's values CSV (one row per indicator and period).
 * @attr indicator - Shows only this indicator (its id, or its name written in any case or accents).
 * @attr group - Shows only this pillar (matched without regard to case or accents); the reader can change it.
 * @attr status - Shows only indicators with this status: `achieved`, `on_track`, `at_risk`, `off_track`, `no_data`.
 * @attr sort - Order: `source` (as published, default), `group` (by pillar), `status`, `progress`, `name`.
 * @attr number-format - How the file writes numbers when its values do not prove it: `es` (1.234,5) or `en` (1,234.5).
 * @attr limit - How many indicators a set shows before "Ver todos (N)": a number, or `all`; absent: 3 when the widget is narrower than 46rem (a CMS column, a phone), else all.
 * @attr heading - A heading shown above the set (and the title of its summary chart).
 * @attr source - Who published the data, shown under the charts (a single indicator's own `source` column wins).
 * @attr source-url - Link to the source (only http, https and mailto are linked).
 * @attr note - A note under the charts (e.g. that example data is made up).
 * @attr embed-script - Absolute URL of the widget's script: shows "embed this" with copyable code.
 * @attr embed-iframe - Absolute URL of an embed page, for the iframe code.
 * @attr lang - Language of the widget (`es` default, `en`); inherited from the nearest ancestor.
 * @attr theme - `light`, `dark`, `high-contrast` or `auto` (the reader's system); absent: light unless the page is dark.
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
  static override catalogues = [trackerMessages];

  static override properties: PropertyDeclarations = {
    src: {},
    valuesSrc: { attribute: 'values-src' },
    indicator: {},
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
    chosenGroup: { state: true },
    chosenStatus: { state: true },
    chosenSort: { state: true },
    chartWidth: { state: true },
  };

  /** URL of a CSV (a wide table or the long form's indicators file) or of JSON records. */
  src = '';
  /** URL of the long form's values CSV. */
  valuesSrc = '';
  /** Shows only this indicator: its id, or its name in any case or accents. */
  indicator = '';
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

  /** Indicator records (e.g. handed over by the site generator); win over `src` and inline data. */
  indicators?: Indicator[];

  private chosenGroup = '';
  private chosenStatus: IndicatorStatus | '' = '';
  private chosenSort: SortKey = 'source';

  private readonly idBase = `rit${++uid}`;

  /** A set's first few cards in a narrow place, with "Ver todos (N)". */
  private readonly compact = new CompactList(this, () => this.limit);

  /** Arrow keys through the points of a single indicator's time series. */
  private readonly nav = new ChartNavigation(this, {
    count: () => this.singlePoints().length,
    label: (i) => {
      const one = this.single();
      const p = this.singlePoints()[i];
      return one && p
        ? `${this.pointLabel(p)}: ${this.shown(p.cell, unitOf(one.indicator), true)}`
        : '';
    },
  });

  /** The indicator shown alone (`indicator` attribute), once loaded. */
  private single(): TrackedIndicator | undefined {
    return this.indicator && this.data.value
      ? findIndicator(this.data.value, this.indicator)
      : undefined;
  }

  private singlePoints(): SeriesPoint[] {
    const one = this.single();
    return one ? sparkline(seriesOf(one.indicator), 1, 1).points : [];
  }

  /** The core's progress and status words, loaded beside the data (`lazy.ts`). */
  private progressPart?: ProgressPart;

  /**
   * The single indicator's chart width in CSS pixels: it is drawn at that size so that its
   * labels stay 12 px at any width (0 until measured: the sparkline stands in).
   */
  private chartWidth = 0;
  private readonly chartResize =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(([entry]) => {
          const width = Math.floor(entry.contentRect.width);
          // A frame later: the chart redrawn may change the height, a loop if done in here.
          if (width && width !== this.chartWidth)
            requestAnimationFrame(() => (this.chartWidth = width));
        });
  private observedPlot?: Element;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector('.series-plot') ?? undefined;
    // The charts' styles arrive with the data, in the progress part.
    const part = this.progressPart;
    const root = this.renderRoot as ShadowRoot;
    const sheets = part ? [part.chartStyles.styleSheet, part.miniChartStyles.styleSheet] : [];
    const missing = sheets.filter(
      (s): s is CSSStyleSheet => !!s && !root.adoptedStyleSheets.includes(s),
    );
    if (missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
    if (plot === this.observedPlot) return;
    if (this.observedPlot) this.chartResize?.unobserve(this.observedPlot);
    if (plot) this.chartResize?.observe(plot);
    this.observedPlot = plot;
  }

  private readonly data = new DataController<TrackedIndicator[]>(this, {
    parser: 'indicators',
    args: () => [this.src, this.valuesSrc, this.indicators, this.numberFormat],
    load: async (context) => {
      // Starts at once, so that it arrives while the data downloads and is read; the
      // data's own errors come first, then a failure to load it (error state, retry).
      const part = loadPart(lazyParts, 'progress');
      part.catch(() => undefined);
      const indicators = await this.readData(context, part);
      this.progressPart = await part;
      return this.progressPart.track(indicators);
    },
  });

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('group')) this.chosenGroup = this.group;
    if (changed.has('status'))
      this.chosenStatus = isIndicatorStatus(this.status) ? this.status : '';
    if (changed.has('sort')) this.chosenSort = isSortKey(this.sort) ? this.sort : 'source';
  }

  private async readData(context: LoadContext, part: Promise<ProgressPart>): Promise<Indicator[]> {
    if (this.indicators) return this.indicators;
    const main = await context.read(this.src);
    if (!main) return [];
    if (main.format === 'json') {
      // The shape check travels with the progress code: only JSON needs it.
      if (!(await part).isIndicatorRecords(main.value)) throw new LoadError('parse');
      return main.value;
    }
    const values = await context.read(this.valuesSrc, { name: 'values' });
    if (values && values.format !== 'csv') throw new LoadError('parse');
    return recordsOrThrow(
      await readOffMainThread(
        'indicators',
        values ? { main: main.input, values: values.input } : { main: main.input },
        {
          file: main.file,
          numberFormat: this.numberFormat || undefined,
          valuesFile: values?.file,
        },
        context,
      ),
      context,
    );
  }

  private setFilter(
    change: Partial<{ status: IndicatorStatus | ''; group: string; sort: SortKey }>,
  ) {
    if (change.status !== undefined) this.chosenStatus = change.status;
    if (change.group !== undefined) this.chosenGroup = change.group;
    if (change.sort !== undefined) this.chosenSort = change.sort;
    const items = this.data.value ? this.visible(this.data.value) : [];
    this.emit('rendir-indicator-filter', {
      status: this.chosenStatus,
      group: this.chosenGroup,
      sort: this.chosenSort,
      shown: items.length,
    });
  }

  /** Items of the chosen pillar (the summary counts these), and of those the ones shown. */
  private inGroup(items: TrackedIndicator[]): TrackedIndicator[] {
    const group = this.chosenGroup ? matchGroup(items, this.chosenGroup) : undefined;
    return group ? items.filter((i) => i.indicator.group === group) : items;
  }

  private visible(items: TrackedIndicator[]): TrackedIndicator[] {
    return arrange(this.inGroup(items), {
      status: this.chosenStatus,
      sort: this.chosenSort,
      locale: this.intlLocale,
    });
  }

  override render(): unknown {
    return this.data.render((items) => this.renderReady(items), {
      loading: () => renderLoading(this.t, this.m.loading),
      empty: () => renderEmpty(this.t, this.m.empty),
    });
  }

  private renderReady(items: TrackedIndicator[]): TemplateResult {
    if (!this.indicator) return this.renderSet(items);
    const one = findIndicator(items, this.indicator);
    if (!one) return renderEmpty(this.t, this.m.notFound(this.indicator));
    return html`<div class="list single">${this.renderCard(one, 'div')}</div>`;
  }

  private renderSet(all: TrackedIndicator[]): TemplateResult {
    const m = this.m;
    const pool = this.inGroup(all);
    const shown = arrange(pool, {
      status: this.chosenStatus,
      sort: this.chosenSort,
      locale: this.intlLocale,
    });
    const drawn = shown.slice(0, this.compact.count(shown.length));
    const groups = groupsOf(all);
    const currentGroup = this.chosenGroup ? (matchGroup(all, this.chosenGroup) ?? '') : '';
    const id = this.idBase;
    return html`
      ${this.heading ? html`<h2 class="title">${this.heading}</h2>` : nothing}
      ${
        this.chosenGroup && !currentGroup
          ? html`<p class="notice" role="status">${m.groupNotFound(this.chosenGroup)}</p>`
          : nothing
      }
      ${this.renderSummary(pool)}
      <div class="controls" part="controls">
        ${
          groups.length > 1
            ? html`<label for="${id}-group"
                >${m.group}
                <select
                  id="${id}-group"
                  @change=${(e: Event) => this.setFilter({ group: value(e) })}
                >
                  <option value="" ?selected=${!currentGroup}>${m.allGroups}</option>
                  ${groups.map(
                    (g) => html`<option value=${g} ?selected=${g === currentGroup}>${g}</option>`,
                  )}
                </select></label
              >`
            : nothing
        }
        <label for="${id}-status"
          >${m.filterStatus}
          <select
            id="${id}-status"
            @change=${(e: Event) => {
              const v = value(e);
              this.setFilter({ status: isIndicatorStatus(v) ? v : '' });
            }}
          >
            <option value="" ?selected=${!this.chosenStatus}>${m.allStatuses}</option>
            ${INDICATOR_STATUSES.map(
              (s) =>
                html`<option value=${s} ?selected=${s === this.chosenStatus}>
                  ${this.statusWord(s)}
                </option>`,
            )}
          </select></label
        >
        <label for="${id}-sort"
          >${m.sort}
          <select
            id="${id}-sort"
            @change=${(e: Event) => {
              const v = value(e);
              this.setFilter({ sort: isSortKey(v) ? v : 'source' });
            }}
          >
            ${(
              [
                ['source', m.sortSource],
                ['group', m.sortGroup],
                ['status', m.sortStatus],
                ['progress', m.sortProgress],
                ['name', m.sortName],
              ] as const
            ).map(
              ([k, label]) =>
                html`<option value=${k} ?selected=${k === this.chosenSort}>${label}</option>`,
            )}
          </select></label
        >
      </div>
      <p class="count" role="status">${m.showing(drawn.length, pool.length)}</p>
      ${
        shown.length
          ? html`<ul class="list" role="list" id="${id}-list">
                ${drawn.map((item) => html`<li>${this.renderCard(item, 'article')}</li>`)}
              </ul>
              ${this.compact.renderToggle(shown.length, `${id}-list`, this.t)}`
          : renderEmpty(this.t, m.noMatch)
      }
    `;
  }

  private renderSummary(items: TrackedIndicator[]): TemplateResult {
    const m = this.m;
    const counts = countByStatus(items);
    const present = INDICATOR_STATUSES.filter((s) => counts[s] > 0);
    const sentence = m.summary(items.length, this.countList(counts));
    const groups = groupsOf(items);
    return html`<rendir-chart-frame
      class="summary"
      part="summary"
      theme=${this.resolvedTheme === 'page' ? nothing : this.resolvedTheme}
      chart-title=${m.summaryChart}
      summary=${sentence}
      filename=${this.fileBase()}
      notes=${this.note}
      .source=${this.source ? { label: this.source, url: this.sourceUrl || undefined } : null}
      .embed=${this.embedCode()}
      .table=${this.summaryTable(items)}
    >
      <div slot="chart">
        ${this.renderStack(counts, 32)}
        <ul class="legend">
          ${present.map(
            (s) =>
              html`<li class="st-${s}">
                ${statusIcon(s)}<span>${this.statusWord(s)}: ${counts[s]}</span>
              </li>`,
          )}
        </ul>
        ${
          groups.length > 1
            ? html`<dl class="pillars">
                ${groups.map((g) => {
                  const own = countByStatus(items.filter((i) => i.indicator.group === g));
                  const total = INDICATOR_STATUSES.reduce((sum, s) => sum + own[s], 0);
                  return html`<div data-group=${g}>
                    <dt>${g} (${total})</dt>
                    <dd>${this.renderStack(own, 16)}<span>${this.countList(own)}</span></dd>
                  </div>`;
                })}
              </dl>`
            : nothing
        }
      </div>
    </rendir-chart-frame>`;
  }

  /** "2 van en camino, 1 en riesgo y 1 rezagado". */
  private countList(counts: Record<IndicatorStatus, number>): string {
    const list = new Intl.ListFormat(this.intlLocale, { type: 'conjunction' });
    return list.format(
      INDICATOR_STATUSES.filter((s) => counts[s] > 0).map((s) => this.m.statusCount(s, counts[s])),
    );
  }

  /**
   * A 100 % stacked bar of statuses, laid out in percentages so that it stretches to any
   * width while its icons keep their shape.
   */
  private renderStack(counts: Record<IndicatorStatus, number>, height: number): TemplateResult {
    const parts = INDICATOR_STATUSES.filter((s) => counts[s] > 0).map((s) => ({
      key: s,
      count: counts[s],
    }));
    const icon = height - 12;
    return html`<svg class="stack" height=${height} role="presentation">
      ${(this.progressPart?.stackSegments(parts, 100, 0.4) ?? []).map(
        (g) =>
          svg`<g class="st-${g.key}" data-status=${g.key} data-count=${g.count}>
            <rect x="${g.x}%" y="0" width="${g.width}%" height=${height}></rect>
            ${
              icon >= 12 && g.width >= 6
                ? svg`<svg x="${g.x + g.width / 2}%" y=${(height - icon) / 2} width=${icon} height=${icon} overflow="visible"><g transform="translate(${-icon / 2} 0)">${statusGlyph(g.key, 0, 0, icon)}</g></svg>`
                : nothing
            }
          </g>`,
      )}
    </svg>`;
  }

  /** Every indicator of the set as a table: the chart's data, and the CSV download. */
  private summaryTable(items: TrackedIndicator[]): ChartTable {
    const m = this.m;
    const shown = (c: CellNumber | null | undefined) => (c ? formatCell(c, this.intlLocale) : '');
    const exact = (c: CellNumber | null | undefined) =>
      !c ? '' : isExactNumber(c) ? c.value : c.raw;
    const when = (p: Period | null | undefined) => (p ? formatPeriod(p, this.intlLocale) : '');
    const columns: ChartTable['columns'] = [
      { label: m.indicatorColumn },
      { label: m.group },
      { label: `${m.baseline}: ${m.period.toLowerCase()}` },
      { label: m.baseline, align: 'end' },
      { label: `${m.latest}: ${m.period.toLowerCase()}` },
      { label: m.latest, align: 'end' },
      { label: `${m.target}: ${m.period.toLowerCase()}` },
      { label: m.target, align: 'end' },
      { label: m.progress, align: 'end' },
      { label: m.filterStatus },
    ];
    const row = (
      { indicator: i, progress: p }: TrackedIndicator,
      cell: typeof shown,
      period: typeof when,
      pct: (p: TrackedIndicator['progress']) => string,
    ) => [
      i.name,
      i.group ?? '',
      period(i.baseline.period),
      cell(i.baseline.value),
      period(p.latest?.period),
      cell(p.latest?.value),
      period(i.target.period),
      cell(i.target.value),
      pct(p),
      this.statusWord(p.status),
    ];
    return {
      columns,
      rows: items.map((t) =>
        row(t, shown, when, (p) =>
          p.progress === null ? '' : formatPercent(p.progress, this.intlLocale),
        ),
      ),
      raw: items.map((t) =>
        row(
          t,
          exact,
          (p) => p?.raw ?? '',
          (p) => p.progressPct ?? '',
        ),
      ),
    };
  }

  /** What "embed this" rebuilds: this view, when the page says where the script is. */
  private embedCode(): EmbedOptions | null {
    const scriptUrl = safeUrl(this.embedScript);
    if (!scriptUrl) return null;
    return {
      tag: this.localName,
      attributes: {
        // Absolute, so that the code works on another site.
        src: absolute(this.src),
        'values-src': absolute(this.valuesSrc),
        indicator: this.indicator,
        group: this.chosenGroup ? matchGroup(this.data.value ?? [], this.chosenGroup) : undefined,
        status: this.chosenStatus,
        sort: this.chosenSort === 'source' ? undefined : this.chosenSort,
        'number-format': this.numberFormat,
        heading: this.heading,
        source: this.source,
        'source-url': safeUrl(this.sourceUrl),
        note: this.note,
        lang: this.lang || undefined,
      },
      scriptUrl,
      iframeUrl: safeUrl(this.embedIframe),
      title: this.heading || this.m.title,
    };
  }

  /** Base name of downloaded files: the heading, else "indicadores". */
  private fileBase(): string {
    return looseKey(this.heading || this.m.title).replace(/ /g, '-') || 'indicadores';
  }

  /** Only called for data, which arrives with the progress part. */
  private statusWord(status: IndicatorStatus): string {
    return this.progressPart?.STATUS_LABELS[status][this.locale] ?? status;
  }

  /** A cell's text: money in words where space is short (`compact`), in full elsewhere; else as published. */
  private shown(cell: CellNumber | null | undefined, unit: UnitInfo, compact = false): string {
    if (!cell) return '—';
    if (isExactNumber(cell) && unit.kind === 'currency') {
      return compact
        ? formatCompact(cell.value, this.intlLocale, { currency: true })
        : formatMoney(cell.value, { locale: this.intlLocale, currency: unit.currency });
    }
    return formatCell(cell, this.intlLocale);
  }

  /**
   * A cell as published, with a note: what a missing mark means (`S/D` → sin dato), or the
   * top of an index's scale (`2,61` → de 10).
   */
  private cell(
    cell: CellNumber | null | undefined,
    unit: UnitInfo,
    compact = false,
  ): TemplateResult {
    const shown = this.shown(cell, unit, compact);
    let note = '';
    if (cell && !isExactNumber(cell)) {
      const meaning = missingLabel(cell.missing, this.locale).toLowerCase();
      if (meaning !== shown.toLowerCase()) note = meaning;
    } else if (cell && unit.kind === 'index' && unit.scaleMax !== undefined) {
      note = this.m.outOf(formatNumber(String(unit.scaleMax), this.intlLocale));
    }
    const full =
      compact && cell && isExactNumber(cell) && unit.kind === 'currency'
        ? this.shown(cell, unit)
        : '';
    return html`<span class="value" title=${full || nothing}>${shown}</span>${
        note ? html` <span class="note">${note}</span>` : nothing
      }`;
  }

  private period(period: Period | null | undefined): string {
    return period ? formatPeriod(period, this.intlLocale) : this.m.noPeriod;
  }

  private renderCard(item: TrackedIndicator, tag: 'article' | 'div'): TemplateResult {
    const { indicator, progress } = item;
    const m = this.m;
    const status = progress.status;
    const headingId = `${this.idBase}-${item.order}`;
    const unit = unitOf(indicator);
    const body = html`
      <div class="head">
        <div>
          <h3 id=${headingId}>${indicator.name}</h3>
          ${indicator.group ? html`<p class="meta">${indicator.group}</p>` : nothing}
          <p class="meta">
            ${m.direction(indicator.direction)}${
              indicator.direction === 'maintain' && indicator.tolerance
                ? html` (${m.tolerance(formatNumber(indicator.tolerance, this.intlLocale), unit.kind === 'percent')})`
                : nothing
            }${unit.label ? html` · ${unit.label}` : nothing}
          </p>
        </div>
        <p class="status st-${status}" part="status" data-status=${status}>
          ${statusIcon(status)}<span>${this.statusWord(status)}</span>
        </p>
      </div>
      <dl class="figures">
        <div>
          <dt>
            ${m.baseline} <span class="period">${this.period(indicator.baseline.period)}</span>
          </dt>
          <dd data-role="baseline">${this.cell(indicator.baseline.value, unit, true)}</dd>
        </div>
        <div>
          <dt>
            ${m.latest}
            <span class="period"
              >${progress.latest ? this.period(progress.latest.period) : m.noLatest}</span
            >
          </dt>
          <dd data-role="latest">${this.cell(progress.latest?.value, unit, true)}</dd>
        </div>
        <div>
          <dt>${m.target} <span class="period">${this.period(indicator.target.period)}</span></dt>
          <dd data-role="target">${this.cell(indicator.target.value, unit, true)}</dd>
        </div>
      </dl>
      ${this.renderProgress(item, unit)} ${this.renderSeries(item, unit, tag === 'div')}
      <details class="how-box">
        <summary>${m.how}</summary>
        <ol class="how">
          ${explanationSteps(progress.explanation[this.locale]).map((step) => html`<li>${step}</li>`)}
        </ol>
      </details>
    `;
    return tag === 'article'
      ? html`<article class="card st-${status}" part="indicator" aria-labelledby=${headingId}>
          ${body}
        </article>`
      : html`<div
          class="card st-${status}"
          part="indicator"
          role="group"
          aria-labelledby=${headingId}
        >
          ${body}
        </div>`;
  }

  private renderProgress(item: TrackedIndicator, unit: UnitInfo): TemplateResult {
    const { indicator, progress } = item;
    const m = this.m;
    if (progress.progress === null) {
      return html`<div class="progress" part="progress"><p>${m.progressUnknown}</p></div>`;
    }
    if (indicator.direction === 'maintain') return this.renderBand(item, unit);
    const pct = formatPercent(progress.progress, this.intlLocale);
    const expected =
      progress.expected === null ? null : formatPercent(progress.expected, this.intlLocale);
    const raw = this.progressPart?.rawPosition(indicator, progress.latest?.value) ?? null;
    const w = 300;
    const x = (f: number) => Math.max(0, Math.min(1, f)) * w;
    return html`<div class="progress" part="progress">
      <p>
        ${m.progress}: <strong data-role="progress">${m.progressValue(pct)}</strong>${
          expected
            ? html` · ${m.expected(expected, this.period(progress.latest?.period))}`
            : nothing
        }
      </p>
      <svg
        class="bar"
        viewBox="0 0 ${w} 24"
        preserveAspectRatio="none"
        role="img"
        aria-label=${m.chartProgress(pct, expected)}
      >
        <rect class="track" x="0" y="6" width=${w} height="12" rx="2"></rect>
        <rect class="fill" x="0" y="6" width=${x(progress.progress)} height="12" rx="2"></rect>
        ${
          progress.expected === null
            ? nothing
            : svg`<line class="expected" x1=${x(progress.expected)} x2=${x(progress.expected)} y1="1" y2="23"></line>`
        }
      </svg>
      <div class="ends" aria-hidden="true">
        <span>${m.baseline}: ${this.shown(indicator.baseline.value, unit, true)}</span>
        <span>${m.target}: ${this.shown(indicator.target.value, unit, true)}</span>
      </div>
      ${raw !== null && raw < 0 ? html`<p class="backwards">${m.backwards}</p>` : nothing}
    </div>`;
  }

  /** A maintain indicator: the allowed band around the baseline, and where the latest value fell. */
  private renderBand(item: TrackedIndicator, unit: UnitInfo): TemplateResult {
    const { indicator, progress } = item;
    const m = this.m;
    const geometry = this.progressPart?.bandGeometry(indicator, progress.latest?.value, 300);
    const within = progress.status === 'achieved';
    const latest = this.shown(progress.latest?.value, unit, true);
    const baseline = this.shown(indicator.baseline.value, unit, true);
    const tolerance = formatNumber(indicator.tolerance ?? '0', this.intlLocale);
    const sentence = within
      ? m.bandWithin(latest, baseline, tolerance)
      : m.bandOutside(latest, baseline, tolerance);
    return html`<div class="progress" part="progress">
      <p><strong data-role="progress">${sentence}</strong></p>
      ${
        geometry
          ? html`<svg
              class="bar"
              viewBox="0 0 300 24"
              preserveAspectRatio="none"
              role="img"
              aria-label=${sentence}
            >
              <rect class="track" x="0" y="6" width="300" height="12" rx="2"></rect>
              <rect
                class="band"
                x=${geometry.bandX}
                y="4"
                width=${geometry.bandWidth}
                height="16"
              ></rect>
              <line
                class="expected"
                x1=${geometry.baselineX}
                x2=${geometry.baselineX}
                y1="1"
                y2="23"
              ></line>
              <circle class="dot" cx=${geometry.valueX} cy="12" r="5"></circle>
            </svg>`
          : nothing
      }
    </div>`;
  }

  /** The period of a series point, with its role: `2016–2017 (línea base)`. */
  private pointLabel(p: SeriesPoint): string {
    const m = this.m;
    const role =
      p.role === 'target'
        ? ` (${m.targetMark})`
        : p.role === 'baseline'
          ? ` (${m.baseline.toLowerCase()})`
          : '';
    return `${this.period(p.period)}${role}`;
  }

  /** A plain-language reading of the series, for the chart's text alternative. */
  private seriesSummary(item: TrackedIndicator, unit: UnitInfo): string {
    const { indicator } = item;
    const measured = seriesOf(indicator)
      .filter((p) => p.role !== 'target' && isExactNumber(p.cell) && p.period)
      .map((p) => ({
        label: this.period(p.period),
        value: Number((p.cell as { value: string }).value),
        display: this.shown(p.cell, unit, true),
      }));
    const target = this.m.targetSentence(
      this.shown(indicator.target.value, unit, true),
      this.period(indicator.target.period),
    );
    return `${(measured.length && this.progressPart?.summariseSeries(measured, this.locale)) || ''} ${target}`.trim();
  }

  private renderSeries(item: TrackedIndicator, unit: UnitInfo, framed: boolean): TemplateResult {
    const { indicator } = item;
    const m = this.m;
    const series = seriesOf(indicator);
    const w = framed ? SPARK_W * 2 : SPARK_W;
    const h = framed ? SPARK_H * 2 : SPARK_H;
    // An index is drawn on its whole scale (2,61 of 10 looks like it).
    const scale =
      unit.kind === 'index' && unit.scaleMax ? ([0, unit.scaleMax] as const) : undefined;
    const spark = sparkline(series, w, h, framed ? 12 : 6, scale);
    const summary = this.seriesSummary(item, unit);
    const navigable = framed && spark.points.length > 0;
    const percent = series.some((p) => isExactNumber(p.cell) && p.cell.isPercent);
    const mark = (_p: PlottedPoint, i: number, shape: SVGTemplateResult) =>
      navigable
        ? svg`<g class="point" data-rendir-point=${i} tabindex=${this.nav.tabindex(i)} role="img"
              aria-label=${`${this.pointLabel(_p)}: ${this.shown(_p.cell, unit, true)}`} @focus=${() => this.nav.focused(i)}>${shape}</g>`
        : shape;
    const drawn = framed && this.chartWidth > 0 ? this.progressPart : undefined;
    const graphic = drawn
      ? drawn.seriesChart({
          series,
          width: this.chartWidth,
          scale,
          format: (v) => this.shown({ value: v, raw: v, isPercent: percent }, unit, true),
          period: (p) => this.period(p),
          baselineWord: m.baseline,
          targetWord: m.target,
          mark,
        })
      : html`<svg
          class="spark ${framed ? 'large' : ''}"
          viewBox="0 0 ${w} ${h}"
          role=${framed ? nothing : 'img'}
          aria-label=${framed ? nothing : summary}
        >
          ${
            spark.targetY === null
              ? nothing
              : svg`<line class="target-level" x1="0" x2=${w} y1=${spark.targetY} y2=${spark.targetY}></line>`
          }
          <path class="to-target" d=${spark.toTarget}></path>
          <path class="line" d=${spark.path}></path>
          ${spark.points.map((p, i) => {
            const shape =
              p.role === 'target'
                ? svg`<path class="pt pt-target" d="M${p.x} ${p.y - 6}l6 6-6 6-6-6z"></path>`
                : svg`<circle class="pt" cx=${p.x} cy=${p.y} r=${framed ? 5 : 3}></circle>`;
            return mark(p, i, shape);
          })}
        </svg>`;
    if (framed) {
      const rows = series.map((p) => [this.pointLabel(p), this.shown(p.cell, unit)]);
      const raw = series.map((p) => [
        p.period?.raw ?? '',
        isExactNumber(p.cell) ? p.cell.value : p.cell.raw,
      ]);
      const source = indicator.source || this.source;
      return html`<rendir-chart-frame
          class="series"
          part="series"
          ?navigable=${navigable}
          theme=${this.resolvedTheme === 'page' ? nothing : this.resolvedTheme}
          chart-title=${m.seriesTitle}
          summary=${summary}
          notes=${this.note}
          filename=${looseKey(indicator.name).replace(/ /g, '-').slice(0, 60) || 'indicador'}
          .source=${source ? { label: source, url: this.sourceUrl || undefined } : null}
          .embed=${this.embedCode()}
          .table=${{ columns: [{ label: m.period }, { label: m.value, align: 'end' }], rows, raw }}
          @keydown=${this.nav.onKeydown}
        >
          <div slot="chart" class="series-plot">${graphic}</div>
        </rendir-chart-frame>
        ${this.nav.liveRegion()}`;
    }
    const mini =
      spark.points.length > 1
        ? this.progressPart?.miniChart({
            series,
            scale,
            format: (cell) => this.shown(cell, unit, true),
            period: (p) => this.period(p),
            baselineWord: m.baseline,
            targetWord: m.target,
            summary,
          })
        : undefined;
    return html`<figure class="series" part="series">
      ${mini ?? nothing}
      <details>
        <summary>${m.values}</summary>
        <table>
          <caption class="visually-hidden">
            ${this.t.tableCaption(indicator.name)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.period}</th>
              <th scope="col">${m.value}</th>
            </tr>
          </thead>
          <tbody>
            ${series.map(
              (p) =>
                html`<tr>
                  <th scope="row">${this.pointLabel(p)}</th>
                  <td class="num">${this.cell(p.cell, unit)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </figure>`;
  }
}

function absolute(url: string): string | undefined {
  if (!url) return undefined;
  try {
    return safeUrl(new URL(url, document.baseURI).href);
  } catch {
    return undefined;
  }
}

function value(e: Event): string {
  return (e.target as HTMLSelectElement).value;
}
