// Open data out: every data file as CSV (written by the model, lib/model/context.ts) and
// JSON, under /datos/ (the data section of the default language). The build writes the JSON
// files itself, a slice at a time (integration.ts): as endpoints, Astro holds a whole body
// and two copies of it in memory; `astro dev` serves them from here.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../lib/model.ts';
import { SLUGS } from '../../lib/i18n.ts';
import { jsonStream } from '../../lib/json-stream.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  const dir = SLUGS[model.defaultLang].data;
  const exts = import.meta.env.DEV ? (['csv', 'json'] as const) : (['csv'] as const);
  return model.downloads.flatMap((download) =>
    exts.map((ext) => ({
      params: { dir, file: `${download.name}.${ext}` },
      props: { name: download.name, ext },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const model = await getModel();
  const download = model.downloads.find((d) => d.name === props.name)!;
  if (props.ext === 'csv') {
    return new Response(download.csv(), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    });
  }
  return new Response(jsonStream(download.json()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
