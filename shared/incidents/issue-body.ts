// An incident issue carries its own state: a hidden fingerprint marker that ties it to one check,
// and a hidden JSON line with what the state machine needs next run. No git commit holds state.
import { code, escapeText, link } from '../report/markdown.js';
import type { OpenIncident, Severity } from './machine.js';

export const INCIDENT_MARKER = 'shipshape:deploy-smoke-health:incident';
const STATE_MARKER = 'shipshape:incident-state';

export interface IncidentState {
  severity: Severity;
  openedAt: string;
  lastAlertAt?: string;
  alerted: boolean;
}

export interface IncidentFacts {
  fingerprint: string;
  environment: string;
  name: string;
  url: string;
  failureClass?: string;
  message: string;
  runUrl?: string;
  runbookUrl?: string;
}

export function fingerprintMarker(fingerprint: string): string {
  return `<!-- ${INCIDENT_MARKER} fingerprint=${fingerprint} -->`;
}

export function readFingerprint(body: string | null | undefined): string | undefined {
  const m = new RegExp(`<!-- ${INCIDENT_MARKER} fingerprint=([0-9a-f]{6,64}) -->`).exec(body ?? '');
  return m?.[1];
}

export function readIncidentState(body: string | null | undefined): IncidentState | undefined {
  const m = new RegExp(`<!-- ${STATE_MARKER} (\\{[^\\n]*\\}) -->`).exec(body ?? '');
  if (!m?.[1]) return undefined;
  try {
    const v = JSON.parse(m[1]) as Partial<IncidentState>;
    if ((v.severity !== 'down' && v.severity !== 'degraded') || typeof v.openedAt !== 'string')
      return undefined;
    return {
      severity: v.severity,
      openedAt: v.openedAt,
      ...(typeof v.lastAlertAt === 'string' ? { lastAlertAt: v.lastAlertAt } : {}),
      alerted: v.alerted === true,
    };
  } catch {
    return undefined;
  }
}

export function incidentTitle(f: Pick<IncidentFacts, 'environment' | 'name'>, severity: Severity): string {
  return `[${f.environment}] ${f.name} is ${severity}`;
}

export function incidentBody(f: IncidentFacts, state: IncidentState): string {
  const safeState = JSON.stringify(state).replace(/-->/g, '');
  const lines = [
    fingerprintMarker(f.fingerprint),
    `<!-- ${STATE_MARKER} ${safeState} -->`,
    `**${escapeText(f.name)}** in environment **${escapeText(f.environment)}** is **${state.severity}** since ${escapeText(state.openedAt)}.`,
    '',
    `- URL: ${code(f.url)}`,
    `- Failure: ${f.failureClass ? `${code(f.failureClass)} ` : ''}${escapeText(f.message)}`,
    ...(f.runbookUrl ? [`- Runbook: ${link(f.runbookUrl, f.runbookUrl)}`] : []),
    ...(f.runUrl ? [`- Detected by: ${link('this workflow run', f.runUrl)}`] : []),
    '',
    'This issue was opened by shipshape deploy-smoke-health. It is commented on when the state changes and closed automatically after the check passes again.',
  ];
  return `${lines.join('\n')}\n`;
}

export function stateOf(open: OpenIncident): IncidentState {
  return {
    severity: open.severity,
    openedAt: open.openedAt,
    ...(open.lastAlertAt ? { lastAlertAt: open.lastAlertAt } : {}),
    alerted: open.alerted,
  };
}

export function changeComment(f: IncidentFacts, text: string): string {
  return `${escapeText(text)}\n\n- Failure: ${f.failureClass ? `${code(f.failureClass)} ` : ''}${escapeText(f.message)}${f.runUrl ? `\n- Run: ${link('workflow run', f.runUrl)}` : ''}\n`;
}
