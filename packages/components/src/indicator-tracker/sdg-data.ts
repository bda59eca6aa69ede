/**
 * A series as a statistics office publishes it for Open SDG, as the tracker holds it once
 * read: the core's observations (the parser worker's records) and the file's
 * disaggregations, units and series. Which file is one is the core's rule (`isSdgSeries`,
 * applied by the reader); which rows make the headline or a breakdown is `sdgSelection`.
 */
import type { SdgSeriesResult } from '@rendir/core';

export interface SdgSeriesData extends Pick<
  SdgSeriesResult,
  'observations' | 'dimensions' | 'units' | 'series'
> {
  kind: 'sdg';
  /** The file's name, for downloads. */
  file: string;
}

export function isSdgData(data: unknown): data is SdgSeriesData {
  return (data as SdgSeriesData | null)?.kind === 'sdg';
}
