// coverage-gate as a spec over the shared shell: every input is read first, the core
// (shared/coverage-gate) measures and decides, and `present` only maps the outcome to what the
// runtime publishes. The CLI (cli/coverage-gate.ts) runs the same core.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Baseline, Maybe } from '../../../shared/coverage/gates.js';
import { type PullRequestDiff, resolvePullRequestDiff } from '../../../shared/coverage-gate/changed-lines.js';
import { type GateInputs, readGateInputs } from '../../../shared/coverage-gate/options.js';
import { gateReportPath } from '../../../shared/coverage-gate/report.js';
import { type CoverageGateOutcome, runCoverageGate } from '../../../shared/coverage-gate/run.js';
import { formatOutput, statusContext, statusDescription } from '../../../shared/coverage-gate/status.js';
import { renderGateSummary } from '../../../shared/coverage-gate/summary.js';
import { readCoverageHistory } from '../../../shared/coverage-history/baseline.js';
import { coverageSamples } from '../../../shared/export/samples.js';
import { readBoolean } from '../../../shared/runtime/inputs.js';
import { defineAction, type Publication, type ShellEnv } from '../../../shared/runtime/shell.js';

export interface GateSettings extends GateInputs {
  annotate: boolean;
}

export interface GateRun {
  outcome: CoverageGateOutcome;
  /** Where the JSON report was written, when there was one. */
  reportPath?: string;
  /** What reading the coverage history warned about (shown as notices). */
  historyWarnings: string[];
}

function baselineReader(
  settings: GateSettings,
  env: ShellEnv,
  diff: () => Promise<Maybe<PullRequestDiff>>,
  warnings: string[],
) {
  return async (): Promise<Maybe<Baseline>> => {
    const history = env.history.open();
    if (!history) return { unavailable: 'history is off (history: off)' };
    const context = env.context;
    const changes = context?.prNumber !== undefined ? await diff() : undefined;
    const mergeBase = changes
      ? 'unavailable' in changes
        ? undefined
        : changes.value.mergeBase
      : context?.baseSha;
    const read = await readCoverageHistory({
      history,
      name: settings.name,
      mergeBase,
      cwd: env.workspace,
      api: env.github,
      log: env.log,
    });
    for (const warning of read.warnings) {
      env.log.info(`Coverage history: ${warning}`);
      warnings.push(`Coverage history: ${warning}`);
    }
    if ('unavailable' in read.base) return { unavailable: `no baseline: ${read.base.unavailable}` };
    if (read.base.lines === null) return { unavailable: 'the baseline record has no line coverage' };
    return { value: { lines: read.base.lines, sha: read.base.sha, commitsBehind: read.base.commitsBehind } };
  };
}

export const spec = defineAction<GateSettings, GateRun>({
  name: 'coverage-gate',
  // Its verdict goes to the commit status and the job summary; it writes no pull request comment.
  publishes: { comment: false },

  read(inputs) {
    return { ...readGateInputs(inputs), annotate: readBoolean(inputs, 'annotate', true) };
  },

  async run(settings, env) {
    const context = env.context;
    const prNumber = context?.prNumber;
    const baseSha = context?.baseSha;
    const historyWarnings: string[] = [];
    // One diff serves both patch coverage and the merge-base that max-drop compares against.
    let diff: Promise<Maybe<PullRequestDiff>> | undefined;
    const pullRequestDiff = () => {
      diff ??=
        context && prNumber !== undefined && baseSha
          ? resolvePullRequestDiff({
              cwd: env.workspace,
              owner: env.github?.owner ?? context.repo.owner,
              repo: env.github?.repo ?? context.repo.repo,
              pullNumber: prNumber,
              baseSha,
              headSha: context.headSha,
              octokit: env.github?.octokit,
              wantMergeBase: settings.gates.maxDrop !== undefined,
              log: env.log,
            })
          : Promise.resolve({ unavailable: 'not a pull request' });
      return diff;
    };
    const outcome = await env.log.group('Measure coverage', () =>
      runCoverageGate({
        ...settings,
        workspace: env.workspace,
        commit: context?.headSha,
        pullRequest: prNumber,
        changedLines:
          prNumber !== undefined && baseSha
            ? async () => {
                const changes = await pullRequestDiff();
                return 'unavailable' in changes ? changes : { value: changes.value.files };
              }
            : undefined,
        baseline: baselineReader(settings, env, pullRequestDiff, historyWarnings),
        log: env.log,
      }),
    );
    if (!outcome.report) return { outcome, historyWarnings };
    const reportPath = gateReportPath(env.env.RUNNER_TEMP || dirname(env.tempDir), outcome.report.name);
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFile(reportPath, `${JSON.stringify(outcome.report, null, 2)}\n`);
    return { outcome, reportPath, historyWarnings };
  },

  present({ outcome, reportPath, historyWarnings }, settings): Publication {
    const report = outcome.report;
    if (!report) {
      return {
        outputs: { passed: 'true' },
        summary: `## Coverage gate\n\n${outcome.notes.join('\n\n')}`,
        exitCode: 0,
      };
    }
    const annotations = [
      ...historyWarnings.map((message) => ({ level: 'notice' as const, message })),
      ...(settings.annotate ? outcome.annotations.map((a) => ({ level: 'warning' as const, ...a })) : []),
    ];
    return {
      outputs: {
        coverage: formatOutput(report.coverage.pct),
        lines: formatOutput(report.totals.lines.pct),
        branches: formatOutput(report.totals.branches.pct),
        functions: formatOutput(report.totals.functions.pct),
        statements: formatOutput(report.totals.statements.pct),
        patch: formatOutput(report.patch?.pct),
        passed: String(report.passed),
        report: reportPath,
      },
      summary: renderGateSummary(report, {
        annotationsShown: settings.annotate ? outcome.annotations.length : 0,
        annotationsLeftOut: settings.annotate ? outcome.annotationsLeftOut : 0,
        notes: outcome.notes,
      }),
      statuses: [
        {
          context: statusContext(report.name),
          state: report.passed ? 'success' : 'failure',
          description: statusDescription(report),
        },
      ],
      annotations,
      metrics: coverageSamples({
        name: report.name || 'default',
        percents: {
          headline: report.coverage.pct,
          lines: report.totals.lines.pct,
          branches: report.totals.branches.pct,
          functions: report.totals.functions.pct,
          statements: report.totals.statements.pct,
          patch: report.patch?.pct,
        },
        passed: report.passed,
      }),
      ...(outcome.failure ? { failure: outcome.failure } : {}),
      exitCode: outcome.exitCode === 0 ? 0 : 1,
    };
  },
});
