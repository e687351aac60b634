// Coverage tools write paths the way their process saw them: absolute runner paths, container
// mounts, Windows drives, or relative to the folder the tests ran in. Gates, annotations and
// baselines all need one repo-relative spelling, so every path goes through here.

/** Checkout roots of GitHub-hosted runners and container jobs, in the order they are tried. */
const RUNNER_ROOTS: readonly RegExp[] = [
  /^\/home\/runner\/work\/[^/]+\/[^/]+\//,
  /^\/Users\/runner\/work\/[^/]+\/[^/]+\//,
  /^[A-Za-z]:\/a\/[^/]+\/[^/]+\//,
  /^\/__w\/[^/]+\/[^/]+\//,
  /^\/github\/workspace\//,
];

export interface PathContext {
  /** Absolute path of the repository checkout (GITHUB_WORKSPACE or the CLI's cwd). */
  workspace: string;
  /** Folder the coverage was produced in, relative to the workspace ('' for the root). */
  workingDirectory?: string;
  /** Cobertura `<sources>` roots for the report being normalised. */
  sourceRoots?: readonly string[];
  /** Files tracked in the repository (git ls-files); enables matching and unmatched reporting. */
  tracked?: ReadonlySet<string>;
}

export interface NormalisedPath {
  path: string;
  /** False when a tracked-file list was given and no tracked file matches. */
  matched: boolean;
}

function slashes(p: string): string {
  return p.replace(/\\/g, '/');
}

const DRIVE = /^[A-Za-z]:\//;

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || DRIVE.test(p);
}

/**
 * Resolves `.`, `..` and doubled slashes, so `pkg/../src/x.ts` (coverage of a sibling package)
 * and `src/./x.ts` name the tracked file. A `..` that climbs above a relative path is kept.
 */
function stripDotSlash(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const segment of p.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (segment !== '..' || !absolute) out.push(segment);
  }
  return `${absolute ? '/' : ''}${out.join('/')}`;
}

/** Windows drive letters differ in case between tools (`d:\` from Node, `D:\` from the runner). */
function sameDrive(p: string): string {
  return DRIVE.test(p) ? `${p[0]!.toUpperCase()}${p.slice(1)}` : p;
}

function withoutPrefix(p: string, prefix: string): string | undefined {
  if (!prefix) return undefined;
  const root = sameDrive(prefix.endsWith('/') ? prefix : `${prefix}/`);
  const path = sameDrive(p);
  return path.startsWith(root) ? path.slice(root.length) : undefined;
}

function fromFileUrl(p: string): string {
  let rest = p.slice('file://'.length);
  if (rest.startsWith('localhost/')) rest = rest.slice('localhost'.length);
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // A stray `%` is more likely part of a file name than a broken escape: keep the text as is.
  }
  // file:///D:/a/x.ts names D:/a/x.ts; the slash before the drive letter is URL syntax.
  return /^\/[A-Za-z]:\//.test(rest) ? rest.slice(1) : rest;
}

/** The working directory relative to the workspace, even when it was given as an absolute path. */
function relativeWorkingDirectory(raw: string, workspace: string): string {
  const wd = slashes(raw.trim());
  if (!isAbsolute(wd)) return stripDotSlash(wd);
  const withSlash = wd.endsWith('/') ? wd : `${wd}/`;
  if (sameDrive(withSlash) === sameDrive(workspace.endsWith('/') ? workspace : `${workspace}/`)) return '';
  const inside = withoutPrefix(wd, workspace);
  if (inside !== undefined) return stripDotSlash(inside);
  for (const root of RUNNER_ROOTS) {
    const m = root.exec(withSlash);
    if (m) return stripDotSlash(withSlash.slice(m[0].length));
  }
  return stripDotSlash(wd);
}

function joinRelative(dir: string, p: string): string {
  return dir ? `${dir.replace(/\/+$/, '')}/${p}` : p;
}

/** Candidate repo-relative spellings of one raw path, most likely first. */
function candidates(raw: string, ctx: PathContext): string[] {
  let p = slashes(raw.trim());
  if (p.startsWith('file://')) p = fromFileUrl(p);
  p = stripDotSlash(p);
  const workspace = slashes(ctx.workspace);
  const wd = relativeWorkingDirectory(ctx.workingDirectory ?? '', workspace);
  const out: string[] = [];
  const inWorkspace = withoutPrefix(p, workspace);
  if (inWorkspace !== undefined) out.push(inWorkspace);
  for (const root of RUNNER_ROOTS) {
    const m = root.exec(p);
    if (m) out.push(p.slice(m[0].length));
  }
  for (const source of ctx.sourceRoots ?? []) {
    const s = slashes(source);
    const joined = s.endsWith('/') ? `${s}${p}` : `${s}/${p}`;
    if (!isAbsolute(p)) {
      const rel = withoutPrefix(joined, workspace);
      if (rel !== undefined) out.push(rel);
      for (const root of RUNNER_ROOTS) {
        const m = root.exec(joined);
        if (m) out.push(joined.slice(m[0].length));
      }
      if (!isAbsolute(s)) out.push(joinRelative(wd, stripDotSlash(joined)));
    }
  }
  if (!isAbsolute(p)) {
    out.push(joinRelative(wd, stripDotSlash(p)));
    if (wd) out.push(stripDotSlash(p));
  }
  if (out.length === 0) out.push(p);
  return [...new Set(out.map(stripDotSlash))];
}

/**
 * Maps a path from a coverage report to a repo-relative path. With a tracked-file list, the
 * first candidate that is tracked wins; failing that, a unique tracked file that ends with the
 * path (coverage written relative to a sub-package) is taken.
 */
export function normalisePath(raw: string, ctx: PathContext): NormalisedPath {
  const options = candidates(raw, ctx);
  const tracked = ctx.tracked;
  if (!tracked) return { path: options[0]!, matched: true };
  for (const option of options) if (tracked.has(option)) return { path: option, matched: true };
  for (const option of options) {
    const suffix = `/${option}`;
    let found: string | undefined;
    let count = 0;
    for (const file of tracked) {
      if (file.endsWith(suffix)) {
        found = file;
        count++;
        if (count > 1) break;
      }
    }
    if (count === 1 && found) return { path: found, matched: true };
  }
  return { path: options[0]!, matched: false };
}
