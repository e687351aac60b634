// The Node.js versions the published CLI is tested under: 24 is the project's own `node`
// devDependency (the Node that runs these tests); 22 comes from the npm registry as the `node`
// package too, installed once into .tmp/node22 (`.ci/run` installs it up front and sets
// SHIPSHAPE_TEST_NODE22 to its binary).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface NodeBinary {
  label: string;
  /** The `node` executable. */
  bin: string;
  /** Its folder, to put first on PATH. */
  dir: string;
}

export function node24(): NodeBinary {
  return { label: 'Node 24', bin: process.execPath, dir: dirname(process.execPath) };
}

export function node22(): NodeBinary {
  let bin = process.env.SHIPSHAPE_TEST_NODE22 ?? '';
  if (!bin) {
    const prefix = join(root, '.tmp', 'node22');
    bin = join(prefix, 'node_modules', '.bin', 'node');
    if (!existsSync(bin)) {
      mkdirSync(prefix, { recursive: true });
      execFileSync(
        'npm',
        ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, 'node@22'],
        {
          stdio: 'ignore',
        },
      );
    }
  }
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v22.')) throw new Error(`${bin} is ${version}, not Node 22`);
  return { label: 'Node 22', bin, dir: dirname(bin) };
}

/** PATH with `node` first, the way a user's shell has their Node. */
export function pathWith(node: NodeBinary, rest = process.env.PATH ?? ''): string {
  return `${node.dir}:${rest}`;
}
