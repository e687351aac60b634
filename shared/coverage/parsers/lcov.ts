// lcov tracefile parser (geninfo 1.x and 2.x record types).
// It walks the bytes of the input directly: DA, BRDA and FNDA records are by far the bulk of a large
// tracefile, so their numbers are read from bytes, and names become strings once per distinct name.
// Semantics follow lcov itself: repeated DA lines, repeated BRDA and repeated SF sections are summed;
// totals records (LF, LH, FNF, ...) are used only for a kind of record a section has no detail of
// (`cargo llvm-cov --summary-only`, `llvm-cov export -summary-only`): where detail exists we recount.
// Every FN record is one function, as FNF counts them: two functions of one name (overloads, methods
// named toString, c8's anonymous functions) are two, and FNDA records give their hits in FN order.

import {
  type BranchCoverage,
  branchObjects,
  CoverageParseError,
  type CoverageReport,
  compactFile,
  type FileCoverage,
  type FunctionCoverage,
  functionObjects,
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
const SMALL_IDS: readonly string[] = Array.from({ length: 1024 }, (_, i) => String(i));

type Column = Int32Array | Uint32Array | Float64Array | Uint8Array;

/** A copy of a scratch column with twice the room. */
function doubled<T extends Column>(column: T): T {
  const grown = new (column.constructor as new (length: number) => T)(column.length * 2);
  grown.set(column as never);
  return grown;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function isBlank(c: number | undefined): boolean {
  return c === undefined || c === NL || c === CR || c === SPACE || c === TAB;
}

/** addHits over columns, where NaN stands for null. */
function addColumnHits(a: number, b: number): number {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return a + b;
}

function addHits(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a + b;
}

/**
 * Sums entries that are one function: the same name at the same line (a section repeated for one
 * file), or lcov 2.2 aliases of one index. Same-named functions at different lines stay apart.
 */
function dedupeFunctions(functions: FunctionCoverage[]): FunctionCoverage[] {
  const byName = new Map<string, FunctionCoverage>();
  for (const fn of functions) {
    const key = `${fn.name}\u0000${fn.line}`;
    const seen = byName.get(key);
    if (seen === undefined) byName.set(key, fn);
    else {
      seen.hits += fn.hits;
      if (seen.line === 0) seen.line = fn.line;
    }
  }
  return byName.size === functions.length ? functions : [...byName.values()];
}

function dedupeBranches(branches: BranchCoverage[]): BranchCoverage[] {
  const byKey = new Map<string, BranchCoverage>();
  for (const br of branches) {
    const key = `${br.line}\u0000${br.block}\u0000${br.branch}`;
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

/**
 * Line data of all sections goes into shared slabs, and each file gets views into them: one allocation
 * per slab instead of two per file, and no copy when a section's DA lines are already in order (the
 * usual case). Slabs grow geometrically, so a small report stays small.
 */
class LineSlab {
  lines = new Uint32Array(1024);
  hits = new Float64Array(1024);
  /** Entries owned by finished sections. */
  used = 0;

  /** Makes room for one more entry of the open section, which currently has `count` entries. */
  reserve(count: number): void {
    if (this.used + count < this.lines.length) return;
    // Capped doubling bounds the unused tail of the last slab (3 MB) while keeping allocations few.
    const lines = new Uint32Array(Math.max(Math.min(this.lines.length * 2, 1 << 18), (count + 1) * 2));
    const hits = new Float64Array(lines.length);
    lines.set(this.lines.subarray(this.used, this.used + count));
    hits.set(this.hits.subarray(this.used, this.used + count));
    this.lines = lines;
    this.hits = hits;
    this.used = 0;
  }

  /** Hands the open section's `count` entries to a file. */
  take(count: number): { lineNumbers: Uint32Array; lineHits: Float64Array } {
    const start = this.used;
    this.used += count;
    return {
      lineNumbers: this.lines.subarray(start, this.used),
      lineHits: this.hits.subarray(start, this.used),
    };
  }
}

/**
 * Interns names by their bytes, so a name seen again (FNDA after FN, the same helper in many files,
 * istanbul's "(anonymous_0)") costs no new string. Bytes of each distinct name are kept in an arena, as
 * the input may arrive in chunks. Each entry also remembers which section last declared it and at which
 * function index, which is how FNDA finds its FN without a per-section map.
 */
class NameTable {
  /** The chunk that start/end positions refer to. */
  buf: Buffer = Buffer.alloc(0);
  arena = Buffer.allocUnsafe(4096);
  private arenaLength = 0;
  private mask = 1023;
  private hashes = new Int32Array(1024);
  offsets = new Float64Array(1024);
  lengths = new Int32Array(1024).fill(-1);
  names: string[] = new Array<string>(1024).fill('');
  /** Each slot's stable id: its string's index in `strings`, which slots move over but ids do not. */
  ids = new Int32Array(1024);
  /**
   * Every distinct string once, by id; ids below SMALL_IDS.length are the small integers, so that
   * block and branch ids can be stored as numbers. Files keep a reference (it only grows).
   */
  readonly strings: string[] = [...SMALL_IDS];
  section = new Int32Array(1024).fill(-1);
  index = new Int32Array(1024);
  private count = 0;

  /** Returns the entry for the bytes [start, end) of the current chunk. */
  intern(start: number, end: number): number {
    const b = this.buf;
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ b[i]!, FNV_PRIME);
    return this.internHashed(start, end, h);
  }

  /** intern() for callers that computed the FNV-1a hash of the bytes while scanning them. */
  internHashed(start: number, end: number, h: number): number {
    const b = this.buf;
    const len = end - start;
    let slot = h & this.mask;
    for (;;) {
      const l = this.lengths[slot]!;
      if (l === -1) break;
      if (this.hashes[slot] === h && l === len && this.equals(this.offsets[slot]!, len, start, end))
        return slot;
      slot = (slot + 1) & this.mask;
    }
    if (this.arenaLength + len > this.arena.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.arenaLength + len));
      this.arena.copy(grown, 0, 0, this.arenaLength);
      this.arena = grown;
    }
    b.copy(this.arena, this.arenaLength, start, end);
    this.hashes[slot] = h;
    this.offsets[slot] = this.arenaLength;
    this.lengths[slot] = len;
    this.names[slot] = b.toString('utf8', start, end);
    this.ids[slot] = this.strings.length;
    this.strings.push(this.names[slot]!);
    this.section[slot] = -1;
    this.arenaLength += len;
    if (++this.count * 2 > this.mask) return this.grow(slot);
    return slot;
  }

  /** Compares arena bytes [at, at + len) with chunk bytes [start, end). */
  equals(at: number, len: number, start: number, end: number): boolean {
    if (len !== end - start) return false;
    const a = this.arena;
    const b = this.buf;
    for (let i = 0; i < len; i++) if (a[at + i] !== b[start + i]) return false;
    return true;
  }

  /** Doubles the table; returns where `keep` moved. */
  private grow(keep: number): number {
    const old = {
      hashes: this.hashes,
      offsets: this.offsets,
      lengths: this.lengths,
      names: this.names,
      ids: this.ids,
    };
    const oldSection = this.section;
    const oldIndex = this.index;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.offsets = new Float64Array(size);
    this.lengths = new Int32Array(size).fill(-1);
    this.names = new Array<string>(size).fill('');
    this.ids = new Int32Array(size);
    this.section = new Int32Array(size).fill(-1);
    this.index = new Int32Array(size);
    let moved = -1;
    for (let i = 0; i < old.lengths.length; i++) {
      if (old.lengths[i] === -1) continue;
      let slot = old.hashes[i]! & this.mask;
      while (this.lengths[slot] !== -1) slot = (slot + 1) & this.mask;
      this.hashes[slot] = old.hashes[i]!;
      this.offsets[slot] = old.offsets[i]!;
      this.lengths[slot] = old.lengths[i]!;
      this.names[slot] = old.names[i]!;
      this.ids[slot] = old.ids[i]!;
      this.section[slot] = oldSection[i]!;
      this.index[slot] = oldIndex[i]!;
      if (i === keep) moved = slot;
    }
    return moved;
  }
}

class LcovParser {
  /** The chunk being parsed and the end of its complete lines. */
  private buf: Buffer = Buffer.alloc(0);
  private n = 0;
  private readonly source: string;
  private lineNo = 0;
  private lineStart = 0;
  private started = false;

  private readonly files = new Map<string, FileCoverage>();
  private readonly slab = new LineSlab();
  private readonly names = new NameTable();
  private sections = 0;

  // The open SF section.
  private path: string | null = null;
  private count = 0;
  private linesSorted = true;
  private lastLine = -1;
  /**
   * Functions and branches of the open section as columns, reused across sections (the first fnCount /
   * brCount entries are the open one's): a large report has hundreds of thousands, which become
   * objects only if something asks for them (see compactFile).
   */
  /** Name ids (NameTable.strings); -1 while an lcov 2.2 function has no name yet. */
  private fnNames = new Int32Array(512);
  private fnLines = new Uint32Array(512);
  private fnHits = new Float64Array(512);
  private fnCount = 0;
  /** Arena offset and length of each function's name, so FNDA in FN order matches without hashing. */
  private fnNameAt = new Float64Array(512);
  private fndaCursor = 0;
  /** lcov 2.2 function index -> slot in the open section's function columns. */
  private byIndex: Map<number, number> | null = null;
  private brLines = new Uint32Array(512);
  /** Block and branch ids as NameTable.strings ids (small integers are their own id). */
  private brBlocks = new Int32Array(512);
  private brBranches = new Int32Array(512);
  /** NaN where the enclosing block never ran (lcov's "-"). */
  private brHits = new Float64Array(512);
  private brCount = 0;
  private branchesNeedDedupe = false;
  private lastBranchLine = -1;
  private branchLineStart = 0;

  /** LF, LH, FNF, FNH, BRF, BRH of the open section; -1 when absent. */
  private readonly sectionTotals = new Float64Array(6).fill(-1);
  /** Functions of the open section that have had their FNDA, for same-named functions out of order. */
  private fnGotHits: Uint8Array = new Uint8Array(512);

  /** Second result of readUint / readCount, which return the position after the number. */
  private value = 0;

  constructor(source: string) {
    this.source = source;
  }

  /** Parses the lines in b[0, n); every line but possibly the input's last ends with a newline. */
  run(b: Buffer, n: number): void {
    this.buf = b;
    this.n = n;
    this.names.buf = b;
    this.rejectBinary();
    let p = 0;
    if (!this.started) {
      this.started = true;
      if (n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) p = 3;
    }
    while (p < n) {
      this.lineNo++;
      let c = b[p];
      while (c === SPACE || c === TAB) c = b[++p];
      this.lineStart = p;
      // DA is most of any tracefile: test for it before the general dispatch.
      p = c === 0x44 && b[p + 1] === 0x41 && b[p + 2] === COLON ? this.daRun(p + 3) : this.record(p);
    }
  }

  finish(): CoverageReport {
    if (this.path !== null) this.closeSection();
    if (this.sections === 0)
      throw new CoverageParseError('no SF: records; is this an lcov file?', this.source);
    return { format: 'lcov', source: this.source, files: [...this.files.values()] };
  }

  /** Dispatches one line starting at p; returns the start of the next line. */
  private record(p: number): number {
    const b = this.buf;
    const c1 = b[p + 1];
    const c2 = b[p + 2];
    switch (b[p]) {
      case 0x42: // B
        if (c1 === 0x52 && c2 === 0x44 && b[p + 3] === 0x41 && b[p + 4] === COLON) return this.brda(p + 5);
        if (c1 === 0x52 && (c2 === 0x46 || c2 === 0x48) && b[p + 3] === COLON)
          return this.summary('BRF/BRH', p);
        break;
      case 0x46: // F
        if (c1 !== 0x4e) break;
        if (c2 === COLON) return this.fn(p + 3);
        if (c2 === 0x44 && b[p + 3] === 0x41 && b[p + 4] === COLON) return this.fnda(p + 5);
        if (b[p + 3] === COLON) {
          if (c2 === 0x4c) return this.fnl(p + 4);
          if (c2 === 0x41) return this.fna(p + 4);
          if (c2 === 0x46 || c2 === 0x48) return this.summary('FNF/FNH', p);
        }
        break;
      case 0x4c: // L
        if ((c1 === 0x46 || c1 === 0x48) && c2 === COLON) return this.summary('LF/LH', p);
        break;
      case 0x53: // S
        if (c1 === 0x46 && c2 === COLON) return this.sf(p + 3);
        break;
      case 0x65: // e
        if (this.isEndOfRecord(p)) {
          if (this.path !== null) this.closeSection();
          return this.eol(p) + 1;
        }
        break;
    }
    // TN:, VER:, blank lines and record types we do not know (MCDC:, vendor extensions) carry nothing we use.
    return this.eol(p) + 1;
  }

  private isEndOfRecord(p: number): boolean {
    const word = 'end_of_record';
    const b = this.buf;
    for (let i = 0; i < word.length; i++) if (b[p + i] !== word.charCodeAt(i)) return false;
    return isBlank(b[p + word.length]);
  }

  private nameHash = 0;
  private nameEol = 0;

  /**
   * Reads a name that runs to the end of the line in one pass: returns its end (trailing CR and blanks
   * excluded) and leaves its FNV-1a hash in this.nameHash and the newline's position in this.nameEol.
   */
  private scanName(start: number): number {
    const b = this.buf;
    const n = this.n;
    let h = FNV_OFFSET;
    let hAtEnd = h;
    let end = start;
    let i = start;
    for (; i < n; i++) {
      const c = b[i]!;
      if (c === NL) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      if (c !== CR && c !== SPACE && c !== TAB) {
        hAtEnd = h;
        end = i + 1;
      }
    }
    this.nameHash = hAtEnd;
    this.nameEol = i;
    return end;
  }

  /** Position of the newline ending the line that contains p, or the input length. */
  private eol(p: number): number {
    // Native search: lines skipped here can be arbitrarily long (garbage, a 50 MB line).
    const at = this.buf.indexOf(NL, p);
    return at < 0 || at > this.n ? this.n : at;
  }

  /** End of a line's content: before the newline and any trailing CR, spaces or tabs. */
  private contentEnd(eol: number, from: number): number {
    const b = this.buf;
    let e = eol;
    while (e > from && (b[e - 1] === CR || b[e - 1] === SPACE || b[e - 1] === TAB)) e--;
    return e;
  }

  private fail(message: string): never {
    const end = this.eol(this.lineStart);
    const shown = Math.min(end, this.lineStart + 60);
    const text = this.buf.toString('utf8', this.lineStart, shown).replace(/\r$/, '');
    const quoted = JSON.stringify(text + (shown < end ? '…' : ''));
    throw new CoverageParseError(`${message} in ${quoted}`, this.source, this.lineNo);
  }

  private requireSection(kind: string): void {
    if (this.path !== null) return;
    const where = this.sections > 0 ? 'after end_of_record and before the next SF:' : 'before any SF:';
    this.fail(`${kind}: record ${where} record`);
  }

  /** Reads an unsigned integer field into this.value; returns the position after it. */
  private readUint(p: number, kind: string, what: string): number {
    const b = this.buf;
    let v = 0;
    let q = p;
    let c = b[q]!;
    while (c >= ZERO && c <= NINE && v <= MAX_LINE_NUMBER) {
      v = v * 10 + (c - ZERO);
      c = b[++q]!;
    }
    if (v > MAX_LINE_NUMBER) this.fail(`${kind}: ${what} is out of range`);
    if (q === p || !(c === COMMA || isBlank(c))) this.fail(`${kind}: ${what} is not a number`);
    this.value = v;
    return q;
  }

  /** Reads an execution count into this.value; negative counts (from broken tools) become 0. */
  private readCount(p: number, kind: string): number {
    const b = this.buf;
    let v = 0;
    let q = p;
    let c = b[q]!;
    while (c >= ZERO && c <= NINE) {
      v = v * 10 + (c - ZERO);
      c = b[++q]!;
    }
    if (q > p && (c === COMMA || isBlank(c))) {
      this.value = v;
      return q;
    }
    // Signs, float and exponent notation are rare; let Number() read them.
    let e = p;
    while (e < this.n && b[e] !== COMMA && !isBlank(b[e])) e++;
    const parsed = Number(b.toString('latin1', p, e));
    if (e === p || Number.isNaN(parsed)) this.fail(`${kind}: execution count is not a number`);
    this.value = Math.max(parsed, 0);
    return e;
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
    this.path = decodePath(this.buf, p, end);
    this.sections++;
    return eol + 1;
  }

  private summary(kind: string, p: number): number {
    this.requireSection(kind);
    const b = this.buf;
    // p is at the record's first letter; the count follows the colon.
    let q = p;
    while (b[q] !== COLON) q++;
    q++;
    let value = 0;
    let digits = 0;
    while (b[q]! >= ZERO && b[q]! <= NINE) {
      value = value * 10 + (b[q]! - ZERO);
      q++;
      digits++;
    }
    if (digits > 0) {
      const c1 = b[p + 1];
      const c2 = b[p + 2];
      const slot =
        b[p] === 0x4c ? (c1 === 0x46 ? 0 : 1) : b[p] === 0x46 ? (c2 === 0x46 ? 2 : 3) : c2 === 0x46 ? 4 : 5;
      this.sectionTotals[slot] = value;
    }
    return this.eol(p) + 1;
  }

  /**
   * Reads a run of consecutive DA lines starting at p (just after "DA:"); returns the start of the first
   * line that is not DA. The run loop keeps the slab arrays and counters in locals: DA is the bulk of
   * every tracefile and this is where the time goes.
   */
  private daRun(p: number): number {
    if (this.path === null) this.requireSection('DA');
    const b = this.buf;
    const n = this.n;
    const slab = this.slab;
    let lines = slab.lines;
    let hits = slab.hits;
    let at = slab.used + this.count;
    let last = this.lastLine;
    let sorted = this.linesSorted;
    // Error reporting reads lineNo / lineStart from `this`; they are synced only before a slow path.
    let lineNo = this.lineNo;
    let lineStart = this.lineStart;
    for (;;) {
      let line = 0;
      let q = p;
      let c = b[q]!;
      while (c >= ZERO && c <= NINE && line <= MAX_LINE_NUMBER) {
        line = line * 10 + (c - ZERO);
        c = b[++q]!;
      }
      if (q === p || c !== COMMA || line > MAX_LINE_NUMBER) {
        this.lineNo = lineNo;
        this.lineStart = lineStart;
        q = this.expectComma(this.readUint(p, 'DA', 'line number'), 'DA', 'execution count');
      } else q++;
      let count = 0;
      const h = q;
      c = b[q]!;
      while (c >= ZERO && c <= NINE) {
        count = count * 10 + (c - ZERO);
        c = b[++q]!;
      }
      if (q === h || !(c === NL || c === COMMA || isBlank(c))) {
        this.lineNo = lineNo;
        this.lineStart = lineStart;
        q = this.readCount(h, 'DA');
        count = this.value;
        c = b[q]!;
      }
      if (at >= lines.length) {
        this.count = at - slab.used;
        slab.reserve(this.count);
        lines = slab.lines;
        hits = slab.hits;
        at = slab.used + this.count;
      }
      if (line <= last) sorted = false;
      last = line;
      lines[at] = line;
      hits[at++] = count;
      // Anything after the count is the optional checksum, which we do not use.
      while (c !== NL && q < n) c = b[++q]!;
      p = q + 1;
      if (p >= n || b[p] !== 0x44 || b[p + 1] !== 0x41 || b[p + 2] !== COLON) break;
      lineNo++;
      lineStart = p;
      p += 3;
    }
    this.lineNo = lineNo;
    this.lineStart = lineStart;
    this.count = at - slab.used;
    this.lastLine = last;
    this.linesSorted = sorted;
    return p;
  }

  private fn(p: number): number {
    if (this.path === null) this.requireSection('FN');
    let q = this.readUint(p, 'FN', 'line number');
    const line = this.value;
    q = this.expectComma(q, 'FN', 'function name');
    // lcov 2.0/2.1 write FN:<start>,<end>,<name>; a name never starts with digits followed by a comma.
    const b = this.buf;
    let d = q;
    while (b[d]! >= ZERO && b[d]! <= NINE) d++;
    if (d > q && b[d] === COMMA) q = d + 1;
    const end = this.scanName(q);
    const eol = this.nameEol;
    if (end === q) this.fail('FN: missing function name');
    const names = this.names;
    const entry = names.internHashed(q, end, this.nameHash);
    // Every FN record is a function (FNF counts them so), except a repeat of the same name at the
    // same line; the name table keeps the first function of a name.
    if (names.section[entry] !== this.sections) {
      names.section[entry] = this.sections;
      names.index[entry] = this.fnCount;
    } else {
      const id = names.ids[entry]!;
      for (let i = names.index[entry]!; i < this.fnCount; i++) {
        if (this.fnNames[i] === id && this.fnLines[i] === line) return eol + 1;
      }
    }
    this.addFunction(names.ids[entry]!, line, 0, entry);
    return eol + 1;
  }

  /** Appends a function and returns its slot; `entry` is its name's NameTable entry, or -1 while it has no name. */
  private addFunction(nameId: number, line: number, hits: number, entry: number): number {
    const i = this.fnCount++;
    if (i >= this.fnLines.length) {
      this.fnNames = doubled(this.fnNames);
      this.fnLines = doubled(this.fnLines);
      this.fnHits = doubled(this.fnHits);
    }
    this.fnNames[i] = nameId;
    this.fnLines[i] = line;
    this.fnHits[i] = hits;
    if (2 * i + 2 > this.fnNameAt.length) this.fnNameAt = doubled(this.fnNameAt);
    this.fnNameAt[2 * i] = entry < 0 ? 0 : this.names.offsets[entry]!;
    this.fnNameAt[2 * i + 1] = entry < 0 ? -1 : this.names.lengths[entry]!;
    if (i >= this.fnGotHits.length) this.fnGotHits = doubled(this.fnGotHits);
    this.fnGotHits[i] = 0;
    return i;
  }

  private fnda(p: number): number {
    if (this.path === null) this.requireSection('FNDA');
    let q = this.readCount(p, 'FNDA');
    const hits = this.value;
    q = this.expectComma(q, 'FNDA', 'function name');
    // FNDA usually follows FN order: match the expected function's name in the same pass that finds
    // the line's end, and hash only when that guess fails.
    const cursor = this.fndaCursor;
    if (cursor < this.fnCount) {
      const next = this.matchExpectedName(cursor, q);
      if (next > 0) {
        this.fnHits[cursor]! += hits;
        this.fnGotHits[cursor] = 1;
        this.fndaCursor++;
        return next;
      }
    }
    const end = this.scanName(q);
    const eol = this.nameEol;
    if (end === q) this.fail('FNDA: missing function name');
    const names = this.names;
    const entry = names.internHashed(q, end, this.nameHash);
    if (names.section[entry] === this.sections) {
      // Out of FN order: the first function of that name still without its FNDA, else the first.
      const first = names.index[entry]!;
      const id = names.ids[entry]!;
      let target = first;
      for (let i = first; i < this.fnCount; i++) {
        if (this.fnNames[i] === id && this.fnGotHits[i] === 0) {
          target = i;
          break;
        }
      }
      this.fnHits[target]! += hits;
      this.fnGotHits[target] = 1;
    } else {
      // An FNDA without FN: keep the count; the format gives no line.
      names.section[entry] = this.sections;
      names.index[entry] = this.fnCount;
      this.addFunction(names.ids[entry]!, 0, hits, entry);
    }
    return eol + 1;
  }

  /**
   * If the line from `start` holds exactly the name of function `fnIndex` (then optional trailing
   * blanks), returns the next line's start; otherwise -1.
   */
  private matchExpectedName(fnIndex: number, start: number): number {
    const len = this.fnNameAt[2 * fnIndex + 1]!;
    if (len <= 0) return -1;
    const at = this.fnNameAt[2 * fnIndex]!;
    const a = this.names.arena;
    const b = this.buf;
    for (let i = 0; i < len; i++) if (a[at + i] !== b[start + i]) return -1;
    let q = start + len;
    if (q >= this.n) return q;
    let c = b[q]!;
    if (c === NL) return q + 1;
    while (c === CR || c === SPACE || c === TAB) c = b[++q]!;
    if (q >= this.n) return q;
    return c === NL ? q + 1 : -1;
  }

  /** lcov 2.2+ function location: FNL:<index>,<start>[,<end>]. */
  private fnl(p: number): number {
    this.requireSection('FNL');
    let q = this.readUint(p, 'FNL', 'function index');
    const slot = this.functionAtIndex(this.value);
    q = this.expectComma(q, 'FNL', 'line number');
    q = this.readUint(q, 'FNL', 'line number');
    this.fnLines[slot] = this.value;
    return this.eol(q) + 1;
  }

  /** lcov 2.2+ function alias: FNA:<index>,<hits>,<name>; aliases of one index add up into one function. */
  private fna(p: number): number {
    this.requireSection('FNA');
    let q = this.readUint(p, 'FNA', 'function index');
    const slot = this.functionAtIndex(this.value);
    q = this.expectComma(q, 'FNA', 'execution count');
    q = this.readCount(q, 'FNA');
    this.fnHits[slot]! += this.value;
    q = this.expectComma(q, 'FNA', 'function name');
    const eol = this.eol(q);
    const end = this.contentEnd(eol, q);
    if (end === q) this.fail('FNA: missing function name');
    if (this.fnNames[slot] === -1) this.fnNames[slot] = this.names.ids[this.names.intern(q, end)]!;
    return eol + 1;
  }

  /** The slot of lcov 2.2 function `index` in the open section, added when first named. */
  private functionAtIndex(index: number): number {
    this.byIndex ??= new Map();
    let slot = this.byIndex.get(index);
    if (slot === undefined) {
      slot = this.addFunction(-1, 0, 0, -1);
      this.byIndex.set(index, slot);
    }
    return slot;
  }

  private brda(p: number): number {
    if (this.path === null) this.requireSection('BRDA');
    const fast = this.brdaFast(p);
    return fast > 0 ? fast : this.brdaGeneral(p);
  }

  /**
   * The common shape, BRDA:<line>,<small int>,<small int>,<count or ->, read in one pass. Returns the next
   * line's start, or -1 to let brdaGeneral handle anything else (ids that are not small integers,
   * expressions, errors).
   */
  private brdaFast(p: number): number {
    const b = this.buf;
    let q = p;
    let c = b[q]!;
    let line = 0;
    while (c >= ZERO && c <= NINE && line <= MAX_LINE_NUMBER) {
      line = line * 10 + (c - ZERO);
      c = b[++q]!;
    }
    if (q === p || c !== COMMA || line > MAX_LINE_NUMBER) return -1;
    let block = 0;
    const blockStart = ++q;
    c = b[q]!;
    while (c >= ZERO && c <= NINE && q - blockStart < 3) {
      block = block * 10 + (c - ZERO);
      c = b[++q]!;
    }
    if (q === blockStart || c !== COMMA || (b[blockStart] === ZERO && q - blockStart > 1)) return -1;
    let branch = 0;
    const branchStart = ++q;
    c = b[q]!;
    while (c >= ZERO && c <= NINE && q - branchStart < 3) {
      branch = branch * 10 + (c - ZERO);
      c = b[++q]!;
    }
    if (q === branchStart || c !== COMMA || (b[branchStart] === ZERO && q - branchStart > 1)) return -1;
    c = b[++q]!;
    let hits = Number.NaN;
    if (c === MINUS) c = b[++q]!;
    else {
      const takenStart = q;
      let v = 0;
      while (c >= ZERO && c <= NINE) {
        v = v * 10 + (c - ZERO);
        c = b[++q]!;
      }
      if (q === takenStart) return -1;
      hits = v;
    }
    if (c !== NL) {
      if (!isBlank(c)) return -1;
      const eol = this.eol(q);
      if (this.contentEnd(eol, q) !== q) return -1;
      q = eol;
    }
    this.addBranch(line, block, branch, hits);
    return q + 1;
  }

  private brdaGeneral(p: number): number {
    let q = this.readUint(p, 'BRDA', 'line number');
    const line = this.value;
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
    let hits = Number.NaN;
    if (!(b[lastComma + 1] === MINUS && lastComma + 2 === end)) {
      if (this.readCount(lastComma + 1, 'BRDA') !== end) this.fail('BRDA: taken count is not a number');
      hits = this.value;
    }
    this.addBranch(line, this.id(q, blockEnd), this.id(blockEnd + 1, lastComma), hits);
    return eol + 1;
  }

  /** The string id of a block or branch id; small integers are their own id. */
  private id(start: number, end: number): number {
    const b = this.buf;
    const len = end - start;
    if (len > 0 && len <= 3 && (len === 1 || b[start] !== ZERO)) {
      let v = 0;
      let i = start;
      for (; i < end; i++) {
        const c = b[i]!;
        if (c < ZERO || c > NINE) break;
        v = v * 10 + (c - ZERO);
      }
      if (i === end && v < SMALL_IDS.length) return v;
    }
    return this.names.ids[this.names.intern(start, end)]!;
  }

  /** `hits` is NaN for a branch whose block never ran. */
  private addBranch(line: number, block: number, branch: number, hits: number): void {
    const count = this.brCount;
    if (!this.branchesNeedDedupe) {
      if (line === this.lastBranchLine) {
        // Repeats are only possible among the branches of this same line, which sit together at the end.
        for (let i = this.branchLineStart; i < count; i++) {
          if (this.brBlocks[i] === block && this.brBranches[i] === branch) {
            this.brHits[i] = addColumnHits(this.brHits[i]!, hits);
            return;
          }
        }
      } else if (line < this.lastBranchLine) {
        this.branchesNeedDedupe = true;
      } else {
        this.lastBranchLine = line;
        this.branchLineStart = count;
      }
    }
    if (count >= this.brLines.length) {
      this.brBlocks = doubled(this.brBlocks);
      this.brBranches = doubled(this.brBranches);
      this.brLines = doubled(this.brLines);
      this.brHits = doubled(this.brHits);
    }
    this.brLines[count] = line;
    this.brBlocks[count] = block;
    this.brBranches[count] = branch;
    this.brHits[count] = hits;
    this.brCount = count + 1;
  }

  private closeSection(): void {
    const path = this.path!;
    if (!this.linesSorted) this.sortSectionLines();
    // Exact-size copies of the reused scratch columns: no growth garbage, no spare capacity kept.
    const strings = this.names.strings;
    const fnColumns = {
      strings,
      names: this.fnNames.slice(0, this.fnCount),
      lines: this.fnLines.slice(0, this.fnCount),
      hits: this.fnHits.slice(0, this.fnCount),
    };
    const brColumns = {
      strings,
      lines: this.brLines.slice(0, this.brCount),
      blocks: this.brBlocks.slice(0, this.brCount),
      branches: this.brBranches.slice(0, this.brCount),
      hits: this.brHits.slice(0, this.brCount),
    };
    const base: Omit<FileCoverage, 'functions' | 'branches'> = { path, ...this.slab.take(this.count) };
    const summary = this.summaryWithoutDetail();
    if (summary) base.summary = summary;
    // lcov 2.2 aliases and out-of-order branches are rare: those are summed as objects.
    const file = compactFile(
      base,
      this.byIndex === null ? fnColumns : dedupeFunctions(functionObjects(fnColumns)),
      this.branchesNeedDedupe ? dedupeBranches(branchObjects(brColumns)) : brColumns,
    );
    const existing = this.files.get(path);
    if (existing === undefined) this.files.set(path, file);
    else mergeFiles(existing, file);

    this.path = null;
    this.count = 0;
    this.linesSorted = true;
    this.lastLine = -1;
    this.fnCount = 0;
    this.fndaCursor = 0;
    this.byIndex = null;
    this.brCount = 0;
    this.branchesNeedDedupe = false;
    this.lastBranchLine = -1;
    this.branchLineStart = 0;
    this.sectionTotals.fill(-1);
  }

  /** The producer's totals for each kind of record the open section has no detail of. */
  private summaryWithoutDetail(): FileCoverage['summary'] {
    const t = this.sectionTotals;
    const counter = (found: number, hit: number) =>
      t[found]! >= 0
        ? { covered: Math.max(0, Math.min(Math.max(t[hit]!, 0), t[found]!)), total: t[found]! }
        : undefined;
    const summary: NonNullable<FileCoverage['summary']> = {};
    if (this.count === 0) {
      const lines = counter(0, 1);
      if (lines && lines.total > 0) summary.lines = lines;
    }
    if (this.fnCount === 0) {
      const functions = counter(2, 3);
      if (functions && functions.total > 0) summary.functions = functions;
    }
    if (this.brCount === 0) {
      const branches = counter(4, 5);
      if (branches && branches.total > 0) summary.branches = branches;
    }
    return Object.keys(summary).length > 0 ? summary : undefined;
  }

  /** Sorts the open section's DA entries in place in the slab, summing repeated lines. */
  private sortSectionLines(): void {
    const { lines, hits, used } = this.slab;
    const count = this.count;
    const order = new Uint32Array(count);
    for (let i = 0; i < count; i++) order[i] = used + i;
    order.sort((x, y) => lines[x]! - lines[y]!);
    const sortedLines = new Uint32Array(count);
    const sortedHits = new Float64Array(count);
    let k = -1;
    for (let i = 0; i < count; i++) {
      const at = order[i]!;
      if (k >= 0 && sortedLines[k] === lines[at]) sortedHits[k]! += hits[at]!;
      else {
        sortedLines[++k] = lines[at]!;
        sortedHits[k] = hits[at]!;
      }
    }
    this.count = k + 1;
    lines.set(sortedLines.subarray(0, this.count), used);
    hits.set(sortedHits.subarray(0, this.count), used);
  }

  /** A NUL byte never occurs in a tracefile; failing on it turns binary input into a clear message. */
  private rejectBinary(): void {
    const at = this.buf.indexOf(0);
    if (at < 0 || at >= this.n) return;
    let line = this.lineNo + 1;
    for (let i = 0; i < at; i++) if (this.buf[i] === NL) line++;
    throw new CoverageParseError('binary data (NUL byte); is this an lcov file?', this.source, line);
  }
}

/**
 * Parses an lcov tracefile. `source` names the file in error messages. The returned line arrays of
 * several files may be views into one shared buffer.
 */
export function parseLcov(data: Buffer | string, source: string): CoverageReport {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const parser = new LcovParser(source);
  parser.run(buf, buf.length);
  return parser.finish();
}

/**
 * Parses a tracefile that arrives in chunks (a file read piece by piece), so memory holds the result
 * but never the whole input. Chunks may split lines anywhere and may be reused by the caller after
 * `write` returns. Results equal parseLcov on the concatenated input. Errors are thrown from `write`
 * or `end` as CoverageParseError; after one, the parser holds a partial state and must be dropped.
 */
export class LcovChunkParser {
  private readonly parser: LcovParser;
  /** The incomplete last line of the input so far. */
  private carry = Buffer.alloc(0);
  private carryLength = 0;

  constructor(source: string) {
    this.parser = new LcovParser(source);
  }

  write(chunk: Uint8Array): void {
    const bytes = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const newline = bytes.lastIndexOf(NL);
    if (newline < 0) {
      this.keep(bytes);
      return;
    }
    if (this.carryLength === 0) {
      this.parser.run(bytes, newline + 1);
    } else {
      const before = this.carryLength;
      this.keep(bytes.subarray(0, newline + 1));
      this.parser.run(this.carry, before + newline + 1);
      this.carryLength = 0;
    }
    this.keep(bytes.subarray(newline + 1));
  }

  end(): CoverageReport {
    if (this.carryLength > 0) this.parser.run(this.carry, this.carryLength);
    this.carryLength = 0;
    return this.parser.finish();
  }

  private keep(bytes: Buffer): void {
    if (bytes.length === 0) return;
    const needed = this.carryLength + bytes.length;
    if (needed > this.carry.length) {
      // 1.5x growth keeps appends linear while a huge line costs at most 1.5x its size.
      const grown = Buffer.allocUnsafe(Math.max(needed, Math.ceil(this.carry.length * 1.5)));
      this.carry.copy(grown, 0, 0, this.carryLength);
      this.carry = grown;
    }
    bytes.copy(this.carry, this.carryLength);
    this.carryLength = needed;
  }
}

/**
 * A path as written: UTF-8, or Latin-1 when the bytes are not valid UTF-8 (geninfo writes the file
 * system's bytes), normalised to NFC so one file spelled both ways is one file.
 */
function decodePath(b: Buffer, start: number, end: number): string {
  let ascii = true;
  for (let i = start; i < end; i++) if (b[i]! >= 0x80) ascii = false;
  if (ascii) return b.toString('latin1', start, end);
  const bytes = b.subarray(start, end);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
  } catch {
    return bytes.toString('latin1').normalize('NFC');
  }
}

const LCOV_RECORD = /^(?:[A-Z]+:|end_of_record\s*$)/;

/** True when the first non-blank lines of a file are lcov records and include TN: or SF:. */
export function looksLikeLcov(head: string): boolean {
  let seen = 0;
  for (const raw of head.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (!LCOV_RECORD.test(line)) return false;
    if (line.startsWith('TN:') || line.startsWith('SF:')) return true;
    if (++seen === 5) return false;
  }
  return false;
}
