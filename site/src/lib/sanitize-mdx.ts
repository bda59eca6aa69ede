// MDX is written by people, not programmers, and is untrusted: no code runs at build
// time or in the browser. Imports and {expressions} are shown as text, dangerous tags
// (<script>, <iframe>…) are shown as code, event attributes are dropped, and only
// relative, http(s) and mailto links stay clickable.
import { defineMdastPlugin } from 'satteri';
import { safeUrl } from '@rendir/core';
import { COMPONENTS } from './refs.ts';
import { withBase } from './paths.ts';

const BLOCKED = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
]);

const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'srcset',
  'xlinkhref',
  'xlink:href',
  'cite',
  'data',
]);

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 0x5c) return true;
  }
  return false;
}

/** Relative links (`/informes/`, `#notas`, `media/x.png`) and http(s)/mailto only. */
export function isSafeHref(raw: string): boolean {
  const url = raw.trim();
  if (url === '' || hasControl(raw)) return false;
  // Anything with a scheme goes through the core's allow-list; `javascript:` never passes.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return safeUrl(url) !== undefined;
  return !url.startsWith('//');
}

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  children: unknown[];
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export const sanitizeMdx = defineMdastPlugin({
  name: 'rendir-sanitize',
  options: { position: true },
  mdxjsEsm(node, ctx) {
    ctx.replaceNode(node, { type: 'code', value: node.value });
  },
  mdxFlowExpression(node, ctx) {
    ctx.replaceNode(node, {
      type: 'paragraph',
      children: [{ type: 'text', value: `{${node.value}}` }],
    });
  },
  mdxTextExpression(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: `{${node.value}}` });
  },
  mdxJsxFlowElement(node, ctx) {
    jsx(node as unknown as JsxNode, ctx, true);
  },
  mdxJsxTextElement(node, ctx) {
    jsx(node as unknown as JsxNode, ctx, false);
  },
  // Raw HTML in a `.md` file (MDX has none: it parses tags as JSX above) is shown as
  // text: `<script>`, `onerror=` and `<rendir-dataset src>` would otherwise pass as they are.
  html(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  // A root-relative link (`/informes/`) goes under the site's base, as every link of the site.
  link(node, ctx) {
    if (!isSafeHref(node.url)) ctx.replaceNode(node, [...node.children]);
    else if (withBase(node.url) !== node.url) ctx.setProperty(node, 'url', withBase(node.url));
  },
  image(node, ctx) {
    if (!isSafeHref(node.url)) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
    else if (withBase(node.url) !== node.url) ctx.setProperty(node, 'url', withBase(node.url));
  },
  definition(node, ctx) {
    ctx.setProperty(node, 'url', isSafeHref(node.url) ? withBase(node.url) : '#');
  },
});

type Ctx = Parameters<NonNullable<typeof sanitizeMdx.mdxJsxFlowElement>>[1];

function jsx(node: JsxNode, ctx: Ctx, flow: boolean) {
  const name = node.name ?? '';
  const isComponent = /^[A-Z]/.test(name);
  // A custom element (`<rendir-dataset src="https://…">`) would load data from anywhere:
  // widgets are placed with the components, whose sources the catalog declares.
  const blocked =
    name === '' ||
    (isComponent
      ? !COMPONENTS.includes(name)
      : BLOCKED.has(name.toLowerCase()) || name.includes('-'));
  if (blocked || name.includes('.') || name.includes(':')) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const raw =
      start !== undefined && end !== undefined ? ctx.source.slice(start, end) : `<${name}>`;
    // Shown as code: the reader sees what was written, nothing runs.
    ctx.replaceNode(
      node as never,
      flow ? { type: 'code', value: raw } : { type: 'inlineCode', value: raw },
    );
    return;
  }
  const kept = node.attributes.filter((a) => {
    if (a.type !== 'mdxJsxAttribute' || !a.name) return false;
    if (isComponent)
      return typeof a.value === 'string' || a.value === null || a.value === undefined;
    const attr = a.name.toLowerCase();
    if (attr.startsWith('on') || attr === 'style' || attr === 'dangerouslysetinnerhtml')
      return false;
    if (typeof a.value !== 'string' && a.value !== null && a.value !== undefined) return false;
    if (URL_ATTRS.has(attr) && typeof a.value === 'string' && !isSafeHref(a.value)) return false;
    return true;
  });
  if (kept.length !== node.attributes.length) {
    // An element with an unsafe attribute keeps its text and loses its tag.
    ctx.replaceNode(node as never, [...node.children] as never);
    return;
  }
  // A root-relative address written as HTML (`<a href="/datos/">`, `<img src="/media/x.svg">`)
  // goes under the site's base, as Markdown links do. Components name data, not addresses.
  if (isComponent) return;
  const based = node.attributes.map((a) =>
    a.name && URL_ATTRS.has(a.name.toLowerCase()) && typeof a.value === 'string'
      ? { ...a, value: underBase(a.name.toLowerCase(), a.value) }
      : a,
  );
  // Attributes cannot be set in place: the element is rebuilt around its own children.
  if (based.some((a, i) => a.value !== node.attributes[i].value))
    ctx.replaceNode(
      node as never,
      {
        type: node.type,
        name: node.name,
        attributes: based,
        children: [...node.children],
      } as never,
    );
}

/** An address attribute's value under the site's base (`srcset` lists several). */
function underBase(attribute: string, value: string): string {
  if (attribute !== 'srcset') return withBase(value);
  return value
    .split(',')
    .map((candidate) =>
      candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + withBase(url)),
    )
    .join(',');
}
