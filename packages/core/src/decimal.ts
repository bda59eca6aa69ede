/**
 * Exact decimal arithmetic on canonical decimal strings ("1234567.89", "-0.5"),
 * carried as BigInt fixed point. No binary floating point anywhere except `ratio()`,
 * which exists only for drawing.
 */

/** A decimal as an integer mantissa and a scale: value = units / 10^scale. */
export interface FixedPoint {
  units: bigint;
  scale: number;
}

const DECIMAL_RE = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** True when `s` is a plain decimal string this module accepts (`-12.50`, `7`, `+0.1`). */
export function isDecimalString(s: string): boolean {
  return DECIMAL_RE.test(s);
}

/** Parses a plain decimal string; throws on anything else (callers validate first). */
export function toFixed(s: string): FixedPoint {
  const m = DECIMAL_RE.exec(s);
  if (!m) throw new RangeError(`Not a decimal string: ${JSON.stringify(s)}`);
  const frac = m[3] ?? '';
  let units = BigInt(m[2] + frac);
  if (m[1] === '-') units = -units;
  return { units, scale: frac.length };
}

/** Canonical string: no leading zeros, no trailing fractional zeros, no "-0". */
export function fromFixed(units: bigint, scale: number): string {
  if (units === 0n) return '0';
  const neg = units < 0n;
  let digits = (neg ? -units : units).toString();
  if (scale > 0) {
    if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
    let int = digits.slice(0, digits.length - scale);
    let frac = digits.slice(digits.length - scale);
    frac = frac.replace(/0+$/, '');
    int = int.replace(/^0+(?=\d)/, '');
    digits = frac ? `${int}.${frac}` : int;
  } else if (scale < 0) {
    digits += '0'.repeat(-scale);
  }
  return neg ? `-${digits}` : digits;
}

/** Canonical form of a decimal string (`"007.50"` -> `"7.5"`). */
export function normaliseDecimal(s: string): string {
  const f = toFixed(s);
  return fromFixed(f.units, f.scale);
}

function rescale(f: FixedPoint, scale: number): bigint {
  return f.units * 10n ** BigInt(scale - f.scale);
}

/** a + b, exactly. */
export function addDecimals(a: string, b: string): string {
  const x = toFixed(a);
  const y = toFixed(b);
  const scale = Math.max(x.scale, y.scale);
  return fromFixed(rescale(x, scale) + rescale(y, scale), scale);
}

/** a − b, exactly. */
export function subtractDecimals(a: string, b: string): string {
  const x = toFixed(a);
  const y = toFixed(b);
  const scale = Math.max(x.scale, y.scale);
  return fromFixed(rescale(x, scale) - rescale(y, scale), scale);
}

/** The exact sum of many decimal strings. */
export function sumDecimals(values: readonly string[]): string {
  // Sum per scale first (most money has the same scale), then combine.
  const byScale = new Map<number, bigint>();
  for (const v of values) {
    const f = toFixed(v);
    byScale.set(f.scale, (byScale.get(f.scale) ?? 0n) + f.units);
  }
  let scale = 0;
  for (const s of byScale.keys()) scale = Math.max(scale, s);
  let total = 0n;
  for (const [s, units] of byScale) total += units * 10n ** BigInt(scale - s);
  return fromFixed(total, scale);
}

/** −1, 0 or 1 as a < b, a = b, a > b. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const x = toFixed(a);
  const y = toFixed(b);
  const scale = Math.max(x.scale, y.scale);
  const d = rescale(x, scale) - rescale(y, scale);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

/** a × b, exactly. */
export function multiplyDecimal(a: string, b: string): string {
  const x = toFixed(a);
  const y = toFixed(b);
  return fromFixed(x.units * y.units, x.scale + y.scale);
}

/** −a. */
export function negateDecimal(a: string): string {
  const x = toFixed(a);
  return fromFixed(-x.units, x.scale);
}

/** |a|. */
export function absDecimal(a: string): string {
  return a.startsWith('-') ? a.slice(1) : a.startsWith('+') ? a.slice(1) : a;
}

/** Integer division of n by d rounded half away from zero (d > 0 or < 0, not 0). */
function divRound(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  let q = an / ad;
  if ((an % ad) * 2n >= ad) q += 1n;
  return neg ? -q : q;
}

/**
 * a ÷ b rounded to `scale` fractional digits, half away from zero (the rule people
 * apply by hand). Throws RangeError when b is zero.
 */
export function divideDecimals(a: string, b: string, scale: number): string {
  const x = toFixed(a);
  const y = toFixed(b);
  if (y.units === 0n) throw new RangeError('Division by zero');
  // a/b = (xu / 10^xs) / (yu / 10^ys); scaled by 10^scale.
  const exp = scale + y.scale - x.scale;
  let n = x.units;
  let d = y.units;
  if (exp >= 0) n *= 10n ** BigInt(exp);
  else d *= 10n ** BigInt(-exp);
  return fromFixed(divRound(n, d), scale);
}

/** a rounded to `scale` fractional digits, half away from zero. */
export function roundDecimal(a: string, scale: number): string {
  const x = toFixed(a);
  if (x.scale <= scale) return fromFixed(x.units, x.scale);
  return fromFixed(divRound(x.units, 10n ** BigInt(x.scale - scale)), scale);
}

/**
 * part ÷ total × 100, exactly, rounded to `digits` fractional digits.
 * Returns undefined when total is zero (a share of nothing is not a number).
 */
export function percentOf(part: string, total: string, digits = 2): string | undefined {
  if (toFixed(total).units === 0n) return undefined;
  return divideDecimals(multiplyDecimal(part, '100'), total, digits);
}

/**
 * a ÷ b as a JavaScript number, for drawing only (bar widths, arcs). Computed exactly
 * to 15 significant places first, so the float is the nearest to the exact ratio.
 * Returns NaN when b is zero.
 */
export function ratio(a: string, b: string): number {
  if (toFixed(b).units === 0n) return Number.NaN;
  return Number(divideDecimals(a, b, 17));
}

/** Converts a decimal string to a float, for drawing only. */
export function toFloat(a: string): number {
  return Number(a);
}

/** Shifts the decimal point: value × 10^places, exactly. */
export function shiftDecimal(a: string, places: number): string {
  const x = toFixed(a);
  return fromFixed(x.units, x.scale - places);
}

/** Number of fractional digits as written (`"6.0"` -> 1). */
export function decimalScale(a: string): number {
  const dot = a.indexOf('.');
  return dot < 0 ? 0 : a.length - dot - 1;
}
