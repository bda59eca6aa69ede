import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { reservedHeightStyles } from '../platform/reserved-height.ts';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { formatDate, formatPercentValue, milestoneProgressText, msg, safeUrl } from '@rendir/core';
import type { Commitment, Milestone, NumberFormat } from '@rendir/core';
import { RendirElement } from '../platform/rendir-element.ts';
import type { DataController } from '../platform/data-controller.ts';
import { renderError } from '../platform/states.ts';
import { cardStyles, sharedStyles } from './commitment-card.styles.ts';
import { styleProps } from '../platform/style-props.ts';
import { commitmentDataController, notFoundError, type CommitmentData } from './data.ts';
import { icon } from './icons.ts';
import {
  COMPLETION_LEVELS,
  IMPACT_LEVELS,
  INFLUENCE_LEVELS,
  RESULTS_LEVELS,
  daysSince,
  summariseMilestones,
  type MilestoneSummary,
  type MilestoneView,
} from './logic.ts';
import {
  commitmentMessages,
  completionKey,
  completionMeaningKey,
  impactKey,
  impactMeaningKey,
  influenceKey,
  influenceMeaningKey,
  resultsKey,
  resultsMeaningKey,
  statusKey,
  valueKey,
  type CommitmentMessages,
} from './messages.ts';

/** What the card shows as example data: nothing, only the milestones, or everything. */
export type ExampleScope = 'milestones' | 'all';

const headingTags: StaticValue[] = [
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** Heading level 2-6 (1 belongs to the host page); anything else becomes 3. */
export function clampHeading(level: number): number {
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3;
}

const formattedDates = new Map<string, string>();

type IrmField = 'completion' | 'impact' | 'results' | 'starred' | 'influence';

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
 * @prop {Commitment | undefined} commitment - The commitment record itself (takes precedence over files).
 * @prop {Commitment[] | undefined} commitments - Commitment records to pick `commitment-id` from.
 * @prop {Milestone[] | undefined} milestones - Milestone records; those of other commitments are ignored.
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
    open: { state: true },
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
  private open = new Set<IrmField>();

  /** Created only when the data must be loaded; a card given `commitment` renders at once. */
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another commitment (a list reuses cards when filtering) starts closed.
    if (changed.has('commitment') && changed.get('commitment') !== undefined) {
      this.expanded = false;
      if (this.open.size) this.open = new Set();
    }
    if (!this.commitment && !this.data) {
      this.data = commitmentDataController(this);
    }
  }

  private get m(): CommitmentMessages {
    return this.msg(commitmentMessages);
  }

  override render(): unknown {
    if (this.commitment) return this.renderCard(this.commitment, this.milestones ?? []);
    if (!this.data) return nothing;
    return this.data.render((data) => this.renderFromData(data));
  }

  private renderFromData(data: CommitmentData): unknown {
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

  private pct(value: string): string {
    return formatPercentValue(value, this.intlLocale);
  }

  private date(iso: string | undefined): string | undefined {
    if (!iso) return undefined;
    const key = `${this.intlLocale}|${iso}`;
    let text = formattedDates.get(key);
    if (text === undefined) {
      try {
        text = formatDate(iso, this.intlLocale);
      } catch {
        // A date the core did not read (e.g. from JSON): show it as written.
        text = iso;
      }
      // The core builds an Intl formatter per call; a list of 1,000 cards repeats few dates.
      if (formattedDates.size > 5000) formattedDates.clear();
      formattedDates.set(key, text);
    }
    return text;
  }

  private noInfo(): TemplateResult {
    return html`<span class="no-info">${this.m.noInfo}</span>`;
  }

  private renderCard(c: Commitment, milestones: Milestone[]): TemplateResult {
    const m = this.m;
    const compact = this.variant === 'compact';
    const summary = this.summary(c, milestones);
    const showDetails = !compact || this.expanded;
    const tag = headingTags[clampHeading(this.headingLevel) - 2];
    return html`<article part="card" aria-labelledby="title">
      ${this.example === 'all' && !compact ? this.exampleNotice(m.exampleAll) : nothing}
      <header>
        <p class="eyebrow">
          <span
            ><span class="visually-hidden">${m.commitment} </span
            ><span class="id" part="id">${c.id}</span></span
          >
          ${
            c.actionPlan
              ? html`<span
                  ><span class="visually-hidden">${m.actionPlan}: </span>${c.actionPlan}</span
                >`
              : nothing
          }
        </p>
        ${staticHtml`<${tag} class="title" id="title" part="title">${c.title}</${tag}>`}
        ${this.renderBadges(c, compact)}
      </header>
      ${this.renderFacts(c, compact)} ${!compact ? this.renderText(c) : nothing}
      ${this.renderProgress(summary, compact)}
      ${
        showDetails
          ? html`<div class="details" id="details">
              ${compact ? this.renderText(c) : nothing} ${this.renderMilestones(summary)}
              ${this.renderIrm(c)}
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
      ${this.renderFooter(c, compact)}
    </article>`;
  }

  private toggleDetails(): void {
    this.expanded = !this.expanded;
  }

  private exampleNotice(text: string): TemplateResult {
    return html`<p class="notice example" part="notice">${icon('info')}<span>${text}</span></p>`;
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
    if (compact && c.completion) {
      badges.push(
        html`<li class="badge completion" part="badge">
          ${m.completion}: ${m[completionKey(c.completion)]}
        </li>`,
      );
    }
    return badges.length
      ? html`<ul class="badges" role="list">
          ${badges}
        </ul>`
      : nothing;
  }

  private renderFacts(c: Commitment, compact: boolean): TemplateResult {
    const m = this.m;
    const lead = c.leadInstitution?.trim();
    const start = this.date(c.startDate);
    const end = this.date(c.endDate);
    return html`<dl class="facts">
      <dt>${m.leadInstitution}</dt>
      <dd part="lead">${lead || this.noInfo()}</dd>
      ${
        !compact && !c.actionPlan
          ? html`<dt>${m.actionPlan}</dt>
              <dd>${this.noInfo()}</dd>`
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
                ${start ? html`<span>${m.startDate}: ${start}</span>` : nothing}
                ${start && end ? html`<span aria-hidden="true"> · </span>` : nothing}
                ${end ? html`<span>${m.endDate}: ${end}</span>` : nothing}
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

  private renderProgress(s: MilestoneSummary, compact: boolean): TemplateResult | typeof nothing {
    if (s.total === 0) return nothing;
    const m = this.m;
    return html`<div class="progress" part="progress">
      ${
        this.example === 'milestones'
          ? compact
            ? html`<p class="muted">${icon('info')} ${m.exampleMilestonesShort}</p>`
            : this.exampleNotice(m.exampleMilestones)
          : nothing
      }
      <p>
        <strong>${m.milestoneProgress}:</strong>
        ${milestoneProgressText(s, this.locale, this.intlLocale)}
      </p>
      ${
        s.progress !== null
          ? html`<div class="bar" part="progress-bar" aria-hidden="true">
                <span ${styleProps({ '--value': `${s.progress}%` })}></span>
              </div>
              <p class="muted">
                <small>${m.averageOf(s.measured, s.total)}</small>
              </p>`
          : nothing
      }
    </div>`;
  }

  /** A heading one level below the card's title. */
  private sectionHeading(id: string, label: string): TemplateResult {
    const tag = headingTags[Math.min(clampHeading(this.headingLevel) + 1, 6) - 2];
    return staticHtml`<${tag} class="section-title" id=${id}>${label}</${tag}>`;
  }

  private renderMilestones(s: MilestoneSummary): TemplateResult {
    const m = this.m;
    return html`<section
      class="milestones-section"
      part="milestones"
      aria-labelledby="milestones-title"
    >
      ${this.sectionHeading('milestones-title', m.milestones)}
      ${
        s.total === 0
          ? html`<p class="muted">${m.noMilestones}</p>`
          : html`<ol class="milestones" role="list">
              ${s.views.map((v) => this.renderMilestone(v))}
            </ol>`
      }
    </section>`;
  }

  private renderMilestone(v: MilestoneView): TemplateResult {
    const m = this.m;
    const ms = v.milestone;
    const start = this.date(ms.startDate);
    const end = this.date(ms.endDate);
    return html`<li class="milestone" part="milestone" data-status=${v.status}>
      ${icon(v.status)}
      <div>
        <p class="milestone-title">${ms.title}</p>
        <p class="meta">
          <span class="status">${m[statusKey(v.status)]}</span>
          ${
            v.progress !== null
              ? html`<span>${m.milestoneProgress}: ${this.pct(v.progress)}</span>`
              : nothing
          }
          ${start || end ? html`<span>${[start, end].filter(Boolean).join(' – ')}</span>` : nothing}
          ${
            ms.responsible
              ? html`<span>${m.milestoneResponsible}: ${ms.responsible}</span>`
              : nothing
          }
        </p>
        ${
          v.progress !== null
            ? html`<div class="bar" part="progress-bar" aria-hidden="true">
                <span ${styleProps({ '--value': `${v.progress}%` })}></span>
              </div>`
            : nothing
        }
        ${ms.evidenceUrl ? this.renderEvidence(ms.evidenceUrl, ms.title) : nothing}
      </div>
    </li>`;
  }

  private renderEvidence(raw: string, title: string): TemplateResult {
    const m = this.m;
    const url = safeUrl(raw);
    if (!url || url.startsWith('mailto:')) {
      return html`<p class="meta unsafe">
        ${m.evidence}: <code>${raw}</code> <span>${m.unsafeLink}</span>
      </p>`;
    }
    const host = new URL(url).hostname;
    return html`<p class="meta">
      <a href=${url} rel="noopener noreferrer external"
        >${m.evidence}${host ? html` · ${host}` : nothing}<span class="visually-hidden">
          — ${title}</span
        ></a
      >
    </p>`;
  }

  private explainButton(field: IrmField, label: string): TemplateResult {
    const isOpen = this.open.has(field);
    return html`<button
      type="button"
      class="explain"
      part="explain-button"
      aria-expanded=${isOpen ? 'true' : 'false'}
      aria-controls=${`explain-${field}`}
      @click=${() => this.toggleExplain(field)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape' && this.open.has(field)) {
          e.preventDefault();
          this.toggleExplain(field);
        }
      }}
    >
      ${this.m.whatIs}<span class="visually-hidden"> ${label}</span>
    </button>`;
  }

  private toggleExplain(field: IrmField): void {
    const open = new Set(this.open);
    if (open.has(field)) open.delete(field);
    else open.add(field);
    this.open = open;
  }

  private explanation(
    field: IrmField,
    about: string,
    scale: { label: string; meaning: string; current: boolean }[],
  ): TemplateResult {
    return html`<div
      class="explanation"
      part="explanation"
      id=${`explain-${field}`}
      ?hidden=${!this.open.has(field)}
    >
      <p>${about}</p>
      ${
        scale.length
          ? html`<ul>
              ${scale.map(
                (s) =>
                  html`<li aria-current=${s.current ? 'true' : 'false'}>
                    ${s.label}:
                    ${s.meaning}${
                      s.current ? html` <span class="muted">(${this.m.reached})</span>` : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderIrm(c: Commitment): TemplateResult {
    const m = this.m;
    const fields: TemplateResult[] = [];
    if (c.completion) {
      const value = c.completion;
      fields.push(
        this.irmField(
          'completion',
          m.completion,
          html`<span class="level">${m[completionKey(value)]}</span>`,
          m.completionAbout,
          COMPLETION_LEVELS.map((l) => ({
            label: m[completionKey(l)],
            meaning: m[completionMeaningKey(l)],
            current: l === value,
          })),
        ),
      );
    }
    if (c.potentialImpact) {
      const value = c.potentialImpact;
      fields.push(
        this.irmField(
          'impact',
          m.impact,
          html`<span class="level">${m[impactKey(value)]}</span>`,
          m.impactAbout,
          IMPACT_LEVELS.map((l) => ({
            label: m[impactKey(l)],
            meaning: m[impactMeaningKey(l)],
            current: l === value,
          })),
        ),
      );
    }
    if (c.potentialResults) {
      const value = c.potentialResults;
      fields.push(
        this.irmField(
          'results',
          m.results,
          html`<span class="level">${m[resultsKey(value)]}</span>`,
          m.resultsAbout,
          RESULTS_LEVELS.map((l) => ({
            label: m[resultsKey(l)],
            meaning: m[resultsMeaningKey(l)],
            current: l === value,
          })),
        ),
      );
    }
    if (c.starred !== undefined) {
      fields.push(
        this.irmField(
          'starred',
          m.starred,
          c.starred
            ? html`<span class="level">${icon('star')} ${m.starredYes}</span>`
            : html`<span class="level">${m.starredNo}</span>`,
          m.starredAbout,
          [],
        ),
      );
    }
    if (c.publicInfluence) {
      const value = c.publicInfluence;
      const reached = INFLUENCE_LEVELS.indexOf(value);
      fields.push(
        this.irmField(
          'influence',
          m.influence,
          html`<span class="level"
              >${m[influenceKey(value)]}
              <span class="muted"
                >(${m.influenceLevel(reached + 1, INFLUENCE_LEVELS.length)})</span
              ></span
            >
            <ol class="scale" aria-hidden="true">
              ${INFLUENCE_LEVELS.map(
                (l, i) =>
                  html`<li class=${i === reached ? 'reached' : i < reached ? 'passed' : ''}>
                    ${i === reached ? icon('complete') : nothing}${m[influenceKey(l)]}
                  </li>`,
              )}
            </ol>`,
          m.influenceAbout,
          INFLUENCE_LEVELS.map((l) => ({
            label: m[influenceKey(l)],
            meaning: m[influenceMeaningKey(l)],
            current: l === value,
          })),
        ),
      );
    }
    return html`<section class="irm-section" part="irm" aria-labelledby="irm-title">
      ${this.sectionHeading('irm-title', m.irm)}
      ${
        fields.length
          ? html`<dl class="irm">${fields}</dl>`
          : html`<p class="muted">${m.irmNone}</p>`
      }
    </section>`;
  }

  private irmField(
    field: IrmField,
    label: string,
    value: TemplateResult,
    about: string,
    scale: { label: string; meaning: string; current: boolean }[],
  ): TemplateResult {
    return html`<div class="irm-field" data-field=${field}>
      <dt>${label}</dt>
      <dd>${value} ${this.explainButton(field, label)} ${this.explanation(field, about, scale)}</dd>
    </div>`;
  }

  private renderFooter(c: Commitment, compact: boolean): TemplateResult {
    const m = this.m;
    const updated = this.date(c.lastUpdated);
    const days = daysSince(c.lastUpdated, this.todayIso());
    const stale = days !== null && days > this.staleAfter;
    const url = safeUrl(c.url);
    return html`<footer>
      ${
        updated || !compact
          ? html`<p><strong>${m.lastUpdated}:</strong> ${updated ?? this.noInfo()}</p>`
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
