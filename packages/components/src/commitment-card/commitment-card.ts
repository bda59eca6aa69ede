import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { reservedHeightStyles } from '../platform/reserved-height.ts';
import { completionWord, msg, safeUrl, splitYearRanges } from '@rendir/core';
import type { Commitment, Milestone, NumberFormat } from '@rendir/core';
import { RendirElement } from '../platform/rendir-element.ts';
import type { DataController } from '../platform/data-controller.ts';
import { renderError } from '../platform/states.ts';
import { cardStyles, sharedStyles } from './commitment-card.styles.ts';
import { commitmentDataController, notFoundError, wereRead, type CommitmentData } from './data.ts';
import { icon } from './icons.ts';
import { daysSince, summariseMilestones, type MilestoneSummary } from './logic.ts';
import { commitmentMessages, valueKey, type CommitmentMessages } from './messages.ts';
import {
  date,
  exampleNotice,
  heading,
  noInfo,
  type CardView,
  type ExampleScope,
} from './card-view.ts';
import { renderMilestones, renderProgress } from './milestones.ts';
import { renderIrm, type Explanations, type IrmField } from './irm.ts';

export { clampHeading, type ExampleScope } from './card-view.ts';

/**
 * One Open Government Partnership commitment: what was promised, who is responsible,
 * how far it got (milestones) and what the Independent Reporting Mechanism said.
 *
 * @summary A commitment of an open government action plan, with milestones and the IRM's assessment.
 *
 * @attr commitment-id - Id of the commitment to show from the commitments file (`CO0001`, `IV-03`).
 * @attr src - URL of the commitments CSV (or JSON); without it, an inline `<script type="text/csv">` child.
 * @attr milestones-src - URL of the milestones CSV; without it, an inline `<script type="text/csv" data-name="milestones">`.
 * @attr variant - `full` (default) or `compact` (a summary with a button that shows milestones and assessment).
 * @attr example - `milestones` or `all`: a visible notice says that those data are made up for a demonstration.
 * @attr stale-after - Days after the last update when a notice warns the data may be out of date (default 365).
 * @attr heading-level - Level of the card's title heading, 2 to 6 (default 3).
 * @attr today - ISO date taken as today for the staleness notice (default: the reader's clock).
 * @attr number-format - `es` or `en`: how numbers in the CSV files are written, when the files cannot tell.
 * @attr lang - Language of the card (`es`, `en`); inherited from the nearest ancestor.
 * @attr theme - `light`, `dark`, `high-contrast` or `auto` (the reader's system); absent: light unless the page is dark.
 *
 * @prop {Commitment | undefined} commitment - The commitment record itself (takes precedence over files): a `Commitment` of `@rendir/core`, or plain JSON of its shape, read by core's `readCommitmentsJson` like a file; a bad value shows the error state naming the property, record and field.
 * @prop {Commitment[] | undefined} commitments - Commitment records to pick `commitment-id` from, read the same way.
 * @prop {Milestone[] | undefined} milestones - Milestone records (core's `readMilestonesJson`); those of other commitments are ignored.
 *
 * @event rendir-data-state - The data changed state: `{ status: 'loading' | 'empty' | 'error' | 'ready', error? }`.
 * @event rendir-data-warnings - The data loaded with problems that did not stop the widget (e.g. a link dropped as unsafe): `{ warnings }`, each with file, line, column and a message in Spanish and English; also logged to the console.
 *
 * @slot - Inline data: `<script type="text/csv">` with the commitments and `<script type="text/csv" data-name="milestones">`.
 *
 * @csspart card - The `<article>` around the commitment.
 * @csspart id - The commitment id.
 * @csspart title - The title heading.
 * @csspart badge - The completion, starred and example badges.
 * @csspart milestones - The milestones section.
 * @csspart milestone - One milestone.
 * @csspart progress-bar - A progress bar (commitment or milestone).
 * @csspart irm - The IRM assessment section.
 * @csspart explain-button - A "what does it mean?" button.
 * @csspart explanation - The explanation a button reveals.
 * @csspart notice - The example and staleness notices.
 * @csspart toggle - The compact variant's show-details button.
 * @csspart state - Loading, empty and error states.
 *
 * @cssprop --rendir-color-accent - Links, buttons and progress bars.
 * @cssprop --rendir-color-achieved - Complete milestones and the starred badge.
 * @cssprop --rendir-color-on-track - Milestones in progress.
 * @cssprop --rendir-color-off-track - Delayed milestones.
 * @cssprop --rendir-color-at-risk - Example and staleness notices.
 * @cssprop --rendir-color-no-data - Milestones not started or without a status.
 * @cssprop --rendir-space - Base spacing.
 * @cssprop --rendir-radius - Corner radius.
 */
export class RendirCommitmentCard extends RendirElement {
  static override styles = [
    RendirElement.styles,
    sharedStyles,
    cardStyles,
    reservedHeightStyles('rendir-commitment-card'),
  ];

  static override coreWords = true;

  static override properties: PropertyDeclarations = {
    commitmentId: { attribute: 'commitment-id', reflect: true },
    src: {},
    milestonesSrc: { attribute: 'milestones-src' },
    variant: { reflect: true },
    example: {},
    staleAfter: { type: Number, attribute: 'stale-after' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    today: {},
    numberFormat: { attribute: 'number-format' },
    commitment: { attribute: false },
    commitments: { attribute: false },
    milestones: { attribute: false },
    expanded: { state: true },
  };

  commitmentId?: string;
  src?: string;
  milestonesSrc?: string;
  variant: 'full' | 'compact' = 'full';
  example?: ExampleScope;
  staleAfter = 365;
  headingLevel = 3;
  today?: string;
  numberFormat?: NumberFormat;

  commitment?: Commitment;
  commitments?: Commitment[];
  milestones?: Milestone[];

  private expanded = false;
  /** The IRM's "¿Qué significa?" the reader opened. */
  private open = new Set<IrmField>();
  private readonly explanations: Explanations = {
    open: this.open,
    toggle: (field) => {
      if (!this.open.delete(field)) this.open.add(field);
      this.requestUpdate();
    },
  };

  /** Created only when the data must be read; a list's card (records it read) renders at once. */
  private data?: DataController<CommitmentData>;
  private summaryCache?: {
    milestones: Milestone[] | undefined;
    id: string;
    value: MilestoneSummary;
  };

  /** Resolves when data has loaded (or failed) and the card has rendered. */
  get loaded(): Promise<void> {
    return this.updateComplete
      .then(() => this.data?.complete)
      .then(() => this.updateComplete)
      .then(() => {});
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first update: its render, the loading state, then waits for no catalogue.
    this.loadOwnData();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another commitment (a list reuses cards when filtering) starts closed.
    if (changed.has('commitment') && changed.get('commitment') !== undefined) {
      this.expanded = false;
      this.open.clear();
    }
    this.loadOwnData();
  }

  /** Records a list read and handed over: shown as they are, with no reading again. */
  private givenRead(): boolean {
    // A page's milestones that are no list are read, and refused, as a file's would be.
    const milestones: unknown = this.milestones ?? [];
    return (
      !!this.commitment &&
      Array.isArray(milestones) &&
      wereRead([this.commitment, ...(milestones as object[])])
    );
  }

  /** A card reads its own data: `src`, inline, or the page's records (read like a file). */
  private loadOwnData(): void {
    if (!this.data && !this.givenRead()) this.data = commitmentDataController(this);
  }

  private get m(): CommitmentMessages {
    return this.msg(commitmentMessages);
  }

  /** What the render parts share (card-view.ts). */
  private view(): CardView {
    return {
      m: this.m,
      locale: this.locale,
      intlLocale: this.intlLocale,
      headingLevel: this.headingLevel,
      example: this.example,
    };
  }

  override render(): unknown {
    if (this.commitment && this.givenRead())
      return this.renderCard(this.commitment, this.milestones ?? []);
    if (!this.data) return nothing;
    return this.data.render((data) => this.renderFromData(data));
  }

  private renderFromData(data: CommitmentData): unknown {
    // The page's own `commitment` is the card's, whatever `commitment-id` says.
    if (this.commitment) return this.renderCard(data.commitments[0], data.milestones);
    const id = this.commitmentId?.trim();
    const found = id
      ? data.commitments.find((c) => c.id === id)
      : data.commitments.length === 1
        ? data.commitments[0]
        : undefined;
    if (!found) {
      const file = this.src ?? `<${this.localName}>`;
      const message = id ? msg('commitment.not_found', { id }) : msg('commitment.no_id');
      return renderError(notFoundError(file, id ?? '', message), this.t, this.locale);
    }
    return this.renderCard(found, data.milestones);
  }

  private summary(commitment: Commitment, milestones: Milestone[]): MilestoneSummary {
    const cache = this.summaryCache;
    if (cache && cache.milestones === milestones && cache.id === commitment.id) return cache.value;
    const own = milestones.filter((m) => m.commitmentId === commitment.id);
    const value = summariseMilestones(own);
    this.summaryCache = { milestones, id: commitment.id, value };
    return value;
  }

  /** Today as an ISO date: the `today` attribute, else the reader's clock (UTC). */
  private todayIso(): string {
    const given = this.today?.trim();
    if (given && /^\d{4}-\d{2}-\d{2}$/.test(given)) return given;
    return new Date().toISOString().slice(0, 10);
  }

  private renderCard(c: Commitment, milestones: Milestone[]): TemplateResult {
    const v = this.view();
    const m = v.m;
    const compact = this.variant === 'compact';
    const summary = this.summary(c, milestones);
    const showDetails = !compact || this.expanded;
    return html`<article part="card" aria-labelledby="title">
      ${this.example === 'all' && !compact ? exampleNotice(m.exampleAll) : nothing}
      <header>
        <p class="eyebrow">
          <span
            ><span class="visually-hidden">${m.commitment} </span
            ><span class="id" part="id">${c.id}</span></span
          >
          ${
            c.actionPlan
              ? html`<span
                  ><span class="visually-hidden">${m.actionPlan}: </span>${splitYearRanges(
                    c.actionPlan,
                  ).map((part, i) =>
                    i % 2 ? html`<span class="period">${part}</span>` : part,
                  )}</span
                >`
              : nothing
          }
        </p>
        ${heading(v, 0, 'title', c.title, 'title')} ${this.renderBadges(c, compact)}
      </header>
      ${this.renderFacts(v, c, compact)} ${!compact ? this.renderText(c) : nothing}
      ${renderProgress(v, summary, compact)}
      ${
        showDetails
          ? html`<div class="details" id="details">
              ${compact ? this.renderText(c) : nothing} ${renderMilestones(v, summary)}
              ${renderIrm(v, this.explanations, c)}
            </div>`
          : nothing
      }
      ${
        compact
          ? html`<button
              type="button"
              class="toggle"
              part="toggle"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls="details"
              @click=${this.toggleDetails}
            >
              ${this.expanded ? m.hideDetails : m.showDetails}
            </button>`
          : nothing
      }
      ${this.renderFooter(v, c, compact)}
    </article>`;
  }

  private toggleDetails(): void {
    this.expanded = !this.expanded;
  }

  private renderBadges(c: Commitment, compact: boolean): TemplateResult | typeof nothing {
    const m = this.m;
    const badges: TemplateResult[] = [];
    if (this.example === 'all' && compact) {
      badges.push(
        html`<li class="badge example" part="badge" title=${m.exampleAll}>
          ${icon('info')}${m.exampleBadge}<span class="visually-hidden">: ${m.exampleAll}</span>
        </li>`,
      );
    }
    if (c.starred) {
      badges.push(html`<li class="badge starred" part="badge">${icon('star')}${m.starredYes}</li>`);
    }
    if (compact) {
      badges.push(
        html`<li class="badge completion" part="badge">
          ${m.completion}: ${this.coreText(completionWord(c.completion ?? 'unknown'))}
        </li>`,
      );
    }
    return badges.length
      ? html`<ul class="badges" role="list">
          ${badges}
        </ul>`
      : nothing;
  }

  private renderFacts(v: CardView, c: Commitment, compact: boolean): TemplateResult {
    const m = v.m;
    const lead = c.leadInstitution?.trim();
    const start = date(v, c.startDate);
    const end = date(v, c.endDate);
    return html`<dl class="facts">
      <dt>${m.leadInstitution}</dt>
      <dd part="lead">${lead || noInfo(v)}</dd>
      ${
        !compact && !c.actionPlan
          ? html`<dt>${m.actionPlan}</dt>
              <dd>${noInfo(v)}</dd>`
          : nothing
      }
      ${
        !compact && c.supportingActors.length
          ? html`<dt>${m.supportingActors}</dt>
              <dd>
                ${
                  c.supportingActors.length === 1
                    ? c.supportingActors[0]
                    : html`<ul class="plain-list">
                        ${c.supportingActors.map((a) => html`<li>${a}</li>`)}
                      </ul>`
                }
              </dd>`
          : nothing
      }
      ${
        c.ogpValues.length
          ? html`<dt>${m.ogpValues}</dt>
              <dd>
                <ul class="chips" role="list">
                  ${c.ogpValues.map((v) => html`<li class="chip" part="chip">${m[valueKey(v)]}</li>`)}
                </ul>
              </dd>`
          : nothing
      }
      ${
        !compact && (start || end)
          ? html`<dt>${m.dates}</dt>
              <dd>
                ${start ? html`<span>${m.startDate}: <span class="date">${start}</span></span>` : nothing}
                ${start && end ? html`<span aria-hidden="true"> · </span>` : nothing}
                ${end ? html`<span>${m.endDate}: <span class="date">${end}</span></span>` : nothing}
              </dd>`
          : nothing
      }
    </dl>`;
  }

  private renderText(c: Commitment): TemplateResult | typeof nothing {
    if (!c.description && !c.problem) return nothing;
    const m = this.m;
    return html`<div class="text">
      ${c.problem ? html`<p><strong>${m.problem}:</strong> ${c.problem}</p>` : nothing}
      ${c.description ? html`<p><strong>${m.description}:</strong> ${c.description}</p>` : nothing}
    </div>`;
  }

  private renderFooter(v: CardView, c: Commitment, compact: boolean): TemplateResult {
    const m = v.m;
    const updated = date(v, c.lastUpdated);
    const days = daysSince(c.lastUpdated, this.todayIso());
    const stale = days !== null && days > this.staleAfter;
    const url = safeUrl(c.url);
    return html`<footer>
      ${
        updated || !compact
          ? html`<p><strong>${m.lastUpdated}:</strong> ${updated ?? noInfo(v)}</p>`
          : nothing
      }
      ${
        stale
          ? html`<p class="notice stale" part="notice">
              ${icon('warning')}<span>${m.stale(Math.floor(days / 30.44))}</span>
            </p>`
          : nothing
      }
      ${
        url && !url.startsWith('mailto:')
          ? html`<p><a href=${url} rel="noopener noreferrer external">${m.moreInfo}</a></p>`
          : nothing
      }
    </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rendir-commitment-card': RendirCommitmentCard;
  }
}
