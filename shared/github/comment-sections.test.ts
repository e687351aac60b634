import { describe, expect, it } from 'vitest';
import {
  layoutSections,
  parseSections,
  renderSharedComment,
  SHARED_COMMENT_MARKER,
  sectionPointer,
  sectionSurvived,
  storableBody,
} from './comment-sections.js';

describe('shared comment sections', () => {
  it('round-trips any key and summary URL through the markers, ordered by key', () => {
    const sections = [
      {
        key: 'perf-regression:web app --> x',
        summaryUrl: 'https://github.com/o/r/actions/runs/1?x=--',
        body: '### perf\n\n| a |',
      },
      { key: 'coverage-comment', body: '### cov' },
    ];
    const text = renderSharedComment(sections);
    expect(text.split('\n')[0]).toBe(`<!-- ${SHARED_COMMENT_MARKER} -->`);
    // Nothing inside a marker can end the HTML comment early.
    for (const line of text.split('\n').filter((l) => l.startsWith('<!--')))
      expect(line.slice(4, -3)).not.toMatch(/--|>/);
    expect(parseSections(text)).toEqual([sections[1], sections[0]]);
  });

  it('keeps every section whole when all fit, and the text within the budget when not', () => {
    const others = [
      { key: 'a', body: `### a\n\n${'a'.repeat(3_000)}` },
      { key: 'b', body: `### b\n\n${'b'.repeat(500)}` },
    ];
    const roomy = layoutSections(others, { key: 'c', forms: ['### c'] }, 10_000);
    expect(roomy.ok && roomy.sections.map((s) => s.body.length)).toEqual([3_007, 507, 5]);
    const tight = layoutSections(
      others,
      { key: 'c', forms: [`### c\n\n${'c'.repeat(3_000)}`, '### c\n\nshort'] },
      3_000,
    );
    expect(tight.ok).toBe(true);
    if (!tight.ok) return;
    expect(tight.text.length).toBeLessThanOrEqual(3_000);
    const byKey = Object.fromEntries(tight.sections.map((s) => [s.key, s.body]));
    expect(byKey.a).toBe(sectionPointer(others[0]!));
    expect(byKey.b).toBe(others[1]!.body);
    expect(tight.shortened).toBe(true);
  });

  it('a pointer is stable: shortening it again changes nothing, and it counts as the section surviving', () => {
    const s = { key: 'x', summaryUrl: 'https://github.com/o/r/actions/runs/2', body: '### X\n\nlong' };
    const pointer = { ...s, body: sectionPointer(s) };
    expect(sectionPointer(pointer)).toBe(pointer.body);
    expect(sectionSurvived(pointer, s)).toBe(true);
    expect(sectionSurvived({ ...s, body: '### X\n\nolder run' }, s)).toBe(false);
    expect(sectionSurvived(undefined, s)).toBe(false);
  });

  it('defuses marker look-alikes and normalises line ends', () => {
    expect(parseSections(storableBody('<!-- /shipshape:section x -->'))).toEqual([]);
    expect(storableBody('a\r\nb\r\n\n')).toBe('a\nb');
  });
});
