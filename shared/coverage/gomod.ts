// Go coverprofiles name files by import path (`example.com/shop/api/cart/cart.go`); the repository
// knows them by folder. go.mod files say which import path prefix lives in which folder.

export interface GoModule {
  /** Module path from the go.mod `module` directive. */
  modulePath: string;
  /** Folder holding that go.mod, repo-relative, '' for the repository root. */
  dir: string;
}

/** The module path declared by a go.mod file, or undefined when it declares none. */
export function readModulePath(goModText: string): string | undefined {
  const lines = goModText.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = stripComment(lines[i]!).trim();
    const m = /^module(?:\s+(.*)|\s*(\().*)?$/.exec(line);
    if (!m) continue;
    if (m[2] === '(' || m[1]?.trim() === '(') {
      // Block form, `module (\n  path\n)`: the path is the first non-empty line inside.
      for (let j = i + 1; j < lines.length; j++) {
        const inner = stripComment(lines[j]!).trim();
        if (inner === ')') return undefined;
        if (inner !== '') return unquote(inner);
      }
      return undefined;
    }
    const arg = m[1]?.trim();
    return arg ? unquote(arg) : undefined;
  }
  return undefined;
}

/**
 * Maps an import path (or a file below it) to a repo-relative path using the module whose path is the
 * longest prefix, so nested modules win over the module around them. Unmatched paths come back unchanged.
 */
export function mapGoImportPath(importPath: string, modules: readonly GoModule[]): string {
  let best: GoModule | undefined;
  for (const mod of modules) {
    const prefix = mod.modulePath;
    if (prefix === '') continue;
    if (importPath !== prefix && !importPath.startsWith(`${prefix}/`)) continue;
    if (!best || prefix.length > best.modulePath.length) best = mod;
  }
  if (!best) return importPath;
  const rest = importPath.slice(best.modulePath.length + 1);
  const dir = best.dir
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\.$/, '')
    .replace(/\/+$/, '');
  if (dir === '') return rest;
  return rest === '' ? dir : `${dir}/${rest}`;
}

/** Removes a `//` comment, leaving `//` inside quoted strings alone. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === '`') {
      quote = c;
    } else if (c === '/' && line[i + 1] === '/') {
      return line.slice(0, i);
    }
  }
  return line;
}

function unquote(arg: string): string | undefined {
  if (arg.startsWith('`')) {
    const end = arg.indexOf('`', 1);
    return end > 1 ? arg.slice(1, end) : undefined;
  }
  if (arg.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(arg);
    if (!m) return undefined;
    try {
      const path = JSON.parse(`"${m[1]}"`) as string;
      return path === '' ? undefined : path;
    } catch {
      return undefined;
    }
  }
  return arg.split(/\s+/)[0];
}
