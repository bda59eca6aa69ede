/**
 * Examples written once for tests, stories and docs. The Bogotá table is real (copied
 * unchanged from the project's shared data); every other fixture is made up and says
 * "(ejemplo)" in each name, so that no reader mistakes it for a real figure.
 */

const here = (file: string) => new URL(`./fixtures/${file}`, import.meta.url).href;

/** Bogotá's open government model: 12 measures in 3 pillars, wide form, `;`, comma decimals. */
export const bogotaUrl = here('bogota-gobierno-abierto-indicadores.csv');
export const bogotaCsv = `Pilar;Medición;2016-2017;2018-2019;2022-2023 (meta)
Transparencia institucional;Condiciones institucionales para la información pública;69,6;72,6;85
Transparencia institucional;Publicación y posicionamiento del PAAC;52,9;41,7;85
Transparencia institucional;Existencia de criterios para la apertura de datos;26,4;51,4;95
Transparencia institucional;Condiciones institucionales de medidas anticorrupción;N/A;22,2;60
Confianza, colaboración e innovación;Índice de confianza ciudadana en instituciones distritales;2,61;2,60;6,0
Confianza, colaboración e innovación;Índice de innovación pública;37,7;S/D;60
Confianza, colaboración e innovación;Uso de internet para trámites con instituciones distritales;S/D;18%;35%
Confianza, colaboración e innovación;Procesos de planeación en cuya formulación se involucró a la ciudadanía;35,5;27,1;70
Rendición de cuentas y participación;Divulgación de información para la rendición de cuentas;59%;50%;100%
Rendición de cuentas y participación;Grupos de interés consultados en rendición de cuentas;16,2;45,8;75
Rendición de cuentas y participación;Promoción de espacios de diálogo y concertación con la ciudadanía;56,9;54,4;75
Rendición de cuentas y participación;Índice de participación efectiva de Bogotá;2,26;2,26;5
`;

/** Two made-up decreasing indicators in the wide form, with direction and unit columns. */
export const decreasingUrl = here('decreasing-ejemplo.csv');
export const decreasingCsv = `Pilar;Medición;Tendencia;Unidad;2020;2021;2022;2023;2026 (meta)
Servicio a la ciudadanía;Tiempo promedio de respuesta a peticiones (ejemplo);reducción;días;30;27;22;19;15
Servicio a la ciudadanía;Peticiones vencidas sin respuesta (ejemplo);reducción;número;1250;1310;1402;S/D;800
`;

/** The long form: one row per indicator (increase, maintain, currency, index, decrease)... */
export const longIndicatorsUrl = here('indicadores-ejemplo.csv');
export const longIndicatorsCsv = `indicator_id;nombre;pilar;unidad;tendencia;tolerancia;línea base;baseline_period;meta;target_period;fuente
satisfaccion;Índice de satisfacción ciudadana con los servicios (ejemplo);Servicio a la ciudadanía;índice 0-10;incremento;;6,2;2020;8,0;2026;Encuesta de ejemplo
secop;Contratos publicados en SECOP a tiempo (ejemplo);Transparencia;%;mantenimiento;2;98%;2020;98%;2026;Datos de ejemplo
presupuestos-participativos;Recursos decididos en presupuestos participativos (ejemplo);Participación;COP;incremento;;10.000.000.000;2020;30.000.000.000;2026;Datos de ejemplo
tiempo-respuesta;Tiempo promedio de respuesta a peticiones (ejemplo);Servicio a la ciudadanía;días;reducción;;30;2020;15;2026;Datos de ejemplo
`;

/** ...and one row per indicator and period. */
export const longValuesUrl = here('valores-ejemplo.csv');
export const longValuesCsv = `indicator_id;periodo;valor;nota
satisfaccion;2021;6,5;
satisfaccion;2023;6,8;
secop;2021;97,5%;
secop;2023;99%;
presupuestos-participativos;2022;18.500.000.000;
tiempo-respuesta;2021;27;
tiempo-respuesta;2022;22;
tiempo-respuesta;2023;19;Medición de ejemplo
`;

/** A broken wide table: a value that is not a number, on line 3, column 4. */
export const brokenCsv = `Pilar;Medición;2020;2022 (meta)
Transparencia;Índice de ejemplo;40,5;60
Transparencia;Otro índice de ejemplo;45;sesenta
`;

/** Many indicators with long Spanish labels (made up), for layout and performance. */
export function manyIndicatorsCsv(count: number): string {
  const rows = ['Pilar;Medición;2018;2020;2022;2026 (meta)'];
  for (let i = 1; i <= count; i++) {
    const base = 20 + ((i * 7) % 40);
    const later = base + ((i * 13) % 21) - 6;
    rows.push(
      `Pilar de ejemplo ${1 + (i % 4)} con un nombre largo de la administración distrital;` +
        `Porcentaje de entidades distritales con procesos de rendición de cuentas y participación ciudadana documentados (ejemplo ${i});` +
        `${base};${later};${i % 5 === 0 ? 'S/D' : later + 3};${base + 40}`,
    );
  }
  return rows.join('\n') + '\n';
}

/**
 * A real Open SDG series: Canada's 1.2.1 (persons below the poverty line, 2015–2023, a
 * headline and a breakdown by group of persons and place), core's fixture byte for byte
 * (source and licence in `packages/core/test/fixtures/sdg-real/README.md`).
 */
export const canadaSdgUrl = new URL(
  '../../../core/test/fixtures/sdg-real/canada_indicator_1-2-1.csv',
  import.meta.url,
).href;
