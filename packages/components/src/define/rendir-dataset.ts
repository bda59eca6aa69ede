import { RendirDataset } from '../dataset/dataset.ts';
import { defineElement } from '../platform/define.ts';

defineElement('rendir-dataset', RendirDataset);

declare global {
  interface HTMLElementTagNameMap {
    'rendir-dataset': RendirDataset;
  }
}
