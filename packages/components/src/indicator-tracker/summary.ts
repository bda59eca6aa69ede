/**
 * A set's summary, in the chart frame: a sentence ("De 12 indicadores: 2 van en camino…"),
 * a stacked status bar with icons, each status's icon, word and count, and each pillar's
 * own bar; its table and CSV list every indicator with its figures, progress and status.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  formatCell,
  formatPercent,
  formatPeriod,
  INDICATOR_STATUSES,
  isExactNumber,
  type CellNumber,
  type IndicatorStatus,
  type Period,
} from '@rendir/core';
import type { ChartTable } from '../platform/chart-kit/index.ts';
import { statusGlyph, statusIcon } from './icons.ts';
import { groupsOf, type TrackedIndicator } from './logic.ts';
import { frameSource, statusWord, type TrackerViewOf } from './view-basics.ts';
import { stackSegments } from './shapes.ts';

/** The progress part's own view: any part (this module is in it). */
type TrackerView = TrackerViewOf<unknown>;

/** How many indicators have each status (the summary's figures; here, in its lazy part). */
export function countByStatus(items: readonly TrackedIndicator[]): Record<IndicatorStatus, number> {
  const counts = { achieved: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const item of items) counts[item.progress.status]++;
  return counts;
}

/**
 * The set's summary; `pillars: false` leaves each pillar's bar out (a compact set shows
 * them with its cards, `renderPillars`).
 */
export function renderSummary(
  v: TrackerView,
  items: TrackedIndicator[],
  filename: string,
  { pillars = true } = {},
): TemplateResult {
  const m = v.m;
  const counts = countByStatus(items);
  const present = INDICATOR_STATUSES.filter((s) => counts[s] > 0);
  return html`<rendir-chart-frame
    class="summary"
    part="summary"
    theme=${v.frame.theme ?? nothing}
    chart-title=${m.summaryChart}
    summary=${m.summary(items.length, countList(v, counts))}
    filename=${filename}
    notes=${v.frame.note}
    .source=${frameSource(v)}
    .embed=${v.frame.embed}
    .table=${summaryTable(v, items)}
  >
    <div slot="chart">
      ${renderStack(v, counts, 32)}
      <ul class="legend">
        ${present.map(
          (s) =>
            html`<li class="st-${s}">
              ${statusIcon(s)}<span>${statusWord(v, s)}: ${counts[s]}</span>
            </li>`,
        )}
      </ul>
      ${pillars ? renderPillars(v, items) : nothing}
    </div>
  </rendir-chart-frame>`;
}

/** Each pillar's own bar and counts (nothing for a set of one pillar). */
export function renderPillars(v: TrackerView, items: TrackedIndicator[]): unknown {
  const groups = groupsOf(items);
  if (groups.length < 2) return nothing;
  return html`<dl class="pillars">
    ${groups.map((g) => {
      const own = countByStatus(items.filter((i) => i.indicator.group === g));
      const total = INDICATOR_STATUSES.reduce((sum, s) => sum + own[s], 0);
      return html`<div data-group=${g}>
        <dt>${g} (${total})</dt>
        <dd>${renderStack(v, own, 16)}<span>${countList(v, own)}</span></dd>
      </div>`;
    })}
  </dl>`;
}

/** "2 van en camino, 1 en riesgo y 1 rezagado". */
function countList(v: TrackerView, counts: Record<IndicatorStatus, number>): string {
  const list = new Intl.ListFormat(v.intlLocale, { type: 'conjunction' });
  return list.format(
    INDICATOR_STATUSES.filter((s) => counts[s] > 0).map((s) => v.m.statusCount(s, counts[s])),
  );
}

/**
 * A 100 % stacked bar of statuses, laid out in percentages so that it stretches to any
 * width while its icons keep their shape.
 */
function renderStack(
  v: TrackerView,
  counts: Record<IndicatorStatus, number>,
  height: number,
): TemplateResult {
  const parts = INDICATOR_STATUSES.filter((s) => counts[s] > 0).map((s) => ({
    key: s,
    count: counts[s],
  }));
  const icon = height - 12;
  return html`<svg class="stack" height=${height} role="presentation">
    ${stackSegments(parts, 100, 0.4).map(
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
function summaryTable(v: TrackerView, items: TrackedIndicator[]): ChartTable {
  const m = v.m;
  const shownCell = (c: CellNumber | null | undefined) => (c ? formatCell(c, v.intlLocale) : '');
  const exact = (c: CellNumber | null | undefined) =>
    !c ? '' : isExactNumber(c) ? c.value : c.raw;
  const when = (p: Period | null | undefined) => (p ? formatPeriod(p, v.intlLocale) : '');
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
    cell: typeof shownCell,
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
    statusWord(v, p.status),
  ];
  return {
    columns,
    rows: items.map((t) =>
      row(t, shownCell, when, (p) =>
        p.progress === null ? '' : formatPercent(p.progress, v.intlLocale),
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
