import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deltaArrow, mermaidText, mermaidTrend, sparkline } from './trend.js';

const BARS = [...'▁▂▃▄▅▆▇█'];

describe('sparkline', () => {
  it('maps the lowest value to the lowest bar and the highest to the highest', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe(BARS.join(''));
    expect(sparkline([50, 100, 75])).toBe(`${BARS[0]}${BARS[7]}${BARS[4]}`);
  });

  it('draws a flat series as a row of middle bars', () => {
    expect(sparkline([81.2, 81.2, 81.2])).toBe('▄▄▄');
  });

  it('leaves a gap for NaN, infinities and missing entries', () => {
    const sparse = [1, NaN, 3];
    sparse.length = 5;
    expect(sparkline(sparse)).toBe(`${BARS[0]} ${BARS[7]}  `);
    expect(sparkline([NaN, Infinity])).toBe('  ');
    expect(sparkline([])).toBe('');
  });

  it('gives one character per value and keeps the order of values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }),
        (values) => {
          const bars = [...sparkline(values)];
          expect(bars.length).toBe(values.length);
          for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
              if (values[i]! < values[j]!)
                expect(BARS.indexOf(bars[i]!)).toBeLessThanOrEqual(BARS.indexOf(bars[j]!));
            }
          }
        },
      ),
    );
  });
});

describe('deltaArrow', () => {
  it('shows direction and a signed two-decimal change', () => {
    expect(deltaArrow(1.234)).toBe('▲ +1.23');
    expect(deltaArrow(-0.5)).toBe('▼ -0.50');
    expect(deltaArrow(0)).toBe('= 0.00');
  });

  it('treats changes smaller than epsilon as no change', () => {
    expect(deltaArrow(0.004)).toBe('= 0.00');
    expect(deltaArrow(-0.004)).toBe('= 0.00');
    expect(deltaArrow(0.4, 0.5)).toBe('= 0.00');
    expect(deltaArrow(0.6, 0.5)).toBe('▲ +0.60');
  });

  it('says n/a when there is nothing to compare', () => {
    expect(deltaArrow(null)).toBe('n/a');
    expect(deltaArrow(NaN)).toBe('n/a');
  });
});

/** The chart's own lines (title, axes, line), without the fence, the directive or the <details>. */
function fenced(block: string): string[] {
  const lines = block.split('\n');
  return lines.slice(lines.indexOf('```mermaid') + 1, lines.lastIndexOf('```'));
}

function chartLines(block: string): Map<string, string> {
  return new Map(
    fenced(block)
      .filter((line) => line.startsWith('  '))
      .map((line) => [line.trim().split(' ')[0]!, line.trim()]),
  );
}

function numbersIn(list: string): number[] {
  return list
    .replace(/^\[|\]$/g, '')
    .split(', ')
    .map(Number);
}

describe('mermaidTrend', () => {
  const base = { title: 'Coverage on main', yLabel: 'Lines (%)', labels: ['a1b2c3d', 'e4f5a6b', 'c7d8e9f'] };

  it('produces a fenced xychart with one label per value and a padded y range', () => {
    const block = mermaidTrend({ ...base, values: [80, 82.5, 81], collapsible: false });
    const lines = block.split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines[1]).toMatch(/^%%\{init: \{.*\}\}%%$/);
    expect(lines[2]).toBe('xychart-beta');
    expect(lines.at(-1)).toBe('```');
    const parts = chartLines(block);
    expect(parts.get('title')).toBe('title "Coverage on main"');
    expect(parts.get('x-axis')).toBe('x-axis ["a1b2c3d", "e4f5a6b", "c7d8e9f"]');
    expect(numbersIn(parts.get('line')!.slice('line '.length))).toEqual([80, 82.5, 81]);
    const range = /^y-axis "Lines %" (-?[\d.]+) --> (-?[\d.]+)$/.exec(parts.get('y-axis')!);
    expect(range).not.toBeNull();
    expect(Number(range![1])).toBeLessThan(80);
    expect(Number(range![2])).toBeGreaterThan(82.5);
  });

  it('keeps the axis inside min and max', () => {
    const block = mermaidTrend({ ...base, values: [99.5, 100, 99.8], min: 0, max: 100 });
    const [, lower, upper] = / (-?[\d.]+) --> (-?[\d.]+)$/.exec(chartLines(block).get('y-axis')!)!;
    expect(Number(upper)).toBe(100);
    expect(Number(lower)).toBeLessThan(99.5);
  });

  it('strips quotes, brackets, backticks and line breaks from user text', () => {
    const evil = 'main"] \n```\n<img src=x>%%{init}%%#quot;';
    const block = mermaidTrend({ title: evil, yLabel: evil, labels: [evil, 'ok'], values: [1, 2] });
    expect(block.match(/```/g)?.length).toBe(2);
    expect(block.match(/%%/g)?.length).toBe(2);
    const summary = /<summary>(.*)<\/summary>/.exec(block)![1]!;
    expect(summary).not.toMatch(/[<>"'`]/);
    const lines = fenced(block).slice(2);
    expect(lines.length).toBe(4);
    for (const line of lines) {
      const quoted = line.match(/"[^"]*"/g) ?? [];
      for (const q of quoted) expect(q.slice(1, -1)).not.toMatch(/[[\]{}()<>`#;"'\\]|%%/);
      expect(line.replace(/"[^"]*"/g, '""')).toMatch(
        /^ {2}(title ""|x-axis \[("", )*""\]|y-axis "" \S+ --> \S+|line \[.*\])$/,
      );
    }
  });

  it('drops points without a value, keeps the most recent ones, and shortens long labels', () => {
    const labels = Array.from({ length: 40 }, (_, i) => `feature/very-long-branch-name-number-${i}`);
    const values = labels.map((_, i) => (i === 39 ? NaN : i));
    const parts = chartLines(mermaidTrend({ title: 't', yLabel: 'y', labels, values, maxPoints: 10 }));
    expect(numbersIn(parts.get('line')!.slice('line '.length))).toEqual([
      29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
    ]);
    const xs = parts.get('x-axis')!.match(/"[^"]*"/g)!;
    expect(xs.length).toBe(10);
    for (const x of xs) expect([...x.slice(1, -1)].length).toBeLessThanOrEqual(24);
    expect(xs[0]!.endsWith('…"')).toBe(true);
  });

  it('is collapsed by default, names the chart and run count, and sizes the plot to the points', () => {
    const block = mermaidTrend({ ...base, values: [80, 82.5, 81] });
    expect(
      block.startsWith('<details><summary>Coverage on main (chart, 3 runs)</summary>\n\n```mermaid\n'),
    ).toBe(true);
    expect(block.endsWith('```\n\n</details>')).toBe(true);
    const init = (b: string) => JSON.parse(/^%%\{init: (.*)\}%%$/m.exec(b)![1]!);
    const small = init(block);
    expect(small.themeVariables.xyChart.plotColorPalette).toMatch(/^#[0-9a-f]{6}$/);
    const labels = Array.from({ length: 30 }, (_, i) => `c${i}`);
    const big = init(mermaidTrend({ ...base, labels, values: labels.map((_, i) => i) }));
    expect(big.xyChart.width).toBeGreaterThan(small.xyChart.width);
    expect(big.xyChart.width).toBeLessThanOrEqual(900);
  });

  it('returns nothing when no value is known, and refuses mismatched inputs', () => {
    expect(mermaidTrend({ ...base, values: [NaN, NaN, NaN] })).toBe('');
    expect(() => mermaidTrend({ ...base, values: [1, 2] })).toThrow(/3 labels for 2 values/);
  });

  it('writes plain decimals and survives a flat series', () => {
    const block = mermaidTrend({ ...base, values: [1e-7, 1e-7, 1e-7] });
    const parts = chartLines(block);
    for (const key of ['y-axis', 'line']) expect(parts.get(key)).not.toMatch(/\de[-+]?\d/);
    const [, lower, upper] = / (-?[\d.]+) --> (-?[\d.]+)$/.exec(parts.get('y-axis')!)!;
    expect(Number(lower)).toBeLessThan(Number(upper));
  });
});

describe('mermaidText', () => {
  it('falls back when nothing safe is left', () => {
    expect(mermaidText('"[]"', 10, '#1')).toBe('#1');
    expect(mermaidText('  release/1.2  ', 24, 'x')).toBe('release/1.2');
  });
});
