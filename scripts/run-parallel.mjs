// Runs npm scripts side by side and fails when any fails: `npm test` checks types and rebuilds the
// bundle into a temporary folder (check-dist) at the same time, since neither writes what the other
// reads. Each script's output is printed whole when it ends, so the two never interleave.
//
//   node scripts/run-parallel.mjs typecheck check-dist
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script> [<npm script> ...]');
  process.exit(2);
}

const npm = process.env.npm_execpath;
const results = await Promise.all(
  scripts.map(
    (name) =>
      new Promise((done) => {
        const started = Date.now();
        // Through the npm that runs us when there is one, so PATH and the node version stay the same.
        const child = npm
          ? spawn(process.execPath, [npm, 'run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] })
          : spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (d) => {
          output += d;
        });
        child.stderr.on('data', (d) => {
          output += d;
        });
        const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
        child.on('error', (error) =>
          done({ name, code: 1, output: `${output}${error.message}\n`, seconds: seconds() }),
        );
        child.on('close', (code, signal) =>
          done({ name, code: code ?? (signal ? 1 : 0), output, seconds: seconds() }),
        );
      }),
  ),
);

let failed = 0;
for (const r of results) {
  process.stdout.write(
    `\n> ${r.name} (${r.code === 0 ? 'ok' : `failed, exit ${r.code}`}, ${r.seconds} s)\n${r.output}`,
  );
  if (r.code !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
