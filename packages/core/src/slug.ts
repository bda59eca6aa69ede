// URL segments and ids made from untrusted ids and names: lowercase ASCII letters, digits
// and hyphens only, so a path can never carry markup, dots or slashes; at most 80
// characters, and never empty.

/** `Índice de innovación pública` → `indice-de-innovacion-publica`; `fallback` when nothing is left. */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** Gives every item a distinct slug, suffixing `-2`, `-3`… on collisions. */
export function uniqueSlugs(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = slugify(text);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
