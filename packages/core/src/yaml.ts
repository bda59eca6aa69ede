/**
 * The one YAML loader for content (site.yaml, MDX front matter, CSV sidecars): YAML 1.2
 * core schema only, so `!!js/function` and other custom tags are refused rather than
 * passed through as text (the build's own parser would fail on them later); aliases
 * limited, so an alias bomb is an error, not a hang or a stack trace; and a size limit.
 * Every problem has a line and column. Node and browsers.
 */
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import { boundedValue } from './quote.ts';
import { msg, type MessageRef } from './message.ts';

export interface YamlProblem {
  /** 1-based, within the text given. */
  line: number;
  column: number;
  code: 'yaml.syntax' | 'yaml.tag' | 'yaml.aliases' | 'yaml.too_large';
  message: MessageRef;
}

export interface LoadedYaml {
  /** The plain value (maps as objects, sequences as arrays); undefined when there are problems. */
  value: unknown;
  /** The parsed document, for positions of keys (undefined when too large to parse). */
  doc: Document | undefined;
  lineCounter: LineCounter;
  problems: YamlProblem[];
}

/** The tags the core schema resolves; anything else is refused. */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/** Reads YAML text under `limits` (default: the defaults of limits.ts). */
export function loadYaml(
  text: string,
  limits: Pick<Limits, 'maxYamlBytes' | 'maxYamlAliases'> = DEFAULT_LIMITS,
): LoadedYaml {
  const lineCounter = new LineCounter();
  const problems: YamlProblem[] = [];
  const out: LoadedYaml = { value: undefined, doc: undefined, lineCounter, problems };
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > limits.maxYamlBytes) {
    problems.push({
      line: 1,
      column: 1,
      code: 'yaml.too_large',
      message: msg('yaml.too_large', { bytes, max: limits.maxYamlBytes }),
    });
    return out;
  }
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
  });
  out.doc = doc;
  const at = (offset: number | undefined) => lineCounter.linePos(offset ?? 0);
  // An unresolved tag is reported once, below, with the tag's name.
  const warnings = doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED');
  for (const err of [...doc.errors, ...warnings]) {
    const pos = err.linePos?.[0] ?? at(err.pos[0]);
    problems.push({
      line: pos.line,
      column: pos.col,
      code: 'yaml.syntax',
      // The YAML library's own words, in English: it has no other language.
      message: msg('yaml.syntax', { detail: err.message.replace(/\.$/, '') }),
    });
  }
  let aliases = 0;
  let firstAlias: { line: number; col: number } | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    if (isAlias(node)) {
      aliases++;
      firstAlias ??= at(node.range?.[0]);
      if (aliases === limits.maxYamlAliases + 1) {
        const pos = at(node.range?.[0]);
        problems.push({
          line: pos.line,
          column: pos.col,
          code: 'yaml.aliases',
          message: msg('yaml.aliases', { max: limits.maxYamlAliases }),
        });
      }
      return;
    }
    if (node.tag && !CORE_TAGS.has(node.tag)) {
      // The node's range starts at its value: point at the tag before it, on its line.
      const value = node.range?.[0] ?? 0;
      let bang = text.lastIndexOf('!', value);
      while (bang > 0 && text[bang - 1] === '!') bang--;
      const pos = at(bang >= 0 && !/[\r\n]/.test(text.slice(bang, value)) ? bang : value);
      const tag = boundedValue(node.tag.replace('tag:yaml.org,2002:', '!!'));
      problems.push({
        line: pos.line,
        column: pos.col,
        code: 'yaml.tag',
        message: msg('yaml.tag', { tag }),
      });
    }
  });
  if (problems.length) return out;
  try {
    out.value = doc.toJS({ maxAliasCount: limits.maxYamlAliases });
  } catch {
    // Aliases of aliases: few in the text, too many once expanded.
    problems.push({
      line: firstAlias?.line ?? 1,
      column: firstAlias?.col ?? 1,
      code: 'yaml.aliases',
      message: msg('yaml.aliases_expanded'),
    });
  }
  return out;
}
