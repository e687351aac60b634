import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../runtime/errors.js';
import { silentLogger } from '../runtime/logger.js';
import { ensureLighthouse, type FolderCache, installDir, installKey, npmEnvironment } from './install.js';
import { CHROME_LAUNCHER_VERSION, LIGHTHOUSE_VERSION } from './versions.js';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'shipshape-install-test-'));
  temps.push(d);
  return d;
}

/** A registry stand-in on loopback: answers (404) to anything, which is all the reachability probe needs. */
let registry: Server;
let registryUrl: string;
beforeAll(async () => {
  registry = createServer((_q, s) => s.writeHead(404).end());
  await new Promise<void>((ok) => registry.listen(0, '127.0.0.1', ok));
  registryUrl = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
});
afterAll(() => {
  registry.close();
});

/**
 * A stand-in for npm: `config get` prints the registry from npm_config_registry; `ci` records its
 * arguments, the lockfile it was given and its environment, then lays out the two packages.
 */
function fakeNpm(
  dir: string,
  o: { fail?: boolean } = {},
): { path: string; calls: () => string[][]; dir: string } {
  const log = join(dir, 'calls.log');
  const path = join(dir, 'npm');
  writeFileSync(
    path,
    `#!/bin/sh
if [ "$1" = "config" ]; then echo "registry=\${npm_config_registry:-https://registry.npmjs.org/}"; echo "https-proxy=null"; exit 0; fi
echo "$@" >> ${log}
cp package-lock.json ${dir}/seen-lock.json
env > ${dir}/seen-env
${o.fail ? 'echo "npm error 404 Not Found - GET https://registry.example/lighthouse" >&2; exit 1' : ''}
mkdir -p node_modules/lighthouse node_modules/chrome-launcher
echo '{}' > node_modules/lighthouse/package.json
echo '{}' > node_modules/chrome-launcher/package.json
`,
  );
  chmodSync(path, 0o755);
  return {
    path,
    dir,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((l) => l.split(' '))
        : [],
  };
}

describe('ensureLighthouse', () => {
  it('installs with npm ci from the committed lockfile, saves to the cache, and reuses the folder afterwards', async () => {
    const root = temp();
    const npm = fakeNpm(temp());
    const saved: string[] = [];
    const cache: FolderCache = {
      restore: async () => false,
      save: async (_dir, key) => void saved.push(key),
    };
    const env = {
      PATH: process.env.PATH,
      npm_config_registry: registryUrl,
      NPM_CONFIG_USERCONFIG: '/runner/temp/.npmrc',
      npm_package_name: 'the-users-app',
      npm_config_prefix: '/somewhere/else',
    };
    const first = await ensureLighthouse({ root, cache, npm: npm.path, log: silentLogger, env });
    expect(first).toEqual({ dir: installDir(root), source: 'npm' });
    expect(npm.calls()[0]?.[0]).toBe('ci');
    expect(npm.calls()[0]).toEqual(expect.arrayContaining(['--ignore-scripts', '--omit=dev']));
    const lock = JSON.parse(readFileSync(join(npm.dir, 'seen-lock.json'), 'utf8'));
    expect(lock.packages['node_modules/lighthouse'].version).toBe(LIGHTHOUSE_VERSION);
    expect(lock.packages['node_modules/lighthouse'].integrity).toMatch(/^sha512-/);
    // The user's registry configuration reaches npm; what `npm run` injected about its project does not.
    const seen = readFileSync(join(npm.dir, 'seen-env'), 'utf8');
    expect(seen).toContain(`npm_config_registry=${registryUrl}`);
    expect(seen).toContain('NPM_CONFIG_USERCONFIG=/runner/temp/.npmrc');
    expect(seen).not.toContain('npm_package_name');
    expect(seen).not.toContain('npm_config_prefix');
    expect(saved).toEqual([installKey()]);
    expect(installKey()).toContain(
      `${process.platform}-${process.arch}-node${process.versions.node.split('.')[0]}`,
    );
    const second = await ensureLighthouse({ root, cache, npm: npm.path, log: silentLogger, env });
    expect(second.source).toBe('present');
    expect(npm.calls()).toHaveLength(1);
  });

  it('restores from the cache without running npm', async () => {
    const root = temp();
    const npm = fakeNpm(temp());
    const cache: FolderCache = {
      restore: async (dir) => {
        for (const p of ['lighthouse', 'chrome-launcher']) {
          mkdirSync(join(dir, 'node_modules', p), { recursive: true });
          writeFileSync(join(dir, 'node_modules', p, 'package.json'), '{}');
        }
        writeFileSync(join(dir, '.shipshape-complete'), '');
        return true;
      },
      save: async () => {
        throw new Error('must not save what was restored');
      },
    };
    expect((await ensureLighthouse({ root, cache, npm: npm.path, log: silentLogger })).source).toBe('cache');
    expect(npm.calls()).toEqual([]);
  });

  it('a failed install is an environment problem naming the versions, the registry and npm’s error; no half install', async () => {
    const root = temp();
    const npm = fakeNpm(temp(), { fail: true });
    const env = { PATH: process.env.PATH, npm_config_registry: registryUrl };
    const failure = ensureLighthouse({ root, npm: npm.path, log: silentLogger, env });
    await expect(failure).rejects.toBeInstanceOf(EnvironmentError);
    await expect(failure).rejects.toThrow(
      new RegExp(
        `^could not install lighthouse@${LIGHTHOUSE_VERSION} and chrome-launcher@${CHROME_LAUNCHER_VERSION} with npm ci from ${registryUrl} into .*: npm error 404 Not Found`,
      ),
    );
    expect(existsSync(installDir(root))).toBe(false);
    await expect(
      ensureLighthouse({ root, npm: join(root, 'no-npm-here'), log: silentLogger }),
    ).rejects.toThrow(/was not found on PATH/);
  });
});

describe('npmEnvironment', () => {
  it('keeps the user’s npm configuration and drops what an enclosing npm run injected', () => {
    const env = npmEnvironment({
      npm_config_registry: 'https://npm.internal/',
      NPM_CONFIG_USERCONFIG: '/tmp/.npmrc',
      npm_config__auth: 'x',
      https_proxy: 'http://proxy:3128',
      npm_lifecycle_event: 'test',
      npm_package_version: '1.0.0',
      npm_config_local_prefix: '/app',
      npm_config_prefix: '/app',
    });
    expect(Object.keys(env).sort()).toEqual(
      ['NPM_CONFIG_USERCONFIG', 'https_proxy', 'npm_config__auth', 'npm_config_registry'].sort(),
    );
  });
});

describe('pinned versions', () => {
  it('equal the exact devDependencies the unit tests run, and the committed runtime lockfile', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.devDependencies.lighthouse).toBe(LIGHTHOUSE_VERSION);
    expect(pkg.devDependencies['chrome-launcher']).toBe(CHROME_LAUNCHER_VERSION);
    const lock = JSON.parse(readFileSync(new URL('./runtime/package-lock.json', import.meta.url), 'utf8'));
    expect(lock.packages['node_modules/lighthouse'].version).toBe(LIGHTHOUSE_VERSION);
    expect(lock.packages['node_modules/chrome-launcher'].version).toBe(CHROME_LAUNCHER_VERSION);
    const unpinned = Object.entries(lock.packages as Record<string, { integrity?: string; link?: boolean }>)
      .filter(([path, p]) => path !== '' && !p.link && !p.integrity)
      .map(([path]) => path);
    expect(unpinned).toEqual([]);
  });
});
