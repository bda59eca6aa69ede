/**
 * Indicator progress toward target (spec 4.3) and a status judged against the progress
 * expected by the date of the latest value. Exact decimals throughout; floats only in
 * the `progress`/`expected` numbers handed to drawing code.
 */
import { absDecimal, compareDecimals, divideDecimals, subtractDecimals } from './decimal.ts';
import { indicatorStatusWord } from './indicator-status.ts';
import { msg, type MessageFigure, type MessageRef } from './message.ts';
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

function clamp01(x: string): string {
  if (compareDecimals(x, '0') < 0) return '0';
  if (compareDecimals(x, '1') > 0) return '1';
  return x;
}

function pct(x: string): string {
  return divideDecimals(x, '0.01', 2);
}

/** Values shown as written: with `%` when the indicator's values carry it. */
function valueFigures(percent: boolean, cells: ExactNumber[]): (v: string) => MessageFigure {
  // Operands read as published (`2,60`, not `2,6`): their written decimals are kept.
  const written = new Map<string, number>();
  for (const c of cells)
    if (c.decimals !== undefined)
      written.set(c.value, Math.max(written.get(c.value) ?? 0, c.decimals));
  return (v) => ({ figure: v, digits: written.get(v), percentSign: percent });
}

const percentFigure = (x: string): MessageFigure => ({ figure: x, as: 'percent' });
const numberFigure = (x: string | number): MessageFigure => ({ figure: String(x) });
const dateFigure = (iso: string): MessageFigure => ({ figure: iso, as: 'date' });

function noData(latest: IndicatorValue | null, explanation: MessageRef): IndicatorProgress {
  return {
    progress: null,
    expected: null,
    progressPct: null,
    expectedPct: null,
    status: 'no_data',
    latest,
    explanation,
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
  if (!isExactNumber(b)) return noData(latestAny, msg('progress.no_baseline'));
  if (!isExactNumber(t)) return noData(latestAny, msg('progress.no_target_value'));
  if (!latest) {
    const none = basePeriod
      ? msg('progress.no_measurement_after', { baseline: basePeriod.raw })
      : msg('progress.no_measurement');
    return noData(
      latestAny,
      latestAny && !isExactNumber(latestAny.value)
        ? msg('progress.no_measurement_latest', {
            none,
            period: latestAny.period.raw,
            value: latestAny.value.raw,
          })
        : none,
    );
  }
  const v = latest.value as ExactNumber;
  const percent = b.isPercent || t.isPercent || v.isPercent;
  const f = valueFigures(percent, [b, t, v]);
  const bv = b.value;
  const tv = t.value;
  const vv = v.value;

  if (indicator.direction === 'maintain') {
    const tol = indicator.tolerance ?? '0';
    const dist = absDecimal(subtractDecimals(vv, bv));
    const ok = compareDecimals(dist, tol) <= 0;
    const status = ok ? 'achieved' : 'off_track';
    return {
      progress: ok ? 1 : 0,
      expected: null,
      progressPct: ok ? '100' : '0',
      expectedPct: null,
      status,
      latest,
      explanation: msg(ok ? 'progress.maintain.within' : 'progress.maintain.outside', {
        value: f(vv),
        baseline: f(bv),
        distance: f(dist),
        tolerance: f(tol),
        status: indicatorStatusWord(status),
      }),
    };
  }

  const decrease = indicator.direction === 'decrease';
  let raw: string;
  let formula: MessageRef;
  if (compareDecimals(bv, tv) === 0) {
    const met = decrease ? compareDecimals(vv, tv) <= 0 : compareDecimals(vv, tv) >= 0;
    raw = met ? '1' : '0';
    formula = msg(met ? 'progress.baseline_is_target.met' : 'progress.baseline_is_target.not_met', {
      target: f(tv),
      comparison: decrease ? '≤' : '≥',
      value: f(vv),
      progress: percentFigure(raw),
    });
  } else {
    const num = decrease ? subtractDecimals(bv, vv) : subtractDecimals(vv, bv);
    const den = decrease ? subtractDecimals(bv, tv) : subtractDecimals(tv, bv);
    raw = divideDecimals(num, den, SCALE);
    formula = msg(decrease ? 'progress.formula.decrease' : 'progress.formula.increase', {
      value: f(vv),
      baseline: f(bv),
      target: f(tv),
      numerator: numberFigure(num),
      denominator: numberFigure(den),
      progress: percentFigure(raw),
    });
    const clamped = clamp01(raw);
    if (clamped !== raw)
      formula = msg('progress.formula.limited', { formula, limited: percentFigure(clamped) });
  }
  const progress = clamp01(raw);

  // Expected progress at the end of the latest value's period.
  let expected: string | null = null;
  let expectedWhy = msg('progress.expected.without_periods');
  if (basePeriod && targetPeriod.end && targetPeriod.end > basePeriod.end) {
    const total = daysBetween(basePeriod.end, targetPeriod.end);
    const elapsed = daysBetween(basePeriod.end, latest.period.end);
    expected = clamp01(divideDecimals(String(elapsed), String(total), SCALE));
    expectedWhy = msg('progress.expected', {
      date: dateFigure(latest.period.end),
      period: latest.period.raw,
      elapsed: numberFigure(elapsed),
      total: numberFigure(total),
      baselinePeriod: basePeriod.raw,
      baselineEnd: dateFigure(basePeriod.end),
      targetPeriod: targetPeriod.raw,
      targetEnd: dateFigure(targetPeriod.end),
      expected: percentFigure(expected),
    });
  }
  const judgeAgainst = expected ?? '1';
  const onTrackFloor = subtractDecimals(judgeAgainst, STATUS_THRESHOLDS.onTrack);
  const atRiskFloor = subtractDecimals(judgeAgainst, STATUS_THRESHOLDS.atRisk);
  const floor = (x: string) => percentFigure(compareDecimals(x, '0') < 0 ? '0' : x);
  const shown = percentFigure(progress);
  let status: IndicatorStatus;
  let why: MessageRef;
  if (compareDecimals(progress, '1') >= 0) {
    status = 'achieved';
    why = msg('progress.why.achieved');
  } else if (compareDecimals(progress, onTrackFloor) >= 0) {
    status = 'on_track';
    why = msg('progress.why.on_track', { progress: shown, onTrackFloor: floor(onTrackFloor) });
  } else if (compareDecimals(progress, atRiskFloor) >= 0) {
    status = 'at_risk';
    why = msg('progress.why.at_risk', {
      progress: shown,
      onTrackFloor: floor(onTrackFloor),
      atRiskFloor: floor(atRiskFloor),
    });
  } else {
    status = 'off_track';
    why = msg('progress.why.off_track', { progress: shown, atRiskFloor: floor(atRiskFloor) });
  }
  return {
    progress: Number(progress),
    expected: expected === null ? null : Number(expected),
    progressPct: pct(progress),
    expectedPct: expected === null ? null : pct(expected),
    status,
    latest,
    explanation: msg('progress.explained', {
      formula,
      expected: expectedWhy,
      status: indicatorStatusWord(status),
      why,
    }),
  };
}
