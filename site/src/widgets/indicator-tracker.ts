// <IndicatorTracker data="indicators" group="…" id="…" /> and <rendir-indicator-tracker>:
// indicators toward their targets, all of them, a group, or one; data="indicators/x.csv"
// naming an Open SDG series shows that series; data="plan/x.csv" a plan indicativo, whole
// or one eje or goal (plan-embeds.ts).
import { didYouMean, slugify, withHint } from '@rendir/core';
import { href, t } from '../lib/i18n.ts';
import type { IndicatorItem } from '../lib/model/types.ts';
import { problemMsg } from '../lib/problems.ts';
import {
  checkPlanRef,
  planByFile,
  planEmbedPage,
  planEmbeds,
  planEmbedSources,
  planTarget,
  planTargetEmbed,
} from './plan-embeds.ts';
import { sdgSeriesTitle } from '../lib/sdg.ts';
import {
  contentPath,
  quoteList,
  unknownId,
  type EmbedSpec,
  type RefProblem,
  type WidgetDefinition,
} from './types.ts';

export function indicatorsEmbedId(group: string | undefined, indicatorSlug?: string): string {
  if (indicatorSlug) return `indicador-${indicatorSlug}`;
  return group ? `indicadores-${slugify(group)}` : 'indicadores';
}

/** An Open SDG series' embed page: `serie-indicator-1-2-1`. */
export function sdgEmbedId(seriesSlug: string): string {
  return `serie-${seriesSlug}`;
}

function sdgEmbed(seriesSlug: string): EmbedSpec {
  return { id: sdgEmbedId(seriesSlug), widget: 'IndicatorTracker', props: { series: seriesSlug } };
}

function embed(group: string | undefined, item: IndicatorItem | undefined): EmbedSpec {
  return {
    id: indicatorsEmbedId(group, item?.slug),
    widget: 'IndicatorTracker',
    props: { group, id: item?.indicator.id },
  };
}

export const indicatorTracker = {
  tag: 'rendir-indicator-tracker' as const,
  mdxName: 'IndicatorTracker',
  component: 'IndicatorTracker.astro',
  required: 'data',
  checkRef(ref, model) {
    const problems: RefProblem[] = [];
    const data = contentPath(ref.attrs.data).replace(/\/$/, '');
    const plan = planByFile(model, data);
    if (plan) return checkPlanRef(ref, plan);
    const files = new Set(model.indicators.map((i) => i.file));
    // An Open SDG series placed by its file: its headline and breakdown chooser.
    for (const s of model.sdgSeries) files.add(s.file);
    for (const p of model.plans) files.add(p.file);
    if (data !== 'indicators' && !files.has(data)) {
      problems.push({
        code: 'mdx.unknown_indicators',
        message: withHint(problemMsg('mdx.unknown_indicators', { data }), didYouMean(data, files)),
        expected: problemMsg('mdx.unknown_indicators.expected', { list: quoteList(files) }),
        attr: 'data',
        value: data,
      });
    }
    const group = ref.attrs.group;
    if (group !== undefined) {
      const groups = new Set(
        model.indicators.map((i) => i.indicator.group).filter((g): g is string => !!g),
      );
      if (![...groups].some((g) => g.toLowerCase() === group.toLowerCase())) {
        problems.push({
          code: 'mdx.unknown_group',
          message: problemMsg('mdx.unknown_group', { group }),
          expected: problemMsg('mdx.unknown_group.expected', { list: quoteList(groups) }),
          attr: 'group',
          value: group,
        });
      }
    }
    const id = ref.attrs.id;
    if (
      id !== undefined &&
      !model.indicators.some((i) => i.indicator.id.toLowerCase() === id.toLowerCase())
    ) {
      const ids = model.indicators.map((i) => i.indicator.id);
      problems.push(unknownId('mdx.unknown_indicator', 'mdx.unknown_indicator.expected', id, ids));
    }
    return problems;
  },
  sectionEmbeds: (model) => [
    ...(model.indicators.length
      ? [embed(undefined, undefined), ...model.indicators.map((i) => embed(undefined, i))]
      : []),
    ...planEmbeds(model),
    // Each Open SDG series: its tracker (headline and breakdown chooser) alone.
    ...model.sdgSeries.map((s) => sdgEmbed(s.slug)),
  ],
  refEmbed(ref, model) {
    const data = contentPath(ref.attrs.data).replace(/\/$/, '');
    const plan = planTarget({ ...ref.attrs, data }, model);
    if (plan) return planTargetEmbed(plan);
    const series = model.sdgSeries.find((s) => s.file === data);
    if (series) return sdgEmbed(series.slug);
    const item = ref.attrs.id ? model.indicatorById.get(ref.attrs.id.toLowerCase()) : undefined;
    return embed(ref.attrs.group, item);
  },
  embedPage(spec, model, lang) {
    const plan = planTarget(spec.props, model);
    if (plan) return planEmbedPage(plan, model, lang);
    const d = model.defaultLang;
    const series = model.sdgSeries.find((s) => s.slug === spec.props.series);
    if (series)
      return {
        title: sdgSeriesTitle(series, lang),
        back: href(lang, d, 'indicators', series.slug),
      };
    const id = spec.props.id;
    const item = typeof id === 'string' ? model.indicatorById.get(id.toLowerCase()) : undefined;
    if (item) return { title: item.indicator.name, back: href(lang, d, 'indicators', item.slug) };
    const group = spec.props.group;
    return {
      title: group ? `${t(lang, 'indicators')}: ${group}` : t(lang, 'indicators'),
      back: href(lang, d, 'indicators'),
    };
  },
  embedSources(spec, model) {
    const plan = planTarget(spec.props, model);
    if (plan) return planEmbedSources(plan);
    const series = model.sdgSeries.find((s) => s.slug === spec.props.series);
    if (series) return { records: [], files: [series.file] };
    // The embed's indicators: the one it names, its group's, or all.
    const id = spec.props.id;
    const group = typeof spec.props.group === 'string' ? spec.props.group.toLowerCase() : '';
    const shown =
      typeof id === 'string'
        ? [model.indicatorById.get(id.toLowerCase())]
        : model.indicators.filter((i) => !group || i.indicator.group?.toLowerCase() === group);
    return { records: shown.map((i) => i?.indicator), files: [] };
  },
} satisfies WidgetDefinition;
