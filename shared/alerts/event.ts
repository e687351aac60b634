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

/**
 * Turns text from a config or a monitored service into what a channel shows literally. Every piece
 * of an alert that shipshape did not write itself goes through the channel's escaper, so a check
 * named `<!channel>` or an error message holding `[Click here](https://evil.example)` mentions no
 * one and links nowhere.
 */
export type Escape = (text: string) => string;

/**
 * Control characters and bidirectional overrides removed from untrusted text in every channel: they
 * can hide or reorder what a reader sees (a URL that displays as another).
 */
export function withoutControls(text: string): string {
  // \p{Cc} is every C0/C1 control; tab and newline are kept. \p{Bidi_Control} covers the
  // embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks.
  return text.replace(/(?![\t\n])[\p{Cc}\p{Bidi_Control}]/gu, '');
}

const asIs: Escape = (t) => withoutControls(t);

export function headline(e: AlertEvent, esc: Escape = asIs): string {
  const what = e.kind === 'recovered' ? 'recovered' : `is ${e.kind}${e.flapping ? ' again (flapping)' : ''}`;
  return `[${esc(e.environment)}] ${esc(e.check)} ${what}`;
}

/** Minutes (or hours) between two ISO times, for "down for 12 min". */
export function durationText(fromIso: string, toIso: string): string {
  const ms = Date.parse(toIso) - Date.parse(fromIso);
  if (!Number.isFinite(ms) || ms < 0) return 'unknown';
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${min % 60} min`;
}

export function plainText(e: AlertEvent, esc: Escape = asIs): string {
  const parts = [`${EMOJI[e.kind]} ${headline(e, esc)}`, esc(e.url)];
  if (e.kind === 'recovered') parts.push(`down for ${durationText(e.since, e.at)}`);
  else parts.push(esc(`${e.failureClass ? `${e.failureClass}: ` : ''}${e.message}`));
  const runbook = safeUrl(e.runbookUrl);
  if (runbook) parts.push(`runbook: ${esc(runbook)}`);
  return parts.join(' — ');
}

/** An http(s) URL fit to be a link target, normalised; anything else is no link at all. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** The links shipshape builds itself: runbook, incident issue and run, http(s) only. */
export function links(e: AlertEvent): { title: string; url: string }[] {
  return [
    { title: 'Runbook', url: safeUrl(e.runbookUrl) },
    { title: 'Incident issue', url: safeUrl(e.issueUrl) },
    { title: 'Workflow run', url: safeUrl(e.runUrl) },
  ].filter((l): l is { title: string; url: string } => l.url !== undefined);
}

/** Titles are shipshape's own; values are escaped with the channel's escaper. */
export function facts(e: AlertEvent, esc: Escape = asIs): { title: string; value: string }[] {
  return [
    { title: 'Environment', value: esc(e.environment) },
    { title: 'Check', value: esc(e.check) },
    { title: 'URL', value: esc(e.url) },
    ...(e.kind === 'recovered'
      ? [{ title: 'Down for', value: durationText(e.since, e.at) }]
      : [
          { title: 'Failure', value: esc(`${e.failureClass ? `${e.failureClass}: ` : ''}${e.message}`) },
          { title: 'Since', value: esc(e.since) },
        ]),
  ];
}
