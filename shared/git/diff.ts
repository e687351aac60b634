// Unified-diff reading: which lines of the new side of each file were added or modified.
// One hunk reader serves both a whole `git diff` and the per-file `patch` text the GitHub
// pull-request files API returns (hunks without file headers).

export type DiffFileStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'deleted';

export interface DiffFile {
  /** Repo-relative path on the new side (the old path for a deleted file). */
  path: string;
  /** Path on the old side; null for an added file. */
  oldPath: string | null;
  status: DiffFileStatus;
  /** Git printed "Binary files ... differ" or a binary patch: its lines are unknown. */
  binary: boolean;
  /** 1-based line numbers in the new file of every `+` line. */
  addedLines: Set<number>;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Thrown for text that is not a unified diff; the message names the line. */
export class DiffParseError extends Error {
  override name = 'DiffParseError';
}

/**
 * Reads consecutive hunks starting at lines[start], adding new-side line numbers of `+` lines to
 * `added`. Line counts from each header decide where a hunk ends, so a removed line reading
 * "-- x" (printed "--- x") is never mistaken for a file header. Returns the index after the hunks.
 */
function readHunks(lines: readonly string[], start: number, added: Set<number>, where: string): number {
  let i = start;
  while (i < lines.length && lines[i]!.startsWith('@@')) {
    const header = lines[i]!;
    const m = HUNK_HEADER.exec(header);
    if (!m) throw new DiffParseError(`${where} line ${i + 1}: malformed hunk header '${clip(header)}'`);
    let oldLeft = m[2] === undefined ? 1 : Number(m[2]);
    let newLeft = m[4] === undefined ? 1 : Number(m[4]);
    let newLine = Number(m[3]);
    i++;
    while (oldLeft > 0 || newLeft > 0) {
      const line = lines[i];
      if (line === undefined) {
        throw new DiffParseError(
          `${where} line ${i + 1}: hunk '${clip(header)}' ends early (${oldLeft} old and ${newLeft} new lines missing)`,
        );
      }
      const tag = line[0];
      if (tag === '+') {
        if (newLeft === 0) throw tooMany(where, i, header);
        added.add(newLine);
        newLine++;
        newLeft--;
      } else if (tag === '-') {
        if (oldLeft === 0) throw tooMany(where, i, header);
        oldLeft--;
      } else if (tag === ' ' || line === '') {
        // Some tools strip the lone space of an empty context line.
        if (oldLeft === 0 || newLeft === 0) throw tooMany(where, i, header);
        newLine++;
        oldLeft--;
        newLeft--;
      } else if (tag !== '\\') {
        throw new DiffParseError(
          `${where} line ${i + 1}: unexpected '${clip(line)}' inside hunk '${clip(header)}'`,
        );
      }
      i++;
    }
    // "\ No newline at end of file" follows the last line of a hunk.
    while (lines[i]?.startsWith('\\')) i++;
  }
  return i;
}

function tooMany(where: string, i: number, header: string): DiffParseError {
  return new DiffParseError(`${where} line ${i + 1}: more lines than hunk '${clip(header)}' announces`);
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/**
 * New-side line numbers of the added lines in a GitHub API `patch` (hunks only, no file headers).
 * `where` names the file in error messages.
 */
export function addedLinesOfPatch(patch: string, where = 'patch'): Set<number> {
  const lines = splitLines(patch);
  const added = new Set<number>();
  const end = readHunks(lines, 0, added, where);
  if (end < lines.length) {
    throw new DiffParseError(
      `${where} line ${end + 1}: expected a hunk header, found '${clip(lines[end]!)}'`,
    );
  }
  return added;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Reads a C-quoted path as git prints it ("sp\303\251cial.ts": octal escapes are UTF-8 bytes).
 * Returns the decoded value and the text after the closing quote.
 */
export function unquoteGitPath(s: string): { value: string; rest: string } {
  if (!s.startsWith('"')) return { value: s, rest: '' };
  const bytes: number[] = [];
  let i = 1;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '"') {
      return { value: Buffer.from(bytes).toString('utf8'), rest: s.slice(i + 1) };
    }
    if (c === '\\') {
      const next = s[i + 1] ?? '';
      const octal = /^[0-7]{3}/.exec(s.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(Number.parseInt(octal[0], 8));
        i += 4;
      } else if (next in ESCAPES) {
        bytes.push(ESCAPES[next]!);
        i += 2;
      } else {
        throw new DiffParseError(`bad escape '\\${next}' in quoted path ${s}`);
      }
      continue;
    }
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    bytes.push(...Buffer.from(ch, 'utf8'));
    i += ch.length;
  }
  throw new DiffParseError(`unterminated quoted path ${s}`);
}

/** A `---`/`+++` operand: quoted, or plain up to a tab (git adds one after names with spaces). */
function headerPath(operand: string): string {
  if (operand.startsWith('"')) return unquoteGitPath(operand).value;
  const tab = operand.indexOf('\t');
  return tab === -1 ? operand : operand.slice(0, tab);
}

function stripPrefix(path: string, prefix: 'a/' | 'b/'): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/** Both paths of a `diff --git a/x b/y` line when they can be told apart unambiguously. */
function diffGitPaths(rest: string): { oldPath?: string; newPath?: string } {
  if (rest.startsWith('"')) {
    const a = unquoteGitPath(rest);
    return {
      oldPath: stripPrefix(a.value, 'a/'),
      newPath: stripPrefix(headerPath(a.rest.trimStart()), 'b/'),
    };
  }
  // An unquoted name holds no '"', so a quote starts the second name.
  const quote = rest.indexOf(' "');
  if (quote !== -1) {
    return {
      oldPath: stripPrefix(rest.slice(0, quote), 'a/'),
      newPath: stripPrefix(unquoteGitPath(rest.slice(quote + 1)).value, 'b/'),
    };
  }
  const half = (rest.length - 1) / 2;
  if (
    Number.isInteger(half) &&
    rest[half] === ' ' &&
    rest.startsWith('a/') &&
    rest.slice(half + 1, half + 3) === 'b/'
  ) {
    const a = rest.slice(2, half);
    if (a === rest.slice(half + 3)) return { oldPath: a, newPath: a };
  }
  const parts = rest.split(' b/');
  if (parts.length === 2 && parts[0]!.startsWith('a/'))
    return { oldPath: parts[0]!.slice(2), newPath: parts[1] };
  return {};
}

interface FileDraft {
  oldPath?: string;
  newPath?: string;
  added: boolean;
  deleted: boolean;
  renamed: boolean;
  copied: boolean;
  binary: boolean;
  addedLines: Set<number>;
  line: number;
}

/** Every file of a unified diff (`git diff` output or plain `diff -u`), in order of appearance. */
export function parseUnifiedDiffFiles(text: string): DiffFile[] {
  const lines = splitLines(text);
  const files: DiffFile[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const gitHeader = line.startsWith('diff --git ');
    const plainHeader = !gitHeader && line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ');
    if (!gitHeader && !plainHeader) {
      i++; // preamble, "index" lines of plain diffs, commit messages of format-patch output
      continue;
    }
    const draft: FileDraft = {
      added: false,
      deleted: false,
      renamed: false,
      copied: false,
      binary: false,
      addedLines: new Set(),
      line: i + 1,
    };
    if (gitHeader) {
      Object.assign(draft, diffGitPaths(line.slice('diff --git '.length)));
      i++;
    }
    i = readExtendedHeaders(lines, i, draft, gitHeader);
    i = readHunks(lines, i, draft.addedLines, 'diff');
    files.push(finish(draft));
  }
  return files;
}

function readExtendedHeaders(lines: readonly string[], start: number, d: FileDraft, git: boolean): number {
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('@@') || line.startsWith('diff --git ')) break;
    if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
      const oldSide = headerPath(line.slice(4));
      const newSide = headerPath(lines[i + 1]!.slice(4));
      const prefixed = oldSide.startsWith('a/') || newSide.startsWith('b/');
      if (oldSide === '/dev/null') d.added = true;
      else d.oldPath = prefixed || git ? stripPrefix(oldSide, 'a/') : oldSide;
      if (newSide === '/dev/null') d.deleted = true;
      else d.newPath = prefixed || git ? stripPrefix(newSide, 'b/') : newSide;
      return i + 2;
    }
    if (!git) break;
    if (line.startsWith('new file mode')) d.added = true;
    else if (line.startsWith('deleted file mode')) d.deleted = true;
    else if (line.startsWith('rename from ')) {
      d.renamed = true;
      d.oldPath = headerPath(line.slice('rename from '.length));
    } else if (line.startsWith('rename to ')) {
      d.renamed = true;
      d.newPath = headerPath(line.slice('rename to '.length));
    } else if (line.startsWith('copy from ')) {
      d.copied = true;
      d.oldPath = headerPath(line.slice('copy from '.length));
    } else if (line.startsWith('copy to ')) {
      d.copied = true;
      d.newPath = headerPath(line.slice('copy to '.length));
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      d.binary = true;
      if (line.startsWith('Binary files /dev/null and ')) d.added = true;
      if (line.endsWith(' and /dev/null differ')) d.deleted = true;
      if (line === 'GIT binary patch') {
        while (i + 1 < lines.length && !lines[i + 1]!.startsWith('diff --git ')) i++;
      }
    }
    // index, mode and similarity lines carry nothing about changed lines
  }
  return i;
}

function finish(d: FileDraft): DiffFile {
  const status: DiffFileStatus = d.deleted
    ? 'deleted'
    : d.added
      ? 'added'
      : d.renamed
        ? 'renamed'
        : d.copied
          ? 'copied'
          : 'modified';
  const path = status === 'deleted' ? (d.oldPath ?? d.newPath) : (d.newPath ?? d.oldPath);
  if (path === undefined)
    throw new DiffParseError(`diff line ${d.line}: cannot tell which file this diff is for`);
  return {
    path,
    oldPath: status === 'added' ? null : (d.oldPath ?? path),
    status,
    binary: d.binary,
    addedLines: d.addedLines,
  };
}

/**
 * New-side line numbers of added lines per file. Deleted files are left out; renamed, binary and
 * empty new files are present (possibly with no lines) under their new path.
 */
export function parseUnifiedDiff(text: string): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>();
  for (const file of parseUnifiedDiffFiles(text)) {
    if (file.status !== 'deleted') result.set(file.path, file.addedLines);
  }
  return result;
}
