/**
 * A plan indicativo in the tracker: what the element holds once its file is read, and what
 * the reader chose (the eje, the words searched, how many goals are drawn). The drawing is
 * the lazy plan part (plan-view.ts), loaded only when the file is a plan.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PlanEjeGroup, PlanReadResult } from '@rendir/core';

/** A plan as the tracker shows it: core's reading and its goals by eje and programa. */
export interface TrackedPlan {
  plan: PlanReadResult;
  ejes: PlanEjeGroup[];
}

/** What the reader chose; a change draws the plan again. */
export class PlanChoices {
  /** The eje chosen in the select (empty: the `eje` attribute's, else all). */
  eje = '';
  /** Words a goal must hold (its name, code, indicator, programa, responsible or BPIN). */
  query = '';
  /** How many pages of goals are drawn; a new choice starts again at one. */
  pages = 1;
  /** Prefix of the controls' ids. */
  readonly id: string;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost, id: string) {
    this.host = host;
    this.id = id;
  }

  choose(change: { eje?: string; query?: string }): void {
    if (change.eje !== undefined) this.eje = change.eje;
    if (change.query !== undefined) this.query = change.query;
    this.pages = 1;
    this.host.requestUpdate();
  }

  more(): void {
    this.pages++;
    this.host.requestUpdate();
  }
}
