// Rendered markup kept for the build (components/Cached.astro), per model: another content
// folder built in the same process never sees it.
const kept = new WeakMap<object, Map<string, string>>();

export function cachedHtml(scope: object, id: string): string | undefined {
  return kept.get(scope)?.get(id);
}

export function keepHtml(scope: object, id: string, html: string): void {
  let byId = kept.get(scope);
  if (!byId) {
    byId = new Map();
    kept.set(scope, byId);
  }
  byId.set(id, html);
}
