// The open data downloads (/datos/NAME.csv and .json): each data file of the folder, and
// the indicators with their computed progress and status.
import { basename } from 'node:path';
import { LANGS, messageText, type Indicator, type MessageRef } from '@rendir/core';
import { inEveryLanguage } from '../i18n.ts';
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
  for (const s of model.sdgSeries) {
    out.push({
      name: sdgDownloadName(s.slug),
      title: inEveryLanguage('downloadSdgSeries', { file: basename(s.file) }),
      source: s.file,
      example: example(s.file),
      csv: asRead(s.file),
      json: () => s.series.observations,
    });
  }
  for (const b of model.budgets) {
    out.push({
      name: b.slug,
      title: inEveryLanguage('downloadBudget', { file: basename(b.file) }),
      source: b.file,
      example: example(b.file),
      csv: asRead(b.file),
      json: () => b.lines.map((l) => l.line),
    });
  }
  for (const p of model.plans) {
    out.push({
      name: planDownloadName(p.slug),
      title: inEveryLanguage('downloadPlan', { file: basename(p.file) }),
      source: p.file,
      example: example(p.file),
      csv: asRead(p.file),
      json: () => p.goals,
    });
  }
  if (model.commitments.length) {
    out.push({
      name: 'compromisos',
      title: inEveryLanguage('downloadCommitments'),
      source: COMMITMENTS_FILE,
      example: example(COMMITMENTS_FILE),
      csv: asRead(COMMITMENTS_FILE),
      json: () => model.commitments.map((c) => c.commitment),
    });
    const milestones = model.commitments.flatMap((c) => c.milestones);
    if (milestones.length) {
      out.push({
        name: 'hitos',
        title: inEveryLanguage('downloadMilestones'),
        source: MILESTONES_FILE,
        example: example(MILESTONES_FILE),
        csv: asRead(MILESTONES_FILE),
        json: () => milestones,
      });
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
