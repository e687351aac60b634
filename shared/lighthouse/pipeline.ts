// One lighthouse-vitals run from options to report, shared by the action and the CLI: serve or
// start what is audited, install Lighthouse, audit each preset, always stop what was started.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { type BudgetRule, parseBudgetFile } from '../vitals/budgets.js';
import type { VitalsOptions } from '../vitals/options.js';
import { buildReport, type UrlResult, type VitalsReport } from '../vitals/report.js';
import { onOrigin, redactUrl } from '../vitals/urls.js';
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
  log: Logger;
}

export interface VitalsRun {
  report: VitalsReport;
  notes: string[];
  /** Pinned versions, recorded in the report's notes and the JSON. */
  installed: { lighthouse: string; chromeLauncher: string; source: string };
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
    let headOrigin: string | undefined;
    let baseOrigin: string | undefined = o.baseUrl || undefined;
    if (o.staticDir) {
      const served: Served = await serveFolder(within(cwd, o.staticDir), 'static-dir');
      closers.push(served.close);
      headOrigin = served.origin;
      if (o.baseStaticDir) {
        const base = await serveFolder(within(cwd, o.baseStaticDir), 'base-static-dir');
        closers.push(base.close);
        baseOrigin = base.origin;
      }
    } else if (o.startCommand) {
      const app: StartedApp = await startApp({
        command: o.startCommand,
        url: o.urls[0] as string,
        timeoutMs: o.startTimeoutMs,
        cwd,
      });
      closers.push(app.close);
    }
    const targets: AuditTarget[] = o.urls.map((u) => {
      const url = headOrigin ? `${headOrigin}${u}` : u;
      return {
        url,
        key: headOrigin ? u : redactUrl(u),
        baseUrl: baseOrigin ? onOrigin(url, baseOrigin) : undefined,
      };
    });

    const install = deps.installDir
      ? { dir: deps.installDir, source: 'given' }
      : await ensureLighthouse({ root: deps.installRoot, cache: deps.cache, log: deps.log });
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
            extraHeaders: o.headers,
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
