/**
 * What the viewer says about the open node above the chart: its total and the chain's other
 * amounts, execution with its status in words, per capita, the change from the year before
 * and the file's own totals (the summary); and the place of the panels under the chart.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { executionBaseWord } from '@rendir/core';
import { coreMessage } from '../platform/core-messages.ts';
import { execution, type BudgetNode } from './budget-model.ts';
import { formatPct } from './format.ts';
import { amount, placeName, status, subject, type Derived } from './view-context.ts';
import type { ViewerHost } from './viewer-host.ts';

/** What the summary reads from the element besides the view host. */
export interface SummaryHost extends ViewerHost {
  /** What the reader typed in the contribution field. */
  contribution: string;
}

/** The note on the file's own total rows (a part: only data with total rows need it). */
function renderFileTotals(
  host: SummaryHost,
  d: Derived,
  node: BudgetNode,
): TemplateResult | typeof nothing {
  if (!host.budget.fileTotals?.length) return nothing;
  const part = host.parts.get('totals');
  if (part)
    return part.fileTotalsNote(
      host.ctx,
      d,
      node,
      host.budget.fileTotals,
      host.budget.fileAggregates ?? [],
    );
  // A loading note would only flicker under the summary; a failure offers its retry.
  return host.parts.failed('totals') ? host.renderPartState('totals') : nothing;
}

/** The chain's other amounts of the open node (initial appropriation, CDP, commitments…), in full. */
function renderChain(
  host: ViewerHost,
  d: Derived,
  node: BudgetNode,
): TemplateResult | typeof nothing {
  const keys = d.keys.filter((k) => k !== d.measure && node.totals[k] !== undefined);
  if (!keys.length) return nothing;
  const ctx = host.ctx;
  return html`<dl class="chain">
    ${keys.map(
      (k) =>
        html`<div>
          <dt>${ctx.m[`key_${k}`]}</dt>
          <dd>${amount(ctx, node.totals[k]!)}</dd>
        </div>`,
    )}
  </dl>`;
}

/** Total, the chain's other amounts, execution, per capita and year-over-year of the open node. */
export function renderSummary(host: SummaryHost, d: Derived, node: BudgetNode): TemplateResult {
  const ctx = host.ctx;
  const m = ctx.m;
  const key = host.budget.executionKey();
  const threshold = host.budget.threshold();
  const exec = execution(node, threshold, key);
  const raw = host.population;
  const population = raw?.trim() ? host.parts.get('population') : undefined;
  const years = d.previous ? host.parts.get('years') : undefined;
  const changeText = years?.changeText(ctx, years.yearChange(node, d.previous!));
  return html`<div class="summary" part="summary">
    <h3 class="place" tabindex="-1">
      ${placeName(node, m)}${
        node.citizenLabel && node.citizenLabel !== node.name
          ? html` <span class="official">(${node.name})</span>`
          : nothing
      }
    </h3>
    <p class="total">
      <span class="muted">${m[`key_${d.measure}`]} ${d.year}:</span>
      ${amount(ctx, node.size)}
    </p>
    ${renderChain(host, d, node)}
    <p class="muted">${m.lines(node.lineCount)}</p>
    ${
      exec.executedPct !== undefined
        ? html`<p class="execution">
              ${m[`key_${key}`]}:
              <strong
                >${m.executionOf(
                  formatPct(exec.executedPct, ctx.intl, 1),
                  coreMessage(executionBaseWord(exec.base!, 'of'), ctx.locale),
                )}</strong
              >${
                exec.paidPct !== undefined
                  ? html` · ${m.executionPaid}:
                      <strong>${formatPct(exec.paidPct, ctx.intl, 1)}</strong>`
                  : nothing
              }
              · ${status(ctx, exec)}
            </p>
            <p class="help">
              ${m.statusExplain(
                formatPct(threshold, ctx.intl, 0),
                m[`key_${key}`].toLowerCase(),
                coreMessage(executionBaseWord(exec.base!, 'over'), ctx.locale),
              )}
            </p>`
        : nothing
    }
    ${
      population
        ? population.renderPerCapita(ctx, node, raw!)
        : raw?.trim() && host.parts.failed('population')
          ? host.renderPartState('population')
          : nothing
    }
    ${changeText ? html`<p class="yoy">${changeText}</p>` : nothing}
    ${d.constantNote ? html`<p class="help">${d.constantNote}</p>` : nothing}
    ${node.depth === 0 && !d.constant ? renderFileTotals(host, d, node) : nothing}
  </div>`;
}

/**
 * "Of every 100 pesos" and the contribution calculator, under the chart: a part, loaded with
 * the data (budget-contribution.ts).
 */
export function renderPanels(host: SummaryHost, node: BudgetNode): TemplateResult | typeof nothing {
  const part = host.parts.get('contribution');
  if (!part)
    return host.parts.failed('contribution') ? host.renderPartState('contribution') : nothing;
  return part.renderPanels({
    ...host.ctx,
    node,
    subject: subject(node),
    typed: host.contribution,
    type: (text) => (host.contribution = text),
  });
}
