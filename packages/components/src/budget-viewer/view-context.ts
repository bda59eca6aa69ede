/**
 * What the element and its lazily loaded parts share: the derived data, the context a
 * part renders in, and the small templates both draw (an amount, an execution status).
 */
import { html, type TemplateResult } from 'lit';
import type { BudgetAmountKey, BudgetLine, ExecutionKey, NumberFormat } from '@rendir/core';
import type { Locale, PlatformMessages } from '../platform/i18n.ts';
import { displayName, type BudgetNode, type BudgetTree, type Execution } from './budget-model.ts';
import type { BudgetNavigation } from './budget-navigation.ts';
import type { BudgetMessages } from './budget-viewer.messages.ts';
import { formatAmount, formatCompactAmount } from './format.ts';

export interface Derived {
  lines: BudgetLine[];
  years: string[];
  flows: ('expense' | 'income')[];
  keys: BudgetAmountKey[];
  measure: BudgetAmountKey;
  year: string;
  flow: 'expense' | 'income';
  tree: BudgetTree;
  previous?: BudgetTree;
  deflator?: Map<string, string>;
  baseYear?: string;
  constant: boolean;
  /** "Constant prices of 2025" and the summary's note, when the amounts are. */
  constantLabel?: string;
  constantNote?: string;
  /** Why constant prices are unavailable or incomplete, for the reader. */
  priceProblem?: string;
}

/** The viewer as a part sees it: its language, messages and currency. */
export interface PartContext {
  locale: Locale;
  m: BudgetMessages;
  t: PlatformMessages;
  /** The tag for `Intl` and the core's formatters (`es-CO`, `en`). */
  intl: string;
  currency: string;
}

/** How many boxes the treemap draws; the rest are in the bar list and the table. */
export const MAX_BOXES = 40;

/** Bars shown at once; "show more" adds as many again. */
export const PAGE = 100;

/**
 * Table rows shown at once and added by "show more". A table's layout and paint grow with
 * its rows: the breakdown's 100 rows took 30 ms of layout and 11 of paint in the viewer's
 * first frame (bench/budget-viewer.bench.ts); 30 keep that frame well under 50 ms.
 */
export const ROWS_PAGE = 30;

/** What the lazy parts read of the viewer's settings (BudgetData gives more). */
export interface BudgetSettings {
  /** The `under-threshold` attribute when valid, else 80. */
  threshold(): string;
  /** The `execution` attribute when it names an execution key, else commitments. */
  executionKey(): ExecutionKey;
  /** The population as an exact whole number; `null` while its reader loads. */
  populationValue(): string | undefined | null;
}

/**
 * The element as its render modules (chart, summary, frame) and the parts that draw from it
 * (embed code, downloads) see it: its state and the moves a reader makes. The members are the
 * element's, marked internal there. Its lazy parts are in `ViewerHost` (viewer-host.ts): the
 * parts import this module, so it cannot name them.
 */
export interface ViewerState extends HTMLElement {
  readonly ctx: PartContext;
  // Attributes the modules read.
  readonly src?: string;
  readonly levels?: string;
  readonly numberFormat?: NumberFormat;
  readonly heading?: string;
  readonly note?: string;
  readonly population?: string;
  readonly deflator?: string;
  readonly source?: string;
  readonly sourceUrl?: string;
  readonly embedScript?: string;
  readonly embedIframe?: string;
  tableOpen: boolean;
  readonly nav: BudgetNavigation;
  /** The settings that decide the figures (budget-data.ts reads them from the attributes). */
  readonly budget: BudgetSettings;
  view: 'auto' | 'treemap' | 'bars' | 'icicle';
  /** Bars shown. */
  limit: number;
  /** Table rows shown (all of them while the page prints). */
  rowLimit: number;
  /** Whether the page is being printed (platform/print-watch.ts). */
  readonly print: { readonly printing: boolean };
  drill(node: BudgetNode): void;
  /** From the treemap's "more items" box to the same item in the bar list. */
  showRest(): void;
}

/** The open node's name in the breadcrumb and announcements: "all the budget" at the top. */
export function placeName(node: BudgetNode, m: BudgetMessages): string {
  return node.depth === 0 ? m.all : displayName(node);
}

/** The open node's name for sentences, `undefined` for the whole budget. */
export function subject(node: BudgetNode): string | undefined {
  return node.depth === 0 ? undefined : displayName(node);
}

/** `presupuesto-2025-salud`: the open level's file name for every download. */
export function fileName(d: Derived, node: BudgetNode): string {
  return ['presupuesto', d.year, ...node.path]
    .join('-')
    .normalize('NFD')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase();
}

/** The full amount with compact words beside it, never instead. */
export function amount(c: PartContext, value: string): TemplateResult {
  return html`<span class="full">${formatAmount(value, c.intl, c.currency)}</span>
    <span class="compact">(${formatCompactAmount(value, c.intl)})</span>`;
}

const STATUS_ICON: Record<Execution['status'], string> = {
  over: '▲',
  adequate: '✓',
  under: '▼',
  none: '–',
};

/** The execution status in words. */
export function statusWord(c: PartContext, exec: Execution): string {
  const m = c.m;
  return exec.status === 'over'
    ? m.statusOver
    : exec.status === 'under'
      ? m.statusUnder
      : exec.status === 'adequate'
        ? m.statusAdequate
        : m.statusNone;
}

/** The execution status as a word with an icon, never colour alone. */
export function status(c: PartContext, exec: Execution): TemplateResult {
  return html`<span class="status" data-status=${exec.status}
    ><span aria-hidden="true">${STATUS_ICON[exec.status]}</span>${statusWord(c, exec)}</span
  >`;
}
