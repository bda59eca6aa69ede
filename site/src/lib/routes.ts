// Every page of the site, per language, from the model: one table that the catch-all
// page, the language switcher and the tests all share.
import { href, LANGS, SLUGS, type Lang, type Section } from './i18n.ts';
import { docSlugs } from './documents.ts';
import { embedSpecs, type EmbedSpec } from './embeds.ts';
import type { SiteModel } from './model/types.ts';

export type Route =
  | { kind: 'home'; lang: Lang }
  | { kind: 'budget'; lang: Lang }
  | { kind: 'plan'; lang: Lang }
  | { kind: 'indicators'; lang: Lang }
  | { kind: 'indicator'; lang: Lang; slug: string }
  | { kind: 'sdgSeries'; lang: Lang; slug: string }
  | { kind: 'commitments'; lang: Lang }
  | { kind: 'commitment'; lang: Lang; slug: string }
  | { kind: 'data'; lang: Lang }
  | { kind: 'dataset'; lang: Lang; slug: string }
  | { kind: 'downloads'; lang: Lang }
  | { kind: 'reports'; lang: Lang }
  | { kind: 'report'; lang: Lang; slug: string }
  | { kind: 'page'; lang: Lang; slug: string }
  | { kind: 'transparency'; lang: Lang }
  | { kind: 'search'; lang: Lang }
  | { kind: 'embed'; lang: Lang; spec: EmbedSpec };

export function routeHref(model: SiteModel, route: Route): string {
  const d = model.defaultLang;
  const l = route.lang;
  switch (route.kind) {
    case 'home':
      return href(l, d);
    case 'budget':
    case 'plan':
    case 'indicators':
    case 'commitments':
    case 'data':
    case 'reports':
    case 'transparency':
    case 'search':
      return href(l, d, route.kind);
    case 'downloads':
      return href(l, d, 'data', SLUGS[l].downloads);
    case 'indicator':
    case 'sdgSeries':
      return href(l, d, 'indicators', route.slug);
    case 'commitment':
      return href(l, d, 'commitments', route.slug);
    case 'dataset':
      return href(l, d, 'data', route.slug);
    case 'report':
      return href(l, d, 'reports', route.slug);
    case 'page':
      return href(l, d, undefined, route.slug);
    case 'embed':
      return href(l, d, 'embed', route.spec.id);
  }
}

/** The same page in every language of the site. */
export function alternates(model: SiteModel, route: Route): Partial<Record<Lang, string>> {
  return Object.fromEntries(
    model.locales.map((lang) => [lang, routeHref(model, { ...route, lang } as Route)]),
  );
}

export function allRoutes(model: SiteModel): Route[] {
  const routes: Route[] = [];
  const embeds = embedSpecs(model);
  for (const lang of model.locales) {
    routes.push({ kind: 'home', lang }, { kind: 'search', lang });
    const has = (s: Section) => model.sections.includes(s);
    if (has('budget')) routes.push({ kind: 'budget', lang });
    if (has('plan')) routes.push({ kind: 'plan', lang });
    if (has('indicators')) {
      routes.push({ kind: 'indicators', lang });
      for (const i of model.indicators) routes.push({ kind: 'indicator', lang, slug: i.slug });
      for (const s of model.sdgSeries) routes.push({ kind: 'sdgSeries', lang, slug: s.slug });
    }
    if (has('commitments')) {
      routes.push({ kind: 'commitments', lang });
      for (const c of model.commitments) routes.push({ kind: 'commitment', lang, slug: c.slug });
    }
    if (has('data')) {
      routes.push({ kind: 'data', lang });
      for (const d of model.datasets) routes.push({ kind: 'dataset', lang, slug: d.slug });
    }
    if (model.hasData) routes.push({ kind: 'downloads', lang });
    if (has('reports')) {
      routes.push({ kind: 'reports', lang });
      for (const slug of docSlugs(model.reports)) routes.push({ kind: 'report', lang, slug });
    }
    for (const slug of docSlugs(model.pages)) routes.push({ kind: 'page', lang, slug });
    if (has('transparency')) routes.push({ kind: 'transparency', lang });
    for (const spec of embeds) routes.push({ kind: 'embed', lang, spec });
  }
  return routes;
}

/** Free pages share the top level with the sections: a page named like a section is a problem. */
export function reservedSlugs(): Set<string> {
  const set = new Set<string>([...LANGS, 'media', 'rendir', 'pagefind', '404']);
  for (const lang of Object.keys(SLUGS) as Lang[])
    for (const slug of Object.values(SLUGS[lang])) set.add(slug);
  return set;
}
