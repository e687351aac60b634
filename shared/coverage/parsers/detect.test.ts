import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoverageParseError } from '../model.js';
import { parseCobertura } from './cobertura.js';
import { DETECT_HEAD_BYTES, detectFormat, parseCoverage } from './detect.js';
import { parseGoCoverprofile } from './go.js';
import { parseIstanbulFinal } from './istanbul.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/coverage');
const read = (path: string) => readFileSync(join(FIXTURES, path));

const EXPECTED = [
  ['go/set.out', 'go'],
  ['go/coverpkg.out', 'go'],
  ['istanbul/coverage-final.json', 'istanbul'],
  ['istanbul/nyc-style.json', 'istanbul'],
  ['istanbul/coverage-summary.json', 'istanbul-summary'],
  ['cobertura/coverage.xml', 'cobertura'],
  ['cobertura/dotnet-style.xml', 'cobertura'],
  ['cobertura/jacoco-style.xml', 'cobertura'],
  ['lcov/coverage.info', 'lcov'],
] as const;

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

describe('detectFormat', () => {
  for (const [path, format] of EXPECTED) {
    it(`detects ${path} as ${format} from its first ${DETECT_HEAD_BYTES} bytes`, () => {
      const head = read(path).subarray(0, DETECT_HEAD_BYTES).toString('utf8');
      expect(detectFormat(head, path)).toBe(format);
    });
  }

  it('looks at content, not names', () => {
    expect(detectFormat('mode: atomic\n', 'coverage.xml')).toBe('go');
    expect(detectFormat('\uFEFF  \n<coverage line-rate="1">', 'lcov.info')).toBe('cobertura');
    expect(detectFormat('<!DOCTYPE coverage SYSTEM "x.dtd"><coverage/>', 'a')).toBe('cobertura');
    expect(detectFormat('TN:\nSF:src/a.ts\n', 'coverage.json')).toBe('lcov');
  });

  it('reads pretty-printed and minified istanbul JSON alike', () => {
    const summary = JSON.parse(read('istanbul/coverage-summary.json').toString('utf8'));
    expect(detectFormat(JSON.stringify(summary, null, 2), 'x.json')).toBe('istanbul-summary');
    const final = JSON.parse(read('istanbul/coverage-final.json').toString('utf8'));
    expect(detectFormat(JSON.stringify(final, null, 2).slice(0, 300), 'x.json')).toBe('istanbul');
  });

  it('treats an empty object as istanbul, summary only when the name says so', () => {
    expect(detectFormat('{}\n', 'coverage-final.json')).toBe('istanbul');
    expect(detectFormat('{ }', 'coverage/coverage-summary.json')).toBe('istanbul-summary');
  });

  it('recognises nothing else', () => {
    for (const text of [
      '',
      'hello',
      '{"name": "pkg", "version": "1.0.0"}',
      '[1,2]',
      '<html></html>',
      'modes: x',
    ]) {
      expect(detectFormat(text, 'f')).toBeUndefined();
    }
  });
});

describe('parseCoverage', () => {
  it('dispatches each fixture to its parser', () => {
    const go = parseCoverage(read('go/set.out'), 'set.out', 'auto', { goModulePath: 'example.com/shop/api' });
    expect(go).toEqual(
      parseGoCoverprofile(read('go/set.out').toString('utf8'), 'set.out', {
        modulePath: 'example.com/shop/api',
      }),
    );
    expect(go.files.map((f) => f.path).sort()).toEqual(['cart/cart.go', 'pricing/pricing.go']);
    const ist = read('istanbul/coverage-final.json');
    expect(parseCoverage(ist, 'f.json')).toEqual(parseIstanbulFinal(ist.toString('utf8'), 'f.json'));
    const xml = read('cobertura/jacoco-style.xml');
    expect(parseCoverage(xml, 'j.xml')).toEqual(parseCobertura(xml.toString('utf8'), 'j.xml'));
    for (const [path, format] of EXPECTED) expect(parseCoverage(read(path), path).format).toBe(format);
  });

  it('uses the format it is told, even against the content', () => {
    expectParseError(() => parseCoverage(read('go/set.out'), 'set.out', 'cobertura'), /not well-formed XML/);
    expect(parseCoverage(Buffer.from('{}'), 's.json', 'istanbul-summary').format).toBe('istanbul-summary');
  });

  it('says what it expected when nothing matches, and when the file is empty', () => {
    const unknown = expectParseError(() => parseCoverage(Buffer.from('hello\n'), 'out/cov.txt'));
    expect(unknown.message).toContain(
      'could not detect the coverage format of out/cov.txt (expected lcov, Go coverprofile, istanbul JSON, cobertura, JaCoCo or Clover XML); set format',
    );
    expectParseError(() => parseCoverage(Buffer.alloc(0), 'e.info'), /^e\.info: the coverage file is empty$/);
    expectParseError(() => parseCoverage(Buffer.from(' \n\r\n\t'), 'e.info'), /empty/);
  });

  it('ends every kind of bad input in a CoverageParseError', () => {
    const samples = EXPECTED.map(([path]) => read(path));
    const cut = fc
      .tuple(fc.constantFrom(...samples), fc.nat())
      .map(([buf, n]) => buf.subarray(0, n % (buf.length + 1)));
    fc.assert(
      fc.property(
        fc.oneof(
          cut,
          fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
        ),
        (buf) => {
          try {
            parseCoverage(buf, 'fuzz');
          } catch (err) {
            if (!(err instanceof CoverageParseError)) throw err;
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
