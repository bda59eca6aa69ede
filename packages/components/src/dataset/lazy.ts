/**
 * The parts of the widget that its first render does not need, each loaded on first use
 * (in the bundle, a chunk beside it): the portals' sources and pager, the quick chart, downloads,
 * the reading of JSON and property data, and searching, filtering and sorting. The loaders are a shared object so that a
 * test can make one fail, as it would offline.
 */
import type { ReactiveControllerHost } from 'lit';
import { LoadError } from '../platform/errors.ts';

export const lazyParts = {
  socrata: () => import('./sources/socrata.ts'),
  ckan: () => import('./sources/ckan.ts'),
  pager: () => import('./remote-pager.ts'),
  chart: () => import('./quick-chart.ts'),
  downloads: () => import('./downloads.ts'),
  json: () => import('./json-table.ts'),
  view: () => import('./view.ts'),
};

export type LazyPartName = keyof typeof lazyParts;
export type LazyModule<K extends LazyPartName> = Awaited<ReturnType<(typeof lazyParts)[K]>>;

/** A module loaded through `lazyParts`; a failure is a `network` LoadError. */
export async function loadPart<K extends LazyPartName>(name: K): Promise<LazyModule<K>> {
  try {
    return (await lazyParts[name]()) as LazyModule<K>;
  } catch (error) {
    throw new LoadError('network', { cause: error });
  }
}

/** A lazy part as the element renders it: not asked for yet, on its way, here, or failed. */
export class LazyPart<K extends LazyPartName> {
  value: LazyModule<K> | undefined;
  error: LoadError | undefined;
  private pending: Promise<LazyModule<K>> | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly name: K;

  constructor(host: ReactiveControllerHost, name: K) {
    this.host = host;
    this.name = name;
  }

  /** Starts loading (once; again after a failure) and redraws the host when it settles. */
  load(): Promise<LazyModule<K>> {
    if (this.value) return Promise.resolve(this.value);
    if (this.error) {
      this.error = undefined;
      this.host.requestUpdate();
    }
    this.pending ??= loadPart(this.name).then(
      (module) => {
        this.value = module;
        this.host.requestUpdate();
        return module;
      },
      (error: LoadError) => {
        this.error = error;
        this.pending = undefined;
        this.host.requestUpdate();
        throw error;
      },
    );
    return this.pending;
  }
}
