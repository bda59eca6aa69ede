// Core's messages in Spanish, the catalogue whose keys and {placeholders} every other
// language's has (messages.test.ts checks it). Problems with a file are read by its publisher.

const es = {
  // Words a citizen reads beside a status, a level or a figure, on the site's pages and in
  // the widgets alike (statusWord and the like in core read them).
  'indicator_status.achieved': 'Meta alcanzada',
  'indicator_status.on_track': 'En camino',
  'indicator_status.at_risk': 'En riesgo',
  'indicator_status.off_track': 'Rezagado',
  'indicator_status.no_data': 'Sin datos suficientes',
  'completion.not_started': 'Sin iniciar',
  'completion.limited': 'Limitado',
  'completion.substantial': 'Sustancial',
  'completion.complete': 'Completo',
  'completion.no_evidence': 'Sin evidencia',
  'completion.unknown': 'Sin evaluar',
  'milestone_status.not_started': 'Sin iniciar',
  'milestone_status.in_progress': 'En curso',
  'milestone_status.complete': 'Completado',
  'milestone_status.delayed': 'Retrasado',
  'milestone_status.unknown': 'Estado no publicado',
  'milestones.complete.one': '{done} de {total} hito completado',
  'milestones.complete.other': '{done} de {total} hitos completados',
  'milestones.average': 'promedio {percent}',
  'plan_status.achieved': 'Cumplida en el año',
  'plan_status.partial': 'Avance parcial',
  'plan_status.not_started': 'Sin avance',
  'plan_status.not_planned': 'Nada programado en el año',
  'plan_status.no_data': 'Sin datos suficientes',
  'plan_status.not_evaluable': 'No evaluable',
  'plan_flag.money_without_results': 'Dinero comprometido sin avance físico',
  'plan_flag.results_without_money': 'Avance físico sin dinero comprometido',
  'plan_not_evaluable.free_text': 'es texto, no un número',
  'plan_not_evaluable.invalid_value': 'no se lee como número',
  'plan_not_evaluable.direction': 'la tendencia no es I, M o D',
  'execution_base.current_appropriation.of': 'de la apropiación vigente',
  'execution_base.current_appropriation.over': 'sobre la apropiación vigente',
  'execution_base.initial_appropriation.of': 'de la apropiación inicial',
  'execution_base.initial_appropriation.over': 'sobre la apropiación inicial',
  'execution_base.amount.of': 'del presupuesto',
  'execution_base.amount.over': 'sobre el presupuesto',
  'missing.empty': 'Sin valor',
  'missing.no_data': 'Sin dato',
  'missing.not_applicable': 'No aplica',
  'missing.not_available': 'No disponible',
  'missing.suppressed': 'Reservado',
  'missing.not_stated': 'Sin información en la fuente',
  'progress.no_baseline': 'No hay línea base con valor: no se puede calcular el avance.',
  'progress.no_target_value': 'La meta no tiene valor: no se puede calcular el avance.',
  'progress.no_measurement': 'No hay ninguna medición.',
  'progress.no_measurement_after':
    'No hay ninguna medición posterior a la línea base ({baseline}).',
  'progress.no_measurement_latest': '{none} El último periodo ({period}) dice «{value}».',
  'progress.maintain.within':
    'Mantener: |{value} − {baseline}| = {distance}, dentro de la tolerancia de {tolerance} → {status}.',
  'progress.maintain.outside':
    'Mantener: |{value} − {baseline}| = {distance}, fuera de la tolerancia de {tolerance} → {status}.',
  'progress.baseline_is_target.met':
    'La línea base ya es la meta ({target}): avance 100 % si el valor {comparison} meta, si no 0 %; {value} cumple → {progress}',
  'progress.baseline_is_target.not_met':
    'La línea base ya es la meta ({target}): avance 100 % si el valor {comparison} meta, si no 0 %; {value} no cumple → {progress}',
  'progress.formula.increase':
    'Avance = ({value} − {baseline}) ÷ ({target} − {baseline}) = {numerator} ÷ {denominator} = {progress}',
  'progress.formula.decrease':
    'Avance = ({baseline} − {value}) ÷ ({baseline} − {target}) = {numerator} ÷ {denominator} = {progress}',
  'progress.formula.limited': '{formula}, que se limita a {limited}',
  'progress.expected':
    'Avance esperado al {date} (fin de {period}): {elapsed} de {total} días entre el fin de la línea base ({baselinePeriod}, {baselineEnd}) y el fin de la meta ({targetPeriod}, {targetEnd}) = {expected}.',
  'progress.expected.without_periods':
    'Sin periodos de línea base y meta, el avance se compara con el 100 %.',
  'progress.why.achieved': 'el valor alcanzó la meta',
  'progress.why.on_track':
    '{progress} no está más de 10 puntos por debajo de lo esperado (≥ {onTrackFloor})',
  'progress.why.at_risk':
    '{progress} está entre 10 y 25 puntos por debajo de lo esperado (< {onTrackFloor} y ≥ {atRiskFloor})',
  'progress.why.off_track':
    '{progress} está más de 25 puntos por debajo de lo esperado (< {atRiskFloor})',
  'progress.explained': '{formula}. {expected} {status}: {why}.',

  'csv.ragged_row.expected': '{fields} campos, uno por columna del encabezado',
  'csv.quote.expected': 'comillas emparejadas alrededor de un campo',
  'csv.unclosed_quote':
    'Unas comillas abren aquí un campo y nunca se cierran: el resto del archivo quedó dentro de él',
  'csv.invalid_quote':
    'Hay texto después de las comillas que cierran el campo: el resto del campo puede estar mal leído',
  'csv.encoding_invalid_byte.expected': 'texto en UTF-8, como el resto del archivo',
  'csv.encoding_invalid_byte':
    'El byte {hex} no es UTF-8, aunque el resto del archivo sí lo es; se leyó como «{char}» (Windows-1252). Corrija el carácter o guarde el archivo de nuevo como «CSV UTF-8»',
  'csv.ragged_row':
    'La fila tiene {fields} campos y el encabezado {expected}: faltan desde la columna {column}',
  'csv.trailing_empty_fields': 'La fila tiene {count} campos vacíos de más al final; se ignoran',
  'csv.ragged_row.extra':
    'La fila tiene {fields} campos y el encabezado {expected}: sobra el de la columna {column} (¿un separador sin comillas?)',
  'csv.empty.expected': 'una fila de encabezados',
  'csv.empty': 'El archivo está vacío',
  'csv.encoding_bom_mismatch.expected': 'encoding: {bomOverrode}',
  'csv.encoding_bom_mismatch':
    'El archivo empieza con la marca (BOM) de {bomOverrode} y se leyó así, aunque se declaró {declared}; corrija la declaración',
  'csv.encoding_declaration_contradicted.expected': 'encoding: {contradicts}',
  'csv.encoding_declaration_contradicted':
    'Se declaró {declared} y así se leyó, pero los bytes del archivo son {contradicts}: revise los acentos y la ñ, y corrija la declaración',
  'csv.encoding_windows_1252.expected': 'texto en UTF-8',
  'csv.encoding_windows_1252':
    'El archivo no es UTF-8 (lo muestra su primera letra fuera de ASCII, aquí); se leyó como Windows-1252 (CSV de Excel en Windows en español)',
  'csv.encoding_utf16_nobom.expected':
    'texto en UTF-8, o UTF-16 con su marca (BOM), o «encoding: utf-16» en el archivo .csv.yaml',
  'limits.columns': 'El archivo tiene {count} columnas; el límite es {max}: no se lee',
  'limits.columns.expected': 'como mucho {max} columnas (limits.max_columns en site.yaml lo sube)',
  'limits.cell_chars': 'La celda tiene {length} caracteres; el límite es {max}',
  'limits.cell_chars.expected':
    'como mucho {max} caracteres por celda (limits.max_cell_chars en site.yaml)',
  'limits.file_bytes': 'El archivo ocupa más de {size} MB; el límite es {max} MB: no se lee',
  'limits.file_bytes.expected': 'como mucho {max} MB (limits.max_file_bytes en site.yaml)',
  'limits.title_chars': 'El título tiene {length} caracteres; el límite es {max}',
  'limits.title_chars.expected':
    'un título de como mucho {max} caracteres (limits.max_title_chars en site.yaml)',
  'sidecar.unknown_key.expected': 'una de: {keys}',
  'sidecar.invalid': 'valor no válido para «{key}»',
  'content.outside_folder.expected':
    'un archivo normal dentro de la carpeta de contenido (copie el archivo en vez de enlazarlo)',
  'security.binary':
    'No es un archivo CSV: su contenido es binario (¿una imagen, un Excel o un archivo comprimido?); no se muestra',
  'security.no_delimiter':
    'No parece un archivo CSV: su primera línea no tiene ningún separador («,», «;», tabulación o «|»); no se muestra',
  'security.not_csv.expected':
    'un archivo CSV de texto, con una fila de encabezados separados por «,», «;», tabulación o «|»',
  'sidecar.yaml.expected': 'YAML válido',
  'yaml.too_large':
    'El YAML ocupa {bytes} bytes; el límite es {max} (limits.max_yaml_bytes en site.yaml)',
  'yaml.aliases': 'Más de {max} alias (*nombre): así se arma un YAML que crece sin fin',
  'yaml.tag': 'La etiqueta «{tag}» no se admite: solo texto, números, listas y mapas',
  'suggest.did_you_mean': '¿Quiso decir «{best}»?',
  'date.invalid.expected': 'una fecha AAAA-MM-DD, DD/MM/AAAA, AAAA-MM o AAAA',
  'date.ambiguous.expected':
    'el orden de día y mes declarado (date_format: DD/MM/YYYY o MM/DD/YYYY en NOMBRE.csv.yaml) o una fecha del archivo que lo pruebe, como 30/06/2025',
  'date.ambiguous':
    'puede ser {dayFirst} (día primero) o {monthFirst} (mes primero) y nada en el archivo decide cuál',
  'date.invalid': 'no es una fecha válida',
  'schema.duplicate_column.expected': 'una sola columna por campo',
  'schema.duplicate_column': 'Otra columna ya da «{key}»; esta se conserva como campo adicional',
  'schema.required_value.expected': 'un valor para «{key}»',
  'schema.required_value': 'La celda está vacía y este campo es obligatorio',
  'number.format_from_site_default.expected': 'un formato declarado en NOMBRE.csv.yaml',
  'number.format_from_site_default':
    'Valores como «{ambiguous}» se leyeron con el formato del sitio ({format})',
  'number.missing_marker': 'o un faltante (S/D, N/A)',
  'number.ambiguous.expected':
    'el formato de números del archivo declarado (decimal: "," o "." en NOMBRE.csv.yaml) o valores que lo prueben: 69,6 o 1.234.567 (formato es), 69.6 o 1,234,567 (formato en)',
  'number.ambiguous':
    'puede ser {asEs} (formato es, 1.234,56) o {asEn} (formato en, 1,234.56) y nada en el archivo decide cuál',
  'number.scientific.expected':
    'el número con todas sus cifras, como 183403000000 o 183.403.000.000',
  'number.scientific':
    'está en notación científica de Excel: solo quedan las primeras cifras y las demás se perdieron al guardar. En el libro original dé a la columna el formato Número (0 decimales) o Texto y vuelva a guardar el CSV',
  'number.invalid': 'no es un número',
  'schema.invalid_value.expected': 'uno de: {allowed}',
  'schema.invalid_value': 'no es un valor permitido',
  'budget.missing_level.expected': 'una columna «{name}» (budget.levels)',
  'budget.missing_level': 'No hay columna para el nivel «{name}» (encabezados: {headers})',
  'budget.constant_and_column.expected': '«{key}» en una columna o en constants, no en ambos',
  'budget.constant_and_column':
    'El archivo tiene una columna para «{key}» y el archivo .csv.yaml le da un valor fijo; no se sabe cuál vale',
  'budget.no_amount_column.expected':
    'al menos una columna de valores: apropiación inicial, apropiación vigente, CDP, compromisos, obligaciones, pagos o valor',
  'budget.no_amount_column': 'No hay ninguna columna de valores (encabezados: {headers})',
  'budget.invalid_year.expected': 'un año de cuatro cifras (2025)',
  'budget.invalid_year': 'no es un año',
  'budget.level_after_missing.expected':
    'un valor en «{header}», o también «{value}» en los niveles que siguen',
  'budget.level_after_missing':
    'El nivel «{header}» dice «{value}» pero «{below}», más abajo, tiene un valor: la línea no se puede ubicar en el presupuesto',
  'budget.empty_level.expected': 'un valor de clasificación en «{header}»',
  'budget.empty_level': 'Falta el nivel «{header}»: la línea no se puede ubicar en el presupuesto',
  'budget.flow_column_not_flow':
    '«{header}» se tomó por su nombre como el tipo de flujo (gasto o ingreso), pero ninguna de sus {count} filas lo dice: tiene {values}; no se adivina',
  'budget.flow_column_not_flow.expected':
    'gasto o ingreso en cada fila; si «{header}» es otra cosa (las letras A, B, C del SIIF), nómbrela en NOMBRE.csv.yaml, p. ej. `columns: {{header}: level_3}`',
  'budget.amount_columns_differ':
    'la misma fila trae otra cifra de esta cantidad en «{first}» ({value}); no se escoge una',
  'budget.amount_columns_differ.expected':
    'la cifra en una sola de las dos columnas; si «{header}» y «{first}» son cantidades distintas, diga cuál es cuál en NOMBRE.csv.yaml, p. ej. `columns: {{header}: initial_appropriation}`',
  'budget.no_figures':
    'ninguna de sus {count} filas trae una cifra en sus columnas de montos ({headers}): no se muestra un presupuesto vacío',
  'budget.no_figures.expected':
    'las cifras en una columna de montos; si están en otra columna, nómbrela en NOMBRE.csv.yaml, p. ej. `columns: {TOTAL_RECAUDO: amount}`',
  'budget.accounting_zero.expected': 'un número',
  'budget.accounting_zero':
    '{count} celdas de valores con el cero contable de Excel («{first}») se leyeron como 0',
  'budget.unknown_key.expected': 'una de las claves: {keys}, level_1…',
  'budget.unknown_column.expected': 'un encabezado del archivo: {headers}',
  'budget.invalid_fact': 'valor no válido para «{key}» en el archivo .csv.yaml',
  'budget.unknown_constant.expected': 'una de: {keys}',
  'budget.code_hierarchy.declare':
    'en NOMBRE.csv.yaml, `code_hierarchy: prefix` (un código es el total de los que empiezan por él) o `code_hierarchy: none` (los códigos solo identifican filas)',
  'budget.parent_missing.expected': 'un código padre que esté en el archivo, en la misma vigencia',
  'budget.parent_missing':
    '{count} filas nombran un código padre que no está en su vigencia (líneas {lines}); se muestran en el primer nivel',
  'budget.aggregate_undecided.expected':
    'de qué filas es total cada fila de total: una columna de código padre (PADRE, código padre; en NOMBRE.csv.yaml `columns: {Su columna: parent_code}`), códigos por segmentos (2.1.1.01, A-01-01) o el archivo sin sus filas de total',
  'budget.aggregate_undecided':
    'Las filas de las líneas {lines} parecen totales o subtotales, pero nada en el archivo dice de qué filas son total; no se suman con las demás ni se adivina',
  'budget.aggregate_mismatch.expected': 'la suma de sus {childCount} filas hijas: {sum}',
  'budget.aggregate_mismatch':
    '«{name}» publica {published} y sus filas suman {sum} (diferencia {difference}); la página muestra la cifra publicada con una nota',
  'commitment.duplicate_id.expected': 'un identificador único por compromiso',
  'commitment.duplicate_id': 'ya aparece en la línea {line}',
  'milestone.progress_range.expected': 'un porcentaje entre 0 y 100',
  'milestone.progress_range': 'está fuera de 0-100',
  'dataset.duplicate_id.expected': 'un identificador único por conjunto',
  'dataset.duplicate_id': 'este identificador ya se usó',
  'dataset.invalid_email.expected': 'un correo como nombre@entidad.gov.co',
  'dataset.invalid_email': 'no parece un correo; no se mostrará',
  'dataset.file_outside.expected': 'un archivo dentro de datasets/',
  'dataset.file_outside': 'la ruta sale de la carpeta de contenido',
  'indicators.target_column.expected':
    'exactamente una columna de periodo marcada con «meta» o «target», p. ej. «2022-2023 (meta)»',
  'indicator.no_baseline.expected': 'al menos un periodo con valor antes de la meta',
  'indicator.no_baseline': 'El indicador no tiene línea base: ningún periodo tiene valor',
  'indicator.target_missing.expected': 'un valor de meta',
  'indicator.target_missing': 'La meta no tiene valor',
  'indicator.mixed_percent.expected': 'todos los valores con «%» o ninguno',
  'indicator.mixed_percent':
    'Algunos valores llevan «%» y otros no; se comparan como números de la misma unidad',
  'indicator.duplicate_id.expected': 'un identificador único por indicador',
  'indicator.duplicate_id': 'Este identificador ya se usó en otra fila',
  'period.invalid.expected':
    'un periodo: 2025, 2016-2017, 2025-Q3, 2025-06 o una fecha (2025-06-30, 30/06/2025)',
  'period.invalid': 'no es un periodo',
  'values.unknown_indicator.expected': 'el id de un indicador de indicators.csv',
  'values.unknown_indicator': 'no es un indicador conocido',
  'values.duplicate_period.expected': 'un solo valor por indicador y periodo',
  'values.duplicate_period':
    'el indicador «{id}» ya tiene un valor para este periodo en la línea {first}',
  'url.unsafe.expected': 'un enlace http:, https: o mailto: completo',
  'url.unsafe': 'El enlace no se mostrará: solo se enlazan direcciones http, https y mailto',
  'csv.encoding_utf16_nobom.be':
    'El archivo no tiene marca de codificación (BOM) y se leyó como UTF-16 BE porque sus bytes lo muestran',
  'csv.encoding_utf16_nobom.le':
    'El archivo no tiene marca de codificación (BOM) y se leyó como UTF-16 LE («Texto Unicode» de Excel) porque sus bytes lo muestran',
  'sidecar.unknown_key': '«{key}» no es una clave de NOMBRE.csv.yaml.',
  'sidecar.yaml': 'El archivo YAML no se puede leer: {reason}',
  'yaml.syntax': '{detail}',
  'yaml.aliases_expanded': 'Los alias (*nombre) se multiplican más allá del límite al expandirse',
  'sidecar.invalid.document.expected': 'un mapa de claves',
  'sidecar.invalid.constants.expected': '{clave: valor}',
  'sidecar.invalid.delimiter.expected': '«,», «;», tab o «|»',
  'sidecar.invalid.encoding.expected':
    'utf-8, windows-1252 o utf-16 (también utf-16le, utf-16be o unicode)',
  'sidecar.invalid.decimal.expected': '«,» o «.»',
  'sidecar.invalid.group.expected': '«.», «,», espacio o nada',
  'sidecar.invalid.number_format.expected': 'es o en',
  'sidecar.invalid.columns.expected': '{encabezado: clave}',
  'budget.invalid_fact.scale.expected': '1, 1000 (miles) o 1000000 (millones)',
  'budget.invalid_fact.code_hierarchy.expected': 'prefix o none',
  'budget.invalid_fact.as_of.expected': 'una fecha AAAA-MM-DD',
  'budget.invalid_fact.constants.fiscal_year.expected': 'un año de cuatro cifras (2025)',
  'budget.invalid_fact.constants.flow.expected': 'gasto/expense o ingreso/income',
  'content.outside':
    'Es un enlace a algo fuera de la carpeta de contenido: no se lee ni se publica',
  'content.broken_link': 'Es un enlace a un archivo que no existe',
  'content.not_regular':
    'No es un archivo normal (es una carpeta, un dispositivo, un socket o una tubería): no se lee',
  'content.bad_path': 'La ruta sale de la carpeta de contenido o es absoluta',
  'content.missing': 'El archivo no existe',
  'suggest.with_hint': '{message} {hint}',
  'budget.unknown_key': '«columns» lleva «{header}» a «{key}», que no es una clave de presupuesto.',
  'budget.unknown_column': '«columns» nombra la columna «{header}», que el archivo no tiene.',
  'budget.unknown_constant':
    '«constants» da un valor a «{key}», que no es una clave que pueda ser fija.',
  'budget.code_pair': '«{parent}» (línea {parentLine}) / «{child}» (línea {childLine})',
  'budget.code_prefix_hierarchy':
    'Los códigos de {count} filas son el comienzo de otros ({pair}) y sus cifras son la suma de ellos: se leen como totales, no se suman con sus rubros',
  'budget.code_hierarchy_undecided':
    'Los códigos de {count} filas son el comienzo de otros (líneas {lines}; por ejemplo {pair}), pero sus cifras no son la suma de ellos: no se sabe si son totales; no se suman ni se adivina',
  'indicators.target_column.none': 'Ninguna columna de periodo está marcada como meta',
  'indicators.target_column.several': 'Hay varias columnas marcadas como meta',
  'date.order.mdy': 'MM/DD/AAAA',
  'date.order.dmy': 'DD/MM/AAAA',
  'date.order_mismatch.expected': 'una fecha {order}, como el resto del archivo',
  'date.order_mismatch': 'solo se lee con día y mes en el orden contrario al del archivo ({order})',
  'schema.missing_column.expected':
    'una columna «{label}», o la línea {mapping} en {sidecar}, junto al CSV',
  'schema.missing_column.expected.likely':
    'una columna «{label}», o si «{likely}» es esa columna, la línea {mapping} en {sidecar}, junto al CSV',
  'schema.missing_column.expected.constant':
    'una columna «{label}», o, si su valor es uno solo para todo el archivo (como el año que dice su título), la línea {constant} en {sidecar}, junto al CSV, con ese valor',
  'schema.missing_column': 'Falta la columna obligatoria «{label}»',
  'schema.missing_column.listed':
    'Falta la columna obligatoria «{label}»; el archivo tiene {headers}',
  'number.invalid.expected.es_format': 'un número como 1.234.567,89, 1234567,89 o 18 %, {missing}',
  'number.invalid.expected.en_format':
    'un número como 1,234,567.89, 1234567.89 o 18% (el formato en del archivo), {missing}',
  'number.invalid.expected':
    'un número como 1.234.567,89 (formato es), 1,234,567.89 (formato en) o 18 %, {missing}',
  'number.format_source.declared': 'declarado',
  'number.format_source.proved': 'probado por «{proof}»',
  'number.format_source.site': 'del sitio',
  'number.reads_as_nothing': 'como nada (no es un número)',
  'number.readings': 'en formato es se leería {asEs}; en formato en, {asEn}',
  'number.format_mismatch.expected': 'un número en el formato {how} del archivo ({format})',
  'number.group_after_zero.expected':
    'un número en el formato {how} del archivo ({format}), sin ceros a la izquierda antes de un separador de miles',
  'number.group_after_zero':
    'tiene un separador de miles del formato del archivo ({format}) justo después de un cero: {both}. Escriba el valor que quiso decir',
  'number.format_mismatch':
    'está escrito en otro formato de números que el resto del archivo ({format}): {both}',
  'number.space_inside':
    'tiene un espacio o un salto de línea entre sus cifras: puede ser {joined} (sin el espacio) o dos valores ({parts}); escriba uno solo, sin espacios',
  'error.place.row': 'fila {row}',
  'error.place.cell': 'fila {row}, columna {column}',
  'error.place.text_line': '(línea {line} del texto)',
  'error.place.record': 'registro {record}',
  'error.place.field': '{record}, campo {field}',
  'json.not_records.expected':
    'una lista JSON de registros ([{…}, {…}]) o un objeto con la lista en «{key}»',
  'json.not_records': 'El archivo no es una lista de registros',
  'json.not_object.expected': 'un objeto JSON con sus campos ({…})',
  'json.not_object': 'no es un registro',
  'json.not_text.expected': 'un texto entre comillas',
  'json.not_text': 'no es un texto',
  'json.not_list.expected': 'una lista entre corchetes ([…])',
  'json.not_list': 'no es una lista',
  'json.required': 'Falta este campo o está vacío, y es obligatorio',
  'json.not_decimal.expected':
    'un número decimal exacto escrito como texto, con punto decimal y sin separadores de miles («1234567.89»)',
  'json.not_decimal': 'no es un número decimal exacto',
  'json.decimal_as_number':
    'es un número JSON, que pudo redondearse al escribirlo: las cifras se escriben como texto',
  'json.decimals.expected': 'el número de decimales escritos, un entero mayor que 0',
  'json.cell.expected':
    'un número como {"value": "12.5", "raw": "12,5"} o un valor faltante como {"missing": "no_data", "raw": "S/D"}',
  'json.raw_mismatch.expected':
    'el texto del número como se publica, que se lea como {value} (el campo «value»), o ningún campo «raw»',
  'json.raw_mismatch':
    'no se lee como {value}, el valor del registro: el texto y la cifra dicen dos números',
  'json.period_mismatch.expected':
    'el inicio que se lee de «{raw}» ({start}), o solo el texto del periodo',
  'json.period_mismatch': 'no es el inicio del periodo «{raw}»',
  'json.duplicate_id.expected': 'un identificador único por registro',
  'json.duplicate_id': 'ya es el identificador del registro {record}',
  'error.place.json_field': 'campo {field}',
  'json.not_count.expected': 'un número entero, 0 o mayor, sin comillas',
  'json.not_count': 'no es un número entero',
  'json.budget_format.expected':
    'una lista de líneas presupuestales, o un documento con "format": "{format}"',
  'json.budget_format': 'no es un documento de presupuesto que se sepa leer',
  'error.column': '(columna «{header}»)',
  'error.sheet': 'En la hoja de cálculo: {place}.',
  'error.expected': 'Se esperaba: {expected}',
  'error.text': 'En el texto: línea {line}, columna {column}.',
  'error.text.line': 'En el texto: línea {line}.',
  'file.inline_data': 'datos en línea ({type}, {size} KB)',
  'commitment.not_found.expected': 'un commitment_id presente en el archivo',
  'commitment.not_found': 'No hay un compromiso «{id}» en los datos.',
  'commitment.no_id': 'Indique qué compromiso mostrar con el atributo commitment-id.',
  'number.ambiguous.attribute.expected':
    'un formato de números declarado (atributo number-format="es" o "en")',
  'number.ambiguous.attribute':
    'El número se lee distinto en formato es (1.234,56) y en (1,234.56)',
  'sidecar.invalid.missing.expected': '{marca: significado}',
  'sidecar.invalid.accumulation.expected':
    'capacidad, flujo o stock, para todo el plan (`accumulation: capacidad`) o `{default: …, column: COLUMNA, goals: {CÓDIGO: …}}`',
  'plan.unknown_goal.expected': 'el código o el nombre de una meta del archivo',
  'plan.unknown_goal':
    '`accumulation.goals` nombra «{key}», que no es el código ni el nombre de ninguna meta del archivo',
  'plan.invalid_accumulation.expected': 'capacidad, flujo o stock',
  'plan.invalid_accumulation':
    'La meta «{name}» no dice cómo se acumula (capacidad, flujo o stock): no se mide contra la meta del cuatrienio',
  'sidecar.invalid.missing_marker.expected': 'una marca de 1 a {max} caracteres',
  'sidecar.invalid.missing_meaning.expected': 'uno de: {meanings}',
  'budget.aggregate_repeated.expected':
    'cada código de total una sola vez por vigencia (y corte), o una columna de código padre que diga de qué filas es total cada una',
  'budget.aggregate_repeated':
    'Las filas de las líneas {lines} repiten el código de una fila de total («{code}», {name}); no se sabe de qué filas es total cada una: no se suman ni se adivina',
  'budget.several_periods.expected':
    'un solo corte por vigencia: un archivo por corte (por ejemplo el último, {latest}), con su fecha en `as_of` de NOMBRE.csv.yaml',
  'budget.several_periods':
    'La vigencia {fiscalYear} tiene {count} cortes («{header}»: {list}); las cifras de cada corte son acumuladas y no se suman, y no se adivina cuál mostrar',
  'budget.rows_unknown_column': '«rows» nombra la columna «{header}», que el archivo no tiene.',
  'budget.rows_value_missing.expected': 'uno de los valores de la columna: {values}',
  'budget.rows_value_missing':
    '«rows» elige las filas con «{header}» igual a «{value}», pero ninguna fila lo tiene; no se muestra otra en su lugar.',
  'budget.several_expense_vigencias.expected':
    'cifras de una sola vigencia del gasto por archivo: elija sus filas en NOMBRE.csv.yaml, por ejemplo `rows:` con «{header}: {value}»',
  'budget.several_expense_vigencias':
    'La vigencia {fiscalYear} mezcla cifras de varias vigencias del gasto («{header}»: {values}); las reservas y cuentas por pagar de vigencias anteriores no se suman a las de la vigencia actual',
  'budget.periods_without_column.expected':
    'una columna de corte (periodo, trimestre, fecha de corte), o quitar `periods` de NOMBRE.csv.yaml',
  'budget.periods_without_column':
    '`periods: cumulative` dice que cada corte acumula los anteriores, pero el archivo no tiene columna de corte',
  'budget.cumulative_periods.expected':
    'nada: lo declara `periods: cumulative` en NOMBRE.csv.yaml (cada corte acumula los anteriores)',
  'budget.cumulative_periods':
    'La vigencia {fiscalYear} tiene {count} cortes acumulados («{header}»: {list}); se muestra el último, {latest}, y los anteriores no se suman',
  'budget.invalid_fact.periods.expected': 'cumulative (cada corte acumula los anteriores)',
  'sidecar.invalid.rows.expected': '{Columna: valor}, un valor por columna',
  'plan.no_goal_column.expected':
    'una columna «META DE PRODUCTO», o la suya nombrada en NOMBRE.csv.yaml: `columns: {Su columna: goal}`',
  'plan.no_goal_column':
    'No es un plan indicativo: no hay columna de metas de producto (encabezados: {headers})',
  'plan.money_columns_disagree.expected':
    'una sola columna «{header}», o dos con las mismas cifras',
  'plan.money_columns_disagree':
    '«{header}» está dos veces (columnas {firstColumn} y {secondColumn}) con cifras distintas en {differCount} filas; no se muestra ninguna de las dos',
  'plan.invalid_direction.expected': 'I (incremento), M (mantenimiento) o D (reducción)',
  'plan.invalid_direction': 'La meta «{name}» no es evaluable: la tendencia no es I, M o D',
  'plan.total_rows_undecided.expected': 'una sola fila de total, o ninguna',
  'plan.total_rows_undecided':
    'Las filas de las líneas {lines} tienen cifras y ninguna meta; no se sabe de qué metas son total y no se suman',
  'plan.percent_in_money.expected': 'un valor en pesos (1.234.567 o $1.234.567,00)',
  'plan.percent_in_money':
    '{count} cifras de dinero de esta columna llevan «%»: en el libro de Excel tienen formato de porcentaje, que multiplica el valor por 100: no se muestra ninguna cifra de la columna ni sus totales. Dé a la columna formato de número o moneda y guarde el CSV de nuevo',
  'plan.total_mismatch.expected': 'la suma de las {goalCount} metas: {goalsSum}',
  'plan.total_mismatch':
    'La fila de total publica {published} y las metas suman {goalsSum} (diferencia {difference}); la página muestra la cifra publicada con una nota',
  'sdg.missing_column.expected': 'una columna «{name}»',
  'sdg.missing_column':
    'No es un archivo de datos de Open SDG: falta la columna «{name}» (encabezados: {headers})',
  'sdg.empty_year.expected': 'un año o periodo',
  'sdg.empty_year': 'La fila no tiene año',
  'sdg.duplicate_observation.expected': 'un solo valor por año y desagregación',
  'sdg.duplicate_observation':
    'La línea {first} ya da un valor para {period} con las mismas desagregaciones; no se elige entre los dos',
  'sdg.no_headline.expected': 'filas con todas las desagregaciones vacías (la serie principal)',
  'sdg.no_headline':
    'Ninguna fila tiene vacías todas las desagregaciones ({dimensions}): no hay serie principal y el indicador se muestra por desagregación',
  'plan.unknown_key': '«columns» lleva «{header}» a «{key}», que no es una clave del plan.',
  'plan.invalid_value.expected': 'un número (18, 1.234,5 o 25%) o un faltante (S/D, N/A)',
  'plan.free_text_value': 'La meta «{name}» no es evaluable: «{header}» es texto, no un número',
  'plan.invalid_value': 'La meta «{name}» no es evaluable: «{header}» no se lee como número',
  'budget.invalid_fact.currency.expected':
    'un código de moneda ISO 4217 de tres letras (COP, EUR, USD)',
};

export default es;
