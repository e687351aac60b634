// Go coverprofiles (`go test -coverprofile`): a `mode:` header, then one line per basic block,
// `importpath/file.go:startLine.startCol,endLine.endCol numStmt count`.

import { CoverageParseError, type CoverageReport, type FileCoverage } from '../model.js';

export type GoCoverMode = 'set' | 'count' | 'atomic';

export interface GoParseOptions {
  /** Module path from go.mod; `modulePath/` is stripped so paths become relative to the module root. */
  modulePath?: string;
}

/**
 * Line numbers beyond this are refused: no real Go file is that long, and per-line output for a
 * block spanning billions of lines would exhaust memory instead of failing clearly.
 */
export const MAX_GO_LINE = 5_000_000;

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES: ReadonlySet<string> = new Set(['set', 'count', 'atomic']);

interface Block {
  startLine: number;
  endLine: number;
  numStmt: number;
  count: number;
}

export function parseGoCoverprofile(data: string, source: string, opts: GoParseOptions = {}): CoverageReport {
  const lines = data.split('\n');
  const mode = readMode(lines[0] ?? '', source);
  // file -> block position key -> block, in first-seen order so output is stable.
  const files = new Map<string, Map<string, Block>>();

  for (let i = 1; i < lines.length; i++) {
    const text = stripCr(lines[i]!);
    if (text.trim() === '') continue;
    const lineNo = i + 1;
    if (text.startsWith('mode:')) {
      // Concatenated profiles (`cat a.out b.out`) repeat the header; harmless when the modes agree.
      const again = readMode(text, source, lineNo);
      if (again !== mode) {
        throw new CoverageParseError(`mode "${again}" differs from "${mode}" on line 1`, source, lineNo);
      }
      continue;
    }
    const m = BLOCK.exec(text);
    if (!m) {
      throw new CoverageParseError(
        `expected "file.go:startLine.startCol,endLine.endCol numStmt count", got "${preview(text)}"`,
        source,
        lineNo,
      );
    }
    const [, file, sl, sc, el, ec, ns, cnt] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const startLine = Number(sl);
    const endLine = Number(el);
    const numStmt = Number(ns);
    const count = Number(cnt);
    if (startLine < 1 || endLine < startLine || (endLine === startLine && Number(ec) < Number(sc))) {
      throw new CoverageParseError(`block ${sl}.${sc},${el}.${ec} ends before it starts`, source, lineNo);
    }
    if (endLine > MAX_GO_LINE) {
      throw new CoverageParseError(`line number ${el} is beyond ${MAX_GO_LINE}`, source, lineNo);
    }
    if (!Number.isSafeInteger(numStmt) || !Number.isFinite(count)) {
      throw new CoverageParseError('statement count or hit count is too large', source, lineNo);
    }

    let blocks = files.get(file);
    if (!blocks) {
      blocks = new Map();
      files.set(file, blocks);
    }
    const key = `${sl}.${sc},${el}.${ec}`;
    const seen = blocks.get(key);
    if (!seen) {
      blocks.set(key, { startLine, endLine, numStmt, count });
      continue;
    }
    // The same block repeats when several test binaries cover a package (-coverpkg, merged
    // profiles): its statements exist once, its executions add up (or, in set mode, either run counts).
    if (seen.numStmt !== numStmt) {
      throw new CoverageParseError(
        `block ${key} of ${file} has ${numStmt} statements here but ${seen.numStmt} earlier`,
        source,
        lineNo,
      );
    }
    seen.count = mode === 'set' ? Math.max(seen.count, count) : seen.count + count;
  }

  const out: FileCoverage[] = [];
  for (const [importPath, blocks] of files) {
    out.push(fileCoverage(repoPath(importPath, opts.modulePath), [...blocks.values()]));
  }
  return { format: 'go', source, files: out };
}

function readMode(first: string, source: string, lineNo = 1): GoCoverMode {
  const text = stripCr(first).replace(/^\uFEFF/, '');
  const m = /^mode:\s*(\S*)\s*$/.exec(text);
  if (!m) {
    throw new CoverageParseError(
      `expected "mode: set|count|atomic" (a Go coverprofile header), got "${preview(text)}"`,
      source,
      lineNo,
    );
  }
  const mode = m[1]!;
  if (!MODES.has(mode)) {
    throw new CoverageParseError(
      `unknown cover mode "${preview(mode)}" (expected set, count or atomic)`,
      source,
      lineNo,
    );
  }
  return mode as GoCoverMode;
}

function fileCoverage(path: string, blocks: Block[]): FileCoverage {
  let covered = 0;
  let total = 0;
  let maxLine = 0;
  for (const b of blocks) {
    total += b.numStmt;
    if (b.count > 0) covered += b.numStmt;
    if (b.numStmt > 0 && b.endLine > maxLine) maxLine = b.endLine;
  }

  // A line is executable when a block with statements spans it. Blocks overlap on their boundary
  // lines (`if x {` ends one block and starts the next), and a line is run whenever any block on it
  // runs, so it takes the highest count of the blocks covering it: summing would double-count the
  // one execution of a line that both ends and starts a block. Visiting blocks from the highest count
  // down and skipping already-assigned lines (union-find over "next unassigned line") keeps this
  // linear in the number of lines, whatever the overlap.
  const hits = new Float64Array(maxLine + 1);
  const assigned = new Uint8Array(maxLine + 1);
  const next = new Int32Array(maxLine + 2);
  for (let i = 0; i < next.length; i++) next[i] = i;
  const find = (x: number): number => {
    let root = x;
    while (next[root] !== root) root = next[root]!;
    while (next[x] !== root) {
      const up = next[x]!;
      next[x] = root;
      x = up;
    }
    return root;
  };
  const ordered = blocks.filter((b) => b.numStmt > 0).sort((a, b) => b.count - a.count);
  let lineCount = 0;
  for (const b of ordered) {
    for (let line = find(b.startLine); line <= b.endLine; line = find(line + 1)) {
      hits[line] = b.count;
      assigned[line] = 1;
      next[line] = line + 1;
      lineCount++;
    }
  }

  const lineNumbers = new Uint32Array(lineCount);
  const lineHits = new Float64Array(lineCount);
  let j = 0;
  for (let line = 1; line <= maxLine; line++) {
    if (!assigned[line]) continue;
    lineNumbers[j] = line;
    lineHits[j] = hits[line]!;
    j++;
  }
  return { path, lineNumbers, lineHits, functions: [], branches: [], statements: { covered, total } };
}

function repoPath(importPath: string, modulePath: string | undefined): string {
  if (modulePath && importPath.startsWith(`${modulePath}/`)) return importPath.slice(modulePath.length + 1);
  return importPath;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function preview(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
