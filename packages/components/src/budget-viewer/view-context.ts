/**
 * What the element and its lazily loaded parts share: the derived data, the context a
 * part renders in, and the small templates both draw (an amount, an execution status).
 */
import { html, type TemplateResult } from 'lit';
import type { BudgetAmountKey, BudgetLine } from '@rendir/core';
import type { Locale, PlatformMessages } from '../platform/i18n.ts';
import type { BudgetTree, Execution } from './budget-model.ts';
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

/** The execution status as a word with an icon, never colour alone. */
export function status(c: PartContext, exec: Execution): TemplateResult {
  const m = c.m;
  const word =
    exec.status === 'over'
      ? m.statusOver
      : exec.status === 'under'
        ? m.statusUnder
        : exec.status === 'adequate'
          ? m.statusAdequate
          : m.statusNone;
  return html`<span class="status" data-status=${exec.status}
    ><span aria-hidden="true">${STATUS_ICON[exec.status]}</span>${word}</span
  >`;
}
