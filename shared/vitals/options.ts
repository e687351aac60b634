// Inputs of the action and flags of the CLI, read into one typed, validated value before anything
// is started. The shell's own inputs (token, comment, history*) are read by the runtime.
import { InputError } from '../runtime/errors.js';
import {
  type InputSource,
  readBoolean,
  readChoice,
  readDuration,
  readInteger,
  readList,
  readNumber,
  readPercent,
  readString,
  readUrl,
} from '../runtime/inputs.js';
import { type BudgetRule, parseBudgetLines } from './budgets.js';
import type { FormFactor } from './ratings.js';
import type { CwvGate } from './report.js';

export type Throttling = 'devtools' | 'simulate' | 'provided';

export interface Cookie {
  name: string;
  value: string;
}

export interface VitalsOptions {
  name: string;
  /** Absolute URLs, or paths when a static folder provides the origin. */
  urls: string[];
  staticDir: string;
  startCommand: string;
  startTimeoutMs: number;
  /** Origin (and optional path prefix) where the base build serves the same pages. */
  baseOrigin: string;
  baseStaticDir: string;
  presets: FormFactor[];
  runs: number;
  throttling: Throttling;
  budgetRules: BudgetRule[];
  budgetFile: string;
  cwvGate: CwvGate;
  minBenchmarkIndex: number;
  compareRounds: number;
  /** Relative, e.g. 0.1. */
  threshold: number;
  /** A fraction for the statistics (the input is a percentage: 95). */
  confidence: number;
  failOnRegression: boolean;
  /** Sent only on requests to the audited origin(s). */
  headers: Record<string, string>;
  /** Set in Chrome for the audited host(s) only. */
  cookies: Cookie[];
  chromePath: string;
  maxWaitForLoadMs: number;
  uploadReports: boolean;
  workingDirectory: string;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function cookiePairs(text: string, input: string, what: (i: number) => string): Cookie[] {
  const out: Cookie[] = [];
  text.split(/;\s*/).forEach((part, i) => {
    const pair = part.trim();
    if (pair === '') return;
    const eq = pair.indexOf('=');
    if (eq <= 0 || /[;\s]/.test(pair.slice(0, eq)))
      throw new InputError(input, `${what(i)}: expected 'name=value' (the value is not shown)`);
    out.push({ name: pair.slice(0, eq), value: pair.slice(eq + 1) });
  });
  return out;
}

/**
 * `Name: value` header lines and `name=value` cookie lines. A `Cookie:` header line is read as
 * cookies: cookies are set in the browser for the audited host, never sent as a raw header.
 */
export function parseHeaders(
  headerText: string,
  cookieText: string,
): { headers: Record<string, string>; cookies: Cookie[] } {
  const headers: Record<string, string> = {};
  const cookies: Cookie[] = [];
  headerText.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!HEADER_NAME.test(name))
      throw new InputError('headers', `line ${i + 1}: expected 'Name: value' (the value is not shown)`);
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'cookie')
      cookies.push(...cookiePairs(value, 'headers', () => `line ${i + 1}`));
    else headers[name] = value;
  });
  cookieText.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0 || /[;\s]/.test(line.slice(0, eq)))
      throw new InputError('cookies', `line ${i + 1}: expected 'name=value' (the value is not shown)`);
    cookies.push({ name: line.slice(0, eq), value: line.slice(eq + 1) });
  });
  return { headers, cookies };
}

/** The secret parts of headers and cookies, for masking. */
export function secretValues(headers: Record<string, string>, cookies: readonly Cookie[] = []): string[] {
  const out = new Set<string>();
  for (const value of Object.values(headers)) if (value) out.add(value);
  for (const c of cookies) if (c.value.length >= 3) out.add(c.value);
  return [...out];
}

/** Words this action used to accept, with the one to write now. */
const RENAMED: Record<string, string> = {
  'base-url':
    "is now 'base-origin' (the origin where the base build serves the same pages; deploy-smoke-health's 'base-url' is a prefix for paths, a different thing)",
  'history-backend': "is now 'history' itself: auto, artifacts, cache, folder or off",
};

export function readVitalsOptions(source: InputSource): VitalsOptions {
  for (const [old, message] of Object.entries(RENAMED))
    if (source.get(old)) throw new InputError(old, message);
  const staticDir = source.get('static-dir');
  const startCommand = source.get('start-command');
  if (staticDir && startCommand)
    throw new InputError('start-command', "give either 'static-dir' or 'start-command', not both");
  const urls = readList(source, 'urls');
  if (urls.length === 0 && !staticDir) {
    throw new InputError(
      'urls',
      startCommand
        ? 'give the URL(s) the start-command serves'
        : "give at least one URL, or a 'static-dir' to serve",
    );
  }
  const fromOrigin = Boolean(staticDir);
  for (const u of urls) {
    if (/^https?:\/\//i.test(u)) {
      try {
        new URL(u);
      } catch {
        throw new InputError('urls', `'${u}' is not a valid URL`);
      }
      if (fromOrigin)
        throw new InputError('urls', `with 'static-dir' give paths such as /about/, not '${u}'`);
    } else if (!fromOrigin) {
      throw new InputError('urls', `'${u}' is not an http(s) URL (paths are allowed only with 'static-dir')`);
    } else if (!u.startsWith('/')) {
      throw new InputError('urls', `'${u}' must start with / (a path under static-dir)`);
    }
  }
  const presets = readList(source, 'presets').map((p) => p.toLowerCase());
  for (const p of presets) {
    if (p !== 'desktop' && p !== 'mobile')
      throw new InputError('presets', `expected desktop and/or mobile, got '${p}'`);
  }
  const baseOrigin = readUrl(source, 'base-origin');
  const baseStaticDir = source.get('base-static-dir');
  if (baseOrigin && baseStaticDir)
    throw new InputError('base-origin', "give either 'base-origin' or 'base-static-dir', not both");
  if (baseStaticDir && !staticDir)
    throw new InputError('base-static-dir', "needs 'static-dir' (the head build served beside it)");
  if (baseOrigin && (baseOrigin.search || baseOrigin.hash || baseOrigin.username || baseOrigin.password))
    throw new InputError('base-origin', 'give an origin with at most a path prefix, no query or credentials');
  const budgetText = source.get('budgets');
  const { headers, cookies } = parseHeaders(source.get('headers'), source.get('cookies'));
  return {
    name: readString(source, 'name'),
    urls: urls.length > 0 ? urls : ['/'],
    staticDir,
    startCommand,
    startTimeoutMs: readDuration(source, 'start-timeout', 60_000, { minMs: 1000, maxMs: 3_600_000 }),
    baseOrigin: baseOrigin ? baseOrigin.href.replace(/\/$/, '') : '',
    baseStaticDir,
    presets: presets.length > 0 ? [...new Set(presets as FormFactor[])] : ['desktop'],
    runs: readInteger(source, 'runs', 3, { min: 1, max: 25 }),
    throttling: readChoice(source, 'throttling', ['devtools', 'simulate', 'provided'] as const, 'devtools'),
    budgetRules: budgetText ? parseBudgetLines(budgetText, "input 'budgets'") : [],
    budgetFile: source.get('budget-file'),
    cwvGate: readChoice(source, 'cwv-gate', ['off', 'poor', 'needs-improvement'] as const, 'poor'),
    minBenchmarkIndex: readNumber(source, 'min-benchmark-index', 500, { min: 0, max: 1e9 }),
    compareRounds: readInteger(source, 'compare-rounds', 6, { min: 1, max: 30 }),
    threshold: readPercent(source, 'threshold', 10, { min: 0, max: 1000 }) / 100,
    confidence: readPercent(source, 'confidence', 95, { min: 50, max: 99.9 }) / 100,
    failOnRegression: readBoolean(source, 'fail-on-regression', true),
    headers,
    cookies,
    chromePath: source.get('chrome-path'),
    maxWaitForLoadMs: readDuration(source, 'max-wait-for-load', 45_000, { minMs: 1000, maxMs: 600_000 }),
    uploadReports: readBoolean(source, 'upload-reports', true),
    workingDirectory: source.get('working-directory') || '.',
  };
}
