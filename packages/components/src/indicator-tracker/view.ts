/**
 * What every render part of the tracker shares: its words, its language and the lazy
 * progress part, and how a figure, a period or a status is written in a card (the core
 * formats; this only picks which of its formats a place takes).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  formatCell,
  formatCompact,
  formatMoney,
  formatNumber,
  formatPeriod,
  isExactNumber,
  missingWord,
  type CellNumber,
  type Period,
} from '@rendir/core';
import { coreMessage } from '../platform/core-messages.ts';
import type { SeriesPoint, UnitInfo } from './logic.ts';
import type { TrackerViewOf } from './view-basics.ts';

export { frameSource, statusWord, type TrackerViewOf } from './view-basics.ts';

/** The lazy progress part (`lazy.ts`), named by its module so that the plan part can use this one. */
export type ProgressPart = typeof import('./progress.ts');

export type TrackerView = TrackerViewOf<ProgressPart>;

export function periodText(v: TrackerView, period: Period | null | undefined): string {
  return period ? formatPeriod(period, v.intlLocale) : v.m.noPeriod;
}

/** A cell's text: money in words where space is short (`compact`), in full elsewhere; else as published. */
export function shown(
  v: TrackerView,
  cell: CellNumber | null | undefined,
  unit: UnitInfo,
  compact = false,
): string {
  if (!cell) return '—';
  if (isExactNumber(cell) && unit.kind === 'currency') {
    return compact
      ? formatCompact(cell.value, v.intlLocale, { currency: unit.currency })
      : formatMoney(cell.value, { locale: v.intlLocale, currency: unit.currency });
  }
  return formatCell(cell, v.intlLocale);
}

/**
 * A cell as published, with a note: what a missing mark means (`S/D` → sin dato), or the
 * top of an index's scale (`2,61` → de 10).
 */
export function cellView(
  v: TrackerView,
  cell: CellNumber | null | undefined,
  unit: UnitInfo,
  compact = false,
): TemplateResult {
  const text = shown(v, cell, unit, compact);
  let note = '';
  if (cell && !isExactNumber(cell)) {
    const meaning = coreMessage(missingWord(cell.missing), v.locale).toLowerCase();
    if (meaning !== text.toLowerCase()) note = meaning;
  } else if (cell && unit.kind === 'index' && unit.scaleMax !== undefined) {
    note = v.m.outOf(formatNumber(String(unit.scaleMax), v.intlLocale));
  }
  const full =
    compact && cell && isExactNumber(cell) && unit.kind === 'currency' ? shown(v, cell, unit) : '';
  return html`<span class="value" title=${full || nothing}>${text}</span>${
      note ? html` <span class="note">${note}</span>` : nothing
    }`;
}

/** The period of a series point, with its role: `2016–2017 (línea base)`. */
export function pointLabel(v: TrackerView, p: SeriesPoint): string {
  const role =
    p.role === 'target'
      ? ` (${v.m.targetMark})`
      : p.role === 'baseline'
        ? ` (${v.m.baseline.toLowerCase()})`
        : '';
  return `${periodText(v, p.period)}${role}`;
}

/** The charts' styles arrive with the data, in the progress part: adopted once it is there. */
export function adoptChartStyles(root: ShadowRoot, part: ProgressPart | undefined): void {
  const sheets = part ? [part.chartStyles.styleSheet, part.miniChartStyles.styleSheet] : [];
  const missing = sheets.filter(
    (s): s is CSSStyleSheet => !!s && !root.adoptedStyleSheets.includes(s),
  );
  if (missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
}
