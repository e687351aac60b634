// Every report and alert links to the runbook entry that says what its failure means and what to do
// first. Pages live in docs/runbooks/ with explicit anchors (a test checks they exist).

export const RUNBOOK_BASE = 'https://github.com/shipshape/shipshape/blob/v1/docs/runbooks/';

export type RunbookPage =
  | 'coverage-gate'
  | 'coverage-comment'
  | 'perf-regression'
  | 'lighthouse-vitals'
  | 'deploy-smoke-health';

export function runbookUrl(page: RunbookPage, anchor: string): string {
  return `${RUNBOOK_BASE}${page}.md#${anchor}`;
}

/** The coverage-gate runbook anchor of a gate id (`min-lines`, `path:<glob>:lines`, `min-patch`, ...). */
export function coverageGateAnchor(gateId: string): string {
  if (gateId.startsWith('path:')) return 'per-path';
  if (gateId === 'min-patch') return 'patch';
  if (gateId === 'max-drop') return 'max-drop';
  return gateId.replace(/^min-/, '');
}

const SMOKE_ANCHORS: Record<string, string> = {
  dns: 'dns',
  connect: 'connect',
  tls: 'tls-expiring',
  timeout: 'timeout',
  status: 'status',
  assertion: 'assertion',
};

/** The deploy-smoke-health runbook anchor for a failure class (or a degraded / down check). */
export function smokeRunbookAnchor(failureClass: string | undefined, degraded = false): string {
  if (failureClass && SMOKE_ANCHORS[failureClass]) return SMOKE_ANCHORS[failureClass];
  return degraded ? 'degraded' : 'down';
}
