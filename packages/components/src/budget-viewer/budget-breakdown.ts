/**
 * The open level's breakdown, always in view as the page without JavaScript shows it: each
 * item and, under it, its own items, with every amount of the chain in full (initial and
 * current appropriation, CDP, commitments, obligations, payments) and the execution with
 * its status word; the open node's totals below. Names open their level.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { tokens } from '../platform/theme.ts';
import { displayName, execution, type BudgetNode } from './budget-model.ts';
import { tableMessages, type TableContext } from './budget-table.ts';
import { formatAmount, formatPct } from './format.ts';
import { status, subject } from './view-context.ts';

export interface BreakdownContext extends TableContext {
  /** Opens an item's level. */
  drill(node: BudgetNode): void;
  /** "Show more" under a table of `rows` rows. */
  more(rows: number): TemplateResult | typeof nothing;
}

export const styles = css`
  .breakdown {
    display: grid;
    gap: 0.5em;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    min-width: 100%;
    overflow-wrap: normal;
  }
  th[scope='row'] {
    min-width: 12em;
  }
  thead th {
    min-width: 9em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid ${tokens.border};
    text-align: end;
    vertical-align: top;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  /* Column heads sit on the figures they name, small, as newsroom tables set them: a long
     head takes two short lines instead of a tall, mostly empty row. */
  thead th {
    background: ${tokens.surfaceAlt};
    vertical-align: bottom;
    font-size: 0.875em;
    line-height: 1.25;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-top: 2px solid ${tokens.text};
  }
  td .full {
    white-space: nowrap;
  }
  /* The status beside its figure: under it, every row of a phone's table took a second,
     empty line where the table scrolls it out of view. */
  td.execution {
    white-space: nowrap;
  }
  td .compact,
  th .official {
    display: block;
    font-size: 0.85em;
    font-weight: 400;
  }
  th.sub {
    padding-inline-start: 1.5em;
    font-weight: 400;
  }
`;

/** The open node's items, each followed by its own items: the rows of the breakdown. */
export function breakdownRows(node: BudgetNode): BudgetNode[] {
  return node.children.flatMap((c) => [c, ...c.children]);
}

/** The breakdown table of the open node; nothing for an item without items. */
export function renderBreakdown(ctx: BreakdownContext): TemplateResult | typeof nothing {
  const { d, node, m, levels } = ctx;
  const tm = tableMessages[ctx.locale];
  if (!node.children.length) return nothing;
  const key = ctx.executionKey;
  const threshold = ctx.threshold;
  const hasExecution = d.keys.includes(key);
  const rows = breakdownRows(node);
  const levelName = (depth: number) => {
    const name = levels[depth] || tm.levelN(depth + 1);
    return name.charAt(0).toLocaleUpperCase(ctx.intl) + name.slice(1);
  };
  const cells = (n: BudgetNode) => {
    const exec = hasExecution ? execution(n, threshold, key) : undefined;
    return html`${d.keys.map(
      (k) =>
        html`<td>
          ${n.totals[k] !== undefined ? formatAmount(n.totals[k]!, ctx.intl, ctx.currency) : m.statusNone}
        </td>`,
    )}
    ${
      exec
        ? html`<td class="execution">
            ${exec.executedPct !== undefined ? formatPct(exec.executedPct, ctx.intl, 1) : '–'}
            ${status(ctx, exec)}
          </td>`
        : nothing
    }`;
  };
  const name = (n: BudgetNode) => {
    const sub = n.depth > node.depth + 1;
    return html`<th scope="row" class=${sub ? 'sub' : nothing}>
      ${sub ? html`<span class="visually-hidden">${displayName(n.parent!)} › </span>` : nothing}
      ${
        n.children.length
          ? html`<button type="button" class="link" @click=${() => ctx.drill(n)}>
              ${displayName(n)}
            </button>`
          : displayName(n)
      }
    </th>`;
  };
  return html`<section class="breakdown" part="breakdown">
    <h3 id="breakdown-title">${tm.breakdown(subject(node), d.year)}</h3>
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="breakdown-title">
      <table>
        <thead>
          <tr>
            <th scope="col">
              ${levelName(node.depth)}${
                rows.length > node.children.length ? ` / ${levelName(node.depth + 1)}` : nothing
              }
            </th>
            ${d.keys.map((k) => html`<th scope="col">${m[`key_${k}`]}</th>`)}
            ${hasExecution ? html`<th scope="col">${m.execution} (${m[`key_${key}`]})</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.slice(0, ctx.limit).map(
            (n) =>
              html`<tr>
                ${name(n)} ${cells(n)}
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${tm.total}</th>
            ${cells(node)}
          </tr>
        </tfoot>
      </table>
    </div>
    ${ctx.more(rows.length)}
  </section>`;
}
