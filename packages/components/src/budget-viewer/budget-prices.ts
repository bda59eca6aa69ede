/**
 * Constant prices, loaded only where the author gives a price index (`deflator` or
 * `deflator-column`): reading the index, deflating each line exactly, and the
 * current/constant switch.
 */
import { html, type TemplateResult } from 'lit';
import {
  compareDecimals,
  divideDecimals,
  multiplyDecimal,
  type BudgetAmountKey,
  type BudgetLine,
} from '@rendir/core';
import { defineCatalogue, type Locale } from '../platform/i18n.ts';
import type { Derived, PartContext } from './view-context.ts';

export const pricesMessages = defineCatalogue('budgetPrices', {
  prices: 'Precios',
  current: 'Precios corrientes',
  constant: (year: string) => `Precios constantes de ${year}`,
  note: (year: string) => `Montos en pesos constantes de ${year} (descontada la inflación).`,
  invalid: (entry: string) =>
    `No se pudo leer el índice de precios en «${entry}»: escriba pares año:índice como 2024:94.5,2025:100. Los montos están en precios corrientes.`,
  columnMissing: (column: string) =>
    `No se encontró la columna de índice de precios «${column}» o no tiene valores. Los montos están en precios corrientes.`,
  missingYears: (years: string) =>
    `No hay índice de precios para ${years}: esos montos siguen en precios corrientes.`,
});

/**
 * A price index per fiscal year, from an attribute such as `2023:93.1,2024:97.6,2025:100`
 * (plain decimals with a point, as in any HTML attribute). Returns undefined when the
 * text is empty, and throws a RangeError naming the bad entry otherwise.
 */
export function parseDeflatorSeries(text: string | undefined): Map<string, string> | undefined {
  if (!text || !text.trim()) return undefined;
  const out = new Map<string, string>();
  for (const entry of text.split(',')) {
    const m = /^\s*([^:\s]+)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(entry);
    if (!m || compareDecimals(m[2], '0') <= 0) throw new RangeError(entry.trim());
    out.set(m[1], m[2]);
  }
  return out;
}

/**
 * A price index per fiscal year read from a column of the lines (every line of a year
 * must agree). The column is matched without regard to case.
 */
export function deflatorFromColumn(
  lines: readonly BudgetLine[],
  column: string,
): Map<string, string> | undefined {
  const wanted = column.trim().toLowerCase();
  const out = new Map<string, string>();
  for (const line of lines) {
    for (const [k, v] of Object.entries(line.extra)) {
      if (k.trim().toLowerCase() !== wanted) continue;
      const value = v.trim().replace(',', '.');
      if (/^\d+(?:\.\d+)?$/.test(value) && !out.has(line.fiscalYear)) {
        out.set(line.fiscalYear, value);
      }
    }
  }
  return out.size ? out : undefined;
}

/**
 * Lines at constant prices of `baseYear`: each amount × index(base) ÷ index(year),
 * rounded to the cent. Lines of a year without an index are returned unchanged and
 * their years listed in `missingYears`.
 */
export function deflateLines(
  lines: readonly BudgetLine[],
  index: Map<string, string>,
  baseYear: string,
): { lines: BudgetLine[]; missingYears: string[] } {
  const base = index.get(baseYear);
  const missing = new Set<string>();
  if (!base) return { lines: [...lines], missingYears: [baseYear] };
  const out = lines.map((line) => {
    const yearIndex = index.get(line.fiscalYear);
    if (!yearIndex) {
      missing.add(line.fiscalYear);
      return line;
    }
    if (line.fiscalYear === baseYear) return line;
    const amounts: BudgetLine['amounts'] = {};
    for (const [k, v] of Object.entries(line.amounts)) {
      amounts[k as BudgetAmountKey] = divideDecimals(multiplyDecimal(v, base), yearIndex, 2);
    }
    return { ...line, amounts };
  });
  return { lines: out, missingYears: [...missing] };
}

export interface PriceOptions {
  deflator?: string;
  column?: string;
  baseYear?: string;
  constant: boolean;
}

/** The lines to show and what the reader is told about their prices. */
export type Prices = Pick<
  Derived,
  'deflator' | 'baseYear' | 'constant' | 'constantLabel' | 'constantNote' | 'priceProblem'
> & { lines: readonly BudgetLine[] };

/** The price index the author gave, its base year, and the lines at constant prices if asked. */
export function applyPrices(
  lines: readonly BudgetLine[],
  years: readonly string[],
  o: PriceOptions,
  locale: Locale,
): Prices {
  const pm = pricesMessages[locale];
  let deflator: Map<string, string> | undefined;
  let priceProblem: string | undefined;
  try {
    deflator =
      parseDeflatorSeries(o.deflator) ??
      (o.column ? deflatorFromColumn(lines, o.column) : undefined);
  } catch (error) {
    priceProblem = pm.invalid((error as Error).message);
  }
  if (!deflator && o.column && !priceProblem) priceProblem = pm.columnMissing(o.column);
  const indexed = deflator ? years.filter((y) => deflator!.has(y)) : [];
  const baseYear =
    o.baseYear && deflator?.has(o.baseYear) ? o.baseYear : indexed[indexed.length - 1];
  if (!o.constant || !deflator || !baseYear) {
    return { lines, deflator, baseYear, constant: false, priceProblem };
  }
  const deflated = deflateLines(lines, deflator, baseYear);
  if (deflated.missingYears.length) {
    priceProblem = pm.missingYears(deflated.missingYears.join(', '));
  }
  return {
    lines: deflated.lines,
    deflator,
    baseYear,
    constant: true,
    constantLabel: pm.constant(baseYear),
    constantNote: pm.note(baseYear),
    priceProblem,
  };
}

/** The current/constant switch, when there is an index with a base year. */
export function renderPriceSwitch(
  c: PartContext,
  d: Derived,
  choose: (constant: boolean) => void,
): TemplateResult {
  const pm = pricesMessages[c.locale];
  return html`<fieldset class="group">
    <legend>${pm.prices}</legend>
    <button
      type="button"
      aria-pressed=${d.constant ? 'false' : 'true'}
      @click=${() => choose(false)}
    >
      ${pm.current}
    </button>
    <button
      type="button"
      aria-pressed=${d.constant ? 'true' : 'false'}
      @click=${() => choose(true)}
    >
      ${pm.constant(d.baseYear!)}
    </button>
  </fieldset>`;
}
