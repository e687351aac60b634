// Cobertura XML, the common denominator written by coverage.py, coverlet, JaCoCo converters,
// istanbul's cobertura reporter and gcovr. Parsed with saxes, a streaming parser that never
// fetches DTDs; documents declaring entities are refused outright, so entity expansion bombs
// and external entities cannot be expressed at all.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import {
  type BranchCoverage,
  CoverageParseError,
  type CoverageReport,
  type FileCoverage,
  type FunctionCoverage,
} from '../model.js';

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
}

interface OpenMethod {
  name: string;
  firstLine: number;
  hits: number;
}

export function parseCobertura(data: string, source: string): CoverageReport {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  const fail = (message: string): never => {
    throw new CoverageParseError(message, source, parser.line);
  };

  const files = new Map<string, FileAccumulator>();
  const sourceRoots: string[] = [];
  const stack: string[] = [];
  let sawRoot = false;
  let sourceText: string | undefined;
  let file: FileAccumulator | undefined;
  let method: OpenMethod | undefined;

  parser.on('doctype', (doctype) => {
    // An internal subset is where entities are declared; coverage tools only ever emit a bare
    // `<!DOCTYPE coverage SYSTEM "...dtd">`, which is accepted and never fetched.
    const outsideQuotes = doctype.replace(/"[^"]*"|'[^']*'/g, '');
    if (outsideQuotes.includes('[') || /<!ENTITY/i.test(doctype)) {
      fail('refusing XML with entity declarations (a DOCTYPE internal subset)');
    }
  });

  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    stack.push(tag.name);
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'coverage') {
        fail(`expected a <coverage> root element (cobertura XML), found <${tag.name}>`);
      }
      return;
    }
    switch (tag.name) {
      case 'project':
        // PHPUnit and OpenClover also write a <coverage> root, with <project> inside.
        if (parent === 'coverage') fail('this is Clover XML (<coverage><project>), not cobertura');
        break;
      case 'source':
        if (parent === 'sources') sourceText = '';
        break;
      case 'class':
        file = openClass(tag, files, fail);
        break;
      case 'method':
        if (file) method = { name: attr(tag, 'name') ?? '', firstLine: 0, hits: 0 };
        break;
      case 'line':
        if (parent === 'lines') readLine(tag, stack[stack.length - 3], file, method, fail);
        break;
    }
  });

  const onText = (text: string) => {
    if (sourceText !== undefined) sourceText += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'source' && sourceText !== undefined) {
      const root = sourceText.trim();
      if (root !== '') sourceRoots.push(root);
      sourceText = undefined;
    } else if (tag.name === 'method' && method && file) {
      file.functions.push({ name: method.name, line: method.firstLine, hits: method.hits });
      method = undefined;
    } else if (tag.name === 'class') {
      file = undefined;
      method = undefined;
    }
  });

  if (data.trim() === '') throw new CoverageParseError('the file is empty', source);
  try {
    parser.write(data.replace(/^\uFEFF/, '')).close();
  } catch (err) {
    if (err instanceof CoverageParseError) throw err;
    const message = (err instanceof Error ? err.message : String(err))
      .replace(/^(?:[^:\n]*:)?\d+:\d+: /, '')
      .replace(/\.$/, '');
    throw new CoverageParseError(`not well-formed XML: ${message}`, source, parser.line);
  }

  return {
    format: 'cobertura',
    source,
    sourceRoots,
    files: [...files].map(([path, acc]) => toFileCoverage(path, acc)),
  };
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
    acc = { lines: new Map(), conditions: new Map(), functions: [] };
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
    // Method lines repeat the class's lines; they only place and score the method.
    if (method) {
      if (method.firstLine === 0 || number < method.firstLine) method.firstLine = number;
      method.hits = Math.max(method.hits, hits);
    }
    return;
  }
  if (owner !== 'class') return;

  // Classes sharing a file (inner classes, partial classes, lambdas) each report the lines they
  // own; should two report the same line, the executions of both happened, so they add up.
  file.lines.set(number, (file.lines.get(number) ?? 0) + hits);

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
  const prev = file.conditions.get(number);
  if (!prev || total > prev.total || (total === prev.total && covered > prev.covered)) {
    file.conditions.set(number, { covered, total });
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
