/**
 * The width of a chart's box, measured, so that the chart is drawn at its size in CSS
 * pixels and its text keeps its size at any width (0 until measured: the chart is drawn at
 * a default width and scaled). The tracker's single indicator and the dataset's quick chart.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class PlotWidth implements ReactiveController {
  width = 0;
  private readonly host: Host;
  private readonly selector: string;
  private observed?: Element;
  private readonly resize =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(([entry]) => {
          const width = Math.floor(entry.contentRect.width);
          // A frame later: the chart redrawn may change the height, a loop if done in here.
          if (width && width !== this.width)
            requestAnimationFrame(() => {
              this.width = width;
              this.host.requestUpdate();
            });
        });

  constructor(host: Host, selector: string) {
    this.host = host;
    this.selector = selector;
    host.addController(this);
  }

  hostUpdated(): void {
    const plot = this.host.renderRoot.querySelector(this.selector) ?? undefined;
    if (plot === this.observed) return;
    if (this.observed) this.resize?.unobserve(this.observed);
    if (plot) this.resize?.observe(plot);
    this.observed = plot;
  }
}
