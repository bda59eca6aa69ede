/**
 * Checks budget lines that arrive as JSON or as a property (untrusted, unlike those the
 * core reads from CSV). Loaded only for such lines: a CSV page never downloads it.
 */
import {
  contentError,
  isDecimalString,
  type BudgetAmountKey,
  type BudgetLine,
  type ContentError,
} from '@rendir/core';
import { LoadError } from '../platform/errors.ts';
import { AMOUNT_KEYS } from './budget-model.ts';

/**
 * The shape the viewer relies on, and amounts that are exact decimal strings.
 * Problems name the line's position (line = index + 1) and the field.
 */
export function checkLines(value: unknown, file: string): ContentError[] {
  const errors: ContentError[] = [];
  const problem = (line: number, header: string, raw: unknown) =>
    errors.push(
      contentError({
        file,
        line,
        header,
        value: typeof raw === 'string' ? raw : JSON.stringify(raw ?? null),
        code: 'budget.invalid_line',
        expected: {
          es: 'una línea presupuestal (vigencia, niveles y montos como números decimales)',
          en: 'a budget line (fiscal year, levels and amounts as decimal numbers)',
        },
        message: { es: `«${header}» no es válido`, en: `«${header}» is not valid` },
      }),
    );
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
    if (typeof l.amounts !== 'object' || l.amounts === null) problem(line, 'amounts', l.amounts);
    else {
      for (const [k, v] of Object.entries(l.amounts)) {
        if (
          !AMOUNT_KEYS.includes(k as BudgetAmountKey) ||
          typeof v !== 'string' ||
          !isDecimalString(v)
        ) {
          problem(line, `amounts.${k}`, v);
        }
      }
    }
    if (l.flow !== undefined && l.flow !== 'expense' && l.flow !== 'income') {
      problem(line, 'flow', l.flow);
    }
  });
  return errors;
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
