// Core's messages in English: the keys and {placeholders} of es.ts.
import type { CoreCatalogue } from './catalogue.ts';

const en: CoreCatalogue = {
  'indicator_status.achieved': 'Target achieved',
  'indicator_status.on_track': 'On track',
  'indicator_status.at_risk': 'At risk',
  'indicator_status.off_track': 'Off track',
  'indicator_status.no_data': 'Not enough data',
  'completion.not_started': 'Not started',
  'completion.limited': 'Limited',
  'completion.substantial': 'Substantial',
  'completion.complete': 'Complete',
  'completion.no_evidence': 'No evidence',
  'completion.unknown': 'Not assessed',
  'milestone_status.not_started': 'Not started',
  'milestone_status.in_progress': 'In progress',
  'milestone_status.complete': 'Complete',
  'milestone_status.delayed': 'Delayed',
  'milestone_status.unknown': 'Status not published',
  'milestones.complete.one': '{done} of {total} milestone complete',
  'milestones.complete.other': '{done} of {total} milestones complete',
  'milestones.average': 'average {percent}',
  'plan_status.achieved': 'Achieved for the year',
  'plan_status.partial': 'Partly achieved',
  'plan_status.not_started': 'No progress',
  'plan_status.not_planned': 'Nothing planned for the year',
  'plan_status.no_data': 'Not enough data',
  'plan_status.not_evaluable': 'Cannot be evaluated',
  'plan_flag.money_without_results': 'Money committed, nothing achieved',
  'plan_flag.results_without_money': 'Achieved with no money committed',
  'plan_not_evaluable.free_text': 'is text, not a number',
  'plan_not_evaluable.invalid_value': 'does not read as a number',
  'plan_not_evaluable.direction': 'the direction is not I, M or D',
  'execution_base.current_appropriation.of': 'of the current appropriation',
  'execution_base.current_appropriation.over': 'over the current appropriation',
  'execution_base.initial_appropriation.of': 'of the initial appropriation',
  'execution_base.initial_appropriation.over': 'over the initial appropriation',
  'execution_base.amount.of': 'of the budget',
  'execution_base.amount.over': 'over the budget',
  'missing.empty': 'No value',
  'missing.no_data': 'No data',
  'missing.not_applicable': 'Not applicable',
  'missing.not_available': 'Not available',
  'missing.suppressed': 'Suppressed',
  'missing.not_stated': 'Not stated in the source',
  'progress.no_baseline': 'There is no baseline value: progress cannot be computed.',
  'progress.no_target_value': 'The target has no value: progress cannot be computed.',
  'progress.no_measurement': 'There is no measurement.',
  'progress.no_measurement_after': 'There is no measurement after the baseline ({baseline}).',
  'progress.no_measurement_latest': '{none} The latest period ({period}) reads «{value}».',
  'progress.maintain.within':
    'Maintain: |{value} − {baseline}| = {distance}, within the tolerance of {tolerance} → {status}.',
  'progress.maintain.outside':
    'Maintain: |{value} − {baseline}| = {distance}, outside the tolerance of {tolerance} → {status}.',
  'progress.baseline_is_target.met':
    'The baseline already equals the target ({target}): progress is 100% when the value is {comparison} the target, else 0%; {value} meets it → {progress}',
  'progress.baseline_is_target.not_met':
    'The baseline already equals the target ({target}): progress is 100% when the value is {comparison} the target, else 0%; {value} does not → {progress}',
  'progress.formula.increase':
    'Progress = ({value} − {baseline}) ÷ ({target} − {baseline}) = {numerator} ÷ {denominator} = {progress}',
  'progress.formula.decrease':
    'Progress = ({baseline} − {value}) ÷ ({baseline} − {target}) = {numerator} ÷ {denominator} = {progress}',
  'progress.formula.limited': '{formula}, limited to {limited}',
  'progress.expected':
    'Expected progress on {date} (end of {period}): {elapsed} of {total} days between the end of the baseline ({baselinePeriod}, {baselineEnd}) and the end of the target ({targetPeriod}, {targetEnd}) = {expected}.',
  'progress.expected.without_periods':
    'Without baseline and target periods, progress is compared with 100%.',
  'progress.why.achieved': 'the value reached the target',
  'progress.why.on_track': '{progress} is no more than 10 points below expected (≥ {onTrackFloor})',
  'progress.why.at_risk':
    '{progress} is 10 to 25 points below expected (< {onTrackFloor} and ≥ {atRiskFloor})',
  'progress.why.off_track': '{progress} is more than 25 points below expected (< {atRiskFloor})',
  'progress.explained': '{formula}. {expected} {status}: {why}.',

  'csv.ragged_row.expected': '{fields} fields, one per header column',
  'csv.quote.expected': 'matching quotes around a field',
  'csv.unclosed_quote':
    'A quote opens a field here and is never closed: the rest of the file was read into it',
  'csv.invalid_quote':
    'There is text after the quote that closes the field: the rest of the field may be misread',
  'csv.encoding_invalid_byte.expected': 'UTF-8 text, like the rest of the file',
  'csv.encoding_invalid_byte':
    'Byte {hex} is not UTF-8, though the rest of the file is; it was read as «{char}» (Windows-1252). Fix the character or save the file again as "CSV UTF-8"',
  'csv.ragged_row':
    'The row has {fields} fields and the header {expected}: missing from column {column}',
  'csv.trailing_empty_fields':
    'The row has {count} extra empty fields at the end; they are ignored',
  'csv.ragged_row.extra':
    'The row has {fields} fields and the header {expected}: column {column} is one too many (an unquoted delimiter?)',
  'csv.empty.expected': 'a header row',
  'csv.empty': 'The file is empty',
  'csv.encoding_bom_mismatch.expected': 'encoding: {bomOverrode}',
  'csv.encoding_bom_mismatch':
    'The file starts with the {bomOverrode} byte order mark (BOM) and was read as such, though {declared} was declared; fix the declaration',
  'csv.encoding_declaration_contradicted.expected': 'encoding: {contradicts}',
  'csv.encoding_declaration_contradicted':
    '{declared} was declared and the file was read as such, but its bytes are {contradicts}: check its accents and ñ, and fix the declaration',
  'csv.encoding_windows_1252.expected': 'UTF-8 text',
  'csv.encoding_windows_1252':
    'The file is not UTF-8 (its first letter outside ASCII, here, shows it); it was read as Windows-1252 (Excel CSV on Spanish Windows)',
  'csv.encoding_utf16_nobom.expected':
    'UTF-8 text, or UTF-16 with its byte order mark (BOM), or «encoding: utf-16» in the .csv.yaml file',
  'limits.columns': 'The file has {count} columns; the limit is {max}: it is not read',
  'limits.columns.expected': 'at most {max} columns (limits.max_columns in site.yaml raises it)',
  'limits.cell_chars': 'The cell has {length} characters; the limit is {max}',
  'limits.cell_chars.expected':
    'at most {max} characters per cell (limits.max_cell_chars in site.yaml)',
  'limits.file_bytes': 'The file is over {size} MB; the limit is {max} MB: it is not read',
  'limits.file_bytes.expected': 'at most {max} MB (limits.max_file_bytes in site.yaml)',
  'limits.title_chars': 'The title has {length} characters; the limit is {max}',
  'limits.title_chars.expected':
    'a title of at most {max} characters (limits.max_title_chars in site.yaml)',
  'sidecar.unknown_key.expected': 'one of: {keys}',
  'sidecar.invalid': 'invalid value for «{key}»',
  'content.outside_folder.expected':
    'a regular file inside the content folder (copy the file instead of linking to it)',
  'security.binary':
    'It is not a CSV file: its content is binary (an image, an Excel workbook or an archive?); it is not shown',
  'security.no_delimiter':
    'It does not look like a CSV file: its first line has no separator («,», «;», tab or «|»); it is not shown',
  'security.not_csv.expected':
    'a text CSV file, with a header row separated by «,», «;», tab or «|»',
  'sidecar.yaml.expected': 'valid YAML',
  'yaml.too_large':
    'The YAML is {bytes} bytes long; the limit is {max} (limits.max_yaml_bytes in site.yaml)',
  'yaml.aliases':
    'More than {max} aliases (*name): that is how a YAML that grows without end is built',
  'yaml.tag': 'The tag “{tag}” is not allowed: only text, numbers, lists and maps',
  'suggest.did_you_mean': 'Did you mean «{best}»?',
  'date.invalid.expected': 'a date YYYY-MM-DD, DD/MM/YYYY, YYYY-MM or YYYY',
  'date.ambiguous.expected':
    'the day and month order declared (date_format: DD/MM/YYYY or MM/DD/YYYY in NAME.csv.yaml) or a date in the file that proves it, such as 30/06/2025',
  'date.ambiguous':
    'could be {dayFirst} (day first) or {monthFirst} (month first) and nothing in the file decides which',
  'date.invalid': 'is not a valid date',
  'schema.duplicate_column.expected': 'one column per field',
  'schema.duplicate_column':
    'Another column already gives «{key}»; this one is kept as an extra field',
  'schema.required_value.expected': 'a value for «{key}»',
  'schema.required_value': 'The cell is empty and this field is required',
  'number.format_from_site_default.expected': 'a format declared in NAME.csv.yaml',
  'number.format_from_site_default':
    "Values such as «{ambiguous}» were read in the site's format ({format})",
  'number.missing_marker': 'or a missing marker (S/D, N/A)',
  'number.ambiguous.expected':
    'the file\'s number format declared (decimal: "," or "." in NAME.csv.yaml) or values proving it: 69,6 or 1.234.567 (es format), 69.6 or 1,234,567 (en format)',
  'number.ambiguous':
    'could be {asEs} (es format, 1.234,56) or {asEn} (en format, 1,234.56) and nothing in the file decides which',
  'number.scientific.expected':
    'the number with all its digits, such as 183403000000 or 183,403,000,000',
  'number.scientific':
    "is in Excel's scientific notation: only the first digits are left and the rest were lost on saving. In the original workbook give the column the Number format (0 decimals) or Text and save the CSV again",
  'number.invalid': 'is not a number',
  'schema.invalid_value.expected': 'one of: {allowed}',
  'schema.invalid_value': 'is not an allowed value',
  'budget.missing_level.expected': 'a column «{name}» (budget.levels)',
  'budget.missing_level': 'No column for level «{name}» (headers: {headers})',
  'budget.constant_and_column.expected': '«{key}» in a column or in constants, not both',
  'budget.constant_and_column':
    'The file has a column for «{key}» and the .csv.yaml file gives it a fixed value; which one holds is unknown',
  'budget.no_amount_column.expected':
    'at least one amount column: initial/current appropriation, cdp, commitments, obligations, payments or amount',
  'budget.no_amount_column': 'There is no amount column (headers: {headers})',
  'budget.invalid_year.expected': 'a four-digit year (2025)',
  'budget.invalid_year': 'is not a year',
  'budget.level_after_missing.expected':
    'a value in «{header}», or «{value}» in the levels below it too',
  'budget.level_after_missing':
    'The level «{header}» says «{value}» but «{below}», below it, has a value: the line cannot be placed in the budget',
  'budget.empty_level.expected': 'a classification value in «{header}»',
  'budget.empty_level': 'The level «{header}» is missing: the line cannot be placed in the budget',
  'budget.flow_column_not_flow':
    '«{header}» was taken by its name for the flow (expense or income), but none of its {count} rows says one: it holds {values}; nothing is guessed',
  'budget.flow_column_not_flow.expected':
    "expense or income on every row; if «{header}» is something else (SIIF's letters A, B, C), name it in NAME.csv.yaml, e.g. `columns: {{header}: level_3}`",
  'budget.amount_columns_differ':
    'the same row gives another figure of this amount in «{first}» ({value}); neither is chosen',
  'budget.amount_columns_differ.expected':
    'the figure in one of the two columns only; if «{header}» and «{first}» are different amounts, say which is which in NAME.csv.yaml, e.g. `columns: {{header}: initial_appropriation}`',
  'budget.no_figures':
    'none of its {count} rows gives a figure in its amount columns ({headers}): an empty budget is not shown',
  'budget.no_figures.expected':
    'the figures in an amount column; if they are in another column, name it in NAME.csv.yaml, e.g. `columns: {TOTAL_RECAUDO: amount}`',
  'budget.accounting_zero.expected': 'a number',
  'budget.accounting_zero':
    "{count} amount cells holding Excel's accounting zero («{first}») were read as 0",
  'budget.unknown_key.expected': 'one of the keys: {keys}, level_1…',
  'budget.unknown_column.expected': 'a header of the file: {headers}',
  'budget.invalid_fact': 'invalid value for «{key}» in the .csv.yaml file',
  'budget.unknown_constant.expected': 'one of: {keys}',
  'budget.code_hierarchy.declare':
    'in NAME.csv.yaml, `code_hierarchy: prefix` (a code is the total of the codes that start with it) or `code_hierarchy: none` (codes only name rows)',
  'budget.parent_missing.expected': 'a parent code present in the file, in the same fiscal year',
  'budget.parent_missing':
    '{count} rows name a parent code that is not in their fiscal year (lines {lines}); they are shown at the top level',
  'budget.aggregate_undecided.expected':
    'which rows each total row adds up: a parent-code column (PADRE, parent code; in NAME.csv.yaml `columns: {Your column: parent_code}`), segmented codes (2.1.1.01, A-01-01) or the file without its total rows',
  'budget.aggregate_undecided':
    'The rows on lines {lines} look like totals or subtotals, but nothing in the file says which rows they add up; they are neither added to the others nor guessed',
  'budget.aggregate_mismatch.expected': 'the sum of its {childCount} child rows: {sum}',
  'budget.aggregate_mismatch':
    '«{name}» publishes {published} and its rows add up to {sum} (difference {difference}); the page shows the published figure with a note',
  'commitment.duplicate_id.expected': 'one unique id per commitment',
  'commitment.duplicate_id': 'already appears on line {line}',
  'milestone.progress_range.expected': 'a percentage between 0 and 100',
  'milestone.progress_range': 'is outside 0-100',
  'dataset.duplicate_id.expected': 'one unique id per dataset',
  'dataset.duplicate_id': 'this id is already used',
  'dataset.invalid_email.expected': 'an email such as name@entity.gov.co',
  'dataset.invalid_email': 'does not look like an email; it will not be shown',
  'dataset.file_outside.expected': 'a file inside datasets/',
  'dataset.file_outside': 'the path leaves the content folder',
  'indicators.target_column.expected':
    'exactly one period column marked «meta» or «target», e.g. «2022-2023 (meta)»',
  'indicator.no_baseline.expected': 'at least one period with a value before the target',
  'indicator.no_baseline': 'The indicator has no baseline: no period has a value',
  'indicator.target_missing.expected': 'a target value',
  'indicator.target_missing': 'The target has no value',
  'indicator.mixed_percent.expected': 'all values with «%» or none',
  'indicator.mixed_percent':
    'Some values carry «%» and others do not; they are compared as numbers of the same unit',
  'indicator.duplicate_id.expected': 'one unique id per indicator',
  'indicator.duplicate_id': 'This id is already used by another row',
  'period.invalid.expected':
    'a period: 2025, 2016-2017, 2025-Q3, 2025-06 or a date (2025-06-30, 30/06/2025)',
  'period.invalid': 'is not a period',
  'values.unknown_indicator.expected': 'the id of an indicator in indicators.csv',
  'values.unknown_indicator': 'is not a known indicator',
  'values.duplicate_period.expected': 'one value per indicator and period',
  'values.duplicate_period': 'indicator «{id}» already has a value for this period on line {first}',
  'url.unsafe.expected': 'a full http:, https: or mailto: link',
  'url.unsafe': 'The link will not be shown: only http, https and mailto addresses are linked',
  'csv.encoding_utf16_nobom.be':
    'The file has no byte order mark (BOM) and was read as UTF-16 BE because its bytes show it',
  'csv.encoding_utf16_nobom.le':
    'The file has no byte order mark (BOM) and was read as UTF-16 LE (Excel "Unicode Text") because its bytes show it',
  'sidecar.unknown_key': '«{key}» is not a NAME.csv.yaml key.',
  'sidecar.yaml': 'The YAML file cannot be read: {reason}',
  'yaml.syntax': '{detail}',
  'yaml.aliases_expanded': 'The aliases (*name) multiply beyond the limit once expanded',
  'sidecar.invalid.document.expected': 'a map of keys',
  'sidecar.invalid.constants.expected': '{key: value}',
  'sidecar.invalid.delimiter.expected': '«,», «;», tab or «|»',
  'sidecar.invalid.encoding.expected':
    'utf-8, windows-1252 or utf-16 (also utf-16le, utf-16be or unicode)',
  'sidecar.invalid.decimal.expected': '«,» or «.»',
  'sidecar.invalid.group.expected': '«.», «,», space or nothing',
  'sidecar.invalid.number_format.expected': 'es or en',
  'sidecar.invalid.columns.expected': '{header: key}',
  'budget.invalid_fact.scale.expected': '1, 1000 (thousands) or 1000000 (millions)',
  'budget.invalid_fact.code_hierarchy.expected': 'prefix or none',
  'budget.invalid_fact.as_of.expected': 'a date YYYY-MM-DD',
  'budget.invalid_fact.constants.fiscal_year.expected': 'a four-digit year (2025)',
  'budget.invalid_fact.constants.flow.expected': 'expense/gasto or income/ingreso',
  'content.outside':
    'It is a link to something outside the content folder: it is neither read nor published',
  'content.broken_link': 'It is a link to a file that does not exist',
  'content.not_regular':
    'It is not a regular file (it is a folder, a device, a socket or a pipe): it is not read',
  'content.bad_path': 'The path leaves the content folder or is absolute',
  'content.missing': 'The file does not exist',
  'suggest.with_hint': '{message} {hint}',
  'budget.unknown_key': '«columns» maps «{header}» to «{key}», which is not a budget key.',
  'budget.unknown_column': '«columns» names the column «{header}», which the file does not have.',
  'budget.unknown_constant':
    '«constants» gives a value to «{key}», which is not a key that can be fixed.',
  'budget.code_pair': '«{parent}» (line {parentLine}) / «{child}» (line {childLine})',
  'budget.code_prefix_hierarchy':
    "The codes of {count} rows begin other codes ({pair}) and their figures are those codes' sums: they are read as totals, not added to their lines",
  'budget.code_hierarchy_undecided':
    "The codes of {count} rows begin other codes (lines {lines}; e.g. {pair}), but their figures are not those codes' sums: whether they are totals is unknown; they are neither added nor guessed",
  'indicators.target_column.none': 'No period column is marked as the target',
  'indicators.target_column.several': 'Several columns are marked as the target',
  'date.order.mdy': 'MM/DD/YYYY',
  'date.order.dmy': 'DD/MM/YYYY',
  'date.order_mismatch.expected': 'a date {order}, like the rest of the file',
  'date.order_mismatch':
    'only reads with day and month the other way round from the file ({order})',
  'schema.missing_column.expected':
    'a column «{label}», or the line {mapping} in {sidecar}, beside the CSV',
  'schema.missing_column.expected.likely':
    'a column «{label}», or if «{likely}» is that column, the line {mapping} in {sidecar}, beside the CSV',
  'schema.missing_column.expected.constant':
    'a column «{label}», or, if it has one value for the whole file (as the year its title gives), the line {constant} in {sidecar}, beside the CSV, with that value',
  'schema.missing_column': 'The required column «{label}» is missing',
  'schema.missing_column.listed':
    'The required column «{label}» is missing; the file has {headers}',
  'number.invalid.expected.es_format':
    "a number such as 1.234.567,89, 1234567,89 or 18 % (the file's es format), {missing}",
  'number.invalid.expected.en_format':
    'a number such as 1,234,567.89, 1234567.89 or 18%, {missing}',
  'number.invalid.expected':
    'a number such as 1,234,567.89 (en format), 1.234.567,89 (es format) or 18%, {missing}',
  'number.format_source.declared': 'declared',
  'number.format_source.proved': 'proved by «{proof}»',
  'number.format_source.site': "the site's",
  'number.reads_as_nothing': 'as nothing (not a number)',
  'number.readings': 'in es format it would read {asEs}; in en format, {asEn}',
  'number.format_mismatch.expected': "a number in the file's format, {how} ({format})",
  'number.group_after_zero.expected':
    "a number in the file's format, {how} ({format}), with no leading zero before a thousands separator",
  'number.group_after_zero':
    "has the file's ({format}) thousands separator right after a leading zero: {both}. Write the value you meant",
  'number.format_mismatch':
    'is written in a different number format from the rest of the file ({format}): {both}',
  'number.space_inside':
    'has a space or a line break between its digits: it may be {joined} (without the space) or two values ({parts}); write a single value, without spaces',
  'error.place.row': 'row {row}',
  'error.place.cell': 'row {row}, column {column}',
  'error.place.text_line': '(text line {line})',
  'error.place.record': 'record {record}',
  'error.place.field': '{record}, field {field}',
  'json.not_records.expected':
    'a JSON list of records ([{…}, {…}]) or an object with the list under «{key}»',
  'json.not_records': 'The file is not a list of records',
  'json.not_object.expected': 'a JSON object with its fields ({…})',
  'json.not_object': 'is not a record',
  'json.not_text.expected': 'text in quotes',
  'json.not_text': 'is not text',
  'json.not_list.expected': 'a list in brackets ([…])',
  'json.not_list': 'is not a list',
  'json.required': 'This field is missing or empty, and it is required',
  'json.not_decimal.expected':
    'an exact decimal number written as text, with a decimal point and no thousands separators («1234567.89»)',
  'json.not_decimal': 'is not an exact decimal number',
  'json.decimal_as_number':
    'is a JSON number, which may have been rounded when written: figures are written as text',
  'json.decimals.expected': 'how many decimals are written, a whole number above 0',
  'json.cell.expected':
    'a number such as {"value": "12.5", "raw": "12.5"} or a missing value such as {"missing": "no_data", "raw": "N/D"}',
  'json.raw_mismatch.expected':
    'the number’s text as published, reading as {value} (the «value» field), or no «raw» field',
  'json.raw_mismatch':
    'does not read as {value}, the record’s value: the text and the figure say two numbers',
  'json.period_mismatch.expected':
    "the start read from «{raw}» ({start}), or only the period's text",
  'json.period_mismatch': 'is not the start of the period «{raw}»',
  'json.duplicate_id.expected': 'one identifier per record',
  'json.duplicate_id': 'is already the identifier of record {record}',
  'error.place.json_field': 'field {field}',
  'json.not_count.expected': 'a whole number, 0 or more, without quotes',
  'json.not_count': 'is not a whole number',
  'json.budget_format.expected': 'a list of budget lines, or a document with "format": "{format}"',
  'json.budget_format': 'is not a budget document this reader knows',
  'error.column': '(column «{header}»)',
  'error.sheet': 'In a spreadsheet: {place}.',
  'error.expected': 'Expected: {expected}',
  'error.text': 'In the text: line {line}, column {column}.',
  'error.text.line': 'In the text: line {line}.',
  'file.inline_data': 'inline data ({type}, {size} KB)',
  'commitment.not_found.expected': 'a commitment_id present in the file',
  'commitment.not_found': 'There is no commitment “{id}” in the data.',
  'commitment.no_id': 'Say which commitment to show with the commitment-id attribute.',
  'number.ambiguous.attribute.expected':
    'a declared number format (attribute number-format="es" or "en")',
  'number.ambiguous.attribute':
    'The number reads differently in es (1.234,56) and en (1,234.56) formats',
  'sidecar.invalid.missing.expected': '{marker: meaning}',
  'sidecar.invalid.accumulation.expected':
    'capacidad, flujo or stock (capacity, flow, stock), for the whole plan (`accumulation: capacidad`) or `{default: …, column: COLUMN, goals: {CODE: …}}`',
  'plan.unknown_goal.expected': 'the code or name of a goal in the file',
  'plan.unknown_goal':
    '`accumulation.goals` names «{key}», which is not the code or name of any goal in the file',
  'plan.invalid_accumulation.expected': 'capacidad, flujo or stock (capacity, flow, stock)',
  'plan.invalid_accumulation':
    'The goal «{name}» does not say how it accumulates (capacidad, flujo or stock): it is not measured against the four-year target',
  'sidecar.invalid.missing_marker.expected': 'a marker of 1 to {max} characters',
  'sidecar.invalid.missing_meaning.expected': 'one of: {meanings}',
  'budget.aggregate_repeated.expected':
    'each total’s code once per fiscal year (and cut-off), or a parent-code column saying which rows each one adds up',
  'budget.aggregate_repeated':
    'The rows on lines {lines} repeat the code of a total row («{code}», {name}); which rows each one adds up is unknown: they are neither added nor guessed',
  'budget.several_periods.expected':
    'one cut-off per fiscal year: one file per cut-off (for instance the latest, {latest}), with its date as `as_of` in NAME.csv.yaml',
  'budget.several_periods':
    "Fiscal year {fiscalYear} has {count} cut-offs («{header}»: {list}); each cut-off's figures are cumulative and are not added, and which one to show is not guessed",
  'budget.rows_unknown_column': '«rows» names the column «{header}», which the file does not have.',
  'budget.rows_value_missing.expected': 'one of the column’s values: {values}',
  'budget.rows_value_missing':
    '«rows» selects the rows whose «{header}» is «{value}», but no row has it; no other is shown instead.',
  'budget.several_expense_vigencias.expected':
    'figures of one spending vigencia per file: select its rows in NAME.csv.yaml, e.g. `rows:` with «{header}: {value}»',
  'budget.several_expense_vigencias':
    'Fiscal year {fiscalYear} mixes figures of several spending vigencias («{header}»: {values}); reserves and payables of earlier years are not added to the current year’s',
  'budget.periods_without_column.expected':
    'a cut-off column (period, quarter, cut-off date), or no `periods` in NAME.csv.yaml',
  'budget.periods_without_column':
    '`periods: cumulative` says each cut-off holds the earlier ones, but the file has no cut-off column',
  'budget.cumulative_periods.expected':
    'nothing: `periods: cumulative` in NAME.csv.yaml declares it (each cut-off holds the earlier ones)',
  'budget.cumulative_periods':
    'Fiscal year {fiscalYear} has {count} cumulative cut-offs («{header}»: {list}); the latest, {latest}, is shown and the earlier ones are not added',
  'budget.invalid_fact.periods.expected': 'cumulative (each cut-off holds the earlier ones)',
  'sidecar.invalid.rows.expected': '{Column: value}, one value per column',
  'plan.no_goal_column.expected':
    'a «META DE PRODUCTO» column, or yours named in NAME.csv.yaml: `columns: {Your column: goal}`',
  'plan.no_goal_column':
    'Not a plan indicativo: there is no product-goal column (headers: {headers})',
  'plan.money_columns_disagree.expected': 'one «{header}» column, or two with the same figures',
  'plan.money_columns_disagree':
    '«{header}» appears twice (columns {firstColumn} and {secondColumn}) with different figures on {differCount} rows; neither is shown',
  'plan.invalid_direction.expected': 'I (increase), M (maintain) or D (decrease)',
  'plan.invalid_direction': 'The goal «{name}» cannot be evaluated: the direction is not I, M or D',
  'plan.total_rows_undecided.expected': 'one total row, or none',
  'plan.total_rows_undecided':
    'The rows on lines {lines} have figures and no goal; which goals they add up is unknown, and they are not added',
  'plan.percent_in_money.expected': 'an amount in pesos (1,234,567 or $1,234,567.00)',
  'plan.percent_in_money':
    '{count} money figures in this column carry «%»: in the Excel workbook they have a percentage format, which multiplies the value by 100: none of the column’s figures is shown, nor any total of them. Give the column a number or currency format and save the CSV again',
  'plan.total_mismatch.expected': 'the sum of the {goalCount} goals: {goalsSum}',
  'plan.total_mismatch':
    'The total row publishes {published} and the goals add up to {goalsSum} (difference {difference}); the page shows the published figure with a note',
  'sdg.missing_column.expected': 'a «{name}» column',
  'sdg.missing_column':
    'Not an Open SDG data file: the «{name}» column is missing (headers: {headers})',
  'sdg.empty_year.expected': 'a year or period',
  'sdg.empty_year': 'The row has no year',
  'sdg.duplicate_observation.expected': 'one value per year and breakdown',
  'sdg.duplicate_observation':
    'Line {first} already gives a value for {period} with the same breakdown; neither is chosen over the other',
  'sdg.no_headline.expected': 'rows with every disaggregation empty (the headline series)',
  'sdg.no_headline':
    'No row has every disaggregation empty ({dimensions}): there is no headline series and the indicator is shown by breakdown',
  'plan.unknown_key': '«columns» maps «{header}» to «{key}», which is not a plan key.',
  'plan.invalid_value.expected': 'a number (18, 1,234.5 or 25%) or a missing marker (S/D, N/A)',
  'plan.free_text_value': 'The goal «{name}» cannot be evaluated: «{header}» is text, not a number',
  'plan.invalid_value':
    'The goal «{name}» cannot be evaluated: «{header}» does not read as a number',
  'budget.invalid_fact.currency.expected': 'a three-letter ISO 4217 currency code (COP, EUR, USD)',
};

export default en;
