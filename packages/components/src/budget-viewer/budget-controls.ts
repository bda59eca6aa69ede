/**
 * Choosing what the viewer shows: the year, income or expense, current or constant
 * prices (the controls), and where in the hierarchy the reader is (the breadcrumb and the
 * way back up).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { displayName, pathId, type BudgetNode } from './budget-model.ts';
import type { SummaryHost } from './budget-summary.ts';
import { placeName, type Derived } from './view-context.ts';

/** What the controls change on the element. */
export interface SelectionHost extends SummaryHost {
  year?: string;
  flow?: 'expense' | 'income';
  constantPrices: boolean;
  path: string[];
  /** Opens `path` and says so. */
  go(path: string[]): void;
  /** One level up. */
  up(): void;
  /** The open year and node into the URL hash, with `deep-link`. */
  writeHash(): void;
}

/** The way back to the level above the open node. */
export function renderBack(host: SelectionHost, node: BudgetNode): TemplateResult {
  const m = host.ctx.m;
  return html`<div>
    <button type="button" class="back" @click=${() => host.up()}>
      <span aria-hidden="true">←</span>
      ${m.backTo(node.parent ? placeName(node.parent, m) : m.all)}
    </button>
  </div>`;
}

/** Where the open node is, from the whole budget (not shown there: it would only repeat the heading). */
export function renderBreadcrumb(
  host: SelectionHost,
  d: Derived,
  node: BudgetNode,
): TemplateResult {
  const m = host.ctx.m;
  return html`
    <nav aria-label=${m.breadcrumb} part="breadcrumb">
      <ol>
        <li>
          <button type="button" class="link" @click=${() => host.go([])}>${m.all}</button>
        </li>
        ${node.path.map((_, i) => {
          const ancestor = d.tree.byId.get(pathId(node.path.slice(0, i + 1)))!;
          const last = i === node.path.length - 1;
          return html`<li>
            ${
              last
                ? html`<span aria-current="location">${displayName(ancestor)}</span>`
                : html`<button type="button" class="link" @click=${() => host.go(ancestor.path)}>
                    ${displayName(ancestor)}
                  </button>`
            }
          </li>`;
        })}
      </ol>
    </nav>
  `;
}

export function renderControls(host: SelectionHost, d: Derived): TemplateResult | typeof nothing {
  const ctx = host.ctx;
  const m = ctx.m;
  const years = d.years.length > 1;
  const yearsPart = years ? host.parts.get('years') : undefined;
  const bothFlows = d.flows.length > 1;
  const prices = Boolean(d.deflator && d.baseYear);
  const pricesFailed = host.budget.pricesAsked() && host.parts.failed('prices');
  if (!years && !bothFlows && !prices && !d.priceProblem && !pricesFailed) return nothing;
  return html`<div class="controls" part="controls">
    ${
      !years
        ? nothing
        : yearsPart
          ? yearsPart.renderYearSelect(ctx, d, (year) => {
              host.year = year;
              host.writeHash();
            })
          : host.renderPartState('years')
    }
    ${
      bothFlows
        ? html`<fieldset class="group">
            <legend>${m.flow}</legend>
            ${d.flows.map(
              (f) =>
                html`<button
                  type="button"
                  aria-pressed=${f === d.flow ? 'true' : 'false'}
                  @click=${() => {
                    host.flow = f;
                    host.path = [];
                  }}
                >
                  ${f === 'income' ? m.flowIncome : m.flowExpense}
                </button>`,
            )}
          </fieldset>`
        : nothing
    }
    ${
      prices
        ? host.parts
            .get('prices')
            ?.renderPriceSwitch(ctx, d, (constant) => (host.constantPrices = constant))
        : nothing
    }
    ${pricesFailed ? host.renderPartState('prices') : nothing}
    ${
      d.priceProblem
        ? html`<p class="invalid price-problem">
            <span aria-hidden="true">⚠</span> ${d.priceProblem}
          </p>`
        : nothing
    }
  </div>`;
}
