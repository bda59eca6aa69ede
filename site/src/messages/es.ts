// The site's words in Spanish, the catalogue whose keys and {placeholders} every other
// language's has (site/test/messages.test.ts checks it).

const es = {
  /** Problems in site.yaml and the MDX pages, for the publisher's build log. */
  problems: {
    'site.missing.expected':
      'un archivo site.yaml en la carpeta de contenido (rendir new CARPETA crea uno)',
    'site.missing': 'No se encontró site.yaml',
    'mdx.unknown_component': 'El componente <{name}> no existe',
    'mdx.expression': 'El atributo «{name}» debe ir entre comillas',
    'mdx.expression.expected': '{name}="…"',
    'mdx.missing_attribute': 'A <{name}> le falta el atributo «{attr}»',
    'mdx.missing_attribute.expected': '{attr}="…"',
    'mdx.unknown_budget': 'No hay un presupuesto «{data}»',
    'mdx.unknown_level': 'El nivel «{level}» no está en budget.levels de site.yaml',
    'mdx.unknown_level.expected': 'niveles de {list}',
    'mdx.unknown_indicators': 'No hay indicadores en «{data}»',
    'mdx.unknown_indicators.expected': 'data="indicators" o un archivo: {list}',
    'mdx.unknown_group': 'No hay indicadores del grupo «{group}»',
    'mdx.unknown_group.expected': 'uno de los grupos: {list}',
    'mdx.unknown_indicator': 'No hay ningún indicador con el id «{id}»',
    'mdx.unknown_indicator.expected': 'el id de un indicador: {list}',
    'mdx.unknown_commitment': 'No hay ningún compromiso con el id «{id}»',
    'mdx.unknown_commitment.expected': 'el id de un compromiso: {list}',
    'mdx.unknown_dataset': 'No hay ningún conjunto de datos con el id «{id}»',
    'mdx.unknown_dataset.expected': 'el id de un conjunto de datos: {list}',
    'mdx.syntax': 'El MDX no se puede leer: {message}',
    'mdx.syntax.expected':
      'MDX válido: cierre cada etiqueta (<Componente … />) y escriba { y < como \\{ y &lt; en el texto',
    'mdx.front_matter': 'Falta el encabezado (front matter)',
    'mdx.unquoted_date': 'Sin comillas, el sitio lo leería como una fecha, no como texto',
    'mdx.unquoted_date.expected': 'el texto entre comillas: {key}: "…"',
    'mdx.title': 'Falta el título',
    'mdx.date': 'La fecha no es válida',
    'mdx.date.expected': 'una fecha AAAA-MM-DD, p. ej. 2025-12-15',
    'mdx.date.missing': 'Falta la fecha del informe',
    'mdx.summary': 'El resumen no es texto',
    'mdx.summary.expected': 'un texto, p. ej. «summary: Avances del semestre»',
    'page.reserved_name': 'El nombre «{slug}» ya lo usa una sección del sitio',
    'page.reserved_name.expected': 'otro nombre de archivo, p. ej. «acerca-del-presupuesto.mdx»',
    'ref.unknown.expected': 'un identificador que exista en los datos del sitio',
    'ref.unknown': 'No hay ningún elemento con el identificador «{value}»',
    'dataset.file_missing.expected':
      'un archivo CSV dentro de la carpeta datasets/ (el del conjunto «{id}»)',
    'dataset.file_missing': 'El archivo del conjunto de datos no existe',
    'site.yaml.expected': 'YAML válido: «clave: valor», con sangría de espacios (no tabulaciones)',
    'site.yaml': 'site.yaml no se puede leer: {reason}',
    'site.required': 'Falta la clave obligatoria «{key}»',
    'site.invalid': 'El valor de «{key}» no es válido',
    'site.invalid.expected': 'un valor válido para «{key}» (vea la guía de autores)',
    'site.hint.name': 'el nombre de la entidad, p. ej. «Alcaldía de Ejemplo»',
    'site.hint.url':
      'la dirección pública completa del sitio, con https://, p. ej. https://transparencia.ejemplo.gov.co',
    'site.hint.locales': 'una lista de idiomas, p. ej. [es, en]; el primero es el principal',
    'site.hint.currency': 'un código de moneda ISO de tres letras, p. ej. COP',
    'site.hint.number_format': 'es (1.234,56) o en (1,234.56)',
    'site.hint.theme.logo':
      'la ruta de un archivo en media/ dentro de la carpeta de contenido, p. ej. media/logo.svg',
    'site.hint.theme.primary': 'un color hexadecimal, p. ej. "#3366cc" (entre comillas)',
    'site.hint.population': 'un número entero sin separadores, p. ej. 7900000',
    'mdx.unknown_component.expected': 'uno de {list}',
    'mdx.unknown_budget.expected': 'la ruta de un archivo de presupuesto: {list}',
    'mdx.unknown_budget.expected.none':
      'la ruta de un archivo de presupuesto: (no hay archivos en budget/)',
    'mdx.front_matter.expected': 'un bloque al inicio entre líneas «---» con al menos «title: …»',
    'mdx.front_matter.expected.report':
      'un bloque al inicio entre líneas «---» con al menos «title: …» y «date: AAAA-MM-DD»',
    'mdx.front_matter.yaml': 'El encabezado no es YAML válido: {reason}',
  },
};

export default es;
