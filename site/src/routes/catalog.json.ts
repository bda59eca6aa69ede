// DCAT-AP catalogue (JSON-LD) of every data set and data file the site publishes.
import type { APIRoute } from 'astro';
import { safeUrl } from '@rendir/core';
import { getModel } from '../lib/model.ts';
import { href, pick, t } from '../lib/i18n.ts';
import { withBase } from '../lib/paths.ts';

export const GET: APIRoute = async () => {
  const model = await getModel();
  const base = model.config.url;
  const abs = (path: string) => new URL(path, base).href;
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': model.config.name };
  const distributions = (name: string, title: string) =>
    (['csv', 'json'] as const).map((ext) => ({
      '@type': 'dcat:Distribution',
      'dct:title': `${title} (${ext.toUpperCase()})`,
      'dcat:downloadURL': abs(model.fileHref(name, ext)),
      'dcat:accessURL': abs(model.fileHref(name, ext)),
      'dcat:mediaType': ext === 'csv' ? 'text/csv' : 'application/json',
      'dct:format': ext.toUpperCase(),
    }));
  const datasets = [
    ...model.downloads
      .filter((d) => !d.name.startsWith('conjunto-'))
      .map((d) => ({
        '@id': abs(model.fileHref(d.name, 'json')),
        '@type': 'dcat:Dataset',
        'dct:identifier': d.name,
        'dct:title': pick(d.title, model.defaultLang),
        'dct:description': d.example
          ? t(model.defaultLang, 'exampleTitle', { title: pick(d.title, model.defaultLang) })
          : pick(d.title, model.defaultLang),
        'dct:publisher': publisher,
        'dcat:distribution': distributions(d.name, pick(d.title, model.defaultLang)),
      })),
    ...model.datasets.map((ds) => {
      const e = ds.entry;
      const download = model.downloads.find((d) => d.source === ds.file);
      const page = abs(href(model.defaultLang, model.defaultLang, 'data', ds.slug));
      const external = 'url' in e.source ? safeUrl(e.source.url) : undefined;
      return {
        '@id': page,
        '@type': 'dcat:Dataset',
        'dct:identifier': e.id,
        'dct:title': e.title,
        ...(e.description ? { 'dct:description': e.description } : {}),
        ...(e.theme ? { 'dcat:theme': e.theme } : {}),
        'dcat:keyword': e.keywords,
        ...(e.license ? { 'dct:license': e.license } : {}),
        ...(e.issued ? { 'dct:issued': e.issued } : {}),
        ...(e.modified ? { 'dct:modified': e.modified } : {}),
        ...(e.accrualPeriodicity ? { 'dct:accrualPeriodicity': e.accrualPeriodicity } : {}),
        'dct:publisher': e.publisher
          ? { '@type': 'foaf:Agent', 'foaf:name': e.publisher }
          : publisher,
        ...(e.contactEmail
          ? {
              'dcat:contactPoint': {
                '@type': 'vcard:Kind',
                'vcard:hasEmail': `mailto:${e.contactEmail}`,
              },
            }
          : {}),
        'dcat:landingPage': page,
        'dcat:distribution': download
          ? distributions(download.name, e.title)
          : external
            ? [{ '@type': 'dcat:Distribution', 'dcat:accessURL': external }]
            : [],
      };
    }),
  ];
  const catalog = {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
    },
    '@id': abs(withBase('/catalog.json')),
    '@type': 'dcat:Catalog',
    'dct:title': `${model.config.name} — datos abiertos`,
    'dct:language': model.locales,
    'dct:publisher': publisher,
    'foaf:homepage': abs(withBase('/')),
    'dcat:dataset': datasets,
  };
  return new Response(JSON.stringify(catalog, null, 2), {
    headers: { 'Content-Type': 'application/ld+json' },
  });
};
