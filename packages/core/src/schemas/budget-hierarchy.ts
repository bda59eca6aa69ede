/**
 * Total rows and code hierarchies in budget files. Entities publish execution reports whose
 * hierarchy is in the codes (`2.1.1.01`, `A-01-01`, or a `PADRE` column) and which carry
 * their own total and subtotal rows. Such a row is never added to its children: it is kept
 * apart, its published figures are checked against its children's sums, and a year's total
 * is the published figure of its top rows.
 */
import { compareDecimals, subtractDecimals, sumDecimals } from '../decimal.ts';
import type { BudgetAggregate, BudgetAmountKey, BudgetLine, BudgetYearTotal } from '../types.ts';
import type { Problems } from './common.ts';
import { msg } from '../message.ts';

export interface AmountColumn {
  key: BudgetAmountKey;
  index: number;
  header: string;
}

export interface HierarchyOptions {
  file: string;
  /** The file has a parent-code column: parents come from it, not from the codes. */
  parentColumn: boolean;
  /** The column that says which cut-off a row's figures run to (`PERIODO`, `Trimestre`). */
  periodColumn?: { index: number; header: string };
  /** Classification columns were declared or found: detail lines keep them as levels. */
  levelColumns: boolean;
  amountColumns: readonly AmountColumn[];
  problems: Problems;
  /**
   * Declared (sidecar `code_hierarchy`): `prefix`, a code without separators is the total
   * of the codes that start with it (`1` > `12` > `120`); `none`, codes only name rows.
   */
  codeHierarchy?: 'prefix' | 'none';
}

export interface HierarchyResult {
  details: BudgetLine[];
  aggregates: BudgetAggregate[];
  totals: BudgetYearTotal[];
}

interface Node {
  line: BudgetLine;
  parent?: Node;
  children: Node[];
  /** Effective figure per key: published, or for a total row without one, its children's sum. */
  effective: Partial<Record<BudgetAmountKey, string>>;
}

const COMBINING_RE = /[\u0300-\u036f]/g;
const TOTAL_RE = /^(sub\s*-?\s*)?total(es)?\b/;
const STARTS_LIKE_TOTAL = /^\s*[st]/i;
/** Separators of segmented codes: `2.1.1.01`, `A-01-01-01`, `A.1.2`. */
const SEGMENT_RE = /[.-]/;

/** `'total'` or `'subtotal'` when a row's name says so (`TOTAL INVERSIÓN`, `Subtotal`). */
export function totalWord(line: BudgetLine): 'total' | 'subtotal' | undefined {
  const texts = [line.name, line.code, line.citizenLabel, ...line.levels];
  for (const text of texts) {
    // Only a text that starts with s or t can say TOTAL/SUBTOTAL: the rest are not folded
    // (folding every name of a 20,000-line file allocated 7.5 MB).
    if (!text || !STARTS_LIKE_TOTAL.test(text)) continue;
    const folded = text.normalize('NFD').replace(COMBINING_RE, '').trim().toLowerCase();
    const m = TOTAL_RE.exec(folded);
    if (m) return m[1] ? 'subtotal' : 'total';
  }
  return undefined;
}

/** A line's name as a citizen reads it: its name, label, deepest level or code. */
export function lineName(line: BudgetLine): string {
  return line.name ?? line.citizenLabel ?? line.levels[line.levels.length - 1] ?? line.code ?? '';
}

/** The proper prefixes of a segmented code, longest first (`2.1.1` -> `2.1`, `2`). */
function codePrefixes(code: string): string[] {
  const out: string[] = [];
  for (let i = code.length - 1; i > 0; i--) {
    if (SEGMENT_RE.test(code[i])) out.push(code.slice(0, i));
  }
  return out;
}

function groupKey(line: BudgetLine): string {
  return `${line.fiscalYear}\u0000${line.flow}\u0000${line.period ?? ''}`;
}

/**
 * Splits budget rows into detail lines and total rows, links parents and children, checks
 * each total row's figures against its children's, and works out each year's total.
 */
export function structureBudget(rows: BudgetLine[], options: HierarchyOptions): HierarchyResult {
  const { problems } = options;
  const groups = new Map<string, Node[]>();
  for (const line of rows) {
    const key = groupKey(line);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push({ line, children: [], effective: {} });
  }
  const byCodes = !options.parentColumn && options.codeHierarchy !== 'none';
  const segmented = byCodes && rows.some((l) => l.code && SEGMENT_RE.test(l.code));
  const prefixes: { parent: BudgetLine; child: BudgetLine }[] = [];
  let prefixEvidence = true;
  const missingParents: BudgetLine[] = [];
  const undecided: BudgetLine[] = [];
  const repeatedTotals: BudgetLine[] = [];
  const details: BudgetLine[] = [];
  const aggregates: BudgetAggregate[] = [];
  const totals: BudgetYearTotal[] = [];
  const columnOf = new Map(options.amountColumns.map((c) => [c.key, c]));
  refuseSeveralCutOffs(groups, options);

  for (const nodes of groups.values()) {
    // Codes are linked within their budget section (CUIPO's council and ombudsman each have
    // their own «2 GASTOS»); a file without sections is one.
    const byCode = new Map<string, Node>();
    const codeKey = (line: BudgetLine, code: string) => `${line.section ?? ''}\u0000${code}`;
    const withCode = (line: BudgetLine, code: string | undefined) =>
      code === undefined ? undefined : byCode.get(codeKey(line, code));
    for (const n of nodes) {
      const code = n.line.code;
      // With duplicated codes (one rubro per funding source) the first is the parent.
      if (code !== undefined && !byCode.has(codeKey(n.line, code)))
        byCode.set(codeKey(n.line, code), n);
    }
    const sections = new Set(nodes.map((n) => n.line.section));
    let linked = false;
    for (const n of nodes) {
      let parent: Node | undefined;
      if (options.parentColumn) {
        const p = n.line.parentCode;
        if (p !== undefined) {
          parent = withCode(n.line, p);
          if (!parent) missingParents.push(n.line);
        }
      } else if (segmented && n.line.code !== undefined) {
        for (const prefix of codePrefixes(n.line.code)) {
          parent = withCode(n.line, prefix);
          if (parent) break;
        }
      }
      if (parent && parent !== n && !isAncestor(n, parent)) {
        n.parent = parent;
        parent.children.push(n);
        linked = true;
      }
    }

    // Codes without separators where one starts another (`1`, `12`, `120`): a hierarchy by
    // prefix when declared, or when every such parent's figures equal its children's sum.
    if (byCodes && !segmented) {
      const links: [Node, Node][] = [];
      for (const n of nodes) {
        const code = n.line.code;
        if (code === undefined) continue;
        for (let len = code.length - 1; len > 0; len--) {
          const parent = withCode(n.line, code.slice(0, len));
          if (parent && parent !== n) {
            links.push([n, parent]);
            break;
          }
        }
      }
      const link = () => {
        for (const [child, parent] of links) {
          child.parent = parent;
          parent.children.push(child);
        }
        linked ||= links.length > 0;
      };
      if (options.codeHierarchy === 'prefix') link();
      else if (links.length > 0) {
        for (const [child, parent] of links)
          prefixes.push({ parent: parent.line, child: child.line });
        if (prefixesAddUp(links, options.amountColumns)) link();
        else prefixEvidence = false;
      }
    }

    // A row named TOTAL without children in the codes: the total of the year's other top
    // rows when it is the only one; anything else cannot be decided.
    const named = nodes.filter((n) => n.children.length === 0 && totalWord(n.line) !== undefined);
    const top = nodes.filter((n) => !n.parent);
    if (named.length === 1 && !named[0].parent && totalWord(named[0].line) === 'total') {
      const grand = named[0];
      for (const n of top) {
        if (n === grand) continue;
        n.parent = grand;
        grand.children.push(n);
      }
    } else if (named.length > 0) {
      undecided.push(...named.map((n) => n.line));
    }

    // A code repeated where it is a total (two «2 GASTOS» rows in one year): which children
    // each adds up is unknown. Such a row is neither a line nor a total; the file is refused.
    const repeated = new Set<Node>();
    for (const n of nodes) {
      const first = withCode(n.line, n.line.code);
      if (first && first !== n && first.children.length > 0 && n.children.length === 0)
        repeated.add(n);
    }
    for (const n of repeated) repeatedTotals.push(n.line);
    for (const n of nodes) if (!n.parent) settle(n, options.amountColumns);
    const roots = nodes.filter((n) => !n.parent && !repeated.has(n));
    const rootNames = new Set(
      roots.filter((n) => n.children.length > 0 && totalWord(n.line) === 'total'),
    );
    const pathOf = (n: Node): string[] => {
      const path: string[] = [];
      for (let p = n.parent; p; p = p.parent) if (!rootNames.has(p)) path.unshift(lineName(p.line));
      return path;
    };

    const differs = new Set<BudgetAmountKey>();
    const checked = new Set<BudgetAmountKey>();
    let lineCount = 0;
    for (const n of nodes) {
      if (repeated.has(n)) continue;
      if (n.children.length === 0) {
        lineCount++;
        if (linked && !options.levelColumns) {
          // Several sections: each line says whose it is before its path.
          const section = sections.size > 1 && n.line.section ? [n.line.section] : [];
          n.line.levels = [...section, ...pathOf(n), lineName(n.line)];
        }
        details.push(n.line);
        continue;
      }
      const childrenSum: Partial<Record<BudgetAmountKey, string>> = {};
      const agg: BudgetAggregate = {
        fiscalYear: n.line.fiscalYear,
        flow: n.line.flow,
        name: lineName(n.line),
        path: pathOf(n),
        published: n.line.amounts,
        childrenSum,
        differs: [],
        reconciles: [],
        childCount: n.children.length,
        origin: n.line.origin,
      };
      if (n.line.code !== undefined) agg.code = n.line.code;
      for (const c of options.amountColumns) {
        const parts = n.children
          .map((child) => child.effective[c.key])
          .filter((v): v is string => v !== undefined);
        if (parts.length === 0) continue;
        const sum = sumDecimals(parts);
        childrenSum[c.key] = sum;
        const published = n.line.amounts[c.key];
        if (published === undefined) continue;
        checked.add(c.key);
        if (compareDecimals(published, sum) === 0) agg.reconciles.push(c.key);
        else {
          agg.differs.push(c.key);
          differs.add(c.key);
        }
      }
      aggregates.push(agg);
    }

    const amounts: Partial<Record<BudgetAmountKey, string>> = {};
    for (const c of options.amountColumns) {
      const parts = roots.map((n) => n.effective[c.key]).filter((v): v is string => !!v);
      if (parts.length) amounts[c.key] = sumDecimals(parts);
    }
    const period = nodes[0].line.period;
    totals.push({
      fiscalYear: nodes[0].line.fiscalYear,
      flow: nodes[0].line.flow,
      amounts,
      lineCount,
      differs: [...differs],
      reconciles: [...checked].filter((k) => !differs.has(k)),
      ...(period === undefined ? {} : { period }),
    });
  }

  if (prefixes.length > 0 && options.codeHierarchy === undefined) {
    const parents = [...new Set(prefixes.map((p) => p.parent))];
    const first = prefixes[0];
    const pair = msg('budget.code_pair', {
      parent: first.parent.code ?? '',
      parentLine: first.parent.origin.line,
      child: first.child.code ?? '',
      childLine: first.child.origin.line,
    });
    const declare = msg('budget.code_hierarchy.declare');
    if (prefixEvidence)
      problems.warning({
        line: first.parent.origin.line,
        value: first.parent.code,
        code: 'budget.code_prefix_hierarchy',
        expected: declare,
        message: msg('budget.code_prefix_hierarchy', { count: parents.length, pair }),
      });
    else
      problems.error({
        line: first.parent.origin.line,
        value: first.parent.code,
        code: 'budget.code_hierarchy_undecided',
        expected: declare,
        message: msg('budget.code_hierarchy_undecided', {
          count: parents.length,
          lines: lineList(parents),
          pair,
        }),
      });
  }
  if (missingParents.length > 0) {
    const first = missingParents[0];
    problems.warning({
      line: first.origin.line,
      value: first.parentCode,
      code: 'budget.parent_missing',
      expected: msg('budget.parent_missing.expected'),
      message: msg('budget.parent_missing', {
        count: missingParents.length,
        lines: lineList(missingParents),
      }),
    });
  }
  if (repeatedTotals.length > 0) {
    const first = repeatedTotals[0];
    problems.error({
      line: first.origin.line,
      value: first.code,
      code: 'budget.aggregate_repeated',
      expected: msg('budget.aggregate_repeated.expected'),
      message: msg('budget.aggregate_repeated', {
        lines: lineList(repeatedTotals),
        code: first.code ?? '',
        name: lineName(first),
      }),
    });
  }
  if (undecided.length > 0) {
    const first = undecided[0];
    problems.error({
      line: first.origin.line,
      value: lineName(first),
      code: 'budget.aggregate_undecided',
      expected: msg('budget.aggregate_undecided.expected'),
      message: msg('budget.aggregate_undecided', { lines: lineList(undecided) }),
    });
  }
  for (const agg of aggregates) {
    for (const key of agg.differs) {
      const col = columnOf.get(key);
      const published = agg.published[key]!;
      const sum = agg.childrenSum[key]!;
      problems.warning({
        line: agg.origin.line,
        column: col ? col.index + 1 : 0,
        header: col?.header,
        value: published,
        code: 'budget.aggregate_mismatch',
        expected: msg('budget.aggregate_mismatch.expected', { childCount: agg.childCount, sum }),
        message: msg('budget.aggregate_mismatch', {
          name: agg.name,
          published,
          sum,
          difference: subtractDecimals(published, sum),
        }),
      });
    }
  }
  totals.sort(
    (a, b) =>
      b.fiscalYear.localeCompare(a.fiscalYear, 'en', { numeric: true }) ||
      a.flow.localeCompare(b.flow),
  );
  return { details, aggregates, totals };
}

/**
 * Several cut-offs of one year (CUIPO publishes each quarter's figures to date): each is
 * cumulative, so adding them counts the same pesos up to four times. Which one a page should
 * show is the publisher's choice, never guessed.
 */
function refuseSeveralCutOffs(groups: Map<string, Node[]>, options: HierarchyOptions): void {
  const column = options.periodColumn;
  if (!column) return;
  const cutOffs = new Map<string, { periods: string[]; first: BudgetLine }>();
  for (const nodes of groups.values()) {
    const line = nodes[0].line;
    if (line.period === undefined) continue;
    const key = `${line.fiscalYear} ${line.flow}`;
    const seen = cutOffs.get(key);
    if (!seen) cutOffs.set(key, { periods: [line.period], first: line });
    else seen.periods.push(line.period);
  }
  for (const { periods, first } of cutOffs.values()) {
    if (periods.length < 2) continue;
    const sorted = [...periods].sort((a, b) => a.localeCompare(b, 'es', { numeric: true }));
    const list = sorted.slice(0, 6).join(', ') + (sorted.length > 6 ? '…' : '');
    const latest = sorted[sorted.length - 1];
    options.problems.error({
      line: first.origin.line,
      column: column.index + 1,
      header: column.header,
      value: first.period,
      code: 'budget.several_periods',
      expected: msg('budget.several_periods.expected', { latest }),
      message: msg('budget.several_periods', {
        fiscalYear: first.fiscalYear,
        count: sorted.length,
        header: column.header,
        list,
      }),
    });
  }
}

/**
 * Whether every parent by prefix publishes, for each amount it and all its children have,
 * exactly their sum (and at least one such amount): evidence that the codes are a hierarchy.
 */
function prefixesAddUp(links: [Node, Node][], columns: readonly AmountColumn[]): boolean {
  const children = new Map<Node, Node[]>();
  for (const [child, parent] of links) {
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(child);
  }
  for (const [parent, kids] of children) {
    let compared = 0;
    for (const { key } of columns) {
      const own = parent.line.amounts[key];
      const parts = kids.map((k) => k.line.amounts[key]);
      if (own === undefined || parts.some((v) => v === undefined)) continue;
      compared++;
      if (compareDecimals(own, sumDecimals(parts as string[])) !== 0) return false;
    }
    if (compared === 0) return false;
  }
  return true;
}

function isAncestor(candidate: Node, of: Node): boolean {
  for (let p: Node | undefined = of; p; p = p.parent) if (p === candidate) return true;
  return false;
}

/** Works out effective figures bottom-up (iteratively: codes may nest deeply). */
function settle(root: Node, columns: readonly AmountColumn[]): void {
  const order: Node[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    order.push(n);
    for (const c of n.children) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    for (const { key } of columns) {
      const own = n.line.amounts[key];
      if (own !== undefined) n.effective[key] = own;
      else if (n.children.length > 0) {
        const parts = n.children
          .map((c) => c.effective[key])
          .filter((v): v is string => v !== undefined);
        if (parts.length) n.effective[key] = sumDecimals(parts);
      }
    }
  }
}

function lineList(lines: readonly BudgetLine[]): string {
  const shown = lines.slice(0, 10).map((l) => String(l.origin.line));
  return lines.length > 10 ? `${shown.join(', ')}… (+${lines.length - 10})` : shown.join(', ');
}

/** Fiscal years of some budget lines, latest first: the latest is what a page shows first. */
export function budgetYears(lines: readonly Pick<BudgetLine, 'fiscalYear'>[]): string[] {
  const years = new Set<string>();
  for (const l of lines) years.add(l.fiscalYear);
  return [...years].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
}
