/**
 * Two levels at once (`view="icicle"`): the open node's items in the first row, theirs
 * below (a d3 partition). Loaded when a reader picks the view, or at once with the
 * attribute.
 */
import { css, html, type TemplateResult } from 'lit';
import { hierarchy, partition, type HierarchyRectangularNode } from 'd3-hierarchy';
import { toFloat } from '@rendir/core';
import { defineCatalogue } from '../platform/i18n.ts';
import { styleProps } from '../platform/style-props.ts';
import { tokens } from '../platform/theme.ts';
import type { BudgetNode } from './budget-model.ts';
import { MAX_BOXES, type PartContext } from './view-context.ts';

/** Sub-items drawn under each item. */
const SUB_ITEMS = 20;

export const icicleMessages = defineCatalogue('budgetIcicle', {
  keysHint:
    'Las flechas izquierda y derecha recorren los elementos; arriba y abajo pasan de un elemento a los que contiene. Enter abre uno y Escape vuelve.',
  label: (place?: string) =>
    `${place ? `Presupuesto de ${place}` : 'El presupuesto'} en dos niveles: cada elemento sobre los que contiene`,
});

export const styles = css`
  .icicle {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
    height: var(--_bv-chart-height);
  }
  .icicle li {
    container-type: size;
    position: absolute;
    padding: 1px;
  }
  .box.sub {
    font-size: 0.8em;
    background: color-mix(in srgb, var(--_bv-colour) 6%, ${tokens.surface});
  }
`;

interface Cell {
  node?: BudgetNode;
  size?: number;
  children?: Cell[];
}

export interface IcicleContext extends PartContext {
  node: BudgetNode;
  subject?: string;
  /** One item as the element draws it: the same button, keys and drill in every view. */
  item(
    node: BudgetNode,
    index: number,
    options: { colour: number; parent: BudgetNode; sub: boolean; up: number; down: number },
  ): TemplateResult;
}

/**
 * Cells are numbered items first, so focus returns to the item a reader came back from;
 * Up and Down move between an item and its first sub-item.
 */
export function renderIcicle(c: IcicleContext): TemplateResult {
  const { node } = c;
  const size = (n: BudgetNode) => Math.max(0, toFloat(n.size));
  const root = hierarchy<Cell>({
    children: node.children.slice(0, MAX_BOXES).map((item) => {
      const subs = item.children.slice(0, SUB_ITEMS);
      const subTotal = subs.reduce((t, g) => t + size(g), 0);
      // The item keeps its own width; sub-items not drawn leave a gap under it.
      return {
        node: item,
        size: Math.max(0, size(item) - subTotal),
        children: subs.map((g) => ({ node: g, size: size(g) })),
      };
    }),
  }).sum((d) => d.size ?? 0);
  const cells = partition<Cell>().size([160, 135])(root);
  const first = cells.children ?? [];
  const all = [...first, ...first.flatMap((p) => p.children ?? [])];
  const indexOf = new Map(all.map((cell, i) => [cell, i]));
  const cellTemplate = (cell: HierarchyRectangularNode<Cell>, colour: number) => {
    const i = indexOf.get(cell)!;
    const below = cell.children?.[0];
    const sub = cell.depth === 2;
    return html`<li
      ${styleProps({
        left: `${(cell.x0 / 160) * 100}%`,
        top: `${((cell.y0 - 45) / 90) * 100}%`,
        width: `${((cell.x1 - cell.x0) / 160) * 100}%`,
        height: `${((cell.y1 - cell.y0) / 90) * 100}%`,
      })}
    >
      ${c.item(cell.data.node!, i, {
        colour,
        parent: sub ? cell.parent!.data.node! : node,
        sub,
        up: sub ? indexOf.get(cell.parent!)! : i,
        down: below ? indexOf.get(below)! : i,
      })}
    </li>`;
  };
  return html`<ul
    class="icicle"
    part="icicle"
    aria-label=${icicleMessages[c.locale].label(c.subject)}
    aria-describedby="keys"
  >
    ${first.map((cell, k) => cellTemplate(cell, k))}
    ${first.flatMap((p, k) => (p.children ?? []).map((cell) => cellTemplate(cell, k)))}
  </ul>`;
}
