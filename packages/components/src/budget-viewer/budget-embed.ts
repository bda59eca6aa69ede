/**
 * "Embed this" (with `embed-script`): copyable code for pages that accept scripts and for
 * those that only take an iframe, through the platform's `embedSnippets`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { embedSnippets, type EmbedOptions } from '../platform/chart-kit/embed.ts';
import type { PlatformMessages } from '../platform/i18n.ts';
import { tokens } from '../platform/theme.ts';

export const styles = css`
  .embed label {
    display: grid;
    gap: 0.25em;
    margin-block-start: ${tokens.space};
  }
  textarea {
    font:
      0.85em ui-monospace,
      monospace;
    color: ${tokens.text};
    background: ${tokens.surfaceAlt};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    width: 100%;
  }
  summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    color: ${tokens.accent};
  }
`;

export function renderEmbed(t: PlatformMessages, options: EmbedOptions): TemplateResult {
  const embed = embedSnippets(options);
  const code = (label: string, value: string) =>
    html`<label>${label}<textarea readonly rows="3" .value=${value}></textarea></label>`;
  return html`<details class="embed">
    <summary>${t.embed}</summary>
    ${code(t.embedScript, embed.script)}
    ${embed.iframe ? code(t.embedIframe, embed.iframe) : nothing}
  </details>`;
}
