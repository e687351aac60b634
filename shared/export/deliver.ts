// Sends one run's samples to every configured target. A metrics backend never decides a gate:
// each target is tried a few times with backoff, then reported as a warning; nothing throws.
import { retryAfterHeaderMs } from '../http/retry-after.js';
import { type AttemptOutcome, type RetryPolicy, retryableStatus, retrying } from '../http/retrying.js';
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

/** One request to a metrics backend: undefined when it was taken, else why not. */
async function post(
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<AttemptOutcome<string | undefined>> {
  let response: Response;
  try {
    // Credentials never follow a redirect to wherever it points.
    response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const why =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { result: why, retry: true };
  }
  if (response.ok) return { result: undefined, retry: false };
  const text = (await response.text().catch(() => '')).replace(/\s+/g, ' ').slice(0, 200);
  const asked = retryAfterHeaderMs(response.headers.get('retry-after'));
  return {
    result: `HTTP ${response.status}${text ? `: ${text}` : ''}`,
    retry: retryableStatus(response.status),
    ...(asked !== undefined ? { retryAfterMs: asked } : {}),
  };
}

export async function deliverSamples(
  samples: readonly MetricSample[],
  settings: ExportSettings,
  o: DeliverOptions,
): Promise<ExportResult[]> {
  const policy: RetryPolicy = {
    attempts: o.attempts ?? 3,
    backoff: { baseMs: o.backoffMs ?? 1000, maxMs: 10_000 },
    maxRetryAfterMs: 30_000,
  };
  const timeout = o.timeoutMs ?? 10_000;
  const send = async (attempt: () => Promise<AttemptOutcome<string | undefined>>) =>
    (await retrying(attempt, policy)).result;
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
      await send(() =>
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
      await send(() =>
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
      await send(async () => {
        // The exporter answers success or why not, never a status: every failure is worth a retry.
        const failure = await sendOtlp(url.href, settings.headers, data, timeout);
        return { result: failure, retry: failure !== undefined };
      }),
    );
  }
  return results;
}

/** Labels that are part of the grouping key must not also be pushed as metric labels. */
function withoutGroup(labels: Record<string, string>, group: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([k]) => !(k in group)));
}
