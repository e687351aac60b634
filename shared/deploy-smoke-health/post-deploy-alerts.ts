// Which alerts a post-deploy run sends: every check that failed after this deploy (not healthy on
// the new version in time, or requests failed while watching the rollout), and a recovery for every
// check that failed after an earlier deploy and passes now. Pure; the memory of earlier failures is
// one small history record (kind `post-deploy`).
import type { AlertEvent } from '../alerts/event.js';
import type { HistoryRecord } from '../history/record.js';
import { redactUrl } from '../probes/redact.js';
import { runbookUrl, smokeRunbookAnchor } from '../report/runbooks.js';
import type { WatchResult } from './post-deploy.js';
import type { ReportCheck } from './report.js';

export const POST_DEPLOY_STATE_FORMAT = 'shipshape.post-deploy-state/v1';

export interface FailedCheck {
  environment: string;
  name: string;
  /** When the first failing deploy of this streak was checked (ISO). */
  failedAt: string;
  sha?: string;
}

export interface PostDeployMemory {
  format: typeof POST_DEPLOY_STATE_FORMAT;
  failing: Record<string, FailedCheck>;
}

export function emptyPostDeployMemory(): PostDeployMemory {
  return { format: POST_DEPLOY_STATE_FORMAT, failing: {} };
}

export function postDeployMemoryOf(records: readonly HistoryRecord[]): PostDeployMemory {
  for (let i = records.length - 1; i >= 0; i--) {
    const m = (records[i]?.detail as { postDeploy?: PostDeployMemory } | undefined)?.postDeploy;
    if (m?.format === POST_DEPLOY_STATE_FORMAT && m.failing && typeof m.failing === 'object') return m;
  }
  return emptyPostDeployMemory();
}

export interface PostDeployAlerts {
  events: AlertEvent[];
  memory: PostDeployMemory;
}

function why(c: ReportCheck): string | undefined {
  if (c.version && !c.version.confirmed)
    return `the deployed version ${c.version.expected.slice(0, 12)} is not live (found ${c.version.found ?? 'none'})`;
  if (c.health === 'down') return c.failure?.message ?? 'down';
  if (c.warmup && !c.warmup.passed)
    return `not healthy ${c.warmup.passesInARow} times in a row before the wait ran out`;
  return undefined;
}

export function postDeployAlerts(
  checks: readonly ReportCheck[],
  watch: WatchResult | undefined,
  memory: PostDeployMemory,
  o: { now: Date; sha?: string; runbookUrl?: string; runUrl?: string },
): PostDeployAlerts {
  const at = o.now.toISOString();
  const failing: Record<string, FailedCheck> = { ...memory.failing };
  const events: AlertEvent[] = [];
  for (const c of checks) {
    const watchFailures = (watch?.failures ?? []).filter(
      (f) => f.environment === c.environment && f.check === c.name,
    );
    const reason = why(c);
    const base = {
      environment: c.environment,
      check: c.name,
      url: redactUrl(c.url),
      fingerprint: c.fingerprint,
      at,
      runbookUrl:
        o.runbookUrl ||
        runbookUrl('deploy-smoke-health', smokeRunbookAnchor(c.failure?.class, c.health === 'degraded')),
      ...(o.runUrl ? { runUrl: o.runUrl } : {}),
    };
    if (reason || watchFailures.length > 0) {
      const previous = failing[c.fingerprint];
      const since = previous?.failedAt ?? at;
      failing[c.fingerprint] = {
        environment: c.environment,
        name: c.name,
        failedAt: since,
        ...(o.sha ? { sha: o.sha } : {}),
      };
      const first = watchFailures[0];
      events.push({
        ...base,
        kind: reason ? 'down' : 'degraded',
        ...(reason
          ? c.failure
            ? { failureClass: c.failure.class }
            : {}
          : first
            ? { failureClass: first.class }
            : {}),
        message: reason
          ? `after the deploy${o.sha ? ` of ${o.sha.slice(0, 12)}` : ''}: ${reason}`
          : `${watchFailures.length} of ${watch?.requests ?? 0} requests failed while watching the rollout (first: ${first?.class}: ${first?.message})`,
        since,
      });
    } else if (failing[c.fingerprint]) {
      const previous = failing[c.fingerprint] as FailedCheck;
      delete failing[c.fingerprint];
      events.push({
        ...base,
        kind: 'recovered',
        message: 'passing after the deploy',
        since: previous.failedAt,
      });
    }
  }
  return { events, memory: { format: POST_DEPLOY_STATE_FORMAT, failing } };
}
