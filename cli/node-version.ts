// Which Node.js versions the CLI runs on: the maintained LTS lines, 22 (from 22.12, the first 22
// with everything the bundle uses unflagged) and 24 and later.
export const SUPPORTED_NODE = '>=22.12.0';

export type NodeSupport = { ok: true } | { ok: false; message: string };

export function nodeSupport(version: string): NodeSupport {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return { ok: true };
  return {
    ok: false,
    message: `shipshape needs Node.js 22.12 or newer (22 LTS, 24 LTS or later); this is ${version}. Install a newer Node, or put one first on PATH (the pre-commit hook finds one by itself; see the README).`,
  };
}
