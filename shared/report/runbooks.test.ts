import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageGateAnchor, RUNBOOK_BASE, runbookUrl, smokeRunbookAnchor } from './runbooks.js';

function anchors(page: string): Set<string> {
  const text = readFileSync(new URL(`../../docs/runbooks/${page}.md`, import.meta.url), 'utf8');
  return new Set([...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!));
}

describe('runbook links', () => {
  it('point at anchors that exist for every coverage gate and condition', () => {
    const defined = anchors('coverage-gate');
    const ids = [
      'min-lines',
      'min-branches',
      'min-functions',
      'min-statements',
      'path:web/**:lines',
      'min-patch',
      'max-drop',
    ];
    for (const id of ids) expect(defined, id).toContain(coverageGateAnchor(id));
    expect(defined).toContain('no-reports');
    expect(defined).toContain('unmatched-paths');
    expect(anchors('coverage-comment')).toContain('comment-not-posted');
  });

  it('has a deploy-smoke-health anchor for every failure class', () => {
    const defined = anchors('deploy-smoke-health');
    for (const failure of ['dns', 'connect', 'tls', 'timeout', 'status', 'assertion', undefined]) {
      expect(defined, String(failure)).toContain(smokeRunbookAnchor(failure));
    }
    expect(defined).toContain(smokeRunbookAnchor(undefined, true));
  });

  it('has the anchors perf-regression and lighthouse-vitals reports link to', () => {
    for (const anchor of ['regression', 'inconclusive', 'hard-limit'])
      expect(anchors('perf-regression')).toContain(anchor);
    expect(anchors('lighthouse-vitals')).toContain('budget');
  });

  it('builds URLs under the published docs', () => {
    expect(runbookUrl('coverage-gate', 'patch')).toBe(`${RUNBOOK_BASE}coverage-gate.md#patch`);
  });
});
