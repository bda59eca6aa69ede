/**
 * The parts of the viewer its first render does not need, loaded on first need with
 * `import()` (each becomes a chunk beside the bundle): the data table, the icicle,
 * constant prices, the downloads and the embed code. Keeps the widget's script small.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type LitElement } from 'lit';

/** Where each part comes from. Mutable so that a test can make one fail to load. */
export const partLoaders = {
  table: () => import('./budget-table.ts'),
  icicle: () => import('./budget-icicle.ts'),
  prices: () => import('./budget-prices.ts'),
  exports: () => import('./budget-export.ts'),
  embed: () => import('./budget-embed.ts'),
  check: () => import('./budget-check.ts'),
  contribution: () => import('./budget-contribution.ts'),
  years: () => import('./budget-years.ts'),
  deepLink: () => import('./budget-deep-link.ts'),
};

export type PartName = keyof typeof partLoaders;
type PartModule<K extends PartName> = Awaited<ReturnType<(typeof partLoaders)[K]>>;

/** Modules that have arrived, shared by every viewer on the page, by loader. */
const arrived = new Map<() => Promise<unknown>, unknown>();
const arrivedPart = (name: PartName) => arrived.get(partLoaders[name]);

/** A part's own CSS, adopted into a viewer's shadow root when the part is first drawn there. */
const stylesOf = (name: PartName) =>
  (arrivedPart(name) as { styles?: CSSResult } | undefined)?.styles;

/**
 * One viewer's parts: `get` starts a part and returns it once it has arrived (then the
 * host renders again). A part that failed stays failed until `retry`, so a render never
 * starts a request loop while offline.
 */
export class LazyParts {
  private readonly host: LitElement;
  private readonly pending = new Map<PartName, Promise<void>>();
  private readonly failed = new Set<PartName>();
  private readonly adopted = new Set<PartName>();

  constructor(host: LitElement) {
    this.host = host;
  }

  get<K extends PartName>(name: K): PartModule<K> | undefined {
    const part = arrivedPart(name) as PartModule<K> | undefined;
    if (!part) {
      if (!this.failed.has(name)) void this.load(name);
      return undefined;
    }
    const styles = stylesOf(name);
    if (styles && !this.adopted.has(name) && this.host.shadowRoot) {
      this.adopted.add(name);
      const base = (this.host.constructor as typeof LitElement).elementStyles;
      // Adopting replaces the sheets, so the element's own go first; <style> fallbacks append.
      adoptStyles(
        this.host.shadowRoot,
        supportsAdoptingStyleSheets
          ? [...base, ...[...this.adopted].flatMap((n) => stylesOf(n) ?? [])]
          : [styles],
      );
    }
    return part;
  }

  /** The part failed to load (offline, a blocked chunk): show why and offer `retry`. */
  hasFailed(name: PartName): boolean {
    return this.failed.has(name) && !arrivedPart(name);
  }

  retry(name: PartName): void {
    this.failed.delete(name);
    void this.load(name);
    this.host.requestUpdate();
  }

  /** Resolves when every part requested so far has arrived or failed. */
  get settled(): Promise<unknown> {
    return Promise.all(this.pending.values());
  }

  /** Loads a part; resolves to whether it arrived. */
  load(name: PartName): Promise<boolean> {
    if (arrivedPart(name)) return Promise.resolve(true);
    let pending = this.pending.get(name);
    if (!pending) {
      const loader = partLoaders[name];
      pending = loader()
        .then(
          (part) => void arrived.set(loader, part),
          (error: unknown) => {
            this.failed.add(name);
            console.warn(`rendir: <${this.host.localName}> could not load its ${name}`, error);
          },
        )
        .finally(() => {
          this.pending.delete(name);
          this.host.requestUpdate();
        });
      this.pending.set(name, pending);
    }
    return pending.then(() => Boolean(arrivedPart(name)));
  }
}
