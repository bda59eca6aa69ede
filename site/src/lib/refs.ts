// The MDX components authors use (spec §5) point at content data by path or id. Every
// reference is checked here, with the line and column of the tag, before anything is
// built; the MDX is parsed by the same parser Astro uses (Sätteri).
import { defineMdastPlugin, mdxToJs } from 'satteri';
import type { ContentError, MessageRef } from '@rendir/core';
import type { DocItem } from './documents.ts';
import { WIDGETS, widgetNamed } from '../widgets/index.ts';
import { quoteList, type ComponentRef, type RefModel } from '../widgets/types.ts';
import { problemMsg } from './problems.ts';

/** The MDX components authors may use: one per widget of the registry. */
export const COMPONENTS: readonly string[] = WIDGETS.map((w) => w.mdxName);

export type { ComponentRef };

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

/** Checks one reference against the model; returns the problems. */
export function checkRef(file: string, ref: ComponentRef, model: RefModel): ContentError[] {
  const widget = widgetNamed(ref.name);
  if (!widget) {
    const names = quoteList(COMPONENTS.map((c) => `<${c}>`));
    return [
      refError(
        file,
        ref,
        'mdx.unknown_component',
        problemMsg('mdx.unknown_component', { name: ref.name }),
        problemMsg('mdx.unknown_component.expected', { list: names }),
      ),
    ];
  }
  const errors: ContentError[] = [];
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
  const attr = widget.required;
  if (ref.attrs[attr]) {
    for (const p of widget.checkRef(ref, model))
      errors.push(refError(file, ref, p.code, p.message, p.expected, p.attr, p.value));
  } else if (!ref.expressions.includes(attr)) {
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
