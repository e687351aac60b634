// Delivers one alert to one channel. A webhook URL is a credential (whoever has it can post), so
// errors name the channel and the URL's origin only.
import { retryAfterHeaderMs } from '../http/retry-after.js';
import { type AttemptOutcome, retryableStatus, retrying } from '../http/retrying.js';
import { maskWebhookUrl, scrub } from '../probes/redact.js';
import { discordPayload } from './discord.js';
import type { AlertEvent } from './event.js';
import { slackPayload } from './slack.js';
import { teamsPayload } from './teams.js';
import { SIGNATURE_HEADER, signBody, TIMESTAMP_HEADER, webhookPayload } from './webhook.js';

export type ChannelKind = 'slack' | 'discord' | 'teams' | 'webhook';

export interface AlertChannel {
  kind: ChannelKind;
  url: string;
  /** HMAC secret for the generic webhook. */
  secret?: string;
}

export interface DeliveryResult {
  channel: ChannelKind;
  /** Masked. */
  target: string;
  ok: boolean;
  status?: number;
  error?: string;
  /** Requests made (1 when the first one was accepted). */
  attempts?: number;
}

export interface SendOptions {
  timeoutMs?: number;
  /** Further attempts after a 429, a 5xx or a connection failure. Default 3. */
  retries?: number;
  /** Removed from every payload before it leaves, whatever put them there. */
  secrets?: readonly string[];
  now?: () => Date;
  backoffMs?: number;
  /** The longest `retry-after` honoured; a provider asking for more is reported as failed. Default 60 s. */
  maxRetryAfterMs?: number;
  signal?: AbortSignal;
}

/**
 * How long a provider asked us to wait (`retry-after`: seconds or an HTTP date; Discord also sends
 * a JSON `retry_after` in seconds). undefined when it did not say.
 */
export function retryAfterMs(header: string | null, body: string, now: Date): number | undefined {
  const asked = retryAfterHeaderMs(header, now);
  if (asked !== undefined) return asked;
  const m = /"retry_after"\s*:\s*(\d+(?:\.\d+)?)/.exec(body);
  return m ? Math.round(Number(m[1]) * 1000) : undefined;
}

const ACCEPTED: Record<ChannelKind, (status: number) => boolean> = {
  slack: (s) => s === 200,
  discord: (s) => s === 200 || s === 204,
  teams: (s) => s === 200 || s === 202,
  webhook: (s) => s >= 200 && s < 300,
};

export function payloadFor(kind: ChannelKind, e: AlertEvent): Record<string, unknown> {
  switch (kind) {
    case 'slack':
      return slackPayload(e);
    case 'discord':
      return discordPayload(e);
    case 'teams':
      return teamsPayload(e);
    case 'webhook':
      return webhookPayload(e);
  }
}

export async function sendAlert(
  channel: AlertChannel,
  e: AlertEvent,
  o: SendOptions = {},
): Promise<DeliveryResult> {
  const target = maskWebhookUrl(channel.url);
  const body = scrub(JSON.stringify(payloadFor(channel.kind, e)), o.secrets ?? []);
  const now = o.now ?? (() => new Date());
  const failure = (error: string, status?: number): DeliveryResult => ({
    channel: channel.kind,
    target,
    ok: false,
    ...(status !== undefined ? { status } : {}),
    error,
  });
  const sendOnce = async (): Promise<AttemptOutcome<DeliveryResult>> => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'shipshape-deploy-smoke-health',
    };
    if (channel.kind === 'webhook' && channel.secret) {
      const ts = Math.floor(now().getTime() / 1000);
      headers[TIMESTAMP_HEADER] = String(ts);
      headers[SIGNATURE_HEADER] = signBody(channel.secret, ts, body);
    }
    try {
      const res = await fetch(channel.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
        redirect: 'error',
      });
      const text = await res.text().catch(() => '');
      if (ACCEPTED[channel.kind](res.status)) {
        return { result: { channel: channel.kind, target, ok: true, status: res.status }, retry: false };
      }
      const asked = retryAfterMs(res.headers.get('retry-after'), text, now());
      return {
        result: failure(`HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`, res.status),
        // Anything but a rate limit or a server error is a request the provider will never take.
        retry: retryableStatus(res.status),
        ...(asked !== undefined ? { retryAfterMs: asked } : {}),
      };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      const why =
        (error as Error).name === 'TimeoutError' ? 'timed out' : (cause ?? (error as Error).message);
      return { result: failure(why), retry: true };
    }
  };
  const maxWait = o.maxRetryAfterMs ?? 60_000;
  const sent = await retrying(sendOnce, {
    attempts: (o.retries ?? 3) + 1,
    backoff: { baseMs: o.backoffMs ?? 1000, maxMs: 10_000 },
    maxRetryAfterMs: maxWait,
    ...(o.signal ? { signal: o.signal } : {}),
  });
  const { result, attempts } = sent;
  if (result.ok) return { ...result, attempts };
  const refused =
    sent.refusedWaitMs !== undefined
      ? ` (asked to retry after ${Math.round(sent.refusedWaitMs / 1000)} s, longer than the ${Math.round(maxWait / 1000)} s shipshape waits)`
      : '';
  return {
    ...result,
    attempts,
    error: scrub(`${result.error}${refused} after ${attempts} attempt${attempts === 1 ? '' : 's'}`, [
      channel.url,
      ...(o.secrets ?? []),
    ]),
  };
}
