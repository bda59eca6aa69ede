// The site model: everything in a content folder, read once through @rendir/core,
// linked (commitment ↔ indicators ↔ budget lines) and checked. Pages, endpoints, the
// MDX components and `rendir check` all read this one model. Each content kind has its
// reader in model/ (site-config, indicators, budgets, plan, commitments, datasets, documents).
import { relative, resolve } from 'node:path';
import { listContentFiles } from '@rendir/core/node';
import { sortErrors, type ContentError } from '@rendir/core';
import { contentDir, withBase } from './paths.ts';
import { href, SLUGS, type Lang, type Section } from './i18n.ts';
import { availableWidgets } from './widgets.ts';
import type { SiteModel } from './model/types.ts';
import { idKey, readContext } from './model/context.ts';
import { readSiteConfig } from './model/site-config.ts';
import { readIndicators } from './model/indicators.ts';
import { readSdgSeriesItems } from './model/sdg.ts';
import { readBudgets } from './model/budgets.ts';
import { readCommitments } from './model/commitments.ts';
import { readDatasets } from './model/datasets.ts';
import { readPlans } from './model/plan.ts';
import { linkAccountability } from './model/links.ts';
import { readSiteDocuments } from './model/documents.ts';
import { buildDownloads } from './model/downloads.ts';

export type {
  BudgetFileItem,
  BudgetLineItem,
  CommitmentItem,
  DatasetItem,
  Download,
  IndicatorItem,
  PlanItem,
  SdgSeriesItem,
  SiteModel,
} from './model/types.ts';

/** Reads a content folder whole; every problem is in `errors` and `warnings`, none thrown. */
export async function loadModel(dir: string): Promise<SiteModel> {
  const site = await readSiteConfig(dir);
  const { config } = site;
  const ctx = readContext(dir, config, site.limits);
  ctx.errors.push(...site.errors);
  const indicators = await readIndicators(ctx);
  const sdgSeries = await readSdgSeriesItems(
    ctx,
    indicators.map((i) => i.slug),
  );
  const budgets = await readBudgets(ctx);
  const commitments = await readCommitments(ctx);
  const datasets = await readDatasets(ctx);
  const plans = await readPlans(ctx);
  linkAccountability(indicators, budgets, commitments, ctx.warnings);

  const locales = config.locales as Lang[];
  const defaultLang = locales[0];
  const data = {
    dir,
    config,
    locales,
    defaultLang,
    indicators,
    sdgSeries,
    budgets,
    commitments,
    datasets,
    plans,
    indicatorById: new Map(indicators.map((i) => [idKey(i.indicator.id), i])),
    indicatorBySlug: new Map(indicators.map((i) => [i.slug, i])),
    commitmentBySlug: new Map(commitments.map((c) => [c.slug, c])),
    datasetBySlug: new Map(datasets.map((d) => [d.slug, d])),
    commitmentById: new Map(commitments.map((c) => [idKey(c.commitment.id), c])),
    datasetById: new Map(datasets.map((d) => [idKey(d.entry.id), d])),
    budgetByFile: new Map(budgets.map((b) => [b.file, b])),
  };
  const { reports, pages } = await readSiteDocuments(ctx, locales, data);

  const sections: Section[] = [];
  if (budgets.length) sections.push('budget');
  if (plans.length) sections.push('plan');
  if (indicators.length || sdgSeries.length) sections.push('indicators');
  if (commitments.length) sections.push('commitments');
  if (datasets.length) sections.push('data');
  if (reports.length) sections.push('reports');
  if (config.transparency.length) sections.push('transparency');

  // Media are copied into the site as they are: a link out of the folder stops the build here.
  ctx.errors.push(...listContentFiles(dir, 'media', { recursive: true }).problems);
  const downloads = buildDownloads(ctx, data);
  const dataSlug = SLUGS[defaultLang].data;
  return {
    ...data,
    sections,
    reports,
    pages,
    downloads,
    hasData: downloads.length > 0,
    errors: sortErrors(distinct(ctx.errors)),
    warnings: sortErrors(distinct(ctx.warnings)),
    notes: [],
    downloadsHref: (lang) => href(lang, defaultLang, 'data', SLUGS[lang].downloads),
    fileHref: (name, ext) => withBase(`/${dataSlug}/${name}.${ext}`),
    widgets: availableWidgets(),
  };
}

/** One report of each problem: a file refused while listing is refused again when read. */
function distinct(errors: ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = JSON.stringify([e.file, e.line, e.column, e.code, e.header, e.value]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// `rendir build` reads the model to check it, then shares its cache (shareModels) so that
// Astro's bundled copy of this module, rendering the pages in the same process, reuses the
// model instead of reading every CSV again. Without the CLI (astro dev), each copy of the
// module has its own cache, as a reloaded module should.
const SHARED = Symbol.for('rendir.models');
const holder = globalThis as { [SHARED]?: Map<string, Promise<SiteModel>> };
const cache: Map<string, Promise<SiteModel>> = holder[SHARED] ?? new Map();

/** Lets the pages rendered in this process use the models read so far (`rendir build`). */
export function shareModels(): void {
  holder[SHARED] = cache;
}
let last:
  { dir: string | undefined; env: string | undefined; model: Promise<SiteModel> } | undefined;

/** The model of a content folder, read once per process. */
export function getModel(dir?: string): Promise<SiteModel> {
  // Every component of every page asks: the answer for the same folder is kept at hand.
  const env = process.env.RENDIR_CONTENT;
  if (last && last.dir === dir && last.env === env) return last.model;
  const key = resolve(dir ?? contentDir());
  let found = cache.get(key);
  if (!found) {
    found = loadModel(key);
    cache.set(key, found);
  }
  last = { dir, env, model: found };
  return found;
}

export function relativeToContent(model: SiteModel, path: string): string {
  return relative(model.dir, path);
}
