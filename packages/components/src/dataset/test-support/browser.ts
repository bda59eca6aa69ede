/** Shared helpers for the dataset widget's browser tests. */
import { fixture, html } from '@open-wc/testing';
import '../../define/rendir-dataset.ts';
import type { RendirDataset } from '../dataset.ts';
import { fixtures } from '../fixtures/index.ts';
import { PATIENCE_MS } from '../../test-support/wait.ts';

export const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * A fake Socrata data set whose answer waits until `release()`
 * (test-support/fake-open-data.mjs, scenario `held-…`): the test decides when the data arrive,
 * never a guessed delay that a loaded machine can outrun.
 */
export function heldSocrata(): { src: string; release: () => Promise<void> } {
  const scenario = `held-${crypto.randomUUID()}`;
  return {
    src: `/fake/socrata/${scenario}/resource/abcd-1234.json`,
    release: async () => {
      await fetch(`/fake/release?scenario=${scenario}`);
    },
  };
}

/** Waits until `check` holds (or fails after `timeout` ms with `what`). */
export async function until(
  check: () => boolean,
  what: string,
  timeout = PATIENCE_MS,
): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

export function shadow(el: RendirDataset): ShadowRoot {
  return el.shadowRoot!;
}

/** The visible text of the shadow root's element matching `selector`. */
export function text(el: RendirDataset, selector: string): string {
  return shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Cells of the rendered grid rows, as shown (without a cut cell's «Ver todo» button). */
export function gridRows(el: RendirDataset): string[][] {
  return [...shadow(el).querySelectorAll('.body [role="row"]')]
    .sort(
      (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
    )
    .map((row) =>
      [...row.querySelectorAll('[role="gridcell"]')].map((c) =>
        (c.querySelector('.text') ?? c).textContent!.replace(/[ \t\r\n]+/g, ' ').trim(),
      ),
    );
}

export function headers(el: RendirDataset): string[] {
  return [...shadow(el).querySelectorAll('[role="columnheader"] .sort span:first-child')].map((s) =>
    s.textContent!.trim(),
  );
}

/**
 * Resolves at the element's next `rendir-dataset-view`: a first search, filter or sort
 * waits for its code (the view part) to load.
 */
export function nextView(el: RendirDataset, timeout = PATIENCE_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Timed out waiting for a new view')), timeout);
    el.addEventListener(
      'rendir-dataset-view',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** Waits for the load to settle and the grid (or a state) to be drawn. */
export async function settled(el: RendirDataset): Promise<RendirDataset> {
  await el.updateComplete;
  await el.loadComplete;
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  return el;
}

/** Waits for the virtualizer to draw the rows of the latest render. */
export async function drawn(el: RendirDataset): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** Waits until a file being streamed has been read to the end and its rows are drawn. */
export async function fullyRead(el: RendirDataset, timeout = PATIENCE_MS): Promise<void> {
  await settled(el);
  await until(() => !/Leyendo|Reading/.test(text(el, '.count')), 'the whole file', timeout);
  await until(
    () =>
      shadow(el).querySelector('.rendir-state') !== null ||
      shadow(el).querySelector('.body [role="row"]') !== null ||
      text(el, '.count').startsWith('0'),
    'the rows or a state',
    timeout,
  );
  await drawn(el);
}

/** The real SECOP II file read whole in a column `width` px wide. */
export async function secopInColumn(width: number, lang = 'es'): Promise<RendirDataset> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <rendir-dataset lang=${lang} src=${fixtures.secop}></rendir-dataset>
    </div>`,
  );
  const el = wrapper.querySelector('rendir-dataset') as RendirDataset;
  // 1,791 rows read in a worker: generous on a loaded machine.
  await fullyRead(el, 20_000);
  return el;
}

/** Captures what the widget offers for download (Blob URLs and file names). */
export function captureDownloads(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create.call(URL, blob);
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) files.push({ name: this.download, blob });
    else click.call(this);
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
