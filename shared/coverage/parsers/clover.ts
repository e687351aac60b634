// Clover XML, as Jest (istanbul's clover reporter, on by default) and PHPUnit write it. Each
// <file> carries the producer's own <metrics>; those are the file's figures, because istanbul
// leaves out of the <line> detail any branch on a line without a statement, and PHPUnit's
// "statements" are its executable lines. The detail is kept for patch coverage.

import type { SaxesTagPlain } from 'saxes';
import type { BranchCoverage, Counter, CoverageReport, FileCoverage, FunctionCoverage } from '../model.js';
import { countAttr, readXml } from './xml.js';

interface FileAccumulator {
  path: string;
  lines: Map<number, number>;
  functions: FunctionCoverage[];
  branches: BranchCoverage[];
  metrics?: NonNullable<FileCoverage['summary']>;
}

function counter(covered: number | undefined, total: number | undefined): Counter | undefined {
  if (total === undefined) return undefined;
  return { covered: Math.min(covered ?? 0, total), total };
}

export function parseClover(data: string, source: string): CoverageReport {
  const files = new Map<string, FileAccumulator>();
  let file: FileAccumulator | undefined;
  let sawRoot = false;
  readXml(data, source, (fail) => ({
    open(tag: SaxesTagPlain, parent) {
      if (!sawRoot) {
        sawRoot = true;
        if (tag.name !== 'coverage')
          fail(`expected a <coverage> root element (Clover XML), found <${tag.name}>`);
        return;
      }
      if (tag.name === 'file') {
        const path = tag.attributes.path || tag.attributes.name;
        if (!path) fail('<file> has neither a path nor a name attribute');
        file = files.get(path!) ?? { path: path!, lines: new Map(), functions: [], branches: [] };
        files.set(path!, file);
      } else if (tag.name === 'metrics' && parent === 'file' && file) {
        const metrics: NonNullable<FileCoverage['summary']> = {};
        const lines = counter(countAttr(tag, 'coveredstatements', fail), countAttr(tag, 'statements', fail));
        const branches = counter(
          countAttr(tag, 'coveredconditionals', fail),
          countAttr(tag, 'conditionals', fail),
        );
        const functions = counter(countAttr(tag, 'coveredmethods', fail), countAttr(tag, 'methods', fail));
        if (lines) metrics.lines = lines;
        if (branches) metrics.branches = branches;
        if (functions) metrics.functions = functions;
        file.metrics = metrics;
      } else if (tag.name === 'line' && file) {
        const num = countAttr(tag, 'num', fail);
        if (num === undefined || !Number.isInteger(num) || num < 1)
          fail(`<line> has num="${tag.attributes.num ?? ''}"`);
        const count = countAttr(tag, 'count', fail) ?? 0;
        const type = tag.attributes.type ?? 'stmt';
        if (type === 'method') {
          file.functions.push({ name: tag.attributes.name ?? '', line: num!, hits: count });
          return;
        }
        file.lines.set(num!, (file.lines.get(num!) ?? 0) + count);
        if (type === 'cond') {
          const taken = countAttr(tag, 'truecount', fail) ?? 0;
          const missed = countAttr(tag, 'falsecount', fail) ?? 0;
          for (let i = 0; i < taken + missed; i++)
            file.branches.push({ line: num!, block: '0', branch: String(i), hits: i < taken ? 1 : 0 });
        }
      }
    },
    close(name) {
      if (name === 'file') file = undefined;
    },
  }));
  return {
    format: 'clover',
    source,
    files: [...files.values()].map((acc) => {
      const lineNumbers = Uint32Array.from(acc.lines.keys()).sort();
      const out: FileCoverage = {
        path: acc.path,
        lineNumbers,
        lineHits: Float64Array.from(lineNumbers, (n) => acc.lines.get(n)!),
        functions: acc.functions,
        branches: acc.branches,
      };
      if (acc.metrics) out.summary = acc.metrics;
      return out;
    }),
  };
}
