import { describe, expect, it } from 'vitest';
import { parseHeaders, readVitalsOptions, secretValues } from './options.js';
import { onOrigin, redactUrl, seriesKey } from './urls.js';

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
      startTimeoutMs: 60_000,
    });
  });

  it('speaks the shared vocabulary: confidence as a percentage, timeouts as durations, base-origin', () => {
    const o = readVitalsOptions(
      source({
        urls: 'https://a.test/',
        confidence: '90',
        'start-timeout': '2m',
        'max-wait-for-load': '30s',
        'base-origin': 'https://base.test/preview/',
      }),
    );
    expect(o).toMatchObject({
      confidence: 0.9,
      startTimeoutMs: 120_000,
      maxWaitForLoadMs: 30_000,
      baseOrigin: 'https://base.test/preview',
    });
    // A bare number is seconds, as before.
    expect(readVitalsOptions(source({ urls: 'https://a.test/', 'start-timeout': '90' })).startTimeoutMs).toBe(
      90_000,
    );
    expect(() => readVitalsOptions(source({ urls: 'https://a.test/', confidence: '0.95' }))).toThrow(
      "input 'confidence': '0.95' is outside 50–99.9 (percentages are written 95, not 0.95)",
    );
    expect(() => readVitalsOptions(source({ urls: 'https://a.test/', 'start-timeout': 'soon' }))).toThrow(
      /^input 'start-timeout': expected a duration such as 500ms, 30s/,
    );
    expect(() => readVitalsOptions(source({ urls: 'https://a.test/', 'max-wait-for-load': '2h' }))).toThrow(
      "input 'max-wait-for-load': '2h' is longer than the maximum of 10m",
    );
    expect(() =>
      readVitalsOptions(source({ urls: 'https://a.test/', 'base-url': 'https://b.test' })),
    ).toThrow(/^input 'base-url': is now 'base-origin'/);
    expect(() => readVitalsOptions(source({ urls: 'https://a.test/', 'base-origin': 'b.test' }))).toThrow(
      "input 'base-origin': is not an absolute URL (expected https://host/path)",
    );
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
      "input 'runs': '0' is below the minimum of 1",
    );
    expect(() => readVitalsOptions(source({ urls: 'https://a.test/', presets: 'tablet' }))).toThrow(
      "input 'presets': expected desktop and/or mobile, got 'tablet'",
    );
    expect(() => readVitalsOptions(source({ urls: 'https://a.test/', 'base-static-dir': 'b' }))).toThrow(
      "input 'base-static-dir': needs 'static-dir'",
    );
  });

  it('headers and cookies: a Cookie header line becomes cookies; secrets listed for masking; bad lines never echo the value', () => {
    const h = parseHeaders('Authorization: Bearer s3cr3t\nCookie: a=1; b=2', 'session=abc123\ntheme=dark');
    expect(h).toEqual({
      headers: { Authorization: 'Bearer s3cr3t' },
      cookies: [
        { name: 'a', value: '1' },
        { name: 'b', value: '2' },
        { name: 'session', value: 'abc123' },
        { name: 'theme', value: 'dark' },
      ],
    });
    expect(secretValues(h.headers, h.cookies)).toEqual(
      expect.arrayContaining(['Bearer s3cr3t', 'abc123', 'dark']),
    );
    expect(() => parseHeaders('not a header line s3cr3t', '')).toThrow(
      /^input 'headers': line 1: expected 'Name: value' \(the value is not shown\)$/,
    );
    expect(() => parseHeaders('', 'justavalue')).toThrow(
      "input 'cookies': line 1: expected 'name=value' (the value is not shown)",
    );
  });
});

describe('urls', () => {
  it('names a loopback page by its path, so a new port continues the series; other hosts by URL', () => {
    expect(seriesKey('http://127.0.0.1:38437/')).toBe('/');
    expect(seriesKey('http://127.0.0.1:41002/pricing/?plan=pro')).toBe('/pricing/?plan=***');
    expect(seriesKey('http://localhost:3000/a')).toBe('/a');
    expect(seriesKey('http://[::1]:8080/b')).toBe('/b');
    expect(seriesKey('https://shop.example.com/cart?token=x')).toBe(
      'https://shop.example.com/cart?token=***',
    );
    expect(seriesKey('http://127.0.0.1:1/x')).toBe(seriesKey('http://127.0.0.1:2/x'));
  });

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
