// Two lighthouse-vitals benchmarks. The TypeScript sources are transpiled on the fly (no type check,
// no full build).
//
// Speed (the default, what `npm run bench` runs): side by side in one run, on one fixture page,
//   1. Lighthouse standalone (its own CLI: Node start, Chrome launch, audit, JSON report),
//   2. one lighthouse-vitals run as the action does it (fresh Chrome, the warm Lighthouse worker,
//      JSON and HTML reports, Chrome stopped), with where its time goes,
//   3. one URL base vs head with the defaults (6 ABBA rounds, 12 runs), Lighthouse already
//      installed, static base and head served here, as runVitals does it end to end,
// each with `devtools` (the action's default) and `simulate` throttling.
//
//   node scripts/bench-lighthouse-vitals.mjs [--speed-runs 3] [--only standalone,run,compare] [--modes devtools,simulate]
//
// Noise: how noisy Lighthouse is here and how much the median of N runs helps: 10 runs of one
// fixture page, then Lighthouse's computeMedianRun over every subset of N = 1, 3, 5 of them.
//
//   node scripts/bench-lighthouse-vitals.mjs --noise [--runs 10] [--page /slow-image.html|/long-task.html|/fast.html]
//       [--preset desktop|mobile] [--throttling devtools|simulate] [--image-delay 800] [--chrome /usr/bin/chromium] [--json]
//
// Needs Chromium (apt-get install -y chromium) and the devDependencies lighthouse + chrome-launcher.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    throttling: { type: 'string', default: 'devtools' },
    chrome: { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
    'image-delay': { type: 'string', default: '800' },
    page: { type: 'string', default: '/slow-image.html' },
    preset: { type: 'string', default: 'desktop' },
    json: { type: 'boolean', default: false },
    noise: { type: 'boolean', default: false },
    'speed-runs': { type: 'string', default: '3' },
    only: { type: 'string', default: 'standalone,run,compare' },
    modes: { type: 'string', default: 'devtools,simulate' },
  },
});
const RUNS = Number(values.runs);
const IMAGE_DELAY = Number(values['image-delay']);

/** Transpiles `entries` and every relative module they import into `outDir`, keeping the layout. */
function transpile(entries, outDir) {
  const ts = createRequire(import.meta.url)('typescript');
  const pending = [...entries];
  const done = new Set();
  while (pending.length > 0) {
    const file = pending.pop();
    if (done.has(file)) continue;
    done.add(file);
    const source = readFileSync(file, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2023,
        verbatimModuleSyntax: false,
      },
      fileName: file,
    });
    const target = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
    for (const m of outputText.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
      pending.push(resolve(dirname(file), `${m[1]}.ts`));
    }
    for (const m of outputText.matchAll(/from '(\.{1,2}\/[^']+\.json)'/g)) {
      const json = resolve(dirname(file), m[1]);
      const copy = join(outDir, relative(root, json));
      mkdirSync(dirname(copy), { recursive: true });
      copyFileSync(json, copy);
    }
  }
}

function quantile(sorted, p) {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

function spread(values) {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const sd = Math.sqrt(s.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, s.length - 1));
  return { n: s.length, min: s[0], max: s.at(-1), p10: quantile(s, 0.1), p90: quantile(s, 0.9), sd };
}

function* subsets(items, k, start = 0, acc = []) {
  if (acc.length === k) {
    yield [...acc];
    return;
  }
  for (let i = start; i < items.length; i++) {
    acc.push(items[i]);
    yield* subsets(items, k, i + 1, acc);
    acc.pop();
  }
}

// Transpiled code must sit under the repository so that its bare imports (picomatch, yaml) resolve.
const work = mkdtempSync(join(root, 'node_modules', '.cache-bench-lighthouse-'));
// Also when interrupted: the runs' signal handler exits the process, skipping `finally`.
process.once('exit', () => rmSync(work, { recursive: true, force: true }));
transpile(
  [
    join(root, 'shared/lighthouse/audit.ts'),
    join(root, 'shared/lighthouse/chrome.ts'),
    join(root, 'shared/lighthouse/pipeline.ts'),
    join(root, 'shared/vitals/options.ts'),
    join(root, 'test/fixtures/vitals/server.ts'),
  ],
  work,
);
const load = (path) => import(pathToFileURL(join(work, path)).href);
const { runAudit } = await load('shared/lighthouse/audit.js');
const { loadChromeLauncher } = await load('shared/lighthouse/chrome.js');
const { startFixtureServer } = await load('test/fixtures/vitals/server.js');
const f = (v, d = 0) => v.toFixed(d);
const median = (xs) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

try {
  if (values.noise) await noise();
  else await speed();
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function speed() {
  const only = new Set(values.only.split(','));
  const modes = values.modes.split(',');
  const N = Number(values['speed-runs']);
  const server = await startFixtureServer({
    imageDelayMs: IMAGE_DELAY,
    dir: join(root, 'test/fixtures/vitals'),
  });
  const url = server.url(values.page);
  const launcher = await loadChromeLauncher(root);
  const loadBefore = loadavg();
  const out = [];
  out.push(
    `Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, load average at the start ${loadBefore.map((l) => f(l, 2)).join(' / ')} (1 / 5 / 15 min). Page: test/fixtures/vitals${values.page}${values.page === '/slow-image.html' ? `, largest image held back ${IMAGE_DELAY} ms` : ''}, ${values.preset} preset.`,
    '',
  );
  try {
    if (only.has('standalone') || only.has('run')) {
      out.push(
        '| Throttling | Lighthouse standalone (CLI), median wall s | lighthouse-vitals, one run, median wall s | first run (cold worker) s | Chrome start | Lighthouse import | Lighthouse audit | reports | Chrome stop |',
      );
      out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    }
    for (const mode of modes) {
      let standalone = Number.NaN;
      if (only.has('standalone')) {
        const walls = [];
        for (let i = 0; i < N; i++) {
          const started = Date.now();
          // Asynchronously: the fixture server lives in this process and must keep answering.
          const res = await new Promise((resolve) => {
            const child = spawn(
              process.execPath,
              [
                join(root, 'node_modules/lighthouse/cli/index.js'),
                url,
                `--preset=${values.preset === 'desktop' ? 'desktop' : 'perf'}`,
                `--throttling-method=${mode}`,
                '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
                '--output=json',
                `--output-path=${join(work, `standalone-${mode}-${i}.json`)}`,
                '--quiet',
              ],
              { env: { ...process.env, CHROME_PATH: values.chrome }, stdio: ['ignore', 'ignore', 'pipe'] },
            );
            let stderr = '';
            child.stderr.on('data', (d) => {
              stderr += d;
            });
            child.once('exit', (status) => resolve({ status, stderr }));
          });
          if (res.status !== 0) throw new Error(`lighthouse CLI failed: ${res.stderr}`);
          walls.push(Date.now() - started);
        }
        standalone = median(walls) / 1000;
      }
      let row = { wall: Number.NaN, first: Number.NaN, phases: {} };
      if (only.has('run')) {
        const lines = [];
        const walls = [];
        const log = {
          info() {},
          warning: (m) => process.stderr.write(`warning: ${m}\n`),
          debug: (m) => lines.push(m),
          progress: (_p, _d, _t, detail) => {
            const s = /, ([\d.]+) s$/.exec(detail ?? '');
            if (s) walls.push(Number(s[1]));
          },
          group: (_t, work) => work(),
        };
        const [page] = await runAudit({
          name: 'bench',
          targets: [{ url, key: values.page }],
          runs: N + 1,
          settings: {
            preset: values.preset,
            throttling: mode,
            headers: {},
            cookies: [],
            maxWaitForLoad: 45_000,
            chromePath: values.chrome,
          },
          rules: [],
          cwvGate: 'off',
          minBenchmarkIndex: 0,
          maxRepeats: 0,
          compare: { relative: 0.1, level: 0.95, rounds: 0, failOnRegression: false },
          ctx: { installDir: root, launcher, outDir: join(work, `reports-${mode}`), log },
          log,
        });
        if (page.status !== 'measured') throw new Error(page.error);
        const phases = lines
          .map((l) =>
            /Chrome start (\d+) ms, Lighthouse import (\d+) ms, Lighthouse (\d+) ms, reports (\d+) ms, Chrome stop (\d+) ms/.exec(
              l,
            ),
          )
          .filter(Boolean)
          .map((m) => m.slice(1, 6).map(Number));
        const warm = phases.slice(1);
        const col = (i) => median(warm.map((p) => p[i])) / 1000;
        // The first run pays the worker's Lighthouse import; the rest are what every further run costs.
        row = {
          wall: median(walls.slice(1)),
          first: walls[0],
          phases: { chrome: col(0), imp: col(1), lh: col(2), write: col(3), stop: col(4) },
        };
      }
      if (only.has('standalone') || only.has('run')) {
        const p = row.phases;
        out.push(
          `| ${mode} | ${f(standalone, 1)} | ${f(row.wall, 1)} | ${f(row.first, 1)} | ${f(p.chrome ?? Number.NaN, 2)} | ${f(p.imp ?? Number.NaN, 2)} | ${f(p.lh ?? Number.NaN, 2)} | ${f(p.write ?? Number.NaN, 2)} | ${f(p.stop ?? Number.NaN, 2)} |`,
        );
      }
    }
    if (only.has('compare')) {
      const { runVitals } = await load('shared/lighthouse/pipeline.js');
      const { readVitalsOptions } = await load('shared/vitals/options.js');
      const ws = join(work, 'compare-ws');
      for (const side of ['head', 'base']) {
        mkdirSync(join(ws, side), { recursive: true });
        cpSync(join(root, 'test/fixtures/vitals/fast.html'), join(ws, side, 'index.html'));
      }
      out.push(
        '',
        '| One URL, base vs head, defaults (6 ABBA rounds = 12 runs), Lighthouse installed | wall s | per run s | verdicts |',
        '| --- | ---: | ---: | --- |',
      );
      for (const mode of modes) {
        const options = readVitalsOptions({
          get: (name) =>
            ({
              'static-dir': 'head',
              'base-static-dir': 'base',
              throttling: mode,
              'chrome-path': values.chrome,
            })[name] ?? '',
        });
        const log = {
          info() {},
          warning: (m) => process.stderr.write(`warning: ${m}\n`),
          debug() {},
          progress() {},
          group: (_t, w) => w(),
        };
        const started = Date.now();
        const { report } = await runVitals(options, {
          installRoot: ws,
          installDir: root,
          outDir: join(ws, `out-${mode}`),
          workspace: ws,
          env: process.env,
          childEnv: process.env,
          log,
        });
        const wall = (Date.now() - started) / 1000;
        const [pageResult] = report.urls;
        const verdicts = (pageResult.comparison?.metrics ?? [])
          .map((m) => `${m.metric} ${m.verdict}`)
          .join(', ');
        out.push(
          `| ${mode}${mode === 'devtools' ? ' (the default)' : ''} | ${f(wall, 1)} | ${f(wall / 12, 1)} | ${verdicts || pageResult.error || '-'} |`,
        );
      }
    }
  } finally {
    await server.close();
  }
  out.push(
    '',
    `Load average at the end: ${loadavg()
      .map((l) => f(l, 2))
      .join(' / ')}.`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

async function noise() {
  const { computeMedianRun } = await import(
    pathToFileURL(join(root, 'node_modules/lighthouse/core/lib/median-run.js')).href
  );

  const server = await startFixtureServer({
    imageDelayMs: IMAGE_DELAY,
    dir: join(root, 'test/fixtures/vitals'),
  });
  const outDir = join(work, 'reports');
  const log = {
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    debug() {},
    progress() {},
    group: (_t, work) => work(),
  };
  const launcher = await loadChromeLauncher(root);
  const started = Date.now();
  const [page] = await runAudit({
    name: 'bench',
    targets: [{ url: server.url(values.page), key: values.page }],
    runs: RUNS,
    settings: {
      preset: values.preset,
      throttling: values.throttling,
      headers: {},
      cookies: [],
      maxWaitForLoad: 45_000,
      chromePath: values.chrome,
    },
    rules: [],
    cwvGate: 'off',
    minBenchmarkIndex: 0,
    maxRepeats: 0,
    compare: { relative: 0.1, level: 0.95, rounds: 0, failOnRegression: false },
    ctx: { installDir: root, launcher, outDir, log },
    log,
  });
  const wallMs = Date.now() - started;
  await server.close();
  if (page.status !== 'measured') throw new Error(page.error);

  const lhrs = readdirSync(outDir)
    .filter((f) => f.endsWith('.report.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(outDir, f), 'utf8')));
  const pick = (lhr) => ({
    performance: Math.round(lhr.categories.performance.score * 100),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
  });
  const byN = {};
  for (const n of [1, 3, 5]) {
    const chosen = [...subsets(lhrs, n)].map((s) => pick(n === 1 ? s[0] : computeMedianRun(s)));
    byN[n] = {
      subsets: chosen.length,
      performance: spread(chosen.map((c) => c.performance)),
      lcp: spread(chosen.map((c) => c.lcp)),
    };
  }
  const result = {
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, load1: loadavg()[0] },
    chrome: page.chromeVersion,
    lighthouse: page.lighthouseVersion,
    throttling: values.throttling,
    preset: values.preset,
    page: values.page,
    imageDelayMs: IMAGE_DELAY,
    runs: lhrs.length,
    benchmarkIndex: spread(page.runs.map((r) => r.benchmarkIndex)),
    perRun: lhrs.map(pick),
    byN,
    wallMsPerRun: wallMs / lhrs.length,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const lines = [
      `Machine: ${result.machine.cpu}, ${result.machine.cores} cores, load ${f(result.machine.load1, 2)}; Chrome ${result.chrome}, Lighthouse ${result.lighthouse}, throttling ${result.throttling}, ${values.preset} preset.`,
      `Page: test/fixtures/vitals${values.page}${values.page === '/slow-image.html' ? `, largest image held back ${IMAGE_DELAY} ms` : ''}. benchmarkIndex ${f(result.benchmarkIndex.min)}–${f(result.benchmarkIndex.max)}.`,
      '',
      `Per run (${result.runs}): performance ${result.perRun.map((r) => r.performance).join(', ')}; LCP ms ${result.perRun.map((r) => f(r.lcp)).join(', ')}.`,
      '',
      '| Median of N (computeMedianRun) | subsets | performance min–max | performance SD | LCP min–max (ms) | LCP SD (ms) |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...[1, 3, 5].map((n) => {
        const b = byN[n];
        return `| N = ${n} | ${b.subsets} | ${b.performance.min}–${b.performance.max} | ${f(b.performance.sd, 2)} | ${f(b.lcp.min)}–${f(b.lcp.max)} | ${f(b.lcp.sd, 1)} |`;
      }),
      '',
      `Wall time: ${f(result.wallMsPerRun / 1000, 1)} s per run (Chrome start, Lighthouse in its own process, Chrome stop), so ${f((3 * result.wallMsPerRun) / 1000, 0)} s per URL at the default 3 runs.`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
