// dist/deploy-smoke-health under the runner harness, attacked the ways issue 14 found: credentials
// following redirects to other origins and down to plain http, a body that makes a glob backtrack,
// alert text carrying mentions and masked links, an outsider's issue posing as an incident, a create
// that lands but answers 502, deployments to environments nobody configured, and inputs that would
// overflow a timer or hide a broken schedule. Servers are real (TLS from a throwaway openssl CA) on
// 127.0.0.1; GitHub and the alert services are loopback fakes checked against their formats.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../shared/deploy-smoke-health/check.js';
import { incidentBody } from '../../shared/incidents/issue-body.js';
import { type AlertReceivers, startAlertReceivers } from '../harness/alert-receivers.js';
import type { WorkflowEvent } from '../harness/events.js';
import { deploymentStatusEvent, scheduleEvent } from '../harness/events-deploy.js';
import { FakeGitHub } from '../harness/fake-github.js';
import { addIssueRoutes, type FakeIssues } from '../harness/fake-issues.js';
import { type Loopback, sendJson, startServer } from '../harness/loopback-server.js';
import { makeTestCa, type TestCa } from '../harness/openssl-ca.js';
import { runAction } from '../harness/runner.js';

const BEARER = 'Bearer tok_deadbeefcafe0123456789';
const API_KEY = 'key_0123456789abcdef';
const COOKIE = 'session=s3ss10n-v4lu3-abcdef';
const CREDENTIAL_HEADERS = ['authorization', 'x-api-key', 'cookie'] as const;

let ca: TestCa;
let workspace: string;
const servers: Loopback[] = [];
let fake: FakeGitHub;
let issues: FakeIssues;

async function server(...args: Parameters<typeof startServer>): Promise<Loopback> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}

beforeAll(() => {
  ca = makeTestCa();
  workspace = mkdtempSync(join(tmpdir(), 'smoke-security-'));
  writeFileSync(join(workspace, 'ca.pem'), ca.ca);
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await fake?.close();
});
afterAll(() => {
  ca?.cleanup();
  rmSync(workspace, { recursive: true, force: true });
});

async function freshGitHub(): Promise<void> {
  fake = await FakeGitHub.start();
  issues = addIssueRoutes(fake, 1);
}

function writeConfig(name: string, text: string): string {
  writeFileSync(join(workspace, name), text);
  return name;
}

/** A manual run: not a schedule, so a `cron` input is never needed for lateness. */
function workflowDispatchEvent(): WorkflowEvent {
  const { repository } = scheduleEvent().payload as { repository: object };
  return { name: 'workflow_dispatch', payload: { inputs: {}, ref: 'refs/heads/main', repository } };
}

const gate = (outputs: Record<string, string>) =>
  JSON.parse(outputs.json ?? '{}') as {
    state: string;
    checks: { name: string; health: string; failureClass: string | null; status: number | null }[];
  };

const credentialsIn = (s: Loopback) =>
  s.requests.flatMap((r) => CREDENTIAL_HEADERS.filter((h) => r.headers[h] !== undefined));

const ENV = { SHOP_BEARER: BEARER, SHOP_KEY: API_KEY, SHOP_COOKIE: COOKIE };
const credentialedEndpoint = (url: string, extra = '') => `
endpoints:
  - name: api
    url: ${url}
    headers:
      authorization: \${env.SHOP_BEARER}
      x-api-key: \${env.SHOP_KEY}
      cookie: \${env.SHOP_COOKIE}
${extra}`;

describe('item 1: credentials and redirects', () => {
  it('sends configured headers to the endpoint origin only, never to the origin it redirects to', async () => {
    await freshGitHub();
    const other = await server(
      (_req, res) => sendJson(res, 200, { status: 'pass' }, 'application/health+json'),
      ca.leaf({ names: ['cdn.test'], days: 30 }),
    );
    const origin = await server(
      (req, res) => {
        res.writeHead(302, { location: `https://cdn.test:${other.port}${req.url}` });
        res.end();
      },
      ca.leaf({ names: ['shop.test'], days: 30 }),
    );
    const config = writeConfig(
      'redirect.yml',
      credentialedEndpoint(`https://shop.test:${origin.port}/health`),
    );
    const run = await runAction('deploy-smoke-health', {
      workspace,
      event: scheduleEvent(),
      env: { GITHUB_API_URL: fake.url, ...ENV },
      inputs: {
        config,
        'ca-file': 'ca.pem',
        resolve: 'shop.test=127.0.0.1,cdn.test=127.0.0.1',
        retries: '0',
        history: 'off',
        'confirm-after': '1',
        issues: 'false',
      },
    });
    expect(run.stderr).toBe('');
    expect(gate(run.outputs).checks[0]).toMatchObject({ name: 'api', health: 'up', status: 200 });
    // The endpoint's own origin got every credential; the other origin answered without any.
    expect(credentialsIn(origin)).toEqual([...CREDENTIAL_HEADERS]);
    expect(other.requests).toHaveLength(1);
    expect(credentialsIn(other)).toEqual([]);
  });

  it('treats an https → http redirect as a failure and sends nothing in clear text', async () => {
    await freshGitHub();
    const plain = await server((_req, res) => sendJson(res, 200, { status: 'pass' }));
    const origin = await server(
      (req, res) => {
        res.writeHead(301, { location: `http://127.0.0.1:${plain.port}${req.url}` });
        res.end();
      },
      ca.leaf({ names: ['shop.test'], days: 30 }),
    );
    const config = writeConfig(
      'downgrade.yml',
      credentialedEndpoint(`https://shop.test:${origin.port}/health`),
    );
    const run = await runAction('deploy-smoke-health', {
      workspace,
      event: scheduleEvent(),
      env: { GITHUB_API_URL: fake.url, ...ENV },
      inputs: {
        config,
        'ca-file': 'ca.pem',
        resolve: 'shop.test=127.0.0.1',
        retries: '0',
        history: 'off',
        'confirm-after': '1',
        issues: 'false',
      },
    });
    expect(run.stderr).toBe('');
    expect(gate(run.outputs).checks[0]).toMatchObject({ health: 'down', failureClass: 'tls' });
    expect(plain.requests).toEqual([]);
    expect(run.summary).toMatch(/https to plain http/);
  });

  it('reports the redirect itself when the endpoint says follow-redirects: false', async () => {
    await freshGitHub();
    const other = await server((_req, res) => sendJson(res, 200, { status: 'pass' }));
    const origin = await server((_req, res) => {
      res.writeHead(302, { location: `${other.url}/elsewhere` });
      res.end();
    });
    const config = writeConfig(
      'no-follow.yml',
      `endpoints:\n  - { name: login, url: '${origin.url}/login', status: 302, follow-redirects: false }\n`,
    );
    const run = await runAction('deploy-smoke-health', {
      workspace,
      event: scheduleEvent(),
      env: { GITHUB_API_URL: fake.url },
      inputs: { config, retries: '0', history: 'off', 'confirm-after': '1', issues: 'false' },
    });
    expect(run.stderr).toBe('');
    expect(gate(run.outputs).checks[0]).toMatchObject({ name: 'login', health: 'up', status: 302 });
    expect(other.requests).toEqual([]);
  });
});

describe('item 6: pat() on an adversarial body', () => {
  it('judges a 1 MB body against pat(*ok*healthy*) without backtracking', async () => {
    await freshGitHub();
    // Without "healthy" a backtracking matcher tries every split of the body (~10^11 steps).
    const bodies: Record<string, string> = {
      '/sick': 'ok'.repeat(500_000),
      '/well': `${'ok'.repeat(499_990)} healthy`,
    };
    const service = await server((req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(bodies[req.url ?? ''] ?? '');
    });
    const run = await runAction('deploy-smoke-health', {
      workspace,
      event: scheduleEvent(),
      env: { GITHUB_API_URL: fake.url },
      timeoutMs: 40_000,
      inputs: {
        endpoints: `sick=${service.url}/sick\nwell=${service.url}/well`,
        conditions: '[BODY] == pat(*ok*healthy*)',
        retries: '0',
        history: 'off',
        'confirm-after': '1',
        issues: 'false',
      },
    });
    expect(run.stderr).toBe('');
    const checks = gate(run.outputs).checks.map((c) => [c.name, c.health, c.failureClass]);
    expect(checks).toEqual([
      ['sick', 'down', 'assertion'],
      ['well', 'up', null],
    ]);
  });
});

describe('item 7: alert text from the monitored service is inert', () => {
  it('escapes mentions and masked links in Slack, Discord, Teams and the webhook', async () => {
    await freshGitHub();
    const receivers: AlertReceivers = await startAlertReceivers();
    try {
      const service = await server((_req, res) =>
        sendJson(
          res,
          503,
          {
            status: 'fail',
            checks: {
              '<!channel> db': [
                {
                  status: 'fail',
                  output:
                    '<https://evil.example|Click here> [Click here](https://evil.example) <@U024BE7LH> @everyone',
                },
              ],
            },
          },
          'application/health+json',
        ),
      );
      const run = await runAction('deploy-smoke-health', {
        workspace,
        event: scheduleEvent(),
        env: { GITHUB_API_URL: fake.url },
        inputs: {
          endpoints: `<!here>=${service.url}/health`,
          retries: '0',
          history: 'off',
          'confirm-after': '1',
          'slack-webhook': receivers.urls.slack,
          'discord-webhook': receivers.urls.discord,
          'teams-webhook': receivers.urls.teams,
          'webhook-url': receivers.urls.webhook,
        },
      });
      expect(run.stderr, run.stdout).toBe('');
      expect(receivers.received.map((r) => r.channel).sort(), run.stdout).toEqual([
        'discord',
        'slack',
        'teams',
        'webhook',
      ]);
      // The receivers flag anything the provider would render as a mention or a link we did not build.
      expect(receivers.problems).toEqual([]);
      const slack = receivers.received.find((r) => r.channel === 'slack')?.payload;
      expect(String(slack?.text)).toContain('&lt;!channel&gt; db');
      expect(String(slack?.text)).toContain('&lt;https://evil.example|Click here&gt;');
      // A javascript: runbook-url is refused up front (input 'runbook-url', exit 2); see the bounds tests.
    } finally {
      await receivers.close();
    }
  });
});

describe('items 8 and 9: incident issues', () => {
  it("ignores an outsider's issue that carries the incident marker and alerts on a real outage", async () => {
    await freshGitHub();
    const receivers = await startAlertReceivers();
    try {
      const service = await server((_req, res) => sendJson(res, 503, { status: 'fail' }));
      const url = `${service.url}/health`;
      const fingerprint = fingerprintOf({ environment: 'prod', name: 'shop', url: new URL(url).toString() });
      const future = new Date(Date.now() + 7 * 86_400_000).toISOString();
      issues.issues.push({
        number: 500,
        title: '[prod] shop is down',
        body: incidentBody(
          { fingerprint, environment: 'prod', name: 'shop', url, message: 'known' },
          {
            severity: 'down',
            openedAt: new Date(Date.now() - 3_600_000).toISOString(),
            alerted: true,
            lastAlertAt: future,
          },
        ),
        state: 'open',
        state_reason: null,
        labels: ['incident'],
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        closed_at: null,
        user: { login: 'mallory', id: 666, type: 'User' },
      });
      const run = await runAction('deploy-smoke-health', {
        workspace,
        event: scheduleEvent(),
        env: { GITHUB_API_URL: fake.url },
        inputs: {
          endpoints: `shop=${url}`,
          environment: 'prod',
          retries: '0',
          history: 'off',
          'confirm-after': '1',
          'webhook-url': receivers.urls.webhook,
        },
      });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(1);
      expect(receivers.received.map((r) => r.payload.event)).toEqual(['down']);
      const ours = issues.issues.filter((i) => i.user?.login === 'github-actions[bot]');
      expect(ours).toHaveLength(1);
      expect(issues.issues.find((i) => i.number === 500)?.body).toContain('known');
      expect(fake.violations).toEqual([]);
    } finally {
      await receivers.close();
    }
  });

  it('creates one incident issue when GitHub creates it but answers 502', async () => {
    await freshGitHub();
    issues.createsLandingAs502 = 1;
    const service = await server((_req, res) => sendJson(res, 503, { status: 'fail' }));
    const run = await runAction('deploy-smoke-health', {
      workspace,
      event: scheduleEvent(),
      env: { GITHUB_API_URL: fake.url },
      inputs: {
        endpoints: `shop=${service.url}/health`,
        environment: 'prod',
        retries: '0',
        history: 'off',
        'confirm-after': '1',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(issues.issues).toHaveLength(1);
    expect(fake.calls('issues/create')).toHaveLength(1);
    expect(run.stdout).not.toMatch(/incident issue for/);
    expect(issues.issues[0]?.state).toBe('open');
  });
});

describe('item 10: post-deploy trusts only configured deployments', () => {
  const attack = async (inputs: Record<string, string>, environment: string) => {
    await freshGitHub();
    const attacker = await server((_req, res) => sendJson(res, 200, { status: 'pass' }));
    const sha = 'feedface'.repeat(5);
    const run = await runAction('deploy-smoke-health', {
      workspace,
      event: deploymentStatusEvent({ environment, environmentUrl: attacker.url, sha, deploymentId: 91 }),
      env: { GITHUB_API_URL: fake.url, ...ENV },
      inputs: { 'confirm-version': 'false', 'wait-timeout': '5s', interval: '50ms', ...inputs },
    });
    return { run, attacker, sha };
  };

  it('does not check a deployment to an environment the config does not name', async () => {
    const config = writeConfig('deploy.yml', credentialedEndpoint('/health'));
    const { run, attacker, sha } = await attack({ config }, 'pr-1234-preview');
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.state).toBe('skipped');
    // An unchecked deployment must not read as passed to a promote gate.
    expect(run.outputs.passed).toBe('');
    expect(attacker.requests).toEqual([]);
    expect(issues.deploymentStatuses).toEqual([]);
    expect(fake.state.statuses[sha] ?? []).toEqual([]);
    expect(run.stdout).toMatch(/no environment is configured/);
  });

  it('does not check a deployment to another environment than the environment input', async () => {
    const config = writeConfig('deploy-prod.yml', credentialedEndpoint('/health'));
    const { run, attacker, sha } = await attack({ config, environment: 'production' }, 'preview');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.state).toBe('skipped');
    expect(attacker.requests).toEqual([]);
    expect(issues.deploymentStatuses).toEqual([]);
    expect(fake.state.statuses[sha] ?? []).toEqual([]);
  });

  it('checks a deployment whose URL is on an allowed host', async () => {
    const { run, attacker } = await attack({ endpoints: '/health', 'allowed-hosts': '127.0.0.1' }, 'preview');
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(attacker.requests.length).toBeGreaterThan(0);
    expect(issues.deploymentStatuses.at(-1)).toMatchObject({ deployment_id: 91, state: 'success' });
  });
});

describe('item 14: bounds on inputs', () => {
  const badInput = async (inputs: Record<string, string>) => {
    await freshGitHub();
    const service = await server((_req, res) => sendJson(res, 200, { status: 'pass' }));
    const run = await runAction('deploy-smoke-health', {
      workspace,
      event: workflowDispatchEvent(),
      env: { GITHUB_API_URL: fake.url },
      inputs: {
        endpoints: `${service.url}/health`,
        history: 'off',
        'confirm-after': '1',
        issues: 'false',
        ...inputs,
      },
    });
    return { run, service };
  };

  it.each([
    [{ timeout: '30d' }, "input 'timeout'"],
    [{ 'wait-timeout': '9999999s' }, "input 'wait-timeout'"],
    [{ cooldown: '100d' }, "input 'cooldown'"],
    [{ cron: '61 * * * *' }, "input 'cron'"],
    [{ cron: '*/5 * * *' }, "input 'cron'"],
    [{ 'min-cert-days': '-3' }, "input 'min-cert-days'"],
    [{ 'allowed-hosts': 'https://shop.example.com/' }, "input 'allowed-hosts'"],
  ])('%j fails up front with exit 2 naming the input', async (inputs, named) => {
    const { run, service } = await badInput(inputs);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain(named);
    expect(service.requests).toEqual([]);
  });

  it('accepts the cron spellings GitHub accepts', async () => {
    const { run } = await badInput({ cron: '30 9 * JAN-DEC MON-FRI' });
    expect(run.stdout).not.toContain("input 'cron'");
    expect(run.exitCode).toBe(0);
  });

  it('rejects a config timeout that would overflow a timer, naming the file and key', async () => {
    await freshGitHub();
    const config = writeConfig('slow.yml', 'endpoints:\n  - { url: "http://127.0.0.1:9/", timeout: 30d }\n');
    const run = await runAction('deploy-smoke-health', {
      workspace,
      event: workflowDispatchEvent(),
      env: { GITHUB_API_URL: fake.url },
      inputs: { config, history: 'off', 'confirm-after': '1', issues: 'false' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/slow\.yml:2 \(endpoints\[0\]\.timeout\).*longer than the maximum/);
  });
});
