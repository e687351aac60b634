// Benchmarks what the build costs every user: the size of dist/ in the repository (every action
// checkout carries it) and each entry's start-up over bare `node` (every action step and every CLI
// call pays it). Run `npm run build` first; the figures are for the dist/ on disk.
//
//   node scripts/bench-build.mjs [--runs 21] [--dist <folder>] [--json] [--strict]   (--strict: exit 1 when a target is missed)
//
// Start-up is one child process per run, measured from spawn to exit: `node <entry>` with inputs that
// stop the run at input validation (INPUT_HISTORY=bogus for the actions, `--help` for the CLI), so
// what is timed is loading the bundle and building the shell, not the action's work. Bare `node` runs
// an empty ES module the same way. Runs are interleaved (bare, each entry, bare, ...) so a burst of
// load on a shared machine hits all contenders alike; the figure is the median of the runs.
// The entries run from a copy of dist/ in a scratch folder, as in a user's checkout of the action:
// inside this repository a bundled library can find the development copy in node_modules/ (fdir
// probes for picomatch) and load it from there, which no runner does.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--dist <folder>` measures another build (e.g. main's dist/, for a before/after).
const distAt = process.argv.indexOf('--dist');
const dist = distAt >= 0 ? process.argv[distAt + 1] : join(root, 'dist');
const TARGET_DIST_MB = 15;
const TARGET_STARTUP_MS = 60;

function sizeOf(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeOnce(args, env) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8', cwd: env.HOME });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, status: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** The entries to time and how to stop each right after start-up; `expect` checks it did stop there. */
function contenders(scratch, checkout) {
  const empty = join(scratch, 'empty.mjs');
  writeFileSync(empty, '');
  const base = { PATH: process.env.PATH ?? '', HOME: scratch, RUNNER_TEMP: scratch };
  const list = [{ name: 'bare node', args: [empty], env: base, expect: (r) => r.status === 0 }];
  for (const name of readdirSync(checkout).sort()) {
    const entry = join(checkout, name, 'index.js');
    if (name === 'shipshape' || !existsSync(entry)) continue;
    if (name === 'cli') {
      list.push({
        name: 'cli --help',
        args: [entry, '--help'],
        env: base,
        expect: (r) => r.status === 0,
      });
      continue;
    }
    list.push({
      name,
      args: [entry],
      env: { ...base, GITHUB_WORKSPACE: scratch, INPUT_HISTORY: 'bogus' },
      // Exit 2 naming an input: the bundle loaded, the shell ran, and the run stopped at validation.
      expect: (r) => r.status === 2 && /input '/.test(r.stdout + r.stderr),
    });
  }
  return list;
}

export function benchBuild({ runs = 21 } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'shipshape-bench-build-'));
  try {
    const checkout = join(scratch, 'action-checkout', 'dist');
    cpSync(dist, checkout, { recursive: true });
    const list = contenders(scratch, checkout);
    const times = new Map(list.map((c) => [c.name, []]));
    for (let i = 0; i < runs + 1; i++) {
      for (const c of list) {
        const r = timeOnce(c.args, c.env);
        if (!c.expect(r))
          throw new Error(`${c.name}: did not stop at start-up (exit ${r.status}): ${r.stdout}${r.stderr}`);
        if (i > 0) times.get(c.name).push(r.ms); // the first round warms the file cache
      }
    }
    const bare = median(times.get('bare node'));
    const startup = list
      .filter((c) => c.name !== 'bare node')
      .map((c) => {
        const ms = median(times.get(c.name));
        return { name: c.name, medianMs: ms, overBareMs: ms - bare };
      });
    const bundles = readdirSync(dist)
      .sort()
      .map((name) => ({ name, bytes: sizeOf(join(dist, name)) }));
    return {
      runs,
      load: loadavg().map((l) => Number(l.toFixed(2))),
      cpus: cpus().length,
      node: process.version,
      distBytes: sizeOf(dist),
      bundles,
      bareMs: bare,
      startup,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function formatBuildBench(r) {
  const mb = (b) => (b / 1024 / 1024).toFixed(2);
  const worst = Math.max(...r.startup.map((s) => s.overBareMs));
  return [
    `Node ${r.node}, ${r.cpus} cores, load ${r.load.join(' / ')}; start-up median of ${r.runs} runs each, interleaved`,
    '',
    `dist/: ${mb(r.distBytes)} MB (target ≤ ${TARGET_DIST_MB} MB)`,
    '',
    '| folder | size |',
    '| --- | ---: |',
    ...r.bundles.map(
      (b) =>
        `| dist/${b.name} | ${b.bytes >= 1024 * 1024 ? `${mb(b.bytes)} MB` : `${(b.bytes / 1024).toFixed(1)} KB`} |`,
    ),
    '',
    `bare node: ${r.bareMs.toFixed(1)} ms`,
    '',
    '| entry | start-up | over bare node |',
    '| --- | ---: | ---: |',
    ...r.startup.map((s) => `| ${s.name} | ${s.medianMs.toFixed(1)} ms | ${s.overBareMs.toFixed(1)} ms |`),
    '',
    `slowest start-up over bare node: ${worst.toFixed(1)} ms (target ≤ ${TARGET_STARTUP_MS} ms)`,
  ].join('\n');
}

export function buildTargetsMet(r) {
  return (
    r.distBytes <= TARGET_DIST_MB * 1024 * 1024 && r.startup.every((s) => s.overBareMs <= TARGET_STARTUP_MS)
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const runsAt = argv.indexOf('--runs');
  const result = benchBuild({ runs: runsAt >= 0 ? Number(argv[runsAt + 1]) : 21 });
  console.log(argv.includes('--json') ? JSON.stringify(result, null, 2) : formatBuildBench(result));
  if (argv.includes('--strict') && !buildTargetsMet(result)) process.exitCode = 1;
}
