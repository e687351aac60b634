import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../perf/metrics.js';
import { METRIC_IDS } from '../vitals/metrics.js';
import { formatValue, knownMetrics, metricCaption, metricInfo } from './labels.js';

describe('the metric table', () => {
  it('labels every metric the record builders write, with a unit on every caption', () => {
    const written: [string, readonly string[]][] = [
      ['perf', METRIC_KEYS],
      ['vitals', METRIC_IDS],
      ['coverage', ['lines', 'branches', 'functions', 'statements']],
    ];
    for (const [kind, keys] of written) {
      for (const key of keys) {
        const m = metricInfo(kind, key);
        expect(m.unlabelled, `${kind}.${key}`).toBeUndefined();
        expect(metricCaption(m)).toMatch(/^\S.* \((%|ms|req\/s|µs|MB|score 0–100|unitless)\)$/);
        expect(m.floor, `${kind}.${key}`).toBe(0);
      }
      expect(knownMetrics(kind)).toEqual(expect.arrayContaining([...keys]));
    }
  });

  it('names perf CPU and vitals category scores with their units', () => {
    expect(metricCaption(metricInfo('perf', 'cpu'))).toBe('Service CPU per request (µs)');
    expect(metricCaption(metricInfo('vitals', 'accessibility'))).toBe('Accessibility score (score 0–100)');
    expect(metricCaption(metricInfo('vitals', 'cls'))).toBe('Cumulative Layout Shift (unitless)');
    expect(metricInfo('vitals', 'seo')).toMatchObject({ ceiling: 100, better: 'higher' });
  });

  it('hides the raw coverage counts and marks metrics nobody listed', () => {
    expect(metricInfo('coverage', 'lines_covered').hidden).toBe(true);
    expect(metricInfo('coverage', 'branches_total').hidden).toBe(true);
    expect(metricInfo('coverage', 'lines').hidden).toBeUndefined();
    expect(metricInfo('perf', 'gc_pauses')).toMatchObject({
      label: 'gc_pauses',
      unlabelled: true,
      axis: 'unitless',
    });
  });

  it('formats values with their unit', () => {
    expect(formatValue(83.456, metricInfo('coverage', 'lines'))).toBe('83.46%');
    expect(formatValue(12.34, metricInfo('perf', 'p50'))).toBe('12.3 ms');
    expect(formatValue(97, metricInfo('vitals', 'performance'))).toBe('97');
  });
});
