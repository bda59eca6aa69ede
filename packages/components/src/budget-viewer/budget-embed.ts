/**
 * "Embed this" for the viewer, loaded with the platform's embed code element when the
 * author gives `embed-script`: the code rebuilds the viewer from its attributes.
 */
import { html, type TemplateResult } from 'lit';
import { safeUrl } from '@rendir/core';
import { defineElement } from '../platform/define.ts';
import { RendirEmbedCode, embedSnippets } from '../platform/chart-kit/embed-code.ts';
import type { ViewerState } from './view-context.ts';

/** The platform's embed code element with the viewer's snippets. */
export function renderEmbed(host: ViewerState): TemplateResult {
  defineElement('rendir-embed-code', RendirEmbedCode);
  const snippets = embedSnippets({
    tag: host.localName,
    attributes: {
      src: host.src,
      levels: host.levels,
      'number-format': host.numberFormat,
      heading: host.heading,
      note: host.note,
      population: host.population,
      deflator: host.deflator,
      source: host.source,
      'source-url': safeUrl(host.sourceUrl),
      lang: host.lang || undefined,
    },
    scriptUrl: host.embedScript!,
    iframeUrl: safeUrl(host.embedIframe),
    title: host.heading || host.ctx.m.title,
  });
  return html`<rendir-embed-code
    class="embed"
    exportparts="embed, button"
    .snippets=${snippets}
  ></rendir-embed-code>`;
}
