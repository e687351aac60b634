// GitHub cancels a job with SIGINT, then SIGTERM. The bundled action, stopped mid-run, must take
// Chrome and the Lighthouse process with it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../fixtures/vitals/server.js';
import { CHROMIUM, HAVE_CHROMIUM, processesMentioning, REPO_ROOT } from '../lighthouse/support.js';

const temps: string[] = [];
let server: FixtureServer | undefined;
afterAll(async () => {
  await server?.close();
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe.skipIf(!HAVE_CHROMIUM)('cancellation', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} mid-run stops Chrome and the Lighthouse process, exit ${signal === 'SIGINT' ? 130 : 143}`, async () => {
      server ??= await startFixtureServer({ imageDelayMs: 60_000 });
      const dir = mkdtempSync(join(tmpdir(), 'shipshape-signal-'));
      temps.push(dir);
      const event = join(dir, 'event.json');
      writeFileSync(event, '{}');
      for (const f of ['out', 'summary']) writeFileSync(join(dir, f), '');
      const seen = server.requests.length;
      const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'lighthouse-vitals', 'index.js')], {
        cwd: dir,
        stdio: 'ignore',
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          TMPDIR: dir,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: event,
          GITHUB_REPOSITORY: 'octo-org/shop',
          GITHUB_SHA: 'a'.repeat(40),
          GITHUB_REF: 'refs/heads/main',
          GITHUB_WORKSPACE: dir,
          GITHUB_OUTPUT: join(dir, 'out'),
          GITHUB_STEP_SUMMARY: join(dir, 'summary'),
          RUNNER_TEMP: dir,
          SHIPSHAPE_LIGHTHOUSE_DIR: REPO_ROOT,
          CHROME_PATH: CHROMIUM,
          INPUT_URLS: server.url('/slow-image.html'),
          INPUT_RUNS: '1',
          INPUT_HISTORY: 'off',
          'INPUT_UPLOAD-REPORTS': 'false',
          INPUT_COMMENT: 'off',
        },
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      // Wait until the page asked for its (held back) image: Chrome and Lighthouse are mid-run.
      const deadline = Date.now() + 60_000;
      while (!server.requests.slice(seen).some((r) => r.path === '/delayed/photo.bmp')) {
        if (Date.now() > deadline) throw new Error('the run never reached the page');
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(processesMentioning(dir).length).toBeGreaterThan(0);
      child.kill(signal);
      expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
      // Chrome's group gets SIGKILL; give the kernel a moment to reap.
      await new Promise((r) => setTimeout(r, 500));
      expect(processesMentioning(dir)).toEqual([]);
    }, 90_000);
  }
});
