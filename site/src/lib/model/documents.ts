// Reports and free pages (reports/*.mdx, pages/*.mdx): read, their names checked against
// the sections', and every widget they reference checked against the data.
import type { Lang } from '../i18n.ts';
import { readDocuments, type DocItem } from '../documents.ts';
import { reservedSlugs } from '../routes.ts';
import { checkComponentRefs } from '../refs.ts';
import { problemMsg } from '../problems.ts';
import type { RefModel } from '../../widgets/types.ts';
import type { ReadContext } from './context.ts';

export async function readSiteDocuments(
  ctx: ReadContext,
  locales: Lang[],
  data: RefModel,
): Promise<{ reports: DocItem[]; pages: DocItem[] }> {
  const docs = await readDocuments(ctx.dir, locales, ctx.limits);
  ctx.errors.push(...docs.errors);
  // Free pages live at the top level (`/acerca/`): a name taken by a section would collide.
  const reserved = reservedSlugs();
  for (const page of docs.pages) {
    if (!reserved.has(page.slug)) continue;
    ctx.errors.push({
      file: page.file,
      line: 0,
      column: 0,
      value: page.slug,
      code: 'page.reserved_name',
      message: problemMsg('page.reserved_name', { slug: page.slug }),
      expected: problemMsg('page.reserved_name.expected'),
      severity: 'error',
    });
  }
  ctx.errors.push(...(await checkComponentRefs([...docs.reports, ...docs.pages], data)));
  return { reports: docs.reports, pages: docs.pages };
}
