/**
 * The data table of the open level, as the chart frame shows it behind its toggle and
 * downloads it as CSV: every amount column in full, execution with its status word, paid,
 * "of every 100 pesos", per-capita and the previous year, with a total row. Cells as shown
 * (the core's formatters) and as exact plain decimals for the CSV. A part: loaded beside
 * the data, with the year-over-year words it needs.
 */
import type { ExecutionKey } from '@rendir/core';
import type { ChartTable } from '../platform/chart-kit/chart-frame.ts';
import { defineCatalogue } from '../platform/i18n.ts';
import {
  displayName,
  execution,
  ofEveryHundred,
  perCapita,
  type BudgetNode,
} from './budget-model.ts';
import { changeText, yearChange } from './budget-years.ts';
import { formatAmount, formatPct } from './format.ts';
import { statusWord, type Derived, type PartContext } from './view-context.ts';

/** The table's own words, in Spanish and English. */
export const tableMessages = defineCatalogue('budgetTable', {
  breakdown: (place: string | undefined, year: string) =>
    `En qué se divide ${place ?? 'el presupuesto'}, vigencia ${year}`,
  levelN: (n: number) => `Nivel ${n}`,
  total: 'Total',
  previousYear: (year: string) => `Vigencia ${year}`,
  change: 'Variación',
  officialName: 'Nombre oficial',
});

export interface TableContext extends PartContext {
  d: Derived;
  node: BudgetNode;
  /** Level names from `levels`, outermost first. */
  levels: string[];
  threshold: string;
  /** The amount execution measures (the `execution` attribute). */
  executionKey: ExecutionKey;
  population?: string;
  /** Rows shown (the rest behind the breakdown's "show more"; all in the CSV and in print). */
  limit: number;
}

/** One column: its header, and a row's cell as shown and as an exact decimal. */
interface Column {
  label: string;
  shown(n: BudgetNode): string;
  raw(n: BudgetNode): string;
}

/** The open level's items (the node itself when it has none) and its total. */
export function dataTable(c: TableContext): ChartTable {
  const { m, d, node, intl, currency } = c;
  const tm = tableMessages[c.locale];
  const items = node.children.length ? node.children : [node];
  const pct = (value: string | undefined) =>
    value !== undefined ? formatPct(value, intl, 1) : '–';
  const money = (value: string | undefined, cents?: boolean) =>
    value !== undefined ? formatAmount(value, intl, currency, cents) : '–';
  const exec = (n: BudgetNode) => execution(n, c.threshold, c.executionKey);
  const columns: Column[] = d.keys.map((k) => ({
    label: m[`key_${k}`],
    shown: (n) => (n.totals[k] !== undefined ? money(n.totals[k]) : m.statusNone),
    raw: (n) => n.totals[k] ?? '',
  }));
  if (d.keys.includes(c.executionKey))
    columns.push(
      {
        label: `${m.execution} (${m[`key_${c.executionKey}`]})`,
        shown: (n) => `${pct(exec(n).executedPct)} ${statusWord(c, exec(n))}`,
        raw: (n) => exec(n).executedPct ?? '',
      },
      {
        label: m.executionPaid,
        shown: (n) => pct(exec(n).paidPct),
        raw: (n) => exec(n).paidPct ?? '',
      },
    );
  columns.push({
    label: m.everyHundred,
    shown: (n) => money(ofEveryHundred(n.size, node.size), true),
    raw: (n) => ofEveryHundred(n.size, node.size) ?? '',
  });
  if (c.population)
    columns.push({
      label: m.perCapita,
      shown: (n) => money(perCapita(n.size, c.population), false),
      raw: (n) => perCapita(n.size, c.population) ?? '',
    });
  const prev = d.previous;
  if (prev)
    columns.push(
      {
        label: tm.previousYear(prev.year),
        shown: (n) => money(yearChange(n, prev).previous),
        raw: (n) => yearChange(n, prev).previous ?? '',
      },
      {
        label: tm.change,
        shown: (n) => changeText(c, yearChange(n, prev)) ?? '–',
        raw: (n) => yearChange(n, prev).changePct ?? '',
      },
    );
  const name = (n: BudgetNode) =>
    n.citizenLabel && n.citizenLabel !== n.name
      ? `${displayName(n)} (${tm.officialName}: ${n.name})`
      : displayName(n);
  // Rows shown as the reader pages them (the breakdown's "show more"), and the total; the
  // CSV has every item and no total row (a total among its lines would be summed again).
  const rows = node.children.length ? [...items.slice(0, c.limit), node] : items;
  const rowName = (n: BudgetNode) => (n === node && node.children.length ? tm.total : name(n));
  const nameLabel =
    node.children.length === 0 ? m.name : (c.levels[node.depth] ?? tm.levelN(node.depth + 1));
  // The CSV keeps the official name and the plain-language one apart, each in its column.
  return {
    columns: [
      { label: nameLabel },
      ...columns.map((col) => ({ label: col.label, align: 'end' as const })),
    ],
    rows: rows.map((n) => [rowName(n), ...columns.map((col) => col.shown(n))]),
    rawHeader: [nameLabel, m.citizenName, ...columns.map((col) => col.label)],
    raw: items.map((n) => [n.name, n.citizenLabel ?? '', ...columns.map((col) => col.raw(n))]),
  };
}
