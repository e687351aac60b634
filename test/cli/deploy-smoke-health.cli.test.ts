// `shipshape deploy-smoke-health` takes the action's input names as flags: a misspelt flag or one
// only a GitHub job can honour is refused (exit 2) instead of being ignored, and a real check of a
// service on 127.0.0.1 runs as the action would.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeploySmokeHealthCli } from '../../cli/deploy-smoke-health.js';
import { type Loopback, sendJson, startServer } from '../harness/loopback-server.js';
import { captureOutput } from '../support/capture-output.js';

let service: Loopback;
let temp: string;
beforeAll(async () => {
  service = await startServer((_req, res) => sendJson(res, 200, { status: 'pass' }));
  temp = mkdtempSync(join(tmpdir(), 'dsh-cli-'));
});
afterAll(async () => {
  await service.close();
  rmSync(temp, { recursive: true, force: true });
});

const cli = (args: string[]) => captureOutput(() => runDeploySmokeHealthCli(args));

describe('shipshape deploy-smoke-health', () => {
  it('refuses a flag the action does not have, and one only a GitHub job can honour', async () => {
    const misspelt = await cli(['--endpoint', `${service.url}/health`]);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain("input 'endpoint': is not a flag of 'shipshape deploy-smoke-health'");
    const actionOnly = await cli(['--issues', 'true']);
    expect(actionOnly.code).toBe(2);
    expect(actionOnly.stderr).toContain("input 'issues': is an action-only input");
  });

  it('checks a real endpoint with the action input names as flags', async () => {
    const report = join(temp, 'report.json');
    const r = await cli([
      '--endpoints',
      `api=${service.url}/health`,
      '--conditions',
      '[BODY].status == pass',
      '--history',
      'off',
      '--confirm-after',
      '1',
      '--report',
      report,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('production/api: up');
    expect(JSON.parse(readFileSync(report, 'utf8')).checks).toEqual([
      expect.objectContaining({ name: 'api', health: 'up', status: 200 }),
    ]);
  });
});
