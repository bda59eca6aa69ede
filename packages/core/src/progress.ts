/**
 * Indicator progress toward target (spec 4.3) and a status judged against the progress
 * expected by the date of the latest value. Exact decimals throughout; floats only in
 * the `progress`/`expected` numbers handed to drawing code.
 */
import { absDecimal, compareDecimals, divideDecimals, subtractDecimals } from './decimal.ts';
import { formatDate, formatNumber, formatPercent } from './format.ts';
import { INTL_LOCALES, type Lang } from './languages.ts';
import { isExactNumber } from './number-kinds.ts';
import { daysBetween } from './period.ts';
import type {
  ExactNumber,
  Indicator,
  IndicatorProgress,
  IndicatorStatus,
  IndicatorValue,
} from './types.ts';

/**
 * Status thresholds, in percentage points of progress behind the expected progress:
 * on_track within 10 points, at_risk within 25 points, off_track beyond.
 */
export const STATUS_THRESHOLDS = { onTrack: '0.10', atRisk: '0.25' } as const;

const SCALE = 6; // fractional digits of the exact ratios (0.0001 percentage points)

/** The words a citizen reads for each status, on the site's pages and in the widgets alike. */
export const STATUS_LABELS: Record<IndicatorStatus, { es: string; en: string }> = {
  achieved: { es: 'Meta alcanzada', en: 'Target achieved' },
  on_track: { es: 'En camino', en: 'On track' },
  at_risk: { es: 'En riesgo', en: 'At risk' },
  off_track: { es: 'Rezagado', en: 'Off track' },
  no_data: { es: 'Sin datos suficientes', en: 'Not enough data' },
};

function clamp01(x: string): string {
  if (compareDecimals(x, '0') < 0) return '0';
  if (compareDecimals(x, '1') > 0) return '1';
  return x;
}

function pct(x: string): string {
  return divideDecimals(x, '0.01', 2);
}

interface Fmt {
  es: (v: string) => string;
  en: (v: string) => string;
}

/** Values shown as written: with `%` when the indicator's values carry it. */
function valueFormatter(percent: boolean, cells: ExactNumber[]): Fmt {
  // Operands read as published (`2,60`, not `2,6`): their written decimals are kept.
  const written = new Map<string, number>();
  for (const c of cells)
    if (c.decimals !== undefined)
      written.set(c.value, Math.max(written.get(c.value) ?? 0, c.decimals));
  const make = (locale: string, sign: string) => (v: string) => {
    const d = written.get(v);
    const opts = d === undefined ? {} : { minimumFractionDigits: d, maximumFractionDigits: d };
    const n = formatNumber(v, locale, opts).replace('-', '−');
    return percent ? n + sign : n;
  };
  return { es: make(INTL_LOCALES.es, '\u00a0%'), en: make(INTL_LOCALES.en, '%') };
}

function fmtPct(x: string, lang: Lang): string {
  return formatPercent(x, INTL_LOCALES[lang], 1).replace('-', '−');
}

function dateOf(iso: string, lang: Lang): string {
  return formatDate(iso, INTL_LOCALES[lang]);
}

function noData(latest: IndicatorValue | null, es: string, en: string): IndicatorProgress {
  return {
    progress: null,
    expected: null,
    progressPct: null,
    expectedPct: null,
    status: 'no_data',
    latest,
    explanation: { es, en },
  };
}

export interface ProgressOptions {
  /**
   * Judge the indicator as it stood on this ISO date: values of periods that end after it
   * are ignored. Defaults to all values.
   */
  asOf?: string;
}

/**
 * Progress toward the target and a status.
 *
 * - increase: (v − b) ÷ (t − b); decrease: (b − v) ÷ (b − t); clamped to 0-100 %.
 * - b = t: 100 % once the value reaches the target in the stated direction, else 0 %.
 * - maintain: achieved while |v − b| ≤ tolerance (0 when none is stated), else off_track.
 * - expected: linear from the end of the baseline period to the end of the target period,
 *   at the end of the latest value's period (days), clamped to 0-100 %.
 * - status: achieved when progress is 100 %; on_track when progress ≥ expected − 10 pts;
 *   at_risk when ≥ expected − 25 pts; else off_track; no_data without a baseline, a
 *   target, or a numeric value after the baseline.
 */
export function indicatorProgress(
  indicator: Indicator,
  options: ProgressOptions = {},
): IndicatorProgress {
  const b = indicator.baseline.value;
  const t = indicator.target.value;
  const basePeriod = indicator.baseline.period;
  const targetPeriod = indicator.target.period;
  const candidates = indicator.values.filter(
    (v) =>
      (!basePeriod || v.period.end > basePeriod.end) &&
      (options.asOf === undefined || v.period.end <= options.asOf),
  );
  const numeric = candidates.filter((v) => isExactNumber(v.value));
  const latestAny = candidates.length > 0 ? candidates[candidates.length - 1] : null;
  const latest = numeric.length > 0 ? numeric[numeric.length - 1] : null;
  if (!isExactNumber(b)) {
    return noData(
      latestAny,
      'No hay línea base con valor: no se puede calcular el avance.',
      'There is no baseline value: progress cannot be computed.',
    );
  }
  if (!isExactNumber(t)) {
    return noData(
      latestAny,
      'La meta no tiene valor: no se puede calcular el avance.',
      'The target has no value: progress cannot be computed.',
    );
  }
  if (!latest) {
    const after = basePeriod ? ` posterior a la línea base (${basePeriod.raw})` : '';
    const afterEn = basePeriod ? ` after the baseline (${basePeriod.raw})` : '';
    const what =
      latestAny && !isExactNumber(latestAny.value)
        ? ` El último periodo (${latestAny.period.raw}) dice «${latestAny.value.raw}».`
        : '';
    const whatEn =
      latestAny && !isExactNumber(latestAny.value)
        ? ` The latest period (${latestAny.period.raw}) reads «${latestAny.value.raw}».`
        : '';
    return noData(
      latestAny,
      `No hay ninguna medición${after}.${what}`,
      `There is no measurement${afterEn}.${whatEn}`,
    );
  }
  const v = latest.value as ExactNumber;
  const percent = b.isPercent || t.isPercent || v.isPercent;
  const f = valueFormatter(percent, [b, t, v]);
  const bv = b.value;
  const tv = t.value;
  const vv = v.value;

  if (indicator.direction === 'maintain') {
    const tol = indicator.tolerance ?? '0';
    const dist = absDecimal(subtractDecimals(vv, bv));
    const ok = compareDecimals(dist, tol) <= 0;
    return {
      progress: ok ? 1 : 0,
      expected: null,
      progressPct: ok ? '100' : '0',
      expectedPct: null,
      status: ok ? 'achieved' : 'off_track',
      latest,
      explanation: {
        es: `Mantener: |${f.es(vv)} − ${f.es(bv)}| = ${f.es(dist)}, ${ok ? 'dentro' : 'fuera'} de la tolerancia de ${f.es(tol)} → ${STATUS_LABELS[ok ? 'achieved' : 'off_track'].es}.`,
        en: `Maintain: |${f.en(vv)} − ${f.en(bv)}| = ${f.en(dist)}, ${ok ? 'within' : 'outside'} the tolerance of ${f.en(tol)} → ${STATUS_LABELS[ok ? 'achieved' : 'off_track'].en}.`,
      },
    };
  }

  const decrease = indicator.direction === 'decrease';
  let raw: string;
  let formulaEs: string;
  let formulaEn: string;
  if (compareDecimals(bv, tv) === 0) {
    const met = decrease ? compareDecimals(vv, tv) <= 0 : compareDecimals(vv, tv) >= 0;
    raw = met ? '1' : '0';
    const cmpEs = decrease ? '≤' : '≥';
    formulaEs = `La línea base ya es la meta (${f.es(tv)}): avance 100 % si el valor ${cmpEs} meta, si no 0 %; ${f.es(vv)} ${met ? 'cumple' : 'no cumple'} → ${fmtPct(raw, 'es')}`;
    formulaEn = `The baseline already equals the target (${f.en(tv)}): progress is 100% when the value is ${cmpEs} the target, else 0%; ${f.en(vv)} ${met ? 'meets it' : 'does not'} → ${fmtPct(raw, 'en')}`;
  } else {
    const num = decrease ? subtractDecimals(bv, vv) : subtractDecimals(vv, bv);
    const den = decrease ? subtractDecimals(bv, tv) : subtractDecimals(tv, bv);
    raw = divideDecimals(num, den, SCALE);
    const n = (x: string, l: Lang) => formatNumber(x, INTL_LOCALES[l]).replace('-', '−');
    const expr = (l: Lang) =>
      decrease
        ? `(${f[l](bv)} − ${f[l](vv)}) ÷ (${f[l](bv)} − ${f[l](tv)})`
        : `(${f[l](vv)} − ${f[l](bv)}) ÷ (${f[l](tv)} − ${f[l](bv)})`;
    const clampedNote = (l: Lang) => {
      const c = clamp01(raw);
      if (c === raw) return '';
      return l === 'es'
        ? `, que se limita a ${fmtPct(c, 'es')}`
        : `, limited to ${fmtPct(c, 'en')}`;
    };
    formulaEs = `Avance = ${expr('es')} = ${n(num, 'es')} ÷ ${n(den, 'es')} = ${fmtPct(raw, 'es')}${clampedNote('es')}`;
    formulaEn = `Progress = ${expr('en')} = ${n(num, 'en')} ÷ ${n(den, 'en')} = ${fmtPct(raw, 'en')}${clampedNote('en')}`;
  }
  const progress = clamp01(raw);

  // Expected progress at the end of the latest value's period.
  let expected: string | null = null;
  let expectedEs = '';
  let expectedEn = '';
  if (basePeriod && targetPeriod.end && targetPeriod.end > basePeriod.end) {
    const total = daysBetween(basePeriod.end, targetPeriod.end);
    const elapsed = daysBetween(basePeriod.end, latest.period.end);
    expected = clamp01(divideDecimals(String(elapsed), String(total), SCALE));
    expectedEs = `Avance esperado al ${dateOf(latest.period.end, 'es')} (fin de ${latest.period.raw}): ${formatNumber(String(elapsed), 'es-CO')} de ${formatNumber(String(total), 'es-CO')} días entre el fin de la línea base (${basePeriod.raw}, ${dateOf(basePeriod.end, 'es')}) y el fin de la meta (${targetPeriod.raw}, ${dateOf(targetPeriod.end, 'es')}) = ${fmtPct(expected, 'es')}.`;
    expectedEn = `Expected progress on ${dateOf(latest.period.end, 'en')} (end of ${latest.period.raw}): ${formatNumber(String(elapsed), 'en')} of ${formatNumber(String(total), 'en')} days between the end of the baseline (${basePeriod.raw}, ${dateOf(basePeriod.end, 'en')}) and the end of the target (${targetPeriod.raw}, ${dateOf(targetPeriod.end, 'en')}) = ${fmtPct(expected, 'en')}.`;
  }
  const judgeAgainst = expected ?? '1';
  if (expected === null) {
    expectedEs = 'Sin periodos de línea base y meta, el avance se compara con el 100 %.';
    expectedEn = 'Without baseline and target periods, progress is compared with 100%.';
  }
  const onTrackFloor = subtractDecimals(judgeAgainst, STATUS_THRESHOLDS.onTrack);
  const atRiskFloor = subtractDecimals(judgeAgainst, STATUS_THRESHOLDS.atRisk);
  let status: IndicatorStatus;
  let whyEs: string;
  let whyEn: string;
  const P = (x: string, l: Lang) => fmtPct(compareDecimals(x, '0') < 0 ? '0' : x, l);
  if (compareDecimals(progress, '1') >= 0) {
    status = 'achieved';
    whyEs = 'el valor alcanzó la meta';
    whyEn = 'the value reached the target';
  } else if (compareDecimals(progress, onTrackFloor) >= 0) {
    status = 'on_track';
    whyEs = `${fmtPct(progress, 'es')} no está más de 10 puntos por debajo de lo esperado (≥ ${P(onTrackFloor, 'es')})`;
    whyEn = `${fmtPct(progress, 'en')} is no more than 10 points below expected (≥ ${P(onTrackFloor, 'en')})`;
  } else if (compareDecimals(progress, atRiskFloor) >= 0) {
    status = 'at_risk';
    whyEs = `${fmtPct(progress, 'es')} está entre 10 y 25 puntos por debajo de lo esperado (< ${P(onTrackFloor, 'es')} y ≥ ${P(atRiskFloor, 'es')})`;
    whyEn = `${fmtPct(progress, 'en')} is 10 to 25 points below expected (< ${P(onTrackFloor, 'en')} and ≥ ${P(atRiskFloor, 'en')})`;
  } else {
    status = 'off_track';
    whyEs = `${fmtPct(progress, 'es')} está más de 25 puntos por debajo de lo esperado (< ${P(atRiskFloor, 'es')})`;
    whyEn = `${fmtPct(progress, 'en')} is more than 25 points below expected (< ${P(atRiskFloor, 'en')})`;
  }
  return {
    progress: Number(progress),
    expected: expected === null ? null : Number(expected),
    progressPct: pct(progress),
    expectedPct: expected === null ? null : pct(expected),
    status,
    latest,
    explanation: {
      es: `${formulaEs}. ${expectedEs} ${STATUS_LABELS[status].es}: ${whyEs}.`,
      en: `${formulaEn}. ${expectedEn} ${STATUS_LABELS[status].en}: ${whyEn}.`,
    },
  };
}
