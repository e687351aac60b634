import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { badgeColorHex, coverageColor, renderBadge, shieldsEndpoint } from './badge.js';
import { verdanaTextWidth } from './verdana-widths.js';

interface ParsedSvg {
  root: { name: string; attributes: Record<string, string> };
  texts: string[];
  title: string;
}

/** Parses with a strict XML parser; any well-formedness error fails the test. */
function parseSvg(svg: string): ParsedSvg {
  const parser = new SaxesParser();
  let root: ParsedSvg['root'] | undefined;
  const texts: string[] = [];
  let title = '';
  const open: string[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    root ??= { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) } };
    open.push(tag.name);
  });
  parser.on('closetag', () => void open.pop());
  parser.on('text', (text) => {
    if (open.at(-1) === 'text') texts.push(text);
    if (open.at(-1) === 'title') title += text;
  });
  parser.write(svg).close();
  if (root === undefined) throw new Error('no root element');
  return { root, texts, title };
}

const badgeWidth = (svg: string) => Number(parseSvg(svg).root.attributes.width);

describe('renderBadge', () => {
  it('is checked by a parser that does reject malformed XML', () => {
    expect(() => parseSvg('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => parseSvg('<svg><g></svg>')).toThrow();
  });

  it('is a well-formed, accessible SVG document', () => {
    const svg = renderBadge({ label: 'coverage', message: '81.20%', color: 'yellowgreen' });
    const { root, texts, title } = parseSvg(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes.role).toBe('img');
    expect(root.attributes['aria-label']).toBe('coverage: 81.20%');
    expect(title).toBe('coverage: 81.20%');
    // Each text is drawn twice: shadow, then face.
    expect(texts).toEqual(['coverage', 'coverage', '81.20%', '81.20%']);
    expect(svg).toContain('fill="#a4a61d"');
  });

  it('sizes each half from the text it holds', () => {
    const narrow = badgeWidth(renderBadge({ label: 'coverage', message: '1%', color: 'red' }));
    const wide = badgeWidth(renderBadge({ label: 'coverage', message: '100.00%', color: 'red' }));
    const longLabel = badgeWidth(renderBadge({ label: 'branch coverage', message: '1%', color: 'red' }));
    expect(wide).toBeGreaterThan(narrow);
    expect(longLabel).toBeGreaterThan(narrow);
    const extra = verdanaTextWidth('00.00');
    expect(wide - narrow).toBeGreaterThanOrEqual(Math.floor(extra));
    expect(wide - narrow).toBeLessThanOrEqual(Math.ceil(extra) + 1);
  });

  it('escapes markup characters and keeps the text intact', () => {
    const label = `<script>&"x'`;
    const message = '</text><svg onload="alert(1)">';
    const svg = renderBadge({ label, message, color: '#4c1' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('onload="');
    const { texts, root } = parseSvg(svg);
    expect(texts).toEqual([label, label, message, message]);
    expect(root.attributes['aria-label']).toBe(`${label}: ${message}`);
  });

  it('drops characters XML cannot hold and flattens line breaks', () => {
    const svg = renderBadge({ label: 'a\u0000b\u0007c', message: 'one\ntwo\ud800', color: 'blue' });
    expect(parseSvg(svg).texts).toEqual(['abc', 'abc', 'one two', 'one two']);
  });

  it('gives byte-identical output for the same input and different ids for different badges', () => {
    const spec = { label: 'coverage', message: '92%', color: 'brightgreen' };
    expect(renderBadge(spec)).toBe(renderBadge({ ...spec }));
    const other = renderBadge({ ...spec, message: '93%' });
    const id = (svg: string) => /linearGradient id="([^"]+)"/.exec(svg)![1];
    expect(id(other)).not.toBe(id(renderBadge(spec)));
  });

  it('draws only the message when the label is empty', () => {
    const svg = renderBadge({ label: '', message: 'passing', color: 'green' });
    const { texts, root } = parseSvg(svg);
    expect(texts).toEqual(['passing', 'passing']);
    expect(root.attributes['aria-label']).toBe('passing');
    expect(Number(root.attributes.width)).toBe(Math.ceil(verdanaTextWidth('passing')) + 10);
  });

  it('refuses colours it cannot vouch for', () => {
    expect(() => renderBadge({ label: 'a', message: 'b', color: 'red" onload="x' })).toThrow(
      /unknown badge colour/,
    );
    expect(badgeColorHex('E05D44')).toBe('#e05d44');
    expect(badgeColorHex(' Orange ')).toBe('#fe7d37');
  });
});

describe('verdanaTextWidth', () => {
  it('adds up per character and tells narrow from wide glyphs', () => {
    expect(verdanaTextWidth('')).toBe(0);
    expect(verdanaTextWidth('W')).toBeGreaterThan(verdanaTextWidth('i'));
    expect(verdanaTextWidth('coverage 81%')).toBeCloseTo(
      verdanaTextWidth('coverage') + verdanaTextWidth(' 81%'),
      10,
    );
    expect(verdanaTextWidth('0', 22)).toBeCloseTo(2 * verdanaTextWidth('0', 11), 10);
  });

  it('has a width for every printable ASCII character, with Verdana’s equal-width figures', () => {
    for (let cp = 0x20; cp <= 0x7e; cp++)
      expect(verdanaTextWidth(String.fromCharCode(cp))).toBeGreaterThan(0);
    const digits = [...'0123456789'].map((d) => verdanaTextWidth(d));
    expect(new Set(digits).size).toBe(1);
    expect(verdanaTextWidth('\u007f\u0000\u200b')).toBe(0);
  });

  it('estimates characters outside ASCII', () => {
    expect(verdanaTextWidth('é')).toBeGreaterThan(verdanaTextWidth('i'));
    expect(verdanaTextWidth('é')).toBeLessThan(verdanaTextWidth('W'));
    expect(verdanaTextWidth('e\u0301')).toBe(verdanaTextWidth('e'));
    expect(verdanaTextWidth('日本')).toBe(22);
    expect(verdanaTextWidth('🚀')).toBe(11);
  });
});

describe('coverageColor', () => {
  it('ramps from red through orange and yellow to green at the threshold', () => {
    expect(coverageColor(0)).toBe('red');
    expect(coverageColor(59.99)).toBe('red');
    expect(coverageColor(60)).toBe('orange');
    expect(coverageColor(67)).toBe('yellow');
    expect(coverageColor(75)).toBe('yellowgreen');
    expect(coverageColor(79.99)).toBe('yellowgreen');
    expect(coverageColor(80)).toBe('brightgreen');
    expect(coverageColor(100)).toBe('brightgreen');
  });

  it('follows the thresholds it is given and greys out unknown coverage', () => {
    expect(coverageColor(85, { red: 70, green: 90 })).toBe('yellowgreen');
    expect(coverageColor(90, { red: 70, green: 90 })).toBe('brightgreen');
    expect(coverageColor(50, { red: 50, green: 50 })).toBe('brightgreen');
    expect(coverageColor(null)).toBe('lightgrey');
    expect(coverageColor(NaN)).toBe('lightgrey');
    expect(() => coverageColor(50, { red: 90, green: 80 })).toThrow(/red <= green/);
  });

  it('only ever returns colours the badge accepts', () => {
    for (let p = 0; p <= 100; p += 0.5) expect(() => badgeColorHex(coverageColor(p))).not.toThrow();
  });
});

describe('shieldsEndpoint', () => {
  it('is the endpoint schema with the colour shields understands', () => {
    const parsed = JSON.parse(shieldsEndpoint({ label: 'coverage', message: '81.2%', color: 'yellowgreen' }));
    expect(parsed).toEqual({ schemaVersion: 1, label: 'coverage', message: '81.2%', color: 'yellowgreen' });
    expect(JSON.parse(shieldsEndpoint({ label: 'x', message: 'y', color: '#E05D44' })).color).toBe('e05d44');
  });

  it('keeps odd text intact as JSON and refuses unknown colours', () => {
    const message = '"quoted" \\ <b>';
    expect(JSON.parse(shieldsEndpoint({ label: 'l', message, color: 'red' })).message).toBe(message);
    expect(() => shieldsEndpoint({ label: 'l', message: 'm', color: 'url(x)' })).toThrow(
      /unknown badge colour/,
    );
  });
});
