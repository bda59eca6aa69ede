// The site model: everything in a content folder, read once through @rendir/core,
// linked (commitment ↔ indicators ↔ budget lines) and checked. Pages, endpoints, the
// MDX components and `rendir check` all read this one model.
import { basename, join, relative, resolve } from 'node:path';
import {
  contentEntryExists,
  contentFileProblem,
  indicatorProgress,
  limitsFromSite,
  listContentFiles,
  readBudgetFile,
  readCommitmentsFile,
  readCsvFile,
  readDatasetsFile,
  readIndicatorsFile,
  readMilestonesFile,
  sortErrors,
} from '@rendir/core/node';
import { slugify, uniqueSlugs } from '@rendir/core';
import type {
  BudgetLine,
  BudgetReadResult,
  Commitment,
  ContentError,
  CsvTable,
  DatasetEntry,
  Indicator,
  IndicatorProgress,
  Milestone,
  ReadResult,
} from '@rendir/core';
import { contentDir } from './paths.ts';
import { loadSiteYaml, type FileNote, type SiteConfig } from './config.ts';
import { href, SLUGS, type Lang, type Section } from './i18n.ts';
import { reservedSlugs } from './routes.ts';
import { readDocuments, type DocItem } from './documents.ts';
import { checkComponentRefs } from './refs.ts';
import { availableWidgets, type WidgetTag } from './widgets.ts';
import { withBase } from './paths.ts';

export interface IndicatorItem {
  indicator: Indicator;
  progress: IndicatorProgress;
  slug: string;
  file: string;
  note: FileNote | undefined;
  commitment: CommitmentItem | undefined;
  budgetLines: BudgetLineItem[];
}

export interface BudgetLineItem {
  line: BudgetLine;
  /** `presupuesto-2025-3`: stable anchor of the line on the budget page. */
  anchor: string;
  budget: BudgetFileItem;
  indicators: IndicatorItem[];
  commitments: CommitmentItem[];
}

export interface BudgetFileItem {
  /** Path inside content/, e.g. `budget/presupuesto-2025.csv`. */
  file: string;
  slug: string;
  note: FileNote | undefined;
  levelNames: string[];
  /** Detail lines only: total and subtotal rows are in `aggregates`, never among them. */
  lines: BudgetLineItem[];
  /** Each fiscal year's total as the file publishes it, latest first (core's rule). */
  totals: BudgetReadResult['totals'];
  aggregates: BudgetReadResult['aggregates'];
  facts: BudgetReadResult['facts'];
}

export interface CommitmentItem {
  commitment: Commitment;
  slug: string;
  note: FileNote | undefined;
  milestones: Milestone[];
  milestonesNote: FileNote | undefined;
  indicators: IndicatorItem[];
  budgetLines: BudgetLineItem[];
}

export interface DatasetItem {
  entry: DatasetEntry;
  slug: string;
  note: FileNote | undefined;
  catalogNote: FileNote | undefined;
  /** The local file's table, when the data set has one. */
  table: CsvTable | undefined;
  /** Path inside content/ of the local file. */
  file: string | undefined;
}

/** A data file offered for download as CSV and JSON. */
export interface Download {
  /** File name without extension, unique: `indicadores`, `presupuesto-2025`. */
  name: string;
  title: { es: string; en: string };
  source: string;
  rows: () => string[][];
  json: () => unknown;
  example: boolean;
}

export interface SiteModel {
  dir: string;
  config: SiteConfig;
  locales: Lang[];
  defaultLang: Lang;
  sections: Section[];
  indicators: IndicatorItem[];
  budgets: BudgetFileItem[];
  commitments: CommitmentItem[];
  datasets: DatasetItem[];
  reports: DocItem[];
  pages: DocItem[];
  downloads: Download[];
  hasData: boolean;
  errors: ContentError[];
  warnings: ContentError[];
  notes: string[];
  downloadsHref: (lang: Lang) => string;
  fileHref: (name: string, ext: 'csv' | 'json') => string;
  indicatorById: Map<string, IndicatorItem>;
  indicatorBySlug: Map<string, IndicatorItem>;
  commitmentBySlug: Map<string, CommitmentItem>;
  datasetBySlug: Map<string, DatasetItem>;
  commitmentById: Map<string, CommitmentItem>;
  datasetById: Map<string, DatasetItem>;
  budgetByFile: Map<string, BudgetFileItem>;
  /** Widgets whose script bundle is available to enhance the HTML. */
  widgets: Set<WidgetTag>;
}

/** The CSV files of a content sub-folder; links out of the folder are reported, not listed. */
function listCsv(dir: string, sub: string, errors: ContentError[]): string[] {
  const listing = listContentFiles(dir, sub, {
    filter: (name) => name.toLowerCase().endsWith('.csv'),
  });
  errors.push(...listing.problems);
  return listing.files;
}

function absorb<T>(result: ReadResult<T>, errors: ContentError[], warnings: ContentError[]): T[] {
  errors.push(...result.errors);
  warnings.push(...result.warnings);
  return result.records;
}

function idKey(id: string): string {
  return id.trim().toLowerCase();
}

async function loadModel(dir: string): Promise<SiteModel> {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const notes: string[] = [];
  const loaded = await loadSiteYaml(join(dir, 'site.yaml'));
  errors.push(...loaded.errors);
  // With an invalid site.yaml the rest is still read, so that every problem shows at once.
  const config: SiteConfig =
    loaded.config ??
    ({
      name: 'Rendir',
      url: 'https://example.org',
      locales: ['es'],
      currency: 'COP',
      theme: { primary: '#3366cc' },
      number_format: 'es',
      example: false,
      budget: { execution: 'commitments' },
      files: {},
      transparency: [],
      limits: {},
    } satisfies SiteConfig);
  const numberFormat = config.number_format;
  const limits = limitsFromSite(config.limits);
  // The logo is published from media/: it must be a file there, inside the folder.
  const logoProblem = config.theme.logo ? contentFileProblem(dir, config.theme.logo) : undefined;
  if (logoProblem) errors.push({ ...logoProblem, header: 'theme.logo' });
  const noteFor = (file: string): FileNote | undefined => config.files[file];
  const tables = new Map<string, CsvTable>();
  // The records come from the core's file readers (sidecars applied); the raw tables,
  // for downloads, are read once more only when a download is built.
  const table = async (file: string): Promise<CsvTable> => {
    let found = tables.get(file);
    if (!found) {
      found = await readCsvFile(join(dir, file), { file, root: dir, limits });
      tables.set(file, found);
    }
    return found;
  };
  const at = (file: string) => join(dir, file);

  // Indicators: long form (indicators.csv + values.csv) and any wide tables beside them.
  const indicatorFiles = listCsv(dir, 'indicators', errors);
  const indicatorsRaw: { indicator: Indicator; file: string }[] = [];
  const longFile = 'indicators/indicators.csv';
  const valuesFile = 'indicators/values.csv';
  if (indicatorFiles.includes(longFile)) {
    const values = indicatorFiles.includes(valuesFile) ? at(valuesFile) : undefined;
    const records = absorb(
      await readIndicatorsFile(at(longFile), values, {
        root: dir,
        limits,
        defaultNumberFormat: numberFormat,
      }),
      errors,
      warnings,
    );
    for (const indicator of records) indicatorsRaw.push({ indicator, file: longFile });
  }
  for (const file of indicatorFiles) {
    if (file === longFile || file === valuesFile) continue;
    const records = absorb(
      await readIndicatorsFile(at(file), undefined, {
        root: dir,
        limits,
        defaultNumberFormat: numberFormat,
      }),
      errors,
      warnings,
    );
    for (const indicator of records) indicatorsRaw.push({ indicator, file });
  }
  const indicatorSlugs = uniqueSlugs(indicatorsRaw.map((r) => r.indicator.id));
  const indicators: IndicatorItem[] = indicatorsRaw.map(({ indicator, file }, i) => ({
    indicator,
    progress: indicatorProgress(indicator),
    slug: indicatorSlugs[i],
    file,
    note: noteFor(file),
    commitment: undefined,
    budgetLines: [],
  }));

  // Budget files.
  const budgets: BudgetFileItem[] = [];
  const budgetFiles = listCsv(dir, 'budget', errors);
  const budgetSlugs = uniqueSlugs(budgetFiles.map((f) => basename(f, '.csv')));
  for (const [i, file] of budgetFiles.entries()) {
    const read = await readBudgetFile(at(file), {
      root: dir,
      limits,
      levels: config.budget.levels,
      defaultNumberFormat: numberFormat,
    });
    const lines = absorb(read, errors, warnings);
    const item: BudgetFileItem = {
      file,
      slug: budgetSlugs[i],
      note: noteFor(file),
      levelNames: config.budget.levels ?? [],
      lines: [],
      totals: read.totals,
      aggregates: read.aggregates,
      facts: read.facts,
    };
    item.lines = lines.map((line, n) => ({
      line,
      anchor: `${budgetSlugs[i]}-${n + 1}`,
      budget: item,
      indicators: [],
      commitments: [],
    }));
    budgets.push(item);
  }

  // Commitments and milestones.
  const commitmentsFile = 'commitments/commitments.csv';
  const milestonesFile = 'commitments/milestones.csv';
  const commitmentFiles = listCsv(dir, 'commitments', errors);
  const commitmentsRaw = commitmentFiles.includes(commitmentsFile)
    ? absorb(
        await readCommitmentsFile(at(commitmentsFile), { root: dir, limits }),
        errors,
        warnings,
      )
    : [];
  const milestones = commitmentFiles.includes(milestonesFile)
    ? absorb(
        await readMilestonesFile(at(milestonesFile), {
          root: dir,
          limits,
          defaultNumberFormat: numberFormat,
        }),
        errors,
        warnings,
      )
    : [];
  const milestonesBy = new Map<string, Milestone[]>();
  for (const m of milestones) {
    const key = idKey(m.commitmentId);
    const list = milestonesBy.get(key);
    if (list) list.push(m);
    else milestonesBy.set(key, [m]);
  }
  const commitmentSlugs = uniqueSlugs(commitmentsRaw.map((c) => c.id));
  const commitments: CommitmentItem[] = commitmentsRaw.map((commitment, i) => ({
    commitment,
    slug: commitmentSlugs[i],
    note: noteFor(commitmentsFile),
    milestones: milestonesBy.get(idKey(commitment.id)) ?? [],
    milestonesNote: noteFor(milestonesFile),
    indicators: [],
    budgetLines: [],
  }));
  const commitmentById = new Map(commitments.map((c) => [idKey(c.commitment.id), c]));
  for (const m of milestones) {
    if (!commitmentById.has(idKey(m.commitmentId))) {
      warnings.push(unknownRef(milestonesFile, 'commitment_id', m.commitmentId));
    }
  }

  // Datasets.
  const datasets: DatasetItem[] = [];
  const catalogFile = 'datasets/datasets.csv';
  const datasetFiles = listCsv(dir, 'datasets', errors);
  if (datasetFiles.includes(catalogFile)) {
    const entries = absorb(
      await readDatasetsFile(at(catalogFile), { root: dir, limits }),
      errors,
      warnings,
    );
    const slugs = uniqueSlugs(entries.map((e) => e.id));
    for (const [i, entry] of entries.entries()) {
      let file: string | undefined;
      let data: CsvTable | undefined;
      if (entry.source.kind === 'file') {
        file = `datasets/${entry.source.file.replace(/^datasets\//, '')}`;
        if (!contentEntryExists(dir, file)) {
          errors.push(missingFile(catalogFile, entry.id, entry.source.file));
          file = undefined;
        } else {
          // A dialect given in the catalog row wins; else the file's sidecar, else detection.
          const read = await readCsvFile(join(dir, file), {
            file,
            root: dir,
            limits,
            dialect: Object.keys(entry.dialect).length ? entry.dialect : undefined,
          });
          errors.push(...read.errors, ...read.sidecarErrors);
          warnings.push(...read.warnings);
          if (read.refused) file = undefined;
          else {
            tables.set(file, read);
            data = read;
          }
        }
      }
      datasets.push({
        entry,
        slug: slugs[i],
        note: file ? noteFor(file) : undefined,
        catalogNote: noteFor(catalogFile),
        table: data,
        file,
      });
    }
  }

  // Linked accountability: commitment_id and bpin tie the three together.
  const linesByBpin = new Map<string, BudgetLineItem[]>();
  for (const b of budgets) {
    for (const l of b.lines) {
      if (!l.line.bpin) continue;
      const key = l.line.bpin.trim();
      linesByBpin.set(key, [...(linesByBpin.get(key) ?? []), l]);
    }
  }
  for (const ind of indicators) {
    const cid = ind.indicator.commitmentId;
    if (cid) {
      const c = commitmentById.get(idKey(cid));
      if (c) {
        ind.commitment = c;
        c.indicators.push(ind);
      } else {
        warnings.push(unknownRef(ind.file, 'commitment_id', cid));
      }
    }
    const bpin = ind.indicator.bpin?.trim();
    if (bpin) {
      const lines = linesByBpin.get(bpin) ?? [];
      ind.budgetLines = lines;
      for (const l of lines) {
        l.indicators.push(ind);
        if (ind.commitment && !l.commitments.includes(ind.commitment))
          l.commitments.push(ind.commitment);
      }
    }
  }
  for (const b of budgets) {
    for (const l of b.lines) {
      const cid = l.line.extra.commitment_id;
      if (cid) {
        const c = commitmentById.get(idKey(cid));
        if (c && !l.commitments.includes(c)) l.commitments.push(c);
      }
    }
  }
  const linesOf = new Map<CommitmentItem, Set<BudgetLineItem>>();
  for (const b of budgets) {
    for (const l of b.lines) {
      for (const c of l.commitments) {
        const set = linesOf.get(c) ?? new Set<BudgetLineItem>();
        set.add(l);
        linesOf.set(c, set);
      }
    }
  }
  for (const c of commitments) c.budgetLines = [...(linesOf.get(c) ?? [])];

  const locales = config.locales as Lang[];
  const defaultLang = locales[0];
  const partial = {
    dir,
    config,
    locales,
    defaultLang,
    indicators,
    budgets,
    commitments,
    datasets,
    indicatorById: new Map(indicators.map((i) => [idKey(i.indicator.id), i])),
    indicatorBySlug: new Map(indicators.map((i) => [i.slug, i])),
    commitmentBySlug: new Map(commitments.map((c) => [c.slug, c])),
    datasetBySlug: new Map(datasets.map((d) => [d.slug, d])),
    commitmentById,
    datasetById: new Map(datasets.map((d) => [idKey(d.entry.id), d])),
    budgetByFile: new Map(budgets.map((b) => [b.file, b])),
  };

  const docs = await readDocuments(dir, locales, limits);
  errors.push(...docs.errors);
  // Free pages live at the top level (`/acerca/`): a name taken by a section would collide.
  const reserved = reservedSlugs();
  for (const page of docs.pages) {
    if (!reserved.has(page.slug)) continue;
    errors.push({
      file: page.file,
      line: 0,
      column: 0,
      value: page.slug,
      code: 'page.reserved_name',
      message: {
        es: `El nombre «${page.slug}» ya lo usa una sección del sitio`,
        en: `The name “${page.slug}” is already used by a section of the site`,
      },
      expected: {
        es: 'otro nombre de archivo, p. ej. «acerca-del-presupuesto.mdx»',
        en: 'another file name, e.g. “about-the-budget.mdx”',
      },
      severity: 'error',
    });
  }
  const refs = await checkComponentRefs([...docs.reports, ...docs.pages], partial);
  errors.push(...refs);

  const sections: Section[] = [];
  if (budgets.length) sections.push('budget');
  if (indicators.length) sections.push('indicators');
  if (commitments.length) sections.push('commitments');
  if (datasets.length) sections.push('data');
  if (docs.reports.length) sections.push('reports');
  if (config.transparency.length) sections.push('transparency');

  for (const file of [...budgetFiles, commitmentsFile, milestonesFile, catalogFile]) {
    if (contentEntryExists(dir, file)) await table(file);
  }
  // Media are copied into the site as they are: a link out of the folder stops the build here.
  errors.push(...listContentFiles(dir, 'media', { recursive: true }).problems);
  const downloads = await buildDownloads(partial, tables);
  const dataSlug = SLUGS[defaultLang].data;
  const model: SiteModel = {
    ...partial,
    sections,
    reports: docs.reports,
    pages: docs.pages,
    downloads,
    hasData: downloads.length > 0,
    errors: sortErrors(distinct(errors)),
    warnings: sortErrors(distinct(warnings)),
    notes,
    downloadsHref: (lang) => href(lang, defaultLang, 'data', SLUGS[lang].downloads),
    fileHref: (name, ext) => withBase(`/${dataSlug}/${name}.${ext}`),
    widgets: availableWidgets(),
  };
  return model;
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

function unknownRef(file: string, key: string, value: string): ContentError {
  return {
    file,
    line: 0,
    column: 0,
    header: key,
    value,
    code: 'ref.unknown',
    expected: {
      es: `un identificador que exista en los datos del sitio`,
      en: `an id that exists in the site’s data`,
    },
    message: {
      es: `No hay ningún elemento con el identificador «${value}»`,
      en: `Nothing has the id “${value}”`,
    },
    severity: 'warning',
  };
}

function missingFile(file: string, id: string, target: string): ContentError {
  return {
    file,
    line: 0,
    column: 0,
    header: 'file',
    value: target,
    code: 'dataset.file_missing',
    expected: {
      es: `un archivo CSV dentro de la carpeta datasets/ (el del conjunto «${id}»)`,
      en: `a CSV file inside the datasets/ folder (for data set “${id}”)`,
    },
    message: {
      es: 'El archivo del conjunto de datos no existe',
      en: 'The data set’s file does not exist',
    },
    severity: 'error',
  };
}

async function buildDownloads(
  model: Pick<SiteModel, 'indicators' | 'budgets' | 'commitments' | 'datasets' | 'config'>,
  tables: Map<string, CsvTable>,
): Promise<Download[]> {
  const out: Download[] = [];
  const raw = (file: string) => () => {
    const t = tables.get(file);
    return t ? [t.headers, ...t.rows.map((r) => r.cells)] : [];
  };
  const example = (file: string) => model.config.files[file]?.example ?? false;
  if (model.indicators.length) {
    out.push({
      name: 'indicadores',
      title: {
        es: 'Indicadores: línea base, último valor, meta y estado',
        en: 'Indicators: baseline, latest value, target and status',
      },
      source: 'indicators/',
      example: false,
      rows: () => indicatorRows(model.indicators),
      json: () =>
        model.indicators.map((i) => ({
          ...i.indicator,
          progress: i.progress,
          commitment: undefined,
        })),
    });
  }
  for (const b of model.budgets) {
    out.push({
      name: b.slug,
      title: { es: `Presupuesto: ${basename(b.file)}`, en: `Budget: ${basename(b.file)}` },
      source: b.file,
      example: example(b.file),
      rows: raw(b.file),
      json: () => b.lines.map((l) => l.line),
    });
  }
  if (model.commitments.length) {
    out.push({
      name: 'compromisos',
      title: { es: 'Compromisos', en: 'Commitments' },
      source: 'commitments/commitments.csv',
      example: example('commitments/commitments.csv'),
      rows: raw('commitments/commitments.csv'),
      json: () => model.commitments.map((c) => c.commitment),
    });
    const milestones = model.commitments.flatMap((c) => c.milestones);
    if (milestones.length) {
      out.push({
        name: 'hitos',
        title: { es: 'Hitos de los compromisos', en: 'Commitment milestones' },
        source: 'commitments/milestones.csv',
        example: example('commitments/milestones.csv'),
        rows: raw('commitments/milestones.csv'),
        json: () => milestones,
      });
    }
  }
  if (model.datasets.length) {
    out.push({
      name: 'catalogo',
      title: { es: 'Catálogo de datos abiertos', en: 'Open data catalog' },
      source: 'datasets/datasets.csv',
      example: false,
      rows: raw('datasets/datasets.csv'),
      json: () => model.datasets.map((d) => d.entry),
    });
    for (const d of model.datasets) {
      if (!d.table || !d.file) continue;
      const t = d.table;
      out.push({
        name: `conjunto-${d.slug}`,
        title: { es: d.entry.title, en: d.entry.title },
        source: d.file,
        example: example(d.file),
        rows: () => [t.headers, ...t.rows.map((r) => r.cells)],
        json: () =>
          t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r.cells[i] ?? '']))),
      });
    }
  }
  return out;
}

function indicatorRows(items: IndicatorItem[]): string[][] {
  const cell = (v: Indicator['baseline']['value']) => ('missing' in v ? v.raw : v.raw);
  const rows: string[][] = [
    [
      'indicator_id',
      'name',
      'group',
      'unit',
      'direction',
      'baseline_period',
      'baseline_value',
      'latest_period',
      'latest_value',
      'target_period',
      'target_value',
      'progress_pct',
      'status',
      'commitment_id',
      'bpin',
    ],
  ];
  for (const { indicator: i, progress: p } of items) {
    rows.push([
      i.id,
      i.name,
      i.group ?? '',
      i.unit ?? '',
      i.direction,
      i.baseline.period?.raw ?? '',
      cell(i.baseline.value),
      p.latest?.period.raw ?? '',
      p.latest ? cell(p.latest.value) : '',
      i.target.period.raw,
      cell(i.target.value),
      p.progress === null ? '' : (p.progress * 100).toFixed(1),
      p.status,
      i.commitmentId ?? '',
      i.bpin ?? '',
    ]);
  }
  return rows;
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

export { slugify, contentDir };
