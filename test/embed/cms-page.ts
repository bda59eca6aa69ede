/**
 * A typical government CMS page, as communications offices paste widgets into it: a
 * 720 px content column and the global CSS such sites carry (a `*` reset to content-box,
 * justified text with letter spacing, and rules for buttons, tables, inputs, SVG and
 * links). Used by the CMS embed test and by the screenshot script.
 */

/** The global CSS of the CMS, as such themes write it. */
export const cmsCss = `
* { box-sizing: content-box; margin: 0; padding: 0; }
html { font-size: 16px; }
body { font: 17px/1.7 Georgia, "Times New Roman", serif; color: #222; text-align: justify;
  letter-spacing: .02em; word-spacing: .1em; background: #fff; }
.page { max-width: 720px; margin: 0 auto; padding: 24px 16px; }
h1, h2 { text-transform: uppercase; letter-spacing: .08em; margin: 1em 0 .5em; }
p { margin: 0 0 1em; text-indent: 1.5em; }
a { color: #a00; text-decoration: underline dotted; font-weight: bold; }
button { padding: 14px 22px; border: 3px solid #333; background: #eee; font: bold 18px Georgia;
  text-transform: uppercase; width: auto; min-width: 120px; }
table { width: 100%; border-collapse: collapse; border: 2px solid #999; }
td, th { padding: 12px; border: 1px solid #999; text-align: justify; }
input, select, textarea { padding: 10px; border: 2px solid #999; font-size: 18px; width: 100%; }
svg { width: 100%; height: auto; }
ul, ol { margin-left: 2em; }
img { max-width: 100%; }
`;

/** One widget per entry, with the data paths served beside the page. */
export interface CmsWidget {
  tag: string;
  /** Attributes written on the tag (besides `lang`). */
  attributes: string;
  /** The fallback link the README puts inside the tag. */
  fallback: string;
}

/** The widgets as the README pastes them, reading the example content's CSVs under /datos/. */
export function cmsWidgets(commitmentId: string): CmsWidget[] {
  return [
    {
      tag: 'rendir-budget-viewer',
      attributes: 'src="/datos/presupuesto.csv" levels="Sector,Entidad,Programa"',
      fallback: '<a href="/datos/presupuesto.csv">Presupuesto 2025 (CSV)</a>',
    },
    {
      tag: 'rendir-indicator-tracker',
      attributes: 'src="/datos/indicadores.csv"',
      fallback: '<a href="/datos/indicadores.csv">Indicadores de gobierno abierto (CSV)</a>',
    },
    {
      tag: 'rendir-commitment-card',
      attributes: `src="/datos/compromisos.csv" milestones-src="/datos/hitos.csv" commitment-id="${commitmentId}"`,
      fallback: '<a href="/datos/compromisos.csv">Compromisos (CSV)</a>',
    },
    {
      tag: 'rendir-dataset',
      attributes: 'src="/datos/contratos.csv"',
      fallback: '<a href="/datos/contratos.csv">Contratos 2025 (CSV)</a>',
    },
  ];
}

/** The example content files served as the CMS's /datos/ folder. */
export const cmsDataFiles: Record<string, string> = {
  '/datos/presupuesto.csv': 'content/budget/presupuesto-2025.csv',
  '/datos/indicadores.csv': 'content/indicators/bogota-gobierno-abierto.csv',
  '/datos/compromisos.csv': 'content/commitments/commitments.csv',
  '/datos/hitos.csv': 'content/commitments/milestones.csv',
  '/datos/contratos.csv': 'content/datasets/contratos-2025.csv',
};

export interface CmsPageOptions {
  lang: 'es' | 'en';
  /** Where the bundles are served (`/bundle`). */
  bundle: string;
  widgets: readonly CmsWidget[];
  /** Extra attributes on `<html>` (a dark page: ` style="color-scheme: dark"`). */
  htmlAttributes?: string;
  /** Paragraphs of article text before the first widget (a widget near the top: 1). */
  leadParagraphs?: number;
}

const paragraph = {
  es: 'La entidad presenta a la ciudadanía el avance de su gestión, con las cifras que la respaldan y los documentos que las explican, para que cualquier persona pueda revisarlas.',
  en: 'The entity shows citizens the progress of its work, with the figures behind it and the documents that explain them, so that anyone can check them.',
};

/** The whole CMS page: the README's snippet for each widget inside the content column. */
export function cmsPage(options: CmsPageOptions): string {
  const { lang, bundle, widgets } = options;
  const scripts = [...new Set(widgets.map((w) => w.tag))]
    .map((tag) => `<script type="module" src="${bundle}/${tag}.js"></script>`)
    .join('\n');
  const lead = Array.from(
    { length: options.leadParagraphs ?? 1 },
    () => `<p>${paragraph[lang]}</p>`,
  ).join('\n');
  const body = widgets
    .map(
      (w) =>
        `<h2>${w.tag}</h2>\n<${w.tag} lang="${lang}" ${w.attributes}>\n  ${w.fallback}\n</${w.tag}>\n<p>${paragraph[lang]}</p>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"${options.htmlAttributes ?? ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Portal de la entidad</title>
<link rel="stylesheet" href="/cms.css">
<link rel="stylesheet" href="${bundle}/rendir.css">
${scripts}
</head>
<body>
<div class="page">
<h1>Rendición de cuentas</h1>
${lead}
${body}
</div>
</body>
</html>`;
}
