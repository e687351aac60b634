// The export step through the bundled actions, as a team would switch it on: coverage-gate sends
// its figures by remote write to a real Prometheus and deploy-smoke-health pushes its checks to a
// real Pushgateway that Prometheus scrapes; the values come back through PromQL exactly as the
// actions' own outputs and report state them. A dead backend is a warning, never a failed gate.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, sendJson, startServer } from '../harness/loopback-server.js';
import { pushEvent, runAction } from '../harness/runner.js';
import { type GitRepo, lcovFor, makeGitRepo } from '../support/git-repo.js';
import {
  HAVE_PROMETHEUS,
  query,
  type RunningServer,
  startPrometheus,
  startPushgateway,
  until,
} from './prometheus-servers.js';

let pushgateway: RunningServer;
let prometheus: RunningServer;
let repo: GitRepo | undefined;
let health: Loopback | undefined;

describe.skipIf(!HAVE_PROMETHEUS && !process.env.CI)('metrics export from the bundled actions', () => {
  beforeAll(async () => {
    pushgateway = await startPushgateway();
    prometheus = await startPrometheus(pushgateway.url);
  }, 120_000);
  afterAll(async () => {
    await prometheus?.stop();
    await pushgateway?.stop();
  });
  afterEach(async () => {
    repo?.cleanup();
    await health?.close();
  });

  it('coverage-gate: remote write carries the headline, each metric and the verdict, with repo and branch', async () => {
    repo = makeGitRepo([{ message: 'main', files: { 'src/cart.js': 'a\nb\nc\nd\ne\nf\n' } }]);
    writeFileSync(
      join(repo.dir, 'lcov.info'),
      lcovFor({ 'src/cart.js': { 1: 1, 2: 1, 3: 1, 4: 1, 5: 0, 6: 0 } }),
    );
    const run = await runAction('coverage-gate', {
      workspace: repo.dir,
      event: pushEvent({ sha: repo.shas[0] as string }),
      inputs: {
        files: 'lcov.info',
        name: 'web',
        status: 'false',
        'metrics-remote-write': `${prometheus.url}/api/v1/write`,
        'metrics-headers': 'Authorization: Bearer metrics-secret-token',
      },
    });
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(1); // 66.67% against the default 80%
    expect(run.outputs.coverage).toBe('66.66');
    expect(run.masks).toContain('Bearer metrics-secret-token');
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('metrics-secret-token');

    const headline = await until('the headline in Prometheus', async () => {
      const found = await query(prometheus.url, 'shipshape_coverage_ratio{name="web", metric="headline"}');
      return found.length > 0 ? found : undefined;
    });
    expect(headline[0]?.metric).toEqual({
      __name__: 'shipshape_coverage_ratio',
      repo: 'octo-org/shop',
      branch: 'main',
      name: 'web',
      metric: 'headline',
    });
    // The report's headline (4 of 6 lines, rounded down as everywhere a threshold is involved).
    expect(Number(headline[0]?.value[1])).toBe(0.6666);
    const gate = await query(prometheus.url, 'shipshape_gate_passed{action="coverage-gate", name="web"}');
    expect(gate.map((s) => s.value[1])).toEqual(['0']);
  });

  it('deploy-smoke-health: each check pushed to the Pushgateway and scraped with its environment and name', async () => {
    health = await startServer((_req, res) =>
      sendJson(res, 200, { status: 'pass' }, 'application/health+json'),
    );
    const run = await runAction('deploy-smoke-health', {
      event: {
        name: 'schedule',
        payload: {
          schedule: '*/5 * * * *',
          repository: { default_branch: 'main', full_name: 'octo-org/shop' },
        },
      },
      inputs: {
        mode: 'uptime',
        endpoints: `${health.url}/health`,
        environment: 'staging',
        history: 'off',
        'confirm-after': '1',
        issues: 'false',
        'metrics-pushgateway': pushgateway.url,
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const up = await until('the pushed check in Prometheus', async () => {
      const found = await query(prometheus.url, 'shipshape_check_up{environment="staging"}');
      return found.length > 0 ? found : undefined;
    });
    expect(up).toHaveLength(1);
    expect(up[0]?.metric).toMatchObject({
      job: 'shipshape',
      repo: 'octo-org/shop',
      action: 'deploy-smoke-health',
      environment: 'staging',
    });
    expect(Number(up[0]?.value[1])).toBe(1);
    const latency = await query(prometheus.url, 'shipshape_check_latency_seconds{environment="staging"}');
    expect(Number(latency[0]?.value[1])).toBeGreaterThan(0);
  });

  it('a metrics backend that is down is a warning in the summary; the gate is decided as before', async () => {
    repo = makeGitRepo([{ message: 'main', files: { 'src/cart.js': 'a\nb\n' } }]);
    writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'src/cart.js': { 1: 1, 2: 1 } }));
    const run = await runAction('coverage-gate', {
      workspace: repo.dir,
      event: pushEvent({ sha: repo.shas[0] as string }),
      inputs: {
        files: 'lcov.info',
        status: 'false',
        'metrics-remote-write': 'http://127.0.0.1:9/api/v1/write',
      },
      timeoutMs: 120_000,
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.summary).toContain('Metrics were not exported by remote write');
  });
});
