import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMMENT_BUDGET,
  GITHUB_COMMENT_LIMIT,
  type ReportSection,
  renderWithinBudget,
  tableRowsWithinBudget,
} from './budget.js';
import { code, details, pct, table } from './markdown.js';

/** Cells split on pipes not escaped by a backslash, as GFM splits table rows. */
function unescapedPipes(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) if (line[i] === '|' && line[i - 1] !== '\\') count++;
  return count;
}

/**
 * Removes the code spans of one line: each backtick run opens a span closed by the next run of
 * the same length. Returns null when a span is left open.
 */
function withoutCodeSpans(line: string): string | null {
  const runs = [...line.matchAll(/`+/g)].map((m) => ({ at: m.index, length: m[0].length }));
  let out = '';
  let from = 0;
  while (runs.length > 0) {
    const open = runs.shift()!;
    const close = runs.findIndex((r) => r.length === open.length);
    if (close === -1) return null;
    const end = runs[close]!;
    out += line.slice(from, open.at);
    from = end.at + end.length;
    runs.splice(0, close + 1);
  }
  return out + line.slice(from);
}

/** Counts <details> tags outside code spans, where GitHub would treat them as HTML. */
function detailsBalanced(markdown: string): boolean {
  const prose = markdown
    .split('\n')
    .map((line) => withoutCodeSpans(line) ?? '')
    .join('\n');
  let depth = 0;
  for (const m of prose.matchAll(/<(\/?)details>/g)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function section(
  id: string,
  priority: number,
  size: number,
  extra: Partial<ReportSection> = {},
): ReportSection {
  return { id, priority, label: `Section ${id}`, markdown: `<<${id}>>${'x'.repeat(size)}`, ...extra };
}

describe('renderWithinBudget', () => {
  it('returns all sections untouched, without a note, when they fit', () => {
    const sections = [section('a', 1, 10), section('b', 0, 10)];
    const result = renderWithinBudget(sections, 1000);
    expect(result.body).toBe(`${sections[0]!.markdown}\n\n${sections[1]!.markdown}`);
    expect(result.included).toEqual(['a', 'b']);
    expect(result.omitted).toEqual([]);
    expect(result.overflow).toBe('');
    expect(result.body).not.toContain('[!NOTE]');
  });

  it('drops the least important section but keeps document order', () => {
    const sections = [section('low', 5, 400), section('high', 0, 400), section('mid', 2, 400)];
    const result = renderWithinBudget(sections, 1200);
    expect(result.included).toEqual(['high', 'mid']);
    expect(result.omitted).toEqual([{ id: 'low', label: 'Section low' }]);
    expect(result.body.indexOf('<<high>>')).toBeLessThan(result.body.indexOf('<<mid>>'));
    expect(result.body).not.toContain('<<low>>');
    expect(result.body).toContain('Left out: **Section low**.');
    expect(result.body).toContain('job summary');
    expect(result.overflow).toBe(sections[0]!.markdown);
    expect(result.body.length).toBeLessThanOrEqual(1200);
  });

  it('uses a fallback when the full section does not fit, and keeps the full one for the summary', () => {
    const big = section('big', 0, 2000, { fallbacks: ['still too long'.repeat(200), 'short version'] });
    const result = renderWithinBudget([big, section('small', 1, 50)], 1000);
    expect(result.body).toContain('short version');
    expect(result.shortened).toEqual([{ id: 'big', label: 'Section big' }]);
    expect(result.included).toEqual(['big', 'small']);
    expect(result.body).toContain('Shown in part: **Section big**.');
    expect(result.overflow).toBe(big.markdown);
  });

  it('gives a fallback function the room that is left and rejects an answer that is too long', () => {
    const rooms: number[] = [];
    const greedy = section('greedy', 1, 5000, {
      fallbacks: [
        (room) => {
          rooms.push(room);
          return 'y'.repeat(room + 1);
        },
        (room) => 'z'.repeat(room),
      ],
    });
    const result = renderWithinBudget([section('first', 0, 300), greedy], 2000);
    expect(rooms.length).toBe(1);
    expect(result.body).toContain('z'.repeat(rooms[0]!));
    expect(result.body).not.toContain('y'.repeat(10));
    expect(result.body.length).toBeLessThanOrEqual(2000);
  });

  it('places required sections before more important optional ones', () => {
    const result = renderWithinBudget(
      [section('opt', 0, 700), section('req', 9, 700, { required: true })],
      1000,
    );
    expect(result.included).toEqual(['req']);
    expect(result.omitted.map((o) => o.id)).toEqual(['opt']);
  });

  it('names the sections when required ones cannot fit', () => {
    expect(() => renderWithinBudget([section('headline', 0, 5000, { required: true })], 1000)).toThrow(
      /required section\(s\) headline do not fit in 1000 characters/,
    );
  });

  it('escapes labels in the note and links the job summary', () => {
    const result = renderWithinBudget(
      [section('a', 0, 600), { ...section('b', 1, 600), label: '@team <b>files</b>' }],
      1000,
      { summaryUrl: 'https://github.com/o/r/actions/runs/1' },
    );
    expect(result.body).not.toContain('<b>');
    expect(result.body).not.toMatch(/@team/);
    expect(result.body).toContain('[job summary](https://github.com/o/r/actions/runs/1)');
  });

  it('rejects a bad budget and duplicate ids', () => {
    expect(() => renderWithinBudget([], 0)).toThrow(/budget must be a positive integer/);
    expect(() => renderWithinBudget([section('a', 0, 1), section('a', 1, 1)])).toThrow(/"a" is used twice/);
    expect(() => renderWithinBudget([section('a', 0, 500)], 100)).toThrow(
      /cannot hold even the closing note/,
    );
  });

  it('never exceeds the budget and accounts for every section (property)', () => {
    const arbSections = fc
      .array(
        fc.record({
          priority: fc.integer({ min: 0, max: 5 }),
          size: fc.integer({ min: 0, max: 3000 }),
          fallbackSize: fc.option(fc.integer({ min: 1, max: 800 })),
        }),
        { maxLength: 10 },
      )
      .map((specs) =>
        specs.map((s, i) =>
          section(
            `s${i}`,
            s.priority,
            s.size,
            s.fallbackSize === null ? {} : { fallbacks: [`<<s${i}>>${'f'.repeat(s.fallbackSize)}`] },
          ),
        ),
      );
    fc.assert(
      fc.property(arbSections, fc.integer({ min: 1200, max: 12_000 }), (sections, budget) => {
        const result = renderWithinBudget(sections, budget);
        expect(result.body.length).toBeLessThanOrEqual(budget);
        const ids = sections.map((s) => s.id);
        expect([...result.included, ...result.omitted.map((o) => o.id)].sort()).toEqual([...ids].sort());
        const positions = result.included.map((id) => result.body.indexOf(`<<${id}>>`));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        for (const o of result.omitted) expect(result.body).toContain(`**Section ${o.id}**`);
      }),
    );
  });
});

describe('tableRowsWithinBudget', () => {
  const headers = ['File', 'Lines'];
  const rows = Array.from({ length: 200 }, (_, i) => [code(`src/file-${i}.ts`), pct(i / 2)]);

  it('returns the whole table when it fits', () => {
    expect(tableRowsWithinBudget(headers, rows, 1_000_000)).toEqual({
      markdown: table(headers, rows),
      shownRows: 200,
    });
  });

  it('keeps as many leading rows as fit and says how many were dropped', () => {
    const budget = 2000;
    const { markdown, shownRows } = tableRowsWithinBudget(headers, rows, budget, ['l', 'r']);
    expect(markdown.length).toBeLessThanOrEqual(budget);
    expect(shownRows).toBeGreaterThan(0);
    expect(markdown.startsWith(table(headers, rows.slice(0, shownRows), ['l', 'r']))).toBe(true);
    expect(markdown).toContain(`_${200 - shownRows} more rows not shown (200 in total)._`);
    // One more row would not have fitted alongside the note.
    const note = `\n\n_${200 - shownRows - 1} more rows not shown (200 in total)._`;
    expect(table(headers, rows.slice(0, shownRows + 1), ['l', 'r']).length + note.length).toBeGreaterThan(
      budget,
    );
  });

  it('returns nothing when not even the header fits', () => {
    expect(tableRowsWithinBudget(headers, rows, 20)).toEqual({ markdown: '', shownRows: 0 });
  });

  it('refuses cells with line breaks, naming the row', () => {
    expect(() =>
      tableRowsWithinBudget(
        headers,
        [
          ['a', 'b'],
          ['c\nd', 'e'],
        ],
        10,
      ),
    ).toThrow(/row 2 .*line break/);
  });
});

describe('a 5,000-file coverage report', () => {
  const nasty = [
    'we`ird`` | pipe.ts',
    '<details>open.ts',
    '@team </details>.ts',
    'back\\slash|x.ts',
    '``start.ts',
  ];
  const files = Array.from({ length: 5000 }, (_, i) =>
    i % 97 === 0
      ? `src/odd/${nasty[i % nasty.length]}`
      : `src/module-${i % 50}/deeply/nested/path/file-${i}.ts`,
  );
  const headers = ['File', 'Lines', 'Branches', 'Uncovered'];
  const rows = files.map((file, i) => [
    code(file),
    pct((i * 37) % 100),
    pct((i * 53) % 100),
    code(`${i}-${i + 9}`),
  ]);
  const fileTable = table(headers, rows, ['l', 'r', 'r', 'l']);
  const filesSummary = 'Files with the lowest coverage';
  const sections: ReportSection[] = [
    {
      id: 'headline',
      priority: 0,
      required: true,
      label: 'Summary',
      markdown: `## Coverage\n\n${table(['Metric', 'Coverage'], [['lines', '**81.20%**']])}`,
    },
    {
      id: 'files',
      priority: 1,
      label: 'Files',
      markdown: details(filesSummary, fileTable),
      fallbacks: [
        (room) => {
          const wrapper = details(filesSummary, '').length;
          const part = tableRowsWithinBudget(headers, rows, room - wrapper, ['l', 'r', 'r', 'l']);
          return part.markdown === '' ? '' : details(filesSummary, part.markdown);
        },
      ],
    },
    {
      id: 'uncovered',
      priority: 2,
      label: 'Uncovered lines',
      markdown: details('Uncovered lines', files.map((f) => `- ${code(f)}: 1-9`).join('\n')),
    },
    { id: 'footer', priority: 0, label: 'Footer', markdown: '<sub>shipshape coverage-gate</sub>' },
  ];
  const result = renderWithinBudget(sections);

  it('stays within GitHub’s limit and the default budget', () => {
    expect(fileTable.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    expect(result.body.length).toBeLessThanOrEqual(DEFAULT_COMMENT_BUDGET);
    expect(result.body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    // Trimming is not wasteful: nearly all of the budget carries rows.
    expect(result.body.length).toBeGreaterThan(DEFAULT_COMMENT_BUDGET - 300);
  });

  it('says what it left out and keeps the full text for the job summary', () => {
    expect(result.omitted).toEqual([{ id: 'uncovered', label: 'Uncovered lines' }]);
    expect(result.shortened).toEqual([{ id: 'files', label: 'Files' }]);
    expect(result.body).toContain('Left out: **Uncovered lines**.');
    expect(result.body).toContain('Shown in part: **Files**.');
    expect(result.body).toMatch(/more rows not shown \(5,000 in total\)/);
    expect(result.overflow).toContain(fileTable);
    expect(result.overflow).toContain(sections[2]!.markdown);
  });

  it('keeps every table row whole, every <details> closed and every code span balanced', () => {
    const tableLines = result.body.split('\n').filter((line) => line.startsWith('|'));
    expect(tableLines.length).toBeGreaterThan(500);
    for (const line of tableLines) {
      expect(line.endsWith(' |'), line).toBe(true);
      expect([3, 5], line).toContain(unescapedPipes(line));
    }
    const fileRows = tableLines.filter((line) => unescapedPipes(line) === headers.length + 1).slice(2);
    const expectedRows = new Set(rows.map((r) => table(headers, [r]).split('\n')[2]));
    for (const line of fileRows) expect(expectedRows.has(line), line).toBe(true);
    expect(detailsBalanced(result.body)).toBe(true);
    for (const line of result.body.split('\n')) expect(withoutCodeSpans(line), line).not.toBeNull();
  });

  it('keeps the sections in document order', () => {
    expect(result.included).toEqual(['headline', 'files', 'footer']);
    const at = (text: string) => result.body.indexOf(text);
    expect(at('## Coverage')).toBeLessThan(at(filesSummary));
    expect(at(filesSummary)).toBeLessThan(at('shipshape coverage-gate'));
    expect(at('shipshape coverage-gate')).toBeLessThan(at('[!NOTE]'));
  });
});
