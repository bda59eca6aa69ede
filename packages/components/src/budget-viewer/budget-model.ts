/**
 * The budget viewer's logic, free of DOM: budget lines -> a hierarchy with exact totals
 * per node, execution, shares, per-capita figures, contributions, year-over-year changes
 * and constant prices. Every figure a citizen reads is exact (core decimals); floats are
 * used only to size boxes and bars.
 */
import {
  compareDecimals,
  BUDGET_AMOUNT_KEYS,
  divideDecimals,
  executionBaseKey,
  executionPercent,
  percentOf,
  sumDecimals,
  toFloat,
  type BudgetAmountKey,
  type BudgetLine,
  type ExecutionBaseKey,
  type ExecutionKey,
} from '@rendir/core';
import { runToEnd } from '../platform/slices.ts';

/** Amount keys in the order of the Colombian budget chain. */
export const AMOUNT_KEYS: readonly BudgetAmountKey[] = BUDGET_AMOUNT_KEYS;

/** One box of the hierarchy: a classification value at some depth, or the root. */
export interface BudgetNode {
  /** Stable id: the path joined with a unit separator (`''` for the root). */
  id: string;
  /** The classification value as published (root: empty). */
  name: string;
  /** Plain-language name, when every line under a deepest-level node agrees on one. */
  citizenLabel?: string;
  /** Classification path from the root, outermost first. */
  path: string[];
  depth: number;
  parent?: BudgetNode;
  /** Sorted by size, largest first (ties by name). */
  children: BudgetNode[];
  lineCount: number;
  /** Exact totals per amount key present in the file. */
  totals: Partial<Record<BudgetAmountKey, string>>;
  /** Exact total of the measure the view is sized by. */
  size: string;
}

export interface BudgetTree {
  year: string;
  flow: 'expense' | 'income';
  root: BudgetNode;
  /** Nodes by id, for deep links and year-over-year lookups. */
  byId: Map<string, BudgetNode>;
  /** Exact sums of the year's lines per key (the root shows the published figures instead). */
  linesTotals: Partial<Record<BudgetAmountKey, string>>;
}

export const PATH_SEPARATOR = '\u001f';

export function pathId(path: readonly string[]): string {
  return path.join(PATH_SEPARATOR);
}

/** Amount keys present in at least one line, in chain order. */
export function presentKeys(lines: readonly BudgetLine[]): BudgetAmountKey[] {
  const seen = new Set<BudgetAmountKey>();
  for (const line of lines) {
    for (const key in line.amounts) seen.add(key as BudgetAmountKey);
    if (seen.size === AMOUNT_KEYS.length) break;
  }
  return AMOUNT_KEYS.filter((k) => seen.has(k));
}

/** Fiscal years present, oldest first. */
export function fiscalYears(lines: readonly BudgetLine[]): string[] {
  const years = new Set<string>();
  for (const line of lines) years.add(line.fiscalYear);
  return [...years].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Flows present (`expense` first). */
export function flows(lines: readonly BudgetLine[]): ('expense' | 'income')[] {
  let expense = false;
  let income = false;
  for (const line of lines) {
    if (line.flow === 'income') income = true;
    else expense = true;
    if (expense && income) break;
  }
  const out: ('expense' | 'income')[] = [];
  if (expense) out.push('expense');
  if (income) out.push('income');
  return out;
}

interface Draft {
  name: string;
  path: string[];
  children: Map<string, Draft>;
  /** Amounts of the lines that end exactly here, per key. */
  own: Map<BudgetAmountKey, string[]>;
  lineCount: number;
  labels: Set<string>;
  unlabelled: boolean;
}

function draft(name: string, path: string[]): Draft {
  return {
    name,
    path,
    children: new Map(),
    own: new Map(),
    lineCount: 0,
    labels: new Set(),
    unlabelled: false,
  };
}

const collator = new Intl.Collator('es');

/**
 * Largest first. Floats order all but near-equal sizes; those are settled exactly, then
 * by name, so the order never depends on float rounding.
 */
function sortChildren(children: BudgetNode[]): void {
  if (children.length < 2) return;
  const keyed = children.map((node) => ({ node, approx: toFloat(node.size) }));
  keyed.sort(
    (a, b) =>
      (Math.abs(b.approx - a.approx) > 1e-6 * Math.max(Math.abs(a.approx), Math.abs(b.approx), 1)
        ? b.approx - a.approx
        : compareDecimals(b.node.size, a.node.size)) || collator.compare(a.node.name, b.node.name),
  );
  for (let i = 0; i < keyed.length; i++) children[i] = keyed[i].node;
}

/**
 * Builds the hierarchy of one fiscal year and flow. Totals are exact: each node's total
 * is the exact sum of its lines (computed as the exact sum of its children's totals),
 * except the root's figures that the file publishes itself (`published`, core's year
 * total): a total row is the figure the file states, whether or not its lines add up to it.
 */
export function buildTree(lines: readonly BudgetLine[], options: TreeOptions): BudgetTree {
  return runToEnd(buildTreeSteps(lines, options));
}

export interface TreeOptions {
  year: string;
  flow: 'expense' | 'income';
  measure: BudgetAmountKey;
  keys: readonly BudgetAmountKey[];
  published?: Partial<Record<BudgetAmountKey, string>>;
}

/** Lines drafted between two steps of `buildTreeSteps`. */
const LINES_PER_STEP = 500;

/**
 * `buildTree` as steps: it yields after every 500 lines and after each top-level item's
 * subtree, so that `runInSlices` can let the browser paint while a 10,000-line budget is
 * summed (no long task), while `runToEnd` gives the same tree at once. The work between
 * steps is plain functions: a generator in the hot loops made it three times slower.
 */
export function* buildTreeSteps(
  lines: readonly BudgetLine[],
  options: TreeOptions,
): Generator<void, BudgetTree> {
  const rootDraft = draft('', []);
  for (let from = 0; from < lines.length; from += LINES_PER_STEP) {
    addLines(rootDraft, lines, from, Math.min(lines.length, from + LINES_PER_STEP), options);
    yield;
  }
  const byId = new Map<string, BudgetNode>();
  const root = shell(rootDraft, undefined, byId);
  for (const c of rootDraft.children.values()) {
    root.children.push(finish(c, root, byId, options));
    yield;
  }
  complete(root, rootDraft, options);
  const linesTotals = { ...root.totals };
  for (const key of options.keys) {
    const published = options.published;
    if (published && Object.hasOwn(published, key)) root.totals[key] = published[key];
  }
  root.size = root.totals[options.measure] ?? '0';
  return { year: options.year, flow: options.flow, root, byId, linesTotals };
}

/** Drafts lines `from` to `to` of the tree's year and flow into `root`. */
function addLines(
  root: Draft,
  lines: readonly BudgetLine[],
  from: number,
  to: number,
  options: TreeOptions,
): void {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line.fiscalYear !== options.year || line.flow !== options.flow) continue;
    let node = root;
    node.lineCount++;
    for (const level of line.levels) {
      let child = node.children.get(level);
      if (!child) {
        child = draft(level, [...node.path, level]);
        node.children.set(level, child);
      }
      node = child;
      node.lineCount++;
    }
    for (const key of options.keys) {
      const v = line.amounts[key];
      if (v === undefined) continue;
      let list = node.own.get(key);
      if (!list) node.own.set(key, (list = []));
      list.push(v);
    }
    if (line.citizenLabel) node.labels.add(line.citizenLabel);
    else node.unlabelled = true;
  }
}

/** A drafted node with its subtree, its exact totals and its children largest first. */
function finish(
  d: Draft,
  parent: BudgetNode | undefined,
  byId: Map<string, BudgetNode>,
  options: TreeOptions,
): BudgetNode {
  const node = shell(d, parent, byId);
  for (const c of d.children.values()) node.children.push(finish(c, node, byId, options));
  complete(node, d, options);
  return node;
}

function shell(
  d: Draft,
  parent: BudgetNode | undefined,
  byId: Map<string, BudgetNode>,
): BudgetNode {
  const node: BudgetNode = {
    id: pathId(d.path),
    name: d.name,
    // Own, even when absent: a polluted Object.prototype.citizenLabel is never read.
    citizenLabel: undefined,
    path: d.path,
    depth: d.path.length,
    parent,
    children: [],
    lineCount: d.lineCount,
    totals: {},
    size: '0',
  };
  if (d.children.size === 0 && d.labels.size === 1 && !d.unlabelled) {
    node.citizenLabel = [...d.labels][0];
  }
  byId.set(node.id, node);
  return node;
}

/** A node's totals: the exact sum of its own lines and its children's totals. */
function complete(node: BudgetNode, d: Draft, options: TreeOptions): void {
  for (const key of options.keys) {
    const parts: string[] = [];
    const own = d.own.get(key);
    if (own) parts.push(sumDecimals(own));
    for (const c of node.children) {
      const t = c.totals[key];
      if (t !== undefined) parts.push(t);
    }
    if (parts.length) node.totals[key] = sumDecimals(parts);
  }
  node.size = node.totals[options.measure] ?? '0';
  sortChildren(node.children);
}

/** Display name: the plain-language label when there is one. */
export function displayName(node: BudgetNode): string {
  return node.citizenLabel ?? node.name;
}

export type ExecutionStatus = 'over' | 'adequate' | 'under' | 'none';

export interface Execution {
  /** The execution key over the appropriation, in percent (core's `executionPercent`). */
  executedPct?: string;
  /** Payments over the appropriation, in percent. */
  paidPct?: string;
  /** What both are measured against, for the words beside them (core's `executionBaseKey`). */
  base?: ExecutionBaseKey;
  status: ExecutionStatus;
}

/**
 * Execution of a node by core's rule (`key`, commitments by default, over the appropriation;
 * the site passes its site.yaml key), payments beside it. Over-execution is any amount above
 * the appropriation; under-execution is below `threshold` percent.
 */
export function execution(
  node: BudgetNode,
  threshold = '80',
  key: ExecutionKey = 'commitments',
): Execution {
  const baseKey = executionBaseKey(node.totals);
  const executed = node.totals[key];
  if (baseKey === undefined) return { status: 'none' };
  const base = node.totals[baseKey]!;
  const out: Execution = { status: 'none', base: baseKey };
  const paid = executionPercent(node.totals, 'payments');
  if (paid !== undefined) out.paidPct = paid;
  if (executed !== undefined) {
    out.executedPct = executionPercent(node.totals, key);
    if (compareDecimals(executed, base) > 0) out.status = 'over';
    else if (compareDecimals(percentOf(executed, base, 6) ?? '0', threshold) < 0) {
      out.status = 'under';
    } else out.status = 'adequate';
  }
  return out;
}

/** Amount per inhabitant, rounded to the peso; undefined without a positive population. */
export function perCapita(amount: string, population: string | undefined): string | undefined {
  if (!population || compareDecimals(population, '0') <= 0) return undefined;
  return divideDecimals(amount, population, 0);
}

/** Of every 100 pesos of `whole`, how many go to `part` (to the cent). */
export function ofEveryHundred(part: string, whole: string): string | undefined {
  return percentOf(part, whole, 2);
}
