// JaCoCo XML (Java, Kotlin, Scala through the JaCoCo agent). A <sourcefile> holds per-line
// instruction and branch counts (`mi`/`ci`, `mb`/`cb`) and LINE, BRANCH and METHOD counters;
// the report-level counters are JaCoCo's own totals. Paths are `package/SourceFile.java`, found
// below the usual source roots (src/main/java, src/main/kotlin, …) when mapped to tracked files.

import type { SaxesTagPlain } from 'saxes';
import type { BranchCoverage, Counter, CoverageReport, FileCoverage } from '../model.js';
import { countAttr, readXml } from './xml.js';

export const JVM_SOURCE_ROOTS = [
  'src/main/java',
  'src/main/kotlin',
  'src/main/scala',
  'src',
  'app/src/main/java',
];

interface SourceAccumulator {
  path: string;
  lines: Map<number, number>;
  branches: BranchCoverage[];
  methods?: Counter;
}

export function parseJacoco(data: string, source: string): CoverageReport {
  const files = new Map<string, SourceAccumulator>();
  let pkg = '';
  let file: SourceAccumulator | undefined;
  let sawRoot = false;
  readXml(data, source, (fail) => ({
    open(tag: SaxesTagPlain, parent) {
      if (!sawRoot) {
        sawRoot = true;
        if (tag.name !== 'report') fail(`expected a <report> root element (JaCoCo XML), found <${tag.name}>`);
        return;
      }
      if (tag.name === 'package') pkg = tag.attributes.name ?? '';
      else if (tag.name === 'sourcefile' && parent === 'package') {
        const name = tag.attributes.name;
        if (!name) fail('<sourcefile> has no name attribute');
        const path = pkg ? `${pkg}/${name}` : name!;
        file = files.get(path) ?? { path, lines: new Map(), branches: [] };
        files.set(path, file);
      } else if (tag.name === 'line' && parent === 'sourcefile' && file) {
        const nr = countAttr(tag, 'nr', fail);
        if (nr === undefined || !Number.isInteger(nr) || nr < 1)
          fail(`<line> has nr="${tag.attributes.nr ?? ''}"`);
        const mi = countAttr(tag, 'mi', fail) ?? 0;
        const ci = countAttr(tag, 'ci', fail) ?? 0;
        const mb = countAttr(tag, 'mb', fail) ?? 0;
        const cb = countAttr(tag, 'cb', fail) ?? 0;
        // JaCoCo counts a line with at least one instruction; covered when one of them ran.
        if (mi + ci > 0) file.lines.set(nr!, ci > 0 ? 1 : 0);
        for (let i = 0; i < mb + cb; i++)
          file.branches.push({ line: nr!, block: '0', branch: String(i), hits: i < cb ? 1 : 0 });
      } else if (
        tag.name === 'counter' &&
        parent === 'sourcefile' &&
        file &&
        tag.attributes.type === 'METHOD'
      ) {
        const missed = countAttr(tag, 'missed', fail) ?? 0;
        const covered = countAttr(tag, 'covered', fail) ?? 0;
        file.methods = { covered, total: covered + missed };
      }
    },
    close(name) {
      if (name === 'sourcefile') file = undefined;
      else if (name === 'package') pkg = '';
    },
  }));
  return {
    format: 'jacoco',
    source,
    sourceRoots: JVM_SOURCE_ROOTS,
    files: [...files.values()].map((acc) => {
      const lineNumbers = Uint32Array.from(acc.lines.keys()).sort();
      const out: FileCoverage = {
        path: acc.path,
        lineNumbers,
        lineHits: Float64Array.from(lineNumbers, (n) => acc.lines.get(n)!),
        // JaCoCo names methods only in <class>, not per source file: its METHOD counter is the figure.
        functions: [],
        branches: acc.branches,
      };
      if (acc.methods) out.summary = { functions: acc.methods };
      return out;
    }),
  };
}
