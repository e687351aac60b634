// Shared set-up of the real-Chromium tests: the repository's own lighthouse (a devDependency, the
// version the action pins) and Debian's chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AuditOptions, runAudit } from '../../shared/lighthouse/audit.js';
import { loadChromeLauncher } from '../../shared/lighthouse/chrome.js';
import type { RunContext } from '../../shared/lighthouse/run.js';
import { type Logger, recordingLogger } from '../../shared/runtime/logger.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

export function collectingLogger(): Logger & { lines: string[] } {
  return recordingLogger();
}

/** Processes whose command line mentions `text` (a Chrome profile folder is unique per run). */
export function processesMentioning(text: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', text], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

export async function auditWith(
  targets: AuditOptions['targets'],
  overrides: Partial<Omit<AuditOptions, 'ctx' | 'settings'>> & {
    settings?: Partial<AuditOptions['settings']>;
    onChromeStarted?: RunContext['onChromeStarted'];
  } = {},
) {
  const log = collectingLogger();
  const launcher = await loadChromeLauncher(REPO_ROOT);
  const outDir = mkdtempSync(join(tmpdir(), 'shipshape-vitals-test-'));
  const { settings, onChromeStarted, ...rest } = overrides;
  try {
    const urls = await runAudit({
      name: 'test',
      targets,
      runs: 1,
      rules: [],
      cwvGate: 'poor',
      minBenchmarkIndex: 0,
      maxRepeats: 0,
      compare: { relative: 0.1, level: 0.95, rounds: 2, failOnRegression: true },
      log,
      ...rest,
      settings: {
        preset: 'desktop',
        throttling: 'devtools',
        headers: {},
        cookies: [],
        maxWaitForLoad: 30_000,
        chromePath: CHROMIUM,
        attempts: 1,
        ...settings,
      },
      ctx: { installDir: REPO_ROOT, launcher, outDir, log, onChromeStarted },
    });
    return { urls, log };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
