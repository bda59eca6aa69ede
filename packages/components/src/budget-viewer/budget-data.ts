/**
 * The viewer's data: budget lines from the `lines` property, a JSON or CSV `src` or inline
 * data (CSV read off the main thread), the file's own totals and currency, and what the
 * element shows of them (years, flows, the measure, prices and the hierarchies, built in
 * slices while the data loads and kept until a setting changes). A controller: the element
 * renders, this decides the data.
 */
import {
  budgetMeasure,
  compareDecimals,
  isDecimalString,
  isExecutionKey,
  type BudgetAggregate,
  type BudgetAmountKey,
  type BudgetLine,
  type BudgetYearTotal,
  type ExecutionKey,
  type NumberFormat,
} from '@rendir/core';
import { DataController, type LoadContext } from '../platform/data-controller.ts';
import type { Locale } from '../platform/i18n.ts';
import { loadPart, type LazyParts } from '../platform/lazy-parts.ts';
import { readOffMainThread, type ParserSource } from '../platform/parser.ts';
import { recordsOrThrow } from '../platform/errors.ts';
import type { RendirElement } from '../platform/rendir-element.ts';
import { runInSlices, runToEnd } from '../platform/slices.ts';
import type { CheckedBudget } from './budget-check.ts';
import {
  buildTreeSteps,
  fiscalYears,
  flows,
  pathId,
  presentKeys,
  type BudgetNode,
} from './budget-model.ts';
import { partLoaders, type PartName } from './lazy-parts.ts';
import type { Derived } from './view-context.ts';

/** The element's attributes the data follows. */
export interface DataHost extends RendirElement {
  readonly parts: LazyParts<typeof partLoaders>;
  readonly locale: Locale;
  readonly src?: string;
  readonly levels?: string;
  readonly numberFormat?: NumberFormat;
  readonly sidecar?: string;
  readonly lines?: BudgetLine[];
  readonly year?: string;
  readonly flow?: 'expense' | 'income';
  readonly measure?: BudgetAmountKey;
  readonly deepLink: boolean;
  readonly population?: string;
  readonly deflator?: string;
  readonly deflatorColumn?: string;
  readonly baseYear?: string;
  readonly constantPrices: boolean;
  readonly currency?: string;
  readonly execution?: string;
  readonly underThreshold?: string;
}

/**
 * The `sidecar` attribute as JSON; text that is not JSON goes on as it is, and the reader
 * (core's sidecar rules, in the parser) says what is wrong with it.
 */
function parseSidecar(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A `src` that names a JSON file (the rest is read as CSV, as it streams). */
function isJsonUrl(src: string): boolean {
  try {
    return /\.json$/i.test(new URL(src, 'http://x/').pathname);
  } catch {
    return false;
  }
}

/** Lines from JSON or a property, checked like a file (the check loads only for them). */
async function checked(value: unknown, file: string): Promise<BudgetLine[]> {
  return (await loadPart(partLoaders, 'check')).checked(value, file);
}

/** A JSON budget: lines, or the site's budget document with the file's own totals. */
async function checkedJson(value: unknown, file: string): Promise<CheckedBudget> {
  return (await loadPart(partLoaders, 'check')).checkedBudget(value, file);
}

export class BudgetData {
  private readonly host: DataHost;
  /** The data as last derived, for the moves between renders (hash, announcements). */
  derived?: Derived;
  /**
   * Each year's total as the file publishes it (core's `totals`, from the CSV or the site's
   * budget document): the figure shown for the whole year, as the page without JavaScript.
   */
  fileTotals?: readonly BudgetYearTotal[];
  /** The file's total rows that differ from their lines, named in the note. */
  fileAggregates?: readonly BudgetAggregate[];
  /** The currency the file's sidecar or budget document declares (`EUR`). */
  fileCurrency?: string;
  /** What `derived` was built from: a change of any rebuilds it. */
  private derivedKey: readonly unknown[] = [];
  readonly data: DataController<BudgetLine[]>;

  constructor(host: DataHost) {
    this.host = host;
    this.data = new DataController<BudgetLine[]>(host, {
      parser: 'budget',
      args: () => [host.src, host.levels, host.numberFormat, host.sidecar, host.lines],
      load: async (ctx) => {
        const lines = await this.loadLines(ctx);
        if (lines?.length) {
          // No figures before the prices they are in (the part loads while the data arrives).
          // A part that fails says so where it goes; the figures show without it.
          const part = (name: PartName) => host.parts.whenLoaded(name);
          // The chart, its table, the breakdown and the panels are drawn with the first figures.
          await Promise.all([
            part('chart'),
            part('breakdown'),
            part('table'),
            part('contribution'),
          ]);
          if (this.pricesAsked()) await part('prices');
          if (host.deepLink) await part('deepLink');
          if (host.population?.trim()) await part('population');
          if (fiscalYears(lines).length > 1) await part('years');
          // Build the hierarchy in slices of a few milliseconds: no single task reads,
          // sums 10,000 lines and draws (the first render then finds it built).
          await ctx.yield();
          await runInSlices(this.deriveSteps(lines), () => ctx.yield());
          await ctx.yield();
        }
        return lines;
      },
    });
  }

  /** Budget lines from the property, a JSON or CSV `src`, or inline data. */
  private async loadLines(ctx: LoadContext): Promise<BudgetLine[] | null> {
    const host = this.host;
    this.fileTotals = undefined;
    this.fileAggregates = undefined;
    this.fileCurrency = undefined;
    if (host.lines) return checked(host.lines, `<${host.localName}> lines`);
    // The attribute, else an inline `<script type="application/json" data-name="sidecar">`
    // child (data, never run: it works under a strict Content-Security-Policy).
    const inline = host.sidecar?.trim() ? null : await ctx.read(null, { name: 'sidecar' });
    const sidecar = host.sidecar?.trim()
      ? parseSidecar(host.sidecar)
      : inline && (inline.format === 'json' ? inline.value : inline.input);
    const levels = host.levels
      ?.split(',')
      .map((l) => l.trim())
      .filter(Boolean);
    const options = {
      ...(sidecar !== undefined ? { sidecar } : {}),
      ...(levels?.length ? { levels } : {}),
      ...(host.numberFormat ? { numberFormat: host.numberFormat } : {}),
    };
    // CSV is read off the main thread: a big budget never freezes the page.
    const fromCsv = async (source: ParserSource, file: string) => {
      const result = await readOffMainThread('budget', { main: source }, { file, ...options }, ctx);
      this.fileTotals = result.totals;
      this.fileAggregates = result.aggregates;
      this.fileCurrency = result.facts.currency;
      return recordsOrThrow(result, ctx);
    };
    if (!host.src || isJsonUrl(host.src)) {
      const raw = await ctx.read(host.src);
      if (!raw) return null;
      if (raw.format === 'json') {
        const budget = await checkedJson(raw.value, raw.file);
        this.fileTotals = budget.totals;
        this.fileAggregates = budget.aggregates;
        this.fileCurrency = budget.currency;
        return budget.lines;
      }
      return fromCsv(raw.input, raw.file);
    }
    const stream = await ctx.stream(host.src);
    return stream ? fromCsv(stream.source, stream.file) : null;
  }

  /** The author gave a price index: constant prices are offered. */
  pricesAsked(): boolean {
    return Boolean(this.host.deflator?.trim() || this.host.deflatorColumn);
  }

  derive(
    lines: BudgetLine[] | undefined = this.data.status === 'ready' ? this.data.value : undefined,
  ): Derived | undefined {
    return runToEnd(this.deriveSteps(lines));
  }

  /** `derive` as steps (the trees are built in slices: see platform/slices.ts). */
  private *deriveSteps(lines: BudgetLine[] | undefined): Generator<void, Derived | undefined> {
    const host = this.host;
    if (!lines?.length) return undefined;
    const pricing = this.pricesAsked() ? host.parts.get('prices') : undefined;
    const key = [
      lines,
      pricing,
      host.year,
      host.flow,
      host.measure,
      // An execution report is headed by what execution measures (core's budgetMeasure).
      host.execution,
      host.deflator,
      host.deflatorColumn,
      host.baseYear,
      host.constantPrices,
      host.locale,
    ];
    if (this.derived && key.every((k, i) => Object.is(k, this.derivedKey[i]))) return this.derived;

    const years = fiscalYears(lines);
    const flowList = flows(lines);
    const keys = presentKeys(lines);
    const measure =
      host.measure && keys.includes(host.measure)
        ? host.measure
        : (budgetMeasure(keys, this.executionKey()) ?? 'amount');
    const year = host.year && years.includes(host.year) ? host.year : years[years.length - 1];
    const flow = host.flow && flowList.includes(host.flow) ? host.flow : flowList[0];

    const { lines: used, ...prices } = pricing
      ? pricing.applyPrices(
          lines,
          years,
          {
            deflator: host.deflator,
            column: host.deflatorColumn,
            baseYear: host.baseYear,
            constant: host.constantPrices,
          },
          host.locale,
        )
      : { lines, constant: false };

    // A year's whole is the figure the file publishes (its total rows), as on the page
    // without JavaScript; at constant prices it is the sum of the deflated lines.
    const published = (y: string) =>
      prices.constant
        ? undefined
        : this.fileTotals?.find((t) => t.fiscalYear === y && t.flow === flow)?.amounts;
    const tree = yield* buildTreeSteps(used, {
      year,
      flow,
      measure,
      keys,
      published: published(year),
    });
    const yi = years.indexOf(year);
    // The earlier year is only compared by the measure: its other totals are never shown.
    const previous =
      yi > 0
        ? yield* buildTreeSteps(used, {
            year: years[yi - 1],
            flow,
            measure,
            keys: [measure],
            published: published(years[yi - 1]),
          })
        : undefined;
    // The key with the result: a derive left halfway (between slices) is never taken as done.
    this.derivedKey = key;
    this.derived = {
      lines,
      years,
      flows: flowList,
      keys,
      measure,
      year,
      flow,
      tree,
      previous,
      ...prices,
    };
    return this.derived;
  }

  /** The open node: the deepest node of `path` that exists. */
  current(d: Derived, path: readonly string[]): BudgetNode {
    let node = d.tree.root;
    for (let i = 1; i <= path.length; i++) {
      const next = d.tree.byId.get(pathId(path.slice(0, i)));
      if (!next) break;
      node = next;
    }
    return node;
  }

  /** The `currency` attribute, else the file's declared currency, else pesos. */
  currency(): string {
    return this.host.currency?.trim() || this.fileCurrency || 'COP';
  }

  /** `execution` when it names an execution key, else commitments. */
  executionKey(): ExecutionKey {
    const key = this.host.execution?.trim();
    return isExecutionKey(key) ? key : 'commitments';
  }

  /** `under-threshold` when it is a plain number between 0 and 100, else the default 80. */
  threshold(): string {
    const t = this.host.underThreshold?.trim() ?? '';
    return isDecimalString(t) && compareDecimals(t, '0') >= 0 && compareDecimals(t, '100') <= 0
      ? t
      : '80';
  }

  /**
   * The population as an exact whole number (`7900000`, `7.900.000`), else undefined;
   * `null` while the part that reads it is not here (on its way, or failed).
   */
  populationValue(): string | undefined | null {
    const p = this.host.population?.trim();
    if (!p) return undefined;
    const reader = this.host.parts.get('population');
    return reader ? reader.wholePopulation(p) : null;
  }
}
