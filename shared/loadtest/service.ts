// Starting and always stopping the services under test. Each runs in its own process group
// (spawned detached) so that stopping it also stops whatever its start command started.
import { type ChildProcess, spawn } from 'node:child_process';
import { UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { runningMembers } from './proc.js';

/** The service under test failed: it would not start, never became ready, or died under load (exit 2). */
export class ServiceRunError extends UsageError {
  override name = 'ServiceRunError';
}

export interface ServiceSpec {
  /** 'base' or 'head': used in every message. */
  label: string;
  cwd: string;
  command: string;
  env?: Record<string, string>;
}

const OUTPUT_TAIL = 2000;

/** The last characters of what a process printed, for error messages. */
class Tail {
  private text = '';
  add(chunk: Buffer): void {
    this.text = (this.text + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
  }
  toString(): string {
    const t = this.text.trim();
    return t ? `\n--- last output ---\n${t}` : ' (it printed nothing)';
  }
}

const live = new Set<RunningService>();
const cancelCleanups = new Set<() => void>();
let handlersInstalled = false;
let cancelling = false;

/**
 * Once the run is being cancelled, work that is still under way must not go on to report (a trial
 * against a killed service would look like a failure): it waits here while the signal handler stops
 * the groups and ends the process.
 */
export function haltIfCancelling(): Promise<void> {
  return cancelling ? new Promise<void>(() => {}) : Promise.resolve();
}

/** Installs the cancellation handlers now (they are installed anyway by the first spawn). */
export function stopServicesOnCancel(): void {
  installSignalHandlers();
}

/**
 * Registers synchronous cleanup (removing a worktree) to run if the process is cancelled before the
 * normal path gets to it; the returned function unregisters it.
 */
export function onCancel(cleanup: () => void): () => void {
  installSignalHandlers();
  cancelCleanups.add(cleanup);
  return () => cancelCleanups.delete(cleanup);
}

/** How long a cancelled run waits for its process groups to be gone before it exits anyway. */
const CANCEL_WAIT_MS = 10_000;

/**
 * On cancellation (the runner sends SIGINT, then SIGTERM) stop every group and exit only once their
 * processes are gone: a SIGKILL is only a request, and a process that has not finished exiting
 * still holds its listening port. Exiting before would leave ports bound (and processes visible)
 * for a moment after the step ended, longer on a busy machine.
 */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      if (cancelling) return;
      cancelling = true;
      const groups = [...live];
      for (const s of groups) s.killNow();
      void Promise.all(groups.map((s) => s.gone(CANCEL_WAIT_MS))).finally(() => {
        for (const cleanup of cancelCleanups) {
          try {
            cleanup();
          } catch {
            // best effort: the process is exiting
          }
        }
        process.exit(code);
      });
    });
  }
  process.once('exit', () => {
    for (const s of live) s.killNow();
  });
}

export class RunningService {
  readonly tail = new Tail();
  exitCode: number | null = null;
  exitSignal: NodeJS.Signals | null = null;
  private readonly exited: Promise<void>;
  private stopping = false;

  constructor(
    readonly spec: ServiceSpec,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (c: Buffer) => this.tail.add(c));
    child.stderr?.on('data', (c: Buffer) => this.tail.add(c));
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        resolve();
      });
      child.once('error', (error) => {
        this.tail.add(Buffer.from(String(error.message)));
        this.exitCode = -1;
        resolve();
      });
    });
  }

  get pgid(): number {
    return this.child.pid ?? 0;
  }

  get hasExited(): boolean {
    return this.exitCode !== null || this.exitSignal !== null;
  }

  describeExit(): string {
    return this.exitSignal ? `was killed by ${this.exitSignal}` : `exited with code ${this.exitCode}`;
  }

  /** Throws a ServiceRunError when the service is gone while we still need it. */
  assertAlive(during: string): void {
    if (this.hasExited && !this.stopping) {
      throw new ServiceRunError(
        `the ${this.spec.label} service ${this.describeExit()} during ${during}${this.tail}`,
      );
    }
  }

  killNow(): void {
    this.stopping = true;
    if (!this.child.pid) return;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }

  /**
   * Resolves once the leader has exited and no other member of its group is still running (or after
   * `timeoutMs`): only then are the group's ports free.
   */
  async gone(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const leader = this.child.pid ? this.exited : Promise.resolve();
    await Promise.race([leader, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    while (Date.now() < deadline && this.child.pid && (runningMembers(this.child.pid)?.length ?? 0) > 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the whole group is gone. */
  async stop(graceMs = 3000): Promise<void> {
    this.stopping = true;
    const pid = this.child.pid;
    if (pid) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // the group is already gone
      }
      const timer = setTimeout(() => this.killNow(), graceMs);
      await this.exited;
      clearTimeout(timer);
      // Members that outlive the leader (a worker the shell started) get no second chance.
      this.killNow();
      await this.gone(graceMs);
    }
    live.delete(this);
  }
}

/**
 * Starts `spec.command` through `sh -c` in its own process group. `inherited` is the environment it
 * starts from: for code under test, the shell's childEnv (no action inputs, no runner tokens).
 */
export function spawnService(
  spec: ServiceSpec,
  port: number,
  inherited: NodeJS.ProcessEnv = process.env,
): RunningService {
  installSignalHandlers();
  const child = spawn('sh', ['-c', spec.command], {
    cwd: spec.cwd,
    env: { ...inherited, ...spec.env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const service = new RunningService(spec, port, child);
  live.add(service);
  return service;
}

export interface ReadinessOptions {
  url: string;
  timeoutMs: number;
  intervalMs?: number;
  log?: Logger;
}

/** Polls `url` until it answers 2xx or 3xx; a clear ServiceError on exit or timeout. */
export async function waitUntilReady(service: RunningService, o: ReadinessOptions): Promise<void> {
  const deadline = Date.now() + o.timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (service.hasExited) {
      throw new ServiceRunError(
        `the ${service.spec.label} service ${service.describeExit()} before it became ready (start command: ${service.spec.command})${service.tail}`,
      );
    }
    try {
      const response = await fetch(o.url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
      await response.body?.cancel();
      if (response.status < 400) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      last = cause?.code ?? (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, o.intervalMs ?? 100));
    await haltIfCancelling();
  }
  throw new ServiceRunError(
    `the ${service.spec.label} service did not become ready: ${o.url} gave no 2xx/3xx answer within ${Math.round(o.timeoutMs / 1000)} s (last: ${last})${service.tail}`,
  );
}

/** Stops every service this process started and has not stopped yet (tests, finally blocks). */
export async function stopAllServices(): Promise<void> {
  await Promise.all([...live].map((s) => s.stop()));
}
