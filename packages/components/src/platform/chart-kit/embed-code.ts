/**
 * "Embed this": the code to paste into another page, for pages that accept scripts and for
 * those that only take an iframe, each with a copy button. One element for every widget
 * that offers it (the chart frame's footer, the budget viewer's), loaded as a part when a
 * widget has embed code to give (`embed-script`): few readers open it.
 */
import { css, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { RendirElement } from '../rendir-element.ts';
import { tokens } from '../theme.ts';

export { embedSnippets } from './embed.ts';

let count = 0;

/**
 * @summary Copyable embed code for scripts and for iframes.
 *
 * @csspart embed - The disclosure (`details`).
 * @csspart button - The copy buttons.
 */
export class RendirEmbedCode extends RendirElement {
  static override styles = [
    RendirElement.styles,
    css`
      :host {
        background: transparent;
      }
      summary {
        cursor: pointer;
        color: ${tokens.accent};
        min-height: 44px;
        display: flex;
        align-items: center;
      }
      label {
        display: block;
        margin-block-start: ${tokens.space};
        color: ${tokens.text};
      }
      textarea {
        display: block;
        width: 100%;
        min-height: 4.5em;
        font-family: ui-monospace, monospace;
        font-size: 0.875em;
        color: ${tokens.text};
        background: ${tokens.surfaceAlt};
        border: 1px solid ${tokens.border};
        border-radius: ${tokens.radius};
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    snippets: { attribute: false },
    copied: { state: true },
  };

  /** The code: `script` always, `iframe` when there is an embed page (else empty). */
  snippets: { script: string; iframe: string } | null = null;

  private copied: '' | 'script' | 'iframe' = '';

  private readonly uid = `rendir-embed-${++count}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('snippets')) this.copied = '';
  }

  private async copy(which: 'script' | 'iframe', text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = which;
    } catch {
      // No clipboard permission: select the text so the reader can copy it by hand.
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#${this.uid}-${which}`)?.select();
    }
  }

  override render() {
    const snippets = this.snippets;
    if (!snippets) return nothing;
    const t = this.t;
    const block = (which: 'script' | 'iframe', label: string, code: string) =>
      code
        ? html`<label for="${this.uid}-${which}">${label}</label>
            <textarea id="${this.uid}-${which}" readonly .value=${code}></textarea>
            <button type="button" part="button" @click=${() => this.copy(which, code)}>
              ${this.copied === which ? t.copied : t.copy}
            </button>`
        : nothing;
    return html`<details part="embed">
      <summary>${t.embed}</summary>
      ${block('script', t.embedScript, snippets.script)}
      ${block('iframe', t.embedIframe, snippets.iframe)}
      <div class="visually-hidden" role="status">${this.copied ? t.copied : ''}</div>
    </details>`;
  }
}
