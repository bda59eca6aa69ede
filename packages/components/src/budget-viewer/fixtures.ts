/**
 * Fixtures of `<rendir-budget-viewer>`, shared by tests, stories and the benchmark.
 *
 * EVERY AMOUNT HERE IS MADE UP for demonstration and testing: none is a real figure of any
 * Colombian entity. Wherever these fixtures are shown, `FIXTURE_NOTICE` says so.
 */

/** Shown wherever fixture data is shown: a citizen must never mistake it for real figures. */
export const FIXTURE_NOTICE = {
  es: 'Datos inventados para la demostración: no son cifras reales de ninguna entidad.',
  en: 'Made-up data for demonstration: these are not real figures of any entity.',
} as const;

/** The classification columns of `budgetCsv`, as written in its header. */
export const BUDGET_LEVELS = 'Sector,Entidad,Programa';

/** Population used with the fixture for per-capita figures (made up). */
export const FIXTURE_POPULATION = '7900000';

/**
 * Two fiscal years, three levels, the whole chain (initial appropriation to payments),
 * Spanish number format, `;` delimiter, amounts near 10^14 with cents: their float sum is
 * wrong in the cents, their exact sum is not.
 */
export const budgetCsv = `Vigencia;Sector;Entidad;Programa;Apropiación inicial;Apropiación vigente;CDP;Compromisos;Obligaciones;Pagos;Nombre ciudadano
2024;Educación;Secretaría de Educación;Alimentación escolar;57.926.359.263.858,30;60.975.115.014.587,61;60.365.363.864.441,73;43.902.082.810.503,11;35.121.666.248.402,49;30.731.457.967.352,19;Comida para estudiantes en los colegios
2024;Educación;Secretaría de Educación;Infraestructura educativa;17.839.777.584.925,95;18.778.713.247.290,40;18.590.926.114.817,50;17.088.629.055.034,29;13.670.903.244.027,43;11.962.040.338.524,01;Colegios nuevos y mejorados
2024;Educación;Universidad Distrital;Funcionamiento universitario;54.302.297.593.485,71;57.160.313.256.300,67;56.588.710.123.737,66;55.445.503.858.611,68;44.356.403.086.889,34;38.811.852.701.028,19;Universidad pública
2024;Salud;Secretaría de Salud;Vacunación;35.531.961.885.798,14;37.402.065.142.945,34;37.028.044.491.515,89;38.898.147.748.663,18;31.118.518.198.930,54;27.228.703.424.064,24;Vacunas para todas las edades
2024;Salud;Hospital Central;Atención de urgencias;62.752.848.773.575,48;66.055.630.287.974,12;65.395.073.985.094,38;58.128.954.653.417,26;46.503.163.722.733,81;40.690.268.257.392,09;Urgencias
2024;Movilidad;Instituto de Desarrollo Urbano;Malla vial;38.759.509.110.690,99;40.799.483.274.411,50;40.391.488.441.667,38;18.359.767.473.485,21;14.687.813.978.788,17;12.851.837.231.439,66;Calles y puentes
2024;Movilidad;Secretaría de Movilidad;Semaforización;61.620.027.165.579,39;64.863.186.490.083,49;64.214.554.625.182,66;60.322.763.435.777,68;48.258.210.748.622,14;42.225.934.405.044,39;Semáforos
2025;Educación;Secretaría de Educación;Alimentación escolar;85.101.670.094.963,27;89.580.705.363.119,16;88.684.898.309.487,97;64.498.107.861.445,83;51.598.486.289.156,66;45.148.675.503.012,09;Comida para estudiantes en los colegios
2025;Educación;Secretaría de Educación;Infraestructura educativa;39.350.667.283.954,79;41.421.755.035.741,81;41.007.537.485.384,39;37.693.797.082.525,08;30.155.037.666.020,06;26.385.657.957.767,57;Colegios nuevos y mejorados
2025;Educación;Universidad Distrital;Funcionamiento universitario;17.774.470.633.518,12;18.709.969.087.913,74;18.522.869.397.034,60;18.148.670.015.276,36;14.518.936.012.221,09;12.704.069.010.693,46;Universidad pública
2025;Salud;Secretaría de Salud;Vacunación;62.537.074.804.943,29;65.828.499.794.677,07;65.170.214.796.730,30;68.461.639.786.464,18;54.769.311.829.171,34;47.923.147.850.524,94;Vacunas para todas las edades
2025;Salud;Hospital Central;Atención de urgencias;39.061.089.272.181,13;41.116.936.075.980,06;40.705.766.715.220,26;36.182.903.746.862,48;28.946.322.997.489,98;25.328.032.622.803,75;Urgencias
2025;Movilidad;Instituto de Desarrollo Urbano;Malla vial;48.217.740.820.568,13;50.755.516.653.229,54;50.247.961.486.697,24;22.839.982.493.953,32;18.271.985.995.162,66;15.987.987.745.767,33;Calles y puentes
2025;Movilidad;Secretaría de Movilidad;Semaforización;81.789.827.396.380,02;86.094.555.154.084,16;85.233.609.602.543,32;80.067.936.293.298,30;64.054.349.034.638,64;56.047.555.405.308,82;Semáforos
`;

/**
 * Exact figures of `budgetCsv` for fiscal year 2025 (and 2024 where said), computed
 * independently with Python's Decimal, written as the Spanish table prints them.
 */
export const EXPECTED_2025 = {
  total: {
    initial_appropriation: '373.832.540.306.508,75',
    current_appropriation: '393.507.937.164.745,54',
    cdp: '389.572.857.793.098,08',
    commitments: '327.893.037.279.825,55',
    obligations: '262.314.429.823.860,43',
    payments: '229.525.126.095.877,96',
  },
  /** Float arithmetic gives 393507937164745.5: the cents are lost. */
  floatTotal: 393507937164745.5,
  sectors: {
    Educación: {
      current: '149.712.429.486.774,71',
      commitments: '120.340.574.959.247,27',
      payments: '84.238.402.471.473,12',
      executedPct: '80,4',
      paidPct: '56,3',
      ofEveryHundred: '38,05',
      perCapita: '18.950.940',
      contributionOfMillion: '380.456',
    },
    Salud: {
      current: '106.945.435.870.657,13',
      commitments: '104.644.543.533.326,66',
      payments: '73.251.180.473.328,69',
      executedPct: '97,8',
      paidPct: '68,5',
      ofEveryHundred: '27,18',
      perCapita: '13.537.397',
      contributionOfMillion: '271.775',
    },
    Movilidad: {
      current: '136.850.071.807.313,70',
      commitments: '102.907.918.787.251,62',
      payments: '72.035.543.151.076,15',
      executedPct: '75,2',
      paidPct: '52,6',
      ofEveryHundred: '34,78',
      perCapita: '17.322.794',
      contributionOfMillion: '347.770',
    },
  },
  totalCommittedPct: '83,3',
  totalPaidPct: '58,3',
  totalPerCapita: '49.811.131',
  total2024: '346.034.506.713.593,13',
} as const;

/** A single amount per line, generic level columns, English number format (made up). */
export const singleAmountCsv = `fiscal_year,level_1,level_2,amount
2025,Education,Schools,"1,250,000.10"
2025,Education,Teachers,"3,000,000.20"
2025,Health,Hospitals,"2,500,000.30"
`;

/** Long Spanish names, as entities publish them (made-up amounts). */
export const longLabelsCsv = `Vigencia;Sector;Entidad;Programa;Apropiación vigente;Compromisos;Pagos
2025;Inclusión social, reconciliación y atención integral a poblaciones vulnerables;Secretaría Distrital de Integración Social y Desarrollo Comunitario;Fortalecimiento de la atención integral a la primera infancia en los centros de desarrollo infantil del Distrito Capital;12.345.678.901,23;10.000.000.000,00;8.000.000.000,00
2025;Inclusión social, reconciliación y atención integral a poblaciones vulnerables;Instituto Distrital para la Protección de la Niñez y la Juventud;Prevención y atención de la maternidad y paternidad tempranas en adolescentes;9.876.543.210,98;9.900.000.000,00;7.000.000.000,00
2025;Gestión pública efectiva, transparencia y lucha contra la corrupción;Veeduría Distrital y Secretaría General de la Alcaldía Mayor;Implementación del modelo de gobierno abierto y rendición de cuentas permanente;4.567.890.123,45;2.000.000.000,00;1.000.000.000,00
`;

/** Line 3, column 5 holds words where an amount must be. */
export const badAmountCsv = `Vigencia;Sector;Entidad;Programa;Apropiación vigente
2025;Salud;Hospital Central;Urgencias;1.000.000,00
2025;Salud;Hospital Central;Vacunación;mil millones
`;

/** Line 2, column 3 (Entidad) is empty: a line that cannot be placed in the hierarchy. */
export const missingLevelCsv = `Vigencia;Sector;Entidad;Programa;Apropiación vigente
2025;Salud;;Urgencias;1.000.000,00
2025;Salud;Hospital Central;Vacunación;2.000.000,00
`;

/** A header and no lines. */
export const emptyCsv = `Vigencia;Sector;Entidad;Programa;Apropiación vigente
`;

/** A price index per fiscal year, for constant prices (made up). */
export const FIXTURE_DEFLATOR = '2024:94.5,2025:100';

const sectors = [
  'Educación',
  'Salud',
  'Movilidad',
  'Seguridad y convivencia',
  'Ambiente',
  'Cultura, recreación y deporte',
  'Hábitat',
  'Integración social',
  'Gobierno',
  'Hacienda',
];

/** Spanish-format amount from integer cents. */
function esAmount(cents: bigint): string {
  const s = cents.toString().padStart(3, '0');
  const int = s.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${int},${s.slice(-2)}`;
}

/**
 * `count` made-up budget lines over 10 sectors × 25 entities × programs, full chain,
 * Spanish number format: deterministic, for "many rows" stories and the benchmark.
 */
export function manyLinesCsv(count: number, year = '2025'): string {
  const out = [
    'Vigencia;Sector;Entidad;Programa;Apropiación inicial;Apropiación vigente;Compromisos;Obligaciones;Pagos',
  ];
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let i = 0; i < count; i++) {
    const sector = sectors[i % sectors.length];
    const entity = `Entidad ${(Math.floor(i / sectors.length) % 25) + 1} de ${sector}`;
    const program = `Programa ${Math.floor(i / (sectors.length * 25)) + 1}`;
    const current = BigInt(next()) * 1000n + BigInt(next() % 1000);
    const commitments = (current * BigInt(40 + (next() % 70))) / 100n;
    out.push(
      [
        year,
        sector,
        entity,
        program,
        esAmount((current * 95n) / 100n),
        esAmount(current),
        esAmount(commitments),
        esAmount((commitments * 8n) / 10n),
        esAmount((commitments * 7n) / 10n),
      ].join(';'),
    );
  }
  return out.join('\n') + '\n';
}

/** `count` made-up lines in a single level (`level_1`), one amount each: a long flat list. */
export function flatLinesCsv(count: number): string {
  const out = ['vigencia;level_1;valor'];
  for (let i = 1; i <= count; i++) {
    out.push(
      `2025;Contrato ${String(i).padStart(4, '0')};${esAmount(BigInt(1_000_000 + i) * 100n + 5n)}`,
    );
  }
  return out.join('\n') + '\n';
}

/** Income and expense lines in one file (`Tipo`), made-up amounts. */
export const incomeExpenseCsv = `Vigencia;Tipo;Sector;Valor
2025;Ingreso;Impuesto predial;500.000.000,50
2025;Ingreso;Transferencias de la Nación;700.000.000,25
2025;Gasto;Educación;900.000.000,00
2025;Gasto;Salud;300.000.000,75
`;
