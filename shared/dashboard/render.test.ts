import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../test/support/history-records.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { shapeDashboard } from './model.js';
import { DATA_ELEMENT_ID, renderDashboardHtml } from './render.js';

const HOSTILE = `</script><img src=x onerror="window.pwned=1">'&<!--`;
const options = { title: HOSTILE, generatedAt: '2025-01-02T00:00:00.000Z' };

function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function embeddedJson(html: string): string {
  const open = `<script type="application/json" id="${DATA_ELEMENT_ID}">`;
  const start = html.indexOf(open);
  expect(start).toBeGreaterThan(0);
  return html.slice(start + open.length, html.indexOf('</script>', start));
}

describe('escapeHtml', () => {
  it('leaves no markup characters and decodes back to the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(decodeEntities(out)).toBe(s);
      }),
    );
  });
});

describe('jsonForScript', () => {
  it('never contains < and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const out = jsonForScript(v);
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});

describe('renderDashboardHtml', () => {
  const hostile = makeRecord({
    kind: HOSTILE,
    name: HOSTILE,
    branch: HOSTILE,
    repo: HOSTILE,
    sha: HOSTILE,
    metrics: { [HOSTILE]: 1, lines: 2 },
    meta: { verdict: HOSTILE, url: `https://example.com/${HOSTILE}` },
  });
  const data = shapeDashboard([hostile, makeRecord()], options);
  const html = renderDashboardHtml(data);

  it('escapes hostile names, branches, SHAs, verdicts and URLs everywhere', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/onerror="/);
    // Exactly the page's own three script elements, each closed once.
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).toContain(escapeHtml(HOSTILE));
  });

  it('embeds the data as JSON that cannot close its element and reads back unchanged', () => {
    const json = embeddedJson(html);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ charts: JSON.parse(JSON.stringify({ ...data.charts })) });
  });

  it('shows the latest value of each metric per branch with its verdict', () => {
    const records = [
      makeRecord({ kind: 'perf', name: 'api', time: '2025-01-01T00:00:00Z', metrics: { p50: 20 } }),
      makeRecord({
        kind: 'perf',
        name: 'api',
        time: '2025-01-01T01:00:00Z',
        metrics: { p50: 25.25 },
        meta: { verdict: 'regression' },
      }),
    ];
    const page = renderDashboardHtml(shapeDashboard(records, { ...options, title: 'x' }));
    const group = page.slice(page.indexOf('<article class="group"'));
    const row = group.slice(group.indexOf('<tbody>'), group.indexOf('</tbody>'));
    expect(row).toContain('>main<');
    expect(row).toContain('25.3 ms');
    // Latency went up: worse, so shown as bad.
    expect(row).toMatch(/delta-bad[^>]*>▲ \+5\.3 ms/);
    expect(row).toContain('<span class="verdict verdict-fail">regression</span>');
    expect(page).toContain('<figcaption>api: Latency p50 (ms)</figcaption>');
    expect(page).toContain('<canvas data-chart="0"');
  });

  it('puts an overview first: the last perf verdict links to its section', () => {
    const records = [
      makeRecord({
        kind: 'perf',
        name: 'api',
        metrics: { p50: 20 },
        meta: { verdict: 'no change', mode: 'load' },
      }),
    ];
    const page = renderDashboardHtml(shapeDashboard(records, { ...options, title: 'x' }));
    const overview = page.slice(
      page.indexOf('<section class="overview"'),
      page.indexOf('<section class="kind-section"'),
    );
    expect(overview).toContain(
      '<a href="#perf-api-0">api</a></th><td><span class="verdict verdict-pass">no change</span></td><td>load</td>',
    );
    expect(overview).toContain('None: every check answered on its last run.');
  });

  it('says so when there is no history', () => {
    const page = renderDashboardHtml(shapeDashboard([], { ...options, title: 'x' }));
    expect(page).toContain('No history records were found');
    expect(page).not.toContain('<canvas');
  });
});
