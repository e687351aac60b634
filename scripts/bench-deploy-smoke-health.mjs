// Benchmark: checks of 100 endpoints on loopback through the real CLI bundle (built into a temp dir
// with ncc), at the default concurrency (10) and at 50. Prints wall times (median of 5 runs).
// Then the watch-mode figures of scripts/bench-deploy-smoke-health-watch.ts (BENCH_WATCH=0 skips them;
// BENCH_ONLY=mttd,handover,size picks parts; SCALE, OUTAGES, FULL_SPEED=0 tune the outage runs).
// Run: node scripts/bench-deploy-smoke-health.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    join(root, 'cli/main.ts'),
    '-o',
    out,
    '--target',
    'es2023',
    '--quiet',
  ],
  { stdio: 'inherit' },
);

const DELAY_MS = Number(process.env.DELAY_MS ?? 20); // a modest, realistic server time per request
const server = createServer((_req, res) => {
  setTimeout(() => {
    res.writeHead(200, { 'content-type': 'application/health+json' });
    res.end(JSON.stringify({ status: 'pass', version: 'bench' }));
  }, DELAY_MS);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const endpoints = Array.from({ length: 100 }, (_, i) => [
  '--endpoints',
  `e${i}=http://127.0.0.1:${port}/health/${i}`,
]).flat();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const concurrency of [10, 50]) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = await new Promise((resolve) => {
      // spawnSync would block the server in this process; run the CLI asynchronously.
      import('node:child_process').then(({ execFile }) =>
        execFile(
          process.execPath,
          [
            join(out, 'index.js'),
            'deploy-smoke-health',
            '--mode',
            'uptime',
            '--history',
            'off',
            '--concurrency',
            String(concurrency),
            '--conditions',
            '[BODY].status == pass',
            ...endpoints,
          ],
          (error, stdout) => resolve({ error, stdout }),
        ),
      );
    });
    times.push(performance.now() - t);
    if (r.error) throw new Error(`run failed: ${r.error.message}`);
    if ((r.stdout.match(/✅ up/g) ?? []).length < 100) throw new Error('not every endpoint was up');
  }
  console.log(
    `100 endpoints, ${DELAY_MS} ms server time, concurrency ${concurrency}: median ${Math.round(median(times))} ms (runs: ${times.map((t) => Math.round(t)).join(', ')} ms; includes ~Node start-up)`,
  );
}
const t0 = performance.now();
spawnSync(process.execPath, [join(out, 'index.js'), '--help']);
console.log(`Node start-up + bundle load alone: ${Math.round(performance.now() - t0)} ms`);
server.close();

// Watch mode: outage-to-alert, hand-over gap, a year of history (scripts/bench-deploy-smoke-health-watch.ts).
if (process.env.BENCH_WATCH !== '0') {
  const watchOut = join(out, 'watch');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(root, 'scripts/bench-deploy-smoke-health-watch.ts'),
      '-o',
      watchOut,
      '--target',
      'es2023',
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
  console.log('\nwatch mode (needs dist/deploy-smoke-health: npm run build:one deploy-smoke-health)');
  const r = spawnSync(process.execPath, [join(watchOut, 'index.js')], {
    stdio: 'inherit',
    env: { ...process.env, SHIPSHAPE_ROOT: root },
  });
  if (r.status !== 0) process.exitCode = 1;
}
rmSync(out, { recursive: true, force: true });
