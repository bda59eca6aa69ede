/**
 * The problems a field's value can have, said the same way whichever reader found them (a
 * CSV cell, a JSON record's field). Free of the CSV parser: the JSON readers import it.
 */
import type { ErrorInit } from '../errors.ts';
import { msg, type MessageRef } from '../message.ts';
import { dateOrderOf, readDate } from '../period.ts';

/** Where problems go: a CSV file's `Problems`, or a JSON record's field (json-records.ts). */
export interface ProblemSink {
  error(e: Omit<ErrorInit, 'file'>): void;
  warning(e: Omit<ErrorInit, 'file' | 'severity'>): void;
}

/** The error for a cell that should be a date, naming both dates where the order is unknown. */
export function dateCellError(
  problems: ProblemSink,
  line: number,
  column: number,
  header: string | undefined,
  raw: string,
  dateFormat: string | undefined,
): void {
  const r = readDate(raw, dateOrderOf(dateFormat));
  const code = typeof r === 'string' ? 'date.invalid' : r.error;
  const expected = msg('date.invalid.expected');
  const at = { line, column, ...(header !== undefined ? { header } : {}), value: raw, code };
  if (typeof r !== 'string' && r.readings) {
    const [dayFirst, monthFirst] = r.readings;
    problems.error({
      ...at,
      expected: msg('date.ambiguous.expected'),
      message: msg('date.ambiguous', { dayFirst, monthFirst }),
    });
    return;
  }
  if (code === 'date.order_mismatch') {
    const order = msg(dateOrderOf(dateFormat) === 'MDY' ? 'date.order.mdy' : 'date.order.dmy');
    problems.error({
      ...at,
      expected: msg('date.order_mismatch.expected', { order }),
      message: msg('date.order_mismatch', { order }),
    });
    return;
  }
  problems.error({
    ...at,
    expected,
    message: msg('date.invalid'),
  });
}

export function enumError(
  problems: ProblemSink,
  line: number,
  column: number,
  header: string,
  raw: string,
  allowed: readonly string[],
): void {
  problems.error({
    line,
    column,
    header,
    value: raw,
    code: 'schema.invalid_value',
    expected: msg('schema.invalid_value.expected', { allowed: allowed.join(', ') }),
    message: msg('schema.invalid_value'),
  });
}

/** A cell's problem whose code is its message's key, as an error or a warning. */
function cellProblem(
  kind: 'error' | 'warning',
  code: 'url.unsafe' | 'period.invalid',
  expected: MessageRef,
) {
  return (problems: ProblemSink, line: number, column: number, header: string, raw: string) =>
    problems[kind]({ line, column, header, value: raw, code, expected, message: msg(code) });
}

/** A link that is not http(s) or mailto: dropped, with a warning. */
export const unsafeUrlWarning = /* @__PURE__ */ cellProblem(
  'warning',
  'url.unsafe',
  /* @__PURE__ */ msg('url.unsafe.expected'),
);

/** A cell that should be a period (`2025`, `2016-2017`, `2025-Q3`, a date). */
export const periodError = /* @__PURE__ */ cellProblem(
  'error',
  'period.invalid',
  /* @__PURE__ */ msg('period.invalid.expected'),
);
