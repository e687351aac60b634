// docs/metrics.md's table and the Grafana dashboard are made from the one metric catalog; every
// query in the dashboard names metrics and labels the exporter really emits.
// `SHIPSHAPE_UPDATE=1 npx vitest run test/export/docs.test.ts` rewrites both files.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelNames, METRICS, type MetricName } from '../../shared/export/catalog.js';
import {
  grafanaDashboard,
  isCatalogued,
  namesInQuery,
  renderMetricsTable,
} from '../../shared/export/dashboard.js';

const ROOT = new URL('../../', import.meta.url);
const DOC = new URL('docs/metrics.md', ROOT);
const GRAFANA = new URL('docs/grafana/shipshape.json', ROOT);
const BEGIN = '<!-- metrics-table: generated from shared/export/catalog.ts -->';
const END = '<!-- /metrics-table -->';
const update = process.env.SHIPSHAPE_UPDATE === '1';

describe('metric docs and the Grafana dashboard', () => {
  it('docs/metrics.md lists every metric from the catalog', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    expect(start, 'docs/metrics.md lacks the table markers').toBeGreaterThan(-1);
    const current = doc.slice(start + BEGIN.length, end).trim();
    const wanted = renderMetricsTable();
    if (update && current !== wanted) {
      writeFileSync(DOC, `${doc.slice(0, start + BEGIN.length)}\n${wanted}\n${doc.slice(end)}`);
      return;
    }
    expect(current).toBe(wanted);
    for (const name of Object.keys(METRICS)) expect(doc).toContain(`\`${name}\``);
  });

  it('docs/grafana/shipshape.json is the dashboard made from the catalog', () => {
    if (update) writeFileSync(GRAFANA, `${JSON.stringify(grafanaDashboard(), null, 2)}\n`);
    // Compared as data: the formatter may lay the file out its own way.
    expect(JSON.parse(readFileSync(GRAFANA, 'utf8'))).toEqual(grafanaDashboard());
  });

  it('every query names catalogued metrics and only labels those metrics carry', () => {
    const dashboard = grafanaDashboard() as { panels: { title: string; targets: { expr: string }[] }[] };
    const used = new Set<string>();
    for (const panel of dashboard.panels) {
      for (const { expr } of panel.targets) {
        const { metrics, labels } = namesInQuery(expr);
        expect(metrics.length, `${panel.title}: no shipshape metric in ${expr}`).toBeGreaterThan(0);
        for (const m of metrics) expect(isCatalogued(m), `${panel.title}: ${m} is not emitted`).toBe(true);
        const allowed = new Set(metrics.flatMap((m) => labelNames(m as MetricName)));
        for (const l of labels)
          expect(allowed.has(l), `${panel.title}: label '${l}' is not on ${metrics}`).toBe(true);
        for (const m of metrics) used.add(m);
      }
    }
    // The dashboard shows every family the actions export, except the regression flag and two secondary vitals.
    const unshown = Object.keys(METRICS).filter((m) => !used.has(m));
    expect(unshown.sort()).toEqual([
      'shipshape_perf_regression',
      'shipshape_vitals_fcp_seconds',
      'shipshape_vitals_tbt_seconds',
    ]);
  });

  it('the label check catches a label the metric does not carry', () => {
    const { labels } = namesInQuery('max by (instance) (shipshape_coverage_ratio{metric="lines"})');
    expect(labels).toEqual(['instance', 'metric']);
    expect(labelNames('shipshape_coverage_ratio')).not.toContain('instance');
  });
});
