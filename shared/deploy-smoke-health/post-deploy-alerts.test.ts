import { describe, expect, it } from 'vitest';
import { emptyPostDeployMemory, postDeployAlerts } from './post-deploy-alerts.js';
import type { ReportCheck } from './report.js';

const check = (health: 'up' | 'down', confirmed = true): ReportCheck =>
  ({
    fingerprint: 'f1',
    name: 'health',
    environment: 'staging',
    kind: 'http',
    url: 'https://user:pw@app.example/health?token=abc',
    health,
    ...(health === 'down' ? { failure: { class: 'status', message: 'HTTP 503, expected 200' } } : {}),
    attempts: 1,
    conditions: [],
    components: [],
    checkedAt: '2026-12-01T10:00:00Z',
    version: { expected: 'abc1234', confirmed, ...(confirmed ? { found: 'abc1234' } : {}) },
  }) as ReportCheck;

describe('post-deploy alerts', () => {
  it('alerts a failed deploy, again on the next failed one, then recovers with the first failure as start', () => {
    const t = (m: number) => new Date(Date.UTC(2026, 11, 1, 10, m));
    const first = postDeployAlerts([check('down')], undefined, emptyPostDeployMemory(), {
      now: t(0),
      sha: 'a'.repeat(40),
    });
    expect(first.events.map((e) => e.kind)).toEqual(['down']);
    expect(first.events[0]?.url).not.toContain('pw');
    const second = postDeployAlerts([check('up', false)], undefined, first.memory, { now: t(10) });
    expect(second.events.map((e) => [e.kind, e.since])).toEqual([['down', t(0).toISOString()]]);
    const good = postDeployAlerts([check('up')], undefined, second.memory, { now: t(25) });
    expect(good.events.map((e) => [e.kind, e.since, e.at])).toEqual([
      ['recovered', t(0).toISOString(), t(25).toISOString()],
    ]);
    expect(good.memory.failing).toEqual({});
    expect(postDeployAlerts([check('up')], undefined, good.memory, { now: t(30) }).events).toEqual([]);
  });

  it('reports requests that failed while watching the rollout as degraded', () => {
    const r = postDeployAlerts(
      [check('up')],
      {
        durationMs: 60_000,
        requests: 12,
        failures: [
          { at: 'x', environment: 'staging', check: 'health', class: 'connect', message: 'ECONNREFUSED' },
        ],
      },
      emptyPostDeployMemory(),
      { now: new Date() },
    );
    expect(r.events.map((e) => [e.kind, e.message])).toEqual([
      ['degraded', '1 of 12 requests failed while watching the rollout (first: connect: ECONNREFUSED)'],
    ]);
  });
});
