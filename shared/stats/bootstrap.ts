// Percentile bootstrap of a statistic of paired differences, with a seeded generator so that one set
// of inputs always gives one interval.
import { median, quantile } from './describe.js';
import { type Random, seededRandom } from './random.js';

export interface BootstrapOptions {
  level: number;
  /** Resamples to draw (default 4000). */
  resamples?: number;
  seed?: number;
  statistic?: (values: readonly number[]) => number;
}

export interface BootstrapInterval {
  estimate: number;
  lower: number;
  upper: number;
}

/** Resamples `values` (one entry per round, so pairs stay together) with replacement. */
export function bootstrapInterval(values: readonly number[], o: BootstrapOptions): BootstrapInterval {
  if (values.length === 0) throw new RangeError('no values');
  const statistic = o.statistic ?? median;
  const random: Random = seededRandom(o.seed ?? 1);
  const resamples = o.resamples ?? 4000;
  const draws: number[] = [];
  const sample = new Array<number>(values.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < values.length; i++)
      sample[i] = values[Math.floor(random() * values.length)] as number;
    draws.push(statistic(sample));
  }
  const tail = (1 - o.level) / 2;
  return { estimate: statistic(values), lower: quantile(draws, tail), upper: quantile(draws, 1 - tail) };
}
