// The whole action as one function: decide the mode from the event, read the endpoints, check
// them (once, or every interval while watching), keep incidents and history, send alerts and
// return the report. The action's spec and the CLI are thin shells over it.
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { AlertEvent } from '../alerts/event.js';
import { type AlertChannel, type DeliveryResult, sendAlert } from '../alerts/send.js';
import type { GitHubClient } from '../github/client.js';
import { HISTORY_SCHEMA, type HistoryRecord, runnerFingerprint } from '../history/record.js';
import { historyReadNotes, notRecordedLine, recordHistory } from '../history/record-history.js';
import type { RecordDecision } from '../history/settings.js';
import type { HistoryBackend } from '../history/store.js';
import { staticLookup } from '../probes/dns.js';
import { maskWebhookUrl, redactUrl, scrub, urlSecrets } from '../probes/redact.js';
import { UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { CheckOptions } from './check.js';
import { fingerprintOf } from './check.js';
import {
  type ConfigDefaults,
  domainsFromList,
  endpointsFromList,
  type MonitorConfig,
  parseConfigFile,
} from './config.js';
import { lateness } from './cron.js';
import {
  emptyState,
  importLegacy,
  loadState,
  type MonitorState,
  newestState,
  storeState,
} from './monitor-state.js';
import type { Mode, ResolvedMode, SmokeInputs } from './options.js';
import { type DeploymentClaim, trustDeployment, warmUp, watch } from './post-deploy.js';
import { postDeployAlerts, postDeployMemoryOf } from './post-deploy-alerts.js';
import { REPORT_SCHEMA, type ReportCheck, type SmokeReport, worstState } from './report.js';
import { DEFAULT_RETENTION, type Retention } from './rollups.js';
import { uptimeOfState } from './uptime.js';
import { type HeartbeatResult, runRounds } from './watch.js';

export interface SmokeEvent {
  name: string;
  payload: Record<string, unknown>;
}

export interface SmokeDeps {
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
  /** Whether this run may write history (the shell's record policy). */
  record: RecordDecision;
  env?: Record<string, string | undefined>;
  log: Logger;
  now?: () => Date;
  signal?: AbortSignal;
  /** Called with every value that must be hidden from logs (the action masks them). */
  mask?: (value: string) => void;
  /** Watch mode writes history this often as well as at the end. Default 1 h. */
  checkpointMs?: number;
}

export interface SmokeSettings {
  inputs: SmokeInputs;
  mode: ResolvedMode;
  intervalMs: number;
  watchDurationMs: number;
}

export interface SmokeOutcome {
  report?: SmokeReport;
  exitCode: 0 | 1 | 2;
  /** One line for the step's error. */
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

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export function resolveMode(mode: Mode, eventName: string): ResolvedMode {
  if (mode !== 'auto') return mode;
  return eventName === 'deployment_status' || eventName === 'deployment' ? 'post-deploy' : 'uptime';
}

function loadConfig(i: SmokeInputs, o: SmokeDeps, defaults: ConfigDefaults): MonitorConfig {
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
  return {
    checks: parts.flatMap((p) => p.checks),
    secrets: parts.flatMap((p) => p.secrets),
    environments: parts.flatMap((p) => p.environments ?? []),
  };
}

export function alertChannels(i: SmokeInputs): AlertChannel[] {
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

export async function pingHeartbeat(url: string, timeoutMs: number): Promise<HeartbeatResult> {
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

function baseRecord(
  kind: string,
  s: SmokeSettings,
  o: SmokeDeps,
  sha: string,
  at: Date,
): Omit<HistoryRecord, 'metrics'> {
  return {
    schema: HISTORY_SCHEMA,
    kind,
    name: s.inputs.name,
    repo: `${o.repo.owner}/${o.repo.repo}`,
    branch: o.branch || 'main',
    sha: sha || '0000000',
    runId: o.runId,
    runAttempt: o.runAttempt,
    time: at.toISOString(),
    runner: runnerFingerprint(),
  };
}

export async function runSmoke(s: SmokeSettings, o: SmokeDeps): Promise<SmokeOutcome> {
  const i = { ...s.inputs };
  const mode = s.mode;
  const log = o.log;
  const now = o.now ?? (() => new Date());
  const startedAt = now();
  const notes: string[] = [];
  const secrets: string[] = [];
  const addSecret = (v: string) => {
    if (v.length >= 4 && !secrets.includes(v)) {
      secrets.push(v);
      o.mask?.(v);
    }
  };
  for (const url of [i.slackWebhook, i.discordWebhook, i.teamsWebhook, i.webhookUrl, i.heartbeatUrl]) {
    if (!url) continue;
    addSecret(url);
    try {
      const u = new URL(url);
      if (u.pathname.length > 1) addSecret(u.pathname.slice(1));
    } catch {}
    for (const v of urlSecrets(url)) addSecret(v);
  }
  if (i.webhookSecret) addSecret(i.webhookSecret);
  const clean = (text: string) => scrub(text, secrets);

  let sha = o.sha;
  let deployment: SmokeOutcome['deployment'];
  let environment = i.environment;
  let baseUrl = i.baseUrl || undefined;
  let claim: DeploymentClaim | undefined;
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
    claim = { environment: str(status?.environment) ?? str(dep?.environment), url: envUrl };
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
  const config = loadConfig(i, o, defaults);
  for (const v of config.secrets) addSecret(v);
  if (claim) {
    const eventUrl = claim.url;
    const trust = trustDeployment(claim, {
      environments: [i.environment, ...(config.environments ?? [])],
      allowedHosts: i.allowedHosts,
      urlUsed: !i.baseUrl && eventUrl !== undefined && config.checks.some((c) => sameOrigin(c.url, eventUrl)),
    });
    if (!trust.trusted) {
      const skipped = `${scrub(redactUrl(trust.reason), secrets)}: not checked, no status posted`;
      log.warning(skipped);
      return { exitCode: 0, secrets, skipped };
    }
  }
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
  const channels = alertChannels(i);
  const retention: Retention = { ...DEFAULT_RETENTION, rawCount: i.history.keep };
  const heartbeat = i.heartbeatUrl
    ? () => pingHeartbeat(i.heartbeatUrl, Math.min(10_000, i.timeoutMs))
    : undefined;
  const historyProblems: string[] = [];
  const write = async (records: HistoryRecord[]) => {
    // Watch mode writes at every checkpoint: the run says once that it does not record (below).
    if (!o.record.record) return;
    // One record carries the whole state: older ones are superseded, never needed.
    const { problems } = await recordHistory(o.history, records, {
      decision: o.record,
      keep: 1,
      log,
      scrub: clean,
    });
    for (const p of problems) if (!historyProblems.includes(p)) historyProblems.push(p);
  };
  const readHistory = async (kind: string): Promise<HistoryRecord[]> => {
    if (!o.history) return [];
    const read = await o.history.read({ kind, name: i.name });
    // Shown in the log only: the summary lists what could not be stored, not every read hiccup.
    historyReadNotes(read.warnings, log, clean);
    return read.records;
  };
  const notRecorded = notRecordedLine(o.record);
  if (o.history && notRecorded) notes.push(notRecorded);

  let checks: ReportCheck[];
  let watchResult: SmokeReport['watch'];
  let incidents: SmokeReport['incidents'];
  let late: SmokeReport['lateness'];
  let watcher: SmokeReport['watcher'];
  let heartbeatReport: SmokeReport['heartbeat'];
  let storeProblems: string[] = [];
  const alerts: DeliveryResult[] = [];
  let confirmed: string[] = [];

  if (mode === 'post-deploy') {
    const warm = {
      check: checkOptions,
      waitTimeoutMs: i.waitTimeoutMs,
      consecutive: i.consecutive,
      intervalMs: s.intervalMs,
      backoff: checkOptions.backoff,
      concurrency: i.concurrency,
      watchDurationMs: s.watchDurationMs,
      log: (m: string) => log.info(clean(m)),
    };
    const warmed = await log.group(
      `Waiting for ${config.checks.length} checks to pass on the new version`,
      () => warmUp(config.checks, warm),
    );
    checks = warmed.map(({ result, ...rest }) => ({ ...result, warmup: rest }));
    if (s.watchDurationMs > 0 && warmed.every((w) => w.passed))
      watchResult = await log.group('Watching the rollout', () => watch(config.checks, warm));
    // Post-deploy failures and recoveries alert like incidents do.
    const memory = postDeployMemoryOf(await readHistory('post-deploy'));
    const decided = postDeployAlerts(checks, watchResult, memory, {
      now: now(),
      ...(sha ? { sha } : {}),
      ...(i.runbookUrl ? { runbookUrl: i.runbookUrl } : {}),
      ...(o.runUrl ? { runUrl: o.runUrl } : {}),
    });
    alerts.push(...(await deliver(decided.events, channels, secrets, log, o.signal)));
    const changed = JSON.stringify(decided.memory) !== JSON.stringify(memory);
    if (changed || Object.keys(memory.failing).length > 0) {
      await write([
        {
          ...baseRecord('post-deploy', s, o, sha, now()),
          metrics: { failing: Object.keys(decided.memory.failing).length },
          detail: { postDeploy: decided.memory },
        },
      ]);
    }
    if (!o.history && channels.length > 0)
      notes.push('History is off, so a deploy that passes after a failed one sends no recovery alert.');
    if (heartbeat) {
      const hb = await heartbeat();
      heartbeatReport = {
        ok: hb.ok,
        ...(hb.status ? { status: hb.status } : {}),
        ...(hb.error ? { error: hb.error } : {}),
      };
      if (!hb.ok) log.warning(`Heartbeat not sent: ${hb.error}`);
    }
  } else {
    const cron = i.cron || str(o.event.payload.schedule);
    if (cron && o.event.name === 'schedule') {
      try {
        late = lateness(cron, startedAt);
      } catch (error) {
        notes.push(`Lateness not computed: ${(error as Error).message}`);
      }
    }
    const records = await readHistory('uptime');
    const newest = newestState(records);
    const state: MonitorState = newest ? loadState(newest.state) : emptyState();
    const policy = { confirmAfter: i.confirmAfter, recoverAfter: i.recoverAfter, cooldownMs: i.cooldownMs };
    importLegacy(
      state,
      records,
      config.checks.map((c) => ({
        key: fingerprintOf(c),
        environment: c.environment,
        name: c.name,
        url: redactUrl(c.url),
      })),
      policy,
    );
    if (newest && mode === 'watch') {
      const last = Math.max(...[...state.checks.values()].map((c) => c.lastCheckedAt ?? 0));
      if (last > 0)
        log.info(
          `Taking over from run ${newest.record.runId}: its last check was ${Math.round((startedAt.getTime() - last) / 1000)} s ago; ${[...state.checks.values()].filter((c) => c.memory.open).length} incident(s) open`,
        );
    }
    if (i.issues && !o.octokit) notes.push('No token was given, so no incident issues were kept.');
    const stateRecord = () => {
      const at = now();
      const stored = storeState(state, at.getTime(), retention);
      return {
        ...baseRecord('uptime', s, o, sha, at),
        metrics: {
          checks: stored.checks.length,
          open: stored.checks.filter((c) => c.memory.open).length,
        },
        ...(late ? { meta: { latenessSeconds: late.seconds } } : {}),
        detail: { monitor: stored },
      } satisfies HistoryRecord;
    };
    const rounds = await runRounds({
      checks: config.checks,
      check: checkOptions,
      concurrency: i.concurrency,
      state,
      incidents: {
        policy,
        ...(i.issues && o.octokit ? { issues: { octokit: o.octokit, ...o.repo, label: i.issueLabel } } : {}),
        channels,
        ...(i.runbookUrl ? { runbookUrl: i.runbookUrl } : {}),
        ...(o.runUrl ? { runUrl: o.runUrl } : {}),
        secrets,
        log: { info: (m) => log.info(clean(m)), warning: (m) => log.warning(clean(m)), debug: () => {} },
        ...(o.signal ? { signal: o.signal } : {}),
      },
      durationMs: mode === 'watch' ? s.watchDurationMs : 0,
      intervalMs: s.intervalMs,
      ...(heartbeat ? { heartbeat } : {}),
      checkpoint: () => write([stateRecord()]),
      checkpointMs: o.checkpointMs ?? 3_600_000,
      log,
      now,
      ...(o.signal ? { signal: o.signal } : {}),
    });
    await write([stateRecord()]);
    storeProblems = rounds.storeProblems;
    incidents = mode === 'watch' ? rounds.changes : rounds.last;
    alerts.push(...rounds.alerts);
    if (mode === 'watch') {
      watcher = {
        rounds: rounds.rounds,
        intervalMs: s.intervalMs,
        durationMs: rounds.durationMs,
        ...(rounds.firstCheckAt ? { firstCheckAt: rounds.firstCheckAt } : {}),
        ...(rounds.lastCheckAt ? { lastCheckAt: rounds.lastCheckAt } : {}),
        stoppedBy: rounds.stoppedBy,
      };
    }
    if (heartbeat) {
      heartbeatReport = {
        ok: rounds.heartbeats.failed === 0,
        sent: rounds.heartbeats.sent,
        failed: rounds.heartbeats.failed,
        ...(rounds.heartbeats.lastError ? { error: rounds.heartbeats.lastError } : {}),
      };
    }
    const figures = new Map(uptimeOfState(state, now().getTime()).map((u) => [u.key, u]));
    const lastRun = new Map(rounds.last.map((r) => [r.fingerprint, r]));
    checks = rounds.results.map((r) => {
      const run = lastRun.get(r.fingerprint);
      const u = figures.get(r.fingerprint);
      const st = state.checks.get(r.fingerprint);
      const incidentState = run
        ? run.decision.kind === 'none'
          ? run.decision.state
          : run.decision.kind
        : 'unknown';
      return {
        ...r,
        ...(u
          ? {
              uptime: {
                d1: u.windows['24h']?.percent ?? null,
                d7: u.windows['7d']?.percent ?? null,
                d30: u.windows['30d']?.percent ?? null,
                recentMs: u.recent.flatMap((x) => (x.latencyMs !== undefined ? [x.latencyMs] : [])),
              },
            }
          : {}),
        incident: {
          state: incidentState,
          ...(st?.memory.open?.issueNumber
            ? { issue: st.memory.open.issueNumber }
            : run?.issue
              ? { issue: run.issue.number }
              : {}),
          alerts: rounds.changes
            .filter((c) => c.fingerprint === r.fingerprint)
            .reduce((n, c) => n + c.alerts.filter((a) => a.ok).length, 0),
        },
      };
    });
    confirmed = [...state.checks.values()]
      .filter((c) => c.memory.open && (c.memory.open.severity === 'down' || i.failOn === 'degraded'))
      .map((c) => c.key);
  }

  const state = worstState(checks);
  const warmFailed = checks.some((c) => c.warmup && !c.warmup.passed);
  const passed =
    mode === 'post-deploy'
      ? !warmFailed && state !== 'down' && (watchResult?.failures.length ?? 0) === 0
      : state !== 'down';
  const failedDeliveries = alerts.filter((a) => !a.ok);
  const report: SmokeReport = JSON.parse(
    clean(
      JSON.stringify({
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
        ...(watcher ? { watcher } : {}),
        ...(incidents ? { incidents } : {}),
        alerts,
        ...(heartbeatReport ? { heartbeat: heartbeatReport } : {}),
        problems: { incidentIssues: storeProblems, history: historyProblems },
        notes,
      } satisfies SmokeReport),
    ),
  );

  // The step's verdict: the service first, then whatever stopped the news from reaching people.
  const reasons: string[] = [];
  let exitCode: SmokeOutcome['exitCode'] = 0;
  const down = checks.filter((c) => c.health === 'down');
  if (mode === 'post-deploy' && !passed) {
    const watchFails = watchResult?.failures.length ?? 0;
    reasons.push(
      down.length > 0 || warmFailed
        ? `${Math.max(down.length, checks.filter((c) => c.warmup && !c.warmup.passed).length)} of ${checks.length} checks failed after the deploy to ${environments.join(', ')}: ${checks
            .filter((c) => c.health === 'down' || (c.warmup && !c.warmup.passed))
            .map(
              (c) =>
                `${c.name} (${c.failure?.class ?? 'unconfirmed'}: ${c.failure?.message ?? 'not healthy long enough'})`,
            )
            .join('; ')}`
        : `${watchFails} requests failed while watching the rollout of ${environments.join(', ')}`,
    );
    exitCode = 1;
  } else if (mode !== 'post-deploy' && i.failOn !== 'never') {
    const bad = checks.filter(
      (c) =>
        (c.health === 'down' || (i.failOn === 'degraded' && c.health === 'degraded')) &&
        confirmed.includes(c.fingerprint),
    );
    if (bad.length > 0) {
      reasons.push(
        `${bad.length} confirmed incident(s): ${bad.map((c) => `[${c.environment}] ${c.name} (${c.failure?.class ?? c.health})`).join('; ')}`,
      );
      exitCode = 1;
    }
  }
  if (failedDeliveries.length > 0) {
    reasons.push(
      `${failedDeliveries.length} alert(s) not delivered: ${failedDeliveries.map((a) => `${a.channel} (${a.target}): ${a.error}`).join('; ')}`,
    );
    if (exitCode === 0) exitCode = 2;
  }
  if (storeProblems.length > 0) {
    const hint = storeProblems.some((p) => /403|404|Resource not accessible/i.test(p))
      ? ' Grant the job `issues: write` (permissions:), or set issues: false.'
      : '';
    reasons.push(
      `incident issues could not be kept (alerts were sent regardless): ${storeProblems.join('; ')}.${hint}`,
    );
    if (exitCode === 0) exitCode = 2;
  }
  return {
    report,
    exitCode,
    ...(reasons.length > 0 ? { failure: clean(reasons.join(' — ')) } : {}),
    ...(deployment ? { deployment } : {}),
    secrets,
  };
}

async function deliver(
  events: readonly AlertEvent[],
  channels: readonly AlertChannel[],
  secrets: readonly string[],
  log: Logger,
  signal?: AbortSignal,
): Promise<DeliveryResult[]> {
  const out: DeliveryResult[] = [];
  for (const e of events) {
    const results = await Promise.all(
      channels.map((c) => sendAlert(c, e, { secrets, ...(signal ? { signal } : {}) })),
    );
    for (const a of results) {
      if (a.ok) log.info(`[${e.environment}] ${e.check}: ${e.kind} alert delivered to ${a.channel}`);
      else log.warning(scrub(`${a.channel} alert to ${a.target} failed: ${a.error}`, secrets));
    }
    out.push(...results);
  }
  return out;
}
