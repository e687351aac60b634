// Turns one round of results into incident decisions and carries them out: alerts sent, issues
// opened, commented on and closed, each only when a check's confirmed state changes. The monitor
// state (monitor-state.ts) is the memory; incident issues, when kept, are read as the authority
// on which incidents are open, but an issue API that fails never stops an alert.

import type { AlertEvent } from '../alerts/event.js';
import { durationText } from '../alerts/event.js';
import { type AlertChannel, type DeliveryResult, sendAlert } from '../alerts/send.js';
import type { Log } from '../github/log.js';
import {
  commentOnIncident,
  createIncidentIssue,
  type IssueTarget,
  type LoadedIncidents,
  loadIncidents,
  updateIncidentIssue,
} from '../incidents/github.js';
import {
  changeComment,
  type IncidentFacts,
  type IncidentState,
  incidentBody,
  incidentTitle,
} from '../incidents/issue-body.js';
import {
  decideIncident,
  type IncidentDecision,
  type IncidentMemory,
  type IncidentPolicy,
} from '../incidents/machine.js';
import { redactUrl, scrub } from '../probes/redact.js';
import { runbookUrl, smokeRunbookAnchor } from '../report/runbooks.js';
import type { CheckResult } from './check.js';
import { applyDecision, type CheckState, checkState, type MonitorState, observe } from './monitor-state.js';

export interface IncidentRun {
  fingerprint: string;
  environment: string;
  check: string;
  decision: IncidentDecision;
  issue?: { number: number; url?: string };
  alerts: DeliveryResult[];
  problems: string[];
  /** A due alert that no channel had taken before was sent again. */
  resent?: boolean;
}

export interface IncidentOptions {
  results: readonly CheckResult[];
  /** Updated in place: results, streaks and incidents. */
  state: MonitorState;
  policy: IncidentPolicy;
  now: Date;
  issues?: IssueTarget;
  /**
   * Incident issues read earlier in this session (watch mode reads them once); when undefined and
   * `issues` is set they are read now.
   */
  loaded?: LoadedIncidents;
  channels: readonly AlertChannel[];
  runbookUrl?: string;
  runUrl?: string;
  secrets: readonly string[];
  log: Log;
  alertTimeoutMs?: number;
  alertRetries?: number;
  signal?: AbortSignal;
}

export interface IncidentRound {
  runs: IncidentRun[];
  /** What went wrong with the incident issues (listing, creating, closing): the step fails on it. */
  storeProblems: string[];
  /** Issues as read this round (to reuse in the next round of a watcher). */
  loaded?: LoadedIncidents;
}

export function identityOf(r: CheckResult): { key: string; environment: string; name: string; url: string } {
  return { key: r.fingerprint, environment: r.environment, name: r.name, url: redactUrl(r.url) };
}

/**
 * The memory to decide with. Open issues are the authority (someone may have closed one by hand),
 * except for an incident whose issue could never be created: that one lives in the state only.
 */
function memoryFor(c: CheckState, loaded: LoadedIncidents | undefined): IncidentMemory {
  if (!loaded) return c.memory;
  const fromIssues = loaded.memory.get(c.key) ?? {};
  const open = fromIssues.open ?? (c.memory.open?.issueNumber === 0 ? c.memory.open : undefined);
  const lastClosed = fromIssues.lastClosed ?? c.memory.lastClosed;
  return { ...(open ? { open } : {}), ...(lastClosed ? { lastClosed } : {}) };
}

function factsOf(r: CheckResult, o: IncidentOptions): IncidentFacts {
  return {
    fingerprint: r.fingerprint,
    environment: r.environment,
    name: r.name,
    url: r.url,
    ...(r.failure ? { failureClass: r.failure.class } : {}),
    message:
      r.failure?.message ??
      (r.health === 'degraded' ? `degraded: ${r.components.join('; ') || 'health status warn'}` : 'passing'),
    ...(o.runUrl ? { runUrl: o.runUrl } : {}),
    runbookUrl:
      o.runbookUrl ||
      runbookUrl('deploy-smoke-health', smokeRunbookAnchor(r.failure?.class, r.health === 'degraded')),
  };
}

export async function handleIncidents(o: IncidentOptions): Promise<IncidentRound> {
  const nowIso = o.now.toISOString();
  const nowMs = o.now.getTime();
  const storeProblems: string[] = [];
  const clean = (s: string) => scrub(s, o.secrets);
  let loaded = o.loaded;
  if (o.issues && !loaded) {
    try {
      loaded = await loadIncidents(o.issues, new Date(nowMs - Math.max(o.policy.cooldownMs, 0)));
    } catch (error) {
      // Alerts go out from the recorded state; the step fails about the issues afterwards.
      const message = clean(error instanceof Error ? error.message : String(error));
      storeProblems.push(message);
      o.log.warning(
        `Incident issues cannot be read (${message}); deciding from the recorded state, alerts still go out`,
      );
    }
  }
  const issues = o.issues && loaded ? o.issues : undefined;
  const runs: IncidentRun[] = [];
  for (const r of o.results) {
    const c = checkState(o.state, identityOf(r));
    observe(c, r.health, nowMs, r.latencyMs, r.failure?.class);
    const memory = memoryFor(c, loaded);
    c.memory = memory;
    const decision = decideIncident(memory, r.health, c.streak, o.policy, o.now);
    const run: IncidentRun = {
      fingerprint: r.fingerprint,
      environment: r.environment,
      check: r.name,
      decision,
      alerts: [],
      problems: [],
    };
    runs.push(run);
    const resend = decision.kind === 'none' && decision.state === 'ongoing' && c.alertDue === true;
    if (decision.kind === 'none' && !resend) continue;
    const facts = factsOf(r, o);
    let since = memory.open?.openedAt ?? nowIso;
    let alertKind: AlertEvent['kind'] | undefined;
    let issueNumber: number | undefined;
    if (resend && memory.open) alertKind = memory.open.severity;
    try {
      if (decision.kind === 'open') {
        since = nowIso;
        alertKind = decision.alert ? decision.severity : undefined;
        const state: IncidentState = {
          severity: decision.severity,
          openedAt: nowIso,
          alerted: decision.alert,
          ...(decision.alert ? { lastAlertAt: nowIso } : {}),
        };
        if (issues) {
          const title = clean(incidentTitle(facts, decision.severity));
          const body = clean(incidentBody(facts, state));
          if (decision.reopen !== undefined && decision.reopen > 0) {
            const url = await updateIncidentIssue(issues, decision.reopen, { state: 'open', title, body });
            run.issue = { number: decision.reopen, url };
            await commentOnIncident(
              issues,
              decision.reopen,
              clean(
                changeComment(
                  facts,
                  `Failing again within the cool-down after recovering: flapping.${decision.alert ? '' : ' No new alert was sent.'}`,
                ),
              ),
            );
          } else {
            run.issue = await createIncidentIssue(issues, title, body);
          }
          issueNumber = run.issue.number;
        }
      } else if (decision.kind === 'update') {
        alertKind = decision.alert ? decision.to : undefined;
        const open = memory.open;
        if (issues && open && decision.issueNumber > 0) {
          const state: IncidentState = {
            severity: decision.to,
            openedAt: open.openedAt,
            alerted: open.alerted || decision.alert,
            ...(decision.alert
              ? { lastAlertAt: nowIso }
              : open.lastAlertAt
                ? { lastAlertAt: open.lastAlertAt }
                : {}),
          };
          await commentOnIncident(
            issues,
            decision.issueNumber,
            clean(changeComment(facts, `Changed from ${decision.from} to ${decision.to}.`)),
          );
          const url = await updateIncidentIssue(issues, decision.issueNumber, {
            title: clean(incidentTitle(facts, decision.to)),
            body: clean(incidentBody(facts, state)),
          });
          run.issue = { number: decision.issueNumber, url };
        }
      } else if (decision.kind === 'recover') {
        alertKind = decision.alert ? 'recovered' : undefined;
        const open = memory.open;
        if (issues && open && decision.issueNumber > 0) {
          const state: IncidentState = {
            severity: open.severity,
            openedAt: open.openedAt,
            alerted: open.alerted,
            lastAlertAt: decision.alert ? nowIso : (open.lastAlertAt ?? ''),
          };
          if (!state.lastAlertAt) delete state.lastAlertAt;
          await commentOnIncident(
            issues,
            decision.issueNumber,
            clean(
              changeComment(
                { ...facts, message: `passing for ${o.policy.recoverAfter} runs in a row` },
                `Recovered after ${durationText(open.openedAt, nowIso)}.`,
              ),
            ),
          );
          const url = await updateIncidentIssue(issues, decision.issueNumber, {
            state: 'closed',
            body: clean(incidentBody({ ...facts, message: 'recovered' }, state)),
          });
          run.issue = { number: decision.issueNumber, url };
        }
      }
    } catch (error) {
      const message = `incident issue for ${r.environment}/${r.name}: ${clean(error instanceof Error ? error.message : String(error))}`;
      run.problems.push(message);
      storeProblems.push(message);
      o.log.warning(`${message}; the alert goes out anyway`);
    }
    let delivered = true;
    if (alertKind) {
      const event: AlertEvent = {
        kind: alertKind,
        environment: r.environment,
        check: r.name,
        url: r.url,
        fingerprint: r.fingerprint,
        ...(r.failure ? { failureClass: r.failure.class } : {}),
        message: facts.message,
        since,
        at: nowIso,
        runbookUrl:
          o.runbookUrl ||
          runbookUrl('deploy-smoke-health', smokeRunbookAnchor(r.failure?.class, r.health === 'degraded')),
        ...(run.issue?.url ? { issueUrl: run.issue.url } : {}),
        ...(o.runUrl ? { runUrl: o.runUrl } : {}),
        ...(decision.kind === 'open' && decision.flapping ? { flapping: true } : {}),
      };
      run.alerts = await Promise.all(
        o.channels.map((ch) =>
          sendAlert(ch, event, {
            secrets: o.secrets,
            ...(o.alertTimeoutMs !== undefined ? { timeoutMs: o.alertTimeoutMs } : {}),
            ...(o.alertRetries !== undefined ? { retries: o.alertRetries } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
          }),
        ),
      );
      for (const a of run.alerts) {
        if (a.ok) o.log.info(`${r.environment}/${r.name}: ${alertKind} alert delivered to ${a.channel}`);
        else o.log.warning(`${a.channel} alert to ${a.target} failed: ${a.error}`);
      }
      delivered = run.alerts.length === 0 || run.alerts.some((a) => a.ok);
    }
    if (resend) {
      run.resent = true;
      if (delivered && c.memory.open) {
        c.memory = { ...c.memory, open: { ...c.memory.open, alerted: true, lastAlertAt: nowIso } };
        c.alertDue = false;
      }
    } else {
      applyDecision(c, decision, nowMs, delivered, issueNumber);
    }
  }
  return { runs, storeProblems, ...(loaded ? { loaded: afterRound(loaded, o.state) } : {}) };
}

/** The issue memory after this round's changes, so the next round of a watcher need not re-read. */
function afterRound(loaded: LoadedIncidents, state: MonitorState): LoadedIncidents {
  const memory = new Map(loaded.memory);
  for (const c of state.checks.values()) memory.set(c.key, c.memory);
  return { memory, urls: loaded.urls };
}
