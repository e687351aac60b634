import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { collectCoverage } from '../shared/coverage/collect.js';
import { displayPercent, headline } from '../shared/coverage/headline.js';
import { badgeLabel, coverageBadge } from '../shared/coverage-comment/badge.js';
import { DEFAULT_MIN_COVERAGE } from '../shared/coverage-gate/options.js';
import { renderBadge } from '../shared/report/badge.js';
import { classifyFailure, InputError } from '../shared/runtime/errors.js';
import { parsePercent } from '../shared/runtime/inputs.js';
import { stderrLogger } from '../shared/runtime/logger.js';
import { readFlags } from './flags.js';

const HELP = `Usage: shipshape coverage-badge --files <globs> --out <file.svg> [--label coverage] [--min-coverage 80]

Draws the coverage badge from local reports (e.g. for a README): the headline figure (statements for
Go profiles, lines otherwise), rounded down so a badge never shows a value the gate would fail. It is
green from --min-coverage (coverage-gate's default, 80) and red below 60.`;

const FLAGS = {
  files: { type: 'string', multiple: true },
  out: { type: 'string' },
  label: { type: 'string' },
  'min-coverage': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const REFUSED = {
  'min-lines':
    "the badge is green from --min-coverage (the figure coverage-gate gates): write '--min-coverage 80'",
};

export async function runCoverageBadgeCli(argv: string[]): Promise<number> {
  try {
    const { values } = readFlags('coverage-badge', { options: FLAGS }, argv, REFUSED);
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (!values.out) throw new InputError('out', `give the SVG file to write\n\n${HELP}`);
    const greenAt = parsePercent('min-coverage', values['min-coverage'] ?? '') ?? DEFAULT_MIN_COVERAGE;
    const collected = await collectCoverage({
      patterns: values.files ?? [],
      format: 'auto',
      workspace: process.cwd(),
      workingDirectory: '',
      ifNoFiles: 'error',
      log: stderrLogger({ quiet: true }),
    });
    if ('missing' in collected) return 2;
    const pct = headline(
      collected.totals,
      collected.sources.map((s) => s.format),
    ).pct;
    const svg = renderBadge(coverageBadge(values.label ?? badgeLabel(''), pct, greenAt));
    const out = resolve(values.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, svg);
    process.stdout.write(`${values.out}: ${displayPercent(pct)}\n`);
    return 0;
  } catch (error) {
    const { exitCode, message } = classifyFailure(error);
    process.stderr.write(`shipshape coverage-badge: ${message}\n`);
    return exitCode;
  }
}
