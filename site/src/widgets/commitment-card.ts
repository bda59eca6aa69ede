// <CommitmentCard id="CO0001" /> and <rendir-commitment-card>: one commitment, its
// completion and milestones.
import { href } from '../lib/i18n.ts';
import type { CommitmentItem } from '../lib/model/types.ts';
import { unknownId, type EmbedSpec, type WidgetDefinition } from './types.ts';

export function commitmentEmbedId(slug: string): string {
  return `compromiso-${slug}`;
}

function embed(item: CommitmentItem): EmbedSpec {
  return {
    id: commitmentEmbedId(item.slug),
    widget: 'CommitmentCard',
    // Alone on its page, the card's title is the page's first heading under the hidden h1.
    props: { id: item.commitment.id, headingLevel: 2 },
  };
}

export const commitmentCard = {
  tag: 'rendir-commitment-card' as const,
  mdxName: 'CommitmentCard',
  component: 'CommitmentCard.astro',
  required: 'id',
  checkRef(ref, model) {
    const id = ref.attrs.id;
    if (model.commitmentById.has(id.trim().toLowerCase())) return [];
    const ids = [...model.commitmentById.values()].map((c) => c.commitment.id);
    return [unknownId('mdx.unknown_commitment', 'mdx.unknown_commitment.expected', id, ids)];
  },
  sectionEmbeds: (model) => model.commitments.map(embed),
  // A card in a report is the commitment's own card: its embed page is the section's.
  refEmbed: () => undefined,
  embedPage(spec, model, lang) {
    const item = model.commitmentById.get(String(spec.props.id).toLowerCase())!;
    return {
      title: `${item.commitment.id} · ${item.commitment.title}`,
      back: href(lang, model.defaultLang, 'commitments', item.slug),
    };
  },
  embedSources(spec, model) {
    const item = model.commitmentById.get(String(spec.props.id).toLowerCase());
    return {
      records: item && { commitment: item.commitment, milestones: item.milestones },
      files: [],
    };
  },
} satisfies WidgetDefinition;
