// RSS of the reports, one feed per language.
import rss from '@astrojs/rss';
import { getModel } from './model.ts';
import { href, t, type Lang } from './i18n.ts';
import { docFor, docSlugs } from './documents.ts';
import { withBase, withoutBase } from './paths.ts';
import { publishesSiteWideFiles } from './versions.ts';

export async function reportsFeed(lang: Lang): Promise<Response> {
  const model = await getModel();
  const d = model.defaultLang;
  const items = docSlugs(model.reports).map((slug) => docFor(model.reports, slug, lang, d)!);
  return rss({
    title: `${model.config.name} — ${t(lang, 'reports')}`,
    description: t(lang, 'reportsIntro'),
    site: new URL(withBase('/'), model.config.url).href,
    customData: `<language>${lang}</language>`,
    items: items.map((doc) => ({
      title: doc.title,
      link: href(lang, d, 'reports', doc.slug),
      pubDate: doc.date ? new Date(`${doc.date}T12:00:00Z`) : undefined,
      description: doc.summary,
    })),
  });
}

export async function feedPaths(depth: 1 | 2) {
  const model = await getModel();
  if (!model.reports.length || !publishesSiteWideFiles()) return [];
  return model.locales
    .map((lang) => ({
      lang,
      parts: withoutBase(href(lang, model.defaultLang, 'reports'))
        .split('/')
        .filter(Boolean),
    }))
    .filter((x) => x.parts.length === depth)
    .map(({ lang, parts }) => ({
      params: depth === 1 ? { a: parts[0] } : { a: parts[0], b: parts[1] },
      props: { lang },
    }));
}
