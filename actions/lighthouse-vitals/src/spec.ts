import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vitalsSamples } from '../../../shared/export/samples.js';
import { recordHistory } from '../../../shared/history/record-history.js';
import { readVitalsHistory, vitalsRecords } from '../../../shared/lighthouse/history.js';
import type { FolderCache } from '../../../shared/lighthouse/install.js';
import { runVitals } from '../../../shared/lighthouse/pipeline.js';
import { renderWithinBudget } from '../../../shared/report/budget.js';
import { fileSlug } from '../../../shared/runtime/names.js';
import { defineAction, type ShellEnv } from '../../../shared/runtime/shell.js';
import { readVitalsOptions, secretValues, type VitalsOptions } from '../../../shared/vitals/options.js';
import { commentSections, renderSummary, type TrendPoint } from '../../../shared/vitals/render.js';
import { scoresOutput, type VitalsReport } from '../../../shared/vitals/report.js';
import { vitalsVerdict } from '../../../shared/vitals/verdict.js';

interface Report {
  vitals: VitalsReport;
  notes: string[];
  trends: Record<string, TrendPoint[]>;
  reportPath: string;
  artifact?: string;
}

/** The Actions cache keeps the installed Lighthouse between runs; without the service it is skipped. */
async function actionsCache(): Promise<FolderCache | undefined> {
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    restore: async (dir, key) => (await cache.restoreCache([dir], key)) !== undefined,
    save: async (dir, key) => {
      await cache.saveCache([dir], key);
    },
  };
}

async function uploadReports(outDir: string, name: string): Promise<string | undefined> {
  const files = readdirSync(outDir).filter((f) => f.endsWith('.report.html') || f.endsWith('.report.json'));
  if (files.length === 0) return undefined;
  const { DefaultArtifactClient } = await import('@actions/artifact');
  await new DefaultArtifactClient().uploadArtifact(
    name,
    files.map((f) => join(outDir, f)),
    outDir,
    { retentionDays: 30 },
  );
  return name;
}

/** History: baselines and trends for everyone, records only where the shell's decision allows. */
async function withHistory(vitals: VitalsReport, env: ShellEnv) {
  let backend: ReturnType<ShellEnv['history']['open']>;
  try {
    backend = env.history.open();
  } catch (error) {
    return { report: vitals, trends: {}, notes: [`History not used: ${(error as Error).message}`] };
  }
  if (!backend) return { report: vitals, trends: {}, notes: [] };
  const read = await readVitalsHistory(vitals, {
    backend,
    context: env.context,
    ...(env.github ? { api: env.github } : {}),
    workspace: env.workspace,
    log: env.log,
  });
  // Each page is its own series: a page whose record cannot be stored costs only that page.
  const { problems } = await recordHistory(
    backend,
    env.context ? vitalsRecords(read.report, env.context) : [],
    {
      decision: env.history.decision,
      keep: env.history.settings.keep,
      log: env.log,
    },
  );
  read.notes.push(...problems);
  return read;
}

export const spec = defineAction<VitalsOptions, Report>({
  name: 'lighthouse-vitals',
  read(inputs, env) {
    const options = readVitalsOptions(inputs);
    for (const secret of secretValues(options.headers, options.cookies)) env.mask(secret);
    return options;
  },
  async run(options, env) {
    const slug = fileSlug(options.name);
    const outDir = join(env.tempDir, `lighthouse-vitals-${slug}`);
    const run = await runVitals(options, {
      installRoot: env.env.RUNNER_TOOL_CACHE || join(env.tempDir, 'tool-cache'),
      // Self-hosted runners with Lighthouse preinstalled can point here and skip the install.
      installDir: env.env.SHIPSHAPE_LIGHTHOUSE_DIR || undefined,
      cache: await actionsCache(),
      outDir,
      workspace: env.workspace,
      env: env.env,
      childEnv: env.childEnv(),
      log: env.log,
      signal: env.signal,
    });
    const history = await withHistory(run.report, env);
    const notes = [
      ...run.notes,
      ...history.notes,
      `Lighthouse ${run.installed.lighthouse} (${run.installed.source}), chrome-launcher ${run.installed.chromeLauncher}.`,
    ];
    const reportPath = join(env.tempDir, `lighthouse-vitals-${slug}.json`);
    writeFileSync(reportPath, `${JSON.stringify(history.report, null, 2)}\n`);
    let artifact: string | undefined;
    if (options.uploadReports) {
      const attempt = (env.context?.runAttempt ?? 1) > 1 ? `-attempt-${env.context?.runAttempt}` : '';
      try {
        artifact = await uploadReports(outDir, `lighthouse-vitals-${slug}${attempt}`);
      } catch (error) {
        const message = `HTML reports not uploaded: ${(error as Error).message}`;
        env.log.warning(message);
        notes.push(message);
      }
    }
    return {
      vitals: history.report,
      notes,
      trends: history.trends,
      reportPath,
      ...(artifact ? { artifact } : {}),
    };
  },
  present(report, options) {
    const verdict = vitalsVerdict(report.vitals);
    const render = { notes: report.notes, trends: report.trends, reportsArtifact: report.artifact };
    return {
      outputs: {
        passed: report.vitals.passed,
        report: report.reportPath,
        scores: JSON.stringify(scoresOutput(report.vitals)),
        'reports-artifact': report.artifact ?? '',
      },
      summary: renderSummary(report.vitals, render),
      comment: {
        key: options.name ? `lighthouse-vitals:${fileSlug(options.name)}` : 'lighthouse-vitals',
        // Room for the other actions' sections in the shared comment.
        body: renderWithinBudget(commentSections(report.vitals, render), 20_000).body,
      },
      // Series by page key (the path for loopback pages), like history: stable across ports.
      metrics: report.vitals.urls
        .filter((u) => u.status === 'measured')
        .flatMap((u) =>
          vitalsSamples({
            url: u.key,
            formFactor: u.preset,
            lcpMs: u.median.lcp,
            fcpMs: u.median.fcp,
            tbtMs: u.median.tbt,
            cls: u.median.cls,
            scores: {
              performance: u.median.performance,
              accessibility: u.median.accessibility,
              'best-practices': u.median['best-practices'],
              seo: u.median.seo,
            },
          }),
        ),
      exitCode: verdict.exitCode,
      ...(verdict.failure ? { failure: verdict.failure } : {}),
    };
  },
});
