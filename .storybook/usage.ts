/**
 * The "Usage" section of each widget's docs page: how a communications office pastes it
 * into a page (the README's script embed with its reserved height), written once here.
 */
export function usage(tag: string, attributes: string, fallback: string): string {
  return `### Usage

Paste into any page (a CMS page too). \`rendir.css\` reserves the widget's height before its
script runs, so nothing below it moves; the link inside the tag shows until then and to
crawlers. The widget is light unless the page is dark; \`theme="auto"\` follows the reader's
system.

\`\`\`html
<link rel="stylesheet" href="https://YOUR-SITE/rendir/rendir.css" />
<script type="module" src="https://YOUR-SITE/rendir/${tag}.js"></script>

<${tag} lang="es" ${attributes}>
  ${fallback}
</${tag}>
\`\`\`

Where scripts are stripped, use the iframe code from the "Insertar" box under the widget on
the generated site. Attributes, events and CSS properties are listed below; the package
README has the rest.`;
}
