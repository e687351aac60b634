// Users point the action at whatever their test runner wrote; the format is read from the
// content, because names like coverage.out, coverage.json or report.xml say little.

import { type CoverageFormat, CoverageParseError, type CoverageReport } from '../model.js';
import { parseClover } from './clover.js';
import { parseCobertura } from './cobertura.js';
import { parseGoCoverprofile } from './go.js';
import { parseIstanbulFinal, parseIstanbulSummary } from './istanbul.js';
import { parseJacoco } from './jacoco.js';
import { looksLikeLcov, parseLcov } from './lcov.js';

/** How much of a file detection looks at. */
export const DETECT_HEAD_BYTES = 4096;

export interface ParseCoverageOptions {
  /** Module path from go.mod, stripped from Go import paths. */
  goModulePath?: string;
}

/** The format of a coverage file from its first few KB, or undefined when it matches none. */
export function detectFormat(head: string, fileName: string): CoverageFormat | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (/^mode:/.test(text)) return 'go';
  if (/^<(?:\?xml|coverage[\s>/]|report[\s>/]|!DOCTYPE\s)/.test(text)) return detectXml(text);
  if (text.startsWith('{')) return detectJson(text, fileName);
  if (looksLikeLcov(text)) return 'lcov';
  return undefined;
}

function detectXml(text: string): CoverageFormat | undefined {
  const root = /<(?!\?|!)([A-Za-z_][\w.-]*)([^>]*)>/.exec(text.replace(/<!--[\s\S]*?-->/g, ''));
  if (!root) return /<!DOCTYPE\s+report/.test(text) ? 'jacoco' : 'cobertura';
  const [, name, attributes] = root;
  if (name === 'report') return 'jacoco';
  if (name !== 'coverage') return 'cobertura';
  const after = text.slice(root.index + root[0].length);
  // Jest writes clover="3.2.0" on the root; PHPUnit a bare root with <project> inside.
  if (/\bclover\s*=/.test(attributes!) || /^\s*<project[\s>]/.test(after)) return 'clover';
  // SonarQube generic coverage is recognised so the cobertura reader can refuse it by name.
  return 'cobertura';
}

function detectJson(text: string, fileName: string): CoverageFormat | undefined {
  // The head may cut the JSON anywhere, so the first file's entry is recognised by its keys;
  // istanbul writes "path" then "statementMap", within the first few hundred bytes.
  const firstEntry = /^\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{/.exec(text);
  if (firstEntry) {
    const rest = text.slice(firstEntry[0].length);
    if (
      /^\s*"lines"\s*:\s*\{[^}]*"pct"/.test(rest) ||
      /"total"\s*:\s*\{\s*"lines"\s*:\s*\{[^}]*"pct"/.test(text)
    ) {
      return 'istanbul-summary';
    }
    if (/"statementMap"\s*:/.test(text)) return 'istanbul';
    return undefined;
  }
  // `{}` is what coverage-final.json holds when no file was instrumented.
  if (/^\{\s*\}\s*$/.test(text)) return /summary/i.test(fileName) ? 'istanbul-summary' : 'istanbul';
  return undefined;
}

/** Parses a coverage file of the given format, detecting it from the content when 'auto' or absent. */
export function parseCoverage(
  data: Buffer,
  source: string,
  format: CoverageFormat | 'auto' = 'auto',
  opts: ParseCoverageOptions = {},
): CoverageReport {
  if (data.length === 0 || isBlank(data)) throw new CoverageParseError('the coverage file is empty', source);
  const chosen = format === 'auto' ? detectFormat(headOf(data), source) : format;
  if (!chosen) {
    throw new CoverageParseError(
      `could not detect the coverage format of ${source} (expected lcov, Go coverprofile, istanbul JSON, cobertura, JaCoCo or Clover XML); set format`,
      source,
    );
  }
  switch (chosen) {
    case 'lcov':
      return parseLcov(data, source);
    case 'go':
      return parseGoCoverprofile(data.toString('utf8'), source, { modulePath: opts.goModulePath });
    case 'istanbul':
      return parseIstanbulFinal(data.toString('utf8'), source);
    case 'istanbul-summary':
      return parseIstanbulSummary(data.toString('utf8'), source);
    case 'cobertura':
      return parseCobertura(data.toString('utf8'), source);
    case 'jacoco':
      return parseJacoco(data.toString('utf8'), source);
    case 'clover':
      return parseClover(data.toString('utf8'), source);
    default:
      throw new CoverageParseError(`unknown coverage format "${String(chosen)}"`, source);
  }
}

function headOf(data: Buffer): string {
  // A multi-byte character cut at the boundary decodes to U+FFFD, which no detector looks at.
  return data.subarray(0, DETECT_HEAD_BYTES).toString('utf8');
}

function isBlank(data: Buffer): boolean {
  for (const byte of data) {
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  }
  return true;
}
