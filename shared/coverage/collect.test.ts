import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type GitRepo, lcovFor, makeGitRepo } from '../../test/support/git-repo.js';
import { UsageError } from '../runtime/errors.js';
import { silentLogger } from '../runtime/logger.js';
import { collectCoverage } from './collect.js';
import { computeTotals } from './totals.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/coverage');
let repo: GitRepo;
afterEach(() => repo?.cleanup());

const base = {
  format: 'auto' as const,
  workingDirectory: '',
  ifNoFiles: 'error' as const,
  log: silentLogger,
};

describe('collectCoverage', () => {
  it('maps Go import paths through go.mod and merges a second profile of the same module', async () => {
    repo = makeGitRepo([{ message: 'init', files: { 'services/api/README.md': 'api\n' } }]);
    const api = join(repo.dir, 'services/api');
    cpSync(join(FIXTURES, 'go/src'), api, { recursive: true });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'api');
    cpSync(join(FIXTURES, 'go/count.out'), join(api, 'a.out'));
    cpSync(join(FIXTURES, 'go/count.out'), join(api, 'b.out'));
    const got = await collectCoverage({ ...base, patterns: ['services/api/*.out'], workspace: repo.dir });
    if ('missing' in got) throw new Error(got.missing);
    expect(got.files.map((f) => f.path).sort()).toEqual([
      'services/api/cart/cart.go',
      'services/api/pricing/pricing.go',
    ]);
    expect(got.unmatched).toEqual([]);
    expect(got.sources).toHaveLength(1);
    // Two copies of one profile are the same coverage: 70.83% of statements, as go tool cover says.
    expect(computeTotals(got.files).statements.pct).toBe(70.83);
  });

  it('discovers one report per folder, streams lcov and reports paths no tracked file matches', async () => {
    repo = makeGitRepo([{ message: 'init', files: { 'web/src/a.ts': 'a\nb\n' } }]);
    mkdirSync(join(repo.dir, 'web/coverage'), { recursive: true });
    writeFileSync(
      join(repo.dir, 'web/coverage/lcov.info'),
      lcovFor({ 'src/a.ts': { 1: 1, 2: 0 }, 'src/gone.ts': { 1: 1 } }),
    );
    writeFileSync(join(repo.dir, 'web/coverage/coverage-final.json'), '{}');
    const got = await collectCoverage({
      ...base,
      patterns: [],
      workspace: repo.dir,
      workingDirectory: 'web',
    });
    if ('missing' in got) throw new Error(got.missing);
    expect(got.sources.map((s) => s.format)).toEqual(['lcov']);
    expect(got.files.map((f) => f.path)).toContain('web/src/a.ts');
    expect(got.unmatched).toEqual(['web/src/gone.ts']);
  });

  it('fails, warns or stays quiet when nothing is found, as asked', async () => {
    repo = makeGitRepo([{ message: 'init', files: { 'x.txt': 'x\n' } }]);
    await expect(collectCoverage({ ...base, patterns: [], workspace: repo.dir })).rejects.toBeInstanceOf(
      UsageError,
    );
    const warnings: string[] = [];
    const warned = await collectCoverage({
      ...base,
      patterns: ['nope/*.info'],
      workspace: repo.dir,
      ifNoFiles: 'warn',
      log: { ...silentLogger, warning: (m) => warnings.push(m) },
    });
    expect(warned).toHaveProperty('missing');
    expect(warnings[0]).toContain("'nope/*.info'");
  });

  it('names the file when a report cannot be recognised', async () => {
    repo = makeGitRepo([{ message: 'init', files: { 'report.txt': 'hello\n' } }]);
    await expect(collectCoverage({ ...base, patterns: ['report.txt'], workspace: repo.dir })).rejects.toThrow(
      /report\.txt: could not detect the coverage format/,
    );
  });
});
