import { describe, expect, it } from 'vitest';
import { parseFileCommands, parseWorkflowCommands } from './workflow-commands.js';

describe('parseWorkflowCommands', () => {
  it('decodes properties and message escapes', () => {
    const { annotations } = parseWorkflowCommands(
      '::error file=a%2Cb.ts,line=3,endLine=4,col=1,endColumn=9,title=T%3A x::line one%0Aline two %25 done\n',
    );
    expect(annotations).toEqual([
      {
        level: 'error',
        message: 'line one\nline two % done',
        file: 'a,b.ts',
        line: 3,
        endLine: 4,
        col: 1,
        endColumn: 9,
        title: 'T: x',
      },
    ]);
  });

  it('decodes in one pass, so an escaped literal "%0A" stays literal', () => {
    expect(parseWorkflowCommands('::warning::100%250A\r\n').annotations[0]?.message).toBe('100%0A');
  });

  it('keeps %3A and %2C literal in messages, as the runner only decodes them in properties', () => {
    expect(parseWorkflowCommands('::notice::a%3Ab%2Cc').annotations[0]?.message).toBe('a%3Ab%2Cc');
  });

  it('ignores plain log lines, malformed commands and non-annotation commands', () => {
    const parsed = parseWorkflowCommands(
      [
        'hello ::error::not at line start',
        '::error',
        '::group::Build',
        '  ::notice::indented counts',
        '::endgroup::',
      ].join('\n'),
    );
    expect(parsed.annotations).toEqual([{ level: 'notice', message: 'indented counts' }]);
    expect(parsed.commands.map((c) => c.command)).toEqual(['group', 'notice', 'endgroup']);
  });

  it('collects masks and honours stop-commands until the resume token', () => {
    const parsed = parseWorkflowCommands(
      [
        '::add-mask::one',
        '::stop-commands::tok123',
        '::add-mask::two',
        '::error::ignored',
        '::tok123::',
        '::add-mask::three',
      ].join('\n'),
    );
    expect(parsed.masks).toEqual(['one', 'three']);
    expect(parsed.annotations).toEqual([]);
  });
});

describe('parseFileCommands', () => {
  it('reads name=value and name<<DELIM blocks; later entries win', () => {
    const content = 'a=1\nb<<ghadelimiter_x\nfirst\n\nthird=3\nghadelimiter_x\na=2\nempty=\n';
    expect(parseFileCommands(content, 'OUT')).toEqual({ a: '2', b: 'first\n\nthird=3', empty: '' });
  });

  it('uses whichever of = and << comes first in the line', () => {
    expect(parseFileCommands('x=a<<b\ny<<E\nv=1\nE\n', 'OUT')).toEqual({ x: 'a<<b', y: 'v=1' });
  });

  it('names the file and line of a block without its closing delimiter', () => {
    expect(() => parseFileCommands('a=1\nb<<END\nvalue\n', 'GITHUB_OUTPUT')).toThrow(
      /GITHUB_OUTPUT:2: matching delimiter "END" not found/,
    );
  });

  it('names the file and line of an unparseable entry', () => {
    expect(() => parseFileCommands('a=1\njunk\n', 'GITHUB_ENV')).toThrow(/GITHUB_ENV:2: invalid format/);
  });
});
