import type { APIRoute } from 'astro';
import { getModel } from '../lib/model.ts';

export const GET: APIRoute = async () => {
  const model = await getModel();
  const sitemap = new URL('/sitemap-index.xml', model.config.url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
};
