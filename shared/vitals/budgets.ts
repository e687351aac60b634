// Per-URL budgets for any metric or score. Times and CLS are maxima, scores minima, so a budget
// is just `metric=value`. Lines: `[<url glob>:] metric=value, metric=value`, e.g.
//   lcp=2.5s, cls=0.1, performance=90
//   /checkout/**: tbt=300ms
// A budget file holds the same, as YAML or JSON: a list of { url?, <metric>: value } objects.
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../runtime/errors.js';
import { isMetricId, METRIC_IDS, type MetricId, metricSpec } from './metrics.js';

export interface BudgetRule {
  /** Glob matched against the URL's path (`/checkout/**`) or, when it has a scheme, the whole URL; '' = every URL. */
  url: string;
  metric: MetricId;
  /** In the metric's unit: ms, unitless CLS, score 0-100. */
  limit: number;
  /** Where the rule was written, for messages: `input 'budgets' line 2`, `budgets.yml item 1`. */
  origin: string;
}

export interface BudgetCheck {
  metric: MetricId;
  limit: number;
  kind: 'max' | 'min';
  actual?: number;
  passed: boolean;
  origin: string;
}

/** `2.5s`, `2500ms`, `2500` (ms for times); plain numbers otherwise. */
export function parseBudgetValue(metric: MetricId, raw: string | number, where: string): number {
  const unit = metricSpec(metric).unit;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0)
      throw new UsageError(`${where}: ${metric} budget must be a number ≥ 0, got ${raw}`);
    return raw;
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(raw);
  if (!m)
    throw new UsageError(
      `${where}: ${metric} budget '${raw}' is not a number${unit === 'ms' ? ' (e.g. 2.5s or 2500ms)' : ''}`,
    );
  const value = Number(m[1]);
  const suffix = m[2]?.toLowerCase();
  if (suffix && unit !== 'ms') throw new UsageError(`${where}: ${metric} takes no unit, got '${raw}'`);
  if (unit === 'score' && value > 100)
    throw new UsageError(`${where}: ${metric} is a score from 0 to 100, got ${value}`);
  return suffix === 's' ? value * 1000 : value;
}

function metricOf(name: string, where: string): MetricId {
  const id = name.trim().toLowerCase();
  if (!isMetricId(id))
    throw new UsageError(`${where}: unknown metric '${name.trim()}'; use one of ${METRIC_IDS.join(', ')}`);
  return id;
}

/** Budget lines as given in the `budgets` input (or `--budget` flags). */
export function parseBudgetLines(text: string, source: string): BudgetRule[] {
  const rules: BudgetRule[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${source} line ${index + 1}`;
    // The URL part ends at the last ':' followed by space before the first '='; URLs keep their own colons.
    const split = /^(.*?):\s+([A-Za-z-]+\s*=.*)$/.exec(line);
    const url = split ? (split[1] as string).trim() : '';
    const body = split ? (split[2] as string) : line;
    for (const part of body.split(',')) {
      if (part.trim() === '') continue;
      const eq = part.indexOf('=');
      if (eq < 0) throw new UsageError(`${where}: expected metric=value, got '${part.trim()}'`);
      const metric = metricOf(part.slice(0, eq), where);
      rules.push({ url, metric, limit: parseBudgetValue(metric, part.slice(eq + 1), where), origin: where });
    }
  });
  return rules;
}

/** A budget file (YAML or JSON): a list, or `{ budgets: [...] }`, of `{ url?, <metric>: value }`. */
export function parseBudgetFile(text: string, file: string): BudgetRule[] {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    const line = (error as { linePos?: [{ line: number }] }).linePos?.[0]?.line;
    throw new UsageError(
      `${file}${line ? `:${line}` : ''}: not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const list = Array.isArray(doc) ? doc : (doc as { budgets?: unknown } | null)?.budgets;
  if (!Array.isArray(list))
    throw new UsageError(`${file}: expected a list of budgets (or a 'budgets:' list)`);
  const rules: BudgetRule[] = [];
  list.forEach((item, index) => {
    const where = `${file} budget ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new UsageError(`${where}: expected an object`);
    const { url = '', ...metrics } = item as Record<string, unknown>;
    if (typeof url !== 'string') throw new UsageError(`${where}: 'url' must be a string`);
    for (const [name, value] of Object.entries(metrics)) {
      const metric = metricOf(name, where);
      if (typeof value !== 'number' && typeof value !== 'string')
        throw new UsageError(`${where}: ${metric} must be a number or text`);
      rules.push({ url, metric, limit: parseBudgetValue(metric, value, where), origin: where });
    }
  });
  return rules;
}

export function ruleMatches(rule: BudgetRule, url: string): boolean {
  if (rule.url === '' || rule.url === '*' || rule.url === '**') return true;
  if (rule.url === url) return true;
  let target = url;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(rule.url)) {
    try {
      target = new URL(url).pathname;
    } catch {
      target = url;
    }
  }
  return picomatch.isMatch(target, rule.url, { dot: true });
}

/** The budgets that apply to `url`: for each metric the last matching rule wins (specific after general). */
export function budgetsFor(rules: readonly BudgetRule[], url: string): BudgetRule[] {
  const byMetric = new Map<MetricId, BudgetRule>();
  for (const rule of rules) if (ruleMatches(rule, url)) byMetric.set(rule.metric, rule);
  return [...byMetric.values()];
}

export function checkBudgets(
  rules: readonly BudgetRule[],
  metrics: Partial<Record<MetricId, number>>,
): BudgetCheck[] {
  return rules.map((rule) => {
    const kind = metricSpec(rule.metric).higherIsBetter ? 'min' : 'max';
    const actual = metrics[rule.metric];
    // A metric Lighthouse could not measure cannot prove the budget is met.
    const passed = actual !== undefined && (kind === 'max' ? actual <= rule.limit : actual >= rule.limit);
    return { metric: rule.metric, limit: rule.limit, kind, actual, passed, origin: rule.origin };
  });
}
