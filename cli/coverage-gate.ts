import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readGateInputs } from '../shared/coverage-gate/options.js';
import { runCoverageGate } from '../shared/coverage-gate/run.js';
import { renderGateSummary } from '../shared/coverage-gate/summary.js';
import { renderGateText } from '../shared/coverage-gate/text.js';
import { changedLinesFromGit } from '../shared/git/changed-lines.js';
import { resolveCommit } from '../shared/git/resolve-ref.js';
import { classifyFailure } from '../shared/runtime/errors.js';
import type { InputSource } from '../shared/runtime/inputs.js';
import { stderrLogger } from '../shared/runtime/logger.js';
import { readFlags } from './flags.js';

const HELP = `Usage: shipshape coverage-gate [flags]

  --files <globs>           reports to read (repeatable or comma-separated); default: discover
  --format <f>              auto | lcov | go | istanbul | istanbul-summary | cobertura | jacoco | clover
  --min-coverage <pct>      minimum of the headline figure: statements for Go, lines otherwise (default 80)
  --min-lines <pct>         minimum line coverage (default: none)
  --min-branches <pct>      --min-functions <pct>      --min-statements <pct>
  --thresholds <rules>      per-path rules, e.g. 'services/api/**: lines=85' (repeatable)
  --min-patch <pct>         minimum coverage of lines changed since --base
  --base <ref>              measure patch coverage of <ref>...HEAD (local git diff)
  --name <name>             instance name shown in the output
  --if-no-files <b>         error | warn | ignore (default error)
  --if-empty <b>            fail | pass: when the reports hold nothing to measure (default fail)
  --working-directory <d>   where the tests ran (default .); paths are relative to the git top folder,
                            so running inside a module folder gives the same result as from the root
  --report <file>           write the JSON report here
  --markdown                print the Markdown job summary instead of plain text
  --quiet                   print only failures

Exit codes: 0 passed, 1 a gate failed, 2 bad input, 3 internal error.`;

const FLAGS = {
  files: { type: 'string', multiple: true },
  format: { type: 'string' },
  'min-coverage': { type: 'string' },
  'min-lines': { type: 'string' },
  'min-branches': { type: 'string' },
  'min-functions': { type: 'string' },
  'min-statements': { type: 'string' },
  thresholds: { type: 'string', multiple: true },
  'min-patch': { type: 'string' },
  'max-drop': { type: 'string' },
  base: { type: 'string' },
  name: { type: 'string' },
  'if-no-files': { type: 'string' },
  'if-empty': { type: 'string' },
  'working-directory': { type: 'string' },
  report: { type: 'string' },
  markdown: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCoverageGateCli(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = readFlags(
      'coverage-gate',
      { options: FLAGS, allowPositionals: true },
      argv,
    );
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    const source: InputSource = {
      get(name) {
        const value = values[name as keyof typeof values];
        if (Array.isArray(value)) return value.join(name === 'thresholds' ? '\n' : ',');
        return typeof value === 'string' ? value.trim() : '';
      },
    };
    if (positionals.length > 0 && !values.files) values.files = positionals;
    const inputs = readGateInputs(source);
    const log = stderrLogger({ quiet: values.quiet ?? false });
    const workspace = process.cwd();
    const base = values.base ? await resolveCommit(workspace, values.base, 'base') : undefined;
    const head = base ? await resolveCommit(workspace, 'HEAD', 'base') : undefined;
    const outcome = await runCoverageGate({
      ...inputs,
      workspace,
      log,
      changedLines:
        base && head
          ? async () => {
              const diff = await changedLinesFromGit({ cwd: workspace, baseSha: base, headSha: head, log });
              return 'unavailable' in diff ? diff : { value: diff.files };
            }
          : undefined,
    });
    if (values.report && outcome.report) {
      writeFileSync(resolve(values.report), `${JSON.stringify(outcome.report, null, 2)}\n`);
    }
    if (outcome.report) {
      const out = values.markdown
        ? renderGateSummary(outcome.report, {
            annotationsShown: 0,
            annotationsLeftOut: 0,
            notes: outcome.notes,
          })
        : renderGateText(outcome.report, values.quiet ?? false);
      if (out) process.stdout.write(out);
    }
    return outcome.exitCode;
  } catch (error) {
    const { exitCode, message } = classifyFailure(error);
    process.stderr.write(`shipshape coverage-gate: ${message}\n`);
    return exitCode;
  }
}
