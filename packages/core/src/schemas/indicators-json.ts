/**
 * Indicators with their values from JSON, as the site writes them (`indicadores.json`) or
 * an author gives them: the records `readIndicators` returns, read with its rules. Fields
 * the site adds for readers (`progress`) are not read: the progress is core's, computed again.
 */
import { comparePeriods } from '../period-order.ts';
import type { CellNumber, Indicator, IndicatorValue, ReadResult } from '../types.ts';
import { DIRECTION, DIRECTION_WORDS } from './field-words.ts';
import { readJsonRecords, setDefined, type JsonFields, type JsonOptions } from './json-records.ts';

/** An empty cell, as a CSV's empty baseline reads. */
const EMPTY: CellNumber = { missing: 'empty', raw: '' };

/** The indicators of a JSON document: a list, or `{ "indicators": [...] }`. */
export function readIndicatorsJson(value: unknown, options: JsonOptions): ReadResult<Indicator> {
  // Ids are unique within a file; the site's download gathers every indicators file, and
  // two files may each have their `tasa-x` (the site gives each its own page).
  const how = { ...options, key: 'indicators', idField: 'id', unique: false };
  return readJsonRecords(value, how, (f, id) => {
    const name = f.required('name');
    const direction = f.choice('direction', DIRECTION, DIRECTION_WORDS) ?? 'increase';
    // A baseline may be empty, as its cell may; the target is what progress is measured to.
    const baseline = f.object('baseline');
    const target = f.present('target') ? f.object('target') : undefined;
    const targetPeriod = target?.present('period') ? target.period('period') : undefined;
    const targetValue = target?.present('value') ? target.cell('value') : undefined;
    const values: IndicatorValue[] = [];
    for (const v of f.objects('values')) {
      const read = readValue(v, id);
      if (read) values.push(read);
    }
    const indicator = setDefined<Indicator>(
      {
        id,
        name,
        direction,
        baseline: {
          period: baseline?.period('period') ?? null,
          value: baseline?.cell('value') ?? EMPTY,
        },
        target: { period: targetPeriod!, value: targetValue! },
        values: values.sort((a, b) => comparePeriods(a.period, b.period)),
        extra: f.extra(),
      },
      {
        group: f.text('group'),
        unit: f.text('unit'),
        tolerance: f.decimal('tolerance'),
        responsible: f.text('responsible'),
        source: f.text('source'),
        description: f.text('description'),
        commitmentId: f.text('commitmentId'),
        bpin: f.text('bpin'),
      },
    );
    // Without its target an indicator has nothing to be measured against: the error says why.
    return targetPeriod && targetValue ? indicator : undefined;
  });
}

/** One published value of an indicator. */
function readValue(f: JsonFields, id: string): IndicatorValue | undefined {
  const period = f.present('period') ? f.period('period') : undefined;
  const value = f.present('value') ? f.cell('value') : undefined;
  const note = f.text('note');
  const sourceUrl = f.url('sourceUrl');
  if (!period || !value) return undefined;
  return setDefined<IndicatorValue>(
    { indicatorId: f.text('indicatorId') ?? id, period, value },
    { note, sourceUrl },
  );
}
