/**
 * The height each widget reserves on a page, so nothing below it moves while its script
 * and data load (no layout shift). Used twice from here: by `rendir.css` for a tag not yet
 * defined, and by the element itself (`reservedHeightStyles`) from its first frame until
 * it is removed, as the least height it takes, so the loading state never shrinks the
 * reserved space and the loaded widget grows from it rather than from zero. Each value is
 * about the least height the widget takes with real data at 375 to 1280 px (measured in
 * test/embed/cms.test.ts); `--rendir-reserved-height` on the element or an ancestor
 * overrides it.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

export const reservedHeights: Readonly<Record<string, string>> = {
  'rendir-budget-viewer': '60rem',
  'rendir-indicator-tracker': '40rem',
  'rendir-commitment-card': '35rem',
  'rendir-commitment-list': '40rem',
  'rendir-dataset': '39rem',
};

/** The reserved height of `tag` as a CSS value (the custom property, then the default). */
export function reservedHeight(tag: string): string {
  return `var(--rendir-reserved-height, ${reservedHeights[tag] ?? '16rem'})`;
}

/**
 * The element's own rule: the reserved height as its least height, for as long as it is
 * on the page (so the loading state and the loaded widget never take less).
 */
export function reservedHeightStyles(tag: string): CSSResult {
  return css`
    :host {
      min-height: ${unsafeCSS(reservedHeight(tag))};
    }
  `;
}
