/**
 * Money that knows what it may be added to. Budget files may be in different currencies
 * (a sidecar's `currency`), years and flows; wherever lines of several files meet (a result's
 * linked lines, a home page, a feed), amounts are only ever added within one currency, one
 * fiscal year and one flow. Anything else is refused, never converted.
 */
import { sumDecimals } from './decimal.ts';
import { budgetYears } from './schemas/budget-hierarchy.ts';
import type { BudgetAmountKey, BudgetLine } from './types.ts';

/** An exact amount with what it may be added to. */
export interface Money {
  /** Canonical decimal string (`"1234.5"`). */
  amount: string;
  /** ISO 4217 code (`COP`, `EUR`). */
  currency: string;
  fiscalYear: string;
  flow: BudgetLine['flow'];
}

/** Thrown when amounts of different currencies, years or flows would be added. */
export class MixedMoneyError extends RangeError {
  constructor(first: Money, other: Money) {
    super(
      `Amounts of ${describe(first)} and ${describe(other)} are never added together ` +
        `(Rendir adds amounts of one currency, fiscal year and flow only)`,
    );
    this.name = 'MixedMoneyError';
  }
}

function describe(m: Money): string {
  return `${m.currency} ${m.fiscalYear} ${m.flow}`;
}

/** Whether `a` and `b` may be added: same currency, fiscal year and flow. */
export function sameMoneyKind(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.fiscalYear === b.fiscalYear && a.flow === b.flow;
}

/**
 * The exact sum of amounts of one currency, year and flow. Throws `MixedMoneyError` when they
 * mix, and a RangeError on an empty list (a sum of nothing has no currency).
 */
export function sumMoney(values: readonly Money[]): Money {
  const first = values[0];
  if (first === undefined) throw new RangeError('sumMoney: no amounts to add');
  for (const v of values) if (!sameMoneyKind(first, v)) throw new MixedMoneyError(first, v);
  return { ...first, amount: sumDecimals(values.map((v) => v.amount)) };
}

/** A budget line with the currency of its file (the sidecar's, else the site's). */
export interface LineInCurrency {
  line: BudgetLine;
  currency: string;
}

/** One currency's figures for lines of several budget files. */
export interface CurrencySum {
  currency: string;
  /** The latest fiscal year of this currency's lines: the only one summed. */
  fiscalYear: string;
  /** Its expenses when it has any, else its income. */
  flow: BudgetLine['flow'];
  /** Exact sums per amount some summed line has. */
  amounts: Partial<Record<BudgetAmountKey, string>>;
  /** How many lines were summed. */
  lineCount: number;
}

/**
 * Lines from several budget files (a commitment's or an indicator's linked lines): one sum per
 * currency, in the order the currencies first appear, each for that currency's latest year and
 * its expenses when it has any. Amounts of different currencies, years or flows are never
 * added: each is a figure of its own, shown side by side.
 */
export function sumLinesByCurrency(items: readonly LineInCurrency[]): CurrencySum[] {
  const byCurrency = new Map<string, BudgetLine[]>();
  for (const { line, currency } of items) {
    let lines = byCurrency.get(currency);
    if (!lines) byCurrency.set(currency, (lines = []));
    lines.push(line);
  }
  const out: CurrencySum[] = [];
  for (const [currency, lines] of byCurrency) {
    const fiscalYear = budgetYears(lines)[0];
    const ofYear = lines.filter((l) => l.fiscalYear === fiscalYear);
    const flow = ofYear.some((l) => l.flow === 'expense') ? 'expense' : 'income';
    const summed = ofYear.filter((l) => l.flow === flow);
    const parts = new Map<BudgetAmountKey, Money[]>();
    for (const l of summed) {
      for (const key in l.amounts) {
        const k = key as BudgetAmountKey;
        let list = parts.get(k);
        if (!list) parts.set(k, (list = []));
        list.push({ amount: l.amounts[k]!, currency, fiscalYear: l.fiscalYear, flow: l.flow });
      }
    }
    const amounts: Partial<Record<BudgetAmountKey, string>> = {};
    for (const [k, list] of parts) amounts[k] = sumMoney(list).amount;
    out.push({ currency, fiscalYear, flow, amounts, lineCount: summed.length });
  }
  return out;
}
