// What a deploy-smoke-health run publishes, as plain data: outputs for a rollback gate, the job
// summary, the commit status after a deploy, and the step's verdict.
import { checkSamples } from '../export/samples.js';
import { scrub } from '../probes/redact.js';
import type { Publication } from '../runtime/shell.js';
import type { SmokeReport } from './report.js';
import type { SmokeOutcome } from './run.js';
import { renderSummary } from './summary.js';

export interface SmokeRun {
  outcome: SmokeOutcome;
  /** Where the full JSON report was written. */
  reportPath?: string;
}

/** The compact JSON output: what a rollback step reads with fromJSON(). */
export function gateJson(r: SmokeReport): string {
  return JSON.stringify({
    passed: r.passed,
    state: r.state,
    mode: r.mode,
    sha: r.sha ?? null,
    environments: r.environments,
    checks: r.checks.map((c) => ({
      name: c.name,
      environment: c.environment,
      health: c.health,
      failureClass: c.failure?.class ?? null,
      status: c.status ?? null,
      latencyMs: c.latencyMs ?? null,
      certificateDaysLeft: c.certificate?.daysLeft ?? null,
      versionConfirmed: c.version ? c.version.confirmed : null,
      attempts: c.warmup?.attempts ?? c.attempts,
    })),
    watchFailures: r.watch?.failures.length ?? null,
    alertsFailed: r.alerts.filter((a) => !a.ok).length,
  });
}

function describe(r: SmokeReport): string {
  const down = r.checks.filter((c) => c.health === 'down').length;
  const env = r.environments.join(', ');
  return down === 0
    ? `${r.checks.length} checks passed on ${env}`
    : `${down} of ${r.checks.length} checks failed on ${env}`;
}

export function publicationOf(run: SmokeRun): Publication {
  const { outcome } = run;
  const r = outcome.report;
  if (!r) {
    return {
      // Nothing was checked, so nothing passed: empty, so that neither a promote gate
      // (passed == 'true') nor a rollback gate (passed == 'false') acts on an unchecked deploy.
      outputs: { passed: '', state: 'skipped' },
      summary: `## Deploy smoke health\n\nSkipped: ${outcome.skipped ?? 'nothing to check'}.\n`,
      annotations: [{ level: 'notice', message: outcome.skipped ?? 'nothing was checked' }],
      exitCode: 0,
    };
  }
  const versions = r.checks.filter((c) => c.version);
  const statuses: Publication['statuses'] =
    r.mode === 'post-deploy' && r.sha
      ? [
          {
            context: `shipshape/deploy-smoke-health (${r.environments.join(', ')})`,
            state: r.passed ? 'success' : 'failure',
            description: describe(r),
            sha: r.sha,
          },
        ]
      : [];
  return {
    outputs: {
      passed: r.passed,
      state: r.state,
      report: run.reportPath,
      json: gateJson(r),
      'failed-checks': r.checks
        .filter((c) => c.health === 'down')
        .map((c) => `${c.environment}/${c.name}`)
        .join(','),
      'version-confirmed': versions.length === 0 ? '' : String(versions.every((c) => c.version?.confirmed)),
      'lateness-seconds': r.lateness ? String(r.lateness.seconds) : '',
      'alerts-failed': String(r.alerts.filter((a) => !a.ok).length),
    },
    summary: scrub(renderSummary(r), outcome.secrets),
    statuses,
    metrics: r.checks.flatMap((c) =>
      checkSamples({
        environment: c.environment,
        check: c.name,
        state: c.health,
        latencyMs: c.latencyMs ?? null,
        certificateExpiresAt: c.certificate?.validTo ? new Date(c.certificate.validTo) : null,
        now: Date.parse(r.finishedAt),
      }),
    ),
    ...(outcome.failure ? { failure: outcome.failure } : {}),
    exitCode: outcome.exitCode,
  };
}
