// What the site knows about one widget: a registry file per widget (budget-viewer.ts, …)
// fills this in, and every list in the site (MDX components, reference checks, embed pages,
// bundles) iterates the registry (index.ts) instead of naming the widgets itself.
import type { MessageRef } from '@rendir/core';
import type { Lang } from '../lib/i18n.ts';
import { problemMsg, type SiteProblemKey } from '../lib/problems.ts';
import type { SiteModel } from '../lib/model/types.ts';

/** One component tag in an MDX document, as `findRefs` (lib/refs.ts) reads it. */
export interface ComponentRef {
  name: string;
  attrs: Record<string, string>;
  /** Attributes written as `{expression}` instead of a quoted text. */
  expressions: string[];
  line: number;
  column: number;
}

/** The part of the model that reference checks read (the model is not complete yet then). */
export type RefModel = Pick<
  SiteModel,
  | 'indicators'
  | 'sdgSeries'
  | 'plans'
  | 'budgetByFile'
  | 'commitmentById'
  | 'datasetById'
  | 'config'
>;

/** What a widget's check found wrong in one reference; refs.ts adds the file and place. */
export interface RefProblem {
  code: string;
  message: MessageRef;
  expected: MessageRef;
  /** The attribute at fault and its value, quoted as `attr="value"` in the error. */
  attr?: string;
  value?: string;
}

/** One iframe page (`/insertar/<id>/`): which widget, and the props its component takes. */
export interface EmbedSpec {
  id: string;
  /** The widget's MDX name (`BudgetViewer`). */
  widget: string;
  props: Record<string, string | number | undefined>;
}

export interface WidgetDefinition {
  /** The custom element; its script is `/rendir/<tag>.js`. */
  tag: string;
  /** The component authors write in MDX (`<BudgetViewer … />`). */
  mdxName: string;
  /** Its server-rendered HTML: a file in site/src/components/ (widgets/components.ts). */
  component: string;
  /** The attribute every reference must give; checked before `checkRef` runs. */
  required: string;
  /** The problems of one reference whose required attribute is given. */
  checkRef(ref: ComponentRef, model: RefModel): RefProblem[];
  /** The embed pages of the site's own sections (one per budget, commitment, …). */
  sectionEmbeds(model: SiteModel): EmbedSpec[];
  /** The embed page an MDX reference shows, if it has one. */
  refEmbed(ref: ComponentRef, model: SiteModel): EmbedSpec | undefined;
  /** The embed page's title and the page of the site it links back to. */
  embedPage(spec: EmbedSpec, model: SiteModel, lang: Lang): { title: string; back: string };
  /**
   * What an embed page shows, for a pinned copy to tell whether it changed since: the
   * records it shows (compared as JSON) and the content files it reads whole.
   */
  embedSources(spec: EmbedSpec, model: SiteModel): { records: unknown; files: string[] };
}

/** `«a», «b», «c»…`: at most `max` values in a message. */
export function quoteList(values: Iterable<string>, max = 8): string {
  const all = [...values];
  const shown = all.slice(0, max).map((v) => `«${v}»`);
  return all.length > max ? `${shown.join(', ')}…` : shown.join(', ');
}

/** A reference whose id names nothing: `No hay ningún compromiso con el id «X»`. */
export function unknownId(
  code: SiteProblemKey & `mdx.unknown_${string}`,
  expected: SiteProblemKey,
  id: string,
  ids: readonly string[],
): RefProblem {
  return {
    code,
    message: problemMsg(code, { id }),
    expected: problemMsg(expected, { list: quoteList(ids) }),
    attr: 'id',
    value: id,
  };
}

/** A content path as authors write it: `./budget/x.csv` and `budget/x.csv` are one file. */
export function contentPath(path: string): string {
  return path.replace(/^\.?\//, '');
}
