// What a server asked for in `retry-after` (RFC 9110 §10.2.3): delay-seconds or an HTTP date. The one
// reading of it for every client shipshape has: GitHub, alert channels, Sentry.

/** Milliseconds to wait, or undefined when the header says nothing usable. A date in the past is 0. */
export function retryAfterHeaderMs(
  header: string | null | undefined,
  now: Date = new Date(),
): number | undefined {
  const raw = header?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  // An HTTP date names its weekday and month; Date.parse alone would take '-3' for a year.
  const at = /[a-z]/i.test(raw) ? Date.parse(raw) : Number.NaN;
  return Number.isFinite(at) ? Math.max(0, at - now.getTime()) : undefined;
}
