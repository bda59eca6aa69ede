/**
 * The parts of the viewer its first render does not need, loaded on first need through
 * the platform's LazyParts: the data table, the icicle, constant prices, the image
 * downloads, the checks of JSON lines, the contribution figures, the years, the
 * URL hash and the reading of the population. Mutable so that a test can make one fail to load.
 */
export const partLoaders = {
  chart: () => import('./budget-chart.ts'),
  table: () => import('./budget-table.ts'),
  breakdown: () => import('./budget-breakdown.ts'),
  icicle: () => import('./budget-icicle.ts'),
  prices: () => import('./budget-prices.ts'),
  exports: () => import('./budget-export.ts'),
  check: () => import('./budget-check.ts'),
  contribution: () => import('./budget-contribution.ts'),
  years: () => import('./budget-years.ts'),
  deepLink: () => import('./budget-deep-link.ts'),
  population: () => import('./budget-population.ts'),
  totals: () => import('./budget-totals.ts'),
};

export type PartName = keyof typeof partLoaders;
