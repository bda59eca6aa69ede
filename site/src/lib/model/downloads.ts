// The open data downloads (/datos/NAME.csv and .json): each data file of the folder, and
// the indicators with their computed progress and status.
import { basename } from 'node:path';
import { LANGS, messageText, type Indicator, type MessageRef } from '@rendir/core';
import { inEveryLanguage, type UiKey } from '../i18n.ts';
import type { Download, IndicatorItem, SiteModel } from './types.ts';
import { csvDownload, type ReadContext } from './context.ts';
import { COMMITMENTS_FILE, MILESTONES_FILE } from './commitments.ts';
import { CATALOG_FILE } from './datasets.ts';

/** Every data file as CSV and JSON: the files as read, and the indicators as computed. */
export function buildDownloads(
  ctx: ReadContext,
  model: Pick<
    SiteModel,
    'indicators' | 'sdgSeries' | 'budgets' | 'plans' | 'commitments' | 'datasets' | 'config'
  >,
): Download[] {
  const out: Download[] = [];
  // Written when the file was read (context.ts's publish): nothing is read again.
  const asRead = (file: string) => () => ctx.published.get(file) ?? csvDownload(ctx.config, []);
  const example = (file: string) => model.config.files[file]?.example ?? false;
  /** A data file of the folder: its CSV as read, its records as JSON, titled by its name. */
  const asPublished = (name: string, title: UiKey, file: string, json: Download['json']) =>
    out.push({
      name,
      title: inEveryLanguage(title, { file: basename(file) }),
      source: file,
      example: example(file),
      csv: asRead(file),
      json,
    });
  if (model.indicators.length) {
    out.push({
      name: 'indicadores',
      title: inEveryLanguage('downloadIndicators'),
      source: 'indicators/',
      example: false,
      csv: () => csvDownload(ctx.config, indicatorRows(model.indicators)),
      json: () =>
        model.indicators.map((i) => ({
          ...i.indicator,
          // The explanation is a core message: written out in every language for readers.
          progress: { ...i.progress, explanation: inEveryLanguageOf(i.progress.explanation) },
          commitment: undefined,
        })),
    });
  }
  for (const s of model.sdgSeries)
    asPublished(sdgDownloadName(s.slug), 'downloadSdgSeries', s.file, () => s.series.observations);
  for (const b of model.budgets)
    asPublished(b.slug, 'downloadBudget', b.file, () => b.lines.map((l) => l.line));
  for (const p of model.plans)
    asPublished(planDownloadName(p.slug), 'downloadPlan', p.file, () => p.goals);
  if (model.commitments.length) {
    asPublished('compromisos', 'downloadCommitments', COMMITMENTS_FILE, () =>
      model.commitments.map((c) => c.commitment),
    );
    const milestones = model.commitments.flatMap((c) => c.milestones);
    if (milestones.length) {
      asPublished('hitos', 'downloadMilestones', MILESTONES_FILE, () => milestones);
    }
  }
  if (model.datasets.length) {
    out.push({
      name: 'catalogo',
      title: inEveryLanguage('downloadCatalog'),
      source: CATALOG_FILE,
      example: false,
      csv: asRead(CATALOG_FILE),
      json: () => model.datasets.map((d) => d.entry),
    });
    for (const d of model.datasets) {
      if (!d.table || !d.file) continue;
      const t = d.table;
      out.push({
        name: `conjunto-${d.slug}`,
        title: d.entry.title,
        source: d.file,
        example: example(d.file),
        csv: () => csvDownload(ctx.config, [t.headers, ...t.rows.map((r) => r.cells)]),
        json: () =>
          t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r.cells[i] ?? '']))),
      });
    }
  }
  return out;
}

/** An Open SDG series' download (and the tracker's `src` on its page): `serie-indicator-1-2-1`. */
export function sdgDownloadName(slug: string): string {
  return `serie-${slug}`;
}

/** `plan-indicativo` stays as it is; `gachancipa` becomes `plan-gachancipa`. */
export function planDownloadName(slug: string): string {
  return slug.startsWith('plan') ? slug : `plan-${slug}`;
}

function inEveryLanguageOf(ref: MessageRef): Record<string, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, messageText(ref, lang)]));
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
      // Core's exact percentage (two places), as the tracker's own CSV download writes it.
      p.progressPct ?? '',
      p.status,
      i.commitmentId ?? '',
      i.bpin ?? '',
    ]);
  }
  return rows;
}
