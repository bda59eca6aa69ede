import type { APIRoute } from 'astro';
import { getModel } from '../lib/model.ts';
import { withBase } from '../lib/paths.ts';

export const GET: APIRoute = async () => {
  const model = await getModel();
  const sitemap = new URL(withBase('/sitemap-index.xml'), model.config.url).href;
  return new Response(`User-agent: *\nAllow: ${withBase('/')}\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
};
