/** Registers `<rendir-indicator-tracker>` (skipped when a copy of the script already did). */
import { defineElement } from '../platform/define.ts';
import { RendirIndicatorTracker } from '../indicator-tracker/indicator-tracker.ts';

defineElement('rendir-indicator-tracker', RendirIndicatorTracker);

declare global {
  interface HTMLElementTagNameMap {
    'rendir-indicator-tracker': RendirIndicatorTracker;
  }
}

export { RendirIndicatorTracker };
