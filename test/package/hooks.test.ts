// The Git hook set-ups the README documents, run as a developer's machine runs them: the
// pre-commit hook through the real `pre-commit` tool (`try-repo` against a copy of this repository
// as a tag holds it: the hooks manifest, the launcher and the bundled CLI), and the husky and
// lefthook scripts, copied from the README, against the packed package installed in a sample project.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { node24, pathWith } from './node-versions.js';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const node = node24();

/** The body of the README's fenced block whose first line is `marker`. */
function documented(marker: string): string {
  for (const m of readme.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    const body = m[1] ?? '';
    if (body.startsWith(`${marker}\n`)) return body.slice(marker.length + 1);
  }
  throw new Error(`README has no code block starting with '${marker}'`);
}

/** lcov for a.js with `covered` of its 5 lines hit. */
function lcov(covered: number): string {
  const lines = [1, 2, 3, 4, 5].map((n) => `DA:${n},${n <= covered ? 1 : 0}`);
  return `SF:a.js\n${lines.join('\n')}\nend_of_record\n`;
}

let scratch: string;
let hookRepo: string;
let tarball: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

/** A small project with a.js and, when `covered` is given, coverage/lcov.info. */
function sampleRepo(name: string, covered?: number): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'coverage'), { recursive: true });
  writeFileSync(join(dir, 'a.js'), 'one()\ntwo()\nthree()\nfour()\nfive()\n');
  if (covered !== undefined) writeFileSync(join(dir, 'coverage/lcov.info'), lcov(covered));
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'sample');
  return dir;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'shipshape-hooks-'));
  // What pre-commit clones at a tag: the manifest, the launcher and the committed bundle.
  hookRepo = join(scratch, 'shipshape');
  for (const path of [
    '.pre-commit-hooks.yaml',
    'hooks/shipshape',
    'dist/cli/index.js',
    'dist/shipshape',
    'package.json',
  ])
    cpSync(join(root, path), join(hookRepo, path), { recursive: true });
  chmodSync(join(hookRepo, 'hooks/shipshape'), 0o755);
  git(hookRepo, 'init', '-q');
  git(hookRepo, 'add', '-A');
  git(hookRepo, 'commit', '-qm', 'shipshape at a tag');
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  tarball = join(scratch, (JSON.parse(out) as { filename: string }[])[0]!.filename);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('pre-commit', () => {
  const preCommit = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync('pre-commit', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        PRE_COMMIT_HOME: join(scratch, 'pre-commit-home'),
        PATH: pathWith(node),
        ...env,
      },
    });
    if (r.error)
      throw new Error(`pre-commit is not installed (apt-get install pre-commit): ${r.error.message}`);
    return { code: r.status, out: r.stdout + r.stderr };
  };

  it('try-repo: the coverage gate hook passes on a covered sample and fails below the threshold', () => {
    const good = sampleRepo('good', 5);
    const pass = preCommit(good, [
      'try-repo',
      hookRepo,
      'shipshape-coverage-gate',
      '--all-files',
      '--verbose',
    ]);
    expect(pass.out).toMatch(/shipshape coverage gate\.+Passed/);
    expect(pass.out).toContain('coverage 100.00% (lines 5/5)');
    expect(pass.code).toBe(0);

    const poor = sampleRepo('poor', 3);
    const fail = preCommit(poor, [
      'try-repo',
      hookRepo,
      'shipshape-coverage-gate',
      '--all-files',
      '--verbose',
    ]);
    expect(fail.out).toMatch(/shipshape coverage gate\.+Failed/);
    expect(fail.out).toContain('coverage 60.00% (lines 3/5)');
    expect(fail.out).toContain('coverage gate FAILED');
    expect(fail.code).toBe(1);
  });

  it('runs with the README configuration and its args', () => {
    const version = preCommit(scratch, ['--version']).out.match(/(\d+)\.(\d+)/);
    const modern = Number(version?.[1]) > 3 || (Number(version?.[1]) === 3 && Number(version?.[2]) >= 2);
    const config = documented('# .pre-commit-config.yaml')
      .replace('https://github.com/shipshape/shipshape', hookRepo)
      .replace(/rev: \S+/, `rev: ${git(hookRepo, 'rev-parse', 'HEAD')}`)
      // Before 3.2 the stage was called `push` (Debian 12 ships pre-commit 3.0).
      .replace('stages: [pre-push]', modern ? 'stages: [pre-push]' : 'stages: [push]');
    const stage = modern ? 'pre-push' : 'push';
    const good = sampleRepo('configured', 4);
    writeFileSync(join(good, '.pre-commit-config.yaml'), config);
    const pass = preCommit(good, [
      'run',
      '--hook-stage',
      stage,
      'shipshape-coverage-gate',
      '--all-files',
      '--verbose',
    ]);
    expect(pass.out).toContain('pass  coverage (lines): 80.00% ≥ 80%');
    expect(pass.code).toBe(0);
    writeFileSync(join(good, 'coverage/lcov.info'), lcov(3));
    const fail = preCommit(good, [
      'run',
      '--hook-stage',
      stage,
      'shipshape-coverage-gate',
      '--all-files',
      '--verbose',
    ]);
    expect(fail.code).toBe(1);
  });
});

describe('the hook launcher', () => {
  const launcher = (env: NodeJS.ProcessEnv) =>
    spawnSync(join(hookRepo, 'hooks/shipshape'), ['--version'], { encoding: 'utf8', env });
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

  it('uses SHIPSHAPE_NODE over an older node on PATH, and refuses one that is too old', () => {
    const oldNode = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).stdout?.trim();
    const r = launcher({ PATH: '/usr/bin:/bin', SHIPSHAPE_NODE: node.bin });
    expect(r.stdout.trim()).toBe(version);
    expect(r.status).toBe(0);
    if (oldNode && !/^v(2[2-9]|[3-9]\d)\./.test(oldNode)) {
      const refused = launcher({ PATH: '/usr/bin:/bin', SHIPSHAPE_NODE: '/usr/bin/node' });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('is not a Node.js 22.12 or newer');
    }
  });

  const systemNode = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  it.skipIf(!/^v(1\d|2[01])\./.test(systemNode) || !spawnSync('/usr/bin/npx', ['--version']).stdout)(
    `falls back to Node 24 from the npm registry when the system Node (${systemNode}) is older`,
    () => {
      const r = launcher({ PATH: '/usr/bin:/bin', HOME: process.env.HOME ?? scratch });
      expect(r.stderr).toContain('using Node 24 from the npm registry');
      expect(r.stdout.trim()).toBe(version);
      expect(r.status).toBe(0);
    },
    180_000,
  );
});

describe.each([
  [
    'husky',
    () => ({
      file: '.husky/pre-push',
      script: documented('# .husky/pre-push'),
      run: ['sh', '-e', '.husky/pre-push'],
    }),
  ],
  [
    'lefthook',
    () => {
      const config = parse(documented('# lefthook.yml'));
      return {
        file: 'lefthook.yml',
        script: documented('# lefthook.yml'),
        run: ['sh', '-c', config['pre-push'].commands.coverage.run],
      };
    },
  ],
])('%s', (name, hook) => {
  it('runs the README hook script: passes with enough coverage, fails below it', () => {
    const { file, script, run } = hook();
    const dir = sampleRepo(`${name}-sample`);
    // The project's tests write coverage/lcov.info; COVERED says how many of a.js's 5 lines they hit.
    writeFileSync(
      join(dir, 'write-coverage.mjs'),
      `import { writeFileSync } from 'node:fs';\nwriteFileSync('coverage/lcov.info', ${JSON.stringify(lcov(0))}.replace(/DA:(\\d),0/g, (m, n) => \`DA:\${n},\${Number(n) <= Number(process.env.COVERED) ? 1 : 0}\`));\n`,
    );
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'sample',
        version: '1.0.0',
        private: true,
        scripts: { test: 'node write-coverage.mjs' },
      }),
    );
    execFileSync('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--offline', tarball], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, PATH: pathWith(node) },
    });
    mkdirSync(join(dir, '.husky'), { recursive: true });
    writeFileSync(join(dir, file), script);
    const hookRun = (covered: number) =>
      spawnSync(run[0]!, run.slice(1), {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PATH: pathWith(node), COVERED: String(covered) },
      });
    const pass = hookRun(4);
    expect(pass.stdout).toContain('coverage 80.00% (lines 4/5)');
    expect(pass.status).toBe(0);
    const fail = hookRun(3);
    expect(fail.stdout).toContain('coverage gate FAILED');
    expect(fail.status).toBe(1);
  });
});
