// hreflang links between the languages of a page in sitemap-0.xml. @astrojs/sitemap's own
// `i18n` option compares every address with every other one (and keeps no answer for a
// page without a translation at the same path, which is most of Rendir's pages, as each
// language has its own slugs): about 11 s for the 40,000 addresses of a 10x bench site.
// Here the same links are found in one pass: the addresses that read the same once the
// language prefix is taken off, each with its locale's hreflang, when there are two or more.
export interface SitemapItem {
  url: string;
  links?: { url: string; lang: string }[];
}

export function sitemapLinks(
  /** The site's root address, its base included (`https://org.github.io/repo/`). */
  site: string,
  defaultLocale: string,
  locales: Record<string, string>,
): { keep: (url: string) => string; serialize: <T extends SitemapItem>(item: T) => T } {
  // The address @astrojs/sitemap resolves pages against: the site's origin and its base.
  const base = new URL(site).href.replace(/\/?$/, '/');
  const urls: string[] = [];
  let groups: Map<string, { url: string; lang: string }[]> | undefined;

  // As @astrojs/sitemap's parseI18nUrl: the locale prefix, and the path without it.
  const parse = (url: string): { locale: string; path: string } | undefined => {
    if (!url.startsWith(base)) return undefined;
    let s = url.slice(base.length);
    if (!s || s === '/') return { locale: defaultLocale, path: '/' };
    if (s[0] !== '/') s = '/' + s;
    const locale = s.split('/')[1];
    if (locale in locales) return { locale, path: s.slice(1 + locale.length) || '/' };
    return { locale: defaultLocale, path: s };
  };

  const group = () => {
    const map = new Map<string, { url: string; lang: string }[]>();
    // The sitemap's own order, which is the order of the links too.
    const sorted = [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const url of sorted) {
      const parsed = parse(url);
      if (!parsed) continue;
      const list = map.get(parsed.path) ?? [];
      list.push({ url, lang: locales[parsed.locale] });
      map.set(parsed.path, list);
    }
    return map;
  };

  return {
    /** Notes an address that goes into the sitemap (call it from the sitemap's filter). */
    keep: (url) => {
      urls.push(url);
      groups = undefined;
      return url;
    },
    serialize: (item) => {
      groups ??= group();
      const parsed = parse(item.url);
      const links = parsed && groups.get(parsed.path);
      if (links && links.length > 1) item.links = links;
      return item;
    },
  };
}
