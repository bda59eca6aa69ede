/** Registers `<rendir-budget-viewer>` (skipped when another copy already did). */
import { defineElement } from '../platform/define.ts';
import { RendirBudgetViewer } from '../budget-viewer/budget-viewer.ts';

defineElement('rendir-budget-viewer', RendirBudgetViewer);

declare global {
  interface HTMLElementTagNameMap {
    'rendir-budget-viewer': RendirBudgetViewer;
  }
}

export { RendirBudgetViewer };
