import { describe, expect, it } from 'vitest';
import { parseHeaders, readVitalsOptions, secretValues } from './options.js';
import { onOrigin, redactUrl } from './urls.js';

const source = (values: Record<string, string>) => ({ get: (n: string) => values[n] ?? '' });

describe('options', () => {
  it('defaults: desktop, 3 runs, devtools throttling, CWV gate on poor, 6 compare rounds at 95%', () => {
    const o = readVitalsOptions(source({ urls: 'https://example.test/' }));
    expect(o).toMatchObject({
      presets: ['desktop'],
      runs: 3,
      throttling: 'devtools',
      cwvGate: 'poor',
      compareRounds: 6,
      confidence: 0.95,
      threshold: 0.1,
      maxWaitForLoadMs: 45_000,
    });
  });

  it('static-dir takes paths, absolute URLs otherwise', () => {
    expect(readVitalsOptions(source({ 'static-dir': 'dist' })).urls).toEqual(['/']);
    expect(() => readVitalsOptions(source({ 'static-dir': 'dist', urls: 'https://a.test/' }))).toThrow(
      "input 'urls': with 'static-dir' give paths such as /about/, not 'https://a.test/'",
    );
    expect(() => readVitalsOptions(source({ urls: '/about' }))).toThrow(
      "input 'urls': '/about' is not an http(s) URL (paths are allowed only with 'static-dir')",
    );
    expect(() => readVitalsOptions(source({}))).toThrow(
      "input 'urls': give at least one URL, or a 'static-dir' to serve",
    );
  });

  it('rejects bad numbers and choices naming the input', () => {
    expect(() => readVitalsOptions(source({ urls: 'https://a.test/', runs: '0' }))).toThrow(
      "input 'runs': expected a whole number from 1 to 25, got '0'",
    );
    expect(() => readVitalsOptions(source({ urls: 'https://a.test/', presets: 'tablet' }))).toThrow(
      "input 'presets': expected desktop and/or mobile, got 'tablet'",
    );
    expect(() => readVitalsOptions(source({ urls: 'https://a.test/', 'base-static-dir': 'b' }))).toThrow(
      "input 'base-static-dir': needs 'static-dir'",
    );
  });

  it('headers and cookies: one Cookie header; secrets listed for masking; bad lines never echo the value', () => {
    const h = parseHeaders('Authorization: Bearer s3cr3t\nCookie: a=1', 'session=abc123\ntheme=dark');
    expect(h).toEqual({ Authorization: 'Bearer s3cr3t', Cookie: 'a=1; session=abc123; theme=dark' });
    expect(secretValues(h)).toEqual(expect.arrayContaining(['Bearer s3cr3t', 'abc123', 'dark']));
    expect(() => parseHeaders('not a header line s3cr3t', '')).toThrow(
      /^input 'headers': line 1: expected 'Name: value' \(the value is not shown\)$/,
    );
    expect(() => parseHeaders('', 'justavalue')).toThrow(
      "input 'cookies': line 1: expected 'name=value' (the value is not shown)",
    );
  });
});

describe('urls', () => {
  it('redacts credentials and query values, keeps the rest', () => {
    expect(redactUrl('https://u:p@a.test/x?token=1&b=2#h')).toBe('https://a.test/x?token=***&b=***#h');
    expect(redactUrl('http://127.0.0.1:3000/')).toBe('http://127.0.0.1:3000/');
    expect(redactUrl('not a url')).toBe('not a url');
  });

  it('maps a page onto the base origin, keeping path and query', () => {
    expect(onOrigin('http://127.0.0.1:1/a/b?q=1', 'http://127.0.0.1:2')).toBe('http://127.0.0.1:2/a/b?q=1');
    expect(onOrigin('http://127.0.0.1:1/a', 'https://base.test/preview/')).toBe(
      'https://base.test/preview/a',
    );
  });
});
