// custom-elements.json for @rendir/components: feeds Storybook controls and docs, IDEs
// and framework wrappers. Run from anywhere: paths are relative to this file.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = relative(process.cwd(), join(here, 'packages/components')) || '.';

const definitions = new Map();

export default {
  globs: [`${pkg}/src/**/*.ts`],
  exclude: [
    `${pkg}/src/**/*.test.ts`,
    `${pkg}/src/**/*.stories.ts`,
    `${pkg}/src/**/fixtures/**`,
    `${pkg}/src/**/test-support/**`,
  ],
  outdir: pkg,
  // package.json already points at custom-elements.json; never rewrite it (e.g. with --outdir).
  packagejson: false,
  litelement: true,
  dev: false,
  plugins: [
    {
      // Tags are registered through `defineElement('rendir-x', Class)` in src/define/:
      // teach the analyzer that this is `customElements.define`.
      name: 'rendir-define-element',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isCallExpression(node)) return;
        if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
        const [tag, ctor] = node.arguments;
        if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
        moduleDoc.exports ??= [];
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: ctor.text },
        });
        definitions.set(ctor.text, tag.text);
      },
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules ?? [];
        for (const mod of modules) {
          for (const decl of mod.declarations ?? []) {
            const tag = definitions.get(decl.name);
            if (tag && decl.kind === 'class') {
              decl.customElement = true;
              decl.tagName = tag;
            }
          }
        }
        // Point each definition at the module that declares its class.
        for (const mod of modules) {
          for (const exp of mod.exports ?? []) {
            if (exp.kind !== 'custom-element-definition' || exp.declaration.module) continue;
            const home = modules.find((m) =>
              (m.declarations ?? []).some((d) => d.name === exp.declaration.name),
            );
            if (home) exp.declaration.module = home.path;
          }
        }
      },
    },
    {
      // Members starting with `_` or marked private/protected are not part of the API.
      name: 'rendir-hide-private',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.members) continue;
            decl.members = decl.members.filter(
              (m) =>
                m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'),
            );
          }
        }
      },
    },
  ],
};
