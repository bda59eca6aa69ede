/** "Embed this": copyable code for pages that accept scripts and for those that only take an iframe. */

export interface EmbedOptions {
  /** The element's tag, e.g. `rendir-budget-viewer`. */
  tag: string;
  /** Attributes to write on the tag (values are escaped; `true`: a boolean attribute). */
  attributes: Record<string, string | true | undefined>;
  /** Absolute URL of the bundle or the autoloader. */
  scriptUrl: string;
  /** Absolute URL of the embed page (the generator's `/insertar/<id>/` or `/en/embed/<id>/` page), when there is one. */
  iframeUrl?: string;
  /** Title of the iframe, for screen readers. */
  title: string;
  /** Initial height of the iframe in CSS pixels (it then resizes itself). */
  height?: number;
  /** Absolute URL of the host resize script (`embed-host.js`). */
  hostScriptUrl?: string;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The two snippets; `iframe` is empty when there is no embed page. */
export function embedSnippets(options: EmbedOptions): { script: string; iframe: string } {
  const attributes = Object.entries(options.attributes)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttribute(v as string)}"`))
    .join('');
  const script =
    `<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>\n` +
    `<${options.tag}${attributes}></${options.tag}>`;
  if (!options.iframeUrl) return { script, iframe: '' };
  const height = options.height ?? 480;
  const resize = options.hostScriptUrl
    ? `\n<script src="${escapeAttribute(options.hostScriptUrl)}" defer></script>`
    : '';
  const iframe =
    `<iframe src="${escapeAttribute(options.iframeUrl)}" title="${escapeAttribute(options.title)}"` +
    ` style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>${resize}`;
  return { script, iframe };
}
