import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_REPORT_NAMES,
  defaultPatterns,
  findReports,
  preferOnePerFolder,
  splitPatterns,
} from './discover.js';

describe('preferOnePerFolder', () => {
  it('keeps the best-ranked report of each folder, sorted', () => {
    expect(
      preferOnePerFolder([
        'web/coverage/coverage-final.json',
        'web/coverage/lcov.info',
        'api/coverage.xml',
        'api/coverage.out',
        'go/cover.out',
      ]),
    ).toEqual(['api/coverage.xml', 'go/cover.out', 'web/coverage/lcov.info']);
  });

  it('ranks names outside the list last instead of first', () => {
    expect(preferOnePerFolder(['cov/custom.info', 'cov/coverage-summary.json'])).toEqual([
      'cov/coverage-summary.json',
    ]);
    expect(preferOnePerFolder(['cov/custom.info'])).toEqual(['cov/custom.info']);
  });

  it('follows the order of DEFAULT_REPORT_NAMES', () => {
    const reversed = [...DEFAULT_REPORT_NAMES].reverse().map((name) => `c/${name}`);
    expect(preferOnePerFolder(reversed)).toEqual([`c/${DEFAULT_REPORT_NAMES[0]}`]);
  });
});

describe('splitPatterns', () => {
  it('splits on newlines and commas, dropping blanks and comments', () => {
    expect(splitPatterns('coverage/lcov.info, api/coverage.xml\n\n  # old\n!**/fixtures/**\n')).toEqual([
      'coverage/lcov.info',
      'api/coverage.xml',
      '!**/fixtures/**',
    ]);
    expect(splitPatterns('')).toEqual([]);
  });
});

describe('findReports', () => {
  let root: string;
  const files = [
    'coverage/lcov.info',
    'coverage/coverage-final.json',
    'packages/api/coverage/cobertura-coverage.xml',
    'packages/api/coverage/lcov.info',
    'go/cover.out',
    'node_modules/dep/coverage/lcov.info',
    '.git/lcov.info',
    'test/fixtures/lcov.info',
    'docs/readme.md',
  ];

  beforeAll(async () => {
    // @actions/glob logs its options as ::debug:: workflow commands on stdout.
    const write = process.stdout.write.bind(process.stdout);
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown, ...rest: never[]) =>
      String(chunk).startsWith('::debug::')
        ? true
        : write(chunk as string, ...rest)) as typeof process.stdout.write);
    root = await mkdtemp(join(tmpdir(), 'discover-'));
    for (const file of files) {
      await mkdir(join(root, dirname(file)), { recursive: true });
      await writeFile(join(root, file), 'x');
    }
    // A folder named like a report must not be returned.
    await mkdir(join(root, 'weird/lcov.info'), { recursive: true });
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(root, { recursive: true, force: true });
  });

  const rel = (paths: string[]) => paths.map((p) => p.slice(root.length + 1).replace(/\\/g, '/'));

  it('discovers the usual report names, outside node_modules and .git, files only', async () => {
    const found = rel(await findReports(defaultPatterns(), root));
    expect(found).toEqual([
      'coverage/coverage-final.json',
      'coverage/lcov.info',
      'go/cover.out',
      'packages/api/coverage/cobertura-coverage.xml',
      'packages/api/coverage/lcov.info',
      'test/fixtures/lcov.info',
    ]);
    expect(rel(preferOnePerFolder(await findReports(defaultPatterns(), root)))).toEqual([
      'coverage/lcov.info',
      'go/cover.out',
      'packages/api/coverage/lcov.info',
      'test/fixtures/lcov.info',
    ]);
  });

  it('expands relative and absolute patterns with exclusions, without duplicates', async () => {
    const found = rel(
      await findReports(
        [
          '**/lcov.info',
          'coverage/lcov.info',
          `${root}/go/*.out`,
          '!**/node_modules/**',
          '!.git/**',
          '!test/**',
        ],
        root,
      ),
    );
    expect(found).toEqual(['coverage/lcov.info', 'go/cover.out', 'packages/api/coverage/lcov.info']);
  });

  it('finds nothing for patterns that match nothing', async () => {
    expect(await findReports(['nowhere/*.info'], root)).toEqual([]);
  });
});
