// Interface strings and route slugs, one catalogue per language. Content stays in the
// language its author wrote it in; only the interface is translated here.

import type { Lang } from '@rendir/core';
import { withPageBase } from './paths.ts';

// The languages are core's list (LANGS, isLang, INTL_LOCALES): one place for site and widgets.
export { LANGS, isLang, type Lang } from '@rendir/core';

/** A text an author may give once or per language (`title: {es: …, en: …}`). */
export type Localized = string | Partial<Record<Lang, string>>;

export function pick(text: Localized | undefined, lang: Lang, fallback: Lang = 'es'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

export type Section =
  | 'budget'
  | 'indicators'
  | 'commitments'
  | 'data'
  | 'reports'
  | 'transparency'
  | 'search'
  | 'embed'
  | 'downloads';

/** URL segments per language; the default language lives at `/`, others under `/<lang>/`. */
export const SLUGS: Record<Lang, Record<Section, string>> = {
  es: {
    budget: 'presupuesto',
    indicators: 'indicadores',
    commitments: 'compromisos',
    data: 'datos',
    reports: 'informes',
    transparency: 'transparencia',
    search: 'buscar',
    embed: 'insertar',
    downloads: 'descargas',
  },
  en: {
    budget: 'budget',
    indicators: 'indicators',
    commitments: 'commitments',
    data: 'data',
    reports: 'reports',
    transparency: 'transparency',
    search: 'search',
    embed: 'embed',
    downloads: 'downloads',
  },
};

const es = {
  langName: 'Español',
  skip: 'Saltar al contenido principal',
  menu: 'Menú principal',
  home: 'Inicio',
  budget: 'Presupuesto',
  indicators: 'Indicadores',
  commitments: 'Compromisos',
  data: 'Datos abiertos',
  reports: 'Informes',
  transparency: 'Transparencia',
  search: 'Buscar',
  languages: 'Idioma',
  breadcrumb: 'Ruta de navegación',
  exampleSite:
    'Sitio de ejemplo: la entidad es inventada. Los datos marcados como «de ejemplo» también lo son; los demás son reales y citan su fuente.',
  exampleData: 'Datos de ejemplo (inventados): no son cifras reales.',
  exampleBadge: 'Ejemplo',
  source: 'Fuente',
  notes: 'Notas',
  lastUpdated: 'Última actualización',
  footerBuilt: 'Hecho con Rendir, software libre para la rendición de cuentas.',
  openData: 'Datos abiertos',
  feed: 'Suscripción a informes (RSS)',
  notFoundTitle: 'Página no encontrada',
  notFoundText: 'La dirección no existe o cambió. Puede volver al inicio o buscar lo que necesita.',
  // home
  headline: 'Cifras principales',
  budgetTotal: 'Presupuesto vigente',
  budgetExecution: 'Ejecución ({measure} {base})',
  indicatorsByStatus: 'Indicadores por estado',
  commitmentsByCompletion: 'Compromisos por nivel de cumplimiento',
  latestReport: 'Último informe',
  seeAll: 'Ver todo',
  // home: one sentence per card that answers before the figures
  leadBudget: '{measure}: {pct} del presupuesto vigente de {year}.',
  leadBudgetNoExecution: 'El presupuesto de {year}, como lo publica la entidad.',
  leadIndicators: '{good} de {n} indicadores van en camino o se cumplieron; {late} van rezagados.',
  leadCommitments: '{done} de {n} compromisos se cumplieron por completo o en buena parte.',
  leadData: 'Datos para descargar en CSV y JSON, con su fuente.',
  // budget
  budgetIntro:
    'Cómo se aprobó, se comprometió y se pagó el dinero. La cadena de ejecución presupuestal: apropiación inicial, apropiación vigente, certificados de disponibilidad (CDP), compromisos, obligaciones y pagos.',
  fiscalYear: 'Vigencia',
  line: 'Rubro',
  code: 'Código',
  bpin: 'BPIN',
  fundingSource: 'Fuente de financiación',
  initial_appropriation: 'Apropiación inicial',
  current_appropriation: 'Apropiación vigente',
  cdp: 'CDP',
  commitments_amount: 'Compromisos',
  obligations: 'Obligaciones',
  payments: 'Pagos',
  amount: 'Valor',
  execution: 'Ejecución',
  paidRatio: 'Pagado sobre vigente',
  total: 'Total',
  byLevel: 'Por',
  expense: 'Gasto',
  income: 'Ingreso',
  budgetLinesFor: 'Rubros del presupuesto',
  yearTotals: 'Total de cada vigencia (las vigencias no se suman)',
  budgetYearCaption: 'Presupuesto {year}',
  incomeOf: 'ingresos',
  reconciles:
    'Las filas de total y subtotal del archivo cuadran con la suma de sus rubros ({keys}).',
  differs:
    'Atención: el archivo publica totales que no coinciden con la suma de sus rubros ({keys}). Cada diferencia:',
  differsRow: '«{name}» (línea {line}): publica {published}, sus rubros suman {sum}',
  asOf: 'Cifras con corte al {date}.',
  scalePublished: 'Publicado en unidades de {scale}; aquí, en pesos completos.',
  otherGroups: 'Otros {count}',
  linesShown:
    'Se muestran {shown} de {all} rubros: los de mayor valor de {year} y los que tienen resultados vinculados. Todos están en la descarga CSV o JSON.',
  linkedYear: 'vigencia {year}',
  results: 'Resultados',
  // indicators
  indicatorsIntro:
    'Cada indicador con su línea base, su último valor y su meta. El estado compara el avance logrado con el esperado a la fecha del último dato.',
  indicator: 'Indicador',
  group: 'Grupo',
  baseline: 'Línea base',
  latest: 'Último valor',
  target: 'Meta',
  status: 'Estado',
  progress: 'Avance',
  expectedProgress: 'Avance esperado',
  unit: 'Unidad',
  direction: 'Sentido esperado',
  increase: 'Aumentar',
  decrease: 'Disminuir',
  maintain: 'Mantener',
  responsible: 'Responsable',
  description: 'Descripción',
  period: 'Periodo',
  value: 'Valor',
  series: 'Serie de valores',
  howCalculated: '¿Cómo se calcula?',
  noProgress: 'No se puede calcular',
  relatedCommitment: 'Compromiso relacionado',
  relatedIndicators: 'Indicadores del compromiso',
  relatedBudget: 'Dinero asignado',
  relatedIndicatorsOfLine: 'Indicadores que mide este rubro',
  promisedCostAchieved: 'Lo prometido, lo que costó y lo que logró',
  // commitments
  commitmentsIntro:
    'Los compromisos de gobierno abierto: qué se prometió, quién responde y cómo avanza.',
  commitment: 'Compromiso',
  actionPlan: 'Plan de acción',
  leadInstitution: 'Entidad responsable',
  notStated: 'No indicada en la fuente',
  completion: 'Cumplimiento',
  milestones: 'Hitos',
  milestone: 'Hito',
  startDate: 'Inicio',
  endDate: 'Fin',
  evidence: 'Evidencia',
  starred: 'Compromiso estelar',
  ogpValues: 'Valores de gobierno abierto',
  access_to_information: 'Acceso a la información',
  civic_participation: 'Participación ciudadana',
  public_accountability: 'Rendición de cuentas',
  technology_innovation: 'Tecnología e innovación',
  moreInfo: 'Más información',
  // data
  dataIntro:
    'El catálogo de datos abiertos: cada conjunto con su descripción y, cuando hay archivo, sus primeras filas y su descarga.',
  dataset: 'Conjunto de datos',
  datasetsCount: 'conjuntos de datos',
  theme: 'Tema',
  keywords: 'Palabras clave',
  license: 'Licencia',
  publisher: 'Publicador',
  contact: 'Contacto',
  issued: 'Publicado',
  modified: 'Modificado',
  periodicity: 'Periodicidad',
  catalogOnly: 'Solo catálogo: aún no hay datos publicados detrás de este conjunto.',
  externalSource: 'Fuente externa',
  firstRows: 'Primeras filas',
  rowsShown: 'Se muestran {shown} de {total} filas.',
  downloadCsv: 'Descargar CSV',
  downloadJson: 'Descargar JSON',
  downloads: 'Descargas',
  downloadsIntro:
    'Todos los datos del sitio, en CSV (abre en Excel) y JSON. Las celdas que empiezan por =, +, - o @ se neutralizan para que una hoja de cálculo no las ejecute.',
  catalogJson: 'Catálogo DCAT-AP (JSON)',
  file: 'Archivo',
  // reports
  reportsIntro: 'Informes de rendición de cuentas.',
  report: 'Informe',
  published: 'Publicado',
  translations: 'También disponible en',
  onlyIn: 'Este informe solo está disponible en español.',
  print: 'Imprimir',
  // transparency
  transparencyIntro:
    'Información organizada según las secciones de la Resolución 1519 de 2020 (MinTIC) para los sitios de transparencia y acceso a la información pública.',
  // embeds
  embed: 'Insertar',
  embedCode: 'Código para insertar',
  embedHelp: 'Copie este código en su sitio para mostrar esta información.',
  copy: 'Copiar',
  copied: 'Copiado',
  openInSite: 'Ver en el sitio',
  pinnedVersion: 'Datos publicados el {date}.',
  newerData: 'Hay datos más recientes.',
  seeCurrent: 'Ver la versión actual',
  // search
  searchLabel: 'Qué busca',
  searchButton: 'Buscar',
  searchNoJs:
    'La búsqueda necesita JavaScript. Sin él, puede navegar por el menú o usar el mapa del sitio.',
  searchNone: 'Sin resultados.',
  searchFailed:
    'No se pudo cargar el índice de búsqueda. Intente de nuevo, o use el menú o el mapa del sitio.',
  searchCount: '{n} resultados',
  sitemap: 'Mapa del sitio',
  // misc
  yes: 'Sí',
  no: 'No',
  notApplicable: 'No aplica',
  noDataShort: 'Sin dato',
  table: 'Tabla',
  pages: 'Páginas',
};

export type UiKey = keyof typeof es;

const en: Record<UiKey, string> = {
  langName: 'English',
  skip: 'Skip to main content',
  menu: 'Main menu',
  home: 'Home',
  budget: 'Budget',
  indicators: 'Indicators',
  commitments: 'Commitments',
  data: 'Open data',
  reports: 'Reports',
  transparency: 'Transparency',
  search: 'Search',
  languages: 'Language',
  breadcrumb: 'Breadcrumb',
  exampleSite:
    'Example site: the entity is made up. Data marked “example” is made up too; the rest is real and cites its source.',
  exampleData: 'Example data (made up): these are not real figures.',
  exampleBadge: 'Example',
  source: 'Source',
  notes: 'Notes',
  lastUpdated: 'Last updated',
  footerBuilt: 'Made with Rendir, free software for public accountability.',
  openData: 'Open data',
  feed: 'Reports feed (RSS)',
  notFoundTitle: 'Page not found',
  notFoundText: 'This address does not exist or has moved. Go back home or search for it.',
  headline: 'Headline figures',
  budgetTotal: 'Current budget',
  budgetExecution: 'Execution ({measure} {base})',
  indicatorsByStatus: 'Indicators by status',
  commitmentsByCompletion: 'Commitments by completion',
  latestReport: 'Latest report',
  seeAll: 'See all',
  leadBudget: '{measure}: {pct} of the {year} current budget.',
  leadBudgetNoExecution: 'The {year} budget, as the entity publishes it.',
  leadIndicators: '{good} of {n} indicators are on track or achieved; {late} are off track.',
  leadCommitments: '{done} of {n} commitments were completed fully or substantially.',
  leadData: 'Data to download as CSV and JSON, with its source.',
  budgetIntro:
    'How the money was approved, committed and paid. The execution chain: initial appropriation, current appropriation, availability certificates (CDP), commitments, obligations and payments.',
  fiscalYear: 'Fiscal year',
  line: 'Budget line',
  code: 'Code',
  bpin: 'BPIN',
  fundingSource: 'Funding source',
  initial_appropriation: 'Initial appropriation',
  current_appropriation: 'Current appropriation',
  cdp: 'Availability certificates (CDP)',
  commitments_amount: 'Commitments',
  obligations: 'Obligations',
  payments: 'Payments',
  amount: 'Amount',
  execution: 'Execution',
  paidRatio: 'Paid over current',
  total: 'Total',
  byLevel: 'By',
  expense: 'Expense',
  income: 'Income',
  budgetLinesFor: 'Budget lines',
  yearTotals: 'Total of each fiscal year (years are not added together)',
  budgetYearCaption: 'Budget {year}',
  incomeOf: 'income',
  reconciles: 'The file’s total and subtotal rows match the sum of their lines ({keys}).',
  differs:
    'Note: the file publishes totals that differ from the sum of their lines ({keys}). Each difference:',
  differsRow: '«{name}» (line {line}): publishes {published}, its lines add up to {sum}',
  asOf: 'Figures as of {date}.',
  scalePublished: 'Published in units of {scale}; shown here in full.',
  otherGroups: '{count} others',
  linesShown:
    '{shown} of {all} lines are shown: the largest of {year} and those linked to results. Every line is in the CSV or JSON download.',
  linkedYear: 'fiscal year {year}',
  results: 'Results',
  indicatorsIntro:
    'Each indicator with its baseline, latest value and target. The status compares the progress made with the progress expected by the date of the latest value.',
  indicator: 'Indicator',
  group: 'Group',
  baseline: 'Baseline',
  latest: 'Latest value',
  target: 'Target',
  status: 'Status',
  progress: 'Progress',
  expectedProgress: 'Expected progress',
  unit: 'Unit',
  direction: 'Desired direction',
  increase: 'Increase',
  decrease: 'Decrease',
  maintain: 'Maintain',
  responsible: 'Responsible',
  description: 'Description',
  period: 'Period',
  value: 'Value',
  series: 'Values over time',
  howCalculated: 'How is this calculated?',
  noProgress: 'Cannot be calculated',
  relatedCommitment: 'Related commitment',
  relatedIndicators: 'Indicators of this commitment',
  relatedBudget: 'Money allocated',
  relatedIndicatorsOfLine: 'Indicators this budget line pays for',
  promisedCostAchieved: 'What was promised, what it cost, what it achieved',
  commitmentsIntro:
    'Open government commitments: what was promised, who is responsible and how it is going.',
  commitment: 'Commitment',
  actionPlan: 'Action plan',
  leadInstitution: 'Lead institution',
  notStated: 'Not stated in the source',
  completion: 'Completion',
  milestones: 'Milestones',
  milestone: 'Milestone',
  startDate: 'Start',
  endDate: 'End',
  evidence: 'Evidence',
  starred: 'Starred commitment',
  ogpValues: 'Open government values',
  access_to_information: 'Access to information',
  civic_participation: 'Civic participation',
  public_accountability: 'Public accountability',
  technology_innovation: 'Technology and innovation',
  moreInfo: 'More information',
  dataIntro:
    'The open data catalog: each data set with its description and, where there is a file, its first rows and downloads.',
  dataset: 'Data set',
  datasetsCount: 'data sets',
  theme: 'Theme',
  keywords: 'Keywords',
  license: 'Licence',
  publisher: 'Publisher',
  contact: 'Contact',
  issued: 'Issued',
  modified: 'Modified',
  periodicity: 'Update frequency',
  catalogOnly: 'Catalog only: no data has been published behind this data set yet.',
  externalSource: 'External source',
  firstRows: 'First rows',
  rowsShown: 'Showing {shown} of {total} rows.',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  downloads: 'Downloads',
  downloadsIntro:
    'All the data on this site, as CSV (opens in Excel) and JSON. Cells starting with =, +, - or @ are neutralised so that a spreadsheet does not run them.',
  catalogJson: 'DCAT-AP catalog (JSON)',
  file: 'File',
  reportsIntro: 'Accountability reports.',
  report: 'Report',
  published: 'Published',
  translations: 'Also available in',
  onlyIn: 'This report is only available in Spanish.',
  print: 'Print',
  transparencyIntro:
    'Information organised along the sections of Colombia’s Resolution 1519 of 2020 (ICT Ministry) for transparency and access to public information websites.',
  embed: 'Embed',
  embedCode: 'Embed code',
  embedHelp: 'Copy this code into your site to show this information.',
  copy: 'Copy',
  copied: 'Copied',
  openInSite: 'See on the site',
  pinnedVersion: 'Data as published on {date}.',
  newerData: 'Newer data are available.',
  seeCurrent: 'See the current version',
  searchLabel: 'What are you looking for',
  searchButton: 'Search',
  searchNoJs: 'Search needs JavaScript. Without it, use the menu or the sitemap.',
  searchNone: 'No results.',
  searchFailed: 'The search index could not be loaded. Try again, or use the menu or the sitemap.',
  searchCount: '{n} results',
  sitemap: 'Sitemap',
  yes: 'Yes',
  no: 'No',
  notApplicable: 'Not applicable',
  noDataShort: 'No data',
  table: 'Table',
  pages: 'Pages',
};

const CATALOGUE: Record<Lang, Record<UiKey, string>> = { es, en };

export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  let text = CATALOGUE[lang][key];
  for (const [name, value] of Object.entries(vars)) text = text.replace(`{${name}}`, String(value));
  return text;
}

/**
 * `/`, `/indicadores/`, `/en/indicators/abc/`: every internal link goes through here, under
 * the site's base when it is published under a sub-path (`/repo/indicadores/`).
 */
export function href(lang: Lang, defaultLang: Lang, section?: Section, ...rest: string[]): string {
  const parts: string[] = [];
  if (lang !== defaultLang) parts.push(lang);
  if (section) parts.push(SLUGS[lang][section]);
  parts.push(...rest.filter(Boolean));
  return withPageBase(parts.length ? `/${parts.join('/')}/` : '/');
}

/** A page's path without its language prefix, for the language switcher. */
export function homeHref(lang: Lang, defaultLang: Lang): string {
  return lang === defaultLang ? '/' : `/${lang}/`;
}
