/**
 * An Open SDG series in the tracker (a lazy part, loaded with such a file): the headline
 * series in a chart frame (chart with axes, summary, table, CSV download), then the
 * breakdown chooser: a breakdown, the disaggregation compared, the value each other one is
 * held at, and the values compared (native radios and checkboxes, with a search over long
 * lists such as 2,329 municipalities), a live sentence of what is shown, and their series
 * side by side on one value range with one table. Only published rows are shown.
 */
import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartNavigation } from '../platform/chart-kit/navigation.ts';
import {
  formatCell,
  formatNumber,
  formatSdgPeriod,
  isExactNumber,
  missingWord,
  sdgPeriods,
  type CellNumber,
  type SdgObservation,
} from '@rendir/core';
import { coreMessage } from '../platform/core-messages.ts';
import { tokens } from '../platform/theme.ts';
import { summariseSeries } from '../platform/chart-kit/summary.ts';
import { chartStyles } from './series-chart.ts';
import { sdgChart } from './sdg-chart.ts';
import {
  listed,
  MAX_SHOWN,
  sdgShown,
  type SdgChoice,
  type SdgChoiceHost,
  type SdgViewContext,
  type SdgShown,
} from './sdg-logic.ts';
import { sdgMessages, type SdgMessages } from './sdg-messages.ts';
import type { SdgSeriesData } from './sdg-data.ts';

/** Lists longer than this get a search box; at most this many entries are listed. */
const SEARCH_FROM = 10;
const LISTED = 30;

export interface SdgRenderOptions {
  /** Prefix of the controls' ids. */
  id: string;
  heading: string;
  /** The plot's measured width (0 until measured). */
  width: number;
  /** Arrow keys through the first chart's points… */
  nav: ChartNavigation;
  /** …which say these labels, in order (set at each render). */
  points: (labels: string[]) => void;
}

interface Drawn {
  label: string;
  observations: SdgObservation[];
}

/** A cell as the table writes it: the figure as published, or what its marker means. */
export function sdgCellText(cell: CellNumber | undefined, v: SdgViewContext): string {
  if (!cell) return '—';
  const text = formatCell(cell, v.intlLocale);
  if (isExactNumber(cell)) return text;
  const meaning = coreMessage(missingWord(cell.missing), v.locale);
  return meaning.toLowerCase() === text.toLowerCase() ? text : `${text} (${meaning.toLowerCase()})`;
}

/** The last choice worked out for each data: typing in a search changes only the lists. */
const lastShown = new WeakMap<SdgSeriesData, { key: string; shown: SdgShown }>();

function shownFor(data: SdgSeriesData, choice: SdgChoice): SdgShown {
  const key = JSON.stringify({ ...choice, filters: undefined });
  const last = lastShown.get(data);
  if (last?.key === key)
    return { ...last.shown, choice: { ...last.shown.choice, filters: choice.filters } };
  const shown = sdgShown(data, choice);
  lastShown.set(data, { key, shown });
  return shown;
}

export function renderSdg(
  v: SdgViewContext,
  data: SdgSeriesData,
  host: SdgChoiceHost,
  o: SdgRenderOptions,
): TemplateResult {
  const s = sdgMessages[v.locale];
  const shown = shownFor(data, host.choice);
  const level = o.heading ? 3 : 2;
  const dims = data.dimensions.map((d) => d.name).join(', ');
  return html`
    ${o.heading ? html`<h2 class="title">${o.heading}</h2>` : nothing}
    ${
      shown.headline.length
        ? frame(v, s, {
            title: s.headline,
            series: [{ label: s.headline, observations: shown.headline }],
            width: o.width,
            plotClass: 'series-plot',
            headline: true,
            file: data.file,
            intro: s.headlineSummary,
            nav: o,
          })
        : html`<p class="notice" role="status">${s.noHeadline(dims)}</p>`
    }
    <section class="sdg-breakdowns" aria-labelledby="${o.id}-breakdowns">
      ${
        level === 2
          ? html`<h2 id="${o.id}-breakdowns" class="sdg-heading">${s.breakdowns}</h2>`
          : html`<h3 id="${o.id}-breakdowns" class="sdg-heading">${s.breakdowns}</h3>`
      }
      ${shown.breakdown ? renderChooser(v, s, data, shown, host, o) : html`<p>${s.noBreakdowns}</p>`}
    </section>
  `;
}

function renderChooser(
  v: SdgViewContext,
  s: SdgMessages,
  data: SdgSeriesData,
  shown: SdgShown,
  host: SdgChoiceHost,
  o: SdgRenderOptions,
): TemplateResult {
  const { choice } = shown;
  const change = host.change.bind(host);
  const valueOf = (e: Event) => (e.target as HTMLInputElement).value;
  const dims = shown.breakdown?.dimensions ?? [];
  const select = (
    key: 'units' | 'series',
    label: string,
    offered: readonly string[],
    current: string | undefined,
  ) =>
    offered.length > 1
      ? html`<label for="${o.id}-${key}"
          >${label}
          <select
            id="${o.id}-${key}"
            @change=${(e: Event) => change({ [key]: valueOf(e), checked: undefined })}
          >
            ${offered.map((u) => html`<option value=${u} ?selected=${u === current}>${u}</option>`)}
          </select></label
        >`
      : nothing;
  const compared = shown.offers[shown.offers.length - 1];
  const held = Object.entries(choice.fixed).map(([k, val]) => `${k}: ${val}`);
  const labels = shown.series.map((x) => x.value);
  const sentence = labels.length
    ? s.showing(
        labels.length,
        choice.compare,
        labels.join(', '),
        held.length ? s.within(held.join('; ')) : '',
      )
    : s.chooseOne;
  return html`
    <div class="controls sdg-controls" part="controls">
      ${select('units', s.units, data.units, choice.units)}
      ${select('series', s.series, data.series, choice.series)}
      ${
        shown.breakdowns.length > 1
          ? html`<label for="${o.id}-breakdown"
              >${s.breakdown}
              <select
                id="${o.id}-breakdown"
                @change=${(e: Event) =>
                  change({ breakdown: Number(valueOf(e)), compare: '', checked: undefined })}
              >
                ${shown.breakdowns.map(
                  (b, i) =>
                    html`<option value=${i} ?selected=${i === choice.breakdown}>
                      ${b.dimensions.join(' × ')}
                    </option>`,
                )}
              </select></label
            >`
          : html`<p class="sdg-only">${s.breakdown}: ${dims.join(' × ')}</p>`
      }
    </div>
    ${
      dims.length > 1
        ? html`<fieldset class="sdg-compare">
            <legend>${s.compareBy}</legend>
            ${dims.map(
              (d) =>
                html`<label
                  ><input
                    type="radio"
                    name="${o.id}-compare"
                    .value=${d}
                    .checked=${d === choice.compare}
                    @change=${() => change({ compare: d, checked: undefined })}
                  />
                  ${d}</label
                >`,
            )}
          </fieldset>`
        : nothing
    }
    <div class="sdg-pickers">
      ${shown.offers.map((offer, i) =>
        offer === compared
          ? picker(s, o, i, offer, {
              type: 'checkbox',
              chosen: choice.checked ?? [],
              typed: choice.filters[offer.dimension] ?? '',
              host,
            })
          : picker(s, o, i, offer, {
              type: 'radio',
              chosen: [choice.fixed[offer.dimension]],
              typed: choice.filters[offer.dimension] ?? '',
              host,
            }),
      )}
    </div>
    <p class="count" role="status">${sentence}</p>
    ${
      shown.series.length
        ? frame(v, s, {
            title: s.chartTitle(choice.compare),
            series: shown.series.map((x) => ({ label: x.value, observations: x.observations })),
            width: o.width,
            plotClass: shown.headline.length ? '' : 'series-plot',
            headline: false,
            file: data.file,
            // The live sentence above says what is held; the summary tells each series.
            intro: (summary) => summary,
            note: s.onlyPublished,
            nav: shown.headline.length ? undefined : o,
          })
        : nothing
    }
  `;
}

interface PickerState {
  type: 'checkbox' | 'radio';
  chosen: string[];
  typed: string;
  host: SdgChoiceHost;
}

/** One disaggregation's values: radios for one held, checkboxes for those compared. */
function picker(
  s: SdgMessages,
  o: SdgRenderOptions,
  index: number,
  offer: { dimension: string; values: string[] },
  p: PickerState,
): TemplateResult {
  const { dimension, values } = offer;
  const { host } = p;
  const list = listed(values, p.chosen, p.typed, LISTED);
  const full = p.type === 'checkbox' && p.chosen.length >= MAX_SHOWN;
  const id = `${o.id}-values-${index}`;
  const choose = (value: string, on: boolean) => {
    const filters = host.choice.filters;
    if (p.type === 'radio') {
      host.change({ fixed: { ...host.choice.fixed, [dimension]: value }, checked: undefined });
      return;
    }
    const checked = on ? [...p.chosen, value] : p.chosen.filter((c) => c !== value);
    host.change({ checked, filters });
  };
  return html`<fieldset class="sdg-values">
    <legend>${dimension} <span class="muted">(${s.valueCount(values.length)})</span></legend>
    ${
      values.length > SEARCH_FROM
        ? html`<label class="sdg-search" for="${id}-search"
            >${s.search(dimension)}
            <input
              id="${id}-search"
              type="search"
              autocomplete="off"
              .value=${p.typed}
              @input=${(e: Event) =>
                host.change({
                  filters: {
                    ...host.choice.filters,
                    [dimension]: (e.target as HTMLInputElement).value,
                  },
                })}
          /></label>`
        : nothing
    }
    <ul class="sdg-options" role="list">
      ${list.values.map((value) => {
        const on = p.chosen.includes(value);
        return html`<li>
          <label
            ><input
              type=${p.type}
              name=${id}
              .value=${value}
              .checked=${on}
              ?disabled=${full && !on}
              @change=${(e: Event) => choose(value, (e.target as HTMLInputElement).checked)}
            />
            ${value}</label
          >
        </li>`;
      })}
    </ul>
    ${
      list.matching > list.values.length
        ? html`<p class="muted">${s.listed(list.values.length, list.matching)}</p>`
        : nothing
    }
    ${p.typed && list.matching === 0 ? html`<p class="muted">${s.noMatch(p.typed)}</p>` : nothing}
    ${full ? html`<p class="muted">${s.atMost(MAX_SHOWN)}</p>` : nothing}
  </fieldset>`;
}

interface FrameInput {
  title: string;
  series: Drawn[];
  width: number;
  /** `series-plot` on the box whose width the tracker measures. */
  plotClass: string;
  /** The headline: one chart, its column «Valor»; else each series named by its value. */
  headline: boolean;
  file: string;
  intro: (summary: string) => string;
  note?: string;
  /** The frame whose points the arrow keys walk (one per render). */
  nav?: Pick<SdgRenderOptions, 'nav' | 'points'>;
}

/** Series in the platform's chart frame: charts side by side on one value range, one table. */
function frame(v: SdgViewContext, s: SdgMessages, f: FrameInput): TemplateResult {
  const periods = sdgPeriods(f.series.flatMap((x) => x.observations));
  const byPeriod = f.series.map((x) => new Map(x.observations.map((ob) => [ob.period, ob.value])));
  const numbers = byPeriod.flatMap((m) =>
    [...m.values()].filter(isExactNumber).map((c) => Number(c.value)),
  );
  const domain = [Math.min(0, ...numbers), Math.max(0, ...numbers)] as const;
  const single = f.headline;
  const columns = single || f.width < 560 ? 1 : f.width < 900 ? 2 : 3;
  const width = Math.floor(((f.width || 480) - (columns - 1) * 16) / columns);
  const periodText = (raw: string) => formatSdgPeriod(raw, v.intlLocale);
  const summaries = f.series.map((x, i) => {
    const points = periods.flatMap((p) => {
      const cell = byPeriod[i].get(p);
      return cell && isExactNumber(cell)
        ? [
            {
              label: periodText(p),
              value: Number(cell.value),
              display: formatCell(cell, v.intlLocale),
            },
          ]
        : [];
    });
    const told = summariseSeries(points, v.locale);
    return single ? told : `${x.label}: ${told}`;
  });
  const labels: string[] = [];
  const nav = f.nav?.nav;
  const charts = f.series.map((x, i) => {
    const cells = periods.map((p) => byPeriod[i].get(p));
    const mark = nav
      ? (period: number, shape: SVGTemplateResult) => {
          const index = labels.length;
          const cell = cells[period];
          labels.push(
            `${single ? '' : `${x.label}: `}${periodText(periods[period])}: ${cell ? formatCell(cell, v.intlLocale) : ''}`,
          );
          return svg`<g class="point" data-rendir-point=${index} tabindex=${nav.tabindex(index)} role="img"
            aria-label=${labels[index]} @focus=${() => nav.focused(index)}>${shape}</g>`;
        }
      : undefined;
    const chart = sdgChart({
      mark,
      periods,
      values: cells.map((c) => (c && isExactNumber(c) ? Number(c.value) : null)),
      texts: cells.map((c) => (c ? formatCell(c, v.intlLocale) : '')),
      width,
      domain,
      format: (value) => formatNumber(value, v.intlLocale),
      period: periodText,
      small: !single,
    });
    return single
      ? chart
      : html`<div class="sdg-multiple">
          <p class="sdg-multiple-title" aria-hidden="true">${x.label}</p>
          ${chart} ${byPeriod[i].size ? nothing : html`<p class="muted">${s.empty}</p>`}
        </div>`;
  });
  const rows = periods.map((p) => [
    periodText(p),
    ...byPeriod.map((m) => sdgCellText(m.get(p), v)),
  ]);
  const raw = periods.map((p) => [
    p,
    ...byPeriod.map((m) => {
      const cell = m.get(p);
      return !cell ? '' : isExactNumber(cell) ? cell.value : cell.raw;
    }),
  ]);
  f.nav?.points(labels);
  return html`<rendir-chart-frame
      class="series"
      part="series"
      ?navigable=${labels.length > 0}
      @keydown=${nav?.onKeydown}
      ?no-image=${!single}
      theme=${v.frame.theme ?? nothing}
      chart-title=${f.title}
      summary=${f.intro(summaries.join(' '))}
      notes=${[f.note, v.frame.note].filter(Boolean).join(' ')}
      filename=${f.file.replace(/\.csv$/i, '').slice(0, 60) || 'serie'}
      .source=${v.frame.source}
      .embed=${v.frame.embed}
      .table=${{
        columns: [
          { label: v.period },
          ...f.series.map((x) => ({ label: single ? v.value : x.label, align: 'end' as const })),
        ],
        rows,
        raw,
      }}
    >
      <div slot="chart" class="${f.plotClass} ${single ? '' : 'sdg-multiples'}">
        ${charts}
      </div> </rendir-chart-frame
    >${nav ? nav.liveRegion() : nothing}`;
}

/** The chooser's look; the charts take the tracker's chart look. */
export const styles = css`
  ${chartStyles}
  .sdg-chart {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    max-block-size: none;
  }
  .sdg-breakdowns {
    margin-block-start: calc(2 * ${tokens.space});
  }
  .sdg-heading {
    margin: 0 0 ${tokens.space};
    font-size: 1.1em;
  }
  .sdg-only {
    margin: 0;
  }
  .sdg-compare,
  .sdg-values {
    margin: 0 0 ${tokens.space};
    padding: 0.5em 0.75em;
    border: 1px solid ${tokens.border};
    border-radius: 4px;
    min-inline-size: 0;
  }
  .sdg-compare label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin-inline-end: 1em;
    min-block-size: 24px;
  }
  .sdg-pickers {
    display: grid;
    gap: ${tokens.space};
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  .sdg-search {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    margin-block-end: 0.5em;
  }
  .sdg-search input {
    font: inherit;
    font-size: 1rem;
    min-block-size: 24px;
    max-inline-size: 100%;
  }
  .sdg-options {
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: 16rem;
    overflow-y: auto;
  }
  .sdg-options label {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    min-block-size: 24px;
    overflow-wrap: anywhere;
  }
  .sdg-values .muted {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  .muted {
    color: ${tokens.muted};
  }
  .sdg-multiples {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
  }
  .sdg-multiple {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .sdg-multiple-title {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
`;
