/**
 * The height each widget reserves on a page, so nothing below it moves while its script
 * and data load (no layout shift). Used twice from here: by `rendir.css` for a tag not yet
 * defined, and by the element itself (`reservedHeightStyles`) from its first frame until
 * it is removed, as the least height it takes, so the loading state never shrinks the
 * reserved space and the loaded widget grows from it rather than from zero. Each value is
 * about the least height the widget takes with real data (measured on the hostile CMS page
 * of test/embed/cms.test.ts and reserved-heights.test.ts): in a column of 30rem or more, and
 * on a phone, where its text wraps into more lines; per view where an attribute says which
 * (one indicator, one goal). `--rendir-reserved-height` on the element or an ancestor
 * overrides them all.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** The least height of one view of a widget: in a column of 30rem or more, and on a phone. */
export interface ReservedHeight {
  column: string;
  /** On a phone (a viewport narrower than `PHONE_WIDTH`), where it differs. */
  phone?: string;
}

/**
 * Each widget's views: `''` is what it shows without other attributes; an attribute's name
 * is the view that attribute asks for, known before the script runs (later entries win).
 * A view taller than a screen reserves about a tall phone's screen (56rem, 896 px): what is
 * below it is then out of view when it grows, so nothing in view moves. (Not `100svh`: in an
 * iframe sized to its content that would hold the frame at its tallest.)
 */
export const reservedHeights: Readonly<Record<string, Readonly<Record<string, ReservedHeight>>>> = {
  'rendir-budget-viewer': { '': { column: '60rem' } },
  'rendir-indicator-tracker': {
    // A set folded to its summary: 301 px in a 720 px column, 380 to 408 px at 375 px.
    '': { column: '20rem', phone: '26rem' },
    // A whole plan (`plan`, as the site's code writes it): 3,560 px in a 720 px column.
    plan: { column: '56rem' },
    // One indicator with its chart frame: 695 px in a 720 px column, 916 px at 375 px.
    indicator: { column: '43rem', phone: '57rem' },
    // One plan goal's card: 305 px in a 720 px column, 713 px at 375 px.
    goal: { column: '19rem', phone: '44.5rem' },
    // An eje's goals: 3,268 px in a 720 px column (Gachancipá's security eje), 7,477 at 375.
    eje: { column: '56rem' },
  },
  'rendir-commitment-card': { '': { column: '35rem' } },
  // Its filters and first three cards: 1,189 px in a 720 px column, 1,400 at 375 px; taller
  // than a screen, where 40rem left 550 px to jump.
  'rendir-commitment-list': { '': { column: '56rem' } },
  // Its grid up to 35rem (about 8 rows) under the title, search and count; on a phone the
  // compact controls (272 px) and its cards, each field on its own line: 998 px at 375 px
  // once drawn, more while the file is read (62rem let the CMS page shift 0.067).
  'rendir-dataset': { '': { column: '46rem', phone: '64rem' } },
};

/** Narrower than this viewport, a page is on a phone. */
export const PHONE_WIDTH = '30rem';

const OWN_DEFAULT: ReservedHeight = { column: '16rem' };

/** A reserved height as a CSS value: `--rendir-reserved-height` on the page wins. */
const cssHeight = (height: string) => `min-height:var(--rendir-reserved-height, ${height})`;

/**
 * The reserved height's CSS rules for `tag`: `selector(attribute)` writes the selector of
 * the element, with `attribute` present when given (`:host([goal])`, `tag[goal]`).
 */
export function reservedHeightRules(
  tag: string,
  selector: (attribute?: string) => string,
  extra = '',
): string {
  const views = Object.entries(reservedHeights[tag] ?? { '': OWN_DEFAULT });
  const rule = (attribute: string, height: string) =>
    `${selector(attribute || undefined)}{${cssHeight(height)}}`;
  const column = views.map(([attribute, h]) => rule(attribute, h.column)).join('');
  const phone = views
    .filter(([, h]) => h.phone)
    .map(([attribute, h]) => rule(attribute, h.phone!))
    .join('');
  return (
    (extra ? `${selector()}{${extra}}` : '') +
    column +
    (phone ? `@media (max-width:${PHONE_WIDTH}){${phone}}` : '')
  );
}

/**
 * The element's own rule: the reserved height as its least height, for as long as it is
 * on the page (so the loading state and the loaded widget never take less).
 */
export function reservedHeightStyles(tag: string): CSSResult {
  return css`
    ${unsafeCSS(reservedHeightRules(tag, (attribute) => (attribute ? `:host([${attribute}])` : ':host')))}
  `;
}
