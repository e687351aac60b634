// A generic JSON webhook for anything else (PagerDuty bridges, Opsgenie, a team's own bot). Signed so
// the receiver can tell it came from this workflow: HMAC-SHA256 over `<timestamp>.<body>` with the
// shared secret, sent as `X-Shipshape-Signature: sha256=<hex>` with `X-Shipshape-Timestamp` (Unix
// seconds); receivers should reject timestamps older than five minutes to stop replays.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type AlertEvent, safeUrl, withoutControls } from './event.js';

export const WEBHOOK_SCHEMA = 'shipshape.alert/v1';
export const SIGNATURE_HEADER = 'x-shipshape-signature';
export const TIMESTAMP_HEADER = 'x-shipshape-timestamp';

/**
 * Values stay data (JSON strings, not markup): environment, check name, URL and failure message come
 * from the config and the monitored service, so a receiver that renders them must escape them for
 * its own format. Control and bidirectional-override characters are removed here; links are
 * http(s) or null.
 */
export function webhookPayload(e: AlertEvent): Record<string, unknown> {
  const t = withoutControls;
  return {
    schema: WEBHOOK_SCHEMA,
    event: e.kind,
    environment: t(e.environment),
    check: { name: t(e.check), url: t(e.url), fingerprint: e.fingerprint },
    ...(e.kind !== 'recovered' ? { failure: { class: e.failureClass ?? null, message: t(e.message) } } : {}),
    since: e.since,
    at: e.at,
    flapping: e.flapping === true,
    links: {
      runbook: safeUrl(e.runbookUrl) ?? null,
      issue: safeUrl(e.issueUrl) ?? null,
      run: safeUrl(e.runUrl) ?? null,
    },
  };
}

export function signBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does; exported for tests and documented in docs/deploy-smoke-health.md. */
export function verifySignature(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
  nowSec: number,
  toleranceSec = 300,
): boolean {
  const ts = Number(timestamp);
  if (!Number.isSafeInteger(ts) || Math.abs(nowSec - ts) > toleranceSec) return false;
  const expected = Buffer.from(signBody(secret, ts, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
