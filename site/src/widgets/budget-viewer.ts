// <BudgetViewer data="budget/presupuesto-2025.csv" levels="sector,entidad" /> and
// <rendir-budget-viewer>: a budget file's execution chain, by the chosen levels.
import { slugify } from '@rendir/core';
import { href, t } from '../lib/i18n.ts';
import type { SiteModel } from '../lib/model/types.ts';
import { problemMsg } from '../lib/problems.ts';
import { contentPath, quoteList, type RefProblem, type WidgetDefinition } from './types.ts';

/** `sector, entidad` → `['sector', 'entidad']`. */
export function parseLevels(levels: string | undefined): string[] {
  return (levels ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function budgetEmbedId(
  model: Pick<SiteModel, 'budgetByFile'>,
  file: string,
  levels: string[],
): string {
  const budget = model.budgetByFile.get(file);
  const base = `presupuesto-${budget?.slug ?? slugify(file)}`;
  return levels.length ? `${base}-${slugify(levels.join('-'))}` : base;
}

function embed(model: SiteModel, file: string, levels: string[]) {
  return {
    id: budgetEmbedId(model, file, levels),
    widget: 'BudgetViewer',
    props: { data: file, levels: levels.join(',') },
  };
}

export const budgetViewer = {
  tag: 'rendir-budget-viewer' as const,
  mdxName: 'BudgetViewer',
  component: 'BudgetViewer.astro',
  required: 'data',
  checkRef(ref, model) {
    const data = contentPath(ref.attrs.data);
    const budget = model.budgetByFile.get(data);
    if (!budget) {
      const files = quoteList(model.budgetByFile.keys());
      return [
        {
          code: 'mdx.unknown_budget',
          message: problemMsg('mdx.unknown_budget', { data }),
          expected: files
            ? problemMsg('mdx.unknown_budget.expected', { list: files })
            : problemMsg('mdx.unknown_budget.expected.none'),
          attr: 'data',
          value: data,
        },
      ];
    }
    const known = budget.levelNames.map((l) => l.toLowerCase());
    if (!known.length) return [];
    const problems: RefProblem[] = [];
    for (const level of parseLevels(ref.attrs.levels)) {
      if (known.includes(level.toLowerCase())) continue;
      problems.push({
        code: 'mdx.unknown_level',
        message: problemMsg('mdx.unknown_level', { level }),
        expected: problemMsg('mdx.unknown_level.expected', { list: quoteList(budget.levelNames) }),
        attr: 'levels',
        value: level,
      });
    }
    return problems;
  },
  sectionEmbeds: (model) => model.budgets.map((b) => embed(model, b.file, [])),
  refEmbed(ref, model) {
    const file = contentPath(ref.attrs.data ?? '');
    return model.budgetByFile.has(file)
      ? embed(model, file, parseLevels(ref.attrs.levels))
      : undefined;
  },
  embedPage: (_spec, model, lang) => ({
    title: `${t(lang, 'budget')} — ${model.config.name}`,
    back: href(lang, model.defaultLang, 'budget'),
  }),
  embedSources: (spec) => {
    const file = String(spec.props.data);
    return { records: undefined, files: [file, `${file}.yaml`] };
  },
} satisfies WidgetDefinition;
