import { describe, expect, it } from 'vitest';
import { parseScenario, weightedSequence } from './scenario.js';

describe('parseScenario', () => {
  it('reads YAML with methods, headers, JSON bodies, expected statuses and weights', () => {
    const requests = parseScenario(
      [
        'requests:',
        '  - name: list',
        '    path: /items',
        '    weight: 3',
        '  - method: post',
        '    path: /items',
        '    headers: { Authorization: Bearer x }',
        '    body: { name: pen }',
        '    status: [201, 409]',
      ].join('\n'),
      'load.yml',
    );
    expect(requests).toEqual([
      { name: 'list', method: 'GET', path: '/items', headers: {}, expectStatus: [], weight: 3 },
      {
        name: 'POST /items',
        method: 'POST',
        path: '/items',
        headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
        body: '{"name":"pen"}',
        expectStatus: [201, 409],
        weight: 1,
      },
    ]);
  });

  it('reads a plain JSON list', () => {
    expect(parseScenario('[{"path": "/a"}]', 'load.json')[0]?.path).toBe('/a');
  });

  it.each([
    ['requests:\n  - path: /a\n  - path: b\n', "load.yml:3: 'path' must be a string starting with '/'"],
    ['- path: /a\n  verb: GET\n', "load.yml:1: unknown key 'verb'"],
    ['- path: /a\n  method: FETCH\n', "load.yml:1: unknown method 'FETCH'"],
    ['- path: /a\n  status: 700\n', "load.yml:1: 'status' must be an HTTP status"],
    ['- path: /a\n- path: /b\n  weight: 0\n', "load.yml:2: 'weight' must be a whole number"],
    ['- path: /a\n- path: /a\n', "load.yml:2: a request named 'GET /a' appears twice"],
    ['requests: [\n', 'load.yml:2: not valid YAML'],
    ['other: 1\n', "expected a list of requests or a 'requests:' key"],
    ['[]', 'expected a non-empty list'],
  ])('names file and line for %j', (text, message) => {
    expect(() => parseScenario(text, 'load.yml')).toThrow(message);
  });
});

describe('weightedSequence', () => {
  it('interleaves by weight instead of bunching', () => {
    const a = { name: 'a', method: 'GET', path: '/a', headers: {}, expectStatus: [], weight: 3 };
    const b = { ...a, name: 'b', path: '/b', weight: 1 };
    const names = weightedSequence([a, b]).map((r) => r.name);
    expect(names.filter((n) => n === 'a')).toHaveLength(3);
    expect(names.filter((n) => n === 'b')).toHaveLength(1);
    expect(names.join('')).not.toBe('aaab');
  });
});
