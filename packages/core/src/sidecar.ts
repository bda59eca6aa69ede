/**
 * A CSV's sidecar (`NAME.csv.yaml`, or a widget's `sidecar` attribute as JSON), checked:
 * its dialect, column mapping and a budget file's facts. Browser-safe: the YAML is parsed
 * by whoever read the file.
 */
import { encodingName } from './encoding.ts';
import { contentError } from './errors.ts';
import type { BudgetOptions } from './schemas/budget.ts';
import { ownValue, setField } from './schemas/common.ts';
import { MISSING_MARKER_MAX, MISSING_MEANING_WORDS, missingMeaning } from './missing.ts';
import type { MissingMeaning } from './missing.ts';
import { didYouMean } from './suggest.ts';
import {
  planAccumulationOf,
  type PlanAccumulation,
  type PlanAccumulationDeclaration,
} from './schemas/plan.ts';
import type { ContentError, CsvDialect, NumberFormat } from './types.ts';
import { msg, type MessageRef } from './message.ts';
import { withHint } from './suggest.ts';

export interface Sidecar {
  dialect: Partial<CsvDialect>;
  /** `number_format: es|en` or derived from `decimal`. */
  numberFormat?: NumberFormat;
  /** File-level facts of a budget file (`constants`, `scale`, `as_of`, `currency`), as written. */
  budget: Pick<
    BudgetOptions,
    'constants' | 'scale' | 'asOf' | 'codeHierarchy' | 'currency' | 'rows' | 'periods'
  >;
  /** What the file's own missing-value markers mean (`missing: {NA: not_available}`). */
  missing?: Record<string, MissingMeaning>;
  /** A plan indicativo's `accumulation:` (how goals' yearly figures add up to the target). */
  accumulation?: PlanAccumulationDeclaration;
  errors: ContentError[];
}

/** Every key a sidecar may hold; any other is a slip, reported with the closest. */
const SIDECAR_KEYS = [
  'delimiter',
  'encoding',
  'decimal',
  'group',
  'date_format',
  'number_format',
  'columns',
  'constants',
  'scale',
  'as_of',
  'code_hierarchy',
  'missing',
  'currency',
  'rows',
  'periods',
  'accumulation',
];

const DELIMS: Record<string, CsvDialect['delimiter']> = {
  ',': ',',
  ';': ';',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
  '|': '|',
};

/**
 * Checks a parsed sidecar (`doc`: what YAML or JSON gave) and returns what it declares, with
 * every mistake as an error naming `sideFile`.
 */
export function readSidecarObject(doc: unknown, sideFile: string): Sidecar {
  const out: Sidecar = { dialect: {}, budget: {}, errors: [] };
  if (doc === null || doc === undefined) return out;
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    out.errors.push(bad(sideFile, '', String(doc), msg('sidecar.invalid.document.expected')));
    return out;
  }
  const d = doc as Record<string, unknown>;
  const str = (k: string) => (d[k] === undefined || d[k] === null ? undefined : String(d[k]));
  for (const key of Object.keys(d)) {
    if (SIDECAR_KEYS.includes(key)) continue;
    const hint = didYouMean(key, SIDECAR_KEYS);
    out.errors.push(
      contentError({
        file: sideFile,
        code: 'sidecar.unknown_key',
        header: key,
        value: key,
        expected: msg('sidecar.unknown_key.expected', {
          keys: SIDECAR_KEYS.join(', '),
        }),
        message: withHint(msg('sidecar.unknown_key', { key }), hint),
      }),
    );
  }
  const codeHierarchy = str('code_hierarchy');
  if (codeHierarchy !== undefined) out.budget.codeHierarchy = codeHierarchy;
  const currency = str('currency');
  if (currency !== undefined) out.budget.currency = currency;
  const periods = str('periods');
  if (periods !== undefined) out.budget.periods = periods;
  if (d.rows !== undefined) readRows(d.rows, sideFile, out);
  const scale = str('scale');
  if (scale !== undefined) out.budget.scale = scale;
  const asOf = d.as_of instanceof Date ? d.as_of.toISOString().slice(0, 10) : str('as_of');
  if (asOf !== undefined) out.budget.asOf = asOf;
  if (d.constants !== undefined) {
    if (typeof d.constants === 'object' && d.constants !== null && !Array.isArray(d.constants)) {
      const constants: Record<string, string> = {};
      for (const [k, v] of Object.entries(d.constants as Record<string, unknown>))
        setField(constants, k, String(v));
      out.budget.constants = constants;
    } else
      out.errors.push(
        bad(sideFile, 'constants', String(d.constants), msg('sidecar.invalid.constants.expected')),
      );
  }
  const delim = str('delimiter');
  if (delim !== undefined) {
    const v = ownValue(DELIMS, delim.toLowerCase());
    if (v) out.dialect.delimiter = v;
    else
      out.errors.push(bad(sideFile, 'delimiter', delim, msg('sidecar.invalid.delimiter.expected')));
  }
  const enc = str('encoding');
  if (enc !== undefined) {
    const e = encodingName(enc);
    if (e) out.dialect.encoding = e;
    else out.errors.push(bad(sideFile, 'encoding', enc, msg('sidecar.invalid.encoding.expected')));
  }
  const dec = str('decimal');
  if (dec !== undefined) {
    if (dec === ',' || dec === '.') out.dialect.decimal = dec;
    else out.errors.push(bad(sideFile, 'decimal', dec, msg('sidecar.invalid.decimal.expected')));
  }
  const grp = d.group === undefined ? undefined : String(d.group ?? '');
  if (grp !== undefined) {
    if (grp === '.' || grp === ',' || grp === ' ' || grp === '') out.dialect.group = grp;
    else out.errors.push(bad(sideFile, 'group', grp, msg('sidecar.invalid.group.expected')));
  }
  const df = str('date_format');
  if (df !== undefined) out.dialect.dateFormat = df;
  const nf = str('number_format');
  if (nf !== undefined) {
    if (nf === 'es' || nf === 'en') out.numberFormat = nf;
    else
      out.errors.push(
        bad(sideFile, 'number_format', nf, msg('sidecar.invalid.number_format.expected')),
      );
  }
  if (d.missing !== undefined) readMissing(d.missing, sideFile, out);
  if (d.accumulation !== undefined) {
    const read = readAccumulation(d.accumulation, sideFile);
    if (read.accumulation) out.accumulation = read.accumulation;
    out.errors.push(...read.errors);
  }
  if (!out.numberFormat && out.dialect.decimal)
    out.numberFormat = out.dialect.decimal === ',' ? 'es' : 'en';
  if (d.columns !== undefined) {
    if (typeof d.columns === 'object' && d.columns !== null && !Array.isArray(d.columns)) {
      const cols: Record<string, string> = {};
      for (const [k, v] of Object.entries(d.columns as Record<string, unknown>))
        setField(cols, k, String(v));
      out.dialect.columns = cols;
    } else
      out.errors.push(
        bad(sideFile, 'columns', String(d.columns), msg('sidecar.invalid.columns.expected')),
      );
  }
  return out;
}

/** `rows: {tipo: eje_gasto}`: one value per column, whose rows are the file's figures. */
function readRows(doc: unknown, sideFile: string, out: Sidecar): void {
  const scalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    out.errors.push(bad(sideFile, 'rows', String(doc), msg('sidecar.invalid.rows.expected')));
    return;
  }
  const rows: Record<string, string> = {};
  for (const [header, value] of Object.entries(doc as Record<string, unknown>)) {
    if (scalar(value)) setField(rows, header, String(value));
    else
      out.errors.push(
        bad(
          sideFile,
          `rows.${header}`,
          JSON.stringify(value) ?? '',
          msg('sidecar.invalid.rows.expected'),
        ),
      );
  }
  out.budget.rows = rows;
}

/** `missing: {NA: not_available, 'S/I': no_data}`: each marker with one of the meanings. */
function readMissing(doc: unknown, sideFile: string, out: Sidecar): void {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    out.errors.push(bad(sideFile, 'missing', String(doc), msg('sidecar.invalid.missing.expected')));
    return;
  }
  const own: Record<string, MissingMeaning> = Object.create(null);
  for (const [marker, word] of Object.entries(doc as Record<string, unknown>)) {
    const size = marker.trim().length;
    const meaning = missingMeaning(String(word));
    if (size === 0 || size > MISSING_MARKER_MAX)
      out.errors.push(
        bad(
          sideFile,
          `missing.${marker}`,
          marker,
          msg('sidecar.invalid.missing_marker.expected', { max: MISSING_MARKER_MAX }),
        ),
      );
    else if (meaning) own[marker] = meaning;
    else
      out.errors.push(
        bad(
          sideFile,
          `missing.${marker}`,
          String(word),
          msg('sidecar.invalid.missing_meaning.expected', {
            meanings: MISSING_MEANING_WORDS.join(', '),
          }),
        ),
      );
  }
  out.missing = own;
}

/**
 * `accumulation: capacidad` (every goal), or `{default: stock, column: TIPO, goals: {"25":
 * flujo}}`: a column of the file with each goal's type, and single goals by code or name.
 */
export function readAccumulation(
  raw: unknown,
  sideFile: string,
): { accumulation?: PlanAccumulationDeclaration; errors: ContentError[] } {
  const out: { accumulation?: PlanAccumulationDeclaration; errors: ContentError[] } = {
    errors: [],
  };
  const expected = msg('sidecar.invalid.accumulation.expected');
  const word = (key: string, v: unknown) => {
    const type = typeof v === 'string' ? planAccumulationOf(v) : undefined;
    if (!type) out.errors.push(bad(sideFile, key, String(v), expected));
    return type;
  };
  if (typeof raw === 'string') {
    const all = word('accumulation', raw);
    if (all) out.accumulation = { all };
    return out;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    out.errors.push(bad(sideFile, 'accumulation', String(raw), expected));
    return out;
  }
  const declared: PlanAccumulationDeclaration = {};
  for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'default') declared.all = word('accumulation.default', v);
    else if (key === 'column' && typeof v === 'string' && v.trim()) declared.column = v;
    else if (key === 'goals' && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const goals: Record<string, PlanAccumulation> = {};
      for (const [goal, type] of Object.entries(v as Record<string, unknown>)) {
        const t = word(`accumulation.goals.${goal}`, type);
        if (t) setField(goals, goal, t);
      }
      declared.goals = goals;
    } else out.errors.push(bad(sideFile, `accumulation.${key}`, String(v), expected));
  }
  out.accumulation = declared;
  return out;
}

function bad(file: string, key: string, value: string, expected: MessageRef): ContentError {
  return contentError({
    file,
    code: 'sidecar.invalid',
    header: key || undefined,
    value,
    expected,
    message: msg('sidecar.invalid', { key }),
  });
}

/** What a sidecar declares, as options for `readBudget` (the generator and the widget alike). */
export function budgetSidecarOptions(
  sidecar: Sidecar,
): Pick<
  BudgetOptions,
  | 'dialect'
  | 'numberFormat'
  | 'constants'
  | 'scale'
  | 'asOf'
  | 'codeHierarchy'
  | 'missing'
  | 'currency'
  | 'rows'
  | 'periods'
> {
  return {
    dialect: sidecar.dialect,
    ...(sidecar.missing ? { missing: sidecar.missing } : {}),
    ...(sidecar.numberFormat ? { numberFormat: sidecar.numberFormat } : {}),
    ...sidecar.budget,
  };
}
