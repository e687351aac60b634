import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as oracle from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ours from './workflow-commands.js';

/** What a call writes to stdout, captured without letting it reach the test's own output. */
function stdoutOf(call: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    call();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

const awkward = [
  'plain',
  '',
  '100% done, 3 files: a.ts, b.ts',
  'two\nlines\r\nand a carriage return',
  'colons: key=value, more: yes',
  '%25 already escaped %0A',
  'unicode ✓ – “quotes”',
];

const annotationProps: ours.AnnotationProperties[] = [
  {},
  { title: 'Coverage: 79.9%', file: 'src/a, b.ts', startLine: 3, endLine: 7 },
  { title: undefined, file: 'src/x.ts', startLine: undefined, endLine: undefined },
  { title: 't', file: 'f', startLine: 1, endLine: 2, startColumn: 4, endColumn: 9 },
  { startLine: 0 },
];

describe('workflow commands, byte for byte against @actions/core', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  it('writes the same log, mask, group and debug lines', () => {
    for (const m of awkward) {
      expect(stdoutOf(() => ours.info(m))).toBe(stdoutOf(() => oracle.info(m)));
      expect(stdoutOf(() => ours.debug(m))).toBe(stdoutOf(() => oracle.debug(m)));
      expect(stdoutOf(() => ours.setSecret(m))).toBe(stdoutOf(() => oracle.setSecret(m)));
      expect(stdoutOf(() => ours.startGroup(m))).toBe(stdoutOf(() => oracle.startGroup(m)));
    }
    expect(stdoutOf(() => ours.endGroup())).toBe(stdoutOf(() => oracle.endGroup()));
  });

  it('writes the same annotations, with and without properties', () => {
    for (const m of awkward) {
      for (const p of annotationProps) {
        expect(stdoutOf(() => ours.warning(m, p))).toBe(stdoutOf(() => oracle.warning(m, p)));
        expect(stdoutOf(() => ours.error(m, p))).toBe(stdoutOf(() => oracle.error(m, p)));
        expect(stdoutOf(() => ours.notice(m, p))).toBe(stdoutOf(() => oracle.notice(m, p)));
      }
      expect(stdoutOf(() => ours.warning(m))).toBe(stdoutOf(() => oracle.warning(m)));
    }
  });

  it('fails a step the same way', () => {
    const mine = stdoutOf(() => ours.setFailed('gate failed: 79.9% < 80%'));
    const mineCode = process.exitCode;
    process.exitCode = undefined;
    expect(mine).toBe(stdoutOf(() => oracle.setFailed('gate failed: 79.9% < 80%')));
    expect(mineCode).toBe(process.exitCode);
    expect(mineCode).toBe(1);
  });

  it('reads inputs the same way', () => {
    process.env['INPUT_MIN-COVERAGE'] = '  80 \n';
    process.env.INPUT_TWO_WORDS = 'x';
    process.env.INPUT_EMPTY = '';
    for (const name of ['min-coverage', 'MIN-COVERAGE', 'two words', 'empty', 'absent']) {
      expect(ours.getInput(name)).toBe(oracle.getInput(name));
    }
    expect(ours.getInput('min-coverage')).toBe('80');
  });

  it('appends the same outputs to GITHUB_OUTPUT, the delimiter aside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wfc-'));
    const values: unknown[] = ['80.5', '', 'multi\nline\nvalue', 42, true, { a: [1, 2] }];
    const run = (impl: typeof ours | typeof oracle, file: string) => {
      writeFileSync(file, '');
      process.env.GITHUB_OUTPUT = file;
      for (const [i, v] of values.entries()) impl.setOutput(`out-${i}`, v);
      return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    };
    const mine = run(ours, join(dir, 'mine'));
    expect(mine).toBe(run(oracle, join(dir, 'theirs')));
    expect(mine).toContain('out-2<<DELIMITER\nmulti\nline\nvalue\nDELIMITER\n');
  });

  it('writes the legacy set-output command without GITHUB_OUTPUT, as @actions/core does', () => {
    delete process.env.GITHUB_OUTPUT;
    expect(stdoutOf(() => ours.setOutput('x', 'a,b:c'))).toBe(stdoutOf(() => oracle.setOutput('x', 'a,b:c')));
  });

  it('refuses an output whose value contains the delimiter', () => {
    expect(() => ours.keyValueBlock('x', 'a ghadelimiter_1 b', 'ghadelimiter_1')).toThrow(/delimiter/);
  });

  it('appends the job summary as @actions/core does, and says so when the file is not writable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wfc-'));
    const mine = join(dir, 'mine.md');
    const theirs = join(dir, 'theirs.md');
    writeFileSync(mine, '# before\n');
    writeFileSync(theirs, '# before\n');
    process.env.GITHUB_STEP_SUMMARY = mine;
    ours.appendSummary('## coverage-gate\n\n| a | b |\n');
    process.env.GITHUB_STEP_SUMMARY = theirs;
    await oracle.summary.addRaw('## coverage-gate\n\n| a | b |\n').write();
    expect(readFileSync(mine, 'utf8')).toBe(readFileSync(theirs, 'utf8'));

    process.env.GITHUB_STEP_SUMMARY = join(dir, 'missing', 'summary.md');
    expect(() => ours.appendSummary('x')).toThrow(/Unable to access summary file/);
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(() => ours.appendSummary('x')).not.toThrow();
  });
});
