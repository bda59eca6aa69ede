/**
 * The viewer's chart: the treemap's layout and tiles (names that fit, numbers with a
 * legend for those that do not), the bar list, the icicle's place, the view switch, and
 * the item every view draws (one button, keys, drill and description). A part, loaded
 * with the data: d3's layout is in no first render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { compareDecimals, toFloat } from '@rendir/core';
import { styleProps } from '../platform/style-props.ts';
import { categoricalColour } from '../platform/theme.ts';
import { displayName, ofEveryHundred, type BudgetNode } from './budget-model.ts';
import { formatAmount, formatCompactAmount, formatPct } from './format.ts';
import { MAX_BOXES, subject, type ViewerState } from './view-context.ts';
import { LAYOUT } from './chart-size.ts';

/** What the chart draws from besides the element: a part cannot name the element's parts. */
export interface ChartContext {
  host: ViewerState;
  /** The viewer's width as the chart needs it (chart-size.ts). */
  size: { readonly narrow: boolean; readonly em: number };
  /** The icicle part, once loaded, with `view="icicle"`. */
  icicle?: typeof import('./budget-icicle.ts');
  /** What stands where the icicle goes while it loads, or its failure with a retry. */
  iciclePending(): TemplateResult;
  /** "Show more" under a list of `rows` items. */
  more(rows: number, cls: string): TemplateResult | typeof nothing;
}

/** A box of the treemap layout: a node, or the remainder grouped as "others". */
interface Datum {
  node?: BudgetNode;
  size?: number;
  children?: Datum[];
}

/**
 * Whether a tile of `w` x `h` layout units, in a treemap `chartEm` wide, holds `name` in its
 * bold 0.9em type without breaking a word: its longest word on one line, and one line of
 * text. Estimated from character counts at 0.58em a character (bold Latin text averages
 * about 0.55em), so a name said to fit does.
 */
function labelFits(name: string, w: number, h: number, chartEm: number): boolean {
  const widthEm = (w / LAYOUT.width) * chartEm - 1.3;
  const heightEm = (h / LAYOUT.height) * LAYOUT.heightEm;
  const longest = name.split(/\s+/).reduce((n, word) => Math.max(n, word.length), 0);
  return longest * 0.58 * 0.9 <= widthEm && heightEm >= 2;
}

/**
 * Whether a tile too short for its amount under its name (less than the 3.4em the styles
 * ask) is wide enough for both on one line («Gobierno 4,8 mil millones»), by the same
 * estimate: there it says its amount beside its name instead of dropping it.
 */
function amountFitsBeside(name: string, amount: string, w: number, h: number, chartEm: number) {
  const widthEm = (w / LAYOUT.width) * chartEm - 1.3;
  const heightEm = (h / LAYOUT.height) * LAYOUT.heightEm;
  return heightEm < 3.4 && (name.length + 1 + amount.length) * 0.58 * 0.9 <= widthEm;
}

/**
 * Whether a tile is wide enough for its compact amount on one line: it never breaks inside
 * («16,2 mil millo/nes»), so a narrower tile drops it as a short one does.
 */
function amountFitsWidth(amount: string, w: number, chartEm: number): boolean {
  return amount.length * 0.58 * 0.9 <= (w / LAYOUT.width) * chartEm - 1.3;
}

/** What a box or bar announces after its visible name and compact amount. */
function itemDetail(host: ViewerState, node: BudgetNode, parent: BudgetNode): string {
  const c = host.ctx;
  const share = ofEveryHundred(node.size, parent.size);
  const parts = [`: ${formatAmount(node.size, c.intl, c.currency)}`];
  if (share !== undefined) parts.push(c.m.share(formatPct(share, c.intl, 2)));
  return `${parts.join(', ')}.`;
}

export interface ItemOptions {
  kind: 'box' | 'bar';
  colour: number;
  focus: number;
  onKey: (e: KeyboardEvent) => void;
  parent: BudgetNode;
  extra?: unknown;
  /** Treemap tiles too small for their name: a number instead (named in the legend). */
  keyed?: boolean;
  /** A short, wide treemap tile: its amount beside its name. */
  beside?: boolean;
  /** A treemap tile too narrow for its amount: only its name is drawn. */
  narrow?: boolean;
  /** Icicle cells: a sub-item, and the cells Up and Down move to. */
  sub?: boolean;
  up?: number;
  down?: number;
}

/**
 * One item, drawn as a treemap box, a bar or an icicle cell: the same button, keys,
 * drill and description (its amount and share of `parent`) in every view.
 */
function renderItem(host: ViewerState, c: BudgetNode, i: number, o: ItemOptions): TemplateResult {
  const drillable = c.children.length > 0;
  return html`<button
    type="button"
    class="${o.kind}${o.sub ? ' sub' : ''}${o.beside ? ' beside' : ''}"
    part=${o.kind}
    data-rendir-point=${i}
    data-up=${o.up ?? nothing}
    data-down=${o.down ?? nothing}
    tabindex=${i === o.focus ? 0 : -1}
    ${styleProps({ '--_bv-colour': categoricalColour(o.colour) })}
    aria-describedby=${drillable ? 'drill-hint' : 'leaf-hint'}
    aria-disabled=${drillable ? 'false' : 'true'}
    @click=${() => host.drill(c)}
    @keydown=${o.onKey}
    @focus=${() => host.nav.focused(i)}
  >
    <span class=${o.keyed ? 'label visually-hidden' : 'label'}>${displayName(c)}</span>
    <span class=${o.keyed || o.narrow ? 'amount visually-hidden' : 'amount'}
      >${formatCompactAmount(c.size, host.ctx.intl)}</span
    >
    <span class="visually-hidden">${itemDetail(host, c, o.parent)}</span>
    ${o.extra ?? nothing}
  </button>`;
}

/** The open node's items as a treemap, bars or an icicle, with the view switch above them. */
export function renderChart(chart: ChartContext, node: BudgetNode): TemplateResult {
  const { host } = chart;
  const ctx = host.ctx;
  const m = ctx.m;
  const sub = subject(node);
  const count = node.children.length;
  const focus = Math.min(host.nav.active, count - 1);
  const shown = node.children.slice(0, MAX_BOXES);
  const rest = node.children.length - shown.length;
  // Floats size the boxes only; every figure shown is exact.
  const restSize = node.children
    .slice(MAX_BOXES)
    .reduce((s, c) => s + Math.max(0, toFloat(c.size)), 0);
  const layout = treemap<Datum>()
    .tile(treemapSquarify)
    .size([LAYOUT.width, LAYOUT.height])
    .round(false)(
    hierarchy<Datum>({
      children: [
        ...shown.map((c) => ({ node: c, size: Math.max(0, toFloat(c.size)) })),
        ...(rest > 0 ? [{ size: restSize }] : []),
      ],
    }).sum((datum) => (datum.children ? 0 : (datum.size ?? 0))),
  );
  const max = node.children.reduce(
    (acc, c) => (compareDecimals(c.size, acc) > 0 ? c.size : acc),
    '0',
  );
  const onKey = host.nav.onKeydown;
  const itemButton = (
    c: BudgetNode,
    i: number,
    kind: 'box' | 'bar',
    colour: number,
    extra: unknown = nothing,
    keyed = false,
    fit: { beside?: boolean; narrow?: boolean } = {},
  ) => renderItem(host, c, i, { kind, colour, focus, onKey, parent: node, extra, keyed, ...fit });
  // Tiles whose name does not fit without breaking a word show a number; the legend
  // under the treemap names them (their buttons keep the whole name for screen readers).
  const keyed = new Map<BudgetNode, { key: number; colour: number }>();
  // Where a named tile's amount goes: beside its name, under it, or nowhere on screen.
  const amountFit = new Map<BudgetNode, { beside?: boolean; narrow?: boolean }>();
  layout.leaves().forEach((leaf, colour) => {
    const c = leaf.data.node;
    if (!c) return;
    const [w, h, name] = [leaf.x1 - leaf.x0, leaf.y1 - leaf.y0, displayName(c)];
    const amount = formatCompactAmount(c.size, ctx.intl);
    if (!labelFits(name, w, h, chart.size.em)) keyed.set(c, { key: keyed.size + 1, colour });
    else if (amountFitsBeside(name, amount, w, h, chart.size.em))
      amountFit.set(c, { beside: true });
    else if (!amountFitsWidth(amount, w, chart.size.em)) amountFit.set(c, { narrow: true });
  });
  const shownView = host.view === 'auto' ? (chart.size.narrow ? 'bars' : 'treemap') : host.view;
  const icicle = host.view === 'icicle' ? chart.icicle : undefined;
  const viewButton = (v: 'treemap' | 'bars' | 'icicle', label: string) =>
    html`<button
      type="button"
      aria-pressed=${shownView === v ? 'true' : 'false'}
      @click=${() => {
        host.view = v;
      }}
    >
      ${label}
    </button>`;
  return html`<div class="chart">
    <div class="group view-switch" role="group" aria-label=${m.view}>
      ${viewButton('treemap', m.viewTreemap)} ${viewButton('bars', m.viewBars)}
      ${viewButton('icicle', m.viewIcicle)}
    </div>
    <p class="help" id="keys">
      ${icicle ? icicle.icicleMessages[ctx.locale].keysHint : m.keysHint}
    </p>
    <p class="visually-hidden" id="drill-hint">${m.drillHint}</p>
    <p class="visually-hidden" id="leaf-hint">${m.leafHint}</p>
    <ul class="treemap" part="treemap" aria-label=${m.chartLabel(sub)} aria-describedby="keys">
      ${layout.leaves().map((leaf, idx) => {
        const style = styleProps({
          left: `${(leaf.x0 / LAYOUT.width) * 100}%`,
          top: `${(leaf.y0 / LAYOUT.height) * 100}%`,
          width: `${((leaf.x1 - leaf.x0) / LAYOUT.width) * 100}%`,
          height: `${((leaf.y1 - leaf.y0) / LAYOUT.height) * 100}%`,
        });
        const c = leaf.data.node;
        if (!c) {
          // The remainder: opens the bar list at the first item not drawn as a box.
          return html`<li ${style}>
            <button
              type="button"
              class="others"
              data-rendir-point=${MAX_BOXES}
              tabindex=${focus === MAX_BOXES ? 0 : -1}
              @click=${() => host.showRest()}
              @keydown=${onKey}
              @focus=${() => host.nav.focused(MAX_BOXES)}
            >
              ${m.others(rest)}. ${m.othersHint}
            </button>
          </li>`;
        }
        const key = keyed.get(c)?.key;
        const marker = key ? html`<span class="key" aria-hidden="true">${key}</span>` : nothing;
        return html`<li ${style}>
          ${itemButton(c, node.children.indexOf(c), 'box', idx, marker, !!key, amountFit.get(c))}
        </li>`;
      })}
    </ul>
    ${
      keyed.size
        ? html`<ol class="treemap-legend" part="treemap-legend" aria-hidden="true">
            ${[...keyed].map(
              ([c, { key, colour }]) =>
                html`<li ${styleProps({ '--_bv-colour': categoricalColour(colour) })}>
                  <span class="key">${key}</span> ${displayName(c)}
                  <span class="muted">${formatCompactAmount(c.size, ctx.intl)}</span>
                </li>`,
            )}
          </ol>`
        : nothing
    }
    ${
      host.view !== 'icicle'
        ? nothing
        : icicle
          ? icicle.renderIcicle({
              ...ctx,
              node,
              subject: sub,
              item: (c, i, o) => renderItem(host, c, i, { ...o, kind: 'box', focus, onKey }),
            })
          : chart.iciclePending()
    }
    <ol class="bars" part="bars" aria-label=${m.barsLabel(sub)}>
      ${node.children.slice(0, host.limit).map((c, i) => {
        const width =
          compareDecimals(max, '0') > 0 ? Math.max(0, toFloat(c.size) / toFloat(max)) : 0;
        const track = html`<span class="track" aria-hidden="true"
          ><span class="fill" ${styleProps({ width: `${width * 100}%` })}></span
        ></span>`;
        return html`<li>${itemButton(c, i, 'bar', i, track)}</li>`;
      })}
    </ol>
    ${chart.more(count, 'bars-more')}
  </div>`;
}
