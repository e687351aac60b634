// release.yml publishes the npm package only after CI's own checks, with provenance, and no job
// keeps the checkout's credentials around.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const workflows = join(import.meta.dirname, '../../.github/workflows');
const load = (name: string) => parse(readFileSync(join(workflows, name), 'utf8'));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe('release.yml', () => {
  const release = load('release.yml');

  it('runs on version tags, after the same checks as CI', () => {
    expect(release.on.push.tags).toEqual(['v*.*.*']);
    expect(load('ci.yml').on).toHaveProperty('workflow_call');
    expect(release.jobs.checks.uses).toBe('./.github/workflows/ci.yml');
    expect(release.jobs.release.needs).toBe('checks');
  });

  it('publishes with provenance, signed by the run (id-token: write), after a dry run', () => {
    const job = release.jobs.release;
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const runs = (job.steps as Step[]).map((s) => s.run ?? '');
    const dry = runs.findIndex((r) => r.includes('npm publish --dry-run'));
    const publish = runs.findIndex((r) => r.includes('npm publish --provenance'));
    expect(dry).toBeGreaterThanOrEqual(0);
    expect(publish).toBeGreaterThan(dry);
  });

  it('checks out without persisting credentials, in every job of release.yml and ci.yml', () => {
    for (const file of ['release.yml', 'ci.yml']) {
      for (const job of Object.values(load(file).jobs) as { steps?: Step[] }[]) {
        for (const step of job.steps ?? []) {
          if (step.uses?.startsWith('actions/checkout@'))
            expect(step.with?.['persist-credentials']).toBe(false);
        }
      }
    }
  });
});
