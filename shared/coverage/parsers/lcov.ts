// lcov tracefile parser (geninfo 1.x and 2.x record types).
// It walks the bytes of the input directly: DA, BRDA and FNDA records are by far the bulk of a large
// tracefile, so their numbers are read from bytes and only SF paths, function names and unusual
// branch ids become strings. Semantics follow lcov itself: repeated DA lines and repeated SF sections
// are summed, totals records (LF, LH, FNF, ...) are ignored because we recount from the detail.

import {
  type BranchCoverage,
  CoverageParseError,
  type CoverageReport,
  type FileCoverage,
  type FunctionCoverage,
} from '../model.js';

const NL = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const COMMA = 44;
const MINUS = 45;
const COLON = 58;
const ZERO = 48;
const NINE = 57;

const MAX_LINE_NUMBER = 0xffffffff;

/** Block and branch ids are almost always small integers; sharing their strings saves an allocation each. */
const SMALL_ID_STRINGS: readonly string[] = Array.from({ length: 1024 }, (_, i) => String(i));

interface FunctionSlot {
  fn: FunctionCoverage;
  /** Byte range of the name in the input, so FNDA can match it without decoding a string. */
  nameStart: number;
  nameEnd: number;
}

function addHits(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a + b;
}

function branchKey(b: BranchCoverage): string {
  return `${b.line}\u0000${b.block}\u0000${b.branch}`;
}

/** Sums entries that share a name (lcov keys functions by name), keeping the first line seen. */
function dedupeFunctions(functions: FunctionCoverage[]): FunctionCoverage[] {
  if (functions.length < 2) return functions;
  const byName = new Map<string, FunctionCoverage>();
  let duplicates = false;
  for (const fn of functions) {
    const seen = byName.get(fn.name);
    if (seen === undefined) byName.set(fn.name, fn);
    else {
      seen.hits += fn.hits;
      if (seen.line === 0) seen.line = fn.line;
      duplicates = true;
    }
  }
  return duplicates ? [...byName.values()] : functions;
}

function dedupeBranches(branches: BranchCoverage[]): BranchCoverage[] {
  const byKey = new Map<string, BranchCoverage>();
  for (const br of branches) {
    const key = branchKey(br);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, br);
    else seen.hits = addHits(seen.hits, br.hits);
  }
  return byKey.size === branches.length ? branches : [...byKey.values()];
}

/** Merges two ascending, unique line lists, summing hits of lines present in both. */
function mergeLines(a: FileCoverage, b: FileCoverage): { lineNumbers: Uint32Array; lineHits: Float64Array } {
  const an = a.lineNumbers;
  const bn = b.lineNumbers;
  const lineNumbers = new Uint32Array(an.length + bn.length);
  const lineHits = new Float64Array(an.length + bn.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < an.length || j < bn.length) {
    const la = i < an.length ? an[i]! : Number.POSITIVE_INFINITY;
    const lb = j < bn.length ? bn[j]! : Number.POSITIVE_INFINITY;
    if (la === lb) {
      lineNumbers[k] = la;
      lineHits[k++] = a.lineHits[i++]! + b.lineHits[j++]!;
    } else if (la < lb) {
      lineNumbers[k] = la;
      lineHits[k++] = a.lineHits[i++]!;
    } else {
      lineNumbers[k] = lb;
      lineHits[k++] = b.lineHits[j++]!;
    }
  }
  return { lineNumbers: lineNumbers.slice(0, k), lineHits: lineHits.slice(0, k) };
}

function mergeFiles(into: FileCoverage, from: FileCoverage): void {
  const { lineNumbers, lineHits } = mergeLines(into, from);
  into.lineNumbers = lineNumbers;
  into.lineHits = lineHits;
  into.functions = dedupeFunctions([...into.functions, ...from.functions]);
  into.branches = dedupeBranches([...into.branches, ...from.branches]);
}

class LcovParser {
  private readonly buf: Buffer;
  private readonly n: number;
  private readonly source: string;
  private lineNo = 0;
  private lineStart = 0;

  private readonly files = new Map<string, FileCoverage>();
  private sawSF = false;

  // The open SF section. Line data accumulates in scratch arrays reused across sections.
  private path: string | null = null;
  private lines = new Uint32Array(4096);
  private hits = new Float64Array(4096);
  private count = 0;
  private linesSorted = true;
  private lastLine = -1;
  private slots: FunctionSlot[] = [];
  private slotByName: Map<string, FunctionSlot> | null = null;
  private fndaCursor = 0;
  private slotByIndex: Map<number, FunctionSlot> | null = null;
  private branches: BranchCoverage[] = [];
  private branchesNeedDedupe = false;
  private lastBranchLine = -1;
  private branchLineStart = 0;

  constructor(buf: Buffer, source: string) {
    this.buf = buf;
    this.n = buf.length;
    this.source = source;
  }

  parse(): CoverageReport {
    this.rejectBinary();
    const b = this.buf;
    const n = this.n;
    let p = n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    while (p < n) {
      this.lineNo++;
      while (p < n && (b[p] === SPACE || b[p] === TAB)) p++;
      this.lineStart = p;
      p = this.record(p);
    }
    if (this.path !== null) this.closeSection();
    if (!this.sawSF) throw new CoverageParseError('no SF: records; is this an lcov file?', this.source);
    return { format: 'lcov', source: this.source, files: [...this.files.values()] };
  }

  /** Dispatches one line starting at p (leading blanks skipped); returns the start of the next line. */
  private record(p: number): number {
    const b = this.buf;
    const c1 = b[p + 1];
    const c2 = b[p + 2];
    switch (b[p]) {
      case 0x44: // D
        if (c1 === 0x41 && c2 === COLON) return this.da(p + 3);
        break;
      case 0x42: // B
        if (c1 === 0x52 && c2 === 0x44 && b[p + 3] === 0x41 && b[p + 4] === COLON) return this.brda(p + 5);
        if (c1 === 0x52 && (c2 === 0x46 || c2 === 0x48) && b[p + 3] === COLON) return this.summary('BR', p);
        break;
      case 0x46: // F
        if (c1 !== 0x4e) break;
        if (c2 === COLON) return this.fn(p + 3);
        if (b[p + 3] === COLON) {
          if (c2 === 0x4c) return this.fnl(p + 4); // FNL
          if (c2 === 0x41) return this.fna(p + 4); // FNA
          if (c2 === 0x46 || c2 === 0x48) return this.summary('FN', p);
        }
        if (c2 === 0x44 && b[p + 3] === 0x41 && b[p + 4] === COLON) return this.fnda(p + 5);
        break;
      case 0x4c: // L
        if ((c1 === 0x46 || c1 === 0x48) && c2 === COLON) return this.summary('L', p);
        break;
      case 0x53: // S
        if (c1 === 0x46 && c2 === COLON) return this.sf(p + 3);
        break;
      case 0x65: // e
        if (this.isEndOfRecord(p)) {
          if (this.path !== null) this.closeSection();
          return this.nextLine(p);
        }
        break;
    }
    // TN:, VER:, blank lines and record types we do not know (MCDC:, vendor extensions) carry nothing we use.
    return this.nextLine(p);
  }

  private isEndOfRecord(p: number): boolean {
    const word = 'end_of_record';
    const b = this.buf;
    for (let i = 0; i < word.length; i++) if (b[p + i] !== word.charCodeAt(i)) return false;
    const after = b[p + word.length];
    return after === undefined || after === NL || after === CR || after === SPACE || after === TAB;
  }

  private nextLine(p: number): number {
    const b = this.buf;
    const n = this.n;
    while (p < n && b[p] !== NL) p++;
    return p + 1;
  }

  /** End of the line's content: before the newline and any trailing CR, spaces or tabs. */
  private contentEnd(eol: number, from: number): number {
    const b = this.buf;
    let e = eol;
    while (e > from && (b[e - 1] === CR || b[e - 1] === SPACE || b[e - 1] === TAB)) e--;
    return e;
  }

  private eol(p: number): number {
    const b = this.buf;
    const n = this.n;
    while (p < n && b[p] !== NL) p++;
    return p;
  }

  private fail(message: string): never {
    const end = this.eol(this.lineStart);
    const shown = Math.min(end, this.lineStart + 60);
    const text = this.buf.toString('utf8', this.lineStart, shown).replace(/\r$/, '');
    const quoted = JSON.stringify(text + (shown < end ? '…' : ''));
    throw new CoverageParseError(`${message} in ${quoted}`, this.source, this.lineNo);
  }

  private requireSection(kind: string): void {
    if (this.path === null) {
      const where = this.sawSF ? 'after end_of_record and before the next SF:' : 'before any SF:';
      this.fail(`${kind}: record ${where} record`);
    }
  }

  private isFieldEnd(c: number | undefined): boolean {
    return c === undefined || c === NL || c === CR || c === SPACE || c === TAB;
  }

  /** Reads a line number (digits only) at p; returns the position after it and stores the value. */
  private uintValue = 0;
  private readUint(p: number, kind: string, what: string): number {
    const b = this.buf;
    let v = 0;
    let q = p;
    let c = b[q];
    while (c !== undefined && c >= ZERO && c <= NINE) {
      v = v * 10 + (c - ZERO);
      c = b[++q];
    }
    if (q === p || !(c === COMMA || this.isFieldEnd(c))) this.fail(`${kind}: ${what} is not a number`);
    if (v > MAX_LINE_NUMBER) this.fail(`${kind}: ${what} is out of range`);
    this.uintValue = v;
    return q;
  }

  /** Reads an execution count at p; negative counts (from broken tools) become 0. */
  private countValue = 0;
  private readCount(p: number, kind: string): number {
    const b = this.buf;
    let q = p;
    const negative = b[q] === MINUS;
    if (negative) q++;
    const digitsStart = q;
    let v = 0;
    let c = b[q];
    while (c !== undefined && c >= ZERO && c <= NINE) {
      v = v * 10 + (c - ZERO);
      c = b[++q];
    }
    if (q === digitsStart || !(c === COMMA || this.isFieldEnd(c))) {
      // Some tools print counts in float or exponent notation; accept anything Number() reads.
      let e = p;
      while (e < this.n && b[e] !== COMMA && !this.isFieldEnd(b[e])) e++;
      const parsed = Number(this.buf.toString('latin1', p, e));
      if (e === p || Number.isNaN(parsed)) this.fail(`${kind}: execution count is not a number`);
      this.countValue = parsed < 0 ? 0 : parsed;
      return e;
    }
    this.countValue = negative ? 0 : v;
    return q;
  }

  private expectComma(q: number, kind: string, what: string): number {
    if (this.buf[q] !== COMMA) this.fail(`${kind}: missing ${what}`);
    return q + 1;
  }

  private sf(p: number): number {
    const eol = this.eol(p);
    const end = this.contentEnd(eol, p);
    if (end === p) this.fail('SF: record without a path');
    // A section left open (no end_of_record) is closed by the next SF:, as lcov does.
    if (this.path !== null) this.closeSection();
    this.path = this.buf.toString('utf8', p, end);
    this.sawSF = true;
    return eol + 1;
  }

  private summary(kind: string, p: number): number {
    this.requireSection(kind === 'L' ? 'LF/LH' : `${kind}F/${kind}H`);
    return this.nextLine(p);
  }

  private da(p: number): number {
    this.requireSection('DA');
    let q = this.readUint(p, 'DA', 'line number');
    const line = this.uintValue;
    q = this.expectComma(q, 'DA', 'execution count');
    q = this.readCount(q, 'DA');
    const hits = this.countValue;
    if (this.count === this.lines.length) this.growLines();
    if (line <= this.lastLine) this.linesSorted = false;
    this.lastLine = line;
    this.lines[this.count] = line;
    this.hits[this.count++] = hits;
    // Anything after the count is the optional checksum, which we do not use.
    return this.nextLine(q);
  }

  private growLines(): void {
    const lines = new Uint32Array(this.lines.length * 2);
    lines.set(this.lines);
    const hits = new Float64Array(this.hits.length * 2);
    hits.set(this.hits);
    this.lines = lines;
    this.hits = hits;
  }

  private fn(p: number): number {
    this.requireSection('FN');
    let q = this.readUint(p, 'FN', 'line number');
    const line = this.uintValue;
    q = this.expectComma(q, 'FN', 'function name');
    // lcov 2.0/2.1 write FN:<start>,<end>,<name>; a name never starts with digits followed by a comma.
    const b = this.buf;
    let d = q;
    while (b[d] !== undefined && b[d]! >= ZERO && b[d]! <= NINE) d++;
    if (d > q && b[d] === COMMA) q = d + 1;
    const eol = this.eol(q);
    const end = this.contentEnd(eol, q);
    if (end === q) this.fail('FN: missing function name');
    const slot: FunctionSlot = {
      fn: { name: b.toString('utf8', q, end), line, hits: 0 },
      nameStart: q,
      nameEnd: end,
    };
    this.slots.push(slot);
    if (this.slotByName !== null && !this.slotByName.has(slot.fn.name)) this.slotByName.set(slot.fn.name, slot);
    return eol + 1;
  }

  private fnda(p: number): number {
    this.requireSection('FNDA');
    let q = this.readCount(p, 'FNDA');
    const hits = this.countValue;
    q = this.expectComma(q, 'FNDA', 'function name');
    const eol = this.eol(q);
    const end = this.contentEnd(eol, q);
    if (end === q) this.fail('FNDA: missing function name');
    // FNDA usually follows FN order; compare bytes with the expected slot before falling back to a lookup.
    const expected = this.slots[this.fndaCursor];
    if (expected !== undefined && this.sameBytes(expected, q, end)) {
      expected.fn.hits += hits;
      this.fndaCursor++;
      return eol + 1;
    }
    const name = this.buf.toString('utf8', q, end);
    const slot = this.slotsByName().get(name);
    if (slot !== undefined) slot.fn.hits += hits;
    else {
      // An FNDA without FN: keep the count; the format does not give a line.
      const added: FunctionSlot = { fn: { name, line: 0, hits }, nameStart: q, nameEnd: end };
      this.slots.push(added);
      this.slotByName!.set(name, added);
    }
    return eol + 1;
  }

  private sameBytes(slot: FunctionSlot, start: number, end: number): boolean {
    if (slot.nameEnd - slot.nameStart !== end - start) return false;
    const b = this.buf;
    for (let i = 0, a = slot.nameStart; a < slot.nameEnd; i++, a++) if (b[a] !== b[start + i]) return false;
    return true;
  }

  private slotsByName(): Map<string, FunctionSlot> {
    if (this.slotByName === null) {
      this.slotByName = new Map();
      for (const slot of this.slots) if (!this.slotByName.has(slot.fn.name)) this.slotByName.set(slot.fn.name, slot);
    }
    return this.slotByName;
  }

  /** lcov 2.2+ function location: FNL:<index>,<start>[,<end>]. */
  private fnl(p: number): number {
    this.requireSection('FNL');
    let q = this.readUint(p, 'FNL', 'function index');
    const index = this.uintValue;
    q = this.expectComma(q, 'FNL', 'line number');
    this.readUint(q, 'FNL', 'line number');
    const slot = this.slotForIndex(index);
    slot.fn.line = this.uintValue;
    return this.nextLine(q);
  }

  /** lcov 2.2+ function alias: FNA:<index>,<hits>,<name>; aliases of one index add up into one function. */
  private fna(p: number): number {
    this.requireSection('FNA');
    let q = this.readUint(p, 'FNA', 'function index');
    const slot = this.slotForIndex(this.uintValue);
    q = this.expectComma(q, 'FNA', 'execution count');
    q = this.readCount(q, 'FNA');
    slot.fn.hits += this.countValue;
    q = this.expectComma(q, 'FNA', 'function name');
    const eol = this.eol(q);
    const end = this.contentEnd(eol, q);
    if (end === q) this.fail('FNA: missing function name');
    if (slot.fn.name === '') {
      slot.fn.name = this.buf.toString('utf8', q, end);
      slot.nameStart = q;
      slot.nameEnd = end;
      if (this.slotByName !== null && !this.slotByName.has(slot.fn.name)) this.slotByName.set(slot.fn.name, slot);
    }
    return eol + 1;
  }

  private slotForIndex(index: number): FunctionSlot {
    this.slotByIndex ??= new Map();
    let slot = this.slotByIndex.get(index);
    if (slot === undefined) {
      slot = { fn: { name: '', line: 0, hits: 0 }, nameStart: 0, nameEnd: 0 };
      this.slotByIndex.set(index, slot);
      this.slots.push(slot);
    }
    return slot;
  }

  private brda(p: number): number {
    this.requireSection('BRDA');
    let q = this.readUint(p, 'BRDA', 'line number');
    const line = this.uintValue;
    q = this.expectComma(q, 'BRDA', 'block');
    const b = this.buf;
    const eol = this.eol(q);
    const end = this.contentEnd(eol, q);
    let blockEnd = q;
    while (blockEnd < end && b[blockEnd] !== COMMA) blockEnd++;
    // The branch id may itself contain commas (lcov 2.x branch expressions): the count is after the last one.
    let lastComma = end - 1;
    while (lastComma > blockEnd && b[lastComma] !== COMMA) lastComma--;
    if (blockEnd >= end || lastComma <= blockEnd) this.fail('BRDA: expected <line>,<block>,<branch>,<taken>');
    let hits: number | null;
    if (b[lastComma + 1] === MINUS && lastComma + 2 === end) hits = null;
    else {
      const after = this.readCount(lastComma + 1, 'BRDA');
      if (after !== end) this.fail('BRDA: taken count is not a number');
      hits = this.countValue;
    }
    const block = this.id(q, blockEnd);
    const branch = this.id(blockEnd + 1, lastComma);
    this.addBranch(line, block, branch, hits);
    return eol + 1;
  }

  private id(start: number, end: number): string {
    const b = this.buf;
    if (end - start === 1) {
      const c = b[start]!;
      if (c >= ZERO && c <= NINE) return SMALL_ID_STRINGS[c - ZERO]!;
    } else if (end - start <= 3 && b[start] !== ZERO) {
      let v = 0;
      for (let i = start; i < end; i++) {
        const c = b[i]!;
        if (c < ZERO || c > NINE) return b.toString('utf8', start, end);
        v = v * 10 + (c - ZERO);
      }
      if (v < SMALL_ID_STRINGS.length) return SMALL_ID_STRINGS[v]!;
    }
    return b.toString('utf8', start, end);
  }

  private addBranch(line: number, block: string, branch: string, hits: number | null): void {
    const list = this.branches;
    if (!this.branchesNeedDedupe) {
      if (line === this.lastBranchLine) {
        // Repeats are only possible among the branches of this same line, which sit together at the end.
        for (let i = this.branchLineStart; i < list.length; i++) {
          const br = list[i]!;
          if (br.block === block && br.branch === branch) {
            br.hits = addHits(br.hits, hits);
            return;
          }
        }
      } else if (line < this.lastBranchLine) {
        this.branchesNeedDedupe = true;
      } else {
        this.lastBranchLine = line;
        this.branchLineStart = list.length;
      }
    }
    list.push({ line, block, branch, hits });
  }

  private closeSection(): void {
    const path = this.path!;
    const file: FileCoverage = {
      path,
      ...this.sectionLines(),
      functions: dedupeFunctions(this.slots.map((s) => s.fn)),
      branches: this.branchesNeedDedupe ? dedupeBranches(this.branches) : this.branches,
    };
    const existing = this.files.get(path);
    if (existing === undefined) this.files.set(path, file);
    else mergeFiles(existing, file);

    this.path = null;
    this.count = 0;
    this.linesSorted = true;
    this.lastLine = -1;
    this.slots = [];
    this.slotByName = null;
    this.fndaCursor = 0;
    this.slotByIndex = null;
    this.branches = [];
    this.branchesNeedDedupe = false;
    this.lastBranchLine = -1;
    this.branchLineStart = 0;
  }

  private sectionLines(): { lineNumbers: Uint32Array; lineHits: Float64Array } {
    const count = this.count;
    if (this.linesSorted) return { lineNumbers: this.lines.slice(0, count), lineHits: this.hits.slice(0, count) };
    const order = new Uint32Array(count);
    for (let i = 0; i < count; i++) order[i] = i;
    const lines = this.lines;
    order.sort((x, y) => lines[x]! - lines[y]!);
    const lineNumbers = new Uint32Array(count);
    const lineHits = new Float64Array(count);
    let k = -1;
    for (let i = 0; i < count; i++) {
      const at = order[i]!;
      const line = lines[at]!;
      if (k >= 0 && lineNumbers[k] === line) lineHits[k]! += this.hits[at]!;
      else {
        lineNumbers[++k] = line;
        lineHits[k] = this.hits[at]!;
      }
    }
    return { lineNumbers: lineNumbers.slice(0, k + 1), lineHits: lineHits.slice(0, k + 1) };
  }

  /** A NUL byte never occurs in a tracefile; failing on it turns binary input into a clear message. */
  private rejectBinary(): void {
    const at = this.buf.indexOf(0);
    if (at < 0) return;
    let line = 1;
    for (let i = 0; i < at; i++) if (this.buf[i] === NL) line++;
    throw new CoverageParseError('binary data (NUL byte); is this an lcov file?', this.source, line);
  }
}

/** Parses an lcov tracefile. `source` names the file in error messages. */
export function parseLcov(data: Buffer | string, source: string): CoverageReport {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return new LcovParser(buf, source).parse();
}

const LCOV_RECORD = /^(?:[A-Z]+:|end_of_record\s*$)/;

/** True when the first non-blank lines of a file are lcov records and include TN: or SF:. */
export function looksLikeLcov(head: string): boolean {
  const lines = head.replace(/^\uFEFF/, '').split('\n');
  let seen = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (!LCOV_RECORD.test(line)) return false;
    if (line.startsWith('TN:') || line.startsWith('SF:')) return true;
    if (++seen === 5) return false;
  }
  return false;
}
