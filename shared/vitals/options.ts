// Inputs of the action and flags of the CLI, read into one typed, validated value.
import { HISTORY_BACKENDS, type HistoryBackendName } from '../history/select.js';
import { InputError } from '../runtime/errors.js';
import { type InputSource, readBoolean, readChoice, readList } from '../runtime/inputs.js';
import { type BudgetRule, parseBudgetLines } from './budgets.js';
import type { FormFactor } from './ratings.js';
import type { CwvGate } from './report.js';

export type Throttling = 'devtools' | 'simulate' | 'provided';

export interface VitalsOptions {
  name: string;
  /** Absolute URLs, or paths when a static folder or start command provides the origin. */
  urls: string[];
  staticDir: string;
  startCommand: string;
  startTimeoutMs: number;
  baseUrl: string;
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
  confidence: number;
  failOnRegression: boolean;
  headers: Record<string, string>;
  chromePath: string;
  maxWaitForLoadMs: number;
  comment: boolean;
  uploadReports: boolean;
  history: boolean;
  historyBackend: HistoryBackendName;
  workingDirectory: string;
}

function number(
  source: InputSource,
  name: string,
  fallback: number,
  o: { min: number; max: number; integer?: boolean },
): number {
  const raw = source.get(name);
  if (raw === '') return fallback;
  const value = Number(raw.replace(/%$/, ''));
  if (!Number.isFinite(value) || value < o.min || value > o.max || (o.integer && !Number.isInteger(value))) {
    throw new InputError(
      name,
      `expected ${o.integer ? 'a whole number' : 'a number'} from ${o.min} to ${o.max}, got '${raw}'`,
    );
  }
  return value;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `Name: value` lines, plus `name=value` cookie lines folded into one Cookie header. */
export function parseHeaders(headerText: string, cookieText: string): Record<string, string> {
  const headers: Record<string, string> = {};
  headerText.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!HEADER_NAME.test(name))
      throw new InputError('headers', `line ${i + 1}: expected 'Name: value' (the value is not shown)`);
    headers[name] = line.slice(colon + 1).trim();
  });
  const cookies: string[] = [];
  cookieText.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0 || /[;\s]/.test(line.slice(0, eq)))
      throw new InputError('cookies', `line ${i + 1}: expected 'name=value' (the value is not shown)`);
    cookies.push(line);
  });
  if (cookies.length > 0) {
    const existing = Object.keys(headers).find((k) => k.toLowerCase() === 'cookie');
    const joined = [existing ? headers[existing] : undefined, ...cookies].filter(Boolean).join('; ');
    if (existing) delete headers[existing];
    headers.Cookie = joined;
  }
  return headers;
}

/** The secret parts of the headers, for masking: every value, and each cookie value alone. */
export function secretValues(headers: Record<string, string>): string[] {
  const out = new Set<string>();
  for (const [name, value] of Object.entries(headers)) {
    if (value) out.add(value);
    if (name.toLowerCase() === 'cookie') {
      for (const part of value.split(/;\s*/)) {
        const v = part.slice(part.indexOf('=') + 1);
        if (v.length >= 3) out.add(v);
      }
    }
  }
  return [...out];
}

export function readVitalsOptions(source: InputSource): VitalsOptions {
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
  const baseUrl = source.get('base-url');
  const baseStaticDir = source.get('base-static-dir');
  if (baseUrl && baseStaticDir)
    throw new InputError('base-url', "give either 'base-url' or 'base-static-dir', not both");
  if (baseStaticDir && !staticDir)
    throw new InputError('base-static-dir', "needs 'static-dir' (the head build served beside it)");
  if (baseUrl && !/^https?:\/\/[^/]/i.test(baseUrl))
    throw new InputError('base-url', `'${baseUrl}' is not an http(s) origin`);
  const budgetText = source.get('budgets');
  return {
    name: source.get('name'),
    urls: urls.length > 0 ? urls : ['/'],
    staticDir,
    startCommand,
    startTimeoutMs: number(source, 'start-timeout', 60, { min: 1, max: 3600 }) * 1000,
    baseUrl,
    baseStaticDir,
    presets: presets.length > 0 ? [...new Set(presets as FormFactor[])] : ['desktop'],
    runs: number(source, 'runs', 3, { min: 1, max: 25, integer: true }),
    throttling: readChoice(source, 'throttling', ['devtools', 'simulate', 'provided'] as const, 'devtools'),
    budgetRules: budgetText ? parseBudgetLines(budgetText, "input 'budgets'") : [],
    budgetFile: source.get('budget-file'),
    cwvGate: readChoice(source, 'cwv-gate', ['off', 'poor', 'needs-improvement'] as const, 'poor'),
    minBenchmarkIndex: number(source, 'min-benchmark-index', 500, { min: 0, max: 1e9 }),
    compareRounds: number(source, 'compare-rounds', 6, { min: 1, max: 30, integer: true }),
    threshold: number(source, 'threshold', 10, { min: 0, max: 1000 }) / 100,
    confidence: number(source, 'confidence', 0.95, { min: 0.5, max: 0.999 }),
    failOnRegression: readBoolean(source, 'fail-on-regression', true),
    headers: parseHeaders(source.get('headers'), source.get('cookies')),
    chromePath: source.get('chrome-path'),
    maxWaitForLoadMs: number(source, 'max-wait-for-load', 45, { min: 1, max: 600 }) * 1000,
    comment: readBoolean(source, 'comment', true),
    uploadReports: readBoolean(source, 'upload-reports', true),
    history: readBoolean(source, 'history', true),
    historyBackend: readChoice(source, 'history-backend', HISTORY_BACKENDS, 'auto'),
    workingDirectory: source.get('working-directory') || '.',
  };
}
