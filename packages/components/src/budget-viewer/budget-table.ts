/**
 * The data table of the open level, loaded when a reader opens it (or at once with
 * `table-open`): every amount column in full, execution, "of every 100 pesos",
 * per-capita and the previous year, with a total row.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ExecutionKey } from '@rendir/core';
import { defineCatalogue } from '../platform/i18n.ts';
import { tokens } from '../platform/theme.ts';
import {
  displayName,
  execution,
  ofEveryHundred,
  perCapita,
  type BudgetNode,
} from './budget-model.ts';
import { changeText, yearChange } from './budget-years.ts';
import { formatAmount, formatPct } from './format.ts';
import { amount, status, type Derived, type PartContext } from './view-context.ts';

/** The table's own words, in Spanish and English. */
export const tableMessages = defineCatalogue('budgetTable', {
  total: 'Total',
  levelN: (n: number) => `Nivel ${n}`,
  previousYear: (year: string) => `Vigencia ${year}`,
  change: 'Variación',
  officialName: 'Nombre oficial',
  tableCaption: (place: string | undefined, year: string) =>
    `${place ? `Presupuesto de ${place}` : 'Todo el presupuesto'}, vigencia ${year}`,
});

export const styles = css`
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
    min-width: 7em;
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
  thead th {
    background: ${tokens.surfaceAlt};
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-top: 2px solid ${tokens.text};
  }
  td .full {
    white-space: nowrap;
  }
  td .compact,
  th .official {
    display: block;
    font-size: 0.85em;
    font-weight: 400;
  }
`;

export interface TableContext extends PartContext {
  d: Derived;
  node: BudgetNode;
  /** The open node's name for sentences, `undefined` for the whole budget. */
  subject?: string;
  /** Level names from `levels`, outermost first. */
  levels: string[];
  threshold: string;
  /** The amount execution measures (the `execution` attribute). */
  executionKey: ExecutionKey;
  population?: string;
  /** Rows shown (the rest behind "show more"). */
  limit: number;
  drill(node: BudgetNode): void;
}

export function renderTable(c: TableContext): TemplateResult {
  const { m, d, node, intl, currency } = c;
  const tm = tableMessages[c.locale];
  const rows = node.children.length ? node.children : [node];
  const rowHeader =
    node.children.length === 0 ? m.name : (c.levels[node.depth] ?? tm.levelN(node.depth + 1));
  const hasExec = d.keys.includes(c.executionKey);
  const prev = d.previous;
  const pct = (value: string | undefined) =>
    value !== undefined ? formatPct(value, intl, 1) : '–';
  const cells = (n: BudgetNode, head: TemplateResult) => {
    const exec = hasExec ? execution(n, c.threshold, c.executionKey) : undefined;
    const share = ofEveryHundred(n.size, node.size);
    const capita = perCapita(n.size, c.population);
    const change = prev ? yearChange(n, prev) : undefined;
    return html`${head}
      ${d.keys.map(
        (k) => html`<td>${n.totals[k] !== undefined ? amount(c, n.totals[k]!) : m.statusNone}</td>`,
      )}
      ${
        exec
          ? html`<td>${pct(exec.executedPct)} ${status(c, exec)}</td>
              <td>${pct(exec.paidPct)}</td>`
          : nothing
      }
      <td>${share !== undefined ? formatAmount(share, intl, currency, true) : '–'}</td>
      ${
        c.population
          ? html`<td>
              ${capita !== undefined ? formatAmount(capita, intl, currency, false) : '–'}
            </td>`
          : nothing
      }
      ${
        change
          ? html`<td>${change.previous !== undefined ? amount(c, change.previous) : '–'}</td>
              <td>${changeText(c, change) ?? '–'}</td>`
          : nothing
      }`;
  };
  const nameCell = (n: BudgetNode) =>
    html`<th scope="row">
      ${
        n.children.length && n !== node
          ? html`<button type="button" class="link" @click=${() => c.drill(n)}>
              ${displayName(n)}
            </button>`
          : displayName(n)
      }
      ${
        n.citizenLabel && n.citizenLabel !== n.name
          ? html`<span class="official">${tm.officialName}: ${n.name}</span>`
          : nothing
      }
    </th>`;
  return html`<table>
    <caption>
      ${tm.tableCaption(c.subject, d.year)}${d.constantLabel ? ` — ${d.constantLabel}` : nothing}
    </caption>
    <thead>
      <tr>
        <th scope="col">${rowHeader}</th>
        ${d.keys.map((k) => html`<th scope="col">${m[`key_${k}`]}</th>`)}
        ${
          hasExec
            ? html`<th scope="col">${m.execution} (${m[`key_${c.executionKey}`]})</th>
                <th scope="col">${m.executionPaid}</th>`
            : nothing
        }
        <th scope="col">${m.everyHundred}</th>
        ${c.population ? html`<th scope="col">${m.perCapita}</th>` : nothing}
        ${
          prev
            ? html`<th scope="col">${tm.previousYear(prev.year)}</th>
                <th scope="col">${tm.change}</th>`
            : nothing
        }
      </tr>
    </thead>
    <tbody>
      ${rows.slice(0, c.limit).map(
        (n) =>
          html`<tr>
            ${cells(n, nameCell(n))}
          </tr>`,
      )}
    </tbody>
    ${
      node.children.length
        ? html`<tfoot>
            <tr>
              ${cells(node, html`<th scope="row">${tm.total}</th>`)}
            </tr>
          </tfoot>`
        : nothing
    }
  </table>`;
}
