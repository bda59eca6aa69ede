/**
 * The geometry of the tracker's progress pictures (the set's stacked bar, a maintain
 * indicator's band, where the latest value stands): drawn only with data, so part of the lazy progress chunk.
 * Floating point here only: it is the last step before drawing.
 */
import { isExactNumber, type CellNumber, type Indicator } from '@rendir/core';

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface StackSegment<K> {
  key: K;
  count: number;
  x: number;
  width: number;
}

/** Segments of a 100 % stacked bar `width` wide, with a `gap` between them. */
export function stackSegments<K>(
  parts: readonly { key: K; count: number }[],
  width: number,
  gap = 2,
): StackSegment<K>[] {
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  const usable = width - gap * Math.max(0, parts.length - 1);
  let x = 0;
  return parts.map((p) => {
    const w = total ? round((p.count / total) * usable) : 0;
    const segment = { key: p.key, count: p.count, x: round(x), width: w };
    x += w + gap;
    return segment;
  });
}

export interface BandGeometry {
  bandX: number;
  bandWidth: number;
  baselineX: number;
  valueX: number;
}

/**
 * A maintain indicator on a `width`-wide axis centred on the baseline: the band of the
 * tolerance, and the latest value (the axis spans twice the larger of the two distances).
 */
export function bandGeometry(
  indicator: Indicator,
  latest: CellNumber | null | undefined,
  width: number,
): BandGeometry | null {
  const b = indicator.baseline.value;
  if (!isExactNumber(b) || !isExactNumber(latest)) return null;
  const base = Number(b.value);
  const tolerance = Math.abs(Number(indicator.tolerance ?? '0'));
  const distance = Number(latest.value) - base;
  const half = 2 * Math.max(tolerance, Math.abs(distance)) || 1;
  const x = (v: number) => round(((v - (base - half)) / (2 * half)) * width);
  return {
    bandX: x(base - tolerance),
    bandWidth: round(x(base + tolerance) - x(base - tolerance)),
    baselineX: x(base),
    valueX: x(base + distance),
  };
}

/**
 * Where the latest value stands on the way from baseline to target, unclamped, for
 * drawing and for saying "moved away": negative means it went the wrong way. Not the
 * progress figure (that is the core's), only its picture.
 */
export function rawPosition(
  indicator: Indicator,
  latest: CellNumber | null | undefined,
): number | null {
  const b = indicator.baseline.value;
  const t = indicator.target.value;
  if (!isExactNumber(b) || !isExactNumber(t) || !isExactNumber(latest)) return null;
  const span = Number(t.value) - Number(b.value);
  if (span === 0) return null;
  return (Number(latest.value) - Number(b.value)) / span;
}
