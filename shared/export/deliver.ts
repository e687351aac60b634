// Sends one run's samples to every configured target. A metrics backend never decides a gate:
// each target is tried a few times with backoff, then reported as a warning; nothing throws.
import type { Logger } from '../runtime/logger.js';
import type { MetricSample } from '../runtime/shell.js';
import { sendOtlp, toResourceMetrics } from './otlp.js';
import { encodeExposition, groupingPath } from './pushgateway.js';
import { encodeRemoteWrite } from './remote-write.js';
import type { ExportSettings } from './settings.js';

export interface ExportResult {
  target: 'remote write' | 'OTLP' | 'Pushgateway';
  ok: boolean;
  samples: number;
  /** Why it failed, without URLs' credentials. */
  message?: string;
}

export interface DeliverOptions {
  action: string;
  /** Pushgateway grouping key: one group per repository, action and name. */
  group: Record<string, string>;
  log: Logger;
  attempts?: number;
  /** Backoff unit in ms (1000 in production; tests pass a few). */
  backoffMs?: number;
  timeoutMs?: number;
}

/** Host and path only: a URL given for metrics may carry a token in its query or userinfo. */
export function describeTarget(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

class Retryable extends Error {}

async function post(url: string, init: RequestInit, timeoutMs: number): Promise<void> {
  let response: Response;
  try {
    // Credentials never follow a redirect to wherever it points.
    response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new Retryable(
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error),
    );
  }
  if (response.ok) return;
  const text = (await response.text().catch(() => '')).replace(/\s+/g, ' ').slice(0, 200);
  const message = `HTTP ${response.status}${text ? `: ${text}` : ''}`;
  if (response.status === 429 || response.status >= 500) throw new Retryable(message);
  throw new Error(message);
}

async function withRetries(
  attempts: number,
  backoffMs: number,
  send: () => Promise<void>,
): Promise<string | undefined> {
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await send();
      return undefined;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
      if (!(error instanceof Retryable) || attempt === attempts) break;
      await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
    }
  }
  return last;
}

export async function deliverSamples(
  samples: readonly MetricSample[],
  settings: ExportSettings,
  o: DeliverOptions,
): Promise<ExportResult[]> {
  const attempts = o.attempts ?? 3;
  const backoff = o.backoffMs ?? 1000;
  const timeout = o.timeoutMs ?? 10_000;
  const results: ExportResult[] = [];
  const note = (target: ExportResult['target'], url: URL, message: string | undefined) => {
    results.push({
      target,
      ok: message === undefined,
      samples: samples.length,
      ...(message ? { message } : {}),
    });
    if (message)
      o.log.warning(`Metrics: ${target} to ${describeTarget(url)} failed after retries: ${message}`);
    else o.log.info(`Metrics: ${samples.length} samples sent by ${target} to ${describeTarget(url)}`);
  };
  if (samples.length === 0) return results;

  if (settings.remoteWrite) {
    const { body, headers } = encodeRemoteWrite(samples);
    const url = settings.remoteWrite;
    note(
      'remote write',
      url,
      await withRetries(attempts, backoff, () =>
        post(url.href, { method: 'POST', body, headers: { ...settings.headers, ...headers } }, timeout),
      ),
    );
  }
  if (settings.pushgateway) {
    const url = settings.pushgateway;
    const body = await encodeExposition(
      samples.map((s) => ({ ...s, labels: withoutGroup(s.labels, o.group) })),
    );
    const target = new URL(
      groupingPath(o.group).slice(1),
      url.href.endsWith('/') ? url.href : `${url.href}/`,
    );
    note(
      'Pushgateway',
      url,
      await withRetries(attempts, backoff, () =>
        post(
          target.href,
          {
            method: 'PUT',
            body,
            headers: { ...settings.headers, 'Content-Type': 'text/plain; version=0.0.4' },
          },
          timeout,
        ),
      ),
    );
  }
  if (settings.otlp) {
    const url = settings.otlp;
    const data = toResourceMetrics(samples, o.action);
    note(
      'OTLP',
      url,
      await withRetries(attempts, backoff, async () => {
        const failure = await sendOtlp(url.href, settings.headers, data, timeout);
        if (failure !== undefined) throw new Retryable(failure);
      }),
    );
  }
  return results;
}

/** Labels that are part of the grouping key must not also be pushed as metric labels. */
function withoutGroup(labels: Record<string, string>, group: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([k]) => !(k in group)));
}
