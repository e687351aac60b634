// Lighthouse cannot be bundled by ncc (it imports audits and locales by computed paths), so the
// action installs the pinned version into the runner's tool cache once and imports it from there.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from '../runtime/logger.js';
import { CHROME_LAUNCHER_VERSION, LIGHTHOUSE_VERSION } from './versions.js';

/** Saves and restores a folder between workflow runs (the Actions cache in the action). */
export interface FolderCache {
  restore(dir: string, key: string): Promise<boolean>;
  save(dir: string, key: string): Promise<void>;
}

export interface LighthouseInstall {
  /** The folder whose node_modules holds lighthouse and chrome-launcher. */
  dir: string;
  /** How it got there. */
  source: 'present' | 'cache' | 'npm';
}

export interface InstallOptions {
  /** Parent folder, e.g. RUNNER_TOOL_CACHE; the install goes to <root>/shipshape-lighthouse/<version>. */
  root: string;
  cache?: FolderCache;
  log: Logger;
  /** The npm command; default `npm` from PATH. */
  npm?: string;
  /** Default 5 minutes. */
  timeoutMs?: number;
}

const MARKER = '.shipshape-complete';

export function installKey(): string {
  const nodeMajor = process.versions.node.split('.')[0];
  return `shipshape-lighthouse-${LIGHTHOUSE_VERSION}-chrome-launcher-${CHROME_LAUNCHER_VERSION}-${process.platform}-${process.arch}-node${nodeMajor}`;
}

export function installDir(root: string): string {
  return join(root, 'shipshape-lighthouse', `${LIGHTHOUSE_VERSION}-${CHROME_LAUNCHER_VERSION}`);
}

function isComplete(dir: string): boolean {
  return (
    existsSync(join(dir, MARKER)) &&
    existsSync(join(dir, 'node_modules', 'lighthouse', 'package.json')) &&
    existsSync(join(dir, 'node_modules', 'chrome-launcher', 'package.json'))
  );
}

function npmInstall(npm: string, dir: string, timeoutMs: number): Promise<void> {
  const args = [
    'install',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--omit=dev',
    '--ignore-scripts',
    '--prefix',
    dir,
    `lighthouse@${LIGHTHOUSE_VERSION}`,
    `chrome-launcher@${CHROME_LAUNCHER_VERSION}`,
  ];
  return new Promise((resolve, reject) => {
    // npm_* variables come from an npm that started us (npx, npm run), not from the user's config;
    // npm_config_prefix among them would redirect the install.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    execFile(
      npm,
      args,
      { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const tail = String(stderr).trim().split('\n').slice(-5).join('\n');
        const why =
          (error as NodeJS.ErrnoException).code === 'ENOENT' ? `'${npm}' was not found on PATH` : tail;
        reject(
          new Error(
            `could not install lighthouse@${LIGHTHOUSE_VERSION} and chrome-launcher@${CHROME_LAUNCHER_VERSION} with npm into ${dir}: ${why || error.message}`,
          ),
        );
      },
    );
  });
}

/**
 * Makes sure the pinned Lighthouse is installed under `root`: already there, restored from the
 * cache, or installed with npm (then saved to the cache). A half-finished install is never used:
 * npm writes to a scratch folder that is renamed into place only when complete.
 */
export async function ensureLighthouse(o: InstallOptions): Promise<LighthouseInstall> {
  const dir = installDir(o.root);
  if (isComplete(dir)) return { dir, source: 'present' };
  const key = installKey();
  if (o.cache) {
    try {
      if ((await o.cache.restore(dir, key)) && isComplete(dir)) {
        o.log.info(`Lighthouse ${LIGHTHOUSE_VERSION} restored from the cache (${key})`);
        return { dir, source: 'cache' };
      }
    } catch (error) {
      o.log.warning(`Lighthouse cache not restored: ${(error as Error).message}`);
    }
  }
  o.log.info(
    `Installing lighthouse@${LIGHTHOUSE_VERSION} and chrome-launcher@${CHROME_LAUNCHER_VERSION} into ${dir}`,
  );
  const scratch = `${dir}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  // A package.json of our own stops npm from walking up and installing into an enclosing project.
  writeFileSync(
    join(scratch, 'package.json'),
    '{"name":"shipshape-lighthouse","private":true,"type":"module"}\n',
  );
  try {
    await npmInstall(o.npm ?? 'npm', scratch, o.timeoutMs ?? 300_000);
    writeFileSync(join(scratch, MARKER), `${new Date().toISOString()}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(scratch, dir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (o.cache) {
    try {
      await o.cache.save(dir, key);
    } catch (error) {
      o.log.warning(`Lighthouse install not saved to the cache: ${(error as Error).message}`);
    }
  }
  return { dir, source: 'npm' };
}

/** Imports a module file of the install by absolute path (bundlers leave such imports alone). */
export async function importFromInstall<T>(dir: string, relativePath: string): Promise<T> {
  const file = join(dir, 'node_modules', relativePath);
  return (await import(/* webpackIgnore: true */ pathToFileURL(file).href)) as T;
}
