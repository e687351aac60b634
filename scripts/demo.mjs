// `npm run demo`: runs the built actions exactly as the GitHub runner would (INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, an event payload on disk) against real coverage
// reports made by real tools, and prints each job summary and the outputs.
// `npm run demo -- --quick` leaves out the 30-second load test.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/fixtures/coverage');
const QUICK = process.argv.includes('--quick');
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

function git(cwd, ...args) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'demo',
      GIT_AUTHOR_EMAIL: 'demo@example.invalid',
      GIT_COMMITTER_NAME: 'demo',
      GIT_COMMITTER_EMAIL: 'demo@example.invalid',
    },
  }).trim();
}

const runnerTemps = new Map();

/** Parses GITHUB_OUTPUT, which @actions/core writes as `name<<delimiter` blocks. */
function readOutputs(file) {
  const outputs = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

async function runAction(name, { workspace, inputs, event, env: extraEnv = {} }) {
  // One RUNNER_TEMP per workspace, as in one job: coverage-comment finds coverage-gate's report there.
  if (!runnerTemps.has(workspace))
    runnerTemps.set(workspace, mkdtempSync(join(tmpdir(), 'shipshape-demo-runner-')));
  const runnerTemp = runnerTemps.get(workspace);
  const temp = mkdtempSync(join(tmpdir(), 'shipshape-demo-run-'));
  const files = Object.fromEntries(['output', 'summary', 'event'].map((f) => [f, join(temp, f)]));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(event.payload));
  const env = {
    // The machine's environment (npm's registry settings, proxies), without any runner variables.
    ...Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/.test(k)),
    ),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: event.sha,
    GITHUB_REF: event.payload.ref ?? `refs/pull/${event.payload.number}/merge`,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: runnerTemp,
  };
  // The runner fills in action.yml defaults for inputs the workflow does not set.
  const spec = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
  for (const [input, def] of Object.entries(spec.inputs ?? {})) {
    const value = String(def.default ?? '');
    if (!value.includes('${{')) env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [k, v] of Object.entries(inputs)) {
    // As GitHub warns of an input the action does not declare: a demo must not pass one silently.
    if (!(k in (spec.inputs ?? {})))
      throw new Error(`demo: ${name} has no input '${k}' (actions/${name}/action.yml)`);
    env[`INPUT_${k.toUpperCase()}`] = v;
  }
  Object.assign(env, extraEnv);
  // Asynchronous, so that demo services in this process keep answering while the action runs.
  const child = spawn(process.execPath, [join(root, 'dist', name, 'index.js')], { cwd: workspace, env });
  let log = '';
  child.stdout.on('data', (d) => {
    log += d;
  });
  child.stderr.on('data', (d) => {
    log += d;
  });
  const exitCode = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
  const outputs = readOutputs(files.output);
  const summary = readFileSync(files.summary, 'utf8');
  rmSync(temp, { recursive: true, force: true });
  return { exitCode, outputs, summary, log };
}

function show(title, description, run) {
  console.log(`\n${'='.repeat(100)}\n${bold(title)}\n${description}\n${'='.repeat(100)}`);
  console.log(`\n${bold('Job summary')} (GITHUB_STEP_SUMMARY, Markdown):\n`);
  console.log(run.summary.trim());
  console.log(`\n${bold('Outputs')} (GITHUB_OUTPUT):`);
  for (const [k, v] of Object.entries(run.outputs))
    console.log(`  ${k} = ${k === 'report' ? '<JSON report in RUNNER_TEMP>' : v}`);
  const annotations = run.log.split('\n').filter((l) => /^::(error|warning|notice)/.test(l));
  if (annotations.length)
    console.log(`\n${bold('Annotations')} (workflow commands):\n  ${annotations.join('\n  ')}`);
  console.log(`\n${bold('Exit code')}: ${run.exitCode}`);
}

async function goPullRequestDemo() {
  // A Go API: the base lacks Round(); the pull request adds it without a test.
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-demo-go-'));
  const api = join(dir, 'services/api');
  cpSync(join(fixtures, 'go/src'), api, { recursive: true });
  const pricing = join(api, 'pricing/pricing.go');
  const full = readFileSync(pricing, 'utf8');
  writeFileSync(pricing, `${full.split('\n').slice(0, 28).join('\n')}\n`);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(pricing, full);
  git(dir, 'commit', '-q', '-am', 'add Round');
  const head = git(dir, 'rev-parse', 'HEAD');
  const profile = readFileSync(join(fixtures, 'go/count.out'), 'utf8');
  const history = join(dir, '.shipshape-history');
  const repository = {
    full_name: 'octo-org/shop',
    name: 'shop',
    owner: { login: 'octo-org' },
    default_branch: 'main',
  };

  // 1. main, before the PR: coverage-comment records the base's coverage in history (a folder here;
  //    workflow artifacts on GitHub). The base has no Round(), so its profile has no blocks for it.
  const baseProfile = profile
    .split('\n')
    .filter((line) => !/pricing\.go:(29|3\d)\./.test(line))
    .join('\n');
  writeFileSync(join(api, 'coverage.out'), baseProfile);
  await runAction('coverage-comment', {
    workspace: dir,
    event: { name: 'push', sha: base, payload: { ref: 'refs/heads/main', after: base, repository } },
    inputs: {
      name: 'api',
      'working-directory': 'services/api',
      files: 'coverage.out',
      history: 'folder',
      'history-folder': history,
      token: '',
    },
  });

  // 2. the pull request: coverage-gate, then coverage-comment.
  writeFileSync(join(api, 'coverage.out'), profile);
  const event = {
    name: 'pull_request',
    sha: 'f'.repeat(40),
    payload: {
      number: 42,
      pull_request: {
        number: 42,
        head: { sha: head, ref: 'add-round', repo: { full_name: 'octo-org/shop', fork: false } },
        base: { sha: base, ref: 'main', repo: { full_name: 'octo-org/shop' } },
      },
      repository,
    },
  };
  const gate = await runAction('coverage-gate', {
    workspace: dir,
    event,
    inputs: {
      name: 'api',
      'working-directory': 'services/api',
      files: 'coverage.out',
      'min-lines': '60',
      'min-statements': '70',
      'min-patch': '80',
      'max-drop': '5',
      history: 'folder',
      'history-folder': history,
      status: 'false',
      token: '',
    },
  });
  show(
    'coverage-gate: a Go API pull request (real `go test -coverprofile` output, patch coverage from git)',
    'The PR adds pricing.Round() without a test: totals pass, the patch gate fails and annotates the new lines.',
    gate,
  );
  const comment = await runAction('coverage-comment', {
    workspace: dir,
    event,
    inputs: {
      name: 'api',
      'working-directory': 'services/api',
      files: 'coverage.out',
      history: 'folder',
      'history-folder': history,
      token: '',
    },
  });
  show(
    'coverage-comment: the sticky PR comment for the same pull request (its Markdown, as the job summary shows it)',
    'Delta against the merge-base record, the changed file with its uncovered lines, and the gate verdicts from the step before.',
    comment,
  );
  if (comment.outputs['badge-path'] && existsSync(comment.outputs['badge-path'])) {
    console.log(
      `\n${bold('Badge')} (${comment.outputs['badge-path']}):\n${readFileSync(comment.outputs['badge-path'], 'utf8').slice(0, 400)}…`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

async function coberturaPushDemo() {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-demo-py-'));
  cpSync(join(fixtures, 'cobertura/src'), dir, { recursive: true });
  cpSync(join(fixtures, 'cobertura/coverage.xml'), join(dir, 'coverage.xml'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'init');
  const sha = git(dir, 'rev-parse', 'HEAD');
  const run = await runAction('coverage-gate', {
    workspace: dir,
    event: {
      name: 'push',
      sha,
      payload: {
        ref: 'refs/heads/main',
        after: sha,
        repository: { full_name: 'octo-org/shop', default_branch: 'main' },
      },
    },
    inputs: {
      name: 'python',
      'min-branches': '75',
      thresholds: 'shop/cart.py: lines=90',
      status: 'false',
      token: '',
    },
  });
  show(
    'coverage-gate: a Python package on main (real coverage.py cobertura XML, discovered automatically)',
    'Branch gate and a per-path rule; the cobertura <sources> root /ci/shop-py is mapped to the checkout.',
    run,
  );
  rmSync(dir, { recursive: true, force: true });
}

async function ownCoverageDemo() {
  const lcov = join(root, 'coverage/lcov.info');
  if (!existsSync(lcov)) {
    console.log(
      `\n(shipshape's own coverage: run \`npm test\` first, then \`npm run demo\` gates it and draws its badge too.)`,
    );
    return;
  }
  const event = {
    name: 'push',
    sha: git(root, 'rev-parse', 'HEAD'),
    payload: { ref: 'refs/heads/main', repository: { full_name: 'octo-org/shop', default_branch: 'main' } },
  };
  const inputs = { name: 'shipshape', files: 'coverage/lcov.info', token: '' };
  const run = await runAction('coverage-gate', {
    workspace: root,
    event,
    inputs: { ...inputs, 'min-lines': '80', status: 'false' },
  });
  show(
    "coverage-gate: shipshape's own coverage (vitest + v8, from the last `npm test`)",
    'The project eats its own cooking.',
    run,
  );
  const comment = await runAction('coverage-comment', {
    workspace: root,
    event,
    inputs: { ...inputs, history: 'off' },
  });
  console.log(
    `\n${bold("shipshape's own badge")} (${comment.outputs['badge-path']}):\n${readFileSync(comment.outputs['badge-path'], 'utf8')}`,
  );
}

async function perfIngestDemo() {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-demo-perf-'));
  cpSync(join(root, 'test/fixtures/perf/go-bench-base.txt'), join(dir, 'base.txt'));
  cpSync(join(root, 'test/fixtures/perf/go-bench-head.txt'), join(dir, 'head.txt'));
  const run = await runAction('perf-regression', {
    workspace: dir,
    event: {
      name: 'push',
      sha: 'e'.repeat(40),
      payload: {
        ref: 'refs/heads/feature',
        repository: { full_name: 'octo-org/shop', default_branch: 'main' },
      },
    },
    inputs: {
      mode: 'go-bench',
      'base-file': 'base.txt',
      'head-file': 'head.txt',
      history: 'off',
      status: 'false',
      comment: 'off',
      token: '',
    },
  });
  show(
    'perf-regression: Go benchmarks, base vs head (real `go test -bench -count=10` output, rank test like benchstat)',
    'Ingest mode: for benchmarks a project already has. (The A/B load-test mode starts both services and runs autocannon: see docs/perf-regression.md.)',
    run,
  );
  rmSync(dir, { recursive: true, force: true });

  if (QUICK) {
    console.log(
      '\n(perf-regression load test skipped: --quick. Without it, a 30 s A/A run against a demo service.)',
    );
    return;
  }
  // The load-test mode against the demo service: an A/A calibration (the same build twice) with a
  // short budget, so the demo stays quick; on pull requests the default A/B mode compares the
  // merge-base with the head the same way.
  const service = mkdtempSync(join(tmpdir(), 'shipshape-demo-service-'));
  cpSync(join(root, 'test/fixtures/perf/demo-service.mjs'), join(service, 'demo-service.mjs'));
  const aa = await runAction('perf-regression', {
    workspace: service,
    event: {
      name: 'push',
      sha: 'e'.repeat(40),
      payload: {
        ref: 'refs/heads/feature',
        repository: { full_name: 'octo-org/shop', default_branch: 'main' },
      },
    },
    inputs: {
      mode: 'aa',
      'start-command': 'node demo-service.mjs',
      'health-path': '/health',
      path: '/work',
      metrics: 'cpu,p50',
      'trial-duration': '1s',
      'max-duration': '40s',
      history: 'off',
      status: 'false',
      comment: 'off',
      token: '',
    },
  });
  show(
    'perf-regression: A/A calibration against the demo service on 127.0.0.1 (autocannon, alternating rounds)',
    'The same build against itself: the noise floor of this machine, and proof that it reports no regression.',
    aa,
  );
  rmSync(service, { recursive: true, force: true });
}

async function healthDemo() {
  // Two demo endpoints on 127.0.0.1: a healthy API in application/health+json, and one whose
  // database component fails.
  const server = createServer((req, res) => {
    const failing = req.url === '/orders/health';
    res.writeHead(failing ? 503 : 200, {
      'content-type': 'application/health+json',
      'cache-control': 'no-store',
    });
    res.end(
      JSON.stringify({
        status: failing ? 'fail' : 'pass',
        version: '1.4.2',
        checks: {
          'db:responseTime': [
            { status: failing ? 'fail' : 'pass', output: failing ? 'connection refused' : '' },
          ],
        },
      }),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-demo-health-'));
  const run = await runAction('deploy-smoke-health', {
    workspace: dir,
    event: {
      name: 'workflow_dispatch',
      sha: 'd'.repeat(40),
      payload: { repository: { full_name: 'octo-org/shop', default_branch: 'main' } },
    },
    inputs: {
      mode: 'uptime',
      environment: 'prod',
      endpoints: `api=${base}/health\norders=${base}/orders/health`,
      conditions: '[STATUS] == 200\n[BODY].status == pass\n[RESPONSE_TIME] < 500',
      retries: '0',
      // One look, no memory between runs: a failure counts at once (a schedule would keep history).
      history: 'off',
      'confirm-after': '1',
      issues: 'false',
      status: 'false',
      token: '',
    },
  });
  show(
    'deploy-smoke-health: uptime checks of two demo endpoints on 127.0.0.1 (application/health+json)',
    'One healthy endpoint and one whose database component fails: classified, explained, and usable as a gate.',
    run,
  );
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

async function lighthouseDemo() {
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    console.log(
      `\n(lighthouse-vitals: no Chromium at ${chrome}; install Debian's chromium or set CHROME_PATH to see it.)`,
    );
    return;
  }
  const run = await runAction('lighthouse-vitals', {
    workspace: root,
    event: {
      name: 'push',
      sha: 'c'.repeat(40),
      payload: {
        ref: 'refs/heads/feature',
        repository: { full_name: 'octo-org/shop', default_branch: 'main' },
      },
    },
    inputs: {
      'static-dir': 'test/fixtures/vitals',
      urls: '/fast.html\n/layout-shift.html',
      runs: '1',
      budgets: 'lcp=2.5s, cls=0.1',
      'chrome-path': chrome,
      history: 'off',
      comment: 'off',
      'upload-reports': 'false',
      token: '',
    },
    // Lighthouse is installed (once) into a tool cache that later demo runs reuse.
    env: { RUNNER_TOOL_CACHE: join(root, '.tmp', 'tool-cache') },
  });
  show(
    'lighthouse-vitals: two demo pages in real Chromium (served on 127.0.0.1 by the action)',
    'A fast page, and one with a known layout shift: its CLS fails the 0.1 budget.',
    run,
  );
}

if (!existsSync(join(root, 'dist/coverage-gate/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
mkdirSync(join(root, '.tmp'), { recursive: true });
await goPullRequestDemo();
await coberturaPushDemo();
await perfIngestDemo();
await healthDemo();
await lighthouseDemo();
await ownCoverageDemo();
