// The Pagefind search index, fed while Astro renders the pages: the middleware hands each
// page's HTML to Pagefind's own process, which indexes it on the other core as the next
// page renders, instead of reading every page back from disk after the build. Once the
// last searchable page is in, Pagefind writes the index while the iframe embed pages
// (never searched, rendered last) are still rendering.
//
// The index lives on globalThis because the middleware and the page routes run in Astro's
// bundled copy of the site's modules, not in the copy that the integration
// (astro.config.ts) loaded. Pagefind itself is imported by the integration, which hands it in.
import type * as Pagefind from 'pagefind';

type PagefindApi = Pick<typeof Pagefind, 'createIndex' | 'close'>;

interface SearchIndex {
  index: Pagefind.PagefindIndex;
  /** Where the index goes: `<outDir>/pagefind`. */
  outputPath: string;
  pending: Set<Promise<void>>;
  inFlight: number;
  /** Paths of the searchable pages not rendered yet; undefined until the routes say. */
  expected: Set<string> | undefined;
  errors: string[];
  pages: number;
  written: Promise<Pagefind.WriteFilesResponse> | undefined;
  close: () => Promise<unknown>;
}

const KEY = Symbol.for('rendir.search-index');
const holder = globalThis as { [KEY]?: SearchIndex };

/**
 * HTML on its way to Pagefind at most (characters): when Pagefind falls behind (a large
 * site's long pages), rendering waits instead of piling the pages up in memory.
 */
const MAX_IN_FLIGHT = 32 * 1024 * 1024;

/** The mark of a searchable page (Base.astro's main element). */
const BODY = 'data-pagefind-body';

/** Starts an empty index for this build, to be written to `outputPath`. */
export async function openSearchIndex(pagefind: PagefindApi, outputPath: string): Promise<void> {
  await closeSearchIndex();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  holder[KEY] = {
    index,
    outputPath,
    pending: new Set(),
    inFlight: 0,
    expected: undefined,
    errors: [],
    pages: 0,
    written: undefined,
    close: pagefind.close,
  };
}

/** Whether the pages being rendered go to a search index (during `astro build` only). */
export function searchIndexOpen(): boolean {
  return holder[KEY] !== undefined;
}

function key(pathname: string): string {
  return decodeURI(pathname).replace(/\/+$/, '');
}

/**
 * The paths of every page that may be searchable, from the routes, before any renders:
 * the index is written as soon as the last of them is in.
 */
export function expectSearchPages(pathnames: Iterable<string>): void {
  const search = holder[KEY];
  if (search && !search.written) search.expected = new Set([...pathnames].map(key));
}

/**
 * The file Astro writes for a page (`build.format: 'directory'`), as Pagefind names a
 * page it finds on disk: `/` → `index.html`, `/404` → `404.html`, `/a/b/` → `a/b/index.html`.
 */
export function pageFile(pathname: string): string {
  const path = decodeURI(pathname).replace(/^\/+|\/+$/g, '');
  if (path === '') return 'index.html';
  if (path === '404') return '404.html';
  return `${path}/index.html`;
}

/**
 * What Pagefind reads of a page: its head (language, title) and the searchable main
 * element. It indexes nothing outside `data-pagefind-body`, so the header, menus and footer
 * around it are not sent. A page laid out otherwise is sent whole.
 */
export function searchableHtml(html: string): string {
  const at = html.indexOf(BODY);
  const start = html.lastIndexOf('<main', at);
  const end = html.lastIndexOf('</main>');
  const headEnd = html.indexOf('</head>');
  if (at < 0 || start < 0 || end < at || headEnd < 0 || headEnd > start) return html;
  return `${html.slice(0, headEnd)}</head><body>${html.slice(start, end)}</main></body></html>`;
}

/**
 * One rendered HTML page. Pagefind indexes only pages marked `data-pagefind-body` once any
 * page is (every page of the site's layout is; iframe embed pages and the 404 page are
 * not), so a page without the mark is skipped here: the same index, without the work.
 */
export async function addPage(pathname: string, html: string): Promise<void> {
  const search = holder[KEY];
  if (!search) return;
  if (html.includes(BODY)) {
    if (search.written) {
      search.errors.push(`${pathname} was rendered after the search index was written`);
      return;
    }
    while (search.inFlight > MAX_IN_FLIGHT) await Promise.race(search.pending);
    const content = searchableHtml(html);
    search.inFlight += content.length;
    const task = search.index
      .addHTMLFile({ sourcePath: pageFile(pathname), content })
      .then(
        (added) => {
          search.errors.push(...added.errors);
          search.pages++;
        },
        (err: unknown) => {
          search.errors.push(err instanceof Error ? err.message : String(err));
        },
      )
      .finally(() => {
        search.inFlight -= content.length;
        search.pending.delete(task);
      });
    search.pending.add(task);
  }
  if (search.expected?.delete(key(pathname)) && search.expected.size === 0) writeSearchIndex();
}

/** Starts writing the index once every page sent is indexed (at the latest, after the last page). */
export function writeSearchIndex(): void {
  const search = holder[KEY];
  if (!search || search.written) return;
  search.written = Promise.all(search.pending).then(() =>
    search.index.writeFiles({ outputPath: search.outputPath }),
  );
  // Reported by finishSearchIndex; never an unhandled rejection in between.
  search.written.catch(() => undefined);
}

/** Waits for the index to be written; throws on any Pagefind error. Returns the page count. */
export async function finishSearchIndex(): Promise<number> {
  const search = holder[KEY];
  if (!search) return 0;
  writeSearchIndex();
  try {
    const written = await search.written!;
    const errors = [...search.errors, ...written.errors];
    if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
    return search.pages;
  } finally {
    await closeSearchIndex();
  }
}

/** Stops Pagefind's process (also after a failed build). */
export async function closeSearchIndex(): Promise<void> {
  const search = holder[KEY];
  if (!search) return;
  delete holder[KEY];
  await search.close();
}
