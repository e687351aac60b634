#!/usr/bin/env node
// Evidence for perf-regression's statistics against a real HTTP service (test/fixtures/perf/demo-service.mjs):
//   A/A: the same build against itself; the share called "regression" must be ≤ 5%.
//   A/B: head with SLOWDOWN_FACTOR 1.2 (20% more CPU work per request); found in ≥ 90% of repeats.
//   A/B at 10%: the detection rate is reported.
//   The wall time of one comparison with the action's default settings.
// Usage: node scripts/bench-perf-regression.mjs [--aa 20] [--ab 20] [--ab10 10] [--trial-seconds 1]
//        [--rounds 10] [--max-duration 40] [--default] [--out results.json]
// It compiles shared/perf/load-run.ts and what it imports with tsc into a temp folder first (a few seconds).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    aa: { type: 'string', default: '20' },
    ab: { type: 'string', default: '20' },
    ab10: { type: 'string', default: '10' },
    'trial-seconds': { type: 'string', default: '1' },
    rounds: { type: 'string', default: '10' },
    'max-duration': { type: 'string', default: '40' },
    default: { type: 'boolean', default: false },
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
    join(root, 'shared/loadtest/autocannon.d.ts'),
  ],
  { cwd: root, stdio: 'inherit' },
);
writeFileSync(join(bundle, 'package.json'), '{"type":"module"}');
symlinkSync(join(root, 'node_modules'), join(bundle, 'node_modules'));
const { runLoadComparison } = await import(join(bundle, 'shared/perf/load-run.js'));

const quiet = { info() {}, warning() {}, debug() {} };
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
  rounds: o.rounds,
  maxDurationMs: o.maxDurationSeconds * 1000,
  rateShare: 0.5,
  analysis: {
    metrics: ['p50', 'p90', 'p99', 'rps', 'cpu', 'rss'],
    threshold: 0.05,
    memoryThreshold: 0.2,
    level: 0.95,
    limits: { maxErrorRate: 0.1, maxNon2xxRate: 0.1, maxTimeouts: 0 },
  },
  log: quiet,
});

const benchSettings = {
  trialSeconds: Number(values['trial-seconds']),
  rounds: Number(values.rounds),
  maxDurationSeconds: Number(values['max-duration']),
};
const results = {
  settings: benchSettings,
  command: `node scripts/bench-perf-regression.mjs ${process.argv.slice(2).join(' ')}`.trim(),
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
    const byMetric = Object.fromEntries(
      report.metrics.map((m) => [
        m.key,
        `${m.verdict} ${m.changePct.toFixed(1)}% [${m.lowerPct.toFixed(1)}, ${m.upperPct.toFixed(1)}] mde ${m.mdePct?.toFixed(1)}`,
      ]),
    );
    runs.push({
      verdict: report.verdict,
      seconds: Math.round(seconds),
      rounds: report.rounds.measured,
      metrics: byMetric,
    });
    process.stderr.write(
      `${name} ${i + 1}/${repeats}: ${report.verdict} (${report.rounds.measured} rounds, ${seconds.toFixed(0)} s) ${JSON.stringify(byMetric)}\n`,
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
  if (values.default) {
    await group('default comparison (A/A, action defaults)', 1, 1, {
      trialSeconds: 2,
      rounds: 10,
      maxDurationSeconds: 180,
    });
  }
  await group('A/A', 1, Number(values.aa), benchSettings);
  await group('A/B +20%', 1.2, Number(values.ab), benchSettings);
  await group('A/B +10%', 1.1, Number(values.ab10), benchSettings);
} finally {
  rmSync(bundle, { recursive: true, force: true });
}
const text = JSON.stringify(results, null, 2);
if (values.out) writeFileSync(values.out, `${text}\n`);
process.stdout.write(`${text}\n`);
