/** Commitments (OGP style) and their milestones. */
import { sortErrors } from '../errors.ts';
import { COMMITMENT_ALIASES, MILESTONE_ALIASES } from '../headers.ts';
import { isExactNumber, parseNumber } from '../numbers.ts';
import { parseDate } from '../period.ts';
import { safeUrl } from '../security.ts';
import type { Commitment, Milestone, OgpValue, ReadResult } from '../types.ts';
import {
  Problems,
  cellAt,
  decideFormat,
  enumError,
  enumValue,
  extraFields,
  markersOf,
  matchTable,
  numberCellError,
  requireColumns,
  requiredValueError,
  splitList,
  dateCellError,
  dateFormatOf,
  toTable,
} from './common.ts';
import type { CsvInput, SchemaOptions } from './common.ts';
import { unsafeUrlWarning } from './field-errors.ts';
import { msg } from '../message.ts';
import {
  COMPLETION,
  IMPACT,
  INFLUENCE,
  MILESTONE_STATUS,
  NO,
  OGP,
  RESULTS,
  YES,
  YES_NO_WORDS,
  enumWords as words,
} from './field-words.ts';

/** Shared cell readers bound to one row. */
function rowReader(
  problems: Problems,
  headers: string[],
  keys: Map<string, number>,
  cells: string[],
  line: number,
  dateFormat?: string,
) {
  const text = (key: string): string | undefined => {
    const v = cellAt(cells, keys.get(key));
    return v === '' ? undefined : v;
  };
  const at = (key: string) => {
    const i = keys.get(key) ?? 0;
    return { column: i + 1, header: headers[i] };
  };
  return {
    text,
    date(key: string): string | undefined {
      const raw = text(key);
      if (raw === undefined) return undefined;
      const d = parseDate(raw, dateFormat);
      if (d === undefined)
        dateCellError(problems, line, at(key).column, at(key).header, raw, dateFormat);
      return d;
    },
    choice<T extends string>(key: string, table: Record<string, T>): T | undefined {
      const raw = text(key);
      if (raw === undefined) return undefined;
      const v = enumValue(raw, table);
      if (v === undefined)
        enumError(problems, line, at(key).column, at(key).header, raw, words(table));
      return v;
    },
    url(key: string): string | undefined {
      const raw = text(key);
      if (raw === undefined) return undefined;
      const u = safeUrl(raw);
      if (u === undefined) unsafeUrlWarning(problems, line, at(key).column, at(key).header, raw);
      return u;
    },
    required(key: string): string {
      const v = text(key) ?? '';
      if (v === '' && keys.has(key))
        requiredValueError(problems, line, at(key).column, at(key).header, key);
      return v;
    },
  };
}

/** Reads commitments.csv. */
export function readCommitments(input: CsvInput, options: SchemaOptions): ReadResult<Commitment> {
  const table = toTable(input, options);
  const problems = new Problems(table);
  const match = matchTable(table, COMMITMENT_ALIASES, options);
  requireColumns(table, match, ['commitment_id', 'title'], COMMITMENT_ALIASES, problems);
  const records: Commitment[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of table.rows) {
    const r = rowReader(
      problems,
      table.headers,
      match.keys,
      cells,
      line,
      dateFormatOf(table, options),
    );
    const id = r.required('commitment_id');
    if (id !== '' && seen.has(id)) {
      const i = match.keys.get('commitment_id') ?? 0;
      problems.error({
        line,
        column: i + 1,
        header: table.headers[i],
        value: id,
        code: 'commitment.duplicate_id',
        expected: msg('commitment.duplicate_id.expected'),
        message: msg('commitment.duplicate_id', { line: seen.get(id) ?? 0 }),
      });
    } else if (id !== '') seen.set(id, line);
    const ogpValues: OgpValue[] = [];
    for (const raw of splitList(r.text('ogp_values') ?? '')) {
      const v = enumValue(raw, OGP);
      const i = match.keys.get('ogp_values') ?? 0;
      if (v) {
        if (!ogpValues.includes(v)) ogpValues.push(v);
      } else enumError(problems, line, i + 1, table.headers[i], raw, words(OGP));
    }
    const c: Commitment = {
      id,
      title: r.required('title'),
      supportingActors: splitList(r.text('supporting_actors') ?? ''),
      ogpValues,
      extra: extraFields(cells, match.extra),
    };
    const set = <K extends keyof Commitment>(k: K, v: Commitment[K] | undefined) => {
      if (v !== undefined) c[k] = v;
    };
    set('actionPlan', r.text('action_plan'));
    set('leadInstitution', r.text('lead_institution'));
    set('description', r.text('description'));
    set('problem', r.text('problem'));
    set('startDate', r.date('start_date'));
    set('endDate', r.date('end_date'));
    set('completion', r.choice('completion', COMPLETION));
    set('potentialImpact', r.choice('potential_impact', IMPACT));
    set('potentialResults', r.choice('potential_results', RESULTS));
    set('publicInfluence', r.choice('public_influence', INFLUENCE));
    set('url', r.url('url'));
    set('lastUpdated', r.date('last_updated'));
    const starred = r.text('starred');
    if (starred !== undefined) {
      const s = starred.toLowerCase();
      if (YES.has(s)) c.starred = true;
      else if (NO.has(s)) c.starred = false;
      else {
        const i = match.keys.get('starred') ?? 0;
        enumError(problems, line, i + 1, table.headers[i], starred, YES_NO_WORDS);
      }
    }
    records.push(c);
  }
  return { records, errors: sortErrors(problems.errors), warnings: sortErrors(problems.warnings) };
}

/** Reads milestones.csv. */
export function readMilestones(input: CsvInput, options: SchemaOptions): ReadResult<Milestone> {
  const table = toTable(input, options);
  const problems = new Problems(table);
  const match = matchTable(table, MILESTONE_ALIASES, options);
  requireColumns(table, match, ['commitment_id', 'title'], MILESTONE_ALIASES, problems);
  const pctIdx = match.keys.get('progress_pct');
  const decision = decideFormat(table, pctIdx !== undefined ? [pctIdx] : [], options, problems);
  const markers = markersOf(options);
  const records: Milestone[] = [];
  for (const { cells, line } of table.rows) {
    const r = rowReader(
      problems,
      table.headers,
      match.keys,
      cells,
      line,
      dateFormatOf(table, options),
    );
    const m: Milestone = {
      commitmentId: r.required('commitment_id'),
      title: r.required('title'),
      extra: extraFields(cells, match.extra),
    };
    const set = <K extends keyof Milestone>(k: K, v: Milestone[K] | undefined) => {
      if (v !== undefined) m[k] = v;
    };
    set('responsible', r.text('responsible'));
    set('startDate', r.date('start_date'));
    set('endDate', r.date('end_date'));
    set('status', r.choice('status', MILESTONE_STATUS));
    set('evidenceUrl', r.url('evidence_url'));
    const rawPct = r.text('progress_pct');
    if (rawPct !== undefined && pctIdx !== undefined) {
      const p = parseNumber(rawPct, decision.format, markers);
      if (isExactNumber(p)) {
        const n = Number(p.value);
        if (n < 0 || n > 100) {
          problems.error({
            line,
            column: pctIdx + 1,
            header: table.headers[pctIdx],
            value: rawPct,
            code: 'milestone.progress_range',
            expected: msg('milestone.progress_range.expected'),
            message: msg('milestone.progress_range'),
          });
        } else m.progressPct = p.value;
      } else if ('error' in p)
        numberCellError(problems, line, pctIdx + 1, table.headers[pctIdx], p, decision);
    }
    records.push(m);
  }
  return { records, errors: sortErrors(problems.errors), warnings: sortErrors(problems.warnings) };
}
