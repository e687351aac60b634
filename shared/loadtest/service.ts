// Starting and always stopping the services under test. Each runs in its own process group
// (spawned detached) so that stopping it also stops whatever its start command started.
import { type ChildProcess, spawn } from 'node:child_process';
import { UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';

export class ServiceError extends UsageError {
  override name = 'ServiceError';
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

/**
 * Registers synchronous cleanup (removing a worktree) to run if the process is cancelled before the
 * normal path gets to it; the returned function unregisters it.
 */
export function onCancel(cleanup: () => void): () => void {
  installSignalHandlers();
  cancelCleanups.add(cleanup);
  return () => cancelCleanups.delete(cleanup);
}

/** On cancellation (the runner sends SIGINT, then SIGTERM) stop every group before exiting. */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      for (const s of live) s.killNow();
      for (const cleanup of cancelCleanups) {
        try {
          cleanup();
        } catch {
          // best effort: the process is exiting
        }
      }
      process.exit(code);
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

  /** Throws a ServiceError when the service is gone while we still need it. */
  assertAlive(during: string): void {
    if (this.hasExited && !this.stopping) {
      throw new ServiceError(
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

  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the leader has exited. */
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
    }
    live.delete(this);
  }
}

export function spawnService(spec: ServiceSpec, port: number): RunningService {
  installSignalHandlers();
  const child = spawn('sh', ['-c', spec.command], {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env, PORT: String(port) },
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
      throw new ServiceError(
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
  }
  throw new ServiceError(
    `the ${service.spec.label} service did not become ready: ${o.url} gave no 2xx/3xx answer within ${Math.round(o.timeoutMs / 1000)} s (last: ${last})${service.tail}`,
  );
}

/** Stops every service this process started and has not stopped yet (tests, finally blocks). */
export async function stopAllServices(): Promise<void> {
  await Promise.all([...live].map((s) => s.stop()));
}
