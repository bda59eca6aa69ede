/**
 * The reader's choices over a set of indicators: the pillar, the status and the order. Each
 * starts as its attribute says (and follows it when a script changes it); the controls
 * change them, and each change tells the page how many indicators are left
 * (`rendir-indicator-filter`).
 */
import type { ReactiveController } from 'lit';
import { isIndicatorStatus, type IndicatorStatus } from '@rendir/core';
import type { RendirElement } from '../platform/rendir-element.ts';
import type { FilterChange } from './controls.ts';
import {
  arrange,
  inPillar,
  isSortKey,
  matchGroup,
  type SortKey,
  type TrackedIndicator,
} from './logic.ts';

/** The element's attributes the choices start from. */
interface FiltersHost extends RendirElement {
  group: string;
  status: string;
  sort: string;
}

export class TrackerFilters implements ReactiveController {
  /** The pillar chosen (as written: matched without case or accents), or '' for all. */
  group = '';
  status: IndicatorStatus | '' = '';
  sort: SortKey = 'source';

  private readonly host: FiltersHost;
  private readonly items: () => TrackedIndicator[];
  /** The attributes as last seen: a change to one sets its choice again. */
  private seen: { group?: string; status?: string; sort?: string } = {};

  constructor(host: FiltersHost, items: () => TrackedIndicator[]) {
    this.host = host;
    this.items = items;
    host.addController(this);
  }

  hostUpdate(): void {
    const { group, status, sort } = this.host;
    if (group !== this.seen.group) this.group = group;
    if (status !== this.seen.status) this.status = isIndicatorStatus(status) ? status : '';
    if (sort !== this.seen.sort) this.sort = isSortKey(sort) ? sort : 'source';
    this.seen = { group, status, sort };
  }

  /** The reader changed a control. */
  change = (change: FilterChange): void => {
    if (change.status !== undefined) this.status = change.status;
    if (change.group !== undefined) this.group = change.group;
    if (change.sort !== undefined) this.sort = change.sort;
    this.host.requestUpdate();
    this.host.emit('rendir-indicator-filter', {
      status: this.status,
      group: this.group,
      sort: this.sort,
      shown: this.visible(this.items()).length,
    });
  };

  /** The chosen pillar's items (the summary counts these). */
  pool(items: TrackedIndicator[]): TrackedIndicator[] {
    return inPillar(items, this.group);
  }

  /** The chosen pillar's items filtered and sorted. */
  visible(items: TrackedIndicator[]): TrackedIndicator[] {
    return arrange(this.pool(items), {
      status: this.status,
      sort: this.sort,
      locale: this.host.intlLocale,
    });
  }

  /** The pillar chosen as the file writes it, if the file has it. */
  matchedGroup(items: TrackedIndicator[]): string | undefined {
    return this.group ? matchGroup(items, this.group) : undefined;
  }
}
