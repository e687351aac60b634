// The CLI as a developer or a pre-commit hook runs it: the bundled dist/cli/index.js.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(r.stdout).toContain('coverage 100.00% (lines 2/2)');
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

const FIXTURES = join(import.meta.dirname, '../fixtures/coverage');
const goSource = (path: string) => readFileSync(join(FIXTURES, 'go/src', path), 'utf8');

describe('shipshape coverage-gate on real reports', () => {
  it('gives the same verdict inside a Go module folder as from the repository root', () => {
    // go test -cover wrote real/go/coverage.out in the module folder api/ (module example.com/shop/api).
    repo = makeGitRepo([
      {
        message: 'base',
        files: { 'api/go.mod': goSource('go.mod'), 'api/pricing/pricing.go': goSource('pricing/pricing.go') },
      },
      { message: 'head', files: { 'api/cart/cart.go': goSource('cart/cart.go') } },
    ]);
    repo.git('branch', 'base', repo.shas[0]!);
    copyFileSync(join(FIXTURES, 'real/go/coverage.out'), join(repo.dir, 'api/coverage.out'));
    const flags = ['--base', 'base', '--min-patch', '90', '--min-coverage', '0'];
    const fromRoot = shipshape(['coverage-gate', '--files', 'api/coverage.out', ...flags], repo.dir);
    const fromModule = shipshape(
      ['coverage-gate', '--files', 'coverage.out', ...flags],
      join(repo.dir, 'api'),
    );
    for (const r of [fromRoot, fromModule]) {
      expect(r.stderr).not.toMatch(/shipshape coverage-gate:/);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /FAIL {2}patch coverage: \d+\.\d+% of the changed lines are covered, below 90%/,
      );
      expect(r.stdout).toMatch(/^coverage \d+\.\d+% \(statements \d+\/\d+\)/);
    }
    expect(fromModule.stdout).toBe(fromRoot.stdout);
  });

  it('names unmatched files and every gate skipped for lack of data in plain text', () => {
    repo = makeGitRepo([{ message: 'init', files: { 'a.js': 'x\ny\n' } }]);
    writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'a.js': { 1: 1, 2: 1 }, 'gone.js': { 1: 1 } }));
    const r = shipshape(
      ['coverage-gate', '--files', 'lcov.info', '--thresholds', 'web/**: lines=90', '--max-drop', '1'],
      repo.dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 file(s) in the reports match no tracked file');
    expect(r.stdout).toContain('    gone.js');
    expect(r.stdout).toMatch(
      /2 gate\(s\) skipped for lack of data: lines coverage of web\/\*\*, drop vs base/,
    );
    // A thresholds glob that matches nothing is warned about, not skipped silently.
    expect(r.stderr).toMatch(/thresholds: no covered file matches 'web\/\*\*'/);
  });

  it('reads the richest report of a folder holding the same run twice (lcov and cobertura)', () => {
    repo = makeGitRepo([
      {
        message: 'init',
        files: Object.fromEntries(
          ['calc.c', 'main.c', 'words.c', 'calc.h'].map((f) => [
            f,
            readFileSync(join(FIXTURES, 'lcov/src', f), 'utf8'),
          ]),
        ),
      },
    ]);
    copyFileSync(join(FIXTURES, 'real/c-gcc/coverage.info'), join(repo.dir, 'coverage.info'));
    copyFileSync(join(FIXTURES, 'real/c-gcc/cobertura.xml'), join(repo.dir, 'cobertura.xml'));
    const r = shipshape(['coverage-gate', '--min-coverage', '0', '--report', 'out.json'], repo.dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(repo.dir, 'out.json'), 'utf8'));
    const oracle = JSON.parse(readFileSync(join(FIXTURES, 'real/c-gcc/oracle.json'), 'utf8'))[
      'coverage.info'
    ];
    expect(report.sources).toEqual([{ file: 'coverage.info', format: 'lcov', files: 3 }]);
    expect(report.totals.functions).toMatchObject({
      covered: oracle.functions.covered,
      total: oracle.functions.total,
    });
    expect(report.totals.lines).toMatchObject({ covered: oracle.lines.covered, total: oracle.lines.total });
  });

  it('fails an empty Go profile as nothing to measure unless --if-empty pass, and says a 0-byte report is empty', () => {
    repo = makeGitRepo([{ message: 'init', files: { 'README.md': 'x\n' } }]);
    copyFileSync(join(FIXTURES, 'real/go/empty.out'), join(repo.dir, 'cover.out'));
    const empty = shipshape(['coverage-gate', '--files', 'cover.out'], repo.dir);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('FAIL  something to measure: the reports hold nothing to measure');
    expect(shipshape(['coverage-gate', '--files', 'cover.out', '--if-empty', 'pass'], repo.dir).code).toBe(0);
    writeFileSync(join(repo.dir, 'zero.info'), '');
    const zero = shipshape(['coverage-gate', '--files', 'zero.info'], repo.dir);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('zero.info: the coverage report is empty');
  });
});

describe('shipshape coverage-badge', () => {
  it('rounds down where a threshold is involved: 79.96% is drawn 79.9%, never 80.0%', () => {
    repo = makeGitRepo([{ message: 'init', files: { 'a.js': 'x\n'.repeat(2500) } }]);
    const hits: Record<number, number> = {};
    for (let line = 1; line <= 2500; line++) hits[line] = line <= 1999 ? 1 : 0;
    writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'a.js': hits }));
    const r = shipshape(['coverage-badge', '--files', 'lcov.info', '--out', 'badge.svg'], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('79.96%');
    expect(readFileSync(join(repo.dir, 'badge.svg'), 'utf8')).toContain('aria-label="coverage: 79.9%"');
  });

  it('draws an SVG badge for the line coverage', () => {
    repo = makeGitRepo([{ message: 'init', files: { 'a.js': 'x\ny\n' } }]);
    writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'a.js': { 1: 1, 2: 0 } }));
    const r = shipshape(['coverage-badge', '--files', 'lcov.info', '--out', 'badge.svg'], repo.dir);
    expect(r.code).toBe(0);
    const svg = readFileSync(join(repo.dir, 'badge.svg'), 'utf8');
    expect(svg).toContain('aria-label="coverage: 50.0%"');
  });

  it('is green from --min-coverage, the word and the parser of coverage-gate, and refuses a bad value', () => {
    repo = makeGitRepo([{ message: 'init', files: { 'a.js': 'x\ny\n' } }]);
    writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'a.js': { 1: 1, 2: 0 } }));
    const draw = (...flags: string[]) =>
      shipshape(['coverage-badge', '--files', 'lcov.info', '--out', 'badge.svg', ...flags], repo.dir);
    expect(draw().code).toBe(0);
    expect(readFileSync(join(repo.dir, 'badge.svg'), 'utf8')).toContain('#e05d44'); // red below 60
    expect(draw('--min-coverage', '50%').code).toBe(0);
    expect(readFileSync(join(repo.dir, 'badge.svg'), 'utf8')).toContain('#4c1'); // bright green
    // The old flag is a wrong flag like any other: exit 2 with the help, never "a bug in shipshape".
    const old = draw('--min-lines', '80');
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("input 'min-lines': is not a flag of 'shipshape coverage-badge'");
    expect(old.stderr).toContain('--min-coverage 80');
    const bad = draw('--min-coverage', '0.8x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "input 'min-coverage': expected a percentage such as 80 or 99.5, got '0.8x'",
    );
  });
});
