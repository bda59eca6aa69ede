// `npm run dev` (astro dev) serves what the build copies beside the pages: the widgets'
// bundles under /rendir/ and the content's media under /media/, and nothing outside them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers.ts';

let origin = '';
let dev: ChildProcess;

/** The status of a raw request for `path`, sent as written (fetch would resolve `%2e%2e`). */
function status(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(origin + '/', { path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

// Astro's start is waited for by the line it prints, however long a loaded machine takes; the
// suite's timeout only stops a dev server that never starts.
describe('npm run dev', { timeout: 600_000 }, () => {
  before(async () => {
    // Port 0 is not allowed; a busy port makes Astro take the next one, so read the address
    // it prints.
    const port = 4400 + Math.floor(Math.random() * 500);
    dev = spawn(
      process.execPath,
      [
        join(repoRoot, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
      ],
      {
        cwd: join(repoRoot, 'site'),
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    origin = await new Promise<string>((resolve, reject) => {
      let seen = '';
      dev.stdout!.setEncoding('utf8');
      dev.stdout!.on('data', (chunk: string) => {
        seen += chunk;
        const found = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
        if (found) resolve(found[1]);
      });
      dev.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${seen}`)));
    });
    dev.stdout!.resume();
  });

  after(() => {
    dev?.kill();
  });

  test('serves the widget bundles and the media the pages use', async () => {
    const bundle = await fetch(`${origin}/rendir/rendir-budget-viewer.js`);
    assert.equal(bundle.status, 200, 'the budget viewer bundle (build the components first)');
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    const built = readFileSync(
      join(repoRoot, 'packages/components/dist/bundle/rendir-budget-viewer.js'),
      'utf8',
    );
    assert.equal(await bundle.text(), built);
    const logo = await fetch(`${origin}/media/logo.svg`);
    assert.equal(logo.status, 200);
    assert.match(logo.headers.get('content-type') ?? '', /svg/);
    const page = await (await fetch(`${origin}/presupuesto/`)).text();
    assert.match(page, /src="\/rendir\/rendir-budget-viewer\.js"/);
  });

  test('nothing outside those folders', async () => {
    assert.equal(await status('/rendir/%2e%2e/%2e%2e/%2e%2e/package.json'), 404);
    assert.equal(await status('/media/%2e%2e/site.yaml'), 404);
    assert.equal(await status('/rendir/no-such-widget.js'), 404);
  });
});
