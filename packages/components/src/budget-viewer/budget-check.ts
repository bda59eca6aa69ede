/**
 * Checks budget lines that arrive as JSON or as a property (untrusted, unlike those the
 * core reads from CSV). Loaded only for such lines: a CSV page never downloads it.
 */
import {
  BUDGET_DOCUMENT_FORMAT,
  contentError,
  isCurrencyCode,
  isDecimalString,
  type BudgetAggregate,
  type BudgetAmountKey,
  type BudgetLine,
  type BudgetYearTotal,
  type ContentError,
  msg,
} from '@rendir/core';
import { LoadError } from '../platform/errors.ts';
import { AMOUNT_KEYS } from './budget-model.ts';

/**
 * The shape the viewer relies on, and amounts that are exact decimal strings.
 * Problems name the line's position (line = index + 1) and the field.
 */
export function checkLines(value: unknown, file: string): ContentError[] {
  const errors: ContentError[] = [];
  const problem = problemIn(file, errors);
  if (!Array.isArray(value)) {
    problem(0, 'lines', typeof value);
    return errors;
  }
  value.forEach((raw, i) => {
    const line = i + 1;
    const l = raw as Partial<BudgetLine> | null;
    if (typeof l !== 'object' || l === null) return problem(line, 'line', raw);
    if (typeof l.fiscalYear !== 'string') problem(line, 'fiscalYear', l.fiscalYear);
    if (!Array.isArray(l.levels) || l.levels.some((v) => typeof v !== 'string')) {
      problem(line, 'levels', l.levels);
    }
    checkAmounts(l.amounts, 'amounts', line, problem);
    if (l.flow !== undefined && l.flow !== 'expense' && l.flow !== 'income') {
      problem(line, 'flow', l.flow);
    }
  });
  return errors;
}

type Problem = (line: number, header: string, raw: unknown) => void;

function problemIn(file: string, errors: ContentError[]): Problem {
  return (line, header, raw) =>
    errors.push(
      contentError({
        file,
        line,
        header,
        value: typeof raw === 'string' ? raw : JSON.stringify(raw ?? null),
        code: 'budget.invalid_line',
        expected: msg('budget.invalid_line.expected'),
        message: msg('budget.invalid_line', { header }),
      }),
    );
}

/** An object of amount keys to exact decimal strings. */
function checkAmounts(value: unknown, field: string, line: number, problem: Problem): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem(line, field, value);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (
      !AMOUNT_KEYS.includes(k as BudgetAmountKey) ||
      typeof v !== 'string' ||
      !isDecimalString(v)
    ) {
      problem(line, `${field}.${k}`, v);
    }
  }
}

function checkKeyList(value: unknown, field: string, line: number, problem: Problem): void {
  if (!Array.isArray(value) || value.some((k) => !AMOUNT_KEYS.includes(k as BudgetAmountKey))) {
    problem(line, field, value);
  }
}

/** The file's own figures in a budget document (`totals`, then `aggregates`, by position). */
function checkFigures(totals: unknown, aggregates: unknown, problem: Problem): void {
  const list = (value: unknown, field: string) => {
    if (Array.isArray(value)) return value as unknown[];
    problem(0, field, value);
    return [];
  };
  list(totals, 'totals').forEach((raw, i) => {
    const t = raw as Partial<BudgetYearTotal> | null;
    const at = (f: string) => `totals[${i}].${f}`;
    if (typeof t !== 'object' || t === null) return problem(i + 1, `totals[${i}]`, raw);
    if (typeof t.fiscalYear !== 'string') problem(i + 1, at('fiscalYear'), t.fiscalYear);
    if (t.flow !== 'expense' && t.flow !== 'income') problem(i + 1, at('flow'), t.flow);
    checkAmounts(t.amounts, at('amounts'), i + 1, problem);
    checkKeyList(t.differs, at('differs'), i + 1, problem);
    checkKeyList(t.reconciles, at('reconciles'), i + 1, problem);
  });
  list(aggregates, 'aggregates').forEach((raw, i) => {
    const a = raw as Partial<BudgetAggregate> | null;
    const at = (f: string) => `aggregates[${i}].${f}`;
    if (typeof a !== 'object' || a === null) return problem(i + 1, `aggregates[${i}]`, raw);
    if (typeof a.fiscalYear !== 'string') problem(i + 1, at('fiscalYear'), a.fiscalYear);
    if (a.flow !== 'expense' && a.flow !== 'income') problem(i + 1, at('flow'), a.flow);
    if (typeof a.name !== 'string') problem(i + 1, at('name'), a.name);
    checkAmounts(a.published, at('published'), i + 1, problem);
    checkAmounts(a.childrenSum, at('childrenSum'), i + 1, problem);
    checkKeyList(a.differs, at('differs'), i + 1, problem);
    if (!Number.isSafeInteger(a.origin?.line)) problem(i + 1, at('origin.line'), a.origin);
  });
}

/** Fills the optional parts of checked lines (`extra`, `origin`, `flow`). */
export function normaliseLines(lines: readonly BudgetLine[], file: string): BudgetLine[] {
  return lines.map((l, i) => ({
    ...l,
    flow: l.flow ?? 'expense',
    extra: l.extra ?? {},
    origin: l.origin ?? { file, line: i + 1 },
  }));
}

/** Lines from JSON or a property, checked like a file: problems become the error state. */
export function checked(value: unknown, file: string): BudgetLine[] {
  const errors = checkLines(value, file);
  if (errors.length) throw new LoadError('content', { contentErrors: errors });
  return normaliseLines(value as BudgetLine[], file);
}

export interface CheckedBudget {
  lines: BudgetLine[];
  /** The file's own year totals and differing total rows; absent from a bare array of lines. */
  totals?: BudgetYearTotal[];
  aggregates?: BudgetAggregate[];
  /** The file's currency, when its sidecar declared one (`EUR`). */
  currency?: string;
}

/**
 * A JSON budget: an array of lines, or a budget document (`budgetDocument` in the core,
 * as the site writes it) whose published totals the viewer shows.
 */
export function checkedBudget(value: unknown, file: string): CheckedBudget {
  const doc = value as {
    format?: unknown;
    lines?: unknown;
    totals?: unknown;
    aggregates?: unknown;
    currency?: unknown;
  };
  if (Array.isArray(value) || typeof value !== 'object' || value === null) {
    return { lines: checked(value, file) };
  }
  const errors: ContentError[] = [];
  if (doc.format !== BUDGET_DOCUMENT_FORMAT) problemIn(file, errors)(0, 'format', doc.format);
  else {
    errors.push(...checkLines(doc.lines, file));
    checkFigures(doc.totals, doc.aggregates, problemIn(file, errors));
    if (doc.currency !== undefined && !isCurrencyCode(doc.currency))
      problemIn(file, errors)(0, 'currency', doc.currency);
  }
  if (errors.length) throw new LoadError('content', { contentErrors: errors });
  return {
    lines: normaliseLines(doc.lines as BudgetLine[], file),
    totals: doc.totals as BudgetYearTotal[],
    aggregates: doc.aggregates as BudgetAggregate[],
    ...(typeof doc.currency === 'string' ? { currency: doc.currency } : {}),
  };
}
