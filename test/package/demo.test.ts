// `npm run demo` is the first thing the README asks a new user to run: every action, built, started
// as the runner starts it, on real reports, services and Chromium. Each demo step is meant to pass
// or to fail a gate on purpose (exit 0 or 1); an input an action refuses (2) or a defect (3) means
// the demo broke, as it had when inputs were renamed and nothing ran it. `--quick` leaves out its
// 30 s load test, which perf-regression's own runner tests cover, so the demo measures nothing here
// and needs no turn at the measuring lock.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, HAVE_CHROMIUM, REPO_ROOT } from '../lighthouse/support.js';

function runDemo(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts/demo.mjs'), '--quick'], {
      cwd: REPO_ROOT,
      // Lighthouse from this checkout's node_modules rather than an install into the tool cache.
      env: { ...process.env, CHROME_PATH: CHROMIUM, SHIPSHAPE_LIGHTHOUSE_DIR: REPO_ROOT },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!HAVE_CHROMIUM)('npm run demo', () => {
  it('runs every demo step to a verdict: each passes or fails its gate on purpose, none is refused or crashes', async () => {
    const { code, output } = await runDemo();
    expect(code, output).toBe(0);
    const exits = [...output.matchAll(/^Exit code: (\d+)$/gm)].map((m) => Number(m[1]));
    // Go PR, its push, cobertura, benchmark ingest, uptime, Lighthouse; shipshape's own coverage
    // only after an `npm test` has written it.
    expect(exits.length, output).toBeGreaterThanOrEqual(6);
    expect(
      exits.filter((e) => e > 1),
      output,
    ).toEqual([]);
    expect(output).not.toMatch(/::error::input '/);
  }, 240_000);
});
