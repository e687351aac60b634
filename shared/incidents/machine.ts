// When does a failing check become an incident, and when is it over? A pure state machine: the
// open incident (read from its GitHub issue) and the check's recent results (from the history
// store) go in, one decision comes out. Nothing here reads a clock, a file or the network.

export type Observed = 'up' | 'degraded' | 'down';
export type Severity = 'degraded' | 'down';

export interface IncidentPolicy {
  /** Consecutive failing runs before an incident is opened (1 = at once). */
  confirmAfter: number;
  /** Consecutive passing runs before it is closed. */
  recoverAfter: number;
  /**
   * A check that fails again this soon after recovering is flapping: its closed issue is reopened
   * instead of a new one, and no second alert is sent within this time of the last one.
   */
  cooldownMs: number;
}

export interface OpenIncident {
  issueNumber: number;
  severity: Severity;
  openedAt: string;
  /** When the last alert about this incident went out. */
  lastAlertAt?: string;
  /** A down/degraded alert was sent for this incident, so its recovery is announced too. */
  alerted: boolean;
}

export interface ClosedIncident {
  issueNumber: number;
  closedAt: string;
  lastAlertAt?: string;
}

export interface IncidentMemory {
  open?: OpenIncident;
  lastClosed?: ClosedIncident;
}

export interface Streak {
  /** Trailing runs, the current one included, that were not up. */
  failures: number;
  /** Trailing runs, the current one included, that were up. */
  successes: number;
}

export type IncidentDecision =
  | { kind: 'none'; state: 'up' | 'pending-confirmation' | 'ongoing' | 'pending-recovery'; note: string }
  | { kind: 'open'; severity: Severity; alert: boolean; reopen?: number; flapping: boolean }
  | { kind: 'update'; issueNumber: number; from: Severity; to: Severity; alert: boolean }
  | { kind: 'recover'; issueNumber: number; alert: boolean };

/** Trailing counts over `history` (oldest first) followed by `current`. */
export function streakOf(history: readonly Observed[], current: Observed): Streak {
  const all = [...history, current];
  let failures = 0;
  let successes = 0;
  for (let i = all.length - 1; i >= 0 && all[i] !== 'up'; i--) failures++;
  for (let i = all.length - 1; i >= 0 && all[i] === 'up'; i--) successes++;
  return { failures, successes };
}

function within(nowMs: number, iso: string | undefined, ms: number): boolean {
  if (!iso) return false;
  const t = Date.parse(iso);
  return Number.isFinite(t) && nowMs - t < ms;
}

export function decideIncident(
  memory: IncidentMemory,
  current: Observed,
  streak: Streak,
  policy: IncidentPolicy,
  now: Date,
): IncidentDecision {
  const nowMs = now.getTime();
  const open = memory.open;
  if (!open) {
    if (current === 'up') return { kind: 'none', state: 'up', note: 'up' };
    if (streak.failures < policy.confirmAfter) {
      return {
        kind: 'none',
        state: 'pending-confirmation',
        note: `failed ${streak.failures} of ${policy.confirmAfter} runs needed to confirm`,
      };
    }
    const closed = memory.lastClosed;
    const flapping = closed !== undefined && within(nowMs, closed.closedAt, policy.cooldownMs);
    const quiet = flapping && within(nowMs, closed?.lastAlertAt, policy.cooldownMs);
    return {
      kind: 'open',
      severity: current,
      alert: !quiet,
      flapping,
      ...(flapping && closed ? { reopen: closed.issueNumber } : {}),
    };
  }
  if (current !== 'up') {
    if (current !== open.severity) {
      // Getting worse is news; getting better (down → degraded) is only noted on the issue.
      return {
        kind: 'update',
        issueNumber: open.issueNumber,
        from: open.severity,
        to: current,
        alert: current === 'down',
      };
    }
    return { kind: 'none', state: 'ongoing', note: `still ${current} since ${open.openedAt}` };
  }
  if (streak.successes < policy.recoverAfter) {
    return {
      kind: 'none',
      state: 'pending-recovery',
      note: `passed ${streak.successes} of ${policy.recoverAfter} runs needed to close the incident`,
    };
  }
  return { kind: 'recover', issueNumber: open.issueNumber, alert: open.alerted };
}
