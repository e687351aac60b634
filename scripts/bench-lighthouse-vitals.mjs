// Measures how noisy Lighthouse is on this machine and how much the median of N runs helps:
// 10 runs of one fixture page (each in its own Chrome and Node process, exactly as the action runs
// them), then Lighthouse's computeMedianRun over every subset of N = 1, 3, 5 of those runs.
// The TypeScript sources are transpiled on the fly (no type check, no full build).
//
//   node scripts/bench-lighthouse-vitals.mjs [--runs 10] [--page /slow-image.html|/long-task.html|/fast.html]
//       [--preset desktop|mobile] [--throttling devtools|simulate] [--image-delay 800] [--chrome /usr/bin/chromium] [--json]
//
// Needs Chromium (apt-get install -y chromium) and the devDependencies lighthouse + chrome-launcher.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
try {
  transpile(
    [
      join(root, 'shared/lighthouse/audit.ts'),
      join(root, 'shared/lighthouse/chrome.ts'),
      join(root, 'test/fixtures/vitals/server.ts'),
    ],
    work,
  );
  const { runAudit } = await import(pathToFileURL(join(work, 'shared/lighthouse/audit.js')).href);
  const { loadChromeLauncher } = await import(pathToFileURL(join(work, 'shared/lighthouse/chrome.js')).href);
  const { startFixtureServer } = await import(
    pathToFileURL(join(work, 'test/fixtures/vitals/server.js')).href
  );
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
      extraHeaders: {},
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
    const f = (v, d = 0) => v.toFixed(d);
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
} finally {
  rmSync(work, { recursive: true, force: true });
}
