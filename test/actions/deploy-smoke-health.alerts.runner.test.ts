// Alerts that always go out (issue 12 §3), through dist/deploy-smoke-health under the runner
// harness: post-deploy failures and recoveries, an issues API that fails, downtime from the
// recorded state, history off with confirmations, and deliveries retried on 429 / 5xx.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertReceivers, startAlertReceivers } from '../harness/alert-receivers.js';
import { deploymentStatusEvent, scheduleEvent } from '../harness/events-deploy.js';
import { FakeGitHub } from '../harness/fake-github.js';
import { addIssueRoutes, type FakeIssues } from '../harness/fake-issues.js';
import { type Loopback, sendJson, startServer } from '../harness/loopback-server.js';
import { runAction } from '../harness/runner.js';

let fake: FakeGitHub;
let issues: FakeIssues;
let receivers: AlertReceivers;
let service: Loopback;
let flaky: Loopback;
let serviceUp = true;
let flakyAnswers: { status: number; headers?: Record<string, string> }[] = [];
const flakyTimes: number[] = [];
let workspace: string;
let runId = 7000;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  issues = addIssueRoutes(fake, 300);
  receivers = await startAlertReceivers();
  service = await startServer((_req, res) => {
    if (serviceUp) sendJson(res, 200, { status: 'pass', version: 'v2' });
    else sendJson(res, 503, { status: 'fail' });
  });
  // A webhook receiver whose next answers a test scripts: 429 with retry-after, 503, then 200.
  flaky = await startServer((_req, res) => {
    flakyTimes.push(Date.now());
    const next = flakyAnswers.shift() ?? { status: 200 };
    res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
    res.end(next.status === 200 ? '{}' : '{"error":"busy"}');
  });
});
afterAll(async () => {
  await Promise.all([fake?.close(), receivers?.close(), service?.close(), flaky?.close()]);
});

const channels = () => ({
  'slack-webhook': receivers.urls.slack,
  'discord-webhook': receivers.urls.discord,
  'teams-webhook': receivers.urls.teams,
  'webhook-url': receivers.urls.webhook,
});

function freshWorkspace(): string {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = mkdtempSync(join(tmpdir(), 'smoke-alerts-'));
  return workspace;
}

const uptime = (inputs: Record<string, string>) =>
  runAction('deploy-smoke-health', {
    workspace,
    event: scheduleEvent('*/5 * * * *'),
    env: { GITHUB_API_URL: fake.url, GITHUB_RUN_ID: String(++runId) },
    inputs: {
      endpoints: `shop=${service.url}/health`,
      environment: 'prod',
      retries: '0',
      history: 'folder',
      'history-folder': '.history',
      cooldown: '0',
      ...inputs,
    },
  });

describe('post-deploy alerts', () => {
  it('a failed deploy alerts every channel; the next good deploy sends one recovery per channel', async () => {
    freshWorkspace();
    receivers.received.length = 0;
    const deploy = (sha: string) =>
      runAction('deploy-smoke-health', {
        workspace,
        event: deploymentStatusEvent({ environment: 'staging', environmentUrl: service.url, sha }),
        env: { GITHUB_API_URL: fake.url, GITHUB_RUN_ID: String(++runId) },
        inputs: {
          endpoints: '/health',
          environment: 'staging',
          'confirm-version': 'false',
          'consecutive-successes': '1',
          'wait-timeout': '1s',
          backoff: '100ms',
          history: 'folder',
          'history-folder': '.history',
          ...channels(),
        },
      });
    serviceUp = false;
    const failed = await deploy('a'.repeat(40));
    expect(failed.exitCode).toBe(1);
    expect(receivers.received.map((r) => r.channel).sort()).toEqual(['discord', 'slack', 'teams', 'webhook']);
    const down = receivers.received.find((r) => r.channel === 'webhook');
    expect(down?.payload.event).toBe('down');
    expect(String(down?.raw)).toContain('after the deploy of aaaaaaaaaaaa');
    expect(failed.summary).toContain('Alerts: 4 of 4 delivered');

    serviceUp = true;
    const good = await deploy('b'.repeat(40));
    expect(good.stderr).toBe('');
    expect(good.exitCode).toBe(0);
    const recoveries = receivers.received.slice(4);
    expect(recoveries.map((r) => r.channel).sort()).toEqual(['discord', 'slack', 'teams', 'webhook']);
    expect(recoveries.find((r) => r.channel === 'webhook')?.payload.event).toBe('recovered');
    expect(receivers.problems).toEqual([]);

    // A third good deploy has nothing to announce.
    const again = await deploy('c'.repeat(40));
    expect(again.exitCode).toBe(0);
    expect(receivers.received).toHaveLength(8);
  });
});

describe('uptime alerts without the incident store', () => {
  it('alerts while the issues API answers 500, then fails the step about the issues (exit 2)', async () => {
    freshWorkspace();
    receivers.received.length = 0;
    serviceUp = false;
    // For the rest of this file: no later test keeps issues.
    fake.fault({ path: /\/issues/ }, { kind: 'status', status: 500, times: Number.POSITIVE_INFINITY });
    {
      const r = await uptime({ 'confirm-after': '1', ...channels() });
      expect(r.exitCode).toBe(1); // the service is down and confirmed: that verdict comes first
      expect(receivers.received.map((x) => x.channel).sort()).toEqual([
        'discord',
        'slack',
        'teams',
        'webhook',
      ]);
      expect(r.summary).toContain('Incident issues not kept (alerts were sent regardless)');
      expect(issues.issues).toHaveLength(0);
      const error = r.annotations.find((a) => a.level === 'error')?.message ?? '';
      expect(error).toMatch(/confirmed incident/);
      expect(error).toMatch(/incident issues could not be kept/);

      // Still down, issues still failing: the alert is not repeated (the state remembers it).
      const again = await uptime({ 'confirm-after': '1', ...channels() });
      expect(again.exitCode).toBe(1);
      expect(receivers.received).toHaveLength(4);
    }
  });

  it('recovery after issues: false says how long it was really down', async () => {
    freshWorkspace();
    receivers.received.length = 0;
    const inputs = {
      issues: 'false',
      'confirm-after': '1',
      'recover-after': '1',
      'slack-webhook': receivers.urls.slack,
    };
    serviceUp = false;
    expect((await uptime(inputs)).exitCode).toBe(1);
    serviceUp = true;
    const r = await uptime(inputs);
    expect(r.exitCode).toBe(0);
    const texts = receivers.received.map((x) => String(x.payload.text));
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain('recovered');
    expect(texts[1]).toMatch(/down for \d+ min/);
    expect(texts[1]).not.toMatch(/\d{3,} h/);
  });

  it('refuses history: off with confirm-after 2 in uptime mode, before any check', async () => {
    freshWorkspace();
    const before = service.requests.length;
    const r = await uptime({ history: 'off', 'confirm-after': '2' });
    expect(r.exitCode).toBe(2);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /input 'history': 'off' cannot be used with confirm-after 2/,
    );
    expect(service.requests.length).toBe(before);
  });
});

describe('alert delivery', () => {
  it('retries a 429 after its retry-after and a 503, and delivers', async () => {
    freshWorkspace();
    serviceUp = false;
    flaky.requests.length = 0;
    flakyTimes.length = 0;
    // Longer than any backoff shipshape would choose itself (at most 1 s before the first retry).
    flakyAnswers = [{ status: 429, headers: { 'retry-after': '3' } }, { status: 503 }];
    const r = await uptime({
      'confirm-after': '1',
      issues: 'false',
      'webhook-url': `${flaky.url}/hooks/T0123/B0456/not-a-word`,
    });
    expect(r.exitCode).toBe(1);
    expect(flaky.requests).toHaveLength(3);
    expect((flakyTimes[1] as number) - (flakyTimes[0] as number)).toBeGreaterThanOrEqual(2900);
    expect(r.summary).toContain('Alerts: 1 of 1 delivered');
    expect(r.outputs['alerts-failed']).toBe('0');
  });

  it('reports a delivery that never succeeds in the summary and fails the step', async () => {
    freshWorkspace();
    serviceUp = false;
    flaky.requests.length = 0;
    flakyAnswers = Array(10).fill({ status: 500 });
    const r = await uptime({
      'confirm-after': '1',
      issues: 'false',
      'fail-on': 'never',
      'webhook-url': `${flaky.url}/hooks/T0123/B0456/not-a-word`,
    });
    expect(flaky.requests).toHaveLength(4); // the first attempt and three retries
    expect(r.exitCode).toBe(2);
    expect(r.summary).toContain('❌ Alerts: 0 of 1 delivered');
    expect(r.outputs['alerts-failed']).toBe('1');
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /1 alert\(s\) not delivered: webhook/,
    );
    flakyAnswers = [];
  });
});
