// A data file answered in two parts, the second when the test asks: the page's state
// between the two (a widget still reading its file) is then certain, not a matter of
// timing. `/held/<id>/<path under the repository>?first=<bytes>` answers the file's first
// bytes at once and the rest after a request of `/held/<id>/release`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gate } from './gates.mjs';

const repository = new URL('../../../../../', import.meta.url);

/** The middleware: add it to a web-test-runner / web-dev-server config's `middleware`. */
export async function heldFilesMiddleware(ctx, next) {
  const m = /^\/held\/([\w-]+)\/(.+)$/.exec(ctx.path);
  if (!m) return next();
  const [, id, rest] = m;
  ctx.respond = false;
  if (rest === 'release') {
    gate(id).open();
    ctx.res.writeHead(204);
    ctx.res.end();
    return;
  }
  const file = fileURLToPath(new URL(rest, repository));
  if (!file.startsWith(fileURLToPath(repository))) {
    ctx.res.writeHead(404);
    ctx.res.end();
    return;
  }
  const body = await readFile(file);
  const first = Number(ctx.URL.searchParams.get('first') ?? body.length);
  ctx.res.writeHead(200, { 'Content-Type': 'text/csv', 'Cache-Control': 'no-store' });
  ctx.res.write(body.subarray(0, first));
  await gate(id).opened;
  ctx.res.end(body.subarray(first));
}
