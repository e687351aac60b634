// Two weeks in the life of a repository, lived by the real bundles under the runner harness:
// default-branch pushes record coverage (a Go and a TypeScript instance), perf-regression and
// lighthouse-vitals history into the fake Actions artifact store, each push compared with the record
// of the commit it started from; a pull request gets its gate and the shared comment with the delta
// against its merge-base (ancestry and merge-base come from the fake GitHub's commits and compare
// routes, answered from a real repository), and its Lighthouse audit two days later is compared with
// the record nearest its merge-base, not the base branch's head; a fork's pull request goes through
// coverage-comment compute / publish; two
// deployments are smoke-tested (one fails, then recovers); uptime runs every 8 hours, with one
// outage, its incident issue and its alerts. Then the dashboard is built the way the Pages job
// builds it (download the newest history artifact per name, run dist/cli dashboard) and looked at
// in Chromium. Time passes through each bundle's clock (test/journey/support.ts), never by waiting.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertReceivers, startAlertReceivers } from '../harness/alert-receivers.js';
import { deploymentStatusEvent, scheduleEvent } from '../harness/events-deploy.js';
import { FakeActionsServices } from '../harness/fake-actions-services.js';
import { addCommitRoutes } from '../harness/fake-commits.js';
import { FakeGitHub } from '../harness/fake-github.js';
import { addIssueRoutes, type FakeIssues } from '../harness/fake-issues.js';
import { type Loopback, sendJson, startServer } from '../harness/loopback-server.js';
import { pullRequestEvent, pushEvent, type RunOptions, runAction } from '../harness/runner.js';
import { CHROMIUM, HAVE_CHROMIUM } from '../lighthouse/support.js';
import { type GitRepo, makeGitRepo } from '../support/git-repo.js';
import {
  clockEnv,
  downloadHistoryLikePages,
  seedLighthouse,
  serveFolder,
  writeClockModule,
} from './support.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OWNER = 'octo-org';
const REPO = 'shop';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DAYS = 14;
/** Uptime runs at 00:00 and 16:00. */
const UPTIME_HOURS = [0, 16];
/** The api check is down on day 11 at 00:00 and 16:00, and answers again on day 12 at 00:00. */
const OUTAGE = new Set([`11:0`, `11:16`]);
const SCREENSHOT = process.env.JOURNEY_SCREENSHOT;

interface PageCanvas {
  dataset: Record<string, string | undefined>;
  closest(
    selector: string,
  ): { querySelector(selector: string): { textContent: string | null } | null } | null;
}
/** The bits of the page's window the assertions read (the test is compiled without the DOM types). */
interface PageWindow {
  shipshapeDrawAll(): number;
  document: { querySelectorAll(selector: string): Iterable<PageCanvas> };
  Chart: {
    getChart(canvas: PageCanvas): {
      data: { datasets: { data: { x: number; y: number }[] }[] };
      scales: Record<'x' | 'y', { min: number; max: number }>;
    };
  };
}

// Two weeks ending at midnight UTC before today, so nothing recorded lies in the real future.
const START = Math.floor(Date.now() / DAY) * DAY - DAYS * DAY;
const at = (day: number, hour: number, minute = 0) =>
  new Date(START + day * DAY + hour * HOUR + minute * 60_000);
const GENERATED = at(DAYS - 1, 20);

let github: FakeGitHub;
let services: FakeActionsServices;
let issues: FakeIssues;
let receivers: AlertReceivers;
let app: Loopback;
let scratch: string;
let clock: string;
let toolCache: string;
let apiDown = false;
let appBroken = false;
let runId = 7_000_000;
const temps: string[] = [];
/**
 * GitHub's copy of the repository: a commit on main per day, and the heads of the two pull
 * requests. The workspaces are no checkouts of it (as after a build that copies only its output),
 * so every ancestry and merge-base comes through the commits API, answered from here.
 */
let origin: GitRepo;
let prHead: string;
let forkHead: string;
/** The commit pushed to main on `day`. */
const mainAt = (day: number) => origin.shas[day] as string;
/** The push to main on `day`, which started from the day before's commit (day 0 created the branch). */
const pushOn = (day: number) =>
  pushEvent({
    sha: mainAt(day),
    before: day === 0 ? '0'.repeat(40) : mainAt(day - 1),
    repo: `${OWNER}/${REPO}`,
  });

/** main with a commit per day; the pull request of day 5 and the fork's of day 6 branch off it. */
function makeOrigin(): void {
  origin = makeGitRepo(
    Array.from({ length: DAYS }, (_, day) => ({
      message: `day ${day}`,
      files: { 'src/cart.ts': `export const day = ${day};\n` },
    })),
  );
  const branch = (name: string, from: string) => {
    origin.git('checkout', '-q', '-b', name, from);
    writeFileSync(join(origin.dir, 'src/cart.ts'), `export const branch = '${name}';\n`);
    origin.git('commit', '-q', '-am', name);
    return origin.git('rev-parse', 'HEAD');
  };
  prHead = branch('pr-12', mainAt(5));
  forkHead = branch('fork-13', mainAt(6));
  origin.git('checkout', '-q', 'main');
}

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** What every run of the journey logged, for the checks that hold across all of them. */
const logs: { name: string; stdout: string }[] = [];

/** One workflow run at simulated time `when`: its own run id, artifact scope and clock. */
async function runAt(name: string, when: Date, o: RunOptions) {
  const id = ++runId;
  const run = await runAction(name, {
    timeoutMs: 240_000,
    ...o,
    env: {
      ...services.env({ runBackendId: randomUUID(), workflowRunId: id }),
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: String(id),
      RUNNER_TOOL_CACHE: toolCache,
      ...clockEnv(clock, when),
      ...o.env,
    },
  });
  logs.push({ name, stdout: run.stdout });
  return run;
}

/** A TypeScript-style lcov report (lines, functions, branches) with `covered` of 40 lines hit. */
function lcovReport(covered: number): string {
  const lines = Array.from({ length: 40 }, (_, i) => `DA:${i + 1},${i < covered ? 3 : 0}`);
  const fns = Array.from({ length: 8 }, (_, i) => [
    `FN:${i * 5 + 1},f${i}`,
    `FNDA:${i * 5 < covered ? 2 : 0},f${i}`,
  ]);
  const branches = Array.from(
    { length: 10 },
    (_, i) => `BRDA:${i * 4 + 2},0,0,${i * 4 + 2 <= covered ? 1 : 0}`,
  );
  return [
    'TN:',
    'SF:src/cart.ts',
    ...fns.map((f) => f[0]),
    ...fns.map((f) => f[1]),
    'FNF:8',
    `FNH:${fns.filter((f) => !f[1]!.startsWith('FNDA:0,')).length}`,
    ...branches,
    'BRF:10',
    `BRH:${branches.filter((b) => b.endsWith(',1')).length}`,
    ...lines,
    'LF:40',
    `LH:${covered}`,
    'end_of_record',
    '',
  ].join('\n');
}

/** A `go test -coverprofile` report: 20 one-statement blocks, `covered` of them run. */
function goProfile(covered: number): string {
  const blocks = Array.from(
    { length: 20 },
    (_, i) => `example.com/shop/api/cart.go:${i * 3 + 1}.2,${i * 3 + 2}.10 1 ${i < covered ? 1 : 0}`,
  );
  return ['mode: set', ...blocks, ''].join('\n');
}

/** Day d's coverage: TypeScript climbs from 24 to 37 of 40 lines, Go from 12 to 18 of 20 blocks. */
const tsCovered = (day: number) => 24 + day;
const goCovered = (day: number) => 12 + Math.floor(day / 2);

beforeAll(async () => {
  scratch = temp('shipshape-journey-');
  clock = writeClockModule(scratch);
  toolCache = join(scratch, 'tool-cache');
  seedLighthouse(toolCache, REPO_ROOT);
  [github, services, receivers] = await Promise.all([
    FakeGitHub.start(),
    FakeActionsServices.start(),
    startAlertReceivers(),
  ]);
  services.attachRest(github, { owner: OWNER, repo: REPO });
  issues = addIssueRoutes(github, 300);
  makeOrigin();
  addCommitRoutes(github, () => origin.dir);
  github.route('GET', '/repos/{owner}/{repo}', () => ({
    status: 200,
    body: {
      id: 1_296_269,
      name: REPO,
      full_name: `${OWNER}/${REPO}`,
      default_branch: 'main',
      private: false,
    },
  }));
  app = await startServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/api/health') {
      if (apiDown) sendJson(res, 503, { status: 'fail' }, 'application/health+json');
      else sendJson(res, 200, { status: 'pass' }, 'application/health+json');
      return;
    }
    if (path === '/health') {
      if (appBroken) sendJson(res, 500, { status: 'fail' });
      else sendJson(res, 200, { status: 'pass' });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>shop</title><h1>shop</h1>');
  });
}, 60_000);

afterAll(async () => {
  await Promise.all([github?.close(), services?.close(), receivers?.close(), app?.close()]);
  for (const d of temps) rmSync(d, { recursive: true, force: true });
  origin?.cleanup();
});

describe.skipIf(!HAVE_CHROMIUM)('two weeks of a repository, then its dashboard', () => {
  /** What the uptime runs found, per check, as the test drove the service. */
  const expected: { api: { t: number; up: boolean }[]; web: { t: number; up: boolean }[] } = {
    api: [],
    web: [],
  };

  it('lives through two weeks: pushes, pull requests, deployments, uptime and an outage', async () => {
    const web = temp('shipshape-journey-web-');
    const api = temp('shipshape-journey-api-');
    const site = temp('shipshape-journey-site-');
    mkdirSync(join(site, 'site'));
    writeFileSync(
      join(site, 'site', 'index.html'),
      '<!doctype html><title>shop</title><h1>shop</h1><p>Hello.</p>',
    );
    const uptimeInputs = {
      endpoints: `api=${app.url}/api/health\nweb=${app.url}/`,
      environment: 'production',
      retries: '0',
      history: 'artifacts',
      'history-name': 'production',
      'confirm-after': '2',
      'recover-after': '1',
      cooldown: '0',
      'webhook-url': receivers.urls.webhook,
      issues: 'true',
    };
    // When each webhook alert arrived, as the run it came from (other chains alert no webhook).
    const alertsAt: number[] = [];
    const webhookAlerts = () => receivers.received.filter((r) => r.channel === 'webhook').length;
    let downsInARow = 0;

    // Lighthouse and perf-regression record into series of their own (shipshape-history-vitals-web,
    // shipshape-history-perf-api) and read nothing the other runs write, so each runs as a chain of
    // its own, in time order within the chain, beside the uptime and day-by-day chains below: the
    // two weeks take as long as their longest chain, not as the sum of all runs. Their commits are
    // the day's push to main, as in the day-by-day chain.
    const lighthouseChain = async () => {
      const audit = (
        when: Date,
        event: { name: string; payload: object },
        inputs: Record<string, string> = {},
      ) =>
        runAt('lighthouse-vitals', when, {
          workspace: site,
          event,
          inputs: {
            'static-dir': 'site',
            urls: '/',
            runs: '1',
            throttling: 'simulate',
            name: 'web',
            'upload-reports': 'false',
            ...inputs,
          },
          // The runner's temp folder outlives the run here, so that its JSON report can be read.
          env: {
            CHROME_PATH: CHROMIUM,
            TMPDIR: temp('shipshape-journey-chrome-'),
            RUNNER_TEMP: temp('shipshape-journey-runner-temp-'),
          },
        });
      const pushed = await audit(at(3, 11), pushOn(3));
      expect(pushed.exitCode, `lighthouse day 3: ${pushed.stdout.slice(-1500)}`).toBe(0);
      // Pull request 12 audited on day 7, two days after it branched off day 5's commit: main has
      // moved on (base.sha is day 7's), and the baseline is taken at the merge-base, whose nearest
      // record is day 3's, two commits back (from base.sha it would be four).
      const pr = await audit(
        at(7, 15),
        pullRequestEvent({ number: 12, baseSha: mainAt(7), headSha: prHead, repo: `${OWNER}/${REPO}` }),
        { comment: 'off', status: 'false' },
      );
      expect(pr.exitCode, `lighthouse PR: ${pr.stdout.slice(-1500)}`).toBe(0);
      const prReport = JSON.parse(readFileSync(pr.outputs.report as string, 'utf8'));
      expect(prReport.urls[0]?.previous, pr.stdout.slice(-1500)).toMatchObject({
        sha: mainAt(3),
        commitsBehind: 2,
      });
      const later = await audit(at(10, 11), pushOn(10));
      expect(later.exitCode, `lighthouse day 10: ${later.stdout.slice(-1500)}`).toBe(0);
    };
    const perfChain = async () => {
      for (const day of [4, 11]) {
        const svc = temp('shipshape-journey-svc-');
        mkdirSync(join(svc, 'svc'));
        cpSync(join(REPO_ROOT, 'test/fixtures/perf/demo-service.mjs'), join(svc, 'svc', 'server.mjs'));
        writeFileSync(join(svc, 'svc', 'slowdown.txt'), '1\n');
        // aa mode records the day's figures and never fails on them: no verdict here depends on
        // how busy the machine is.
        const run = await runAt('perf-regression', at(day, 12), {
          workspace: svc,
          event: pushOn(day),
          inputs: {
            mode: 'aa',
            name: 'api',
            'start-command': 'BASE_WORK_US=300 exec node server.mjs',
            'working-directory': 'svc',
            'health-path': '/health',
            path: '/work',
            'trial-duration': '1s',
            // The first look only (the next would pass the budget): the figures are recorded
            // whatever the look decides.
            'max-duration': '1s',
            connections: '2',
            metrics: 'p50,rps',
            history: 'artifacts',
            status: 'false',
          },
        });
        expect(run.exitCode, `perf day ${day}: ${run.stdout.slice(-1500)}`).toBe(0);
      }
    };

    // Uptime runs at 00:00 and 16:00, one after another: each reads the state the last one stored.
    const uptime = async (day: number, hour: number) => {
      apiDown = OUTAGE.has(`${day}:${hour}`);
      const when = at(day, hour);
      const run = await runAt('deploy-smoke-health', when, {
        workspace: temp('shipshape-journey-uptime-'),
        event: scheduleEvent('0 */8 * * *', `${OWNER}/${REPO}`),
        inputs: uptimeInputs,
      });
      expect(run.stderr, `uptime run day ${day} ${hour}:00`).toBe('');
      // The first failure is not confirmed yet (confirm-after: 2); the second one fails the run.
      downsInARow = apiDown ? downsInARow + 1 : 0;
      expect(run.exitCode, `uptime run day ${day} ${hour}:00: ${run.stdout.slice(-800)}`).toBe(
        downsInARow >= 2 ? 1 : 0,
      );
      expected.api.push({ t: when.getTime(), up: !apiDown });
      expected.web.push({ t: when.getTime(), up: true });
      const arrived = webhookAlerts();
      if (arrived > alertsAt.length) alertsAt.push(...Array(arrived - alertsAt.length).fill(when.getTime()));
    };
    const uptimeChain = async () => {
      for (let day = 0; day < DAYS; day++) for (const hour of UPTIME_HOURS) await uptime(day, hour);
    };

    // Coverage, the pull requests and the deployments, day by day. The uptime checks and the
    // deployments' /health are separate endpoints of the app, so this chain and the uptime chain
    // do not see each other.
    const dayByDay = async () => {
      for (let day = 0; day < DAYS; day++) {
        // A push to main at 10:00: both coverage instances record.
        const sha = mainAt(day);
        writeFileSync(join(web, 'lcov.info'), lcovReport(tsCovered(day)));
        writeFileSync(join(api, 'coverage.out'), goProfile(goCovered(day)));
        // Two instances, two series: their runs do not depend on each other.
        await Promise.all(
          (
            [
              ['web', web, 'lcov.info'],
              ['api', api, 'coverage.out'],
            ] as const
          ).map(async ([name, workspace, files]) => {
            const run = await runAt('coverage-comment', at(day, 10), {
              workspace,
              event: pushOn(day),
              inputs: { files, name, history: 'artifacts' },
            });
            expect(run.exitCode, `coverage ${name} day ${day}: ${run.stdout.slice(-1500)}`).toBe(0);
            // Each push is compared with the record of the commit it started from, found through
            // the commits API (the workspace has no history): one more line covered a day, of 40.
            if (name === 'web' && day > 0)
              expect(run.outputs['delta-lines'], run.stdout.slice(-1500)).toBe('2.50');
          }),
        );

        if (day === 5) {
          // A pull request from the same repository: the gate and the shared comment.
          const headSha = prHead;
          // The workspace is no git checkout, so the gate asks the API for the changed lines.
          github.state.pullFiles[12] = [
            {
              filename: 'src/cart.ts',
              status: 'modified',
              additions: 2,
              deletions: 0,
              patch: '@@ -30,0 +31,2 @@\n+a\n+b',
            },
          ];
          writeFileSync(join(web, 'lcov.info'), lcovReport(tsCovered(day) + 2));
          const gate = await runAt('coverage-gate', at(day, 14), {
            workspace: web,
            event: pullRequestEvent({ number: 12, baseSha: sha, headSha, repo: `${OWNER}/${REPO}` }),
            inputs: { files: 'lcov.info', name: 'web', 'min-coverage': '60' },
          });
          expect(gate.exitCode, gate.stdout.slice(-1500)).toBe(0);
          const comment = await runAt('coverage-comment', at(day, 14, 1), {
            workspace: web,
            event: pullRequestEvent({ number: 12, baseSha: sha, headSha, repo: `${OWNER}/${REPO}` }),
            inputs: { files: 'lcov.info', name: 'web', history: 'artifacts' },
          });
          expect(comment.exitCode, comment.stdout.slice(-1500)).toBe(0);
          expect(github.state.statuses[headSha]?.map((s) => s.state)).toContain('success');
          expect(github.state.commentsOn(12)).toHaveLength(1);
          // The delta is against the record of the merge-base, which the compare API named.
          expect(comment.outputs['delta-lines'], comment.stdout.slice(-1500)).toBe('5.00');
          expect(github.state.commentsOn(12)[0]?.body).toContain('the merge-base');
        }

        if (day === 6) {
          // A fork's pull request: computed without write access, published from workflow_run.
          const headSha = forkHead;
          github.state.pullFiles[13] = [
            {
              filename: 'src/cart.ts',
              status: 'modified',
              additions: 1,
              deletions: 0,
              patch: '@@ -20,0 +21,1 @@\n+a',
            },
          ];
          writeFileSync(join(web, 'lcov.info'), lcovReport(tsCovered(day) - 3));
          // The comment data lives one day (the client stamps its expiry from its own clock) and the
          // store expires it by the real one, so this pair runs on the real clock, as if today.
          const computeEnv = { ...services.env({ runBackendId: randomUUID(), workflowRunId: ++runId }) };
          const computeRunId = runId;
          const computed = await runAction('coverage-comment', {
            workspace: web,
            event: pullRequestEvent({
              number: 13,
              baseSha: sha,
              headSha,
              repo: `${OWNER}/${REPO}`,
              fork: true,
            }),
            env: {
              ...computeEnv,
              GITHUB_API_URL: github.url,
              GITHUB_RUN_ID: String(computeRunId),
            },
            inputs: { files: 'lcov.info', name: 'web', mode: 'compute', history: 'off' },
          });
          expect(computed.exitCode, computed.stdout.slice(-1500)).toBe(0);
          expect(github.state.commentsOn(13)).toHaveLength(0);
          github.state.pulls[13] = {
            head: { ref: 'fork-branch', sha: headSha, repo: { full_name: 'fork/shop', fork: true } },
          };
          const published = await runAt('coverage-comment', at(day, 15, 5), {
            workspace: temp('shipshape-journey-publish-'),
            event: {
              name: 'workflow_run',
              payload: {
                action: 'completed',
                workflow_run: {
                  id: computeRunId,
                  head_sha: headSha,
                  event: 'pull_request',
                  conclusion: 'success',
                  pull_requests: [],
                },
                repository: {
                  full_name: `${OWNER}/${REPO}`,
                  name: REPO,
                  owner: { login: OWNER },
                  default_branch: 'main',
                },
              },
            },
            inputs: { mode: 'publish', name: 'web' },
            env: { NODE_OPTIONS: '', JOURNEY_NOW: '' },
          });
          expect(published.exitCode, published.stdout.slice(-1500)).toBe(0);
          expect(github.state.commentsOn(13)).toHaveLength(1);
        }

        if (day === 8) {
          // A deployment that fails its smoke test, then the fixed one that passes.
          const deploy = (deploymentId: number, minute: number) =>
            runAt('deploy-smoke-health', at(day, 13, minute), {
              workspace: temp('shipshape-journey-deploy-'),
              event: deploymentStatusEvent({
                environment: 'production',
                environmentUrl: app.url,
                sha,
                deploymentId,
                repo: `${OWNER}/${REPO}`,
              }),
              inputs: {
                endpoints: '/health',
                'consecutive-successes': '2',
                interval: '50ms',
                backoff: '100ms',
                'wait-timeout': '2s',
                'confirm-version': 'false',
                // Only configured environments are checked with credentials (SECURITY.md).
                environment: 'production',
                history: 'off',
              },
            });
          appBroken = true;
          const failed = await deploy(81, 0);
          expect(failed.exitCode, failed.stdout.slice(-1500)).toBe(1);
          appBroken = false;
          const fixed = await deploy(82, 20);
          expect(fixed.exitCode, fixed.stdout.slice(-1500)).toBe(0);
        }
      }
    };
    await Promise.all([uptimeChain(), dayByDay(), lighthouseChain(), perfChain()]);

    // Every ancestry and merge-base a run asked GitHub for was answered: no baseline was lost to a
    // route the journey's GitHub did not serve.
    expect(github.unhandled.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const lost = logs.filter((l) => /could not list the commits|Merge-base not available/.test(l.stdout));
    expect(lost.map((l) => l.name)).toEqual([]);

    // The outage: one incident issue, opened when confirmed and closed on recovery; one alert each way.
    const incidents = issues.issues.filter((i) => i.title.includes('api'));
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.state).toBe('closed');
    const events = receivers.received.filter((r) => r.channel === 'webhook').map((r) => r.payload.event);
    expect(events).toEqual(['down', 'recovered']);
    // Down is alerted by the run that confirms it (the second failure, confirm-after: 2), recovery
    // by the first healthy run after it (recover-after: 1): no earlier, no later.
    expect(alertsAt).toEqual([at(11, 16).getTime(), at(12, 0).getTime()]);
    expect(receivers.problems).toEqual([]);
    expect(github.violations).toEqual([]);
  }, 900_000);

  it('builds the dashboard as the Pages job does and shows it as a person would check it', async () => {
    const history = temp('shipshape-journey-history-');
    const out = temp('shipshape-journey-pages-');
    const names = await downloadHistoryLikePages({
      apiUrl: github.url,
      token: github.token,
      repo: `${OWNER}/${REPO}`,
      out: history,
    });
    expect(names.some((n) => n.startsWith('shipshape-history-coverage-'))).toBe(true);
    expect(names.some((n) => n.startsWith('shipshape-history-uptime-'))).toBe(true);
    expect(names.some((n) => n.startsWith('shipshape-history-vitals-'))).toBe(true);
    expect(names.some((n) => n.startsWith('shipshape-history-perf-'))).toBe(true);

    const cli = spawnSync(
      process.execPath,
      [
        join(REPO_ROOT, 'dist', 'cli', 'index.js'),
        'dashboard',
        '--history',
        history,
        '--out',
        out,
        '--title',
        'shop',
      ],
      {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '/tmp',
          ...clockEnv(clock, GENERATED),
        },
      },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    for (const f of ['index.html', 'status.html', 'data.json']) expect(existsSync(join(out, f))).toBe(true);
    const data = JSON.parse(readFileSync(join(out, 'data.json'), 'utf8'));
    if (process.env.JOURNEY_KEEP_HISTORY)
      cpSync(history, process.env.JOURNEY_KEEP_HISTORY, { recursive: true });

    const server = await serveFolder(out);
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
      await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
      if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT, fullPage: false });
      await page.evaluate(() => (globalThis as unknown as PageWindow).shipshapeDrawAll());

      // Overview first: coverage headline per instance, perf verdict, vitals scores, uptime, incidents.
      const overview = await page.locator('#overview').innerText();
      expect(overview).toMatch(/Coverage[\s\S]*api[\s\S]*web/);
      expect(overview).toContain(`${((100 * tsCovered(DAYS - 1)) / 40).toFixed(1)}`);
      expect(overview).toMatch(/Lines \(%\)/);
      expect(overview).not.toMatch(/lines_covered|lines_total/);
      expect(overview).toMatch(/Performance[\s\S]*api/);
      expect(overview).toMatch(/Web vitals[\s\S]*Performance score/);
      expect(overview).toMatch(/Uptime[\s\S]*production \/ api[\s\S]*production \/ web/);
      expect(overview).toContain('None: every check answered on its last run.');

      // Every chart titled with its instance, page or check and its metric, with a unit; no hashes.
      const charts = await page.evaluate(() => {
        const w = globalThis as unknown as PageWindow;
        return [...w.document.querySelectorAll('canvas[data-chart]')].map((canvas) => {
          const chart = w.Chart.getChart(canvas);
          const caption = canvas.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
          const values = chart.data.datasets.flatMap((d) => d.data.map((p) => p.y));
          const times = chart.data.datasets.flatMap((d) => d.data.map((p) => p.x));
          return {
            caption,
            x: [chart.scales.x.min, chart.scales.x.max] as [number, number],
            y: [chart.scales.y.min, chart.scales.y.max] as [number, number],
            values,
            times,
            drawn: canvas.dataset.drawn,
          };
        });
      });
      expect(charts.length).toBeGreaterThan(10);
      for (const c of charts) {
        expect(c.drawn, c.caption).toBe('true');
        expect(c.caption, c.caption).toMatch(/^.+: .+ \((%|ms|req\/s|µs|MB|score 0–100|unitless)\)$/);
        expect(c.caption).not.toMatch(/\b(h|ms)\.[0-9a-f]{6,}|_covered|_total/);
        const lo = Math.min(...c.values);
        const hi = Math.max(...c.values);
        // y fits the data: contains it, never below 0 for these metrics, and not vastly wider.
        expect(c.y[0], c.caption).toBeLessThanOrEqual(lo);
        expect(c.y[1], c.caption).toBeGreaterThanOrEqual(hi);
        expect(c.y[0], c.caption).toBeGreaterThanOrEqual(0);
        if (c.caption.includes('(%)') || c.caption.includes('score 0–100'))
          expect(c.y[1]).toBeLessThanOrEqual(100);
        // x spans the data: from its first to its last point, give or take a day.
        const first = Math.min(...c.times);
        const last = Math.max(...c.times);
        expect(c.x[0], c.caption).toBeLessThanOrEqual(first);
        expect(c.x[1], c.caption).toBeGreaterThanOrEqual(last);
        expect(c.x[1]! - c.x[0]!, c.caption).toBeLessThanOrEqual(Math.max(last - first, 0) * 1.1 + DAY);
      }
      const captions = charts.map((c) => c.caption);
      for (const wanted of [
        'web: Lines (%)',
        'web: Branches (%)',
        'web: Functions (%)',
        'api: Lines (%)',
        'api: Latency p50 (ms)',
        'api: Throughput (req/s)',
        'production / api: Response time (ms)',
        'production / web: Response time (ms)',
      ]) {
        expect(captions).toContain(wanted);
      }
      expect(captions.some((c) => /Cumulative Layout Shift \(unitless\)$/.test(c))).toBe(true);
      expect(captions.some((c) => /Accessibility score \(score 0–100\)$/.test(c))).toBe(true);

      // The status page: uptime per check and window equals what the runs found; the outage with its duration.
      await page.goto(`${server.url}/status.html`, { waitUntil: 'load' });
      await page.evaluate(() => (globalThis as unknown as PageWindow).shipshapeDrawAll());
      const now = GENERATED.getTime();
      const pct = (list: { t: number; up: boolean }[], window: number) => {
        const inWindow = list.filter((s) => s.t <= now && now - s.t <= window);
        return `${(Math.floor(((100 * inWindow.filter((s) => s.up).length) / inWindow.length) * 100) / 100).toFixed(2)}%`;
      };
      for (const [check, list] of Object.entries(expected)) {
        const card = data.checks.find((c: { name: string }) => c.name === check);
        expect(card, check).toBeDefined();
        const row = await page.locator(`#${card.id} table.uptime-table tbody tr`).innerText();
        const cells = row.split('\t').map((s) => s.trim());
        expect(cells.slice(2)).toEqual([
          pct(list, DAY),
          pct(list, 7 * DAY),
          pct(list, 30 * DAY),
          pct(list, 90 * DAY),
        ]);
      }
      expect(pct(expected.api, 7 * DAY)).not.toBe('100.00%');
      const apiCard = data.checks.find((c: { name: string }) => c.name === 'api');
      const history = await page.locator(`#${apiCard.id} .incidents`).innerText();
      const start = at(11, 0).toISOString().slice(0, 16).replace('T', ' ');
      const end = at(12, 0).toISOString().slice(0, 16).replace('T', ' ');
      expect(history).toContain(`Down from ${start} UTC to ${end} UTC, 24 h (2 failed runs)`);
      expect(await page.locator('.overall').innerText()).toBe('All checks operational');
      const badge = readFileSync(join(out, apiCard.badges.uptime), 'utf8');
      expect(badge).toMatch(/^<svg [^>]*role="img" aria-label="api 30d: \d+\.\d{2}%"/);
      expect(problems).toEqual([]);
    } finally {
      await browser?.close();
      await server.close();
    }
  }, 180_000);
});
