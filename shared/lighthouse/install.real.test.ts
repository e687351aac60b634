// The install with the real npm against registries that cannot serve it: it must fail at once as an
// environment problem naming the registry, never hang for npm's timeout or report a shipshape bug.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../runtime/errors.js';
import { silentLogger } from '../runtime/logger.js';
import { ensureLighthouse, installDir } from './install.js';
import { LIGHTHOUSE_VERSION } from './versions.js';

const temps: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'shipshape-install-test-'));
  temps.push(d);
  return d;
}
/** Accepts connections and never answers. */
let silent: Server;
let silentUrl: string;
beforeAll(async () => {
  silent = createServer(() => {});
  await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
});
afterAll(() => {
  silent.closeAllConnections();
  silent.close();
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('ensureLighthouse with the real npm', () => {
  it('with the real npm and an unreachable registry, fails at once naming the registry (no 300 s hang, no "bug")', async () => {
    const root = temp();
    // A port nothing listens on: connection refused.
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    closed.close();
    const env = { PATH: process.env.PATH, HOME: temp(), npm_config_registry: dead };
    const refused = ensureLighthouse({ root, log: silentLogger, env });
    await expect(refused).rejects.toBeInstanceOf(EnvironmentError);
    await expect(refused).rejects.toThrow(
      `the npm registry ${dead} cannot be reached (ECONNREFUSED), so lighthouse@${LIGHTHOUSE_VERSION}`,
    );
    // A registry that takes the connection and never answers.
    const hanging = ensureLighthouse({
      root,
      log: silentLogger,
      env: { ...env, npm_config_registry: silentUrl },
      probeTimeoutMs: 500,
    });
    await expect(hanging).rejects.toThrow(
      `the npm registry ${silentUrl} cannot be reached (no answer within 1 s)`,
    );
    expect(existsSync(installDir(root))).toBe(false);
  }, 60_000);
});
