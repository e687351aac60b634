// Watch mode under the runner harness: two watchers back to back, as the uptime workflow's
// concurrency group runs them. The second takes over the first's confirmation and incident state
// (no second alert), pings the heartbeat every round, and the gap between the first's last check
// and the second's first check is measured at the service.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertReceivers, startAlertReceivers } from '../harness/alert-receivers.js';
import { scheduleEvent } from '../harness/events-deploy.js';
import { FakeGitHub } from '../harness/fake-github.js';
import { addIssueRoutes, type FakeIssues } from '../harness/fake-issues.js';
import { type Loopback, sendJson, startServer } from '../harness/loopback-server.js';
import { runAction } from '../harness/runner.js';

const INTERVAL_MS = 10_000; // the smallest interval watch mode accepts
let fake: FakeGitHub;
let issues: FakeIssues;
let receivers: AlertReceivers;
let service: Loopback;
let heartbeat: Loopback;
let workspace: string;
/** Server-side times of every health request, per watcher. */
const seen: Record<'A' | 'B', number[]> = { A: [], B: [] };
let phase: 'A' | 'B' = 'A';

beforeAll(async () => {
  fake = await FakeGitHub.start();
  issues = addIssueRoutes(fake, 400);
  receivers = await startAlertReceivers();
  service = await startServer((_req, res) => {
    seen[phase].push(Date.now());
    // Down for all of watcher A and B's first round; up from B's second round on.
    const up = phase === 'B' && seen.B.length > 1;
    if (up) sendJson(res, 200, { status: 'pass' });
    else sendJson(res, 503, { status: 'fail' });
  });
  heartbeat = await startServer((_req, res) => sendJson(res, 200, {}));
  workspace = mkdtempSync(join(tmpdir(), 'smoke-watch-'));
});
afterAll(async () => {
  await Promise.all([fake?.close(), receivers?.close(), service?.close(), heartbeat?.close()]);
  rmSync(workspace, { recursive: true, force: true });
});

const watcher = (runId: number, duration: string) =>
  runAction('deploy-smoke-health', {
    workspace,
    event: scheduleEvent('*/15 * * * *'),
    env: { GITHUB_API_URL: fake.url, GITHUB_RUN_ID: String(runId), RUNNER_ENVIRONMENT: 'github-hosted' },
    timeoutMs: 120_000,
    inputs: {
      mode: 'watch',
      interval: '10s',
      'watch-duration': duration,
      endpoints: `shop=${service.url}/health`,
      environment: 'prod',
      retries: '0',
      'confirm-after': '2',
      'recover-after': '2',
      cooldown: '0',
      history: 'folder',
      'history-folder': '.history',
      'slack-webhook': receivers.urls.slack,
      'heartbeat-url': `${heartbeat.url}/ping/watch`,
    },
  });

describe('deploy-smoke-health watch mode', () => {
  it('hands over between two watchers without a hole or a second alert', async () => {
    const a = await watcher(9001, '15s');
    phase = 'B';
    const b = await watcher(9002, '25s');
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');

    // Watcher A: two rounds (the third would not fit in 15 s), confirmed on the second, alerted once.
    expect(seen.A).toHaveLength(2);
    expect(a.exitCode).toBe(1);
    expect(a.summary).toContain('Uptime watch');
    expect(a.summary).toMatch(/2 rounds every 10 s/);
    // Watcher B: three rounds; took over the open incident, closed it after two passes.
    expect(seen.B).toHaveLength(3);
    expect(b.exitCode).toBe(0);
    expect(b.stdout).toMatch(/Taking over from run 9001: its last check was \d+ s ago; 1 incident\(s\) open/);

    const texts = receivers.received.map((r) => String(r.payload.text));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('[prod] shop is down');
    expect(texts[1]).toContain('[prod] shop recovered');
    // Down from A's second round to B's third: about 30 s, counted from the recorded state.
    expect(texts[1]).toMatch(/down for [01] min/);
    expect(issues.issues).toHaveLength(1);
    expect(issues.issues[0]?.state).toBe('closed');

    // One heartbeat per round: a dead-man's switch sees the monitor alive throughout.
    expect(heartbeat.requests.map((r) => r.url)).toEqual(Array(5).fill('/ping/watch'));

    const gapMs = (seen.B[0] as number) - (seen.A.at(-1) as number);
    console.log(`hand-over gap: ${gapMs} ms (A's last check to B's first), interval ${INTERVAL_MS} ms`);
    expect(gapMs).toBeLessThanOrEqual(INTERVAL_MS);
    expect(fake.violations).toEqual([]);
    expect(receivers.problems).toEqual([]);
  });

  it('refuses a watch-duration that GitHub would cut off, and an interval under 10 s', async () => {
    const long = await watcher(9003, '6h');
    expect(long.exitCode).toBe(2);
    expect(long.annotations.find((x) => x.level === 'error')?.message).toMatch(
      /input 'watch-duration': '6h' does not end before GitHub stops a hosted job/,
    );
    const fast = await runAction('deploy-smoke-health', {
      workspace,
      event: scheduleEvent(),
      inputs: { mode: 'watch', interval: '5s', endpoints: `${service.url}/health` },
    });
    expect(fast.exitCode).toBe(2);
    expect(fast.annotations.find((x) => x.level === 'error')?.message).toMatch(
      /input 'interval': '5s' is shorter than the minimum of 10s/,
    );
  });
});
