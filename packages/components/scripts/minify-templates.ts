/**
 * Minifies the static text of Lit's `html`, `svg` and `css` templates, which esbuild
 * leaves as written (indentation, comments). Conservative on purpose: in markup a run of
 * whitespace holding a line break becomes one space (which renders the same outside
 * `<pre>`), and in CSS comments go and whitespace shrinks only where the syntax allows.
 * Quoted CSS strings and templates with `<pre>` are left alone.
 */
import ts from 'typescript';

const MARKUP_TAGS = new Set(['html', 'svg']);

function minifyMarkup(text: string): string {
  return text.replace(/[ \t]*[\r\n]\s*/g, ' ');
}

/**
 * CSS text outside quoted strings; `undefined` when a quote or a comment is not closed in
 * this part. Comments and strings are found in one pass, whichever comes first, so that an
 * apostrophe in a comment (the widget's) opens no string and a `/*` in a string no comment.
 */
function minifyCssPart(text: string): string | undefined {
  const pieces = text.split(/(\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/);
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (i % 2 === 1) {
      // A comment becomes a space: it may be all that separates two selectors' words.
      out += piece.startsWith('/*') ? ' ' : piece;
      continue;
    }
    if (/["']|\/\*/.test(piece)) return undefined;
    out += piece;
  }
  return shrinkCssSpace(out);
}

/** Whitespace shrunk where CSS syntax allows, outside quoted strings. */
function shrinkCssSpace(text: string): string {
  return text
    .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            // No selector or value needs a space after a colon or before !important.
            .replace(/:\s+/g, ':')
            .replace(/\s+!important/g, '!important')
            .replace(/;}/g, '}'),
    )
    .join('');
}

export interface TemplateEdit {
  start: number;
  end: number;
  text: string;
}

/** The edits that minify every Lit template in a TypeScript source. */
export function templateEdits(source: string, fileName = 'x.ts'): TemplateEdit[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const edits: TemplateEdit[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const template = node.template;
      const literals: ts.TemplateLiteralLikeNode[] = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // Raw text of each literal part (between ` or } and ${ or `).
      const parts = literals.map((literal) => {
        const start = literal.getStart(file) + 1;
        const closing =
          literal.kind === ts.SyntaxKind.TemplateHead ||
          literal.kind === ts.SyntaxKind.TemplateMiddle
            ? 2
            : 1;
        const end = literal.getEnd() - closing;
        return { start, end, raw: source.slice(start, end) };
      });
      if (MARKUP_TAGS.has(tag) && !parts.some((p) => /<pre[\s>]/i.test(p.raw))) {
        for (const p of parts)
          edits.push({ start: p.start, end: p.end, text: minifyMarkup(p.raw) });
      } else if (tag === 'css') {
        const minified = parts.map((p) => minifyCssPart(p.raw));
        const last = minified.length - 1;
        if (minified[0] !== undefined) minified[0] = minified[0].trimStart();
        if (minified[last] !== undefined) minified[last] = minified[last].trimEnd();
        if (minified.every((m) => m !== undefined)) {
          parts.forEach((p, i) => edits.push({ start: p.start, end: p.end, text: minified[i]! }));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits;
}

export function minifyTemplates(source: string, fileName?: string): string {
  const edits = templateEdits(source, fileName).sort((a, b) => b.start - a.start);
  let out = source;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
