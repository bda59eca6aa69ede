/**
 * Several fiscal years: the year picker and the change from the previous year (summary
 * and table). Loaded with the data only when the file has more than one year.
 */
import { html, type TemplateResult } from 'lit';
import { compareDecimals, percentOf, subtractDecimals } from '@rendir/core';
import { defineCatalogue } from '../platform/i18n.ts';
import type { BudgetNode, BudgetTree } from './budget-model.ts';
import { formatPct } from './format.ts';
import type { Derived, PartContext } from './view-context.ts';

export const yearsMessages = defineCatalogue('budgetYears', {
  year: 'Vigencia',
  up: (pct: string, year: string) => `${pct} más que en ${year}`,
  down: (pct: string, year: string) => `${pct} menos que en ${year}`,
  same: (year: string) => `Igual que en ${year}`,
  new: (year: string) => `No figuraba en ${year}`,
});

export interface YearChange {
  previousYear: string;
  previous?: string;
  /** (current − previous) ÷ previous × 100, one decimal; undefined when not comparable. */
  changePct?: string;
}

/** How a node's size changed from the same path in `previous` (a tree of an earlier year). */
export function yearChange(node: BudgetNode, previous: BudgetTree): YearChange {
  const before = previous.byId.get(node.id);
  const out: YearChange = { previousYear: previous.year };
  if (!before) return out;
  out.previous = before.size;
  if (compareDecimals(before.size, '0') !== 0) {
    out.changePct = percentOf(subtractDecimals(node.size, before.size), before.size, 1);
  }
  return out;
}

/** The change in words (`13,7 % más que en 2024`), undefined when not comparable. */
export function changeText(c: PartContext, change: YearChange | undefined): string | undefined {
  if (!change) return undefined;
  const ym = yearsMessages[c.locale];
  if (change.previous === undefined) return ym.new(change.previousYear);
  if (change.changePct === undefined) return undefined;
  const cmp = compareDecimals(change.changePct, '0');
  const pct = formatPct(change.changePct.replace('-', ''), c.intl, 1);
  return cmp === 0
    ? ym.same(change.previousYear)
    : cmp > 0
      ? ym.up(pct, change.previousYear)
      : ym.down(pct, change.previousYear);
}

export function renderYearSelect(
  c: PartContext,
  d: Derived,
  choose: (year: string) => void,
): TemplateResult {
  return html`<label
    >${yearsMessages[c.locale].year}
    <select @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}>
      ${d.years.map((y) => html`<option value=${y} ?selected=${y === d.year}>${y}</option>`)}
    </select></label
  >`;
}
