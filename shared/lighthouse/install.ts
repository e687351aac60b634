// Lighthouse cannot be bundled by ncc (it imports audits and locales by computed paths), so the
// action installs the pinned version into the runner's tool cache once and imports it from there.
// The install is `npm ci` against a lockfile committed here (every package pinned with its
// integrity hash), through the user's own npm configuration (registry, proxy, .npmrc), and it
// fails fast, naming the registry, when that registry cannot be reached.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EnvironmentError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import runtimePackage from './runtime/package.json' with { type: 'json' };
import runtimeLock from './runtime/package-lock.json' with { type: 'json' };
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
  source: 'present' | 'cache' | 'npm' | 'given';
}

export interface InstallOptions {
  /** Parent folder, e.g. RUNNER_TOOL_CACHE; the install goes to <root>/shipshape-lighthouse/<version>. */
  root: string;
  cache?: FolderCache;
  log: Logger;
  /** The environment npm runs with (the job's, without inputs and runner tokens). */
  env?: NodeJS.ProcessEnv;
  /** A folder whose `.npmrc` (project npm configuration) applies to the install, e.g. the workspace. */
  projectDir?: string;
  /** The npm command; default `npm` from PATH. */
  npm?: string;
  /** Default 5 minutes. */
  timeoutMs?: number;
  /** How long the registry may take to answer at all; default 15 s. */
  probeTimeoutMs?: number;
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

/**
 * The environment for npm: the user's configuration (npm_config_registry, NPM_CONFIG_USERCONFIG as
 * setup-node sets it, proxies) stays; what an npm that started us (npm run, npx) injects about its
 * own project would redirect the install, so that goes.
 */
export function npmEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const injected =
    /^npm_(lifecycle_|package_|command$|execpath$|node_execpath$|config_(local_prefix|global_prefix|prefix|argv|npm_version|user_agent)$)/i;
  return Object.fromEntries(Object.entries(env).filter(([k]) => !injected.test(k)));
}

/** Without credentials or query: what a message may show of a registry URL. */
function shownRegistry(registry: string): string {
  try {
    const u = new URL(registry);
    return `${u.origin}${u.pathname}`;
  } catch {
    return registry;
  }
}

function runNpm(
  npm: string,
  args: string[],
  o: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<{ stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      npm,
      args,
      { cwd: o.cwd, env: o.env, timeout: o.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout: String(stdout) });
        const e = error as NodeJS.ErrnoException & { killed?: boolean };
        const tail = String(stderr).trim().split('\n').slice(-5).join('\n');
        if (e.code === 'ENOENT')
          reject(new EnvironmentError(`'${npm}' was not found on PATH: install Node.js with npm`));
        else reject(Object.assign(new Error(tail || error.message), { timedOut: e.killed === true }));
      },
    );
  });
}

/** Any HTTP answer means npm can talk to the registry; no answer at all fails now, not after npm's retries. */
async function probeRegistry(registry: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const res = await fetch(registry, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if ((error as Error).name === 'TimeoutError') return `no answer within ${Math.round(timeoutMs / 1000)} s`;
    return cause?.code ?? (error as Error).message;
  }
}

function usesProxy(env: NodeJS.ProcessEnv, proxy: string): boolean {
  return (
    Boolean(proxy && proxy !== 'null') ||
    ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => env[k])
  );
}

async function npmCi(o: InstallOptions, scratch: string): Promise<void> {
  const npm = o.npm ?? 'npm';
  const env = npmEnvironment(o.env ?? process.env);
  const timeoutMs = o.timeoutMs ?? 300_000;
  const config = await runNpm(npm, ['config', 'get', 'registry', 'https-proxy'], {
    cwd: scratch,
    env,
    timeoutMs: 30_000,
  }).catch((error: Error) => {
    if (error instanceof EnvironmentError) throw error;
    throw new EnvironmentError(`npm could not read its configuration: ${error.message}`);
  });
  const [registryLine = '', proxyLine = ''] = config.stdout.trim().split('\n');
  const registry = (registryLine.split('=').pop() ?? '').trim() || 'https://registry.npmjs.org/';
  const shown = shownRegistry(registry);
  const what = `lighthouse@${LIGHTHOUSE_VERSION} and chrome-launcher@${CHROME_LAUNCHER_VERSION}`;
  const advice =
    'Check the npm registry configuration (npm_config_registry, .npmrc) or preinstall Lighthouse and point SHIPSHAPE_LIGHTHOUSE_DIR at it';
  // A proxy only npm knows how to use would make a direct probe fail for no reason.
  if (!usesProxy(env, (proxyLine.split('=').pop() ?? '').trim())) {
    const unreachable = await probeRegistry(registry, o.probeTimeoutMs ?? 15_000);
    if (unreachable) {
      throw new EnvironmentError(
        `the npm registry ${shown} cannot be reached (${unreachable}), so ${what} cannot be installed. ${advice}`,
      );
    }
  }
  try {
    await runNpm(
      npm,
      [
        'ci',
        '--no-audit',
        '--no-fund',
        '--omit=dev',
        '--ignore-scripts',
        '--fetch-retries=2',
        '--fetch-timeout=60000',
      ],
      { cwd: scratch, env, timeoutMs },
    );
  } catch (error) {
    if (error instanceof EnvironmentError) throw error;
    const timedOut = (error as { timedOut?: boolean }).timedOut;
    throw new EnvironmentError(
      `could not install ${what} with npm ci from ${shown} into ${scratch.replace(/\.partial-\d+$/, '')}: ${
        timedOut ? `npm did not finish within ${Math.round(timeoutMs / 1000)} s` : (error as Error).message
      }. ${advice}`,
    );
  }
}

/**
 * Makes sure the pinned Lighthouse is installed under `root`: already there, restored from the
 * cache, or installed with npm ci (then saved to the cache). A half-finished install is never
 * used: npm writes to a scratch folder that is renamed into place only when complete.
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
    `Installing lighthouse@${LIGHTHOUSE_VERSION} and chrome-launcher@${CHROME_LAUNCHER_VERSION} into ${dir} (npm ci, committed lockfile)`,
  );
  const scratch = `${dir}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  // Our own package.json stops npm from walking up into an enclosing project; the lockfile pins
  // every package with its integrity hash.
  writeFileSync(join(scratch, 'package.json'), `${JSON.stringify(runtimePackage, null, 2)}\n`);
  writeFileSync(join(scratch, 'package-lock.json'), `${JSON.stringify(runtimeLock, null, 2)}\n`);
  const projectRc = o.projectDir ? join(o.projectDir, '.npmrc') : undefined;
  if (projectRc && existsSync(projectRc)) copyFileSync(projectRc, join(scratch, '.npmrc'));
  try {
    await npmCi(o, scratch);
    rmSync(join(scratch, '.npmrc'), { force: true });
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
