/**
 * Whether the file's own total rows match its lines, for the year and measure shown: the
 * page's note (each total row that differs, with both figures), from the same core result.
 * Loaded only for data that brings total rows (a budget document, a CSV with TOTAL rows).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  compareDecimals,
  type BudgetAggregate,
  type BudgetAmountKey,
  type BudgetYearTotal,
} from '@rendir/core';
import { defineCatalogue } from '../platform/i18n.ts';
import type { BudgetNode } from './budget-model.ts';
import { formatAmount } from './format.ts';
import type { Derived, PartContext } from './view-context.ts';

export const totalsMessages = defineCatalogue('budgetTotals', {
  totalsReconcile: 'Las filas de total del archivo cuadran con la suma de sus rubros.',
  totalsDiffer: (published: string, sum: string) =>
    `El archivo publica un total de ${published}, pero sus rubros suman ${sum}: se muestra el total publicado; las cajas son sus rubros.`,
  totalsDifferIn: (keys: string) =>
    `El archivo publica totales que no coinciden con la suma de sus rubros (${keys}). Cada diferencia:`,
  totalRowDiffers: (name: string, line: number, published: string, sum: string) =>
    `«${name}» (línea ${line}): publica ${published}, sus rubros suman ${sum}`,
});

/**
 * The note under the summary: every amount whose total rows differ, each row that does (as the
 * page without JavaScript lists them, so that turning it on hides none), or that they match.
 */
export function fileTotalsNote(
  c: PartContext,
  d: Derived,
  node: BudgetNode,
  totals: readonly BudgetYearTotal[],
  aggregates: readonly BudgetAggregate[],
): TemplateResult | typeof nothing {
  const total = totals.find((t) => t.fiscalYear === d.year && t.flow === d.flow);
  if (!total) return nothing;
  const m = totalsMessages[c.locale];
  const published = total.amounts[d.measure];
  const sum = d.tree.linesTotals[d.measure];
  const money = (v: string) => formatAmount(v, c.intl, c.currency);
  if (total.differs.length > 0) {
    const keyName = (k: BudgetAmountKey) => c.m[`key_${k}`];
    const rows = aggregates
      .filter((a) => a.fiscalYear === d.year && a.flow === d.flow && a.differs.length > 0)
      .flatMap((a) => a.differs.map((k) => [a, k] as const));
    const measureDiffers =
      total.differs.includes(d.measure) && published !== undefined && sum !== undefined;
    return html`<div class="invalid totals-differ" role="note">
      <p>
        <span aria-hidden="true">⚠</span> ${
          measureDiffers
            ? m.totalsDiffer(money(published), money(sum))
            : m.totalsDifferIn(total.differs.map((k) => keyName(k).toLowerCase()).join(', '))
        }
      </p>
      ${
        rows.length
          ? html`<ul>
              ${rows
                .slice(0, 20)
                .map(
                  ([a, k]) =>
                    html`<li>
                      ${keyName(k)}:
                      ${m.totalRowDiffers(
                        a.name,
                        a.origin.line,
                        money(a.published[k] ?? '0'),
                        money(a.childrenSum[k] ?? '0'),
                      )}
                    </li>`,
                )}
            </ul>`
          : nothing
      }
    </div>`;
  }
  return total.reconciles.includes(d.measure) && compareDecimals(published ?? '0', node.size) === 0
    ? html`<p class="help totals-match">${m.totalsReconcile}</p>`
    : nothing;
}
