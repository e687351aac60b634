// Lighthouse runs of one URL: each in a fresh Chrome and its own Node process, one at a time, with
// bounded retries of failures that are the machine's fault, and Chrome always stopped.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from '../runtime/logger.js';
import { CHILD_SCRIPT } from './child-script.js';
import { ChromeLaunchError, type ChromeLauncherModule, launchChrome, type RunningChrome } from './chrome.js';
import {
  describeLighthouseError,
  LighthouseRunError,
  probeUnreachable,
  UNREACHABLE_CODES,
} from './errors.js';
import type { Lhr } from './lhr.js';

export type Preset = 'desktop' | 'mobile';
export type ThrottlingMethod = 'simulate' | 'devtools' | 'provided';

export interface RunSettings {
  preset: Preset;
  throttling: ThrottlingMethod;
  /** Request headers for every request of the page (authentication); values are secrets. */
  extraHeaders: Record<string, string>;
  /** How long Lighthouse waits for the load event, ms. */
  maxWaitForLoad: number;
  chromePath?: string;
  /** Attempts per run for retryable failures (launch failure, PROTOCOL_TIMEOUT); default 3. */
  attempts?: number;
  /** How long Chrome may take to open its DevTools port; default 30 s. */
  chromeStartTimeoutMs?: number;
}

export interface RunContext {
  installDir: string;
  launcher: ChromeLauncherModule;
  /** Where HTML reports and per-run JSON go. */
  outDir: string;
  log: Logger;
  /** Told about each Chrome as it starts (tests use it to crash one on purpose). */
  onChromeStarted?(chrome: { pid: number; userDataDir: string }): void;
}

export interface RunOutput {
  lhr: Lhr;
  /** Chrome's full version from its DevTools endpoint (the user agent in the LHR is reduced to 156.0.0.0). */
  browserVersion: string;
  htmlPath: string;
  lhrPath: string;
}

const active = new Set<() => void>();
let signalsHooked = false;

/**
 * Stops every Chrome, Lighthouse process and started app on SIGINT/SIGTERM (how GitHub cancels a
 * job), then exits 130/143 so that 'exit' handlers run too.
 */
export function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopAll();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  process.once('exit', stopAll);
}

export function stopAll(): void {
  for (const stop of [...active]) stop();
}

function lighthouseModules(installDir: string, preset: Preset) {
  const root = join(installDir, 'node_modules', 'lighthouse');
  return {
    lighthouseModule: pathToFileURL(join(root, 'core', 'index.js')).href,
    configModule:
      preset === 'desktop'
        ? pathToFileURL(join(root, 'core', 'config', 'desktop-config.js')).href
        : undefined,
  };
}

function runChild(
  script: string,
  jobPath: string,
  timeoutMs: number,
  chrome: RunningChrome,
): Promise<{ code: number | null; timedOut: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, jobPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 20_000) stderr += d.toString();
    });
    const kill = () => child.kill('SIGKILL');
    active.add(kill);
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    // Without Chrome the run cannot finish; Lighthouse would only notice at its protocol timeout.
    chrome.onUnexpectedExit(kill);
    child.once('error', (error) => {
      clearTimeout(timer);
      active.delete(kill);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      active.delete(kill);
      resolve({ code, timedOut, stderr });
    });
  });
}

async function browserVersionOf(port: number): Promise<string> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/json/version`, { signal: AbortSignal.timeout(5000) });
    const body = (await res.json()) as { Browser?: string };
    return /\/([\d.]+)$/.exec(body.Browser ?? '')?.[1] ?? '';
  } catch {
    return '';
  }
}

/** One Lighthouse run in a fresh Chrome; throws LighthouseRunError with a specific message. */
export async function runOnce(
  url: string,
  settings: RunSettings,
  ctx: RunContext,
  label: string,
): Promise<RunOutput> {
  hookSignals();
  mkdirSync(ctx.outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'shipshape-lh-'));
  let chrome: RunningChrome | undefined;
  // Also run by the signal handler, which exits before `finally` could.
  const stop = () => {
    chrome?.stop();
    rmSync(work, { recursive: true, force: true });
  };
  active.add(stop);
  try {
    try {
      chrome = await launchChrome(ctx.launcher, settings.chromePath, settings.chromeStartTimeoutMs);
    } catch (error) {
      if (error instanceof ChromeLaunchError) {
        throw new LighthouseRunError(
          error.message,
          error.notFound ? 'CHROME_NOT_FOUND' : 'CHROME_LAUNCH_FAILED',
          !error.notFound,
        );
      }
      throw error;
    }
    ctx.onChromeStarted?.({ pid: chrome.pid, userDataDir: chrome.userDataDir });
    const browserVersion = await browserVersionOf(chrome.port);
    const script = join(work, 'run-lighthouse.mjs');
    writeFileSync(script, CHILD_SCRIPT);
    const lhrPath = join(ctx.outDir, `${label}.report.json`);
    const htmlPath = join(ctx.outDir, `${label}.report.html`);
    const errorPath = join(work, 'error.json');
    const jobPath = join(work, 'job.json');
    writeFileSync(
      jobPath,
      JSON.stringify({
        url,
        port: chrome.port,
        ...lighthouseModules(ctx.installDir, settings.preset),
        maxWaitForLoad: settings.maxWaitForLoad,
        maxWaitForFcp: Math.min(settings.maxWaitForLoad, 30_000),
        extraHeaders: Object.keys(settings.extraHeaders).length > 0 ? settings.extraHeaders : undefined,
        throttlingMethod: settings.throttling,
        lhrPath,
        htmlPath,
        errorPath,
      }),
      { mode: 0o600 },
    );
    // Lighthouse's own limits come first; this catches a page whose document never arrives, where
    // Lighthouse itself would wait far longer than maxWaitForLoad.
    const timeoutMs = settings.maxWaitForLoad + 30_000;
    const child = await runChild(script, jobPath, timeoutMs, chrome);
    if (chrome.exitedEarly()) throw describeLighthouseError(url, 'CHROME_CRASHED', '');
    if (child.timedOut) {
      throw describeLighthouseError(
        url,
        'RUN_TIMEOUT',
        `the page never finished loading: no result ${Math.round(timeoutMs / 1000)} s after the start (max-wait-for-load ${Math.round(settings.maxWaitForLoad / 1000)} s), so the run was stopped`,
      );
    }
    if (child.code !== 0) {
      if (existsSync(errorPath)) {
        const failure = JSON.parse(readFileSync(errorPath, 'utf8')) as { code: string; message: string };
        if (
          /Target closed|WebSocket is not open|socket hang up|ECONNRESET|Session closed/i.test(
            failure.message,
          )
        ) {
          throw describeLighthouseError(url, 'CHROME_CRASHED', failure.message);
        }
        throw describeLighthouseError(url, failure.code, failure.message);
      }
      const tail = child.stderr.trim().split('\n').slice(-3).join(' ');
      throw new LighthouseRunError(
        `${url}: the Lighthouse process exited with code ${child.code}: ${tail}`,
        'CHILD_FAILED',
        false,
      );
    }
    const lhr = JSON.parse(readFileSync(lhrPath, 'utf8')) as Lhr;
    if (lhr.runtimeError) {
      const { code, message } = lhr.runtimeError;
      if (UNREACHABLE_CODES.has(code))
        throw describeLighthouseError(url, code, await probeUnreachable(url, settings.extraHeaders));
      throw describeLighthouseError(url, code, message);
    }
    return { lhr, htmlPath, lhrPath, browserVersion };
  } finally {
    stop();
    active.delete(stop);
    await chrome?.exited();
  }
}

/** runOnce with up to `attempts` tries for failures that are the machine's, not the page's. */
export async function runWithRetries(
  url: string,
  settings: RunSettings,
  ctx: RunContext,
  label: string,
): Promise<RunOutput> {
  const attempts = Math.max(1, settings.attempts ?? 3);
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, settings, ctx, label);
    } catch (error) {
      if (!(error instanceof LighthouseRunError) || !error.retryable || attempt >= attempts) {
        if (error instanceof LighthouseRunError && error.retryable) {
          throw new LighthouseRunError(
            `${error.message}; gave up after ${attempt} attempts`,
            error.code,
            false,
          );
        }
        throw error;
      }
      ctx.log.warning(`${error.message}; retrying (attempt ${attempt + 1} of ${attempts})`);
    }
  }
}
