// Reads and checks every input once, so a typo fails the step before any request is made.
import { HISTORY_BACKENDS, type HistoryBackendName } from '../history/select.js';
import { EXIT, InputError } from '../runtime/errors.js';
import {
  type InputSource,
  inputsFrom,
  readBoolean,
  readChoice,
  readDuration,
  readList,
} from '../runtime/inputs.js';
import { parseStatusList } from './config.js';
import { readCron } from './cron.js';
import { readAllowedHosts } from './post-deploy.js';

export type Mode = 'auto' | 'post-deploy' | 'uptime';

export interface SmokeInputs {
  mode: Mode;
  endpoints: string[];
  domains: string[];
  config: string;
  environment: string;
  baseUrl: string;
  conditions: string[];
  expectedStatus: number[];
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  concurrency: number;
  maxResponseMs?: number;
  minCertDays: number;
  checkRedirect: boolean;
  waitTimeoutMs: number;
  consecutive: number;
  intervalMs: number;
  watchDurationMs: number;
  confirmVersion: boolean;
  version: string;
  confirmAfter: number;
  recoverAfter: number;
  cooldownMs: number;
  issues: boolean;
  issueLabel: string;
  slackWebhook: string;
  discordWebhook: string;
  teamsWebhook: string;
  webhookUrl: string;
  webhookSecret: string;
  runbookUrl: string;
  heartbeatUrl: string;
  cron: string;
  /** Hosts whose deployment URLs post-deploy mode may check (besides configured environments). */
  allowedHosts: string[];
  history: HistoryBackendName | 'off';
  historyFolder: string;
  historyName: string;
  historyKeep: number;
  status: boolean;
  caFile: string;
  resolve: Record<string, string>;
  failOn: 'down' | 'degraded' | 'never';
}

function duration(source: InputSource, name: string, fallback: string, minMs = 0): number {
  // Bounded (24 h) so no timer overflows; the fallback goes through the same reader.
  const given = source.get(name);
  return readDuration(given ? source : inputsFrom({ [name]: fallback }), name, 0, { minMs });
}

function whole(source: InputSource, name: string, fallback: number, min = 0, max = 1000): number {
  const raw = source.get(name);
  if (raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new InputError(name, `expected a whole number ${min}-${max}, got '${raw}'`);
  return n;
}

function httpsUrl(source: InputSource, name: string): string {
  const raw = source.get(name);
  if (raw === '') return '';
  try {
    const u = new URL(raw);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
  } catch {
    // The value may be a secret: it is never repeated in the message.
    throw new InputError(name, 'is not an http(s) URL');
  }
  return raw;
}

export function readSmokeInputs(source: InputSource): SmokeInputs {
  const maxResponse = source.get('max-response-time');
  const resolve: Record<string, string> = {};
  for (const entry of readList(source, 'resolve')) {
    const m = /^([A-Za-z0-9.-]+)[=:](\S+)$/.exec(entry);
    if (!m?.[1] || !m[2]) throw new InputError('resolve', `'${entry}' is not host=address`);
    resolve[m[1].toLowerCase()] = m[2];
  }
  const history = source.get('history') || 'auto';
  if (history !== 'off' && !(HISTORY_BACKENDS as readonly string[]).includes(history)) {
    throw new InputError(
      'history',
      `expected one of ${[...HISTORY_BACKENDS, 'off'].join(', ')}, got '${history}'`,
    );
  }
  const minCert = source.get('min-cert-days');
  const minCertDays = minCert === '' ? 14 : Number(minCert);
  if (!Number.isFinite(minCertDays) || minCertDays < 0 || minCertDays > 3650)
    throw new InputError('min-cert-days', `expected a number of days 0-3650, got '${minCert}'`);
  return {
    mode: readChoice(source, 'mode', ['auto', 'post-deploy', 'uptime'] as const, 'auto'),
    endpoints: readList(source, 'endpoints'),
    domains: readList(source, 'domains'),
    config: source.get('config'),
    environment: source.get('environment'),
    baseUrl: source.get('base-url'),
    conditions: source
      .get('conditions')
      .split('\n')
      .map((c) => c.trim())
      .filter((c) => c !== '' && !c.startsWith('#')),
    expectedStatus: parseStatusList(source.get('expected-status') || '200', "input 'expected-status'"),
    timeoutMs: duration(source, 'timeout', '10s', 1),
    retries: whole(source, 'retries', 2, 0, 10),
    backoffMs: duration(source, 'backoff', '1s'),
    concurrency: whole(source, 'concurrency', 10, 1, 100),
    ...(maxResponse ? { maxResponseMs: duration(source, 'max-response-time', maxResponse) } : {}),
    minCertDays,
    checkRedirect: readBoolean(source, 'check-redirect', true),
    waitTimeoutMs: duration(source, 'wait-timeout', '300s'),
    consecutive: whole(source, 'consecutive-successes', 3, 1, 100),
    intervalMs: duration(source, 'interval', '5s', 10),
    watchDurationMs: duration(source, 'watch-duration', '0'),
    confirmVersion: readBoolean(source, 'confirm-version', true),
    version: source.get('version'),
    confirmAfter: whole(source, 'confirm-after', 2, 1, 100),
    recoverAfter: whole(source, 'recover-after', 2, 1, 100),
    cooldownMs: duration(source, 'cooldown', '30m'),
    issues: readBoolean(source, 'issues', true),
    issueLabel: source.get('issue-label') || 'incident',
    slackWebhook: httpsUrl(source, 'slack-webhook'),
    discordWebhook: httpsUrl(source, 'discord-webhook'),
    teamsWebhook: httpsUrl(source, 'teams-webhook'),
    webhookUrl: httpsUrl(source, 'webhook-url'),
    webhookSecret: source.get('webhook-secret'),
    runbookUrl: source.get('runbook-url'),
    heartbeatUrl: httpsUrl(source, 'heartbeat-url'),
    cron: readCron(source, 'cron'),
    allowedHosts: readAllowedHosts(source, 'allowed-hosts'),
    history: history as SmokeInputs['history'],
    historyFolder: source.get('history-folder') || '.shipshape/history',
    historyName: source.get('history-name') || 'uptime',
    historyKeep: whole(source, 'history-keep', 8640, 1, 100_000),
    status: readBoolean(source, 'status', true),
    caFile: source.get('ca-file'),
    resolve,
    failOn: readChoice(source, 'fail-on', ['down', 'degraded', 'never'] as const, 'down'),
  };
}

export { EXIT };
