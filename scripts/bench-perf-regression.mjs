#!/usr/bin/env node
// Evidence for perf-regression's sequential statistics against a real HTTP service
// (test/fixtures/perf/demo-service.mjs):
//   A/A: the same build against itself; the share called "regression" (target ≤ 2% over ≥ 60).
//   A/B at 10%: head with SLOWDOWN_FACTOR 1.1 (10% more CPU work per request); share found (≥ 95%).
//   A/B at 20%: the same at 1.2.
//   The wall time of one comparison with the action's defaults (--default).
// Usage: node scripts/bench-perf-regression.mjs [--aa 60] [--ab10 20] [--ab 0] [--trial-seconds 1]
//        [--max-duration 90] [--default N] [--out results.json]
// It compiles shared/perf/load-run.ts and what it imports with tsc into a temp folder first (a few seconds).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    aa: { type: 'string', default: '60' },
    ab: { type: 'string', default: '0' },
    ab10: { type: 'string', default: '20' },
    'trial-seconds': { type: 'string', default: '1' },
    'max-duration': { type: 'string', default: '90' },
    default: { type: 'string', default: '0' },
    out: { type: 'string' },
  },
});

const bundle = mkdtempSync(join(tmpdir(), 'bench-perf-'));
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/typescript/bin/tsc'),
    ...[
      '--outDir',
      bundle,
      '--rootDir',
      root,
      '--module',
      'nodenext',
      '--target',
      'es2023',
      '--skipLibCheck',
      '--types',
      'node',
      '--ignoreConfig',
    ],
    join(root, 'shared/perf/load-run.ts'),
    join(root, 'shared/perf/options.ts'),
    join(root, 'shared/loadtest/autocannon.d.ts'),
  ],
  { cwd: root, stdio: 'inherit' },
);
writeFileSync(join(bundle, 'package.json'), '{"type":"module"}');
symlinkSync(join(root, 'node_modules'), join(bundle, 'node_modules'));
const { runLoadComparison } = await import(join(bundle, 'shared/perf/load-run.js'));
const { DEFAULT_SCHEDULE } = await import(join(bundle, 'shared/perf/analyse.js'));
const { DEFAULT_METRICS } = await import(join(bundle, 'shared/perf/options.js'));

const quiet = { info() {}, warning() {}, debug() {}, progress() {}, group: (_title, work) => work() };
const fixture = join(root, 'test/fixtures/perf');
const spec = (label, factor) => ({
  label,
  cwd: fixture,
  command: 'exec node demo-service.mjs',
  env: { SLOWDOWN_FACTOR: String(factor), BASE_WORK_US: '1000' },
});

const settings = (o) => ({
  name: 'bench',
  mode: 'ab',
  healthPath: '/health',
  readyTimeoutMs: 10_000,
  requests: [{ name: '/work', method: 'GET', path: '/work', headers: {}, expectStatus: [], weight: 1 }],
  trialSeconds: o.trialSeconds,
  connections: 10,
  requestTimeoutSeconds: 10,
  maxDurationMs: o.maxDurationSeconds * 1000,
  rateShare: 0.5,
  analysis: {
    metrics: [...DEFAULT_METRICS],
    threshold: 0.05,
    memoryThreshold: 0.2,
    level: 0.95,
    limits: { maxErrorRate: 0.1, maxNon2xxRate: 0.1, maxTimeouts: 0 },
    schedule: DEFAULT_SCHEDULE,
  },
  log: quiet,
});

const benchSettings = {
  trialSeconds: Number(values['trial-seconds']),
  maxDurationSeconds: Number(values['max-duration']),
};
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const results = {
  settings: { ...benchSettings, metrics: DEFAULT_METRICS, schedule: DEFAULT_SCHEDULE },
  command: `node scripts/bench-perf-regression.mjs ${process.argv.slice(2).join(' ')}`.trim(),
  loadBefore: load(),
  started: new Date().toISOString(),
  groups: {},
};

async function group(name, factor, repeats, o) {
  const verdicts = {};
  const runs = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const report = await runLoadComparison({
      ...settings(o),
      base: spec('base', 1),
      head: spec('head', factor),
    });
    const seconds = (performance.now() - started) / 1000;
    verdicts[report.verdict] = (verdicts[report.verdict] ?? 0) + 1;
    // The figures the change is computed from: geometric means, change = head / base − 1.
    const byMetric = Object.fromEntries(
      report.metrics.map((m) => [
        m.key,
        `${m.gated === false ? '(not gated) ' : ''}${m.verdict} base ${m.base.toPrecision(4)} head ${m.head.toPrecision(4)} change ${m.changePct.toFixed(1)}% [${m.lowerPct.toFixed(1)}, ${m.upperPct.toFixed(1)}]`,
      ]),
    );
    const busy = report.notes.find((n) => n.startsWith('Other processes'));
    const stopped = report.notes.find((n) => n.startsWith('Stopped'));
    runs.push({
      verdict: report.verdict,
      seconds: Math.round(seconds),
      rounds: report.rounds.measured,
      looks: report.rounds.looks,
      load: load(),
      ...(busy ? { busy } : {}),
      stopped,
      metrics: byMetric,
    });
    process.stderr.write(
      `${name} ${i + 1}/${repeats}: ${report.verdict} (${report.rounds.measured} rounds, ${report.rounds.looks} looks, ${seconds.toFixed(0)} s, load ${load()}) ${stopped} ${JSON.stringify(byMetric)}\n`,
    );
  }
  const regression = (verdicts.regression ?? 0) / repeats;
  results.groups[name] = {
    factor,
    repeats,
    verdicts,
    regressionShare: regression,
    medianSeconds: runs.map((r) => r.seconds).sort((a, b) => a - b)[Math.floor(runs.length / 2)],
    runs,
  };
  process.stderr.write(
    `== ${name}: ${JSON.stringify(verdicts)} → regression share ${(regression * 100).toFixed(0)}%\n`,
  );
}

try {
  if (Number(values.default) > 0) {
    await group('default comparison (A/A, action defaults)', 1, Number(values.default), {
      trialSeconds: 2,
      maxDurationSeconds: 90,
    });
  }
  if (Number(values.aa) > 0) await group('A/A', 1, Number(values.aa), benchSettings);
  if (Number(values.ab10) > 0) await group('A/B +10%', 1.1, Number(values.ab10), benchSettings);
  if (Number(values.ab) > 0) await group('A/B +20%', 1.2, Number(values.ab), benchSettings);
  results.loadAfter = load();
  results.finished = new Date().toISOString();
} finally {
  rmSync(bundle, { recursive: true, force: true });
}
const text = JSON.stringify(results, null, 2);
if (values.out) writeFileSync(values.out, `${text}\n`);
process.stdout.write(`${text}\n`);
