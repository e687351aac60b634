// Starting and stopping one headless Chrome per Lighthouse run, through chrome-launcher.
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../runtime/errors.js';
import { importFromInstall } from './install.js';

/**
 * Flags that work as root in a CI container: no sandbox (root cannot use it), no GPU, /tmp
 * instead of a small /dev/shm, and nothing that reaches the network by itself. Never
 * --single-process, which makes Lighthouse runs hang or crash.
 */
export const CHROME_FLAGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface ChromeLauncherModule {
  launch(o: {
    chromePath?: string;
    chromeFlags?: string[];
    userDataDir?: string;
    logLevel?: 'silent';
    handleSIGINT?: boolean;
    connectionPollInterval?: number;
    maxConnectionRetries?: number;
  }): Promise<{
    pid: number;
    port: number;
    process: import('node:child_process').ChildProcess;
    kill(): void;
  }>;
  getChromePath(): string;
}

export interface RunningChrome {
  pid: number;
  port: number;
  userDataDir: string;
  /** Set when Chrome exited before we stopped it. */
  exitedEarly(): boolean;
  /** Called once if Chrome exits before stop(). */
  onUnexpectedExit(listener: () => void): void;
  stop(): void;
  /** Resolves once Chrome's main process has exited after stop() (bounded wait). */
  exited(timeoutMs?: number): Promise<void>;
}

/** The chrome-path input, else CHROME_PATH, else whatever chrome-launcher finds (undefined). */
export function chooseChromePath(input: string, env: NodeJS.ProcessEnv): { path?: string; from: string } {
  if (input) return { path: input, from: "input 'chrome-path'" };
  if (env.CHROME_PATH) return { path: env.CHROME_PATH, from: 'CHROME_PATH' };
  return { from: 'chrome-launcher' };
}

/** Fails early, naming where the path came from, when a given Chrome path cannot be executed. */
export function checkChromePath(choice: { path?: string; from: string }): void {
  if (!choice.path) return;
  try {
    accessSync(choice.path, constants.X_OK);
  } catch {
    const message = `Chrome not found: '${choice.path}' (from ${choice.from}) does not exist or is not executable. Install Chromium (Debian/Ubuntu: apt-get install -y chromium) or point chrome-path at it`;
    if (choice.from === "input 'chrome-path'")
      throw new InputError('chrome-path', message.replace(/^Chrome not found: /, ''));
    throw new Error(message);
  }
}

export class ChromeLaunchError extends Error {
  override name = 'ChromeLaunchError';
  constructor(
    message: string,
    /** No Chrome at all: retrying cannot help. */
    readonly notFound = false,
  ) {
    super(message);
  }
}

export async function loadChromeLauncher(installDir: string): Promise<ChromeLauncherModule> {
  const mod = await importFromInstall<Partial<ChromeLauncherModule> & { default?: ChromeLauncherModule }>(
    installDir,
    'chrome-launcher/dist/index.js',
  );
  return typeof mod.launch === 'function'
    ? (mod as ChromeLauncherModule)
    : (mod.default as ChromeLauncherModule);
}

/** Launches Chrome with a fresh profile folder; the caller must call stop(), which is idempotent. */
export async function launchChrome(
  launcher: ChromeLauncherModule,
  chromePath: string | undefined,
  /** How long to wait for Chrome's DevTools port. */
  connectTimeoutMs = 30_000,
): Promise<RunningChrome> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'shipshape-chrome-'));
  let chrome: Awaited<ReturnType<ChromeLauncherModule['launch']>>;
  try {
    chrome = await launcher.launch({
      chromePath,
      chromeFlags: [...CHROME_FLAGS],
      userDataDir,
      logLevel: 'silent',
      handleSIGINT: false,
      connectionPollInterval: 250,
      maxConnectionRetries: Math.max(1, Math.ceil(connectTimeoutMs / 250)),
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    const raw = error instanceof Error ? error.message : String(error);
    const notFound = /CHROME_PATH|No Chrome installations found|ENOENT/i.test(raw);
    const hint = notFound
      ? 'no Chrome or Chromium was found; install it (Debian/Ubuntu: apt-get install -y chromium) or set chrome-path'
      : raw.split('\n')[0];
    throw new ChromeLaunchError(
      `Chrome did not start (${chromePath ?? 'found by chrome-launcher'}): ${hint}`,
      notFound,
    );
  }
  let exited = false;
  let stopped = false;
  const listeners: (() => void)[] = [];
  const exitedPromise = new Promise<void>((resolve) => {
    chrome.process.once('exit', () => {
      exited = true;
      if (!stopped) for (const l of listeners) l();
      resolve();
    });
  });
  return {
    pid: chrome.pid,
    port: chrome.port,
    userDataDir,
    exitedEarly: () => exited && !stopped,
    // A killed process lingers until it is reaped; callers that check for leftovers wait here.
    exited: async (timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs;
      await Promise.race([
        exitedPromise,
        new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref()),
      ]);
      // Helpers that left Chrome's process group (zygotes) still name the profile folder: end them too.
      while (Date.now() < deadline) {
        const left = processesUsing(userDataDir);
        if (left.length === 0) return;
        for (const pid of left) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // Gone meanwhile.
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    onUnexpectedExit: (listener) => {
      listeners.push(listener);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        chrome.kill();
      } catch {
        // Already gone: nothing to stop.
      }
      try {
        // chrome-launcher kills the process group; a straggler of the group is killed here too.
        process.kill(-chrome.pid, 'SIGKILL');
      } catch {
        // No such group any more.
      }
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Processes whose command line names `marker` (Linux /proc); empty where /proc is absent. */
function processesUsing(marker: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'latin1').includes(marker)) found.push(Number(entry));
    } catch {
      // Exited while we looked.
    }
  }
  return found;
}
