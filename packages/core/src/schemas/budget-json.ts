/**
 * Budget lines from JSON: a list of lines (a widget's `src`, inline data or `lines`
 * property), or the budget document the site writes (`rendir-budget/1`, budget-document.ts)
 * with the file's own year totals and the total rows that differ. Read with the CSV
 * reader's rules: a four-digit fiscal year, the flow's words, exact amounts as decimal text.
 */
import { msg } from '../message.ts';
import type {
  BudgetAggregate,
  BudgetAmountKey,
  BudgetLine,
  BudgetYearTotal,
  MissingKind,
  ReadResult,
} from '../types.ts';
import { BUDGET_AMOUNT_KEYS, YEAR_RE } from './budget.ts';
import { isCurrencyCode } from '../currency.ts';
import { BUDGET_DOCUMENT_FORMAT } from './budget-document.ts';
import { enumError } from './field-errors.ts';
import { FLOW, wordTable } from './field-words.ts';
import {
  JsonFields,
  JsonProblems,
  isJsonObject,
  jsonValueText,
  readJsonRecords,
  setDefined,
  type JsonOptions,
} from './json-records.ts';

export interface BudgetJsonResult extends ReadResult<BudgetLine> {
  /** A budget document's year totals as the file publishes them (absent for a list of lines). */
  totals?: BudgetYearTotal[];
  /** A budget document's total rows that differ from their lines. */
  aggregates?: BudgetAggregate[];
  /** The currency a budget document declares (`EUR`). */
  currency?: string;
}

const AMOUNT_KEYS = /* @__PURE__ */ wordTable(BUDGET_AMOUNT_KEYS, {});

/** A list of lines, or a budget document. */
export function readBudgetJson(value: unknown, options: JsonOptions): BudgetJsonResult {
  const lines = (list: unknown) =>
    readJsonRecords(list, { ...options, key: 'lines', unique: false }, (f) =>
      readLine(f, options.file),
    );
  if (!isJsonObject(value)) return lines(value);
  const problems = new JsonProblems(options.file);
  const doc = new JsonFields(problems, value, 0);
  if (doc.raw('format') !== BUDGET_DOCUMENT_FORMAT) {
    doc.sink('format').error({
      code: 'json.budget_format',
      value: jsonValueText(doc.raw('format') ?? ''),
      expected: msg('json.budget_format.expected', { format: BUDGET_DOCUMENT_FORMAT }),
      message: msg('json.budget_format'),
    });
    return problems.result([]);
  }
  const read = lines(doc.raw('lines') ?? null);
  const totals = doc.objects('totals').map(readTotal);
  const aggregates = doc.objects('aggregates').map((a) => readAggregate(a, options.file));
  const currency = doc.text('currency');
  if (currency !== undefined && !isCurrencyCode(currency))
    enumError(doc.sink('currency'), 0, 0, '', currency, ['COP', 'EUR', 'USD…']);
  return {
    records: read.records,
    errors: [...read.errors, ...problems.errors],
    warnings: [...read.warnings, ...problems.warnings],
    totals: totals.filter((t): t is BudgetYearTotal => t !== undefined),
    aggregates: aggregates.filter((a): a is BudgetAggregate => a !== undefined),
    ...(currency !== undefined && isCurrencyCode(currency) ? { currency } : {}),
  };
}

/** A fiscal year: four digits, as in the CSV. */
function fiscalYear(f: JsonFields): string {
  const year = f.required('fiscalYear');
  if (year !== '' && !YEAR_RE.test(year))
    f.refuse('fiscalYear', year, 'budget.invalid_year', msg('budget.invalid_year.expected'));
  return year;
}

/** Whether a map's key is an amount key; else an error naming the keys there are. */
function isAmountKey(fields: JsonFields, key: string): key is BudgetAmountKey {
  if ((BUDGET_AMOUNT_KEYS as readonly string[]).includes(key)) return true;
  enumError(fields.sink(key), 0, 0, '', key, BUDGET_AMOUNT_KEYS);
  return false;
}

/** Amounts by key, each an exact decimal written as text. */
function amounts(f: JsonFields, field: string): Partial<Record<BudgetAmountKey, string>> {
  const out: Partial<Record<BudgetAmountKey, string>> = {};
  const fields = f.object(field);
  for (const key of fields?.keys() ?? []) {
    const v = isAmountKey(fields!, key) ? fields!.decimal(key) : undefined;
    if (v !== undefined) out[key as BudgetAmountKey] = v;
  }
  return out;
}

function readLine(f: JsonFields, file: string): BudgetLine {
  const code = f.text('code');
  if (code !== undefined) f.recordId = code;
  const missing: Partial<Record<BudgetAmountKey, MissingKind>> = {};
  const gaps = f.object('missing');
  for (const key of gaps?.keys() ?? []) {
    const kind = isAmountKey(gaps!, key) ? gaps!.missingKind(key) : undefined;
    if (kind !== undefined) missing[key as BudgetAmountKey] = kind;
  }
  const origin = f.object('origin');
  return setDefined<BudgetLine>(
    {
      fiscalYear: fiscalYear(f),
      levels: f.present('levels') ? f.textList('levels') : [],
      flow: f.choice('flow', FLOW) ?? 'expense',
      amounts: amounts(f, 'amounts'),
      extra: f.extra(),
      origin: { file: origin?.text('file') ?? file, line: origin?.count('line') ?? f.record },
    },
    {
      period: f.text('period'),
      code,
      parentCode: f.text('parentCode'),
      name: f.text('name'),
      bpin: f.text('bpin'),
      fundingSource: f.text('fundingSource'),
      citizenLabel: f.text('citizenLabel'),
      missing: gaps ? missing : undefined,
    },
  );
}

/** A year's total as the file publishes it. */
function readTotal(f: JsonFields): BudgetYearTotal | undefined {
  const flow = f.present('flow') ? f.choice('flow', FLOW) : undefined;
  const total = setDefined<BudgetYearTotal>(
    {
      fiscalYear: fiscalYear(f),
      flow: flow ?? 'expense',
      amounts: amounts(f, 'amounts'),
      lineCount: f.count('lineCount') ?? 0,
      differs: f.choices('differs', AMOUNT_KEYS),
      reconciles: f.choices('reconciles', AMOUNT_KEYS),
    },
    { period: f.text('period') },
  );
  return flow ? total : undefined;
}

/** A total row whose published figures differ from its lines'. */
function readAggregate(f: JsonFields, file: string): BudgetAggregate | undefined {
  const flow = f.present('flow') ? f.choice('flow', FLOW) : undefined;
  const origin = f.object('origin');
  const aggregate = setDefined<BudgetAggregate>(
    {
      fiscalYear: fiscalYear(f),
      flow: flow ?? 'expense',
      name: f.required('name'),
      path: f.textList('path'),
      published: amounts(f, 'published'),
      childrenSum: amounts(f, 'childrenSum'),
      differs: f.choices('differs', AMOUNT_KEYS),
      reconciles: f.choices('reconciles', AMOUNT_KEYS),
      childCount: f.count('childCount') ?? 0,
      origin: { file: origin?.text('file') ?? file, line: origin?.count('line') ?? 0 },
    },
    { code: f.text('code') },
  );
  return flow ? aggregate : undefined;
}
