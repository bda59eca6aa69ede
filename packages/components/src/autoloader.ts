/**
 * The autoloader: one small script that defines only the Rendir tags present on the
 * page, loading each tag's code when the tag first appears (now or later, e.g. in a
 * CMS's dynamically inserted content). The build passes the map of tags to loaders.
 */

export type Loaders = Record<string, () => Promise<unknown>>;

export interface Autoloader {
  /** Loads the tags present under `root` now; resolves when they are defined. */
  discover(root: ParentNode): Promise<void>;
  /** Stops watching for new tags. */
  stop(): void;
}

/**
 * Starts watching `root` (default: the document) for undefined elements whose tag has a
 * loader. Each loader runs at most once; a failed load is reported on the console and
 * may be retried by the next matching element.
 */
export function startAutoloader(loaders: Loaders, root: Document | Element = document): Autoloader {
  const started = new Map<string, Promise<unknown>>();

  const load = (tag: string): Promise<unknown> | undefined => {
    const loader = loaders[tag];
    if (!loader || customElements.get(tag)) return undefined;
    let pending = started.get(tag);
    if (!pending) {
      pending = loader().catch((error: unknown) => {
        started.delete(tag);
        console.error(`rendir: could not load <${tag}>`, error);
      });
      started.set(tag, pending);
    }
    return pending;
  };

  const discover = async (node: ParentNode): Promise<void> => {
    const found = new Set<string>();
    if (node instanceof Element && node.localName in loaders) found.add(node.localName);
    for (const element of node.querySelectorAll(':not(:defined)')) {
      if (element.localName in loaders) found.add(element.localName);
    }
    await Promise.all([...found].map(load));
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void discover(node);
      }
    }
  });
  const target = root instanceof Document ? root.documentElement : root;
  observer.observe(target, { childList: true, subtree: true });
  void discover(root);

  return { discover, stop: () => observer.disconnect() };
}
