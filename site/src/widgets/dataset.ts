// <DatasetViewer id="contratos-2025" /> and <rendir-dataset>: a data set of the catalog,
// its first rows and downloads.
import { href } from '../lib/i18n.ts';
import type { DatasetItem } from '../lib/model/types.ts';
import { unknownId, type EmbedSpec, type WidgetDefinition } from './types.ts';

export function datasetEmbedId(slug: string): string {
  return `datos-${slug}`;
}

function embed(item: DatasetItem): EmbedSpec {
  return { id: datasetEmbedId(item.slug), widget: 'DatasetViewer', props: { id: item.entry.id } };
}

export const dataset = {
  tag: 'rendir-dataset' as const,
  mdxName: 'DatasetViewer',
  component: 'DatasetViewer.astro',
  required: 'id',
  checkRef(ref, model) {
    const id = ref.attrs.id;
    if (model.datasetById.has(id.trim().toLowerCase())) return [];
    const ids = [...model.datasetById.values()].map((d) => d.entry.id);
    return [unknownId('mdx.unknown_dataset', 'mdx.unknown_dataset.expected', id, ids)];
  },
  // Only a data set with a local table has a widget to embed.
  sectionEmbeds: (model) => model.datasets.filter((d) => d.table).map(embed),
  refEmbed: () => undefined,
  embedPage(spec, model, lang) {
    const item = model.datasetById.get(String(spec.props.id).toLowerCase())!;
    return { title: item.entry.title, back: href(lang, model.defaultLang, 'data', item.slug) };
  },
  embedSources(spec, model) {
    const item = model.datasetById.get(String(spec.props.id).toLowerCase());
    return { records: item?.entry, files: item?.file ? [item.file, `${item.file}.yaml`] : [] };
  },
} satisfies WidgetDefinition;
