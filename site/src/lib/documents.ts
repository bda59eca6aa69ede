// Reports and free pages (MDX): front matter read with positions and checked, the
// language taken from the file name (`informe.mdx` is the default language,
// `informe.en.mdx` its English translation).
import { isNode, isScalar } from 'yaml';
import {
  DEFAULT_LIMITS,
  parseDate,
  titleTooLong,
  slugify,
  type ContentError,
  type Limits,
} from '@rendir/core';
import { listContentFiles, loadYaml, readContentText } from '@rendir/core/node';
import { isLang, type Lang } from './i18n.ts';
import { problemMsg } from './problems.ts';
import type { MessageRef } from '@rendir/core';

export interface DocItem {
  kind: 'report' | 'page';
  /** Path inside content/, e.g. `reports/informe-2025.en.mdx`. */
  file: string;
  /** Shared by a document and its translations. */
  slug: string;
  lang: Lang;
  title: string;
  date: string | undefined;
  summary: string | undefined;
  source: string;
}

export interface Documents {
  reports: DocItem[];
  pages: DocItem[];
  errors: ContentError[];
}

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** What YAML 1.1 (js-yaml, the build's front matter reader) takes as a timestamp. */
const TIMESTAMP =
  /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

function problem(
  file: string,
  line: number,
  column: number,
  code: string,
  message: MessageRef,
  expected: MessageRef,
  header?: string,
  value?: string,
): ContentError {
  const err: ContentError = { file, line, column, code, message, expected, severity: 'error' };
  if (value !== undefined) err.value = header !== undefined ? `${header}: ${value}` : value;
  return err;
}

/** Front matter of one MDX text; positions are lines of the whole file. */
export function readFrontMatter(
  text: string,
  file: string,
  kind: 'report' | 'page',
  limits: Limits = DEFAULT_LIMITS,
): { data: { title?: string; date?: string; summary?: string }; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const match = FRONT.exec(text);
  const need = problemMsg(
    kind === 'report' ? 'mdx.front_matter.expected.report' : 'mdx.front_matter.expected',
  );
  if (!match) {
    errors.push(problem(file, 1, 1, 'mdx.front_matter', problemMsg('mdx.front_matter'), need));
    return { data: {}, errors };
  }
  const loaded = loadYaml(match[1], limits);
  for (const issue of loaded.problems) {
    errors.push(
      problem(
        file,
        issue.line + 1,
        issue.column,
        'mdx.front_matter',
        problemMsg('mdx.front_matter.yaml', { reason: issue.message }),
        need,
      ),
    );
  }
  const { doc, lineCounter: counter } = loaded;
  if (errors.length || !doc) return { data: {}, errors };
  const data: { title?: string; date?: string; summary?: string } = {};
  const at = (key: string) => {
    const node = doc.get(key, true);
    const pos = isNode(node) && node.range ? counter.linePos(node.range[0]) : { line: 0, col: 1 };
    return { line: pos.line + 1, col: pos.col };
  };
  const raw = loaded.value as Record<string, unknown> | null;
  // The build's YAML reads an unquoted 2025-01-01 as a date, which a title or summary
  // cannot be: refused here too, so that check and build agree.
  for (const key of ['title', 'summary']) {
    const node = doc.get(key, true);
    if (!isScalar(node) || node.type !== 'PLAIN' || !TIMESTAMP.test(String(node.value))) continue;
    const pos = at(key);
    errors.push(
      problem(
        file,
        pos.line,
        pos.col,
        `mdx.${key}`,
        problemMsg('mdx.unquoted_date'),
        problemMsg('mdx.unquoted_date.expected', { key }),
        key,
        String(node.value),
      ),
    );
  }
  if (errors.length) return { data: {}, errors };
  const title = raw?.title;
  if (typeof title !== 'string' || !title.trim()) {
    errors.push(
      problem(
        file,
        at('title').line || 2,
        at('title').col,
        'mdx.title',
        problemMsg('mdx.title'),
        need,
        'title',
      ),
    );
  } else if (title.length > limits.maxTitleChars) {
    const pos = at('title');
    errors.push(titleTooLong(file, pos.line, pos.col, title.length, limits));
  } else data.title = title.trim();
  const date = raw?.date instanceof Date ? raw.date.toISOString().slice(0, 10) : raw?.date;
  if (date !== undefined) {
    // A real calendar day (2025-13-45 matches the pattern; the build's date would fail).
    if (typeof date !== 'string' || !DATE.test(date) || parseDate(date) !== date) {
      const pos = at('date');
      errors.push(
        problem(
          file,
          pos.line,
          pos.col,
          'mdx.date',
          problemMsg('mdx.date'),
          problemMsg('mdx.date.expected'),
          'date',
          String(date),
        ),
      );
    } else data.date = date;
  } else if (kind === 'report') {
    errors.push(problem(file, 2, 1, 'mdx.date', problemMsg('mdx.date.missing'), need, 'date'));
  }
  const summary = raw?.summary;
  if (typeof summary === 'string') data.summary = summary.trim();
  else if (summary !== undefined && summary !== null) {
    // The build's schema takes text only: `summary: 42` would pass here and fail there.
    const pos = at('summary');
    errors.push(
      problem(
        file,
        pos.line,
        pos.col,
        'mdx.summary',
        problemMsg('mdx.summary'),
        problemMsg('mdx.summary.expected'),
        'summary',
        String(summary),
      ),
    );
  }
  return { data, errors };
}

async function readFolder(
  dir: string,
  sub: 'reports' | 'pages',
  locales: Lang[],
  errors: ContentError[],
  limits: Limits,
) {
  const kind = sub === 'reports' ? 'report' : 'page';
  const listing = listContentFiles(dir, sub, {
    filter: (name) => name.endsWith('.mdx') || name.endsWith('.md'),
  });
  errors.push(...listing.problems);
  const items: DocItem[] = [];
  for (const file of listing.files) {
    const name = file.slice(sub.length + 1);
    const stem = name.replace(/\.mdx?$/, '');
    const parts = stem.split('.');
    let lang = locales[0];
    let base = stem;
    if (parts.length > 1 && isLang(parts[parts.length - 1])) {
      lang = parts.pop() as Lang;
      base = parts.join('.');
    }
    if (!locales.includes(lang)) continue;
    const source = await readContentText(dir, file, limits);
    const fm = readFrontMatter(source, file, kind, limits);
    errors.push(...fm.errors);
    items.push({
      kind,
      file,
      slug: slugify(base),
      lang,
      title: fm.data.title ?? base,
      date: fm.data.date,
      summary: fm.data.summary,
      source,
    });
  }
  return items;
}

export async function readDocuments(
  dir: string,
  locales: Lang[],
  limits: Limits = DEFAULT_LIMITS,
): Promise<Documents> {
  const errors: ContentError[] = [];
  const reports = await readFolder(dir, 'reports', locales, errors, limits);
  reports.sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug),
  );
  const pages = await readFolder(dir, 'pages', locales, errors, limits);
  return { reports, pages, errors };
}

/** The document to show for a slug in a language: its translation, else the original. */
export function docFor(
  items: DocItem[],
  slug: string,
  lang: Lang,
  defaultLang: Lang,
): DocItem | undefined {
  return (
    items.find((d) => d.slug === slug && d.lang === lang) ??
    items.find((d) => d.slug === slug && d.lang === defaultLang) ??
    items.find((d) => d.slug === slug)
  );
}

/** Distinct slugs, in list order. */
export function docSlugs(items: DocItem[]): string[] {
  return [...new Set(items.map((d) => d.slug))];
}
