/** What the tracker's "embed this" rebuilds: the view the reader sees, when the page says where the script is. */
import { safeUrl } from '@rendir/core';
import type { EmbedOptions } from '../platform/chart-kit/index.ts';
import { absoluteUrl } from './data.ts';

/** The element's public properties that the code repeats. */
export interface EmbedSource {
  localName: string;
  src: string;
  valuesSrc: string;
  indicator: string;
  eje: string;
  goal: string;
  limit: string;
  numberFormat: string;
  currency: string;
  execution: string;
  accumulation: string;
  heading: string;
  source: string;
  sourceUrl: string;
  note: string;
  lang: string;
  embedScript: string;
  embedIframe: string;
}

/** What the reader chose in a set. */
export interface EmbedChoices {
  group?: string;
  status: string;
  sort: string;
  /** The data read is a plan indicativo: the code says so, and the page reserves its height. */
  plan?: boolean;
}

export function trackerEmbed(
  el: EmbedSource,
  chosen: EmbedChoices,
  title: string,
): EmbedOptions | null {
  const scriptUrl = safeUrl(el.embedScript);
  if (!scriptUrl) return null;
  return {
    tag: el.localName,
    attributes: {
      // Absolute, so that the code works on another site.
      src: absoluteUrl(el.src),
      'values-src': absoluteUrl(el.valuesSrc),
      indicator: el.indicator,
      eje: el.eje,
      goal: el.goal,
      plan: chosen.plan || undefined,
      group: chosen.group,
      status: chosen.status,
      sort: chosen.sort === 'source' ? undefined : chosen.sort,
      limit: el.limit,
      'number-format': el.numberFormat,
      // The defaults are left out.
      currency: el.currency === 'COP' ? undefined : el.currency,
      execution: el.execution === 'commitments' ? undefined : el.execution,
      accumulation: el.accumulation,
      heading: el.heading,
      source: el.source,
      'source-url': safeUrl(el.sourceUrl),
      note: el.note,
      lang: el.lang || undefined,
    },
    scriptUrl,
    iframeUrl: safeUrl(el.embedIframe),
    title,
  };
}
