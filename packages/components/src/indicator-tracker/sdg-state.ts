/**
 * The reader's choice over an Open SDG series (breakdown, values held and compared, what was
 * typed to narrow a list), kept by the tracker while its view part draws it. The view part
 * (`sdg-view.ts`, lazy) loads with such a file, so that trackers of other data never do.
 */
import { nothing, type ReactiveElement } from 'lit';
import { ChartNavigation } from '../platform/chart-kit/navigation.ts';
import { LazyParts } from '../platform/lazy-parts.ts';
import { lazyParts } from './lazy.ts';
import type { SdgSeriesData } from './sdg-data.ts';

export { isSdgData, type SdgSeriesData } from './sdg-data.ts';
import type { SdgChoice, SdgChoiceHost } from './sdg-logic.ts';
import type { PlotWidth } from '../platform/chart-kit/plot-width.ts';
import { frameSource, type TrackerView } from './view.ts';

const firstChoice = (): SdgChoice => ({ breakdown: 0, compare: '', fixed: {}, filters: {} });

export class SdgChooser implements SdgChoiceHost {
  choice = firstChoice();
  private readonly host: ReactiveElement & { heading: string };
  private readonly id: string;
  private readonly plot: PlotWidth;
  private readonly parts: LazyParts<typeof lazyParts>;
  /** The data the choice was made on: other data starts from the first choice again. */
  private data?: SdgSeriesData;
  /** What each point of the navigable chart says, in the order the arrow keys walk them. */
  private pointLabels: readonly string[] = [];
  /** Arrow keys through the points of the first chart drawn (the headline's, if any). */
  private readonly nav: ChartNavigation;

  /** `id`: prefix of the controls' ids; `plot`: the measured width of the charts. */
  constructor(host: ReactiveElement & { heading: string }, id: string, plot: PlotWidth) {
    this.host = host;
    this.id = id;
    this.plot = plot;
    this.parts = new LazyParts(host, lazyParts);
    this.nav = new ChartNavigation(host as ReactiveElement & HTMLElement, {
      count: () => this.pointLabels.length,
      label: (i) => this.pointLabels[i] ?? '',
    });
  }

  /** Loads the view part beside the data, so that the data shows at once. */
  async load(data: SdgSeriesData): Promise<SdgSeriesData> {
    await this.parts.load('sdg');
    return data;
  }

  change(next: Partial<SdgChoice>): void {
    this.choice = { ...this.choice, ...next };
    this.host.requestUpdate();
  }

  render(v: TrackerView, data: SdgSeriesData): unknown {
    if (data !== this.data) [this.data, this.choice] = [data, firstChoice()];
    const context = {
      locale: v.locale,
      intlLocale: v.intlLocale,
      period: v.m.period,
      value: v.m.value,
      frame: { ...v.frame, source: frameSource(v) },
    };
    return (
      this.parts.get('sdg')?.renderSdg(context, data, this, {
        id: this.id,
        heading: this.host.heading,
        width: this.plot.width,
        nav: this.nav,
        points: (labels) => (this.pointLabels = labels),
      }) ?? nothing
    );
  }
}
