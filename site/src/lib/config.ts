// site.yaml: read with line/column positions, validated with one zod schema, so that
// every problem points at the exact key an author must fix.
import { basename, dirname } from 'node:path';
import { isMap, isNode, isScalar, type Document, type LineCounter, type Node } from 'yaml';
import { z } from 'astro/zod';
import {
  contentRelativePath,
  DEFAULT_LANG,
  EXECUTION_KEYS,
  LANGS,
  type ContentError,
} from '@rendir/core';
import { ContentFileError, contentEntryExists, loadYaml, readContentText } from '@rendir/core/node';
import { problemMsg, type SiteProblemKey } from './problems.ts';
import type { MessageRef } from '@rendir/core';

const localized = z.union([z.string().min(1), z.partialRecord(z.enum(LANGS), z.string())]);

const link = z.object({
  title: localized,
  /** A free page's slug (`pages/NAME.mdx`), or a site section (`budget`, `indicators`…). */
  page: z.string().optional(),
  url: z.string().optional(),
});

const fileNote = z.object({
  /** A page title for a file that has none of its own (an Open SDG series). */
  title: localized.optional(),
  example: z.boolean().default(false),
  source: localized.optional(),
  source_url: z.string().optional(),
  note: localized.optional(),
});

export const siteSchema = z.object({
  name: z.string().min(1),
  short_name: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }),
  description: localized.optional(),
  locales: z
    .array(z.enum(LANGS))
    .min(1)
    .default([DEFAULT_LANG])
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate locale' }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('COP'),
  population: z.number().int().positive().optional(),
  theme: z
    .object({
      primary: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .default('#3366cc'),
      /** A file under media/, content-relative: never a link to another host. */
      logo: z
        .string()
        .refine((p) => contentRelativePath(p)?.startsWith('media/') === true, {
          message: 'a path inside the content folder under media/',
        })
        .transform((p) => contentRelativePath(p) ?? p)
        .optional(),
    })
    .default({ primary: '#3366cc' }),
  number_format: z.enum(['es', 'en']).default('es'),
  /** The whole site is a demonstration: every page says so. */
  example: z.boolean().default(false),
  budget: z
    .object({
      levels: z.array(z.string().min(1)).optional(),
      execution: z.enum(EXECUTION_KEYS).default('commitments'),
    })
    .default({ execution: 'commitments' }),
  /** Per data file (`budget/x.csv`): example flag, source and notes shown beside the data. */
  files: z
    .record(
      z.string().refine((p) => contentRelativePath(p) === p, {
        message: 'a path inside the content folder, such as budget/x.csv',
      }),
      fileNote,
    )
    .default({}),
  /** Sections of Resolución 1519 de 2020, each with links to pages or URLs. */
  transparency: z
    .array(
      z.object({ section: z.string().min(1), title: localized, items: z.array(link).default([]) }),
    )
    .default([]),
  /** Raises (or lowers) Rendir's limits on input: docs/content-format.md §8. */
  limits: z
    .object({
      max_file_bytes: z.number().int().positive(),
      max_columns: z.number().int().positive(),
      max_cell_chars: z.number().int().positive(),
      max_yaml_bytes: z.number().int().positive(),
      max_yaml_aliases: z.number().int().positive(),
      max_title_chars: z.number().int().positive(),
    })
    .partial()
    .strict()
    .default({}),
  contact: z
    .object({
      email: z.string().optional(),
      address: z.string().optional(),
      phone: z.string().optional(),
    })
    .optional(),
});

export type SiteConfig = z.infer<typeof siteSchema>;
export type FileNote = z.infer<typeof fileNote>;

function positionOf(doc: Document, counter: LineCounter, path: (string | number)[]) {
  // Walk down as far as the path exists; a missing key points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      if (depth < path.length && isMap(node)) {
        return counter.linePos(node.range[0]);
      }
      return counter.linePos(node.range[0]);
    }
  }
  return { line: 1, col: 1 };
}

export interface LoadedConfig {
  config: SiteConfig | null;
  errors: ContentError[];
}

/** Parse and validate `site.yaml` text. `file` is the path shown to the author. */
export function parseSiteYaml(text: string, file = 'site.yaml'): LoadedConfig {
  const loaded = loadYaml(text);
  const errors: ContentError[] = [];
  for (const problem of loaded.problems) {
    errors.push({
      file,
      line: problem.line,
      column: problem.column,
      code: problem.code,
      expected: problemMsg('site.yaml.expected'),
      message: problemMsg('site.yaml', { reason: problem.message }),
      severity: 'error',
    });
  }
  const { doc, lineCounter: counter } = loaded;
  if (errors.length || !doc) return { config: null, errors };
  const result = siteSchema.safeParse(loaded.value ?? {});
  if (result.success) return { config: result.data, errors };
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const key = path.join('.') || '(raíz)';
    const pos = positionOf(doc, counter, path);
    const node = path.length ? doc.getIn(path, true) : undefined;
    const value = isNode(node) ? shownValue(node, text) : undefined;
    const missing = issue.code === 'invalid_type' && node === undefined;
    errors.push({
      file,
      line: pos.line,
      column: pos.col,
      value,
      code: missing ? 'site.required' : 'site.invalid',
      expected: expectedFor(key),
      message: problemMsg(missing ? 'site.required' : 'site.invalid', { key }),
      severity: 'error',
    });
  }
  return { config: null, errors };
}

/** A value as the author wrote it: a scalar's text, a list or map as its source (never «[object Object]»). */
function shownValue(node: Node, text: string): string {
  if (isScalar(node)) return String(node.value);
  return node.range
    ? text.slice(node.range[0], node.range[1]).trim()
    : JSON.stringify(node.toJSON());
}

/** site.yaml keys whose problems say what a good value looks like. */
const HINTS: Record<string, SiteProblemKey> = {
  name: 'site.hint.name',
  url: 'site.hint.url',
  locales: 'site.hint.locales',
  currency: 'site.hint.currency',
  number_format: 'site.hint.number_format',
  'theme.logo': 'site.hint.theme.logo',
  'theme.primary': 'site.hint.theme.primary',
  population: 'site.hint.population',
};

function expectedFor(key: string): MessageRef {
  const hint = ownHint(key) ?? ownHint(key.replace(/\.\d+$/, ''));
  return hint ? problemMsg(hint) : problemMsg('site.invalid.expected', { key });
}

function ownHint(key: string): SiteProblemKey | undefined {
  return Object.hasOwn(HINTS, key) ? HINTS[key] : undefined;
}

export async function loadSiteYaml(path: string, file = 'site.yaml'): Promise<LoadedConfig> {
  let text: string;
  const root = dirname(path);
  try {
    text = await readContentText(root, basename(path));
  } catch (e) {
    if (e instanceof ContentFileError && contentEntryExists(root, basename(path)))
      return { config: null, errors: [{ ...e.problem, file }] };
    return {
      config: null,
      errors: [
        {
          file,
          line: 0,
          column: 0,
          code: 'site.missing',
          expected: problemMsg('site.missing.expected'),
          message: problemMsg('site.missing'),
          severity: 'error',
        },
      ],
    };
  }
  return parseSiteYaml(text, file);
}
