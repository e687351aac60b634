import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addedLinesOfPatch,
  DiffParseError,
  parseUnifiedDiff,
  parseUnifiedDiffFiles,
  unquoteGitPath,
} from './diff.js';

const sorted = (s: Set<number> | undefined) => [...(s ?? [])].sort((a, b) => a - b);

describe('addedLinesOfPatch (GitHub API patch text)', () => {
  it('counts new-side lines through context, removals and several hunks', () => {
    const patch = [
      '@@ -1,4 +1,5 @@ function f() {',
      ' keep1', // new 1
      '-gone',
      '+changed', // new 2
      '+inserted', // new 3
      ' keep2', // new 4
      ' keep3', // new 5
      '@@ -20 +21,2 @@',
      '-old20',
      '+new21',
      '+new22',
    ].join('\n');
    expect(sorted(addedLinesOfPatch(patch))).toEqual([2, 3, 21, 22]);
  });

  it('uses the hunk counts so lines that look like file headers stay content', () => {
    // Removing "-- x" prints "--- x"; adding "++ y" prints "+++ y".
    const patch = '@@ -3,2 +3,2 @@\n--- x\n-@@ not a header\n+++ y\n+plain';
    expect(sorted(addedLinesOfPatch(patch))).toEqual([3, 4]);
  });

  it('skips "No newline at end of file" markers and CRLF line ends', () => {
    const patch =
      '@@ -1 +1 @@\r\n-a\r\n\\ No newline at end of file\r\n+b\r\n\\ No newline at end of file\r\n';
    expect(sorted(addedLinesOfPatch(patch))).toEqual([1]);
  });

  it('reads a pure deletion hunk (+c,0) as no added lines', () => {
    expect(addedLinesOfPatch('@@ -5,2 +4,0 @@\n-a\n-b').size).toBe(0);
  });

  it('names the file and line of a malformed hunk header', () => {
    expect(() => addedLinesOfPatch('@@ -1 +x @@\n+a', 'src/a.ts')).toThrow(
      /src\/a\.ts line 1: malformed hunk header/,
    );
  });

  it('reports a hunk that ends before its announced lines', () => {
    expect(() => addedLinesOfPatch('@@ -1,2 +1,3 @@\n+a\n a', 'p')).toThrow(DiffParseError);
    expect(() => addedLinesOfPatch('@@ -1,2 +1,3 @@\n+a\n a', 'p')).toThrow(/ends early/);
  });

  it('rejects text outside hunks', () => {
    expect(() => addedLinesOfPatch('@@ -1 +1 @@\n-a\n+b\ngarbage')).toThrow(/line 4: expected a hunk header/);
  });
});

describe('unquoteGitPath', () => {
  it('decodes octal UTF-8 bytes and C escapes', () => {
    expect(unquoteGitPath('"a/sp\\303\\251cial.ts"')).toEqual({ value: 'a/spécial.ts', rest: '' });
    expect(unquoteGitPath('"tab\\there \\"q\\" back\\\\slash" tail').value).toBe('tab\there "q" back\\slash');
    expect(unquoteGitPath('"x" tail').rest).toBe(' tail');
  });

  it('keeps raw non-ASCII characters inside quotes', () => {
    expect(unquoteGitPath('"ü\\tä"').value).toBe('ü\tä');
  });

  it('rejects unterminated quotes', () => {
    expect(() => unquoteGitPath('"abc')).toThrow(/unterminated/);
  });
});

describe('parseUnifiedDiff on hand-written diffs', () => {
  it('reads a plain diff -u with timestamps', () => {
    const text = [
      '--- old/file.txt\t2024-01-01 00:00:00.000000000 +0000',
      '+++ new/file.txt\t2024-01-02 00:00:00.000000000 +0000',
      '@@ -1,2 +1,3 @@',
      ' a',
      '+b',
      ' c',
    ].join('\n');
    expect([...parseUnifiedDiff(text)]).toEqual([['new/file.txt', new Set([2])]]);
  });

  it('leaves out deleted files and keeps new ones', () => {
    const text = [
      'diff --git a/gone.ts b/gone.ts',
      'deleted file mode 100644',
      'index 1111111..0000000',
      '--- a/gone.ts',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-x',
      '-y',
      'diff --git a/new.ts b/new.ts',
      'new file mode 100644',
      'index 0000000..2222222',
      '--- /dev/null',
      '+++ b/new.ts',
      '@@ -0,0 +1,2 @@',
      '+x',
      '+y',
    ].join('\n');
    const files = parseUnifiedDiffFiles(text);
    expect(files.map((f) => [f.path, f.status, f.oldPath])).toEqual([
      ['gone.ts', 'deleted', 'gone.ts'],
      ['new.ts', 'added', null],
    ]);
    expect([...parseUnifiedDiff(text).keys()]).toEqual(['new.ts']);
  });

  it('reads a file name that contains " b/" from the ---/+++ lines', () => {
    const text = [
      'diff --git a/x b/y.ts b/x b/y.ts',
      'index 1..2 100644',
      '--- a/x b/y.ts\t',
      '+++ b/x b/y.ts\t',
      '@@ -1 +1 @@',
      '-a',
      '+b',
    ].join('\n');
    expect([...parseUnifiedDiff(text)]).toEqual([['x b/y.ts', new Set([1])]]);
  });

  it('reads copies and skips the body of a binary patch', () => {
    const text = [
      'diff --git a/src.ts b/copy.ts',
      'similarity index 90%',
      'copy from src.ts',
      'copy to copy.ts',
      '--- a/src.ts',
      '+++ b/copy.ts',
      '@@ -4,0 +5 @@',
      '+extra',
      'diff --git a/img.png b/img.png',
      'new file mode 100644',
      'index 0000000..1111111',
      'GIT binary patch',
      'literal 3',
      'KcmZ?wbN~PV',
      '',
      'literal 0',
      'HcmV?d00001',
      '',
    ].join('\n');
    expect(parseUnifiedDiffFiles(text)).toEqual([
      { path: 'copy.ts', oldPath: 'src.ts', status: 'copied', binary: false, addedLines: new Set([5]) },
      { path: 'img.png', oldPath: null, status: 'added', binary: true, addedLines: new Set() },
    ]);
  });

  it('rejects lines a hunk did not announce', () => {
    expect(() => addedLinesOfPatch('@@ -1 +1,0 @@\n+a')).toThrow(
      /line 2: more lines than hunk '@@ -1 \+1,0 @@'/,
    );
    expect(() => addedLinesOfPatch('@@ -1 +1 @@\n?a\n+b')).toThrow(/line 2: unexpected '\?a' inside hunk/);
  });

  it('says which line it could not read', () => {
    const text = 'diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n@@ broken\n';
    expect(() => parseUnifiedDiff(text)).toThrow(/diff line 7: malformed hunk header '@@ broken'/);
  });
});

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'shipshape-diff-'));
  dirs.push(d);
  return d;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
}

describe('parseUnifiedDiff on real git output', () => {
  it('handles spaces, unicode, renames, binary and empty files as git prints them', () => {
    const repo = tempDir();
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 't@example.com');
    git(repo, 'config', 'user.name', 't');
    writeFileSync(join(repo, 'my file.ts'), 'x\n');
    writeFileSync(join(repo, 'spécial.ts'), 'y\n');
    writeFileSync(join(repo, 'r.ts'), 'one\ntwo\nthree\nfour\nfive\n');
    writeFileSync(join(repo, 'b.bin'), Buffer.from([0, 1, 2]));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    writeFileSync(join(repo, 'my file.ts'), 'x\nz\n');
    writeFileSync(join(repo, 'spécial.ts'), 'y\nq'); // no newline at end
    mkdirSync(join(repo, 'dír'));
    git(repo, 'mv', 'r.ts', 'dír/rénamed z.ts');
    writeFileSync(join(repo, 'dír/rénamed z.ts'), 'one\ntwo\nTHREE\nfour\nfive\n');
    writeFileSync(join(repo, 'empty.ts'), '');
    writeFileSync(join(repo, 'b.bin'), Buffer.from([0, 1, 3]));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'two');
    const text = git(repo, 'diff', '--no-color', '--unified=0', '-M', 'HEAD~1', 'HEAD');
    expect(text).toContain('"b/d\\303\\255r/r\\303\\251named z.ts"'); // the quoting under test is really there

    const files = parseUnifiedDiffFiles(text);
    const byPath = new Map(files.map((f) => [f.path, f]));
    expect([...byPath.keys()].sort()).toEqual([
      'b.bin',
      'dír/rénamed z.ts',
      'empty.ts',
      'my file.ts',
      'spécial.ts',
    ]);
    expect(sorted(byPath.get('my file.ts')?.addedLines)).toEqual([2]);
    expect(sorted(byPath.get('spécial.ts')?.addedLines)).toEqual([2]);
    expect(byPath.get('dír/rénamed z.ts')).toMatchObject({ status: 'renamed', oldPath: 'r.ts' });
    expect(sorted(byPath.get('dír/rénamed z.ts')?.addedLines)).toEqual([3]);
    expect(byPath.get('b.bin')).toMatchObject({ binary: true, status: 'modified' });
    expect(byPath.get('empty.ts')).toMatchObject({ status: 'added', binary: false });
    expect(byPath.get('empty.ts')?.addedLines.size).toBe(0);
  });

  it('property: added lines agree with git --numstat and the kept lines are common to both sides', () => {
    const dir = tempDir();
    const oldPath = join(dir, 'old.txt');
    const newPath = join(dir, 'new.txt');
    // Lines chosen to look like diff syntax, so that only the hunk counts keep them apart.
    const line = fc.constantFrom('a', 'b', 'c', '-- x', '++ y', '@@ -1 +1 @@', '\\ z', ' ', '');
    const content = fc.record({ lines: fc.array(line, { maxLength: 12 }), eol: fc.boolean() });
    const render = (c: { lines: string[]; eol: boolean }) =>
      c.lines.join('\n') + (c.eol && c.lines.length > 0 ? '\n' : '');
    // Lines of a file as git counts them: a last line without newline still counts.
    const linesOf = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

    fc.assert(
      fc.property(content, content, (before, after) => {
        const oldText = render(before);
        const newText = render(after);
        writeFileSync(oldPath, oldText);
        writeFileSync(newPath, newText);
        const diffArgs = ['diff', '--no-index', '--no-color', '--unified=0', 'old.txt', 'new.txt'];
        const diff = spawnSync('git', diffArgs, { cwd: dir, encoding: 'utf8' });
        const numstat = spawnSync('git', [...diffArgs, '--numstat'], { cwd: dir, encoding: 'utf8' });
        const added = parseUnifiedDiff(diff.stdout).get('new.txt') ?? new Set<number>();
        const expectedAdded = numstat.stdout === '' ? 0 : Number(numstat.stdout.split('\t')[0]);

        expect(added.size).toBe(expectedAdded);
        const newLines = linesOf(newText);
        const oldLines = linesOf(oldText);
        for (const n of added) expect(n >= 1 && n <= newLines.length).toBe(true);
        // What git did not mark as added must be an in-order subsequence of the old file.
        const kept = newLines.filter((_, i) => !added.has(i + 1));
        let j = 0;
        for (const k of kept) {
          while (j < oldLines.length && oldLines[j] !== k) j++;
          expect(j).toBeLessThan(oldLines.length);
          j++;
        }
      }),
      { numRuns: 40 },
    );
  });
});
