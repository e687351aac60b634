// Turns this run's results into incident decisions and carries them out: issues opened, commented
// on and closed, alerts sent, each only when a check's confirmed state changes.

import type { AlertEvent } from '../alerts/event.js';
import { durationText } from '../alerts/event.js';
import { type AlertChannel, type DeliveryResult, sendAlert } from '../alerts/send.js';
import type { Log } from '../github/log.js';
import {
  commentOnIncident,
  createIncidentIssue,
  type IssueTarget,
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
  type Observed,
  streakOf,
} from '../incidents/machine.js';
import { scrub } from '../probes/redact.js';
import { runbookUrl, smokeRunbookAnchor } from '../report/runbooks.js';
import type { CheckResult } from './check.js';

export interface IncidentRun {
  fingerprint: string;
  environment: string;
  check: string;
  decision: IncidentDecision;
  issue?: { number: number; url?: string };
  alerts: DeliveryResult[];
  problems: string[];
}

export interface IncidentOptions {
  results: readonly CheckResult[];
  /** Past observations per fingerprint, oldest first. */
  past: (fingerprint: string) => Observed[];
  policy: IncidentPolicy;
  now: Date;
  issues?: IssueTarget;
  channels: readonly AlertChannel[];
  runbookUrl?: string;
  runUrl?: string;
  secrets: readonly string[];
  log: Log;
  alertTimeoutMs?: number;
}

/** Without issues, the open incidents are whatever replaying the history through the machine says. */
export function replayMemory(history: readonly Observed[], policy: IncidentPolicy): IncidentMemory {
  let memory: IncidentMemory = {};
  const epoch = new Date(0);
  history.forEach((obs, i) => {
    const d = decideIncident(
      memory,
      obs,
      streakOf(history.slice(0, i), obs),
      { ...policy, cooldownMs: 0 },
      epoch,
    );
    if (d.kind === 'open')
      memory = {
        open: { issueNumber: 0, severity: d.severity, openedAt: epoch.toISOString(), alerted: true },
      };
    else if (d.kind === 'update' && memory.open) memory = { open: { ...memory.open, severity: d.to } };
    else if (d.kind === 'recover') memory = {};
  });
  return memory;
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

export async function handleIncidents(o: IncidentOptions): Promise<IncidentRun[]> {
  const nowIso = o.now.toISOString();
  let loaded: Awaited<ReturnType<typeof loadIncidents>> | undefined;
  if (o.issues) {
    loaded = await loadIncidents(o.issues, new Date(o.now.getTime() - Math.max(o.policy.cooldownMs, 0)));
  }
  const runs: IncidentRun[] = [];
  for (const r of o.results) {
    const past = o.past(r.fingerprint);
    const memory = loaded ? (loaded.memory.get(r.fingerprint) ?? {}) : replayMemory(past, o.policy);
    const decision = decideIncident(memory, r.health, streakOf(past, r.health), o.policy, o.now);
    const run: IncidentRun = {
      fingerprint: r.fingerprint,
      environment: r.environment,
      check: r.name,
      decision,
      alerts: [],
      problems: [],
    };
    runs.push(run);
    if (decision.kind === 'none') continue;
    const facts = factsOf(r, o);
    const clean = (s: string) => scrub(s, o.secrets);
    let since = memory.open?.openedAt ?? nowIso;
    let alertKind: AlertEvent['kind'] | undefined;
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
        if (o.issues) {
          const title = clean(incidentTitle(facts, decision.severity));
          const body = clean(incidentBody(facts, state));
          if (decision.reopen !== undefined) {
            const url = await updateIncidentIssue(o.issues, decision.reopen, { state: 'open', title, body });
            await commentOnIncident(
              o.issues,
              decision.reopen,
              clean(
                changeComment(
                  facts,
                  `Failing again within the cool-down after recovering: flapping.${decision.alert ? '' : ' No new alert was sent.'}`,
                ),
              ),
            );
            run.issue = { number: decision.reopen, url };
          } else {
            const created = await createIncidentIssue(o.issues, title, body);
            run.issue = created;
          }
        }
      } else if (decision.kind === 'update') {
        alertKind = decision.alert ? decision.to : undefined;
        const open = memory.open;
        if (o.issues && open) {
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
            o.issues,
            decision.issueNumber,
            clean(changeComment(facts, `Changed from ${decision.from} to ${decision.to}.`)),
          );
          const url = await updateIncidentIssue(o.issues, decision.issueNumber, {
            title: clean(incidentTitle(facts, decision.to)),
            body: clean(incidentBody(facts, state)),
          });
          run.issue = { number: decision.issueNumber, url };
        }
      } else {
        alertKind = decision.alert ? 'recovered' : undefined;
        const open = memory.open;
        if (o.issues && open) {
          const state: IncidentState = {
            severity: open.severity,
            openedAt: open.openedAt,
            alerted: open.alerted,
            lastAlertAt: decision.alert ? nowIso : (open.lastAlertAt ?? ''),
          };
          if (!state.lastAlertAt) delete state.lastAlertAt;
          await commentOnIncident(
            o.issues,
            decision.issueNumber,
            clean(
              changeComment(
                { ...facts, message: `passing for ${o.policy.recoverAfter} runs in a row` },
                `Recovered after ${durationText(open.openedAt, nowIso)}.`,
              ),
            ),
          );
          const url = await updateIncidentIssue(o.issues, decision.issueNumber, {
            state: 'closed',
            body: clean(
              incidentBody({ ...facts, message: memory.open ? 'recovered' : facts.message }, state),
            ),
          });
          run.issue = { number: decision.issueNumber, url };
        }
      }
    } catch (error) {
      const message = `incident issue for ${r.environment}/${r.name}: ${clean(error instanceof Error ? error.message : String(error))}`;
      run.problems.push(message);
      o.log.warning(message);
    }
    if (!alertKind) continue;
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
      o.channels.map((c) => sendAlert(c, event, { secrets: o.secrets, timeoutMs: o.alertTimeoutMs })),
    );
    for (const a of run.alerts)
      if (!a.ok) o.log.warning(`${a.channel} alert to ${a.target} failed: ${a.error}`);
  }
  return runs;
}
