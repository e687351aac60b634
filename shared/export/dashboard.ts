// What the metric catalog becomes for people: the table in docs/metrics.md and a Grafana dashboard
// (docs/grafana/shipshape.json) whose every query names catalogued metrics and labels.
import { COMMON_LABELS, METRICS, type MetricName } from './catalog.js';

const UNIT_TEXT: Record<string, string> = {
  ratio: 'ratio (0–1)',
  seconds: 'seconds',
  bytes: 'bytes',
  score: 'score (unitless)',
  boolean: '1 or 0',
  count: 'count',
};

export function renderMetricsTable(): string {
  const rows = Object.entries(METRICS).map(
    ([name, d]) =>
      `| \`${name}\` | ${UNIT_TEXT[d.unit]} | ${[...COMMON_LABELS, ...d.labels].map((l) => `\`${l}\``).join(', ')} | ${d.action} | ${d.help} |`,
  );
  return [
    '| metric | unit | labels | emitted by | meaning |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

interface Panel {
  title: string;
  unit: string;
  expr: string;
  legend: string;
  type?: 'timeseries' | 'stat' | 'table';
}

const PANELS: Panel[] = [
  {
    title: 'Coverage per instance (headline)',
    unit: 'percentunit',
    expr: 'max by (repo, name) (shipshape_coverage_ratio{metric="headline", branch=~"$branch", repo=~"$repo"})',
    legend: '{{repo}} {{name}}',
  },
  {
    title: 'Coverage by metric',
    unit: 'percentunit',
    expr: 'max by (repo, name, metric) (shipshape_coverage_ratio{metric!="headline", branch=~"$branch", repo=~"$repo"})',
    legend: '{{repo}} {{name}} {{metric}}',
  },
  {
    title: 'Gates passed',
    unit: 'none',
    type: 'stat',
    expr: 'min by (repo, action, name) (shipshape_gate_passed{branch=~"$branch", repo=~"$repo"})',
    legend: '{{repo}} {{action}} {{name}}',
  },
  {
    title: 'Performance change against base',
    unit: 'percentunit',
    expr: 'max by (repo, name, metric, verdict) (shipshape_perf_change_ratio{repo=~"$repo"})',
    legend: '{{repo}} {{name}} {{metric}} ({{verdict}})',
  },
  {
    title: 'Largest Contentful Paint per URL',
    unit: 's',
    expr: 'max by (url, form_factor) (shipshape_vitals_lcp_seconds{branch=~"$branch", repo=~"$repo"})',
    legend: '{{url}} {{form_factor}}',
  },
  {
    title: 'Cumulative Layout Shift per URL',
    unit: 'none',
    expr: 'max by (url, form_factor) (shipshape_vitals_cls{branch=~"$branch", repo=~"$repo"})',
    legend: '{{url}} {{form_factor}}',
  },
  {
    title: 'Lighthouse scores per URL',
    unit: 'percentunit',
    expr: 'min by (url, category) (shipshape_vitals_score_ratio{branch=~"$branch", repo=~"$repo"})',
    legend: '{{url}} {{category}}',
  },
  {
    title: 'Uptime per check (24 h)',
    unit: 'percentunit',
    type: 'stat',
    expr: 'avg by (environment, check) (avg_over_time(shipshape_check_up{repo=~"$repo"}[24h]))',
    legend: '{{environment}} {{check}}',
  },
  {
    title: 'Response time per check',
    unit: 's',
    expr: 'max by (environment, check) (shipshape_check_latency_seconds{repo=~"$repo"})',
    legend: '{{environment}} {{check}}',
  },
  {
    title: 'Time until certificates expire',
    unit: 's',
    type: 'table',
    expr: 'min by (environment, check) (shipshape_check_certificate_expiry_seconds{repo=~"$repo"})',
    legend: '{{environment}} {{check}}',
  },
];

export function grafanaDashboard(): Record<string, unknown> {
  const variable = (name: string, label: string) => ({
    name,
    label,
    type: 'query',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Grafana's own variable syntax, not a template literal.
    datasource: { type: 'prometheus', uid: '${datasource}' },
    query: `label_values(shipshape_gate_passed, ${label})`,
    includeAll: true,
    multi: true,
    current: { text: 'All', value: '$__all' },
    refresh: 2,
  });
  return {
    title: 'shipshape',
    uid: 'shipshape',
    schemaVersion: 39,
    tags: ['shipshape'],
    time: { from: 'now-30d', to: 'now' },
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus', label: 'Prometheus' },
        variable('repo', 'repo'),
        variable('branch', 'branch'),
      ],
    },
    panels: PANELS.map((p, i) => ({
      id: i + 1,
      title: p.title,
      type: p.type ?? 'timeseries',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Grafana's own variable syntax, not a template literal.
      datasource: { type: 'prometheus', uid: '${datasource}' },
      gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
      fieldConfig: { defaults: { unit: p.unit }, overrides: [] },
      targets: [{ refId: 'A', expr: p.expr, legendFormat: p.legend }],
    })),
  };
}

/** The shipshape metrics and the label names a PromQL expression mentions. */
export function namesInQuery(expr: string): { metrics: string[]; labels: string[] } {
  const metrics = [...expr.matchAll(/\bshipshape_[a-z_]+\b/g)].map((m) => m[0]);
  const labels = [
    ...[...expr.matchAll(/\b(?:by|without)\s*\(([^)]*)\)/g)].flatMap((m) => (m[1] ?? '').split(',')),
    ...[...expr.matchAll(/([a-z_]+)\s*(?:=~|!=|!~|=)\s*"/g)].map((m) => m[1] ?? ''),
  ]
    .map((l) => l.trim())
    .filter(Boolean);
  return { metrics: [...new Set(metrics)], labels: [...new Set(labels)] };
}

export function isCatalogued(name: string): name is MetricName {
  return name in METRICS;
}
