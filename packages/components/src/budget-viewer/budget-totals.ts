/**
 * Whether the file's own total rows match its lines, for the year and measure shown: the
 * page's note (each total row that differs, with both figures), from the same core result.
 * Loaded only for data that brings total rows (a budget document, a CSV with TOTAL rows).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { compareDecimals, type BudgetAggregate, type BudgetYearTotal } from '@rendir/core';
import { defineCatalogue } from '../platform/i18n.ts';
import type { BudgetNode } from './budget-model.ts';
import { formatAmount } from './format.ts';
import type { Derived, PartContext } from './view-context.ts';

export const totalsMessages = defineCatalogue('budgetTotals', {
  totalsReconcile: 'Las filas de total del archivo cuadran con la suma de sus rubros.',
  totalsDiffer: (published: string, sum: string) =>
    `El archivo publica un total de ${published}, pero sus rubros suman ${sum}: se muestra el total publicado; las cajas son sus rubros.`,
  totalRowDiffers: (name: string, line: number, published: string, sum: string) =>
    `«${name}» (línea ${line}): publica ${published}, sus rubros suman ${sum}`,
});

/** The note under the summary: the total rows differ (each one that does), or they match. */
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
  if (total.differs.includes(d.measure) && published !== undefined && sum !== undefined) {
    const rows = aggregates.filter(
      (a) => a.fiscalYear === d.year && a.flow === d.flow && a.differs.includes(d.measure),
    );
    return html`<div class="invalid totals-differ" role="note">
      <p><span aria-hidden="true">⚠</span> ${m.totalsDiffer(money(published), money(sum))}</p>
      ${
        rows.length
          ? html`<ul>
              ${rows
                .slice(0, 20)
                .map(
                  (a) =>
                    html`<li>
                      ${m.totalRowDiffers(
                        a.name,
                        a.origin.line,
                        money(a.published[d.measure] ?? '0'),
                        money(a.childrenSum[d.measure] ?? '0'),
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
