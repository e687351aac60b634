// The CLI as a developer or a pre-commit hook runs it: the bundled dist/cli/index.js.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type GitRepo, lcovFor, makeGitRepo } from '../support/git-repo.js';

const CLI = join(import.meta.dirname, '../../dist/cli/index.js');
let repo: GitRepo;
afterEach(() => repo?.cleanup());

function shipshape(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('shipshape coverage-gate', () => {
  it('exits 0 when gates pass and writes the JSON report', () => {
    repo = makeGitRepo([{ message: 'init', files: { 'a.js': 'x\ny\n' } }]);
    writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'a.js': { 1: 1, 2: 1 } }));
    const r = shipshape(
      ['coverage-gate', '--files', 'lcov.info', '--min-lines', '80', '--report', 'out.json'],
      repo.dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lines 100.00% (2/2)');
    const report = JSON.parse(readFileSync(join(repo.dir, 'out.json'), 'utf8'));
    expect(report).toMatchObject({
      schema: 'shipshape.coverage-gate/v1',
      passed: true,
      totals: { lines: { covered: 2, total: 2 } },
    });
  });

  it('exits 1 with the failing gate, and measures patch coverage against --base', () => {
    repo = makeGitRepo([
      { message: 'base', files: { 'a.js': 'a\nb\n' } },
      { message: 'head', files: { 'a.js': 'a\nb\nc\nd\n' } },
    ]);
    repo.git('branch', 'base', repo.shas[0]!);
    writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'a.js': { 1: 1, 2: 1, 3: 1, 4: 0 } }));
    const r = shipshape(
      ['coverage-gate', '--files', 'lcov.info', '--base', 'base', '--min-patch', '90', '--quiet'],
      repo.dir,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  patch coverage: 50.00% of the changed lines are covered, below 90%');
    expect(r.stdout).not.toContain('pass ');
  });

  it('exits 2 naming the flag, the file and the line for bad input', () => {
    repo = makeGitRepo([{ message: 'init', files: { 'lcov.info': 'SF:a.js\nDA:1,1\nDA:oops\n' } }]);
    const badFlag = shipshape(['coverage-gate', '--min-lines', 'most'], repo.dir);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("input 'min-lines'");
    const unknown = shipshape(['coverage-gate', '--nonsense'], repo.dir);
    expect(unknown.code).toBe(2);
    const corrupt = shipshape(['coverage-gate', '--files', 'lcov.info'], repo.dir);
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/lcov\.info:3/);
    const badBase = shipshape(
      ['coverage-gate', '--files', 'lcov.info', '--base', 'no-such-branch'],
      repo.dir,
    );
    expect(badBase.code).toBe(2);
    expect(badBase.stderr).toContain("input 'base'");
  });

  it('prints the Markdown summary with --markdown and usage with --help', () => {
    repo = makeGitRepo([{ message: 'init', files: { 'a.js': 'x\n' } }]);
    writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'a.js': { 1: 0 } }));
    const md = shipshape(['coverage-gate', '--files', 'lcov.info', '--markdown'], repo.dir);
    expect(md.code).toBe(1);
    expect(md.stdout).toContain('## Coverage gate — ❌ failed');
    expect(shipshape(['coverage-gate', '--help'], repo.dir).stdout).toContain('Exit codes');
    expect(shipshape(['nope'], repo.dir).code).toBe(2);
  });
});

describe('shipshape coverage-badge', () => {
  it('draws an SVG badge for the line coverage', () => {
    repo = makeGitRepo([{ message: 'init', files: { 'a.js': 'x\ny\n' } }]);
    writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'a.js': { 1: 1, 2: 0 } }));
    const r = shipshape(['coverage-badge', '--files', 'lcov.info', '--out', 'badge.svg'], repo.dir);
    expect(r.code).toBe(0);
    const svg = readFileSync(join(repo.dir, 'badge.svg'), 'utf8');
    expect(svg).toContain('aria-label="coverage: 50.0%"');
  });
});
