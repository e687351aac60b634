// Reads and checks every input once, so a typo fails the step before any request is made.
import type { HistorySettings } from '../history/settings.js';
import { InputError } from '../runtime/errors.js';
import {
  formatDuration,
  type InputSource,
  readBoolean,
  readChoice,
  readDuration,
  readInteger,
  readLines,
  readList,
  readNumber,
  readString,
  readUrl,
} from '../runtime/inputs.js';
import { parseStatusList } from './config.js';
import { readCron } from './cron.js';
import { readAllowedHosts } from './post-deploy.js';

export type Mode = 'auto' | 'post-deploy' | 'uptime' | 'watch';
export type ResolvedMode = Exclude<Mode, 'auto'>;

export const WATCH_INTERVAL_MS = 30_000;
export const MIN_WATCH_INTERVAL_MS = 10_000;
/** GitHub-hosted jobs are stopped at 6 h; the watcher stops 10 min before, history written. */
export const WATCH_DURATION_MS = 5 * 3_600_000 + 50 * 60_000;
const HOSTED_JOB_LIMIT_MS = 6 * 3_600_000;

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
  /** Given explicitly; otherwise the mode's default (30 s watching, 5 s after a deploy). */
  intervalMs?: number;
  watchDurationMs?: number;
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
  history: HistorySettings;
  /** One monitor's history series (and its status context). */
  name: string;
  status: boolean;
  caFile: string;
  resolve: Record<string, string>;
  failOn: 'down' | 'degraded' | 'never';
}

function webhook(source: InputSource, name: string): string {
  return readUrl(source, name)?.href ? source.get(name) : '';
}

export function readSmokeInputs(source: InputSource, history: HistorySettings): SmokeInputs {
  const resolve: Record<string, string> = {};
  for (const entry of readList(source, 'resolve')) {
    const m = /^([A-Za-z0-9.-]+)[=:](\S+)$/.exec(entry);
    if (!m?.[1] || !m[2]) throw new InputError('resolve', `'${entry}' is not host=address`);
    resolve[m[1].toLowerCase()] = m[2];
  }
  const mode = readChoice(source, 'mode', ['auto', 'post-deploy', 'uptime', 'watch'] as const, 'auto');
  const interval = readDuration(source, 'interval', undefined, {
    minMs: mode === 'watch' ? MIN_WATCH_INTERVAL_MS : 0,
  });
  const watchDuration = readDuration(source, 'watch-duration', undefined);
  const historyName = source.get('history-name');
  const name = readString(source, 'name', historyName || 'uptime');
  const inputs: SmokeInputs = {
    mode,
    endpoints: readList(source, 'endpoints'),
    domains: readList(source, 'domains'),
    config: readString(source, 'config'),
    environment: readString(source, 'environment'),
    baseUrl: readUrl(source, 'base-url') ? source.get('base-url') : '',
    conditions: readLines(source, 'conditions'),
    expectedStatus: parseStatusList(source.get('expected-status') || '200', "input 'expected-status'"),
    timeoutMs: readDuration(source, 'timeout', 10_000, { minMs: 1 }),
    retries: readInteger(source, 'retries', 2, { min: 0, max: 10 }),
    backoffMs: readDuration(source, 'backoff', 1000),
    concurrency: readInteger(source, 'concurrency', 10, { min: 1, max: 100 }),
    ...(source.get('max-response-time')
      ? { maxResponseMs: readDuration(source, 'max-response-time', 0, { minMs: 1 }) }
      : {}),
    minCertDays: readNumber(source, 'min-cert-days', 14, { min: 0, max: 3650 }),
    checkRedirect: readBoolean(source, 'check-redirect', true),
    waitTimeoutMs: readDuration(source, 'wait-timeout', 300_000),
    consecutive: readInteger(source, 'consecutive-successes', 3, { min: 1, max: 100 }),
    ...(interval !== undefined ? { intervalMs: interval } : {}),
    ...(watchDuration !== undefined ? { watchDurationMs: watchDuration } : {}),
    confirmVersion: readBoolean(source, 'confirm-version', true),
    version: readString(source, 'version'),
    confirmAfter: readInteger(source, 'confirm-after', 2, { min: 1, max: 100 }),
    recoverAfter: readInteger(source, 'recover-after', 2, { min: 1, max: 100 }),
    cooldownMs: readDuration(source, 'cooldown', 30 * 60_000),
    issues: readBoolean(source, 'issues', true),
    issueLabel: readString(source, 'issue-label', 'incident'),
    slackWebhook: webhook(source, 'slack-webhook'),
    discordWebhook: webhook(source, 'discord-webhook'),
    teamsWebhook: webhook(source, 'teams-webhook'),
    webhookUrl: webhook(source, 'webhook-url'),
    webhookSecret: readString(source, 'webhook-secret'),
    runbookUrl: readUrl(source, 'runbook-url') ? source.get('runbook-url') : '',
    heartbeatUrl: webhook(source, 'heartbeat-url'),
    cron: readCron(source, 'cron'),
    allowedHosts: readAllowedHosts(source, 'allowed-hosts'),
    history,
    name,
    status: readBoolean(source, 'status', true),
    caFile: readString(source, 'ca-file'),
    resolve,
    failOn: readChoice(source, 'fail-on', ['down', 'degraded', 'never'] as const, 'down'),
  };
  return inputs;
}

/** Mode-dependent rules, checked once the mode is known (auto depends on the event). */
export function checkModeInputs(
  i: SmokeInputs,
  mode: ResolvedMode,
  runner: { hosted: boolean },
): { intervalMs: number; watchDurationMs: number } {
  if (mode === 'uptime' && i.history.backend === 'off' && i.confirmAfter > 1) {
    throw new InputError(
      'history',
      `'off' cannot be used with confirm-after ${i.confirmAfter}: each uptime run would forget the failures before it, so no incident would ever be confirmed or alerted. Keep history (history: auto), set confirm-after: 1, or use mode: watch, which remembers failures between its own checks`,
    );
  }
  if (mode === 'watch') {
    const intervalMs = i.intervalMs ?? WATCH_INTERVAL_MS;
    const watchDurationMs = i.watchDurationMs ?? WATCH_DURATION_MS;
    if (runner.hosted && watchDurationMs > HOSTED_JOB_LIMIT_MS - 5 * 60_000) {
      throw new InputError(
        'watch-duration',
        `'${formatDuration(watchDurationMs)}' does not end before GitHub stops a hosted job at 6 h, so the last results and the incident state would be lost; use at most 5h55m (default ${formatDuration(WATCH_DURATION_MS)})`,
      );
    }
    if (watchDurationMs < intervalMs) {
      throw new InputError(
        'watch-duration',
        `'${formatDuration(watchDurationMs)}' is shorter than the interval (${formatDuration(intervalMs)}): a watcher would check once; use mode: uptime for single runs`,
      );
    }
    return { intervalMs, watchDurationMs };
  }
  return { intervalMs: i.intervalMs ?? 5000, watchDurationMs: i.watchDurationMs ?? 0 };
}
