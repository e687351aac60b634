// Benchmarks the user already has: `go test -bench -count=N` output, and github-action-benchmark's
// JSON ({name, unit, value}[]), compared base against head with the rank-sum test as benchstat does.
import { UsageError } from '../runtime/errors.js';
import { median } from '../stats/describe.js';
import { rankSumTest, shiftInterval } from '../stats/rank-sum.js';
import { classifyChange, simultaneousLevel } from '../stats/verdict.js';
import type { MetricResult } from './report.js';

/** Samples per benchmark and unit, e.g. "BenchmarkParse ns/op" → [1203, 1187, …]. */
export type BenchSamples = Map<
  string,
  { name: string; unit: string; better: 'lower' | 'higher'; values: number[] }
>;

const GO_LINE = /^(Benchmark\S*)\s+(\d+)\s+(.*)$/;

function goUnitBetter(unit: string): 'lower' | 'higher' {
  return /\/s$/.test(unit) ? 'higher' : 'lower';
}

function add(
  samples: BenchSamples,
  name: string,
  unit: string,
  better: 'lower' | 'higher',
  value: number,
): void {
  const key = `${name} ${unit}`;
  const entry = samples.get(key) ?? { name, unit, better, values: [] };
  entry.values.push(value);
  samples.set(key, entry);
}

/** Parses `go test -bench` output; the -GOMAXPROCS suffix is dropped so runs on other machines still pair up. */
export function parseGoBench(text: string, file: string): BenchSamples {
  const samples: BenchSamples = new Map();
  text.split(/\r?\n/).forEach((line, i) => {
    const match = GO_LINE.exec(line.trim());
    if (!match) return;
    const name = (match[1] as string).replace(/-\d+$/, '');
    const fields = (match[3] as string).trim().split(/\s+/);
    if (fields.length < 2 || fields.length % 2 !== 0) {
      throw new UsageError(
        `${file}:${i + 1}: expected '<value> <unit>' pairs after the iteration count, got '${match[3]}'`,
      );
    }
    for (let f = 0; f < fields.length; f += 2) {
      const value = Number(fields[f]);
      const unit = fields[f + 1] as string;
      if (!Number.isFinite(value))
        throw new UsageError(`${file}:${i + 1}: '${fields[f]}' is not a number (before ${unit})`);
      add(samples, name, unit, goUnitBetter(unit), value);
    }
  });
  if (samples.size === 0)
    throw new UsageError(`${file}: no 'Benchmark…' result lines found (is this \`go test -bench\` output?)`);
  return samples;
}

/** github-action-benchmark's custom JSON: an array of {name, unit, value}; a name repeated gives several samples. */
export function parseBenchJson(text: string, file: string, better: 'lower' | 'higher'): BenchSamples {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new UsageError(`${file}: expected a JSON array of {name, unit, value}`);
  const samples: BenchSamples = new Map();
  data.forEach((item, i) => {
    const e = item as { name?: unknown; unit?: unknown; value?: unknown };
    if (
      typeof e?.name !== 'string' ||
      typeof e.unit !== 'string' ||
      typeof e.value !== 'number' ||
      !Number.isFinite(e.value)
    ) {
      throw new UsageError(
        `${file}: entry ${i + 1} needs a string 'name', a string 'unit' and a numeric 'value'`,
      );
    }
    add(samples, e.name, e.unit, better, e.value);
  });
  if (samples.size === 0) throw new UsageError(`${file}: the array is empty`);
  return samples;
}

/** Merges several files' samples (several runs of one benchmark suite). */
export function mergeSamples(list: readonly BenchSamples[]): BenchSamples {
  const out: BenchSamples = new Map();
  for (const samples of list)
    for (const e of samples.values()) for (const v of e.values) add(out, e.name, e.unit, e.better, v);
  return out;
}

/** One metric per benchmark and unit present on both sides; intervals share the family-wise level. */
export function compareSamples(
  base: BenchSamples,
  head: BenchSamples,
  o: { threshold: number; level: number },
): { metrics: MetricResult[]; notes: string[] } {
  const keys = [...base.keys()].filter((k) => head.has(k));
  const notes: string[] = [];
  const onlyBase = [...base.keys()].filter((k) => !head.has(k));
  const onlyHead = [...head.keys()].filter((k) => !base.has(k));
  if (onlyBase.length > 0) notes.push(`Only in base (not compared): ${onlyBase.slice(0, 10).join(', ')}`);
  if (onlyHead.length > 0) notes.push(`Only in head (not compared): ${onlyHead.slice(0, 10).join(', ')}`);
  const level = simultaneousLevel(o.level, keys.length);
  const metrics = keys.map((key): MetricResult => {
    const b = base.get(key) as { name: string; unit: string; better: 'lower' | 'higher'; values: number[] };
    const h = head.get(key) as typeof b;
    const common = {
      key,
      label: `${b.name} (${b.unit})`,
      unit: b.unit,
      better: b.better,
      base: median(b.values),
      head: median(h.values),
      level,
      samples: Math.min(b.values.length, h.values.length),
    };
    if (b.values.length === 1 || h.values.length === 1) {
      // github-action-benchmark's usual file: one value per benchmark. Nothing to test a change
      // against, so the change is shown and the default-branch trend tells how the value moves.
      const change = ((common.head - common.base) / Math.abs(common.base)) * 100;
      return {
        ...common,
        changePct: common.base === 0 ? (common.head === 0 ? 0 : Number.NaN) : change,
        lowerPct: Number.NaN,
        upperPct: Number.NaN,
        verdict: 'inconclusive',
        reason: 'one value per side: the change is shown and tracked in the trend, not tested',
        mdePct: null,
        gated: false,
      };
    }
    const all = [...b.values, ...h.values];
    if (all.every((v) => v === all[0])) {
      return {
        ...common,
        changePct: 0,
        lowerPct: 0,
        upperPct: 0,
        verdict: 'no-change',
        reason: 'identical in every run',
        mdePct: null,
        pValue: 1,
      };
    }
    if (all.some((v) => v <= 0)) return zeroAware(common, b.values, h.values, level);
    const logB = b.values.map(Math.log);
    const logH = h.values.map(Math.log);
    const ci = shiftInterval(logB, logH, level);
    const worse = b.better === 'lower' ? ci : { estimate: -ci.estimate, lower: -ci.upper, upper: -ci.lower };
    const c = classifyChange(worse, o.threshold);
    const reason = !ci.attainable
      ? `${b.values.length} vs ${h.values.length} samples cannot reach a ${(level * 100).toFixed(1)}% interval; run with a higher -count`
      : c.reason;
    const pct = (v: number) => (Number.isFinite(v) ? Math.expm1(v) * 100 : v);
    return {
      ...common,
      changePct: pct(ci.estimate),
      lowerPct: pct(ci.lower),
      upperPct: pct(ci.upper),
      verdict: c.verdict,
      reason,
      mdePct: null,
      pValue: rankSumTest(logB, logH).pValue,
    };
  });
  return { metrics, notes };
}

/**
 * Values of 0 (B/op, allocs/op) have no ratio: the rank test on the raw values decides whether the
 * head differs, and the change is shown against the base median (infinite when that is 0).
 */
function zeroAware(
  common: Omit<MetricResult, 'changePct' | 'lowerPct' | 'upperPct' | 'verdict' | 'reason' | 'mdePct'>,
  base: readonly number[],
  head: readonly number[],
  level: number,
): MetricResult {
  const test = rankSumTest(base, head);
  const diff = common.head - common.base;
  const changePct =
    common.base === 0
      ? diff === 0
        ? 0
        : Math.sign(diff) * Number.POSITIVE_INFINITY
      : (diff / Math.abs(common.base)) * 100;
  const significant = test.pValue < 1 - level && diff !== 0;
  const worse = common.better === 'lower' ? diff > 0 : diff < 0;
  const verdict = significant ? (worse ? 'regression' : 'improvement') : 'inconclusive';
  const reason = significant
    ? `${common.base} → ${common.head} (rank test p = ${test.pValue.toPrecision(2)})`
    : `values of 0 have no ratio and the rank test does not separate ${common.base} from ${common.head}`;
  return {
    ...common,
    changePct,
    lowerPct: Number.NaN,
    upperPct: Number.NaN,
    verdict,
    reason,
    mdePct: null,
    pValue: test.pValue,
  };
}
