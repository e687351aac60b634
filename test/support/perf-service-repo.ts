// A real git repository for perf-regression under the runner: base and head commits of the demo
// service (test/fixtures/perf/demo-service.mjs) that differ only in how much work a request costs,
// and the inputs the tests share (test/actions/perf-regression.*.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GitRepo, makeGitRepo } from './git-repo.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVICE = readFileSync(join(ROOT, 'test/fixtures/perf/demo-service.mjs'), 'utf8');

/** Base and head commits whose service does `baseFactor` and `headFactor` times the work. */
export function serviceRepo(
  baseFactor: string,
  headFactor: string,
): { repo: GitRepo; baseSha: string; headSha: string } {
  const r = makeGitRepo([
    { message: 'base', files: { 'svc/server.mjs': SERVICE, 'svc/slowdown.txt': `${baseFactor}\n` } },
    { message: 'head', files: { 'svc/slowdown.txt': `${headFactor}\n` } },
  ]);
  return { repo: r, baseSha: r.shas[0] as string, headSha: r.shas[1] as string };
}

/** Processes still alive that inherited this test's marker (the repository folder) in their environment. */
export function survivors(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
      if (environ.includes(`PERF_RUNNER_TEST=${dir}`)) found.push(entry);
    } catch {
      // gone
    }
  }
  return found;
}

export const LOAD = {
  'start-command': 'BASE_WORK_US=600 exec node server.mjs',
  'working-directory': 'svc',
  'health-path': '/health',
  path: '/work',
  'trial-duration': '1s',
  // The first look only: the next would pass the budget.
  'max-duration': '1s',
  connections: '4',
  metrics: 'cpu',
  threshold: '15',
  history: 'off',
};
