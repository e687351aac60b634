// Good / needs improvement / poor, from Google's published Core Web Vitals thresholds
// (web.dev/articles/vitals: LCP 2.5 s / 4 s, CLS 0.1 / 0.25, FCP 1.8 s / 3 s, TTFB 0.8 s / 1.8 s).
// INP cannot be measured without a user; TBT is its lab stand-in, rated with the thresholds
// Lighthouse scores TBT and Speed Index by (score 0.9 at `good`, 0.5 at `poor`), which differ by preset.
import type { MetricId } from './metrics.js';

export type Rating = 'good' | 'needs-improvement' | 'poor';
export type FormFactor = 'desktop' | 'mobile';

/** Upper limits: ≤ good is good, > poor is poor, in between needs improvement. */
export interface RatingLimits {
  good: number;
  poor: number;
  source: string;
}

const GOOGLE = 'Google Core Web Vitals thresholds';
const LIGHTHOUSE = 'Lighthouse scoring thresholds';

export function ratingLimits(id: MetricId, formFactor: FormFactor): RatingLimits | undefined {
  switch (id) {
    case 'lcp':
      return { good: 2500, poor: 4000, source: GOOGLE };
    case 'cls':
      return { good: 0.1, poor: 0.25, source: GOOGLE };
    case 'fcp':
      return { good: 1800, poor: 3000, source: GOOGLE };
    case 'ttfb':
      return { good: 800, poor: 1800, source: GOOGLE };
    case 'tbt':
      return formFactor === 'desktop'
        ? { good: 150, poor: 350, source: LIGHTHOUSE }
        : { good: 200, poor: 600, source: LIGHTHOUSE };
    case 'si':
      return formFactor === 'desktop'
        ? { good: 1311, poor: 2300, source: LIGHTHOUSE }
        : { good: 3387, poor: 5800, source: LIGHTHOUSE };
    case 'performance':
    case 'accessibility':
    case 'best-practices':
    case 'seo':
      return undefined;
  }
}

export function rate(id: MetricId, value: number | undefined, formFactor: FormFactor): Rating | undefined {
  if (value === undefined) return undefined;
  if (id === 'performance' || id === 'accessibility' || id === 'best-practices' || id === 'seo') {
    // Lighthouse's own colours for category scores: 90-100 green, 50-89 orange, 0-49 red.
    return value >= 90 ? 'good' : value >= 50 ? 'needs-improvement' : 'poor';
  }
  const limits = ratingLimits(id, formFactor);
  if (!limits) return undefined;
  return value <= limits.good ? 'good' : value <= limits.poor ? 'needs-improvement' : 'poor';
}

export const RATING_EMOJI: Record<Rating, string> = { good: '🟢', 'needs-improvement': '🟠', poor: '🔴' };

/** The metrics the Core Web Vitals gate looks at (TBT standing in for INP). */
export const CORE_WEB_VITALS: readonly MetricId[] = ['lcp', 'cls', 'tbt'];
