// `shipshape deploy-smoke-health`: the same checks from a laptop or a cron job outside GitHub.
// Flags carry the action's input names; history goes to a local folder; no issues, no statuses.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkModeInputs, readSmokeInputs } from '../shared/deploy-smoke-health/options.js';
import { runSmoke } from '../shared/deploy-smoke-health/run.js';
import { renderSummary } from '../shared/deploy-smoke-health/summary.js';
import { FolderHistory } from '../shared/history/folder.js';
import { readHistorySettings } from '../shared/history/settings.js';
import { classifyFailure } from '../shared/runtime/errors.js';
import { stderrLogger } from '../shared/runtime/logger.js';
import { ACTION_INPUTS } from './action-inputs.js';
import { findCommand } from './commands.js';
import { missingValue, unexpectedArgument, wrongFlag } from './flags.js';

const HELP = `Usage: shipshape deploy-smoke-health [--<input> <value>]... [--report <file>]

  Any input of the action as a flag, e.g.
  --endpoints 'health=https://shop.example.com/health'   (repeatable)
  --config monitor.yml --environment prod --mode uptime|watch|post-deploy
  --interval 30s --watch-duration 1h   watch: check every interval for this long
  --conditions '[BODY].status == pass'                    (repeatable)
  --version <sha>   the version post-deploy mode must find
  --history folder|off (default folder, in .shipshape/history)
  --report <file>   write the JSON report

Exit codes: 0 passed, 1 a check failed (post-deploy) or an incident is confirmed (uptime), 2 bad input, 3 internal error.`;

const ACTION_ONLY = findCommand('deploy-smoke-health')?.actionOnly ?? {};
/** The action's inputs, and the CLI's own `--report`. */
const FLAG_NAMES = new Set([...(ACTION_INPUTS['deploy-smoke-health'] ?? []).map((i) => i.name), 'report']);

export async function runDeploySmokeHealthCli(argv: string[]): Promise<number> {
  try {
    const values = new Map<string, string[]>();
    for (let i = 0; i < argv.length; i++) {
      const flag = argv[i] ?? '';
      if (flag === '-h' || flag === '--help') {
        process.stdout.write(`${HELP}\n`);
        return 0;
      }
      if (!flag.startsWith('--')) throw unexpectedArgument(flag);
      // Flags carry the action's input names: a misspelt one is refused, never silently ignored.
      if (!FLAG_NAMES.has(flag.slice(2)) || flag.slice(2) in ACTION_ONLY)
        throw wrongFlag('deploy-smoke-health', flag.slice(2));
      const value = argv[i + 1];
      if (value === undefined) throw missingValue(flag.slice(2));
      values.set(flag.slice(2), [...(values.get(flag.slice(2)) ?? []), value]);
      i++;
    }
    const get = (name: string) => (values.get(name) ?? []).join('\n').trim();
    const source = {
      get: (name: string) =>
        name === 'history' ? get(name) || 'folder' : name === 'issues' ? 'false' : get(name),
    };
    const history = readHistorySettings(source);
    const inputs = readSmokeInputs(source, history);
    const mode = inputs.mode === 'auto' ? 'uptime' : inputs.mode;
    const timing = checkModeInputs(inputs, mode, { hosted: false });
    const abort = new AbortController();
    const stop = () => abort.abort();
    process.once('SIGINT', stop);
    const outcome = await runSmoke(
      { inputs, mode, ...timing },
      {
        event: { name: 'cli', payload: {} },
        repo: { owner: 'local', repo: 'local' },
        sha: inputs.version,
        branch: 'local',
        runId: Date.now(),
        runAttempt: 1,
        workspace: process.cwd(),
        ...(history.backend !== 'off' ? { history: new FolderHistory(resolve(history.folder)) } : {}),
        record: history.backend === 'off' ? { record: false, why: 'history is off' } : { record: true },
        log: stderrLogger(),
        signal: abort.signal,
      },
    );
    process.off('SIGINT', stop);
    const report = outcome.report;
    if (report) {
      const out = get('report');
      if (out) writeFileSync(resolve(out), `${JSON.stringify(report, null, 2)}\n`);
      process.stdout.write(renderSummary(report));
    }
    if (outcome.failure) process.stderr.write(`${outcome.failure}\n`);
    return outcome.exitCode;
  } catch (error) {
    const { exitCode, message } = classifyFailure(error);
    process.stderr.write(`shipshape deploy-smoke-health: ${message}\n`);
    return exitCode;
  }
}
