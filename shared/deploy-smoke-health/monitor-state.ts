// What a monitor remembers between runs and across a watcher hand-over, stored as one history
// record (kind `uptime`): per check its human name, its compacted results (rollups.ts), its
// confirmation streak and its incident (open or recently closed). Alerts and downtime are decided
// from this, so they never depend on the incident issues being reachable.
import type { HistoryRecord } from '../history/record.js';
import {
  decideIncident,
  type IncidentMemory,
  type IncidentPolicy,
  type Observed,
  type Streak,
} from '../incidents/machine.js';
import {
  addSample,
  compact,
  DEFAULT_RETENTION,
  emptySeries,
  loadSeries,
  type Retention,
  type Series,
  type StoredSeries,
  storeSeries,
} from './rollups.js';

export const MONITOR_STATE_FORMAT = 'shipshape.uptime-state/v1';

export interface CheckIdentity {
  /** Stable id (fingerprint of environment, name and redacted URL); never shown as a title. */
  key: string;
  environment: string;
  name: string;
  /** Redacted. */
  url: string;
}

export interface CheckState extends CheckIdentity {
  series: Series;
  streak: Streak;
  memory: IncidentMemory;
  /** An alert was due but no channel took it: sent again on the next run that still fails. */
  alertDue?: boolean;
  lastCheckedAt?: number;
}

export interface MonitorState {
  checks: Map<string, CheckState>;
}

export function emptyState(): MonitorState {
  return { checks: new Map() };
}

export function checkState(state: MonitorState, id: CheckIdentity): CheckState {
  let c = state.checks.get(id.key);
  if (!c) {
    c = { ...id, series: emptySeries(), streak: { failures: 0, successes: 0 }, memory: {} };
    state.checks.set(id.key, c);
  }
  // The newest name wins (a renamed environment label, say): charts are titled by it.
  c.environment = id.environment;
  c.name = id.name;
  c.url = id.url;
  return c;
}

/** Records one result: raw and rollups, and the trailing streak the incident machine needs. */
export function observe(
  c: CheckState,
  health: Observed,
  t: number,
  latencyMs?: number,
  failure?: string,
): void {
  addSample(c.series, {
    t,
    health,
    ...(latencyMs !== undefined ? { latencyMs } : {}),
    ...(failure ? { failure } : {}),
  });
  c.streak =
    health === 'up'
      ? { failures: 0, successes: c.streak.successes + 1 }
      : { failures: c.streak.failures + 1, successes: 0 };
  c.lastCheckedAt = t;
}

interface StoredCheck extends CheckIdentity {
  series: StoredSeries;
  streak: Streak;
  memory: IncidentMemory;
  alertDue?: boolean;
  lastCheckedAt?: number;
}

export interface StoredState {
  format: typeof MONITOR_STATE_FORMAT;
  checks: StoredCheck[];
}

export function storeState(
  state: MonitorState,
  now: number,
  retention: Retention = DEFAULT_RETENTION,
): StoredState {
  const checks: StoredCheck[] = [];
  for (const c of state.checks.values()) {
    compact(c.series, now, retention);
    checks.push({
      key: c.key,
      environment: c.environment,
      name: c.name,
      url: c.url,
      series: storeSeries(c.series),
      streak: c.streak,
      memory: c.memory,
      ...(c.alertDue ? { alertDue: true } : {}),
      ...(c.lastCheckedAt !== undefined ? { lastCheckedAt: c.lastCheckedAt } : {}),
    });
  }
  return { format: MONITOR_STATE_FORMAT, checks };
}

export function loadState(stored: StoredState, o: { rawTail?: number } = {}): MonitorState {
  const state = emptyState();
  for (const s of stored.checks ?? []) {
    if (!s || typeof s.key !== 'string') continue;
    state.checks.set(s.key, {
      key: s.key,
      environment: String(s.environment ?? ''),
      name: String(s.name ?? s.key),
      url: String(s.url ?? ''),
      series: loadSeries(s.series, o.rawTail),
      streak: {
        failures: Number(s.streak?.failures) || 0,
        successes: Number(s.streak?.successes) || 0,
      },
      memory: s.memory && typeof s.memory === 'object' ? s.memory : {},
      ...(s.alertDue ? { alertDue: true } : {}),
      ...(typeof s.lastCheckedAt === 'number' ? { lastCheckedAt: s.lastCheckedAt } : {}),
    });
  }
  return state;
}

/** The stored state in a history record, or undefined for records of the older per-run format. */
export function storedStateOf(r: HistoryRecord): StoredState | undefined {
  const d = r.detail as { monitor?: StoredState } | undefined;
  return d?.monitor?.format === MONITOR_STATE_FORMAT ? d.monitor : undefined;
}

/** The newest stored state among `records` (a read may merge several runs' artifacts). */
export function newestState(
  records: readonly HistoryRecord[],
): { state: StoredState; record: HistoryRecord } | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i] as HistoryRecord;
    const state = storedStateOf(r);
    if (state) return { state, record: r };
  }
  return undefined;
}

/**
 * Records written before the state existed held one run each, with `h.<key>` (1 up, 0.5 degraded,
 * 0 down) and `ms.<key>` metrics. Their results are replayed into the state of the checks still
 * configured, with real times, so a recovery's downtime is counted from when it really started.
 */
export function importLegacy(
  state: MonitorState,
  records: readonly HistoryRecord[],
  checks: readonly CheckIdentity[],
  policy: IncidentPolicy,
): void {
  for (const id of checks) {
    if (state.checks.has(id.key)) continue;
    const key = `h.${id.key}`;
    const rows = records.filter((r) => !storedStateOf(r) && typeof r.metrics[key] === 'number');
    if (rows.length === 0) continue;
    const c = checkState(state, id);
    for (const r of rows) {
      const v = r.metrics[key] as number;
      const health: Observed = v >= 1 ? 'up' : v > 0 ? 'degraded' : 'down';
      const t = Date.parse(r.time);
      observe(c, health, t, r.metrics[`ms.${id.key}`]);
      applyDecision(
        c,
        decideIncident(c.memory, health, c.streak, { ...policy, cooldownMs: 0 }, new Date(t)),
        t,
        true,
      );
    }
  }
}

/** Moves a check's incident memory on after a decision; `delivered` says whether its alert went out. */
export function applyDecision(
  c: CheckState,
  d: ReturnType<typeof decideIncident>,
  t: number,
  delivered: boolean,
  issueNumber?: number,
): void {
  const at = new Date(t).toISOString();
  const m = c.memory;
  if (d.kind === 'open') {
    const alerted = d.alert && delivered;
    c.memory = {
      open: {
        issueNumber: issueNumber ?? d.reopen ?? 0,
        severity: d.severity,
        openedAt: at,
        alerted,
        ...(alerted
          ? { lastAlertAt: at }
          : m.lastClosed?.lastAlertAt
            ? { lastAlertAt: m.lastClosed.lastAlertAt }
            : {}),
      },
      ...(m.lastClosed ? { lastClosed: m.lastClosed } : {}),
    };
    c.alertDue = d.alert && !delivered;
  } else if (d.kind === 'update' && m.open) {
    const alerted = d.alert && delivered;
    c.memory = {
      ...m,
      open: {
        ...m.open,
        severity: d.to,
        alerted: m.open.alerted || alerted,
        ...(alerted ? { lastAlertAt: at } : {}),
      },
    };
    if (d.alert && !delivered) c.alertDue = true;
  } else if (d.kind === 'recover' && m.open) {
    const last = d.alert && delivered ? at : m.open.lastAlertAt;
    c.memory = {
      lastClosed: { issueNumber: m.open.issueNumber, closedAt: at, ...(last ? { lastAlertAt: last } : {}) },
    };
    c.alertDue = false;
  }
}
