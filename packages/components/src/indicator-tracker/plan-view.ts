/**
 * A plan indicativo in the tracker (loaded only when the file is one): the whole plan by eje
 * and programa, searched, filtered by eje and drawn a page of goals at a time; one eje (`eje`)
 * with its money per year; or one goal (`goal`). Each goal with its baseline, four-year
 * target and, per year, expected, planned and executed, status in words, physical and
 * financial progress side by side with the flag in words, and its money. Every figure and
 * word that decides is core's (planGoalYears, planMoneyByYear, the status and flag labels).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  formatCell,
  formatMoney,
  formatPercent,
  formatPercentValue,
  EXECUTION_DIGITS,
  foldText,
  planByEje,
  planEjeNamed,
  planGoalsNamed,
  planGoalYears,
  planMoneyByYear,
  planTargetProgress,
  planFlagWord,
  PLAN_MONEY_ORDER,
  planStatusWord,
  type ExecutionKey,
  type PlanEjeGroup,
  type PlanGoal,
  type PlanReadResult,
  type PlanValue,
  type PlanYearProgress,
  type PlanYearStatus,
} from '@rendir/core';
import { planMessages, type PlanMessages } from './plan-messages.ts';
import type { PlanChoices, TrackedPlan } from './plan-state.ts';
import { statusIcon } from './icons.ts';
import { coreMessage } from '../platform/core-messages.ts';
import { tokens } from '../platform/theme.ts';
import { frameSource, statusWord, type TrackerView } from './view.ts';

export function track(plan: PlanReadResult): TrackedPlan {
  return { plan, ejes: planByEje(plan.goals) };
}

/** The element's attributes that shape a plan (`limit`: goals per page, a number, `all` or empty: 10). */
export interface PlanOptions {
  eje: string;
  goal: string;
  limit: string;
  heading: string;
  currency: string;
  execution: ExecutionKey;
}

/** What every goal of one render shares. */
interface Ctx {
  v: TrackerView;
  p: PlanMessages;
  data: TrackedPlan;
  o: PlanOptions;
  choices: PlanChoices;
}

const PAGE = 10;

/** A status as a glyph (shape, not colour) and core's words. */
const GLYPHS: Record<PlanYearStatus, string> = {
  achieved: '✔',
  partial: '◔',
  not_started: '○',
  not_planned: '–',
  no_data: '?',
  not_evaluable: '!',
};

function statusText(v: TrackerView, status: PlanYearStatus): string {
  return coreMessage(planStatusWord(status), v.locale);
}

function flagText(v: TrackerView, flag: NonNullable<PlanYearProgress['flag']>): string {
  return coreMessage(planFlagWord(flag), v.locale);
}

export function renderPlan(
  v: TrackerView,
  data: TrackedPlan,
  o: PlanOptions,
  choices: PlanChoices,
): TemplateResult {
  const c: Ctx = { v, p: planMessages[v.locale], data, o, choices };
  if (o.goal) {
    const goal = planGoalsNamed(data.plan.goals, o.goal)[0];
    if (!goal) return notice(c.p.goalNotFound(o.goal));
    return html`<div class="plan single">${renderGoal(c, goal, 'div', 3)}</div>`;
  }
  if (o.eje) {
    const eje = planEjeNamed(data.ejes, o.eje);
    if (!eje) return notice(c.p.ejeNotFound(o.eje));
    return html`<div class="plan">
      ${o.heading ? html`<h2 class="title">${o.heading}</h2>` : nothing} ${renderEjeMoney(c, eje)}
      ${renderList(c, [eje])}
    </div>`;
  }
  const chosen = planEjeNamed(data.ejes, c.choices.eje);
  return html`<div class="plan">
    ${renderSummary(c)} ${renderControls(c, chosen)} ${chosen ? renderEjeMoney(c, chosen) : nothing}
    ${renderList(c, chosen ? [chosen] : data.ejes)}
  </div>`;
}

const notice = (text: string) => html`<p class="notice" role="status">${text}</p>`;

function renderSummary(c: Ctx): TemplateResult {
  const { v, p, data } = c;
  const goals = data.plan.goals;
  const years = goals.map((g) => planGoalYears(g, data.plan.years, c.o.execution));
  const notEvaluable = goals.filter((g) => g.notEvaluable?.length).length;
  const flagged = years.filter((ys) => ys.some((y) => y.flag)).length;
  const facts = [
    notEvaluable ? p.notEvaluableCount(notEvaluable) : '',
    flagged ? p.flaggedCount(flagged) : '',
  ].filter(Boolean);
  const list = new Intl.ListFormat(v.intlLocale, { type: 'conjunction' });
  return html`<rendir-chart-frame
    class="summary"
    part="summary"
    theme=${v.frame.theme ?? nothing}
    chart-title=${c.o.heading || p.title}
    summary=${[p.summary(goals.length, data.ejes.length), ...facts].join(' ')}
    notes=${v.frame.note}
    .source=${frameSource(v)}
    .embed=${v.frame.embed}
  >
    <ul slot="chart" class="plan-counts">
      ${data.plan.years.map((year) => {
        const counts = new Map<PlanYearStatus, number>();
        for (const ys of years) {
          const y = ys.find((one) => one.year === year);
          if (y) counts.set(y.status, (counts.get(y.status) ?? 0) + 1);
        }
        const parts = [...counts].map(([s, n]) => `${statusText(v, s)}: ${n}`);
        return parts.length ? html`<li>${p.yearCounts(year, list.format(parts))}</li>` : nothing;
      })}
    </ul>
  </rendir-chart-frame>`;
}

function renderControls(c: Ctx, chosen: PlanEjeGroup | undefined): TemplateResult {
  const { p, data } = c;
  const id = c.choices.id;
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<div class="controls" part="controls">
    ${
      data.ejes.length > 1
        ? html`<label for="${id}-eje"
            >${p.eje}
            <select id="${id}-eje" @change=${(e: Event) => c.choices.choose({ eje: value(e) })}>
              <option value="" ?selected=${!chosen}>${p.allEjes}</option>
              ${data.ejes.map(
                (g) =>
                  html`<option value=${g.eje} ?selected=${g === chosen}>
                    ${g.eje || p.noName}
                  </option>`,
              )}
            </select></label
          >`
        : nothing
    }
    <label for="${id}-search"
      >${p.search}
      <input
        id="${id}-search"
        type="search"
        .value=${c.choices.query}
        @input=${(e: Event) => c.choices.choose({ query: value(e) })}
    /></label>
  </div>`;
}

/** Whether a goal holds every word searched, in any case or accents. */
function matches(goal: PlanGoal, words: string[]): boolean {
  if (words.length === 0) return true;
  const text = foldText(
    [goal.code, goal.name, goal.indicator, goal.program, goal.responsible, goal.bpin].join(' '),
  );
  return words.every((w) => text.includes(w));
}

function pageSize(limit: string): number {
  const written = String(limit ?? '')
    .trim()
    .toLowerCase();
  if (written === 'all' || written === '0') return Infinity;
  return /^\d+$/.test(written) ? Number(written) : PAGE;
}

/** The ejes' goals that match the search, a page at a time, under their eje and programa. */
function renderList(c: Ctx, ejes: readonly PlanEjeGroup[]): TemplateResult {
  const { p, o } = c;
  const words = foldText(c.choices.query).split(/\s+/).filter(Boolean);
  const total = ejes.reduce((n, e) => n + e.goalCount, 0);
  const found = ejes.map((e) => ({
    eje: e,
    programs: e.programs
      .map((pr) => ({ program: pr, goals: pr.goals.filter((g) => matches(g, words)) }))
      .filter((pr) => pr.goals.length > 0),
  }));
  const matching = found.reduce(
    (n, e) => n + e.programs.reduce((m, pr) => m + pr.goals.length, 0),
    0,
  );
  const drawn = Math.min(matching, pageSize(o.limit) * c.choices.pages);
  let left = drawn;
  const sections = found.map(({ eje, programs }) => {
    if (left <= 0 || programs.length === 0) return nothing;
    const body = programs.map(({ program, goals }) => {
      const some = goals.slice(0, Math.max(0, left));
      left -= some.length;
      if (some.length === 0) return nothing;
      return html`<section class="plan-program">
        ${heading(4, html`${p.program}: ${program.program || p.noName}`)}
        <ul class="plan-goals" role="list">
          ${some.map((g) => html`<li>${renderGoal(c, g, 'article', 5)}</li>`)}
        </ul>
      </section>`;
    });
    return html`<section class="plan-eje">
      <h3>${eje.eje || p.noName} <span class="muted">(${p.goals(eje.goalCount)})</span></h3>
      ${body}
    </section>`;
  });
  const rest = matching - drawn;
  return html`
    <p class="count" role="status">${p.showing(drawn, total)}</p>
    ${matching === 0 ? notice(p.noMatch) : sections}
    ${
      rest > 0
        ? html`<button type="button" class="more" part="show-all" @click=${() => c.choices.more()}>
            ${p.more(Math.min(rest, pageSize(o.limit)))}
          </button>`
        : nothing
    }
  `;
}

function heading(level: number, content: unknown): TemplateResult {
  if (level <= 3) return html`<h3>${content}</h3>`;
  if (level === 4) return html`<h4>${content}</h4>`;
  return html`<h5>${content}</h5>`;
}

/** A physical value as published: a number or marker through core's formatter, text as written. */
function value(c: Ctx, v: PlanValue | undefined): TemplateResult {
  if (v === undefined) return html`—`;
  if ('text' in v) return html`<span class="plan-text">${v.text}</span>`;
  return html`${formatCell(v, c.v.intlLocale)}`;
}

const percent = (c: Ctx, p: string | undefined) =>
  p === undefined ? '—' : formatPercentValue(p, c.v.intlLocale, EXECUTION_DIGITS);
const money = (c: Ctx, amount: string) =>
  formatMoney(amount, { locale: c.v.intlLocale, currency: c.o.currency });

function renderGoal(c: Ctx, goal: PlanGoal, tag: 'article' | 'div', level: number): TemplateResult {
  const { p, data } = c;
  const plan = data.plan;
  const name = `${goal.code ? `${goal.code}. ` : ''}${goal.name}`;
  const facts: [string, string | undefined][] = [
    [p.indicator, goal.indicator],
    [p.unit, goal.unit],
    [p.responsible, goal.responsible],
    [p.bpin, goal.bpin],
  ];
  const body = html`
    ${heading(level, name)}
    ${tag === 'div' ? html`<p class="meta">${goal.eje} · ${p.program}: ${goal.program}</p>` : nothing}
    <dl class="plan-facts">
      ${facts.map(([label, text]) =>
        text
          ? html`<div>
              <dt>${label}</dt>
              <dd>${text}</dd>
            </div>`
          : nothing,
      )}
      <div>
        <dt>${p.baseline(plan.baselinePeriod ?? '—')}</dt>
        <dd>${value(c, goal.baseline)}</dd>
      </div>
      <div>
        <dt>${p.target(plan.targetPeriod ?? '—')}</dt>
        <dd>${value(c, goal.target)}</dd>
      </div>
    </dl>
    ${renderTarget(c, goal)}
    ${
      goal.notEvaluable
        ? html`<div class="plan-not-evaluable">
            ${status(c, 'not_evaluable')}
            <ul>
              ${goal.notEvaluable.map((n) => {
                const reason = coreMessage(n.reason, c.v.locale);
                return html`<li>${p.notEvaluableCell(n.header.trim(), n.text, reason)}</li>`;
              })}
            </ul>
          </div>`
        : nothing
    }
    ${renderYears(c, goal, name)}
  `;
  return tag === 'article'
    ? html`<article class="plan-goal" part="indicator">${body}</article>`
    : html`<div class="plan-goal" part="indicator">${body}</div>`;
}

/** The goal against its four-year target, when the plan declares how it accumulates. */
function renderTarget(c: Ctx, goal: PlanGoal): TemplateResult | typeof nothing {
  const { p, v } = c;
  const t = planTargetProgress(goal, c.data.plan);
  if (t.status === 'not_declared' || !t.accumulation) return nothing;
  let body: unknown = p.targetNotEvaluable;
  if (t.status === 'yearly') body = p.targetYearly;
  else if ('progress' in t) {
    const share = t.progress.progress;
    body = html`${t.achieved ? `${p.targetAchieved(formatCell(t.achieved.cell, v.intlLocale), t.achieved.year)} · ` : ''}${
        share === null ? '—' : formatPercent(share, v.intlLocale)
      }
      <span class="status st-${t.status}" part="status" data-status=${t.status}
        >${statusIcon(t.status)} ${statusWord(v, t.status)}</span
      >`;
  }
  return html`<p class="plan-target" data-accumulation=${t.accumulation}>
    ${p.targetLabel(p.accumulation(t.accumulation))}: ${body}
  </p>`;
}

function status(c: Ctx, s: PlanYearStatus): TemplateResult {
  return html`<span class="status st-plan-${s}" part="status" data-status=${s}
    ><span aria-hidden="true">${GLYPHS[s]}</span> ${statusText(c.v, s)}</span
  >`;
}

/** One row per year with figures: side by side, each column only where the goal has it. */
function renderYears(c: Ctx, goal: PlanGoal, name: string): TemplateResult {
  const { p, o, data } = c;
  const years = planGoalYears(goal, data.plan.years, o.execution);
  if (years.length === 0) return html`<p class="muted">${p.noYears}</p>`;
  const withheld = data.plan.withheldMoney;
  const has = {
    expected: years.some((y) => goal.years[y.year].expected !== undefined),
    physical: years.some((y) => y.physicalPercent !== undefined),
    financial: years.some((y) => y.financialPercent !== undefined),
    money: years.some(
      (y) =>
        Object.keys(goal.years[y.year].money).length > 0 || withheld.some((w) => w.year === y.year),
    ),
  };
  return html`<div class="plan-years" role="region" tabindex="0" aria-label=${p.yearsCaption(name)}>
    <table>
      <caption class="visually-hidden">
        ${p.yearsCaption(name)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${p.year}</th>
          ${has.expected ? html`<th scope="col" class="num">${p.expected}</th>` : nothing}
          <th scope="col" class="num">${p.planned}</th>
          <th scope="col" class="num">${p.executed}</th>
          <th scope="col">${p.status}</th>
          ${has.physical ? html`<th scope="col" class="num">${p.physical}</th>` : nothing}
          ${has.financial ? html`<th scope="col" class="num">${p.financial}</th>` : nothing}
          ${has.money ? html`<th scope="col">${p.money}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${years.map((y) => {
          const figures = goal.years[y.year];
          const refused = withheld.filter((w) => w.year === y.year);
          const keys = PLAN_MONEY_ORDER.filter(
            (k) => figures.money[k] !== undefined || refused.some((w) => w.key === k),
          );
          return html`<tr>
            <th scope="row">${y.year}</th>
            ${
              has.expected
                ? html`<td class="num" data-label=${p.expected}>${value(c, figures.expected)}</td>`
                : nothing
            }
            <td class="num" data-label=${p.planned}>${value(c, figures.plannedTotal)}</td>
            <td class="num" data-label=${p.executed}>${value(c, figures.executedTotal)}</td>
            <td data-label=${p.status}>
              ${status(c, y.status)}
              ${
                y.flag
                  ? html`<span class="plan-flag" data-flag=${y.flag}
                      ><span aria-hidden="true">⚠</span> ${flagText(c.v, y.flag)}</span
                    >`
                  : nothing
              }
            </td>
            ${
              has.physical
                ? html`<td class="num" data-label=${p.physical}>
                    ${percent(c, y.physicalPercent)}
                  </td>`
                : nothing
            }
            ${
              has.financial
                ? html`<td class="num" data-label=${p.financial}>
                    ${percent(c, y.financialPercent)}
                  </td>`
                : nothing
            }
            ${
              has.money
                ? html`<td data-label=${p.money}>
                    ${
                      keys.length === 0
                        ? '—'
                        : html`<ul class="plan-money">
                            ${keys.map((k) => {
                              const amount = figures.money[k];
                              return html`<li>
                                ${p.moneyKey(k)}:
                                ${
                                  amount !== undefined
                                    ? html`<span class="figure">${money(c, amount)}</span>`
                                    : html`<span class="plan-text">${p.unreadable}</span>`
                                }
                              </li>`;
                            })}
                          </ul>`
                    }
                  </td>`
                : nothing
            }
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** An eje's money per year and key (core's planMoneyByYear): withheld columns say why. */
function renderEjeMoney(c: Ctx, eje: PlanEjeGroup): TemplateResult | typeof nothing {
  const { p, data } = c;
  const goals = eje.programs.flatMap((pr) => pr.goals);
  const rows = planMoneyByYear(goals, data.plan.years, data.plan.withheldMoney);
  if (rows.length === 0) return nothing;
  return html`<div class="plan-years" role="region" tabindex="0" aria-label=${p.ejeMoney}>
    <table class="plan-eje-money">
      <caption>
        ${p.ejeMoney}
      </caption>
      <thead>
        <tr>
          <th scope="col">${p.year}</th>
          <th scope="col">${p.moneyKind}</th>
          <th scope="col" class="num">${p.total}</th>
          <th scope="col" class="num">${p.goalsWithFigure}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${r.year}</th>
              <td>${p.moneyKey(r.key)}</td>
              ${
                'withheld' in r
                  ? html`<td colspan="2" class="plan-text">
                      ${p.withheld(r.withheld.header.trim(), r.withheld.reason)}
                    </td>`
                  : html`<td class="num">${money(c, r.sum)}</td>
                      <td class="num">${p.ofGoals(r.goals, eje.goalCount)}</td>`
              }
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The plan's own styles, adopted beside the tracker's when a plan is shown. */
export const planStyles = css`
  .plan-goals {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    /* A card never grows past the widget: its year table scrolls inside it (320 px reflow). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--rendir-space-3, 0.75rem);
  }
  .plan,
  .plan-program,
  .plan-eje {
    min-width: 0;
  }
  .plan-goal {
    border: 1px solid ${tokens.border};
    border-radius: var(--rendir-radius, 6px);
    padding: var(--rendir-space-3, 0.75rem);
    min-width: 0;
  }
  .plan-goal h3,
  .plan-goal h4,
  .plan-goal h5 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  .plan-facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0 0 0.5rem;
  }
  .plan-facts dt {
    font-size: 0.85em;
    color: ${tokens.muted};
  }
  .plan-facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .plan-years {
    overflow-x: auto;
    max-width: 100%;
  }
  .plan-years table {
    border-collapse: collapse;
    font-size: 0.9em;
    width: max-content;
    max-width: 40rem;
  }
  .plan-years th,
  .plan-years td {
    border-bottom: 1px solid ${tokens.border};
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  .plan-years .num,
  .plan-years thead th,
  .plan-years tbody th {
    text-align: end;
    white-space: nowrap;
  }
  .plan-years thead th:not(.num),
  .plan-years tbody th {
    text-align: start;
  }
  /*
   * A narrow card (a phone, 320 px included): each year is a block of «label: figure» lines,
   * as the dataset's cards are, instead of a table cut at the edge. The header row stays for
   * screen readers; the drawn labels are not read twice.
   */
  @container (max-width: 30rem) {
    .plan-years table,
    .plan-years tbody,
    .plan-years tr,
    .plan-years th,
    .plan-years td {
      display: block;
      width: auto;
      max-width: none;
    }
    .plan-years thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .plan-years tr {
      padding-block: 0.25rem;
      border-bottom: 1px solid ${tokens.border};
    }
    .plan-years tbody th {
      font-weight: 700;
    }
    .plan-years th,
    .plan-years td,
    .plan-years .num {
      border: 0;
      text-align: start;
      white-space: normal;
    }
    .plan-years td {
      display: grid;
      grid-template-columns: minmax(0, 45%) minmax(0, 1fr);
      gap: 0.5em;
    }
    .plan-years td::before {
      content: attr(data-label) / '';
      color: ${tokens.muted};
    }
  }
  .plan .controls select {
    max-width: 100%;
  }
  .plan-money {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .plan-text {
    font-style: italic;
    overflow-wrap: anywhere;
  }
  .plan-flag {
    display: block;
    font-weight: 600;
  }
  .plan-counts {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .plan .controls input {
    font: inherit;
    padding: 0.25rem 0.5rem;
  }
  .plan .more {
    font: inherit;
    margin-top: var(--rendir-space-3, 0.75rem);
    padding: 0.4rem 0.9rem;
    cursor: pointer;
  }
`;

/** Adopted once into the tracker's shadow root. */
export function adoptPlanStyles(root: ShadowRoot): void {
  const sheet = planStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
