// During `astro build`, each rendered HTML page also goes to the search index (lib/search.ts),
// so that Pagefind indexes it on another core while the next pages render. In development,
// and with RENDIR_SEARCH=0, no index is open and pages pass through untouched.
import { defineMiddleware } from 'astro:middleware';
import { addPage, searchIndexOpen } from './lib/search.ts';
import { withoutBase } from './lib/paths.ts';

const decoder = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!searchIndexOpen() || !response.headers.get('content-type')?.startsWith('text/html')) {
    return response;
  }
  // The page's bytes are read once: decoded for the index, written as they are.
  const bytes = new Uint8Array(await response.arrayBuffer());
  await addPage(withoutBase(context.url.pathname), decoder.decode(bytes));
  return new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
