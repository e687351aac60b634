// The published package as a user gets it: `npm pack` from this repository, the tarball installed
// into an empty folder, and `npx shipshape coverage-gate` run there under Node 22 and Node 24.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NodeBinary, node22, node24, pathWith } from './node-versions.js';

const root = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

let scratch: string;
let packed: PackResult;
let app: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'shipshape-package-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  packed = (JSON.parse(out) as PackResult[])[0]!;
  // An empty project, as `npm i -D shipshape` finds it.
  app = join(scratch, 'app');
  mkdirSync(join(app, 'coverage'), { recursive: true });
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "version": "1.0.0", "private": true }\n');
  execFileSync('git', ['init', '-q', app]);
  writeFileSync(join(app, 'a.js'), 'one()\ntwo()\nthree()\nfour()\nfive()\n');
  execFileSync(
    'npm',
    ['install', '--save-dev', '--no-audit', '--no-fund', '--offline', join(scratch, packed.filename)],
    { cwd: app, stdio: 'ignore' },
  );
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the npm package', () => {
  it('is publishable under its name and declares the bin, the Node versions and no runtime dependencies', () => {
    expect(manifest.name).toBe('shipshape');
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ shipshape: 'dist/cli/index.js' });
    expect(manifest.engines.node).toBe('>=22.12.0');
    // Everything the CLI runs is bundled into dist/; a dependency here would be installed for nothing.
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.repository.url).toContain('github.com/shipshape/shipshape');
  });

  it('holds the bundled CLI and nothing else', () => {
    const paths = packed.files.map((f) => f.path).sort();
    expect(paths).toContain('package.json');
    expect(paths).toContain('README.md');
    expect(paths).toContain('LICENSE');
    expect(paths).toContain('dist/cli/index.js');
    expect(paths).toContain('dist/shipshape/index.js');
    const unexpected = paths.filter(
      (p) =>
        !['package.json', 'README.md', 'LICENSE', 'dist/cli/index.js'].includes(p) &&
        !p.startsWith('dist/shipshape/'),
    );
    expect(unexpected).toEqual([]);
    expect(paths.some((p) => p.endsWith('.ts') || p.includes('node_modules/'))).toBe(false);
    // The bundle's size keeps `npm i` quick: a few MB packed.
    expect(packed.size).toBeLessThan(5 * 1024 * 1024);
  });

  it('installs as one package with no dependencies', () => {
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['shipshape']);
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/shipshape/package.json'), 'utf8'));
    expect(installed.version).toBe(manifest.version);
  });

  const versions: [string, () => NodeBinary][] = [
    ['Node 22', node22],
    ['Node 24', node24],
  ];
  describe.each(versions)('under %s', (_label, pick) => {
    let node: NodeBinary;
    const npx = (args: string[]) => {
      const r = spawnSync('npx', ['shipshape', ...args], {
        cwd: app,
        encoding: 'utf8',
        env: { ...process.env, PATH: pathWith(node) },
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    beforeAll(() => {
      node = pick();
    }, 120_000);

    it('runs `npx shipshape coverage-gate --files coverage/lcov.info` and gates on the threshold', () => {
      const version = execFileSync(node.bin, ['--version'], { encoding: 'utf8' }).trim();
      expect(
        spawnSync('node', ['--version'], { encoding: 'utf8', env: { PATH: pathWith(node) } }).stdout.trim(),
      ).toBe(version);
      // 4 of 5 lines covered: 80%.
      writeFileSync(
        join(app, 'coverage/lcov.info'),
        'SF:a.js\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,1\nDA:5,0\nend_of_record\n',
      );
      const pass = npx(['coverage-gate', '--files', 'coverage/lcov.info', '--min-coverage', '80']);
      expect(pass.stderr).not.toMatch(/needs Node|Warning/);
      expect(pass.code).toBe(0);
      expect(pass.stdout).toContain('coverage 80.00% (lines 4/5)');
      const fail = npx(['coverage-gate', '--files', 'coverage/lcov.info', '--min-coverage', '90']);
      expect(fail.code).toBe(1);
      expect(fail.stdout).toContain('coverage gate FAILED');
    });

    it('prints its version, every command and exit codes 0/1/2/3', () => {
      const v = npx(['--version']);
      expect(v.code).toBe(0);
      expect(v.stdout.trim()).toBe(manifest.version);
      const help = npx(['--help']);
      expect(help.code).toBe(0);
      for (const command of [
        'coverage-gate',
        'coverage-badge',
        'perf-regression',
        'lighthouse-vitals',
        'deploy-smoke-health',
        'dashboard',
      ])
        expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      for (const code of ['0', '1', '2', '3']) expect(help.stdout).toMatch(new RegExp(`^  ${code}  `, 'm'));
    });
  });
});
