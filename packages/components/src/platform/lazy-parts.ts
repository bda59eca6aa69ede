/**
 * Parts of a widget that its first render does not need (a data table, a chart, a remote
 * source, a calculator), loaded on first need with `import()`. In the script-tag bundles
 * each is a chunk beside the bundle that takes Lit and the rest from it, so the bundle
 * stays small (see scripts/bundle.ts).
 *
 * A widget lists its parts in one object of loaders, mutable so that a test can make one
 * fail as it would offline:
 *
 * ```ts
 * export const budgetParts = { table: () => import('./budget-table.ts') };
 * // in the element:
 * private readonly parts = new LazyParts(this, budgetParts);
 * render() { const table = this.parts.get('table'); return table ? table.render(…) : … }
 * ```
 */
import { importAgain } from './import-again.ts';
import {
  adoptStyles,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type ReactiveElement,
} from 'lit';
import { LoadError } from './errors.ts';

/** Loaders of a widget's parts, by name. */
export type PartLoaders = Record<string, () => Promise<unknown>>;

/** The module a loader gives. */
export type PartOf<L extends PartLoaders, K extends keyof L> = Awaited<ReturnType<L[K]>>;

/** Modules that have arrived, by loader, shared by every element of the page. */
const arrived = new Map<() => Promise<unknown>, unknown>();

/**
 * A part's module, loaded once per page; a failure is a `network` LoadError, which the
 * data states show with a retry. For parts that a load awaits (a reader of JSON data, a
 * remote source), outside a render.
 */
export async function loadPart<L extends PartLoaders, K extends keyof L & string>(
  loaders: L,
  name: K,
): Promise<PartOf<L, K>> {
  const loader = loaders[name];
  if (arrived.has(loader)) return arrived.get(loader) as PartOf<L, K>;
  try {
    const part = await importAgain(loader);
    arrived.set(loader, part);
    return part as PartOf<L, K>;
  } catch (error) {
    throw new LoadError('network', { cause: error });
  }
}

/**
 * One element's parts, for its renders: `get` returns a part that has arrived, or starts
 * loading it and returns `undefined` (the element renders again when it arrives). A part
 * that failed stays failed until `retry`, so that a render never loops on requests while
 * offline. A part's module may export `styles` (CSSResult): they join the element's
 * shadow root the first time the part is drawn there.
 */
export class LazyParts<L extends PartLoaders> {
  private readonly host: ReactiveElement;
  private readonly loaders: L;
  private readonly pending = new Map<keyof L, Promise<unknown>>();
  private readonly errors = new Map<keyof L, LoadError>();
  private readonly adopted = new Set<CSSResult>();

  constructor(host: ReactiveElement, loaders: L) {
    this.host = host;
    this.loaders = loaders;
  }

  private arrived<K extends keyof L>(name: K): PartOf<L, K> | undefined {
    return arrived.get(this.loaders[name]) as PartOf<L, K> | undefined;
  }

  /** The part if it has arrived; else starts loading it (unless it failed). */
  get<K extends keyof L & string>(name: K): PartOf<L, K> | undefined {
    const part = this.arrived(name);
    if (!part) {
      if (!this.errors.has(name)) void this.load(name).catch(() => undefined);
      return undefined;
    }
    this.adoptStylesOf(part);
    return part;
  }

  /** The part if it has arrived, without starting a load. */
  peek<K extends keyof L & string>(name: K): PartOf<L, K> | undefined {
    return this.arrived(name) ? this.get(name) : undefined;
  }

  /** Why the part could not load, until `retry`. */
  failed(name: keyof L): LoadError | undefined {
    return this.arrived(name) ? undefined : this.errors.get(name);
  }

  /** Forgets a failure and loads the part again. */
  retry(name: keyof L & string): void {
    this.errors.delete(name);
    void this.load(name).catch(() => undefined);
    this.host.requestUpdate();
  }

  /** Settles when every part asked for so far has arrived or failed. */
  get settled(): Promise<unknown> {
    return Promise.allSettled(this.pending.values());
  }

  /**
   * The part once it has arrived, or `undefined` when it fails, or failed already: for
   * code that waits on a part without being asked to (a data load), which must not start
   * another attempt after a failure the reader has not retried.
   */
  async whenLoaded<K extends keyof L & string>(name: K): Promise<PartOf<L, K> | undefined> {
    if (this.failed(name)) return undefined;
    return this.load(name).catch(() => undefined);
  }

  /**
   * Loads a part (once at a time), even one that failed before (a reader's click asks
   * again); rejects with a `network` LoadError and remembers it.
   */
  load<K extends keyof L & string>(name: K): Promise<PartOf<L, K>> {
    const part = this.arrived(name);
    if (part) {
      // Here already (another element loaded it): a failure this element showed is over.
      if (this.errors.delete(name)) this.host.requestUpdate();
      return Promise.resolve(part);
    }
    let pending = this.pending.get(name) as Promise<PartOf<L, K>> | undefined;
    if (!pending) {
      pending = loadPart(this.loaders, name).then(
        (module) => {
          this.errors.delete(name);
          return module;
        },
        (error: LoadError) => {
          this.errors.set(name, error);
          console.warn(`rendir: <${this.host.localName}> could not load its ${name}`, error.cause);
          throw error;
        },
      );
      const settle = () => {
        this.pending.delete(name);
        this.host.requestUpdate();
      };
      pending.then(settle, settle);
      this.pending.set(name, pending);
    }
    return pending;
  }

  private adoptStylesOf(part: unknown): void {
    const styles = (part as { styles?: CSSResult }).styles;
    const root = this.host.shadowRoot;
    if (!styles || this.adopted.has(styles) || !root) return;
    this.adopted.add(styles);
    const base = (this.host.constructor as typeof ReactiveElement).elementStyles;
    // Adopting replaces the sheets, so the element's own go first; <style> fallbacks append.
    adoptStyles(root, supportsAdoptingStyleSheets ? [...base, ...this.adopted] : [styles]);
  }
}
