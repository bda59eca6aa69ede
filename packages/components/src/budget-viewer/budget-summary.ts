/**
 * What the viewer says about the open node, above and beside the chart: its total,
 * execution with its status in words, per capita, the change from the year before and the
 * file's own totals (the summary); how much of every hundred pesos goes where; and the
 * contribution calculator's field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { executionBaseWord } from '@rendir/core';
import { coreMessage } from '../platform/core-messages.ts';
import { displayName, execution, ofEveryHundred, type BudgetNode } from './budget-model.ts';
import { formatAmount, formatPct } from './format.ts';
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

/** Total, execution, per capita and year-over-year of the open node. */
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

/** "Of every 100 pesos": where the first five items' share of the open node goes. */
export function renderHundred(host: ViewerHost, node: BudgetNode): TemplateResult {
  const ctx = host.ctx;
  const m = ctx.m;
  return html`<section class="panel hundred" part="hundred" aria-labelledby="hundred-title">
    <h3 id="hundred-title">${m.everyHundred}</h3>
    <p>${m.everyHundredIntro(subject(node))}</p>
    <ul>
      ${node.children.slice(0, 5).map((c) => {
        const share = ofEveryHundred(c.size, node.size);
        return share === undefined
          ? nothing
          : html`<li>
              ${m.everyHundredSentence(
                formatAmount(share, ctx.intl, ctx.currency, true),
                displayName(c),
              )}
            </li>`;
      })}
    </ul>
  </section>`;
}

/** The contribution calculator's field; its figures are a part, loaded when the reader reaches it. */
export function renderContribution(host: SummaryHost, node: BudgetNode): TemplateResult {
  const ctx = host.ctx;
  const m = ctx.m;
  const typed = host.contribution;
  const part = typed.trim() ? host.parts.get('contribution') : undefined;
  const shown = part?.contribution(ctx, node, subject(node), typed);
  return html`<section
    class="panel contribution"
    part="contribution"
    aria-labelledby="contribution-title"
  >
    <h3 id="contribution-title">${m.contribution}</h3>
    <div class="field">
      <label for="contribution">${m.contributionLabel}</label>
      <span class="help" id="contribution-help">${m.contributionHelp}</span>
      <input
        id="contribution"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        aria-describedby="contribution-help${shown?.invalid ? ' contribution-error' : ''}"
        aria-invalid=${shown?.invalid ? 'true' : 'false'}
        .value=${typed}
        @focus=${() => host.parts.get('contribution')}
        @input=${(e: Event) => (host.contribution = (e.target as HTMLInputElement).value)}
      />
      ${shown?.error ?? nothing}
    </div>
    <div aria-live="polite">
      ${shown ? shown.result : typed.trim() ? host.renderPartState('contribution') : nothing}
    </div>
  </section>`;
}
