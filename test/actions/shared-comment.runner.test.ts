// One pull request comment for every shipshape writer: bundled action runs of two actions
// (coverage-comment for two instances and perf-regression comparing benchmark files; separate
// processes, as jobs of a workflow would be) write their sections at the same moment
// against the fake GitHub, round after round, and must end with exactly one comment holding all
// three, each current. The fake adds random delays so that reads and writes interleave
// differently every round.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseSections } from '../../shared/github/comment-sections.js';
import { FakeGitHub } from '../harness/fake-github.js';
import { pullRequestEvent, runAction } from '../harness/runner.js';
import { type GitRepo, lcovFor, makeGitRepo } from '../support/git-repo.js';

const SOURCE = (n: number) => `${Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n')}\n`;
const PR = 21;
const NAMES = ['api', 'web'];

let github: FakeGitHub;
let repo: GitRepo;

beforeAll(async () => {
  github = await FakeGitHub.start();
});
afterAll(async () => {
  await github.close();
});
afterEach(() => repo?.cleanup());

function writer(name: string, event: { name: string; payload: object }) {
  return runAction('coverage-comment', {
    workspace: repo.dir,
    event,
    env: { GITHUB_API_URL: github.url },
    inputs: { name, files: `${name}.info`, history: 'off' },
    timeoutMs: 120_000,
  });
}

/** perf-regression comparing github-action-benchmark JSON: its section changes every round too. */
function perfWriter(round: number, event: { name: string; payload: object }) {
  const bench = (ns: number) => JSON.stringify([{ name: 'parse', unit: 'ns/op', value: ns }]);
  writeFileSync(join(repo.dir, 'base.json'), bench(1000));
  writeFileSync(join(repo.dir, 'head.json'), bench(1000 + 10 * round));
  return runAction('perf-regression', {
    workspace: repo.dir,
    event,
    env: { GITHUB_API_URL: github.url },
    inputs: {
      name: 'bench',
      mode: 'json-bench',
      'base-file': 'base.json',
      'head-file': 'head.json',
      history: 'off',
    },
    timeoutMs: 120_000,
  });
}

describe('the one shipshape pull request comment', () => {
  it('ends with exactly one comment holding every section when three jobs write at once', async () => {
    repo = makeGitRepo([
      { message: 'base', files: { 'src/a.js': SOURCE(4) } },
      { message: 'head', files: { 'src/a.js': SOURCE(8) } },
    ]);
    const event = pullRequestEvent({ number: PR, baseSha: repo.shas[0]!, headSha: repo.shas[1]! });
    github.latency = () => Math.random() * 40;
    for (let round = 1; round <= 4; round++) {
      // Each round every instance reports a different figure, so every section really changes.
      NAMES.forEach((name, i) => {
        const covered = Object.fromEntries(
          Array.from({ length: 8 }, (_, line) => [line + 1, line < (round + i) % 8 ? 1 : 0]),
        );
        writeFileSync(join(repo.dir, `${name}.info`), lcovFor({ 'src/a.js': covered }));
      });
      const [perf, ...runs] = await Promise.all([
        perfWriter(round, event),
        ...NAMES.map((name) => writer(name, event)),
      ]);
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.exitCode).toBe(0);
      }
      expect(perf?.stderr).toBe('');
      const comments = github.state.commentsOn(PR);
      expect(comments, `round ${round}`).toHaveLength(1);
      const sections = parseSections(comments[0]!.body);
      expect(sections.map((s) => s.key)).toEqual(
        [...NAMES.map((n) => `coverage-comment:${n}`), 'perf-regression:bench'].sort(),
      );
      expect(sections.find((s) => s.key === 'perf-regression:bench')?.body, `perf round ${round}`).toContain(
        `+${round}.0`,
      );
      for (const [i, name] of NAMES.entries()) {
        const pct = `${((((round + i) % 8) / 8) * 100).toFixed(2)}%`;
        expect(
          sections.find((s) => s.key === `coverage-comment:${name}`)?.body,
          `${name} round ${round}`,
        ).toContain(`### Coverage: ${name} — ${pct}`);
        expect(runs[i]!.outputs['comment-id']).toBe(String(comments[0]!.id));
      }
    }
    expect(github.violations).toEqual([]);
  }, 600_000);
});
