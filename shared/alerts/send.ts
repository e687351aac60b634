// Delivers one alert to one channel. A webhook URL is a credential (whoever has it can post), so
// errors name the channel and the URL's origin only.
import { backoffDelay, sleep } from '../probes/backoff.js';
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
}

export interface SendOptions {
  timeoutMs?: number;
  retries?: number;
  /** Removed from every payload before it leaves, whatever put them there. */
  secrets?: readonly string[];
  now?: () => Date;
  backoffMs?: number;
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
  const retries = o.retries ?? 2;
  let last: DeliveryResult = { channel: channel.kind, target, ok: false, error: 'not sent' };
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(backoffDelay(attempt, { baseMs: o.backoffMs ?? 1000, maxMs: 10_000 }));
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'shipshape-deploy-smoke-health',
    };
    if (channel.kind === 'webhook' && channel.secret) {
      const ts = Math.floor((o.now?.() ?? new Date()).getTime() / 1000);
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
      if (ACCEPTED[channel.kind](res.status))
        return { channel: channel.kind, target, ok: true, status: res.status };
      last = {
        channel: channel.kind,
        target,
        ok: false,
        status: res.status,
        error: `HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`,
      };
      if (res.status < 500 && res.status !== 429) break;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      last = {
        channel: channel.kind,
        target,
        ok: false,
        error: `${(error as Error).name === 'TimeoutError' ? 'timed out' : (cause ?? (error as Error).message)}`,
      };
    }
  }
  return {
    ...last,
    ...(last.error ? { error: scrub(last.error, [channel.url, ...(o.secrets ?? [])]) } : {}),
  };
}
