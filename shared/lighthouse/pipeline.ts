// One lighthouse-vitals run from options to report, shared by the action and the CLI: serve or
// start what is audited, install Lighthouse, audit each preset, always stop what was started.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { type BudgetRule, parseBudgetFile } from '../vitals/budgets.js';
import type { VitalsOptions } from '../vitals/options.js';
import { buildReport, type UrlResult, type VitalsReport } from '../vitals/report.js';
import { onOrigin, seriesKey } from '../vitals/urls.js';
import { type AuditTarget, runAudit } from './audit.js';
import { checkChromePath, chooseChromePath, loadChromeLauncher } from './chrome.js';
import { ensureLighthouse, type FolderCache } from './install.js';
import { hookSignals } from './run.js';
import { type Served, type StartedApp, serveFolder, startApp } from './serve.js';
import { CHROME_LAUNCHER_VERSION, LIGHTHOUSE_VERSION } from './versions.js';

export interface VitalsRunDeps {
  /** Where Lighthouse is installed (RUNNER_TOOL_CACHE on GitHub); or an existing folder with it in node_modules. */
  installRoot: string;
  /** Use this folder as is (its node_modules holds lighthouse and chrome-launcher), skipping the install. */
  installDir?: string;
  cache?: FolderCache;
  /** HTML and JSON reports of every run go here. */
  outDir: string;
  workspace: string;
  env: NodeJS.ProcessEnv;
  /** The environment of the start-command and npm: no inputs, no runner tokens. */
  childEnv: NodeJS.ProcessEnv;
  log: Logger;
  signal?: AbortSignal;
}

export interface VitalsRun {
  report: VitalsReport;
  notes: string[];
  /** Pinned versions, recorded in the report's notes and the JSON. */
  installed: { lighthouse: string; chromeLauncher: string; source: string };
}

/** Like Promise.all, but waits for every task to settle, so nothing started is left unclosed. */
async function allOrFirstError<T extends readonly unknown[]>(
  tasks: { [K in keyof T]: Promise<T[K]> },
): Promise<T> {
  const settled = await Promise.allSettled(tasks);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

function within(workspace: string, dir: string): string {
  return isAbsolute(dir) ? dir : resolve(workspace, dir);
}

function loadRules(o: VitalsOptions, cwd: string): BudgetRule[] {
  if (!o.budgetFile) return o.budgetRules;
  const file = within(cwd, o.budgetFile);
  if (!existsSync(file)) throw new UsageError(`input 'budget-file': ${o.budgetFile} does not exist`);
  // File rules first: a rule in the input is more specific to this job and wins on a tie.
  return [...parseBudgetFile(readFileSync(file, 'utf8'), o.budgetFile), ...o.budgetRules];
}

export async function runVitals(o: VitalsOptions, deps: VitalsRunDeps): Promise<VitalsRun> {
  const cwd = within(deps.workspace, o.workingDirectory);
  const rules = loadRules(o, cwd);
  const chrome = chooseChromePath(o.chromePath, deps.env);
  checkChromePath(chrome);
  const notes: string[] = [];
  const closers: (() => Promise<void>)[] = [];
  // Before anything is started, so a cancelled job also stops the app and the static server.
  hookSignals();
  try {
    // Head, base and the Lighthouse install are independent: prepared side by side.
    const serve = async (dir: string, input: string): Promise<string> => {
      const served: Served = await serveFolder(within(cwd, dir), input);
      closers.push(served.close);
      return served.origin;
    };
    const [headOrigin, servedBase, install] = await deps.log.group('Preparing: servers and Lighthouse', () =>
      allOrFirstError([
        o.staticDir ? serve(o.staticDir, 'static-dir') : Promise.resolve(undefined),
        o.baseStaticDir ? serve(o.baseStaticDir, 'base-static-dir') : Promise.resolve(undefined),
        deps.installDir
          ? Promise.resolve({ dir: deps.installDir, source: 'given' })
          : ensureLighthouse({
              root: deps.installRoot,
              cache: deps.cache,
              log: deps.log,
              env: deps.childEnv,
              projectDir: cwd,
            }),
        o.startCommand
          ? startApp({
              command: o.startCommand,
              url: o.urls[0] as string,
              timeoutMs: o.startTimeoutMs,
              cwd,
              env: deps.childEnv,
              log: deps.log,
            }).then((app: StartedApp) => {
              closers.push(app.close);
            })
          : Promise.resolve(),
      ]),
    );
    const baseOrigin = servedBase ?? (o.baseOrigin || undefined);
    const targets: AuditTarget[] = o.urls.map((u) => {
      const url = headOrigin ? `${headOrigin}${u}` : u;
      return {
        url,
        key: seriesKey(url),
        baseUrl: baseOrigin ? onOrigin(url, baseOrigin) : undefined,
      };
    });

    const launcher = await loadChromeLauncher(install.dir);
    const urls: UrlResult[] = [];
    for (const preset of o.presets) {
      urls.push(
        ...(await runAudit({
          name: o.name,
          targets,
          runs: o.runs,
          settings: {
            preset,
            throttling: o.throttling,
            headers: o.headers,
            cookies: o.cookies,
            maxWaitForLoad: o.maxWaitForLoadMs,
            chromePath: chrome.path,
          },
          rules,
          cwvGate: o.cwvGate,
          minBenchmarkIndex: o.minBenchmarkIndex,
          maxRepeats: 2,
          compare: {
            relative: o.threshold,
            level: o.confidence,
            rounds: o.compareRounds,
            failOnRegression: o.failOnRegression,
          },
          ctx: { installDir: install.dir, launcher, outDir: deps.outDir, log: deps.log },
          log: deps.log,
        })),
      );
    }
    if (targets.some((t) => t.baseUrl) && o.compareRounds < 6 && o.confidence >= 0.95) {
      notes.push(
        `With ${o.compareRounds} round(s) no interval at 95% confidence exists: use compare-rounds: 6 or more for a verdict.`,
      );
    }
    return {
      report: buildReport({ name: o.name, presets: o.presets, runsPerUrl: o.runs, urls }),
      notes,
      installed: {
        lighthouse: LIGHTHOUSE_VERSION,
        chromeLauncher: CHROME_LAUNCHER_VERSION,
        source: install.source,
      },
    };
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
}
