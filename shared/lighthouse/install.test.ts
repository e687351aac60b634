import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../runtime/logger.js';
import { ensureLighthouse, type FolderCache, installDir, installKey } from './install.js';
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

/** A stand-in for npm that records its arguments and lays out the two packages under --prefix. */
function fakeNpm(dir: string, o: { fail?: boolean } = {}): { path: string; calls: () => string[][] } {
  const log = join(dir, 'calls.log');
  const path = join(dir, 'npm');
  writeFileSync(
    path,
    `#!/bin/sh
echo "$@" >> ${log}
${o.fail ? 'echo "npm error 404 Not Found - GET https://registry.npmjs.org/lighthouse" >&2; exit 1' : ''}
while [ "$1" != "--prefix" ]; do shift; done
mkdir -p "$2/node_modules/lighthouse" "$2/node_modules/chrome-launcher"
echo '{}' > "$2/node_modules/lighthouse/package.json"
echo '{}' > "$2/node_modules/chrome-launcher/package.json"
`,
  );
  chmodSync(path, 0o755);
  return {
    path,
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
  it('installs the pinned versions once, saves them to the cache, and reuses the folder afterwards', async () => {
    const root = temp();
    const npm = fakeNpm(temp());
    const saved: string[] = [];
    const cache: FolderCache = {
      restore: async () => false,
      save: async (_dir, key) => void saved.push(key),
    };
    const first = await ensureLighthouse({ root, cache, npm: npm.path, log: silentLogger });
    expect(first).toEqual({ dir: installDir(root), source: 'npm' });
    expect(npm.calls()[0]).toEqual(
      expect.arrayContaining([
        `lighthouse@${LIGHTHOUSE_VERSION}`,
        `chrome-launcher@${CHROME_LAUNCHER_VERSION}`,
        '--no-save',
      ]),
    );
    expect(saved).toEqual([installKey()]);
    expect(installKey()).toContain(
      `${process.platform}-${process.arch}-node${process.versions.node.split('.')[0]}`,
    );
    const second = await ensureLighthouse({ root, cache, npm: npm.path, log: silentLogger });
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

  it('a failed install names the versions, the folder and npm’s own error, and leaves no half install', async () => {
    const root = temp();
    const npm = fakeNpm(temp(), { fail: true });
    await expect(ensureLighthouse({ root, npm: npm.path, log: silentLogger })).rejects.toThrow(
      new RegExp(
        `^could not install lighthouse@${LIGHTHOUSE_VERSION} and chrome-launcher@${CHROME_LAUNCHER_VERSION} with npm into .*: npm error 404 Not Found`,
      ),
    );
    expect(existsSync(installDir(root))).toBe(false);
    await expect(
      ensureLighthouse({ root, npm: join(root, 'no-npm-here'), log: silentLogger }),
    ).rejects.toThrow(/was not found on PATH/);
  });
});

describe('pinned versions', () => {
  it('equal the exact devDependencies the unit tests run', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.devDependencies.lighthouse).toBe(LIGHTHOUSE_VERSION);
    expect(pkg.devDependencies['chrome-launcher']).toBe(CHROME_LAUNCHER_VERSION);
  });
});
