import { describe, expect, it } from 'vitest';
import { displayPercent, headline, headlineMetric } from './headline.js';
import type { Totals } from './model.js';
import { fileFromLineMap } from './model.js';
import { parseCobertura } from './parsers/cobertura.js';
import { computePatchCoverage } from './patch.js';
import { computeTotals } from './totals.js';

const totals: Totals = {
  lines: { covered: 1999, total: 2500, pct: 79.96 },
  statements: { covered: 17, total: 24, pct: 70.83 },
  branches: { covered: 0, total: 0, pct: null },
  functions: { covered: 0, total: 0, pct: null },
};

describe('headline', () => {
  it('is statements for Go profiles only, lines otherwise, and warns on a mix', () => {
    expect(headlineMetric(['go', 'go'])).toEqual({ metric: 'statements', mixed: false });
    expect(headlineMetric(['lcov', 'cobertura'])).toEqual({ metric: 'lines', mixed: false });
    expect(headline(totals, ['go'])).toEqual({ metric: 'statements', ...totals.statements });
    const mixed = headline(totals, ['go', 'lcov']);
    expect(mixed).toMatchObject({ metric: 'lines', pct: 79.96 });
    expect(mixed.warning).toMatch(/mix Go profiles with other formats/);
    expect(headline(totals, []).metric).toBe('lines');
  });

  it('rounds down for display, so a figure below a threshold never shows as reaching it', () => {
    expect(displayPercent(79.96, 1)).toBe('79.9%');
    expect(displayPercent(79.96)).toBe('79.96%');
    expect(displayPercent(79.99, 0)).toBe('79%');
    expect(displayPercent(57.3, 1)).toBe('57.3%');
    expect(displayPercent(80, 1)).toBe('80.0%');
    expect(displayPercent(null)).toBe('n/a');
  });
});

describe('cobertura without class-level lines (the shape Swift converters write)', () => {
  it('measures a class by its methods when it has no lines of its own, and only then', () => {
    const xml = `<?xml version="1.0"?>
<coverage line-rate="0.66" branch-rate="0" version="1.9"><packages><package name="App"><classes>
<class name="Cart" filename="Sources/App/Cart.swift"><methods>
<method name="add" signature="" hits="2"><lines><line number="3" hits="2"/><line number="4" hits="2"/></lines></method>
<method name="clear" signature="" hits="0"><lines><line number="8" hits="0"/></lines></method>
</methods><lines/></class>
<class name="Other" filename="Sources/App/Other.swift"><methods>
<method name="f" signature="" hits="1"><lines><line number="1" hits="1"/></lines></method>
</methods><lines><line number="2" hits="1"/></lines></class>
</classes></package></packages></coverage>`;
    const report = parseCobertura(xml, 'swift.xml');
    const cart = report.files.find((f) => f.path.endsWith('Cart.swift'))!;
    expect([...cart.lineNumbers]).toEqual([3, 4, 8]);
    expect(computeTotals([cart]).lines).toMatchObject({ covered: 2, total: 3 });
    // A class with lines of its own keeps them; the method's declaration line is not a line.
    const other = report.files.find((f) => f.path.endsWith('Other.swift'))!;
    expect([...other.lineNumbers]).toEqual([2]);
  });
});

describe('patch coverage of one instance (working-directory)', () => {
  it('does not list changed files outside its folder as having no coverage data', () => {
    const files = [fileFromLineMap('web/src/a.ts', new Map([[1, 1]]))];
    const changed = new Map([
      ['web/src/a.ts', new Set([1])],
      ['web/src/b.ts', new Set([1])],
      ['api/main.go', new Set([3])],
    ]);
    expect(computePatchCoverage(files, changed, 'web').missingFiles).toEqual(['web/src/b.ts']);
    expect(computePatchCoverage(files, changed).missingFiles).toEqual(['api/main.go', 'web/src/b.ts']);
  });
});
