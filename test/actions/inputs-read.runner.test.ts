// Every action declares exactly the inputs its code reads: none read but undeclared (GitHub would
// warn "Unexpected input" and the catalog would miss it), none declared but never read (a switch
// that does nothing). The bundle runs with SHIPSHAPE_INPUTS_TRACE, which stops it right after it
// read its inputs (all of them are read before any evidence is gathered) and lists their names.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAction } from '../harness/runner.js';

const ROOT = new URL('../../', import.meta.url);
const ACTIONS = [
  'coverage-gate',
  'coverage-comment',
  'perf-regression',
  'lighthouse-vitals',
  'deploy-smoke-health',
];

/** Inputs without which an action's read stops early (required values), per action. */
const REQUIRED: Record<string, Record<string, string>> = {
  'lighthouse-vitals': { urls: 'http://127.0.0.1:9/' },
  'deploy-smoke-health': { endpoints: 'http://127.0.0.1:9/health' },
  'perf-regression': { 'start-command': 'node server.js' },
};

function declared(action: string): string[] {
  const yml = parse(readFileSync(new URL(`actions/${action}/action.yml`, ROOT), 'utf8')) as {
    inputs?: Record<string, unknown>;
  };
  return Object.keys(yml.inputs ?? {}).sort();
}

describe('action.yml declares exactly the inputs the code reads', () => {
  for (const action of ACTIONS) {
    it(action, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'shipshape-inputs-'));
      try {
        const trace = join(dir, 'inputs.json');
        const run = await runAction(action, {
          inputs: REQUIRED[action] ?? {},
          env: { SHIPSHAPE_INPUTS_TRACE: trace },
        });
        expect(run.exitCode, run.stdout).toBe(0);
        const read = (JSON.parse(await readFile(trace, 'utf8')) as string[]).sort();
        const want = declared(action);
        expect({
          readButUndeclared: read.filter((n) => !want.includes(n)),
          declaredButUnread: want.filter((n) => !read.includes(n)),
        }).toEqual({
          readButUndeclared: [],
          declaredButUnread: [],
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});
