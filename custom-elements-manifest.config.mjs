// custom-elements.json for @rendir/components: feeds Storybook controls and docs, IDEs
// and framework wrappers. Run from anywhere: paths are relative to this file.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = relative(process.cwd(), join(here, 'packages/components')) || '.';

const definitions = new Map();
/** `Class.field` of every internal state (`state: true` in `static properties`). */
const states = new Set();

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
      // `static properties` entries with `state: true` are internal reactive state, not
      // attributes (the analyzer lists every entry as one).
      name: 'rendir-internal-state',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
          if (!isStatic || !ts.isPropertyDeclaration(member)) continue;
          if (member.name.getText() !== 'properties') continue;
          const table = member.initializer;
          if (!table || !ts.isObjectLiteralExpression(table)) continue;
          for (const entry of table.properties) {
            if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer))
              continue;
            const isState = entry.initializer.properties.some(
              (o) =>
                ts.isPropertyAssignment(o) &&
                o.name.getText() === 'state' &&
                o.initializer.kind === ts.SyntaxKind.TrueKeyword,
            );
            if (isState) states.add(`${node.name.text}.${entry.name.getText()}`);
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.attributes) continue;
            decl.attributes = decl.attributes.filter((a) => {
              const owner = a.inheritedFrom?.name ?? decl.name;
              return !states.has(`${owner}.${a.fieldName ?? a.name}`);
            });
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
