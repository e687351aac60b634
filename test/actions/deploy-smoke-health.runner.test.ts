// dist/deploy-smoke-health under the runner harness, against the fake GitHub (with issue and
// deployment-status routes), real services on 127.0.0.1 and alert receivers that check payloads.
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

const SECRET = 'tok_9f8e7d6c5b4a3210';
const WEBHOOK_SECRET = 'whsec_shared_between_us';
let fake: FakeGitHub;
let issues: FakeIssues;
let receivers: AlertReceivers;
let service: Loopback;
let heartbeat: Loopback;
let serviceUp = true;
let version = 'old';
let pendingVersion: string | undefined;
let oldAnswers = 0;
let workspace: string;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  issues = addIssueRoutes(fake, 100);
  receivers = await startAlertReceivers({ webhookSecret: WEBHOOK_SECRET });
  service = await startServer((_req, res) => {
    if (!serviceUp) {
      sendJson(
        res,
        503,
        { status: 'fail', checks: { db: [{ status: 'fail', output: 'connection refused' }] } },
        'application/health+json',
      );
      return;
    }
    // The new version goes live after the old one has answered twice (a cut-over, counted in
    // requests rather than time so that a slow start of the action cannot skip it).
    if (pendingVersion && ++oldAnswers > 2) version = pendingVersion;
    sendJson(res, 200, { status: 'pass', version }, 'application/health+json');
  });
  heartbeat = await startServer((_req, res) => sendJson(res, 200, {}));
  workspace = mkdtempSync(join(tmpdir(), 'smoke-ws-'));
});
afterAll(async () => {
  await Promise.all([fake?.close(), receivers?.close(), service?.close(), heartbeat?.close()]);
  if (!process.env.KEEP_WS) rmSync(workspace, { recursive: true, force: true });
});

describe('deploy-smoke-health uptime mode under the runner', () => {
  it('down → confirmed → one issue, one alert per channel → recovered → issue closed, one recovery alert; the URL token never shows', async () => {
    const inputs = {
      endpoints: `shop=http://monitor:${SECRET}@127.0.0.1:${service.port}/health?token=${SECRET}`,
      environment: 'prod',
      conditions: '[BODY].status == pass',
      retries: '0',
      history: 'folder',
      'history-folder': '.history',
      'confirm-after': '2',
      'recover-after': '2',
      cooldown: '0',
      'slack-webhook': receivers.urls.slack,
      'discord-webhook': receivers.urls.discord,
      'teams-webhook': receivers.urls.teams,
      'webhook-url': receivers.urls.webhook,
      'webhook-secret': WEBHOOK_SECRET,
      'runbook-url': 'https://runbooks.example.com/shop',
      'heartbeat-url': `${heartbeat.url}/ping/abc`,
    };
    let runId = 5000;
    // Each scheduled run has its own run id, so each stores its own history record.
    const run = () =>
      runAction('deploy-smoke-health', {
        workspace,
        event: scheduleEvent('*/5 * * * *'),
        env: { GITHUB_API_URL: fake.url, GITHUB_RUN_ID: String(++runId) },
        inputs,
      });
    const phases: { up: boolean; exit: number; open: number; alerts: number }[] = [];
    const runs = [];
    for (const up of [true, false, false, false, true, true]) {
      serviceUp = up;
      const r = await run();
      runs.push(r);
      expect(r.stderr).toBe('');
      phases.push({
        up,
        exit: r.exitCode,
        open: issues.issues.filter((i) => i.state === 'open').length,
        alerts: receivers.received.length,
      });
    }
    expect(phases).toEqual([
      { up: true, exit: 0, open: 0, alerts: 0 },
      { up: false, exit: 0, open: 0, alerts: 0 }, // one failure: not confirmed yet
      { up: false, exit: 1, open: 1, alerts: 4 }, // confirmed: one issue, one alert per channel
      { up: false, exit: 1, open: 1, alerts: 4 }, // still down: nothing new
      { up: true, exit: 0, open: 1, alerts: 4 }, // one pass: not recovered yet
      { up: true, exit: 0, open: 0, alerts: 8 }, // recovered: closed, one recovery alert per channel
    ]);
    expect(issues.issues).toHaveLength(1);
    const issue = issues.issues[0];
    expect(issue?.title).toBe('[prod] shop is down');
    expect(issue?.state).toBe('closed');
    expect(issue?.labels).toEqual(['incident']);
    expect(issue?.body).toMatch(/<!-- shipshape:deploy-smoke-health:incident fingerprint=[0-9a-f]{12} -->/);
    expect(fake.state.commentsOn(issue?.number ?? 0).map((c) => c.body.split('\n')[0])).toEqual([
      expect.stringMatching(/^Recovered after/),
    ]);
    expect(receivers.problems).toEqual([]);
    const kinds = receivers.received.map(
      (r) => `${r.channel}:${r.channel === 'webhook' ? r.payload.event : ''}`,
    );
    expect(kinds.filter((k) => k === 'webhook:down')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'webhook:recovered')).toHaveLength(1);
    const slackDown = receivers.received.find((r) => r.channel === 'slack');
    expect(String(slackDown?.payload.text)).toContain('[prod] shop is down');
    expect(slackDown?.raw).toContain('https://runbooks.example.com/shop');
    expect(heartbeat.requests.map((r) => r.url)).toEqual(Array(6).fill('/ping/abc'));
    expect(fake.violations).toEqual([]);

    const last = runs.at(-1);
    expect(last?.outputs.state).toBe('up');
    expect(last?.summary).toContain('Environment: **prod**');
    expect(last?.summary).toMatch(/Scheduled run started \*\*\d+ min \d+ s late\*\*/);
    expect(last?.outputs['lateness-seconds']).toMatch(/^\d+$/);
    // The summary shows 24 h uptime over the six runs: 3 of 6 were down.
    expect(last?.summary).toContain('50.00%');

    const everything = [
      ...runs.flatMap((r) => [
        r.stdout.replace(/^::add-mask::.*$/gm, ''),
        r.stderr,
        r.summary,
        JSON.stringify(r.outputs),
      ]),
      ...issues.issues.flatMap((i) => [i.title, i.body]),
      ...fake.state.comments.map((c) => c.body),
      ...receivers.received.map((r) => r.raw),
    ].join('\n');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain('XXXXslacksecret');
    expect(everything).not.toContain(WEBHOOK_SECRET);
    expect(runs[2]?.masks).toContain(SECRET);
  });
});

describe('deploy-smoke-health post-deploy mode under the runner', () => {
  it('waits for the new version, then marks the deployment and the commit', async () => {
    serviceUp = true;
    version = 'old';
    const sha = 'c0ffee1234567890c0ffee1234567890c0ffee12';
    pendingVersion = sha.slice(0, 7);
    oldAnswers = 0;
    const run = await runAction('deploy-smoke-health', {
      workspace,
      event: deploymentStatusEvent({
        environment: 'staging',
        environmentUrl: service.url,
        sha,
        deploymentId: 77,
      }),
      env: { GITHUB_API_URL: fake.url },
      inputs: {
        endpoints: '/health',
        environment: 'staging',
        'consecutive-successes': '2',
        interval: '50ms',
        backoff: '100ms',
        'wait-timeout': '20s',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const gate = JSON.parse(run.outputs.json ?? '{}');
    expect(gate).toMatchObject({ passed: true, state: 'up', sha, environments: ['staging'] });
    expect(gate.checks[0].versionConfirmed).toBe(true);
    expect(gate.checks[0].attempts).toBeGreaterThan(2);
    expect(run.outputs['version-confirmed']).toBe('true');
    expect(issues.deploymentStatuses.at(-1)).toMatchObject({
      deployment_id: 77,
      state: 'success',
      environment: 'staging',
    });
    expect(fake.state.statuses[sha]?.at(-1)).toMatchObject({
      context: 'shipshape/deploy-smoke-health (staging)',
      state: 'success',
    });
    expect(run.summary).toContain('Post-deploy smoke check');
    expect(fake.violations).toEqual([]);
  });

  it('skips a deployment that did not succeed', async () => {
    const run = await runAction('deploy-smoke-health', {
      workspace,
      event: deploymentStatusEvent({ state: 'failure', environmentUrl: service.url }),
      env: { GITHUB_API_URL: fake.url },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.state).toBe('skipped');
    expect(run.outputs.passed).toBe('');
  });
});
