import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePath, type PathContext } from './paths.js';

const linux: PathContext = { workspace: '/home/runner/work/shop/shop' };

function path(raw: string, ctx: PathContext = linux): string {
  return normalisePath(raw, ctx).path;
}

describe('normalisePath without a tracked-file list', () => {
  it('strips the checkout roots of every hosted runner and container job', () => {
    const ctx: PathContext = { workspace: '/somewhere/else' };
    expect(path('/home/runner/work/shop/shop/src/a.ts', ctx)).toBe('src/a.ts');
    expect(path('/Users/runner/work/shop/shop/src/a.ts', ctx)).toBe('src/a.ts');
    expect(path('D:\\a\\shop\\shop\\src\\a.ts', ctx)).toBe('src/a.ts');
    expect(path('c:/a/shop/shop/src/a.ts', ctx)).toBe('src/a.ts');
    expect(path('/__w/shop/shop/src/a.ts', ctx)).toBe('src/a.ts');
    expect(path('/github/workspace/src/a.ts', ctx)).toBe('src/a.ts');
  });

  it('strips the workspace prefix, with or without a trailing separator', () => {
    expect(path('/srv/ci/build/src/a.ts', { workspace: '/srv/ci/build' })).toBe('src/a.ts');
    expect(path('/srv/ci/build/src/a.ts', { workspace: '/srv/ci/build/' })).toBe('src/a.ts');
    expect(path('/srv/ci/build-2/src/a.ts', { workspace: '/srv/ci/build' })).toBe('/srv/ci/build-2/src/a.ts');
    expect(path('C:\\ci\\build\\src\\a.ts', { workspace: 'C:\\ci\\build' })).toBe('src/a.ts');
  });

  it('ignores the case of a Windows drive letter when stripping the workspace', () => {
    expect(path('c:\\ci\\build\\src\\a.ts', { workspace: 'C:\\ci\\build' })).toBe('src/a.ts');
  });

  it('reads file:// URLs, including Windows drives and escapes', () => {
    expect(path('file:///home/runner/work/shop/shop/src/a%20b.ts')).toBe('src/a b.ts');
    expect(path('file:///D:/a/shop/shop/src/a.ts')).toBe('src/a.ts');
    expect(path('file://localhost/home/runner/work/shop/shop/src/a.ts')).toBe('src/a.ts');
  });

  it('keeps a file:// path with a stray % instead of throwing', () => {
    expect(path('file:///home/runner/work/shop/shop/src/100%.ts')).toBe('src/100%.ts');
  });

  it('resolves relative paths against the working directory', () => {
    const ctx: PathContext = { ...linux, workingDirectory: './packages/api/' };
    expect(path('src/a.ts', ctx)).toBe('packages/api/src/a.ts');
    expect(path('./src/a.ts', ctx)).toBe('packages/api/src/a.ts');
    expect(path('src\\a.ts', ctx)).toBe('packages/api/src/a.ts');
    expect(path('/home/runner/work/shop/shop/lib/b.ts', ctx)).toBe('lib/b.ts');
  });

  it('resolves . and .. segments', () => {
    const ctx: PathContext = { ...linux, workingDirectory: 'packages/api' };
    expect(path('../shared/x.ts', ctx)).toBe('packages/shared/x.ts');
    expect(path('src/./a.ts', ctx)).toBe('packages/api/src/a.ts');
    expect(path('src/././a.ts', ctx)).toBe('packages/api/src/a.ts');
    expect(path('/home/runner/work/shop/shop/pkg/../src//a.ts')).toBe('src/a.ts');
    expect(path('../../outside.ts', { ...linux, workingDirectory: 'pkg' })).toBe('../outside.ts');
  });

  it('accepts a working directory given as an absolute path inside the workspace', () => {
    expect(path('src/a.ts', { ...linux, workingDirectory: '/home/runner/work/shop/shop/packages/api' })).toBe(
      'packages/api/src/a.ts',
    );
    expect(path('src/a.ts', { workspace: '/x', workingDirectory: '/home/runner/work/shop/shop/web/' })).toBe(
      'web/src/a.ts',
    );
    expect(path('src/a.ts', { ...linux, workingDirectory: '/home/runner/work/shop/shop' })).toBe('src/a.ts');
    expect(path('src/a.ts', { ...linux, workingDirectory: '.' })).toBe('src/a.ts');
    // Outside the workspace there is no repo-relative spelling to give.
    expect(path('src/a.ts', { ...linux, workingDirectory: '/tmp/build/' })).toBe('/tmp/build/src/a.ts');
  });

  it('resolves cobertura class filenames against <sources> roots', () => {
    expect(path('shop/models.py', { ...linux, sourceRoots: ['/home/runner/work/shop/shop/src'] })).toBe(
      'src/shop/models.py',
    );
    expect(path('shop/models.py', { workspace: '/x', sourceRoots: ['/__w/shop/shop/src/'] })).toBe(
      'src/shop/models.py',
    );
    expect(
      path('shop/models.py', { workspace: 'D:\\a\\shop\\shop', sourceRoots: ['D:\\a\\shop\\shop\\lib'] }),
    ).toBe('lib/shop/models.py');
    expect(path('models.py', { ...linux, workingDirectory: 'api', sourceRoots: ['./app'] })).toBe(
      'api/app/models.py',
    );
    // Absolute filenames do not go through the roots.
    expect(path('/home/runner/work/shop/shop/a.py', { ...linux, sourceRoots: ['/elsewhere'] })).toBe('a.py');
  });

  it('leaves an absolute path outside every known root as it is, and reports it as matched', () => {
    expect(normalisePath('/opt/build/x.ts', linux)).toEqual({ path: '/opt/build/x.ts', matched: true });
  });
});

describe('normalisePath with tracked files', () => {
  const tracked = new Set([
    'packages/api/src/a.ts',
    'src/a.ts',
    'lib/util/b.ts',
    'x/dup.ts',
    'y/dup.ts',
    'README.md',
  ]);

  it('takes the first candidate that is tracked', () => {
    const ctx: PathContext = { ...linux, workingDirectory: 'packages/api', tracked };
    expect(normalisePath('src/a.ts', ctx)).toEqual({ path: 'packages/api/src/a.ts', matched: true });
    // Relative to the root when the working-directory spelling is not tracked.
    expect(normalisePath('lib/util/b.ts', ctx)).toEqual({ path: 'lib/util/b.ts', matched: true });
  });

  it('matches a unique tracked file by suffix', () => {
    expect(normalisePath('util/b.ts', { ...linux, tracked })).toEqual({
      path: 'lib/util/b.ts',
      matched: true,
    });
  });

  it('does not guess when several tracked files share the suffix', () => {
    expect(normalisePath('dup.ts', { ...linux, tracked })).toEqual({ path: 'dup.ts', matched: false });
  });

  it('does not match part of a file name as a suffix', () => {
    expect(normalisePath('b.ts', { ...linux, tracked: new Set(['lib/ab.ts']) })).toEqual({
      path: 'b.ts',
      matched: false,
    });
  });

  it('reports unmatched files with their best repo-relative spelling', () => {
    expect(normalisePath('/home/runner/work/shop/shop/gen/out.ts', { ...linux, tracked })).toEqual({
      path: 'gen/out.ts',
      matched: false,
    });
  });

  it('is idempotent on repo-relative tracked paths', () => {
    const segment = fc
      .stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.@ -]{0,7}$/)
      .filter((s) => s !== '..' && !s.endsWith(' '));
    const repoPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
    fc.assert(
      fc.property(
        fc.uniqueArray(repoPath, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('', 'packages/api', './web/', 'a', 'a/b'),
        fc.nat(),
        (paths, workingDirectory, pick) => {
          // With tracked `src/a.ts` and `api/src/a.ts`, `src/a.ts` read in working directory `api` means
          // the latter: relative report paths are relative to where the tests ran, so only sets without
          // such a pair can be idempotent.
          const wd = workingDirectory.replace(/^\.\/|\/$/g, '');
          fc.pre(!wd || !paths.some((p) => paths.includes(`${wd}/${p}`)));
          const ctx: PathContext = {
            workspace: '/home/runner/work/r/r',
            workingDirectory,
            tracked: new Set(paths),
          };
          const tracked = paths[pick % paths.length]!;
          const once = normalisePath(tracked, ctx);
          expect(once.matched).toBe(true);
          expect(ctx.tracked!.has(once.path)).toBe(true);
          expect(normalisePath(once.path, ctx)).toEqual(once);
          // The absolute runner spelling of a tracked file always lands on that file.
          expect(normalisePath(`/home/runner/work/r/r/${tracked}`, ctx)).toEqual({
            path: tracked,
            matched: true,
          });
        },
      ),
    );
  });
});
