// The dashboard page. Tables of the latest values are plain HTML, so the page says what matters
// without JavaScript; the charts are drawn by assets/dashboard.js from the data embedded as JSON.
import { escapeHtml as esc, jsonForScript } from './escape.js';
import { formatValue, type MetricInfo } from './labels.js';
import type { DashboardData, DashboardGroup, DashboardSeries } from './model.js';

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

function latestRow(s: DashboardSeries, metrics: MetricInfo[]): string {
  const l = s.latest;
  const commit = link(l.commitUrl, `<code>${esc(l.sha.slice(0, 7))}</code>`);
  const run = l.runUrl ? ` ${link(l.runUrl, 'run')}` : '';
  const cells = metrics.map((m) => {
    const value = l.metrics[m.key];
    if (value === undefined) return '<td class="num missing">–</td>';
    return `<td class="num">${esc(formatValue(value, m))}${delta(value, l.previous?.[m.key], m)}</td>`;
  });
  const verdict = l.verdict
    ? `<span class="verdict verdict-${l.verdict.status}">${esc(l.verdict.text)}</span>`
    : '<span class="verdict verdict-none">–</span>';
  return (
    `<tr><th scope="row">${esc(s.label)}</th><td>${commit}${run}</td><td>${when(l.time)}</td>` +
    `${cells.join('')}<td>${verdict}</td></tr>`
  );
}

function chartCaption(m: MetricInfo): string {
  return m.unit ? `${esc(m.label)} <span class="unit">(${esc(m.unit)})</span>` : esc(m.label);
}

function renderGroup(g: DashboardGroup): string {
  const head = g.metrics.map((m) => `<th scope="col" class="num">${chartCaption(m)}</th>`).join('');
  const rows = g.series.map((s) => latestRow(s, g.metrics)).join('\n');
  const omitted =
    g.omittedSeries.length > 0
      ? `<p class="omitted">Not charted (less recently measured): ${g.omittedSeries.map(esc).join(', ')}</p>`
      : '';
  const charts = g.metrics
    .map(
      (m, i) =>
        `<figure class="chart"><figcaption>${chartCaption(m)}</figcaption>` +
        `<div class="canvas-box"><canvas data-group="${esc(g.id)}" data-metric="${i}" role="img" ` +
        `aria-label="${esc(`${m.label} of ${g.name} over time, per branch`)}"></canvas></div></figure>`,
    )
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

function renderNav(data: DashboardData): string {
  const items = data.sections.map(
    (s) =>
      `<li><strong>${esc(s.title)}</strong>: ${s.groups
        .map((g) => `<a href="#${esc(g.id)}">${esc(g.name)}</a>`)
        .join(', ')}</li>`,
  );
  return `<nav aria-label="Contents"><ul>${items.join('')}</ul></nav>`;
}

export function renderDashboardHtml(data: DashboardData): string {
  const sections = data.sections
    .map(
      (s, i) =>
        `<section class="kind-section" id="kind-${i}">\n<h2>${esc(s.title)}</h2>\n` +
        `${s.groups.map(renderGroup).join('\n')}\n</section>`,
    )
    .join('\n');
  const repos =
    data.repos.length > 0 ? ` for ${data.repos.map((r) => `<code>${esc(r)}</code>`).join(', ')}` : '';
  const body =
    data.sections.length > 0
      ? `${renderNav(data)}\n</header>\n<main>\n<noscript><p class="notice">Charts need JavaScript; the tables show the latest values.</p></noscript>\n<p id="chart-status" class="notice" hidden></p>\n${sections}\n</main>`
      : '</header>\n<main>\n<p class="empty">No history records were found. Records appear here once the actions have stored history on a branch.</p>\n</main>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="shipshape dashboard">
<title>${esc(data.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/dashboard.css">
</head>
<body>
<header>
<h1>${esc(data.title)}</h1>
<p class="meta">${data.records} record${data.records === 1 ? '' : 's'}${repos}; generated ${when(data.generatedAt)}.</p>
${body}
<footer><p>Made by shipshape from its history store. Charts: Chart.js (MIT).</p></footer>
<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(data)}</script>
<script src="assets/chart.umd.min.js"></script>
<script src="assets/dashboard.js"></script>
</body>
</html>
`;
}
