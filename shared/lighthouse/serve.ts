// What is audited when there is no public URL: a static folder served here on 127.0.0.1, or an app
// the user's start-command runs, whose URL is polled until it answers. Both are always stopped.
import { type ChildProcess, spawn } from 'node:child_process';
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, posix } from 'node:path';
import { UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (a free port); `/x/` serves `/x/index.html`. Never leaves `dir`. */
export async function serveFolder(dir: string, input: string): Promise<Served> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`input '${input}': ${dir} is not a folder`);
  }
  const root = realpathSync(dir);
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // Plain string building: ncc rewrites path.resolve/join calls it cannot evaluate into asset paths.
    const clean = posix.normalize(path);
    if (clean.split('/').includes('..')) {
      res.writeHead(403).end();
      return;
    }
    let file = `${root}${clean}`;
    if (existsSync(file) && statSync(file).isDirectory()) file = `${file.replace(/\/$/, '')}/index.html`;
    if (!existsSync(file) || !statSync(file).isFile()) {
      res
        .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>Not found</title>');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface StartedApp {
  close(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
    await res.body?.cancel();
    return res.status < 500;
  } catch {
    return false;
  }
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/**
 * Runs `command` with the shell in its own process group and waits until `url` answers (any
 * status below 500). Fails naming the command when it exits first or the wait times out.
 */
export async function startApp(o: {
  command: string;
  url: string;
  timeoutMs: number;
  cwd: string;
  /** The command runs the code under test (on a pull request, the PR's): no inputs, no runner tokens. */
  env: NodeJS.ProcessEnv;
  log?: Logger;
}): Promise<StartedApp> {
  const child = spawn(o.command, {
    shell: true,
    cwd: o.cwd,
    env: o.env,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    if (stderr.length < 4000) stderr += d.toString();
  });
  const onSignal = () => stopGroup(child);
  process.once('exit', onSignal);
  const close = async () => {
    process.removeListener('exit', onSignal);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
    stopGroup(child);
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const started = Date.now();
  const deadline = started + o.timeoutMs;
  let reported = 0;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const tail = stderr.trim().split('\n').slice(-3).join(' | ');
      throw new UsageError(
        `input 'start-command': '${o.command}' exited with code ${child.exitCode} before ${o.url} answered${tail ? `: ${tail}` : ''}`,
      );
    }
    if (await answers(o.url)) {
      o.log?.info(`start-command: ${o.url} answered after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return { close };
    }
    const waited = Math.floor((Date.now() - started) / 5000);
    if (waited > reported) {
      reported = waited;
      o.log?.progress(
        'start-command warm-up',
        Math.round((Date.now() - started) / 1000),
        Math.round(o.timeoutMs / 1000),
        `waiting for ${o.url}`,
      );
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  await close();
  throw new UsageError(
    `input 'start-command': ${o.url} did not answer within ${Math.round(o.timeoutMs / 1000)} s of starting '${o.command}'`,
  );
}
