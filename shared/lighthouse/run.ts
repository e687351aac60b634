// Lighthouse runs of one URL: each in a fresh Chrome and its own Node process, one at a time, with
// bounded retries of failures that are the machine's fault, and Chrome always stopped.
import { type ChildProcess, spawn } from 'node:child_process';
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
  /** Request headers for the audited origin's requests only (authentication); values are secrets. */
  headers: Record<string, string>;
  /** Cookies set in Chrome for the audited host only; values are secrets. */
  cookies: readonly { name: string; value: string }[];
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

/** Where one run's wall time went, for the benchmark and the debug log. */
export interface RunPhases {
  /** Launching Chrome until its DevTools port answers. */
  chromeStartMs: number;
  /** Waiting for the worker's Lighthouse import (0 once warm). */
  importMs: number;
  /** Lighthouse itself: navigation, throttled load, quiet windows, trace processing, audits. */
  lighthouseMs: number;
  /** Writing the JSON and HTML reports. */
  writeMs: number;
  chromeStopMs: number;
}

export interface RunOutput {
  phases: RunPhases;
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
  if (workerScript) rmSync(workerScript.dir, { recursive: true, force: true });
}

function lighthouseModules(installDir: string) {
  const root = join(installDir, 'node_modules', 'lighthouse');
  return {
    lighthouseModule: pathToFileURL(join(root, 'core', 'index.js')).href,
    // Lighthouse's own puppeteer-core, so the page handed to it is of the version it expects.
    puppeteerModule: pathToFileURL(
      join(installDir, 'node_modules', 'puppeteer-core', 'lib', 'puppeteer', 'puppeteer-core.js'),
    ).href,
    desktopConfig: pathToFileURL(join(root, 'core', 'config', 'desktop-config.js')).href,
  };
}

type WorkerReply =
  | { ok: true; timings: { importMs: number; lighthouseMs: number; writeMs: number } }
  | { ok: false; code: string; message: string };

interface WorkerOutcome {
  reply?: WorkerReply;
  /** Set when the worker died or was killed instead of answering. */
  exit?: { code: number | null; timedOut: boolean; stderr: string };
}

/** One long-lived Lighthouse process (see child-script.ts); replaced whenever a run ends it. */
class LighthouseWorker {
  private readonly child: ChildProcess;
  private stderr = '';
  private exited = false;
  private readonly exitListeners: ((code: number | null) => void)[] = [];
  readonly kill = () => {
    if (!this.exited) this.child.kill('SIGKILL');
  };

  constructor(
    script: string,
    readonly installDir: string,
  ) {
    const m = lighthouseModules(installDir);
    this.child = spawn(process.execPath, [script, m.lighthouseModule, m.puppeteerModule], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child.stderr?.on('data', (d: Buffer) => {
      if (this.stderr.length < 20_000) this.stderr += d.toString();
    });
    this.child.once('exit', (code) => {
      this.exited = true;
      active.delete(this.kill);
      for (const l of this.exitListeners.splice(0)) l(code);
    });
    this.child.once('error', () => {
      this.exited = true;
    });
    active.add(this.kill);
  }

  get alive(): boolean {
    return !this.exited && this.child.connected;
  }

  run(job: Record<string, unknown>, timeoutMs: number, chrome: RunningChrome): Promise<WorkerOutcome> {
    return new Promise((resolve) => {
      let timedOut = false;
      const done = (outcome: WorkerOutcome) => {
        clearTimeout(timer);
        this.child.removeListener('message', onMessage);
        resolve(outcome);
      };
      const onMessage = (reply: WorkerReply) => done({ reply });
      this.child.on('message', onMessage);
      this.exitListeners.push((code) => done({ exit: { code, timedOut, stderr: this.stderr } }));
      const timer = setTimeout(() => {
        timedOut = true;
        this.kill();
      }, timeoutMs);
      // Without Chrome the run cannot finish; Lighthouse would only notice at its protocol timeout.
      chrome.onUnexpectedExit(this.kill);
      this.child.send(job);
    });
  }
}

let worker: LighthouseWorker | undefined;
let workerScript: { dir: string; path: string } | undefined;

function workerFor(installDir: string): LighthouseWorker {
  if (worker?.alive && worker.installDir === installDir) return worker;
  worker?.kill();
  if (!workerScript || !existsSync(workerScript.path)) {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-lh-'));
    workerScript = { dir, path: join(dir, 'lighthouse-worker.mjs') };
    writeFileSync(workerScript.path, CHILD_SCRIPT);
  }
  worker = new LighthouseWorker(workerScript.path, installDir);
  return worker;
}

/** Ends the Lighthouse worker and removes its script; the next run starts a new one. */
export function stopLighthouseWorker(): void {
  worker?.kill();
  worker = undefined;
  if (workerScript) rmSync(workerScript.dir, { recursive: true, force: true });
  workerScript = undefined;
}

/**
 * Starts the worker (and its Lighthouse import) ahead of the first run, so that the import
 * overlaps the servers' and Chrome's start instead of following them.
 */
export function warmLighthouseWorker(installDir: string): void {
  workerFor(installDir);
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
  const started = Date.now();
  let phases: RunPhases | undefined;
  let chrome: RunningChrome | undefined;
  // Also run by the signal handler, which exits before `finally` could.
  const stop = () => {
    chrome?.stop();
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
    const chromeReady = Date.now();
    const browserVersion = await browserVersionOf(chrome.port);
    const lhrPath = join(ctx.outDir, `${label}.report.json`);
    const htmlPath = join(ctx.outDir, `${label}.report.html`);
    const modules = lighthouseModules(ctx.installDir);
    const job = {
      url,
      port: chrome.port,
      configModule: settings.preset === 'desktop' ? modules.desktopConfig : undefined,
      maxWaitForLoad: settings.maxWaitForLoad,
      maxWaitForFcp: Math.min(settings.maxWaitForLoad, 30_000),
      headers: settings.headers,
      cookies: settings.cookies,
      throttlingMethod: settings.throttling,
      lhrPath,
      htmlPath,
    };
    // Lighthouse's own limits come first; this catches a page whose document never arrives, where
    // Lighthouse itself would wait far longer than maxWaitForLoad.
    const timeoutMs = settings.maxWaitForLoad + 30_000;
    const outcome = await workerFor(ctx.installDir).run(job, timeoutMs, chrome);
    if (chrome.exitedEarly()) throw describeLighthouseError(url, 'CHROME_CRASHED', '');
    if (outcome.exit?.timedOut) {
      throw describeLighthouseError(
        url,
        'RUN_TIMEOUT',
        `the page never finished loading: no result ${Math.round(timeoutMs / 1000)} s after the start (max-wait-for-load ${Math.round(settings.maxWaitForLoad / 1000)} s), so the run was stopped`,
      );
    }
    if (outcome.exit) {
      const tail = outcome.exit.stderr.trim().split('\n').slice(-3).join(' ');
      throw new LighthouseRunError(
        `${url}: the Lighthouse process exited with code ${outcome.exit.code}: ${tail}`,
        'CHILD_FAILED',
        false,
      );
    }
    const reply = outcome.reply as WorkerReply;
    if (!reply.ok) {
      if (
        /Target closed|WebSocket is not open|socket hang up|ECONNRESET|Session closed/i.test(reply.message)
      ) {
        throw describeLighthouseError(url, 'CHROME_CRASHED', reply.message);
      }
      throw describeLighthouseError(url, reply.code, reply.message);
    }
    // chromeStopMs is filled in by `finally`, before the caller sees this object.
    phases = { chromeStartMs: chromeReady - started, ...reply.timings, chromeStopMs: 0 };
    const lhr = JSON.parse(readFileSync(lhrPath, 'utf8')) as Lhr;
    if (lhr.runtimeError) {
      const { code, message } = lhr.runtimeError;
      if (UNREACHABLE_CODES.has(code))
        throw describeLighthouseError(url, code, await probeUnreachable(url, settings.headers));
      throw describeLighthouseError(url, code, message);
    }
    return { lhr, htmlPath, lhrPath, browserVersion, phases };
  } finally {
    const stopping = Date.now();
    stop();
    active.delete(stop);
    await chrome?.exited();
    if (phases) phases.chromeStopMs = Date.now() - stopping;
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
