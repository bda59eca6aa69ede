// The MDX components authors use (spec §5) point at content data by path or id. Every
// reference is checked here, with the line and column of the tag, before anything is
// built; the MDX is parsed by the same parser Astro uses (Sätteri).
import { defineMdastPlugin, mdxToJs } from 'satteri';
import type { ContentError } from '@rendir/core';
import type { SiteModel } from './model.ts';
import type { DocItem } from './documents.ts';
import { problemMsg } from './problems.ts';
import type { MessageRef } from '@rendir/core';

export const COMPONENTS = [
  'BudgetViewer',
  'IndicatorTracker',
  'CommitmentCard',
  'DatasetViewer',
] as const;
export type ComponentName = (typeof COMPONENTS)[number];

export interface ComponentRef {
  name: string;
  attrs: Record<string, string>;
  /** Attributes written as `{expression}` instead of a quoted text. */
  expressions: string[];
  line: number;
  column: number;
}

type RefModel = Pick<
  SiteModel,
  'indicators' | 'budgetByFile' | 'commitmentById' | 'datasetById' | 'config'
>;

/** Parses one MDX text and returns its component tags, or the syntax error. */
export function findRefs(source: string): {
  refs: ComponentRef[];
  syntax?: { line: number; column: number; message: string };
} {
  const refs: ComponentRef[] = [];
  const visit = (node: {
    name: string | null;
    attributes: { type: string; name?: string; value?: unknown }[];
    position?: { start: { line: number; column: number } };
  }) => {
    if (!node.name || !/^[A-Z]/.test(node.name)) return;
    const attrs: Record<string, string> = {};
    const expressions: string[] = [];
    for (const a of node.attributes) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
      if (typeof a.value === 'string') attrs[a.name] = a.value;
      else if (a.value === null || a.value === undefined) attrs[a.name] = '';
      else expressions.push(a.name);
    }
    refs.push({
      name: node.name,
      attrs,
      expressions,
      line: node.position?.start.line ?? 0,
      column: node.position?.start.column ?? 0,
    });
  };
  const plugin = defineMdastPlugin({
    name: 'rendir-refs',
    options: { position: true },
    mdxJsxFlowElement: visit,
    mdxJsxTextElement: visit,
  });
  try {
    mdxToJs(source, { mdastPlugins: [plugin] });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(text);
    return {
      refs,
      syntax: m
        ? { line: Number(m[1]), column: Number(m[2]), message: m[3] }
        : { line: 0, column: 0, message: text },
    };
  }
  return { refs };
}

function refError(
  file: string,
  ref: ComponentRef,
  code: string,
  message: MessageRef,
  expected: MessageRef,
  header?: string,
  value?: string,
): ContentError {
  const err: ContentError = {
    file,
    line: ref.line,
    column: ref.column,
    code,
    message,
    expected,
    severity: 'error',
  };
  // The attribute goes into the value (`id="x"`): a `header` would print as a CSV column.
  if (value !== undefined) err.value = header !== undefined ? `${header}="${value}"` : value;
  return err;
}

function list(values: Iterable<string>, max = 8): string {
  const all = [...values];
  const shown = all.slice(0, max).map((v) => `«${v}»`);
  return all.length > max ? `${shown.join(', ')}…` : shown.join(', ');
}

/** Checks one reference against the model; returns the problems. */
export function checkRef(file: string, ref: ComponentRef, model: RefModel): ContentError[] {
  const errors: ContentError[] = [];
  if (!(COMPONENTS as readonly string[]).includes(ref.name)) {
    errors.push(
      refError(
        file,
        ref,
        'mdx.unknown_component',
        problemMsg('mdx.unknown_component', { name: ref.name }),
        problemMsg('mdx.unknown_component.expected', {
          list: list(COMPONENTS.map((c) => `<${c}>`)),
        }),
      ),
    );
    return errors;
  }
  for (const name of ref.expressions) {
    errors.push(
      refError(
        file,
        ref,
        'mdx.expression',
        problemMsg('mdx.expression', { name }),
        problemMsg('mdx.expression.expected', { name }),
        name,
      ),
    );
  }
  const need = (attr: string) => {
    if (ref.attrs[attr]) return true;
    if (ref.expressions.includes(attr)) return false;
    errors.push(
      refError(
        file,
        ref,
        'mdx.missing_attribute',
        problemMsg('mdx.missing_attribute', { name: ref.name, attr }),
        problemMsg('mdx.missing_attribute.expected', { attr }),
        attr,
      ),
    );
    return false;
  };
  switch (ref.name as ComponentName) {
    case 'BudgetViewer': {
      if (!need('data')) break;
      const data = ref.attrs.data.replace(/^\.?\//, '');
      const budget = model.budgetByFile.get(data);
      if (!budget) {
        errors.push(
          refError(
            file,
            ref,
            'mdx.unknown_budget',
            problemMsg('mdx.unknown_budget', { data }),
            model.budgetByFile.size > 0
              ? problemMsg('mdx.unknown_budget.expected', { list: list(model.budgetByFile.keys()) })
              : problemMsg('mdx.unknown_budget.expected.none'),
            'data',
            data,
          ),
        );
        break;
      }
      const levels = (ref.attrs.levels ?? '')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
      const known = budget.levelNames.map((l) => l.toLowerCase());
      for (const level of levels) {
        if (known.length && !known.includes(level.toLowerCase())) {
          errors.push(
            refError(
              file,
              ref,
              'mdx.unknown_level',
              problemMsg('mdx.unknown_level', { level }),
              problemMsg('mdx.unknown_level.expected', { list: list(budget.levelNames) }),
              'levels',
              level,
            ),
          );
        }
      }
      break;
    }
    case 'IndicatorTracker': {
      if (!need('data')) break;
      const data = ref.attrs.data.replace(/^\.?\//, '').replace(/\/$/, '');
      const files = new Set(model.indicators.map((i) => i.file));
      if (data !== 'indicators' && !files.has(data)) {
        errors.push(
          refError(
            file,
            ref,
            'mdx.unknown_indicators',
            problemMsg('mdx.unknown_indicators', { data }),
            problemMsg('mdx.unknown_indicators.expected', { list: list(files) }),
            'data',
            data,
          ),
        );
      }
      const group = ref.attrs.group;
      if (group !== undefined) {
        const groups = new Set(
          model.indicators.map((i) => i.indicator.group).filter((g): g is string => !!g),
        );
        if (![...groups].some((g) => g.toLowerCase() === group.toLowerCase())) {
          errors.push(
            refError(
              file,
              ref,
              'mdx.unknown_group',
              problemMsg('mdx.unknown_group', { group }),
              problemMsg('mdx.unknown_group.expected', { list: list(groups) }),
              'group',
              group,
            ),
          );
        }
      }
      const id = ref.attrs.id;
      if (
        id !== undefined &&
        !model.indicators.some((i) => i.indicator.id.toLowerCase() === id.toLowerCase())
      ) {
        errors.push(
          refError(
            file,
            ref,
            'mdx.unknown_indicator',
            problemMsg('mdx.unknown_indicator', { id }),
            problemMsg('mdx.unknown_indicator.expected', {
              list: list(model.indicators.map((i) => i.indicator.id)),
            }),
            'id',
            id,
          ),
        );
      }
      break;
    }
    case 'CommitmentCard': {
      if (!need('id')) break;
      const id = ref.attrs.id;
      if (!model.commitmentById.has(id.trim().toLowerCase())) {
        const ids = [...model.commitmentById.values()].map((c) => c.commitment.id);
        errors.push(
          refError(
            file,
            ref,
            'mdx.unknown_commitment',
            problemMsg('mdx.unknown_commitment', { id }),
            problemMsg('mdx.unknown_commitment.expected', { list: list(ids) }),
            'id',
            id,
          ),
        );
      }
      break;
    }
    case 'DatasetViewer': {
      if (!need('id')) break;
      const id = ref.attrs.id;
      if (!model.datasetById.has(id.trim().toLowerCase())) {
        const ids = [...model.datasetById.values()].map((d) => d.entry.id);
        errors.push(
          refError(
            file,
            ref,
            'mdx.unknown_dataset',
            problemMsg('mdx.unknown_dataset', { id }),
            problemMsg('mdx.unknown_dataset.expected', { list: list(ids) }),
            'id',
            id,
          ),
        );
      }
      break;
    }
  }
  return errors;
}

/** Checks every component reference and the MDX syntax of every document. */
export async function checkComponentRefs(
  docs: DocItem[],
  model: RefModel,
): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  for (const doc of docs) {
    const { refs, syntax } = findRefs(doc.source);
    if (syntax) {
      errors.push({
        file: doc.file,
        line: syntax.line,
        column: syntax.column,
        code: 'mdx.syntax',
        message: problemMsg('mdx.syntax', { message: syntax.message }),
        expected: problemMsg('mdx.syntax.expected'),
        severity: 'error',
      });
    }
    for (const ref of refs) errors.push(...checkRef(doc.file, ref, model));
  }
  return errors;
}
