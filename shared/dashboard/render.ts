// The dashboard (index.html) and the status page (status.html). Tables of the latest values are
// plain HTML, so the pages say what matters without JavaScript; charts are drawn by
// assets/dashboard.js from the chart specs embedded as JSON (titles, units and axes come with them).
import { escapeHtml as esc, jsonForScript } from './escape.js';
import { formatValue, type MetricInfo, metricInfo } from './labels.js';
import type {
  ChartSpec,
  DashboardData,
  DashboardGroup,
  DashboardSeries,
  Figure,
  StatusCheck,
} from './model.js';
import { formatDuration, UPTIME_WINDOWS } from './uptime.js';

export const DATA_ELEMENT_ID = 'dashboard-data';

/** Scripts and styles come only from the site itself; nothing from records can run. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'";

function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return esc(iso);
  const text = `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<time datetime="${esc(d.toISOString())}">${text}</time>`;
}

function link(href: string | undefined, inner: string): string {
  return href ? `<a href="${esc(href)}">${inner}</a>` : inner;
}

function delta(now: number, before: number | undefined, m: MetricInfo): string {
  if (before === undefined || now === before) return '';
  const change = now - before;
  const improved = m.better === undefined ? undefined : change > 0 === (m.better === 'higher');
  const tone = improved === undefined ? 'neutral' : improved ? 'good' : 'bad';
  const sign = change > 0 ? '+' : '−';
  const arrow = change > 0 ? '▲' : '▼';
  const size = formatValue(Math.abs(change), m);
  return ` <span class="delta delta-${tone}" title="change since the previous run">${arrow} ${sign}${esc(size)}</span>`;
}

function verdictBadge(v: { text: string; status: string } | undefined): string {
  return v
    ? `<span class="verdict verdict-${esc(v.status)}">${esc(v.text)}</span>`
    : '<span class="verdict verdict-none">–</span>';
}

function latestRow(s: DashboardSeries, metrics: MetricInfo[]): string {
  const l = s.latest;
  const commit = link(l.commitUrl, `<code>${esc(l.sha.slice(0, 7))}</code>`);
  const run = l.runUrl ? ` ${link(l.runUrl, 'run')}` : '';
  const cells = metrics.map((m) => {
    const value = l.metrics[m.key];
    if (value === undefined) return '<td class="num missing">–</td>';
    return `<td class="num">${esc(formatValue(value, m))}${delta(value, l.previous?.[m.key], m)}</td>`;
  });
  return (
    `<tr><th scope="row">${esc(s.label)}</th><td>${commit}${run}</td><td>${when(l.time)}</td>` +
    `${cells.join('')}<td>${verdictBadge(l.verdict)}</td></tr>`
  );
}

function caption(m: MetricInfo): string {
  return `${esc(m.label)} <span class="unit">(${esc(m.axis)})</span>`;
}

function chartFigure(data: DashboardData, index: number, description: string): string {
  const chart = data.charts[index]!;
  return (
    `<figure class="chart"><figcaption>${esc(chart.title)}</figcaption>` +
    `<div class="canvas-box"><canvas data-chart="${index}" role="img" aria-label="${esc(description)}"></canvas></div></figure>`
  );
}

function renderGroup(data: DashboardData, g: DashboardGroup): string {
  const head = g.metrics.map((m) => `<th scope="col" class="num">${caption(m)}</th>`).join('');
  const rows = g.series.map((s) => latestRow(s, g.metrics)).join('\n');
  const omitted =
    g.omittedSeries.length > 0
      ? `<p class="omitted">Not charted (less recently measured): ${g.omittedSeries.map(esc).join(', ')}</p>`
      : '';
  const charts = g.charts
    .map((c, i) => chartFigure(data, c, `${g.metrics[i]!.label} of ${g.name} over time, per branch`))
    .join('\n');
  const targets = [...new Set(g.series.flatMap((s) => (s.latest.target ? [s.latest.target] : [])))];
  const target =
    targets.length > 0
      ? `<p class="target">Target: ${targets.map((t) => link(t, esc(t))).join(', ')}</p>\n`
      : '';
  return `<article class="group" id="${esc(g.id)}">
<h3>${esc(g.name)} <span class="kind">${esc(g.kind)}</span></h3>
${target}<div class="table-wrap"><table class="latest">
<caption>Latest run per branch</caption>
<thead><tr><th scope="col">Branch</th><th scope="col">Commit</th><th scope="col">When</th>${head}<th scope="col">Verdict</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
${omitted}
<div class="charts">
${charts}
</div>
</article>`;
}

function pct(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${(Math.floor(value * 100) / 100).toFixed(2)}%`;
}

function stateBadge(state: string): string {
  const text = { up: 'up', degraded: 'degraded', down: 'down', unknown: 'unknown' }[state] ?? state;
  return `<span class="state state-${esc(state)}">${esc(text)}</span>`;
}

function trendArrow(f: Figure, m: MetricInfo): string {
  if (f.previous === undefined) return '';
  return (
    delta(f.value, f.previous, m) ||
    ' <span class="delta delta-neutral" title="unchanged since the previous run">=</span>'
  );
}

function overviewTable(head: string[], rows: string[], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${esc(empty)}</p>`;
  return `<div class="table-wrap"><table class="overview-table"><thead><tr>${head
    .map((h) => `<th scope="col">${h}</th>`)
    .join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

function renderOverview(data: DashboardData): string {
  const o = data.overview;
  const parts: string[] = [];
  if (o.coverage.length > 0) {
    const keys = ['lines', 'branches', 'functions'].filter((k) => o.coverage.some((c) => c.figures[k]));
    const metrics = keys.map((k) => metricInfo('coverage', k));
    const rows = o.coverage.map((c) => {
      const cells = metrics.map((m) => {
        const f = c.figures[m.key];
        return f
          ? `<td class="num">${esc(formatValue(f.value, m))}${trendArrow(f, m)}</td>`
          : '<td class="num missing">–</td>';
      });
      return `<tr><th scope="row"><a href="#${esc(c.group)}">${esc(c.name)}</a></th>${cells.join('')}<td>${when(c.time)}</td></tr>`;
    });
    parts.push(
      `<div class="panel" id="overview-coverage"><h3>Coverage</h3>${overviewTable(
        ['Instance', ...metrics.map(caption), 'Last run'],
        rows,
        '',
      )}</div>`,
    );
  }
  if (o.perf.length > 0) {
    const rows = o.perf.map(
      (p) =>
        `<tr><th scope="row"><a href="#${esc(p.group)}">${esc(p.name)}</a></th><td>${verdictBadge(p.verdict)}</td><td>${esc(p.mode ?? '–')}</td><td>${when(p.time)}</td></tr>`,
    );
    parts.push(
      `<div class="panel" id="overview-perf"><h3>Performance</h3>${overviewTable(['Benchmark', 'Last verdict', 'Mode', 'Last run'], rows, '')}</div>`,
    );
  }
  if (o.vitals.length > 0) {
    const keys = ['performance', 'accessibility', 'best-practices', 'seo'].filter((k) =>
      o.vitals.some((v) => v.scores[k] !== undefined),
    );
    const metrics = keys.map((k) => metricInfo('vitals', k));
    const rows = o.vitals.map((v) => {
      const cells = metrics.map((m) => {
        const s = v.scores[m.key];
        return s === undefined
          ? '<td class="num missing">–</td>'
          : `<td class="num">${esc(formatValue(s, m))}</td>`;
      });
      return `<tr><th scope="row"><a href="#${esc(v.group)}">${esc(v.name)}</a></th>${cells.join('')}<td>${when(v.time)}</td></tr>`;
    });
    parts.push(
      `<div class="panel" id="overview-vitals"><h3>Web vitals</h3>${overviewTable(
        ['Page', ...metrics.map((m) => `${esc(m.label)} <span class="unit">(0–100)</span>`), 'Last run'],
        rows,
        '',
      )}</div>`,
    );
  }
  if (data.checks.length > 0) {
    const rows = data.checks.map(
      (c) =>
        `<tr><th scope="row"><a href="status.html#${esc(c.id)}">${esc(c.environment)} / ${esc(c.name)}</a></th><td>${stateBadge(c.state)}</td><td class="num">${pct(c.uptime.d1)}</td><td class="num">${pct(c.uptime.d7)}</td><td class="num">${pct(c.uptime.d30)}</td></tr>`,
    );
    parts.push(
      `<div class="panel" id="overview-uptime"><h3>Uptime</h3>${overviewTable(['Check', 'Now', 'Uptime 24 h', 'Uptime 7 d', 'Uptime 30 d'], rows, '')}</div>`,
    );
  }
  const open = data.checks.flatMap((c) => c.outages.filter((x) => x.open).map((x) => ({ c, x })));
  parts.push(
    `<div class="panel" id="overview-incidents"><h3>Open incidents</h3>${
      open.length === 0
        ? '<p class="empty">None: every check answered on its last run.</p>'
        : `<ul class="incidents">${open
            .map(
              ({ c, x }) =>
                `<li><a href="status.html#${esc(c.id)}">${esc(c.environment)} / ${esc(c.name)}</a>: down since ${when(x.start)} (${esc(formatDuration(x.durationMs))})</li>`,
            )
            .join('')}</ul>`
    }</div>`,
  );
  return `<section class="overview" id="overview">\n<h2>Overview</h2>\n<div class="panels">\n${parts.join('\n')}\n</div>\n</section>`;
}

function incidentList(c: StatusCheck, limit = 20): string {
  if (c.outages.length === 0) return '<p class="empty">No incidents recorded.</p>';
  const items = [...c.outages]
    .reverse()
    .slice(0, limit)
    .map(
      (x) =>
        `<li class="incident${x.open ? ' incident-open' : ''}">${x.open ? '<strong>Ongoing</strong>: down' : 'Down'} from ${when(x.start)}${
          x.end ? ` to ${when(x.end)}` : ''
        }, <span class="duration">${esc(formatDuration(x.durationMs))}</span> (${x.runs} failed run${x.runs === 1 ? '' : 's'})</li>`,
    );
  return `<ul class="incidents">${items.join('')}</ul>`;
}

function renderCheck(data: DashboardData, c: StatusCheck, level: 'h3' | 'h4'): string {
  const windows = UPTIME_WINDOWS.map(
    (w) => `<td class="num" title="${c.samples[w.key]} run(s)">${pct(c.uptime[w.key])}</td>`,
  ).join('');
  const badges = `<p class="badges"><img src="${esc(c.badges.uptime)}" alt="uptime 30 d: ${pct(c.uptime.d30)}">${
    c.badges.responseTime ? ` <img src="${esc(c.badges.responseTime)}" alt="response time">` : ''
  }</p>`;
  const rt = metricInfo('uptime', 'response_time');
  const chart =
    c.chart === undefined
      ? ''
      : `<div class="charts">${chartFigure(data, c.chart, `Response time of ${c.name} over time`)}</div>`;
  return `<article class="check" id="${esc(c.id)}">
<${level}>${stateBadge(c.state)} ${esc(c.name)} <span class="kind">${esc(c.environment)}</span></${level}>
<div class="table-wrap"><table class="uptime-table"><thead><tr><th scope="col">Last checked</th><th scope="col">Response time</th>${UPTIME_WINDOWS.map(
    (w) => `<th scope="col" class="num">Uptime ${esc(w.label)}</th>`,
  ).join('')}</tr></thead>
<tbody><tr><td>${when(c.lastChecked)}</td><td class="num">${c.lastMs === undefined ? '–' : esc(formatValue(c.lastMs, rt))}</td>${windows}</tr></tbody></table></div>
${badges}
${chart}
<h5>Incident history</h5>
${incidentList(c)}
</article>`;
}

function byEnvironment(checks: readonly StatusCheck[]): Map<string, StatusCheck[]> {
  const out = new Map<string, StatusCheck[]>();
  for (const c of checks) {
    const list = out.get(c.environment);
    if (list) list.push(c);
    else out.set(c.environment, [c]);
  }
  return out;
}

function renderNav(data: DashboardData): string {
  const items = [
    '<li><a href="#overview">Overview</a></li>',
    ...data.sections.map(
      (s) =>
        `<li><strong>${esc(s.title)}</strong>: ${s.groups
          .map((g) => `<a href="#${esc(g.id)}">${esc(g.name)}</a>`)
          .join(', ')}</li>`,
    ),
  ];
  if (data.checks.length > 0)
    items.push('<li><a href="#uptime">Uptime</a> (<a href="status.html">status page</a>)</li>');
  return `<nav aria-label="Contents"><ul>${items.join('')}</ul></nav>`;
}

/** The chart specs a page draws, by index (a status page carries only its checks' charts). */
function chartsFor(data: DashboardData, only?: readonly number[]): Record<number, ChartSpec> {
  const out: Record<number, ChartSpec> = {};
  for (const i of only ?? data.charts.keys()) if (data.charts[i]) out[i] = data.charts[i];
  return out;
}

function page(
  data: DashboardData,
  title: string,
  header: string,
  main: string,
  only?: readonly number[],
): string {
  const repos =
    data.repos.length > 0 ? ` for ${data.repos.map((r) => `<code>${esc(r)}</code>`).join(', ')}` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="shipshape dashboard">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/dashboard.css">
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">${data.records} record${data.records === 1 ? '' : 's'}${repos}; generated ${when(data.generatedAt)}.</p>
${header}
</header>
<main>
<noscript><p class="notice">Charts need JavaScript; the tables show the latest values.</p></noscript>
<p id="chart-status" class="notice" hidden></p>
${main}
</main>
<footer><p>Made by shipshape from its history store. Charts: Chart.js (MIT).</p></footer>
<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript({ charts: chartsFor(data, only) })}</script>
<script src="assets/chart.umd.min.js"></script>
<script src="assets/dashboard.js"></script>
</body>
</html>
`;
}

export function renderDashboardHtml(data: DashboardData): string {
  if (data.sections.length === 0 && data.checks.length === 0) {
    return page(
      data,
      data.title,
      '',
      '<p class="empty">No history records were found. Records appear here once the actions have stored history on a branch.</p>',
    );
  }
  const sections = data.sections.map(
    (s, i) =>
      `<section class="kind-section" id="kind-${i}">\n<h2>${esc(s.title)}</h2>\n` +
      `${s.groups.map((g) => renderGroup(data, g)).join('\n')}\n</section>`,
  );
  if (data.checks.length > 0) {
    sections.push(
      `<section class="kind-section" id="uptime">\n<h2>Uptime</h2>\n<p>The same checks on the <a href="status.html">status page</a>, by environment.</p>\n` +
        `${data.checks.map((c) => renderCheck(data, c, 'h3')).join('\n')}\n</section>`,
    );
  }
  return page(data, data.title, renderNav(data), `${renderOverview(data)}\n${sections.join('\n')}`);
}

/** What a status page says at the top: the worst current state of any check. */
export function overallStatus(checks: readonly StatusCheck[]): { state: string; text: string } {
  if (checks.length === 0) return { state: 'unknown', text: 'No checks recorded yet' };
  const down = checks.filter((c) => c.state === 'down').length;
  if (down > 0)
    return { state: 'down', text: `${down} of ${checks.length} check${checks.length === 1 ? '' : 's'} down` };
  if (checks.some((c) => c.state === 'degraded')) return { state: 'degraded', text: 'Degraded performance' };
  return { state: 'up', text: 'All checks operational' };
}

export function renderStatusHtml(data: DashboardData): string {
  const overall = overallStatus(data.checks);
  const environments = [...byEnvironment(data.checks)].map(
    ([env, checks]) =>
      `<section class="environment" id="env-${esc(checks[0]!.id)}">\n<h2>${esc(env)}</h2>\n${checks
        .map((c) => renderCheck(data, c, 'h3'))
        .join('\n')}\n</section>`,
  );
  const header = `<p class="overall overall-${esc(overall.state)}">${esc(overall.text)}</p>\n<nav aria-label="Contents"><ul><li><a href="index.html">Dashboard</a></li></ul></nav>`;
  const main =
    environments.length > 0
      ? environments.join('\n')
      : '<p class="empty">No uptime records were found. They appear once deploy-smoke-health has run in uptime mode on the default branch.</p>';
  const charts = data.checks.flatMap((c) => (c.chart === undefined ? [] : [c.chart]));
  return page(data, `${data.title}: status`, header, main, charts);
}
