// Benchmarks the lcov parser against lcov-parse and a bare line scan on the generated 2,000-file
// tracefile, and the whole coverage-gate action as a process (dist/coverage-gate/index.js started
// the way the runner starts it, from Node's start to its exit: bundle load, discovery, parse, gates,
// JSON report, outputs and summary) side by side in the same rounds. Each measurement runs in a fresh child process, so peak RSS (maxRSS) belongs to one parser
// and includes reading the file. The parser's TypeScript source is transpiled on the fly (no type check,
// no full build), so the benchmark works whatever state the rest of the tree is in.
//
//   node scripts/bench-lcov.mjs [--runs 3] [--json] [--strict]   (--strict: exit 1 when a target is missed)
//
// Exported `benchLcov({ runs })` (returns the figures) and `formatLcovBench(result)` (markdown) let
// scripts/bench.mjs run it as one section of `npm run bench`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PARSER_SOURCE = join(root, 'shared/coverage/parsers/lcov.ts');
const TARGET_SPEEDUP = 10;
const TARGET_RSS_MB = 150;

const CONTENDERS = {
  'line scan': 'split on "\\n" and count; the floor any parser pays',
  'lcov-parse': 'lcov-parse 1.0.0 (string split per record)',
  shipshape: 'parseLcov(readFileSync(file)): whole file in memory',
  'shipshape, chunked': 'LcovChunkParser fed 256 KiB reads: the file is never held whole',
  'coverage-gate action':
    'dist/coverage-gate/index.js as a process, Node start to exit (not a git checkout; history off, no status)',
};

const ACTION_BUNDLE = join(root, 'dist/coverage-gate/index.js');

/**
 * The whole action in one process: the wrapper only sets the runner's environment and imports the
 * bundle; the figures are taken at exit, from the process's own start (performance.timeOrigin).
 */
const ACTION_CHILD = `
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [bundle, out] = process.argv.slice(1);
process.on('exit', () => {
  const cpu = process.cpuUsage();
  writeFileSync(out, JSON.stringify({
    ms: performance.now(),
    cpuMs: (cpu.user + cpu.system) / 1000,
    baselineKiB: 0,
    maxRssKiB: process.resourceUsage().maxRSS,
  }));
});
await import(pathToFileURL(bundle).href);
`;

/** Runs the action on `input` in a scratch workspace; returns the child's figures and its outputs. */
function runAction(input, workDir) {
  const figures = join(workDir, 'figures.json');
  const outputs = join(workDir, 'outputs.txt');
  writeFileSync(outputs, '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workDir,
    RUNNER_TEMP: join(workDir, 'tmp'),
    GITHUB_OUTPUT: outputs,
    INPUT_FILES: input,
    'INPUT_MIN-COVERAGE': '0',
    INPUT_STATUS: 'false',
    INPUT_ANNOTATE: 'false',
    INPUT_HISTORY: 'off',
  };
  execFileSync(process.execPath, ['--input-type=module', '-e', ACTION_CHILD, ACTION_BUNDLE, figures], {
    cwd: workDir,
    env,
    stdio: 'ignore',
  });
  const result = JSON.parse(readFileSync(figures, 'utf8'));
  const text = readFileSync(outputs, 'utf8');
  const coverage = /^coverage<<(\S+)\n([^\n]*)\n/m.exec(text)?.[2] ?? /^coverage=(.*)$/m.exec(text)?.[1];
  return { ...result, coverage };
}

/** Transpiles the parser and the relative modules it imports into `outDir`; returns the entry's path. */
function transpileParser(outDir) {
  const require = createRequire(import.meta.url);
  const ts = require('typescript');
  const pending = [PARSER_SOURCE];
  const done = new Set();
  while (pending.length > 0) {
    const file = pending.pop();
    if (done.has(file)) continue;
    done.add(file);
    const source = readFileSync(file, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2023,
        verbatimModuleSyntax: true,
      },
    });
    const out = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
    for (const m of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g))
      pending.push(resolve(dirname(file), `${m[1]}.ts`));
  }
  return join(outDir, relative(root, PARSER_SOURCE)).replace(/\.ts$/, '.js');
}

/**
 * The program each child runs (node --input-type=module -e): only node:fs and the contender are loaded,
 * so the child's baseline RSS is Node's own and the rest is the contender's.
 * Arguments: contender, input file, transpiled parser module, repository root.
 */
const CHILD = `
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const [contender, file, parserModule, root] = process.argv.slice(1);
const summary = (report) => ({
  files: report.files.length,
  lines: report.files.reduce((n, f) => n + f.lineNumbers.length, 0),
});
let run;
if (contender === 'line scan') {
  run = () => ({ records: readFileSync(file, 'utf8').split('\\n').length });
} else if (contender === 'lcov-parse') {
  const parse = createRequire(root + '/package.json')('lcov-parse');
  run = () => {
    let out;
    parse.source(readFileSync(file, 'utf8'), (err, data) => {
      if (err) throw new Error(String(err));
      out = data;
    });
    return { files: out.length, lines: out.reduce((n, r) => n + r.lines.details.length, 0) };
  };
} else {
  const { parseLcov, LcovChunkParser } = await import(pathToFileURL(parserModule).href);
  run =
    contender === 'shipshape'
      ? () => summary(parseLcov(readFileSync(file), file))
      : () => {
          const parser = new LcovChunkParser(file);
          const chunk = Buffer.allocUnsafe(1 << 18);
          const fd = openSync(file, 'r');
          try {
            for (;;) {
              const n = readSync(fd, chunk, 0, chunk.length, null);
              if (n === 0) break;
              parser.write(chunk.subarray(0, n));
            }
          } finally {
            closeSync(fd);
          }
          return summary(parser.end());
        };
}
const baselineKiB = process.resourceUsage().maxRSS;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = run();
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(JSON.stringify({ ms, cpuMs, baselineKiB, maxRssKiB: process.resourceUsage().maxRSS, ...result }));
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchLcov({ runs = 3, log = (message) => console.error(message) } = {}) {
  const { generate, DEFAULT_OUTPUT } = await import('./gen-lcov.mjs');
  if (!existsSync(DEFAULT_OUTPUT)) {
    log('generating benchmark input…');
    generate(DEFAULT_OUTPUT);
  }
  const input = DEFAULT_OUTPUT;
  const buildDir = mkdtempSync(join(tmpdir(), 'ss-bench-lcov-'));
  try {
    const parserModule = transpileParser(buildDir);
    if (!existsSync(ACTION_BUNDLE)) {
      log('building dist/coverage-gate…');
      execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--only', 'coverage-gate'], {
        stdio: 'ignore',
      });
    }
    const samples = Object.fromEntries(Object.keys(CONTENDERS).map((name) => [name, []]));
    // Rounds interleave the contenders so a noisy moment on the machine does not hit just one of them.
    for (let round = 0; round < runs; round++) {
      for (const name of Object.keys(CONTENDERS)) {
        if (name === 'coverage-gate action') {
          samples[name].push(runAction(input, buildDir));
          continue;
        }
        const out = execFileSync(
          process.execPath,
          ['--input-type=module', '-e', CHILD, name, input, parserModule, root],
          { encoding: 'utf8', maxBuffer: 1 << 20 },
        );
        samples[name].push(JSON.parse(out));
      }
    }
    const results = Object.entries(samples).map(([name, s]) => ({
      name,
      what: CONTENDERS[name],
      ms: median(s.map((x) => x.ms)),
      cpuMs: median(s.map((x) => x.cpuMs)),
      peakRssMB: Math.max(...s.map((x) => x.maxRssKiB)) / 1024,
      baselineRssMB: Math.max(...s.map((x) => x.baselineKiB)) / 1024,
      files: s[0].files,
      lines: s[0].lines,
    }));
    const theirs = results.find((r) => r.name === 'lcov-parse');
    for (const ours of results.filter((r) => r.name.startsWith('shipshape'))) {
      if (ours.files !== theirs.files || ours.lines !== theirs.lines) {
        throw new Error(
          `parsers disagree: ${ours.name} ${ours.files}/${ours.lines}, lcov-parse ${theirs.files}/${theirs.lines}`,
        );
      }
    }
    const whole = results.find((r) => r.name === 'shipshape');
    const chunked = results.find((r) => r.name === 'shipshape, chunked');
    const action = results.find((r) => r.name === 'coverage-gate action');
    const speedup = theirs.ms / Math.max(whole.ms, chunked.ms);
    const actionSpeedup = theirs.ms / action.ms;
    const actionCpuSpeedup = theirs.cpuMs / action.cpuMs;
    return {
      input: relative(root, input),
      inputMB: statSync(input).size / 1e6,
      runs,
      machine: machine(),
      results,
      speedup,
      actionSpeedup,
      actionCpuSpeedup,
      actionCoverage: samples['coverage-gate action'][0].coverage,
      // issue 16: the whole action, as a process, against lcov-parse alone, and its peak RSS.
      targetsMet: actionSpeedup >= TARGET_SPEEDUP && action.peakRssMB <= TARGET_RSS_MB,
    };
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1];
  } catch {
    // Not Linux: os.cpus() is the best we have.
  }
  // The 1-minute load average at the end says whether other work competed for the CPUs.
  return { nproc: cpus().length, cpu, node: process.version, load: loadavg()[0] };
}

export function formatLcovBench(r) {
  const rows = r.results.map(
    (x) =>
      `| ${x.name} | ${x.ms.toFixed(0)} ms | ${x.cpuMs.toFixed(0)} ms | ${x.peakRssMB.toFixed(1)} MB ` +
      `(${x.baselineRssMB.toFixed(0)} MB before reading) | ${x.what} |`,
  );
  return [
    `Input: \`${r.input}\` (${r.inputMB.toFixed(1)} MB); median of ${r.runs} runs, each in a fresh process; ` +
      'times cover reading and parsing; CPU time includes V8 GC helper threads; peak RSS is the process ' +
      'maximum (`process.resourceUsage().maxRSS`), includes reading the file and Node itself (shown in brackets).',
    `Machine: ${r.machine.nproc} CPUs (nproc), ${r.machine.cpu}, Node ${r.machine.node}; ` +
      `1-minute load average after the run: ${r.machine.load.toFixed(2)}.`,
    '',
    '| contender | wall time | CPU time | peak RSS | what it does |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `The parser (slower of its two rows) is ${r.speedup.toFixed(1)}x faster than lcov-parse. ` +
      `The whole coverage-gate action as a process (Node start to exit, output coverage=${r.actionCoverage}) ` +
      `is ${r.actionSpeedup.toFixed(1)}x faster than lcov-parse alone in wall time and ` +
      `${r.actionCpuSpeedup.toFixed(1)}x in CPU time; targets (>= ${TARGET_SPEEDUP}x wall, <= ${TARGET_RSS_MB} MB ` +
      `peak RSS for the action): ${r.targetsMet ? 'met' : 'MISSED'}.`,
  ].join('\n');
}

const argv = process.argv.slice(2);
const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain && argv[0] === '--child') {
  await child(argv[1], argv[2], argv[3]);
} else if (isMain) {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
  const result = await benchLcov({ runs });
  console.log(argv.includes('--json') ? JSON.stringify(result, null, 2) : formatLcovBench(result));
  if (argv.includes('--strict') && !result.targetsMet) process.exitCode = 1;
}
