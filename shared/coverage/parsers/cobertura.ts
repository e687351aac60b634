// Cobertura XML, the common denominator written by coverage.py, coverlet, JaCoCo converters,
// istanbul's cobertura reporter, gcovr, PHPUnit and Swift converters. Lines and conditions come
// from the detail; a line that appears only inside <method><lines> (Swift converters write no
// class-level lines) still counts. The root's `lines-valid` / `branches-valid` are the producer's
// totals, which loading prefers where the detail is incomplete.

import type { SaxesTagPlain } from 'saxes';
import type {
  BranchCoverage,
  Counter,
  CoverageReport,
  FileCoverage,
  FunctionCoverage,
  Metric,
} from '../model.js';
import { countAttr, readXml } from './xml.js';

/** More conditions than this on one line is a broken file, and would only cost memory. */
export const MAX_CONDITIONS_PER_LINE = 10_000;

interface Conditions {
  covered: number;
  total: number;
}

interface FileAccumulator {
  lines: Map<number, number>;
  conditions: Map<number, Conditions>;
  functions: FunctionCoverage[];
  /**
   * Method lines and conditions of the open <class>, and whether it had class-level lines. A class
   * without any (Swift converters write lines only per method) is measured by its method lines;
   * otherwise method lines only place functions (istanbul puts the declaration line there).
   */
  methodLines: Map<number, number>;
  methodConditions: Map<number, Conditions>;
  classHasLines: boolean;
}

interface OpenMethod {
  name: string;
  firstLine: number;
  hits: number;
  /** Reserved for producers whose method coverage is not "was called" (see docs/coverage-gate.md). */
  fullyCovered?: boolean;
}

function openMethod(tag: SaxesTagPlain): OpenMethod {
  const method: OpenMethod = { name: attr(tag, 'name') ?? '', firstLine: 0, hits: 0 };
  return method;
}

export function parseCobertura(data: string, source: string): CoverageReport {
  const files = new Map<string, FileAccumulator>();
  const sourceRoots: string[] = [];
  const header: Partial<Record<Metric, Counter>> = {};
  let sawRoot = false;
  let sourceText: string | undefined;
  let file: FileAccumulator | undefined;
  let method: OpenMethod | undefined;

  readXml(data, source, (fail) => ({
    open(tag, parent, stack) {
      if (!sawRoot) {
        sawRoot = true;
        if (tag.name !== 'coverage') {
          fail(`expected a <coverage> root element (cobertura XML), found <${tag.name}>`);
        }
        readHeader(tag, header, fail);
        return;
      }
      switch (tag.name) {
        case 'project':
          // PHPUnit and OpenClover also write a <coverage> root, with <project> inside.
          if (parent === 'coverage')
            fail('this is Clover XML (<coverage><project>), not cobertura; set format: clover');
          break;
        case 'file':
          if (parent === 'coverage')
            fail(
              'this is SonarQube generic coverage XML (<coverage version="1"><file path=…>), which shipshape does not read; write lcov or cobertura instead',
            );
          break;
        case 'source':
          if (parent === 'sources') sourceText = '';
          break;
        case 'class':
          file = openClass(tag, files, fail);
          break;
        case 'method':
          if (file) method = openMethod(tag);
          break;
        case 'line':
          if (parent === 'lines') readLine(tag, stack[stack.length - 3], file, method, fail);
          break;
      }
    },
    text(text) {
      if (sourceText !== undefined) sourceText += text;
    },
    close(name) {
      if (name === 'source' && sourceText !== undefined) {
        const root = sourceText.trim();
        if (root !== '') sourceRoots.push(root);
        sourceText = undefined;
      } else if (name === 'method' && method && file) {
        const hits = method.fullyCovered === undefined ? method.hits : method.fullyCovered ? 1 : 0;
        file.functions.push({ name: method.name, line: method.firstLine, hits });
        method = undefined;
      } else if (name === 'class') {
        if (file) closeClass(file);
        file = undefined;
        method = undefined;
      }
    },
  }));

  const report: CoverageReport = {
    format: 'cobertura',
    source,
    sourceRoots,
    files: [...files].map(([path, acc]) => toFileCoverage(path, acc)),
  };
  if (Object.keys(header).length > 0) report.header = header;
  return report;
}

/** The producer's report-level totals (`lines-valid`, `branches-covered`, …) from the root element. */
function readHeader(
  tag: SaxesTagPlain,
  header: Partial<Record<Metric, Counter>>,
  fail: (message: string) => never,
): void {
  for (const metric of ['lines', 'branches', 'functions'] as const) {
    const total = countAttr(tag, `${metric}-valid`, fail);
    const covered = countAttr(tag, `${metric}-covered`, fail);
    if (total !== undefined && covered !== undefined)
      header[metric] = { covered: Math.min(covered, total), total };
  }
}

function openClass(
  tag: SaxesTagPlain,
  files: Map<string, FileAccumulator>,
  fail: (message: string) => never,
): FileAccumulator {
  const filename = attr(tag, 'filename');
  if (!filename) fail(`<class${nameSuffix(tag)}> has no filename attribute`);
  let acc = files.get(filename!);
  if (!acc) {
    acc = {
      lines: new Map(),
      conditions: new Map(),
      functions: [],
      methodLines: new Map(),
      methodConditions: new Map(),
      classHasLines: false,
    };
    files.set(filename!, acc);
  }
  return acc;
}

function readLine(
  tag: SaxesTagPlain,
  owner: string | undefined,
  file: FileAccumulator | undefined,
  method: OpenMethod | undefined,
  fail: (message: string) => never,
): void {
  if (!file) return;
  const number = Number(attr(tag, 'number'));
  if (!Number.isInteger(number) || number < 1) fail(`<line> has number="${attr(tag, 'number') ?? ''}"`);
  const rawHits = attr(tag, 'hits');
  const hits = Number(rawHits);
  if (rawHits === undefined || rawHits.trim() === '' || !Number.isFinite(hits) || hits < 0) {
    fail(`<line number="${number}"> has hits="${rawHits ?? ''}"`);
  }

  if (owner === 'method') {
    // Method lines usually repeat the class's lines: they place and score the method, and stand
    // in for class-level lines only where the class has none (see toFileCoverage).
    if (method) {
      if (method.firstLine === 0 || number < method.firstLine) method.firstLine = number;
      method.hits = Math.max(method.hits, hits);
    }
    file.methodLines.set(number, Math.max(file.methodLines.get(number) ?? 0, hits));
    readConditions(tag, number, file.methodConditions, fail);
    return;
  }
  if (owner !== 'class') return;

  // Classes sharing a file (inner classes, partial classes, lambdas) each report the lines they
  // own; should two report the same line, the executions of both happened, so they add up.
  file.lines.set(number, (file.lines.get(number) ?? 0) + hits);
  file.classHasLines = true;
  readConditions(tag, number, file.conditions, fail);
}

/** At the end of a <class>: method-only lines count when the class had no lines of its own. */
function closeClass(file: FileAccumulator): void {
  if (!file.classHasLines) {
    for (const [line, hits] of file.methodLines) file.lines.set(line, (file.lines.get(line) ?? 0) + hits);
    for (const [line, c] of file.methodConditions)
      if (!file.conditions.has(line)) file.conditions.set(line, c);
  }
  file.methodLines.clear();
  file.methodConditions.clear();
  file.classHasLines = false;
}

function readConditions(
  tag: SaxesTagPlain,
  number: number,
  conditions: Map<number, Conditions>,
  fail: (message: string) => never,
): void {
  const condition = attr(tag, 'condition-coverage');
  if (attr(tag, 'branch')?.toLowerCase() !== 'true' || condition === undefined) return;
  const m = /\(\s*(\d+)\s*\/\s*(\d+)\s*\)/.exec(condition);
  if (!m)
    fail(`<line number="${number}"> has condition-coverage="${condition}", expected "k% (covered/total)"`);
  const covered = Number(m![1]);
  const total = Number(m![2]);
  if (covered > total) fail(`<line number="${number}"> covers ${covered} of ${total} conditions`);
  if (total > MAX_CONDITIONS_PER_LINE) fail(`<line number="${number}"> claims ${total} conditions`);
  // The same line's conditions from two classes are the same conditions, not more of them, and
  // which ones were taken is not recorded: keep the better-covered report rather than invent a union.
  const prev = conditions.get(number);
  if (!prev || total > prev.total || (total === prev.total && covered > prev.covered)) {
    conditions.set(number, { covered, total });
  }
}

function toFileCoverage(path: string, acc: FileAccumulator): FileCoverage {
  const lineNumbers = Uint32Array.from(acc.lines.keys()).sort();
  const lineHits = Float64Array.from(lineNumbers, (line) => acc.lines.get(line)!);
  const branches: BranchCoverage[] = [];
  const conditionLines = [...acc.conditions.keys()].sort((a, b) => a - b);
  for (const line of conditionLines) {
    const { covered, total } = acc.conditions.get(line)!;
    for (let i = 0; i < total; i++) {
      branches.push({ line, block: '0', branch: String(i), hits: i < covered ? 1 : 0 });
    }
  }
  return { path, lineNumbers, lineHits, functions: acc.functions, branches };
}

function attr(tag: SaxesTagPlain, name: string): string | undefined {
  return tag.attributes[name];
}

function nameSuffix(tag: SaxesTagPlain): string {
  const name = attr(tag, 'name');
  return name ? ` name="${name}"` : '';
}
