/**
 * Display through Intl for `es-CO` and `en`, exact: the integer part is formatted as a
 * BigInt and the fraction is placed by hand, so no amount ever passes through a float.
 */
import { decimalScale, normaliseDecimal, roundDecimal, shiftDecimal } from './decimal.ts';
import { isExactNumber } from './number-kinds.ts';
import { keepTogether } from './text.ts';
import type { CellNumber, Period } from './types.ts';
import {
  DEFAULT_LANG,
  INTL_LOCALES,
  languageOfLocale,
  type Lang,
  type NumberWords,
} from './languages.ts';

export type { Lang } from './languages.ts';

/** `es`, `es-CO` -> es-CO; `en`, `en-US` -> as given. Spanish defaults to Colombia's conventions. */
export function resolveLocale(locale: string): string {
  const l = locale.trim() || INTL_LOCALES[DEFAULT_LANG];
  const lang = l.toLowerCase();
  return lang in INTL_LOCALES ? INTL_LOCALES[lang as Lang] : l;
}

/** The language a locale is written in (languages.ts `languageOfLocale`). */
export function langOf(locale: string): Lang {
  return languageOfLocale(locale).code as Lang;
}

/** The words and marks figures take in a resolved locale's language. */
function wordsOf(locale: string): NumberWords {
  return languageOfLocale(locale).numbers;
}

/*
 * Intl formatters are cached by locale and a key naming their options. The calls made for
 * every cell of a grid pass a constant key: one JSON.stringify per number or date was the
 * page's largest cost while a 100,000-row table was drawn.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function nf(
  locale: string,
  options: Intl.NumberFormatOptions,
  name = JSON.stringify(options),
): Intl.NumberFormat {
  const key = `${locale}|${name}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

// Building an Intl formatter costs far more than using one: widgets format hundreds of dates.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function df(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  name = JSON.stringify(options),
): Intl.DateTimeFormat {
  const key = `${locale}|${name}`;
  let f = dateFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateFormatters.set(key, f);
  }
  return f;
}

interface Template {
  prefix: string;
  suffix: string;
  decimal: string;
}
const templates = new Map<string, { pos: Template; neg: Template }>();

/** Where a locale puts signs, currency and percent around the number, and its decimal mark. */
function template(
  locale: string,
  options: Intl.NumberFormatOptions,
  name = JSON.stringify(options),
): { pos: Template; neg: Template } {
  const key = `${locale}|${name}`;
  const cached = templates.get(key);
  if (cached) return cached;
  const f = nf(locale, { ...options, minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const sample = options.style === 'percent' ? 0.015 : 1.5;
  const build = (n: number): Template => {
    const parts = f.formatToParts(n);
    const numeric = (t: string) =>
      t === 'integer' || t === 'group' || t === 'decimal' || t === 'fraction';
    const first = parts.findIndex((p) => numeric(p.type));
    let last = first;
    parts.forEach((p, i) => {
      if (numeric(p.type)) last = i;
    });
    return {
      prefix: parts
        .slice(0, first)
        .map((p) => p.value)
        .join(''),
      suffix: parts
        .slice(last + 1)
        .map((p) => p.value)
        .join(''),
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
  };
  const t = { pos: build(sample), neg: build(-sample) };
  templates.set(key, t);
  return t;
}

// Constant options with their cache names (no JSON key per call).
const WHOLE: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const DECIMAL: Intl.NumberFormatOptions = { style: 'decimal' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

/** Grouped integer digits of a non-negative integer string, exact (BigInt through Intl). */
function groupInteger(locale: string, digits: string): string {
  return nf(locale, WHOLE, 'whole').format(BigInt(digits));
}

export interface DecimalFormatOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

function body(
  locale: string,
  value: string,
  decimalMark: string,
  opts: DecimalFormatOptions,
): { neg: boolean; text: string } {
  let v = normaliseDecimal(value);
  if (opts.maximumFractionDigits !== undefined) v = roundDecimal(v, opts.maximumFractionDigits);
  const neg = v.startsWith('-');
  if (neg) v = v.slice(1);
  const dot = v.indexOf('.');
  const int = dot < 0 ? v : v.slice(0, dot);
  let frac = dot < 0 ? '' : v.slice(dot + 1);
  const min = opts.minimumFractionDigits ?? 0;
  if (frac.length < min) frac = frac.padEnd(min, '0');
  const text = groupInteger(locale, int) + (frac ? decimalMark + frac : '');
  return { neg: neg && /[1-9]/.test(int + frac), text };
}

function compose(
  locale: string,
  value: string,
  style: Intl.NumberFormatOptions,
  opts: DecimalFormatOptions,
  styleName?: string,
): string {
  const t = template(locale, style, styleName);
  const b = body(locale, value, t.pos.decimal, opts);
  const tp = b.neg ? t.neg : t.pos;
  return tp.prefix + b.text + tp.suffix;
}

/** A decimal string (or a number, for drawing values) in the locale's digits, exactly. */
export function formatNumber(
  value: string | number,
  locale: string,
  options: DecimalFormatOptions = {},
): string {
  const loc = resolveLocale(locale);
  const v = typeof value === 'number' ? numberToDecimal(value) : value;
  return compose(loc, v, DECIMAL, options, 'decimal');
}

function numberToDecimal(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  // Shortest round-trip digits, without exponent.
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Very large floats are integers: BigInt gives their exact digits.
  if (Math.abs(n) >= 1e21) return BigInt(n).toString();
  return n.toFixed(20).replace(/\.?0+$/, '');
}

export interface MoneyOptions {
  locale: string;
  currency?: string;
  /** true: always two decimals; false: whole units (rounded); default: two decimals only when there are cents. */
  cents?: boolean;
}

/**
 * A full amount to the cent: `$ 530.111.333.555.778,44` (es-CO),
 * `COP 530,111,333,555,778.44` (en). Exact at any size.
 */
export function formatMoney(value: string, options: MoneyOptions): string {
  const loc = resolveLocale(options.locale);
  const currency = options.currency ?? 'COP';
  const v = normaliseDecimal(value);
  const hasCents = roundDecimal(v, 2).includes('.');
  const digits = options.cents === true ? 2 : options.cents === false ? 0 : hasCents ? 2 : 0;
  return compose(
    loc,
    v,
    { style: 'currency', currency },
    { minimumFractionDigits: digits, maximumFractionDigits: digits },
    `currency ${currency}`,
  );
}

/**
 * Compact words, Spanish long scale: `1,2 billones` is 1.2 × 10^12, `mil millones` 10^9,
 * `millones` 10^6; English short scale (`1.2 trillion`). One decimal at most, rounded
 * half away from zero, exactly. With `currency` (ISO 4217), the amount is marked as
 * `formatMoney` marks it in that language: `$ 2,5 mil millones`, `US$ 2,5 mil millones`,
 * `COP 2.5 billion`, `$2.5 billion` (USD), so the compact words never name another currency
 * than the full figure beside them. English readers take a bare `$` for dollars: pesos are
 * `COP` there, as the full amounts are.
 */
export function formatCompact(
  value: string,
  locale: string,
  options: { currency?: string } = {},
): string {
  const loc = resolveLocale(locale);
  const words = wordsOf(loc);
  const v = normaliseDecimal(value);
  const abs = v.startsWith('-') ? v.slice(1) : v;
  const intDigits = abs.indexOf('.') < 0 ? abs.length : abs.indexOf('.');
  const scale = words.scale;
  let chosen: NumberWords['scale'][number] | undefined;
  let shown = '';
  for (let s = scale.length - 1; s >= 0; s--) {
    const [exp] = scale[s];
    if (intDigits <= exp || abs === '0') continue;
    chosen = scale[s];
    shown = roundDecimal(shiftDecimal(abs, -exp), 1);
  }
  // Rounding may reach 1000 of a unit (999,96 mil -> 1 millón): move up.
  if (chosen) {
    const idx = scale.indexOf(chosen);
    if (idx > 0 && shown.split('.')[0].length >= 4) {
      chosen = scale[idx - 1];
      shown = roundDecimal(shiftDecimal(abs, -chosen[0]), 1);
    }
  }
  if (!chosen) shown = roundDecimal(abs, 1);
  const negative = v.startsWith('-') && /[1-9]/.test(shown);
  // A compact figure («108,1 mil millones») never wraps inside itself.
  const word = chosen ? keepTogether(` ${shown === '1' ? chosen[1] : chosen[2]}`) : '';
  if (!options.currency) {
    const signed = negative ? `-${shown}` : shown;
    return formatNumber(signed, loc, { maximumFractionDigits: 1 }) + word;
  }
  const text = formatNumber(shown, loc, { maximumFractionDigits: 1 }) + word;
  const marks = template(
    loc,
    { style: 'currency', currency: options.currency },
    `currency ${options.currency}`,
  );
  const { prefix, suffix } = negative ? marks.neg : marks.pos;
  return prefix + text + suffix;
}

/** The `%` after a figure in `locale`, with the space its language puts before it. */
export function percentSign(locale: string): string {
  // Spanish typesetting puts a (non-breaking) space before `%`; ICU's es-CO does not.
  return wordsOf(resolveLocale(locale)).percent;
}

/**
 * A fraction as a percentage (0.195 -> `19,5 %` / `19.5%`), exact for decimal strings.
 * `digits` is the number of decimals shown (default 1, trailing zeros kept).
 */
export function formatPercent(fraction: string | number, locale: string, digits = 1): string {
  const loc = resolveLocale(locale);
  const v = typeof fraction === 'number' ? numberToDecimal(fraction) : fraction;
  const pct = roundDecimal(shiftDecimal(v, 2), digits);
  return (
    formatNumber(pct, loc, { minimumFractionDigits: digits, maximumFractionDigits: digits }) +
    wordsOf(loc).percent
  );
}

/** A value already in percent units (`"18"` -> `18 %`), keeping the decimals given. */
export function formatPercentValue(value: string, locale: string, digits?: number): string {
  const loc = resolveLocale(locale);
  const d = digits ?? decimalScale(normaliseDecimal(value));
  return (
    formatNumber(value, loc, { minimumFractionDigits: d, maximumFractionDigits: d }) +
    wordsOf(loc).percent
  );
}

/**
 * A cell as published, in the reader's locale: `69,6`, `2,61`, `6,0`, `18 %`, `S/D`, `N/A`
 * (es); `69.6`, `18%`, `No data`, `N/A` (en).
 */
export function formatCell(cell: CellNumber, locale: string): string {
  const loc = resolveLocale(locale);
  // The mark by the language's conventions (languages.ts); its words for titles and screen
  // readers are core's messages (missingWord, missing.ts).
  if (!isExactNumber(cell)) return wordsOf(loc).missing[cell.missing];
  const d = cell.decimals ?? decimalScale(cell.value);
  const n = formatNumber(cell.value, loc, { minimumFractionDigits: d, maximumFractionDigits: d });
  return cell.isPercent ? n + wordsOf(loc).percent : n;
}

/** `2025`, `2016–2017`, `T3 2025` / `Q3 2025`, `junio de 2025` / `June 2025`, a date. */
export function formatPeriod(period: Period, locale: string): string {
  const loc = resolveLocale(locale);
  const start = new Date(`${period.start}T00:00:00Z`);
  switch (period.kind) {
    case 'year':
      return period.start.slice(0, 4);
    case 'year_range':
      return `${period.start.slice(0, 4)}–${period.end.slice(0, 4)}`;
    case 'quarter':
      return `${wordsOf(loc).quarter}${Math.floor(start.getUTCMonth() / 3) + 1} ${period.start.slice(0, 4)}`;
    case 'month':
      return df(loc, MONTH_YEAR, 'month-year').format(start);
    case 'date':
      return formatDate(period.start, loc);
  }
}

/** An ISO date (`2025-06-30`) as `30 de junio de 2025` / `June 30, 2025`; `YYYY-MM` and `YYYY` too. */
export function formatDate(iso: string, locale: string): string {
  const loc = resolveLocale(locale);
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) {
    return df(loc, MONTH_YEAR, 'month-year').format(new Date(`${iso}-01T00:00:00Z`));
  }
  return df(loc, LONG_DATE, 'long-date').format(new Date(`${iso}T00:00:00Z`));
}
