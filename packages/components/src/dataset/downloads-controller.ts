/**
 * The download buttons: the current view (shown columns, filtered, sorted) as CSV or
 * JSON through the lazy `downloads` part, and on a portal a link to the whole result.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { messagesOf, type DatasetContext } from './dataset-context.ts';
import { fileBase, linkTo } from './metadata.ts';
import type { DatasetData } from './dataset-data.ts';
import type { DatasetMetadata } from './types.ts';

export class DatasetDownloads {
  private readonly ctx: DatasetContext;

  constructor(ctx: DatasetContext) {
    this.ctx = ctx;
  }

  /** Loads the download code on first use; focus stays on the button pressed. */
  private async download(format: 'csv' | 'json', data: DatasetData, meta: DatasetMetadata) {
    const { parts, query } = this.ctx;
    let module;
    try {
      module = await parts.load('downloads');
    } catch {
      return; // Rendered as an alert beside the buttons.
    }
    module.downloadView(
      format,
      {
        columns: query.shownColumns(data),
        count: query.rowCount(data),
        cells: (k) => query.rowCells(data, k),
      },
      fileBase(meta),
    );
  }

  render(data: DatasetData, meta: DatasetMetadata): TemplateResult {
    const m = messagesOf(this.ctx);
    const { parts, paging, host } = this.ctx;
    const exportUrl =
      data.kind === 'remote' && paging
        ? linkTo(data.source.exportUrl(paging.remoteQuery(data, 0)))
        : undefined;
    return html`<div class="downloads" part="downloads">
        <button type="button" @click=${() => this.download('csv', data, meta)}>
          ${m.downloadCsv}
        </button>
        <button type="button" @click=${() => this.download('json', data, meta)}>
          ${m.downloadJson}
        </button>
        ${exportUrl ? html`<a href=${exportUrl} rel="noopener noreferrer">${m.downloadAll}</a>` : nothing}
      </div>
      ${parts.failed('downloads') ? html`<p class="rendir-part-failed" role="alert">${host.t.partFailed}</p>` : nothing}`;
  }
}
