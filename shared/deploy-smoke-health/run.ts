// The whole action as one function: decide the mode from the event, read the endpoints, check
// them, keep incidents and history, and return the report. The action and the CLI are thin shells.
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { AlertChannel } from '../alerts/send.js';
import type { GitHubClient } from '../github/client.js';
import type { Log } from '../github/log.js';
import { HISTORY_SCHEMA, type HistoryRecord, runnerFingerprint } from '../history/record.js';
import type { HistoryBackend } from '../history/store.js';
import { staticLookup } from '../probes/dns.js';
import { mapLimit } from '../probes/pool.js';
import { maskWebhookUrl, redactUrl, scrub, urlSecrets } from '../probes/redact.js';
import { UsageError } from '../runtime/errors.js';
import { type CheckOptions, runCheck } from './check.js';
import {
  type ConfigDefaults,
  domainsFromList,
  endpointsFromList,
  type MonitorConfig,
  parseConfigFile,
} from './config.js';
import { lateness } from './cron.js';
import { handleIncidents } from './incidents.js';
import type { Mode, SmokeInputs } from './options.js';
import { warmUp, watch } from './post-deploy.js';
import { REPORT_SCHEMA, type ReportCheck, type SmokeReport, worstState } from './report.js';
import { checkNamesOf, metricsOf, pastObservations, uptimeStats } from './uptime.js';

export interface SmokeEvent {
  name: string;
  payload: Record<string, unknown>;
}

export interface SmokeRunOptions {
  inputs: SmokeInputs;
  event: SmokeEvent;
  repo: { owner: string; repo: string };
  sha: string;
  branch: string;
  runId: number;
  runAttempt: number;
  runUrl?: string;
  workspace: string;
  octokit?: GitHubClient;
  history?: HistoryBackend;
  env?: Record<string, string | undefined>;
  log: Log;
  now?: () => Date;
  signal?: AbortSignal;
  /** Called with every value that must be hidden from logs (the action masks them). */
  onSecret?: (value: string) => void;
}

export interface SmokeOutcome {
  report?: SmokeReport;
  exitCode: number;
  /** One line for core.setFailed. */
  failure?: string;
  /** Deployment to mark, in post-deploy mode. */
  deployment?: { id: number; environment?: string; url?: string };
  secrets: string[];
  /** Why nothing was checked (a deployment that did not succeed). */
  skipped?: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function resolveMode(mode: Mode, eventName: string): 'post-deploy' | 'uptime' {
  if (mode !== 'auto') return mode;
  return eventName === 'deployment_status' || eventName === 'deployment' ? 'post-deploy' : 'uptime';
}

function loadConfig(o: SmokeRunOptions, defaults: ConfigDefaults): MonitorConfig {
  const i = o.inputs;
  const parts: MonitorConfig[] = [];
  if (i.config) {
    const path = resolvePath(o.workspace, i.config);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new UsageError(
        `config file ${i.config} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    const parsed = parseConfigFile(text, i.config, defaults);
    // Only the deployed environment is smoke-tested after a deploy; a monitor may watch them all.
    const envFilter =
      defaults.environment && (i.environment || o.event.name === 'deployment_status')
        ? defaults.environment
        : '';
    parts.push(
      envFilter ? { ...parsed, checks: parsed.checks.filter((c) => c.environment === envFilter) } : parsed,
    );
  }
  if (i.endpoints.length > 0) parts.push(endpointsFromList(i.endpoints, defaults));
  if (i.domains.length > 0) parts.push({ checks: domainsFromList(i.domains, defaults), secrets: [] });
  return { checks: parts.flatMap((p) => p.checks), secrets: parts.flatMap((p) => p.secrets) };
}

function alertChannels(i: SmokeInputs): AlertChannel[] {
  return [
    ...(i.slackWebhook ? [{ kind: 'slack' as const, url: i.slackWebhook }] : []),
    ...(i.discordWebhook ? [{ kind: 'discord' as const, url: i.discordWebhook }] : []),
    ...(i.teamsWebhook ? [{ kind: 'teams' as const, url: i.teamsWebhook }] : []),
    ...(i.webhookUrl
      ? [
          {
            kind: 'webhook' as const,
            url: i.webhookUrl,
            ...(i.webhookSecret ? { secret: i.webhookSecret } : {}),
          },
        ]
      : []),
  ];
}

async function pingHeartbeat(url: string, timeoutMs: number): Promise<SmokeReport['heartbeat']> {
  try {
    const res = await fetch(url, {
      method: 'GET',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'shipshape-deploy-smoke-health' },
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok
      ? { ok: true, status: res.status }
      : { ok: false, status: res.status, error: `HTTP ${res.status} from ${maskWebhookUrl(url)}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, error: `${cause ?? (error as Error).name} from ${maskWebhookUrl(url)}` };
  }
}

export async function runSmoke(o: SmokeRunOptions): Promise<SmokeOutcome> {
  const i = o.inputs;
  const now = o.now ?? (() => new Date());
  const startedAt = now();
  const mode = resolveMode(i.mode, o.event.name);
  const notes: string[] = [];
  const secrets: string[] = [];
  const addSecret = (s: string) => {
    if (s.length >= 4 && !secrets.includes(s)) {
      secrets.push(s);
      o.onSecret?.(s);
    }
  };
  for (const url of [i.slackWebhook, i.discordWebhook, i.teamsWebhook, i.webhookUrl, i.heartbeatUrl]) {
    if (!url) continue;
    addSecret(url);
    try {
      const u = new URL(url);
      if (u.pathname.length > 1) addSecret(u.pathname.slice(1));
    } catch {}
    for (const s of urlSecrets(url)) addSecret(s);
  }
  if (i.webhookSecret) addSecret(i.webhookSecret);

  let sha = o.sha;
  let deployment: SmokeOutcome['deployment'];
  let environment = i.environment;
  let baseUrl = i.baseUrl || undefined;
  if (mode === 'post-deploy') {
    const status = obj(o.event.payload.deployment_status);
    const dep = obj(o.event.payload.deployment);
    if (o.event.name === 'deployment_status') {
      const state = str(status?.state);
      if (state !== 'success') {
        return {
          exitCode: 0,
          secrets,
          skipped: `deployment state is '${state ?? 'unknown'}', not success: nothing to check`,
        };
      }
    }
    sha = str(dep?.sha) ?? sha;
    environment ||= str(status?.environment) ?? str(dep?.environment) ?? '';
    const envUrl = str(status?.environment_url) ?? str(status?.target_url);
    baseUrl ??= envUrl;
    const id = dep?.id;
    if (typeof id === 'number') {
      deployment = { id, ...(environment ? { environment } : {}), ...(envUrl ? { url: envUrl } : {}) };
    }
    if (i.endpoints.length === 0 && !i.config && i.domains.length === 0) {
      if (!envUrl)
        throw new UsageError(
          "no endpoints: give 'endpoints' or 'config', or run on a deployment_status event that has an environment_url",
        );
      i.endpoints = [envUrl];
    }
  }
  const defaults: ConfigDefaults = {
    environment: environment || 'production',
    timeoutMs: i.timeoutMs,
    expectedStatus: i.expectedStatus,
    conditions: i.conditions,
    ...(i.maxResponseMs !== undefined ? { maxResponseMs: i.maxResponseMs } : {}),
    minCertDays: i.minCertDays,
    checkRedirect: i.checkRedirect,
    ...(baseUrl ? { baseUrl } : {}),
    env: o.env ?? process.env,
  };
  const config = loadConfig(o, defaults);
  for (const s of config.secrets) addSecret(s);
  if (config.checks.length === 0)
    throw new UsageError(
      "no endpoints to check: give 'endpoints', 'domains' or a 'config' file with endpoints",
    );

  let ca: string | undefined;
  if (i.caFile) {
    try {
      ca = readFileSync(resolvePath(o.workspace, i.caFile), 'utf8');
    } catch (error) {
      throw new UsageError(
        `input 'ca-file': ${i.caFile} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  const checkOptions: CheckOptions = {
    probe: {
      ...(Object.keys(i.resolve).length > 0 ? { lookup: staticLookup(i.resolve) } : {}),
      ...(ca ? { ca } : {}),
    },
    retries: i.retries,
    backoff: { baseMs: i.backoffMs, maxMs: Math.max(i.backoffMs, 30_000) },
    ...(mode === 'post-deploy' && i.confirmVersion ? { expectedVersion: i.version || sha } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
    now,
  };
  const environments = [...new Set(config.checks.map((c) => c.environment))];
  const clean = <T>(value: T): T => JSON.parse(scrub(JSON.stringify(value), secrets)) as T;

  let checks: ReportCheck[];
  let watchResult: SmokeReport['watch'];
  let incidents: SmokeReport['incidents'];
  let late: SmokeReport['lateness'];
  const alerts: SmokeReport['alerts'] = [];

  if (mode === 'post-deploy') {
    const warm = {
      check: checkOptions,
      waitTimeoutMs: i.waitTimeoutMs,
      consecutive: i.consecutive,
      intervalMs: i.intervalMs,
      backoff: checkOptions.backoff,
      concurrency: i.concurrency,
      watchDurationMs: i.watchDurationMs,
      log: (m: string) => o.log.info(scrub(m, secrets)),
    };
    const warmed = await warmUp(config.checks, warm);
    checks = warmed.map(({ result, ...rest }) => ({ ...result, warmup: rest }));
    if (i.watchDurationMs > 0 && warmed.every((w) => w.passed))
      watchResult = await watch(config.checks, warm);
  } else {
    const cron = i.cron || str(o.event.payload.schedule);
    if (cron && o.event.name === 'schedule') {
      try {
        late = lateness(cron, startedAt);
      } catch (error) {
        notes.push(`Lateness not computed: ${(error as Error).message}`);
      }
    }
    const results = await mapLimit(config.checks, i.concurrency, (c) => runCheck(c, checkOptions));
    let records: HistoryRecord[] = [];
    if (o.history) {
      const read = await o.history.read({ kind: 'uptime', name: i.historyName });
      records = read.records;
      for (const w of read.warnings) o.log.warning(scrub(w, secrets));
    }
    const byFp = new Map(
      records.length ? results.map((r) => [r.fingerprint, pastObservations(records, r.fingerprint)]) : [],
    );
    let runs: NonNullable<SmokeReport['incidents']> = [];
    try {
      runs = await handleIncidents({
        results,
        past: (fp) => byFp.get(fp) ?? [],
        policy: { confirmAfter: i.confirmAfter, recoverAfter: i.recoverAfter, cooldownMs: i.cooldownMs },
        now: startedAt,
        ...(i.issues && o.octokit ? { issues: { octokit: o.octokit, ...o.repo, label: i.issueLabel } } : {}),
        channels: alertChannels(i),
        ...(i.runbookUrl ? { runbookUrl: i.runbookUrl } : {}),
        ...(o.runUrl ? { runUrl: o.runUrl } : {}),
        secrets,
        log: { info: (m) => o.log.info(m), warning: (m) => o.log.warning(scrub(m, secrets)) },
      });
    } catch (error) {
      const message = scrub(error instanceof Error ? error.message : String(error), secrets);
      notes.push(`Incidents not updated: ${message}`);
      o.log.warning(`Incidents not updated: ${message}`);
    }
    if (i.issues && !o.octokit) notes.push('No token was given, so no incident issues were kept.');
    incidents = runs;
    for (const r of runs) alerts.push(...r.alerts);
    const runByFp = new Map(runs.map((r) => [r.fingerprint, r]));
    checks = results.map((r) => {
      const run = runByFp.get(r.fingerprint);
      const state = run ? (run.decision.kind === 'none' ? run.decision.state : run.decision.kind) : 'unknown';
      return {
        ...r,
        uptime: uptimeStats(records, r, startedAt),
        incident: {
          state,
          ...(run?.issue ? { issue: run.issue.number } : {}),
          alerts: run?.alerts.filter((a) => a.ok).length ?? 0,
        },
      };
    });
    if (o.history) {
      const record: HistoryRecord = {
        schema: HISTORY_SCHEMA,
        kind: 'uptime',
        name: i.historyName,
        repo: `${o.repo.owner}/${o.repo.repo}`,
        branch: o.branch || 'main',
        sha: sha || '0000000',
        runId: o.runId,
        runAttempt: o.runAttempt,
        time: startedAt.toISOString(),
        runner: runnerFingerprint(),
        metrics: metricsOf(results),
        meta: { ...checkNamesOf(results), ...(late ? { latenessSeconds: late.seconds } : {}) },
      };
      try {
        await o.history.append([record], { keep: i.historyKeep });
      } catch (error) {
        const message = `History not stored: ${scrub(error instanceof Error ? error.message : String(error), secrets)}`;
        notes.push(message);
        o.log.warning(message);
      }
    }
  }

  const state = worstState(checks);
  const warmFailed = checks.some((c) => c.warmup && !c.warmup.passed);
  const passed =
    mode === 'post-deploy'
      ? !warmFailed && state !== 'down' && (watchResult?.failures.length ?? 0) === 0
      : state !== 'down';
  let heartbeat: SmokeReport['heartbeat'];
  if (i.heartbeatUrl) {
    heartbeat = await pingHeartbeat(i.heartbeatUrl, Math.min(10_000, i.timeoutMs));
    if (!heartbeat?.ok) o.log.warning(`Heartbeat not sent: ${heartbeat?.error}`);
  }
  const report: SmokeReport = clean({
    schema: REPORT_SCHEMA,
    mode,
    passed,
    state,
    environments,
    ...(sha ? { sha } : {}),
    ...(deployment
      ? { deployment: { ...deployment, ...(deployment.url ? { url: redactUrl(deployment.url) } : {}) } }
      : {}),
    startedAt: startedAt.toISOString(),
    finishedAt: now().toISOString(),
    ...(late ? { lateness: late } : {}),
    checks,
    ...(watchResult ? { watch: watchResult } : {}),
    ...(incidents ? { incidents } : {}),
    alerts,
    ...(heartbeat ? { heartbeat } : {}),
    notes,
  });
  const down = checks.filter((c) => c.health === 'down');
  let failure: string | undefined;
  let exitCode = 0;
  if (mode === 'post-deploy' && !passed) {
    const watchFails = watchResult?.failures.length ?? 0;
    failure =
      down.length > 0
        ? `${down.length} of ${checks.length} checks failed after the deploy to ${environments.join(', ')}: ${down.map((c) => `${c.name} (${c.failure?.class}: ${c.failure?.message})`).join('; ')}`
        : `${watchFails} requests failed while watching the rollout of ${environments.join(', ')}`;
    exitCode = 1;
  } else if (mode === 'uptime') {
    const confirmed = (report.incidents ?? []).filter(
      (r) =>
        r.decision.kind === 'open' ||
        r.decision.kind === 'update' ||
        (r.decision.kind === 'none' && r.decision.state === 'ongoing'),
    );
    const bad =
      i.failOn === 'never'
        ? []
        : checks.filter(
            (c) =>
              (c.health === 'down' || (i.failOn === 'degraded' && c.health === 'degraded')) &&
              confirmed.some((r) => r.fingerprint === c.fingerprint),
          );
    if (bad.length > 0) {
      failure = `${bad.length} confirmed incident(s): ${bad.map((c) => `[${c.environment}] ${c.name} (${c.failure?.class ?? c.health})`).join('; ')}`;
      exitCode = 1;
    }
  }
  return {
    report,
    exitCode,
    ...(failure ? { failure: scrub(failure, secrets) } : {}),
    ...(deployment ? { deployment } : {}),
    secrets,
  };
}
