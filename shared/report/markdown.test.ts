import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { code, details, escapeText, link, pct, table } from './markdown.js';

const ZWSP = '\u200b';

/** Strings heavy in the characters Markdown, HTML and GitHub treat specially. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'@<>&|`\\*_[]()#+-.!~$"\' \n\r\t:/=aZ09'.split('')),
    fc.constantFrom('javascript:', '<img src=x onerror=alert(1)>', '@octocat', '&lt;', '\\|', '``'),
    fc.string({ maxLength: 2 }),
  ),
  maxLength: 40,
});

/** Cell delimiters as GFM's table scanner sees them: a `|` right after a backslash is part of the cell. */
function delimiterPipes(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) if (row[i] === '|' && row[i - 1] !== '\\') n++;
  return n;
}

/** What CommonMark shows for escaped prose: backslash escapes and the three entities undone. */
function renderProse(markdown: string): string {
  return markdown
    .replace(
      /\\([!-/:-@[-`{-~])|&(amp|lt|gt);/g,
      (_, punct: string | undefined, entity: string | undefined) =>
        punct !== undefined ? punct : ({ amp: '&', lt: '<', gt: '>' } as Record<string, string>)[entity!]!,
    )
    .replaceAll(`@${ZWSP}`, '@');
}

/** What a GFM table cell holding one code span shows: pipes unescaped, fence and padding removed. */
function renderCodeCell(span: string): string {
  const unescaped = span.replace(/\\\|/g, '|');
  const fence = /^`+/.exec(unescaped)![0];
  expect(unescaped.endsWith(fence)).toBe(true);
  let inner = unescaped.slice(fence.length, unescaped.length - fence.length);
  // The content must not contain a backtick run of the fence's length, or the span would end early.
  for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length);
  if (inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') inner = inner.slice(1, -1);
  return inner;
}

describe('escapeText', () => {
  it('neutralises mentions, HTML, table pipes and link syntax in file names', () => {
    const out = escapeText('@octocat <img src=x onerror=alert(1)>|x.ts');
    expect(out).toBe(`@${ZWSP}octocat &lt;img src=x onerror=alert\\(1\\)&gt;\\|x\\.ts`);
    expect(escapeText('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(escapeText('a`b``.ts')).toBe('a\\`b\\`\\`\\.ts');
  });

  it('escapes $ so GitHub does not render math between two of them', () => {
    expect(escapeText('routes/$id.$slug.tsx')).toBe('routes/\\$id\\.\\$slug\\.tsx');
  });

  it('flattens line breaks so text cannot start a new block', () => {
    expect(escapeText('a\r\n# b\n\n- c')).toBe('a \\# b \\- c');
  });

  it('never lets a mention, an HTML tag, a line break or a cell delimiter through', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const out = escapeText(text);
        expect(out).not.toMatch(/@[\w-]/);
        expect(out).not.toContain('<');
        expect(out).not.toMatch(/[\r\n]/);
        expect(delimiterPipes(out)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('shows the original text once Markdown has undone the escapes', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        expect(renderProse(escapeText(text))).toBe(text.replace(/[\r\n]+/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});

describe('code', () => {
  it('uses a fence longer than any backtick run, padding spans that touch a backtick', () => {
    expect(code('src/a.ts')).toBe('`src/a.ts`');
    expect(code('a`b``.ts')).toBe('```a`b``.ts```');
    expect(code('`x')).toBe('`` `x ``');
    expect(code('x|y')).toBe('`x\\|y`');
  });

  it('pads text that starts and ends with a space, which Markdown would otherwise strip', () => {
    expect(code(' a ')).toBe('`  a  `');
    expect(code('   ')).toBe('`   `');
  });

  it('never adds a cell to a table row and shows the text unchanged', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const span = code(text);
        expect(span).not.toMatch(/[\r\n]/);
        expect(delimiterPipes(`| ${span} | x |`)).toBe(3);
        if (text !== '') expect(renderCodeCell(span)).toBe(text.replace(/[\r\n]+/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});

describe('link', () => {
  it('links http and https URLs only', () => {
    expect(link('run 42', 'https://github.com/o/r/actions/runs/42')).toBe(
      '[run 42](https://github.com/o/r/actions/runs/42)',
    );
    expect(link('x', 'http://example.com/')).toBe('[x](http://example.com/)');
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      'file:///etc/passwd',
      'not a url',
      '',
    ]) {
      expect(link('[x](javascript:alert(1))', url)).toBe(escapeText('[x](javascript:alert(1))'));
    }
  });

  it('escapes the text and encodes characters that would end the destination or split a cell', () => {
    expect(link('@octocat', 'https://x.test/a (b)/<c>')).toBe(
      `[@${ZWSP}octocat](https://x.test/a%20%28b%29/%3Cc%3E)`,
    );
    expect(link('t', 'https://x.test/?q=a|b\\')).toBe('[t](https://x.test/?q=a%7Cb%5C)');
    expect(link('t', 'https://x.test/?q=\'`"')).toBe('[t](https://x.test/?q=%27%60%22)');
  });

  it('always yields escaped text or one link whose destination cannot break out', () => {
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(fc.constantFrom('https://x.test/', 'http://x.test/?', 'javascript:', 'data:'), nasty)
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(nasty, url, (text, u) => {
        const out = link(text, u);
        if (out === escapeText(text)) return;
        const prefix = `[${escapeText(text)}](`;
        expect(out.startsWith(prefix)).toBe(true);
        expect(out.endsWith(')')).toBe(true);
        const href = out.slice(prefix.length, -1);
        expect(href).toMatch(/^https?:\/\/[^\s()<>|\\`"']*$/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('table', () => {
  it('renders headers, the alignment row and the rows', () => {
    expect(table(['File', 'Lines', 'Mid'], [['`a`', '10', 'x']], ['l', 'r', 'c'])).toBe(
      '| File | Lines | Mid |\n| --- | ---: | :---: |\n| `a` | 10 | x |',
    );
    expect(table(['A', 'B'], [])).toBe('| A | B |\n| --- | --- |');
  });

  it('keeps one cell per column for any escaped text or code span', () => {
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        const rows = table(['A', 'B'], [[code(a), escapeText(b)]]).split('\n');
        expect(rows).toHaveLength(3);
        expect(delimiterPipes(rows[2]!)).toBe(3);
      }),
    );
  });
});

describe('details', () => {
  it('escapes the summary as HTML, since Markdown escapes would show inside the HTML block', () => {
    expect(details('Least covered files (3 of 10)', 'body')).toBe(
      '<details><summary>Least covered files (3 of 10)</summary>\n\nbody\n\n</details>',
    );
    expect(details('@team <img src=x onerror=alert(1)>\n\nx & "y"', 'b')).toBe(
      `<details><summary>@${ZWSP}team &lt;img src=x onerror=alert(1)&gt; x &amp; &quot;y&quot;</summary>\n\nb\n\n</details>`,
    );
  });

  it('keeps the summary on one line without tags or mentions', () => {
    fc.assert(
      fc.property(nasty, (summary) => {
        const first = details(summary, 'body').split('\n')[0]!;
        const inner = first.slice('<details><summary>'.length, -'</summary>'.length);
        expect(first.endsWith('</summary>')).toBe(true);
        expect(inner).not.toMatch(/[<>\r\n]|@[\w-]/);
      }),
    );
  });
});

describe('pct', () => {
  it('shows two decimals or n/a', () => {
    expect(pct(80)).toBe('80.00%');
    expect(pct(66.66)).toBe('66.66%');
    expect(pct(null)).toBe('n/a');
    expect(pct(undefined)).toBe('n/a');
  });
});
