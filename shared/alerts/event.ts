// What an alert says, whatever the channel: one check in one environment changed state.

export type AlertKind = 'down' | 'degraded' | 'recovered';

export interface AlertEvent {
  kind: AlertKind;
  environment: string;
  check: string;
  /** Redacted. */
  url: string;
  fingerprint: string;
  failureClass?: string;
  message: string;
  /** When the incident started (ISO). */
  since: string;
  /** When this run saw the change (ISO). */
  at: string;
  runbookUrl?: string;
  issueUrl?: string;
  runUrl?: string;
  /** The check failed, recovered and failed again within the cool-down. */
  flapping?: boolean;
}

export const EMOJI: Record<AlertKind, string> = { down: '🔴', degraded: '🟠', recovered: '✅' };

export function headline(e: AlertEvent): string {
  const what = e.kind === 'recovered' ? 'recovered' : `is ${e.kind}${e.flapping ? ' again (flapping)' : ''}`;
  return `[${e.environment}] ${e.check} ${what}`;
}

/** Minutes (or hours) between two ISO times, for "down for 12 min". */
export function durationText(fromIso: string, toIso: string): string {
  const ms = Date.parse(toIso) - Date.parse(fromIso);
  if (!Number.isFinite(ms) || ms < 0) return 'unknown';
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${min % 60} min`;
}

export function plainText(e: AlertEvent): string {
  const parts = [`${EMOJI[e.kind]} ${headline(e)}`, e.url];
  if (e.kind === 'recovered') parts.push(`down for ${durationText(e.since, e.at)}`);
  else parts.push(`${e.failureClass ? `${e.failureClass}: ` : ''}${e.message}`);
  if (e.runbookUrl) parts.push(`runbook: ${e.runbookUrl}`);
  return parts.join(' — ');
}

export function links(e: AlertEvent): { title: string; url: string }[] {
  return [
    ...(e.runbookUrl ? [{ title: 'Runbook', url: e.runbookUrl }] : []),
    ...(e.issueUrl ? [{ title: 'Incident issue', url: e.issueUrl }] : []),
    ...(e.runUrl ? [{ title: 'Workflow run', url: e.runUrl }] : []),
  ];
}

export function facts(e: AlertEvent): { title: string; value: string }[] {
  return [
    { title: 'Environment', value: e.environment },
    { title: 'Check', value: e.check },
    { title: 'URL', value: e.url },
    ...(e.kind === 'recovered'
      ? [{ title: 'Down for', value: durationText(e.since, e.at) }]
      : [
          { title: 'Failure', value: `${e.failureClass ? `${e.failureClass}: ` : ''}${e.message}` },
          { title: 'Since', value: e.since },
        ]),
  ];
}
