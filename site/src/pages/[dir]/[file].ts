// Open data out: every data file as CSV (written by the model, lib/model/context.ts) and
// JSON, under /datos/ (the data section of the default language).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../lib/model.ts';
import { SLUGS } from '../../lib/i18n.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  const dir = SLUGS[model.defaultLang].data;
  return model.downloads.flatMap((download) =>
    (['csv', 'json'] as const).map((ext) => ({
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
  return new Response(JSON.stringify(download.json(), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
