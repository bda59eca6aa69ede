/**
 * The parts of the widget that its first render does not need, each loaded on first use
 * through the platform's LazyParts (in the bundle, a chunk beside it): the portals' sources, the quick chart, downloads,
 * the reading of JSON and property data, and searching, filtering and sorting. The loaders are a shared object so that a
 * test can make one fail, as it would offline.
 */
export const lazyParts = {
  socrata: () => import('./sources/socrata.ts'),
  ckan: () => import('./sources/ckan.ts'),
  chart: () => import('./quick-chart.ts'),
  downloads: () => import('./downloads.ts'),
  json: () => import('./json-table.ts'),
  view: () => import('./view.ts'),
};
