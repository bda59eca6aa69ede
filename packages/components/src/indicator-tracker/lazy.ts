/**
 * The parts of the tracker its first render of CSV data does not need, loaded on first
 * use (in the bundle, a chunk beside it). A shared object, so that a test can make one
 * fail, as it would offline.
 */
import { LoadError } from '../platform/errors.ts';

export const lazyParts = {
  progress: () => import('./progress.ts'),
};

export type LazyPartName = keyof typeof lazyParts;
export type LazyModule<K extends LazyPartName> = Awaited<ReturnType<(typeof lazyParts)[K]>>;

/** A module loaded through `lazyParts`; a failure is a `network` LoadError (error state, retry). */
export async function loadPart<K extends LazyPartName>(name: K): Promise<LazyModule<K>> {
  try {
    return (await lazyParts[name]()) as LazyModule<K>;
  } catch (error) {
    throw new LoadError('network', { cause: error });
  }
}
