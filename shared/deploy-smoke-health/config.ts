// Which endpoints and domains to check, per environment: from the `endpoints`/`domains` inputs or
// from a YAML/JSON file. Every mistake is reported with the file, the line and the key.
import { LineCounter, parseDocument } from 'yaml';
import { parseDuration } from '../conditions/evaluate.js';
import { type Condition, parseCondition } from '../conditions/syntax.js';
import { urlSecrets } from '../probes/redact.js';
import { UsageError } from '../runtime/errors.js';
import { MAX_DURATION_MS } from '../runtime/inputs.js';

export interface EndpointConfig {
  kind: 'http';
  name: string;
  environment: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  expectedStatus: number[];
  timeoutMs: number;
  conditions: Condition[];
  maxResponseMs?: number;
  minCertDays?: number;
  /** Confirm the deployed version in this endpoint's answer (post-deploy mode). */
  confirmVersion: boolean;
  /** Redirects followed (0: a redirect is the answer). Credentials never cross origins. */
  maxRedirects: number;
}

/** Redirects an endpoint follows unless its `follow-redirects` says otherwise. */
export const DEFAULT_MAX_REDIRECTS = 5;
const MOST_REDIRECTS = 20;

export interface DomainConfig {
  kind: 'domain';
  name: string;
  environment: string;
  host: string;
  /** The HTTPS URL probed for latency and certificate. */
  url: string;
  timeoutMs: number;
  maxResponseMs?: number;
  minCertDays: number;
  /** http://host/ must redirect to https://host/. */
  checkRedirect: boolean;
  /** The plain-HTTP URL whose redirect is checked; default http://<host>/. */
  redirectFrom: string;
}

export type CheckConfig = EndpointConfig | DomainConfig;

export interface MonitorConfig {
  checks: CheckConfig[];
  /** Values that must never be printed: header values, URL passwords and query values. */
  secrets: string[];
  /** Environments a config file names itself (not defaulted from the event). */
  environments?: string[];
}

export interface ConfigDefaults {
  environment: string;
  timeoutMs: number;
  expectedStatus: number[];
  conditions: string[];
  maxResponseMs?: number;
  minCertDays: number;
  checkRedirect: boolean;
  /** Relative endpoint URLs (`/health`) resolve against this (the deployment's environment_url). */
  baseUrl?: string;
  /** Reads `${env.NAME}` references in the file; default process.env. */
  env?: Record<string, string | undefined>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

type Where = (path: (string | number)[]) => string;

function fail(where: string, message: string): never {
  throw new UsageError(`${where}: ${message}`);
}

export function parseStatusList(text: string, where: string): number[] {
  const list = text
    .split(/[\s,]+/)
    .filter((s) => s !== '')
    .flatMap((s) => {
      const range = /^(\d{3})-(\d{3})$/.exec(s);
      if (range) {
        const [from, to] = [Number(range[1]), Number(range[2])];
        if (from > to) fail(where, `status range '${s}' runs backwards`);
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
      }
      if (/^[1-5]xx$/i.test(s)) return Array.from({ length: 100 }, (_, i) => Number(s[0]) * 100 + i);
      if (!/^\d{3}$/.test(s) || Number(s) < 100 || Number(s) > 599) {
        fail(where, `'${s}' is not an HTTP status (100-599, a range 200-299 or a class 2xx)`);
      }
      return [Number(s)];
    });
  if (list.length === 0) fail(where, 'no expected status given');
  return [...new Set(list)];
}

/**
 * `10s`, `500ms`, `2m`: a duration with its unit. A bare number is refused: the inputs read one as
 * seconds (`timeout: 10`), and a config file that read it as milliseconds would time every check
 * out at 10 ms; which one the writer meant cannot be known.
 */
export function parseMs(text: string, where: string): number {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) {
    fail(where, `'${text}' has no unit: write ${t}s for seconds or ${t}ms for milliseconds`);
  }
  const ms = parseDuration(t);
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) {
    fail(where, `'${text}' is not a duration (e.g. 500ms, 10s, 5m, 1h, 14d)`);
  }
  // Node's timers overflow past 2^31-1 ms and then fire at once; the same bound as every input.
  if (ms > MAX_DURATION_MS) fail(where, `'${text}' is longer than the maximum of 24h`);
  return ms;
}

function resolveUrl(raw: string, base: string | undefined, where: string): string {
  try {
    return new URL(raw, base).toString();
  } catch {
    if (!base && raw.startsWith('/')) {
      fail(where, `'${raw}' is a path, but there is no base URL (set base-url, or run on deployment_status)`);
    }
    fail(where, `'${raw}' is not a valid URL`);
  }
}

function httpUrl(url: string, where: string): string {
  const p = new URL(url).protocol;
  if (p !== 'http:' && p !== 'https:') fail(where, `only http and https URLs can be checked, got ${p}`);
  return url;
}

function expandEnv(
  text: string,
  env: Record<string, string | undefined>,
  where: string,
  secrets: string[],
): string {
  return text.replace(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    const value = env[name];
    if (value === undefined) fail(where, `environment variable ${name} is not set`);
    if (value !== '') secrets.push(value);
    return value;
  });
}

/** Endpoints from the `endpoints` input: one per line, `URL` or `name=URL`. */
export function endpointsFromList(
  lines: readonly string[],
  d: ConfigDefaults,
  input = 'endpoints',
): MonitorConfig & { checks: EndpointConfig[] } {
  const secrets: string[] = [];
  const conditions = d.conditions;
  const checks: EndpointConfig[] = lines.map((line, i) => {
    const m = /^([^=\s]+)=(.+)$/.exec(line);
    const where = `input '${input}' line ${i + 1}`;
    const url = httpUrl(resolveUrl((m ? m[2] : line)?.trim() ?? '', d.baseUrl, where), where);
    secrets.push(...urlSecrets(url));
    const name = m?.[1] ?? nameFromUrl(url);
    return {
      kind: 'http',
      name,
      environment: d.environment,
      url,
      method: 'GET',
      headers: {},
      expectedStatus: d.expectedStatus,
      timeoutMs: d.timeoutMs,
      conditions: conditions.map((c) => parseCondition(c, name)),
      ...(d.maxResponseMs !== undefined ? { maxResponseMs: d.maxResponseMs } : {}),
      minCertDays: d.minCertDays,
      confirmVersion: true,
      maxRedirects: DEFAULT_MAX_REDIRECTS,
    };
  });
  return { checks, secrets };
}

export function domainsFromList(hosts: readonly string[], d: ConfigDefaults): DomainConfig[] {
  return hosts.map((h, i) => domainCheck(h, d.environment, d, `input 'domains' line ${i + 1}`));
}

function domainCheck(
  raw: string | Obj,
  environment: string,
  d: Pick<ConfigDefaults, 'timeoutMs' | 'maxResponseMs' | 'minCertDays' | 'checkRedirect'>,
  where: string,
): DomainConfig {
  const spec = typeof raw === 'string' ? { host: raw } : raw;
  if (typeof spec.host !== 'string')
    fail(where, 'expected a host name, or a mapping with host: (and optionally http-url:)');
  const host = spec.host
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  if (!/^[a-z0-9.-]+(:\d+)?$/.test(host)) fail(where, `'${spec.host}' is not a host name`);
  const hostname = host.replace(/:\d+$/, '');
  const redirectFrom = typeof spec['http-url'] === 'string' ? spec['http-url'] : `http://${hostname}/`;
  if (!/^http:\/\//.test(redirectFrom)) fail(where, `http-url '${redirectFrom}' must be an http:// URL`);
  return {
    kind: 'domain',
    name: host,
    environment,
    host,
    url: `https://${host}/`,
    timeoutMs: d.timeoutMs,
    ...(d.maxResponseMs !== undefined ? { maxResponseMs: d.maxResponseMs } : {}),
    minCertDays: d.minCertDays,
    checkRedirect: d.checkRedirect,
    redirectFrom,
  };
}

/** `follow-redirects: true | false | <hops>`; true follows up to DEFAULT_MAX_REDIRECTS. */
function followRedirects(value: unknown, where: string): number {
  if (value === undefined || value === true) return DEFAULT_MAX_REDIRECTS;
  if (value === false) return 0;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MOST_REDIRECTS)
    return value;
  return fail(
    where,
    `expected true, false or a number of redirects 0-${MOST_REDIRECTS}, got ${JSON.stringify(value)}`,
  );
}

function nameFromUrl(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
}

const ENDPOINT_KEYS = new Set([
  'name',
  'url',
  'method',
  'headers',
  'body',
  'status',
  'timeout',
  'conditions',
  'max-response-time',
  'min-cert-days',
  'confirm-version',
  'follow-redirects',
]);
const ENV_KEYS = new Set([
  'base-url',
  'domains',
  'endpoints',
  'timeout',
  'conditions',
  'max-response-time',
  'min-cert-days',
  'check-redirect',
]);

/**
 * Reads a config file (YAML or JSON; JSON is YAML):
 *
 * environments:
 *   prod:
 *     base-url: https://shop.example.com
 *     domains: [shop.example.com]
 *     endpoints:
 *       - { name: health, url: /health, conditions: ['[BODY].status == pass'] }
 */
export function parseConfigFile(text: string, file: string, d: ConfigDefaults): MonitorConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    fail(`${file}:${pos.line}:${pos.col}`, first.message.split('\n')[0] ?? 'syntax error');
  }
  const where: Where = (path) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const key = path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .replace(/^\./, '');
    return `${file}${line ? `:${line}` : ''} (${key || 'top level'})`;
  };
  const root = doc.toJS() as unknown;
  if (!isObj(root)) fail(where([]), 'expected a mapping with `environments:` (or `endpoints:`)');
  const env = d.env ?? process.env;
  const secrets: string[] = [];
  const checks: CheckConfig[] = [];
  const environments: [string, Obj, (string | number)[]][] = [];
  if (isObj(root.environments)) {
    for (const [name, value] of Object.entries(root.environments)) {
      if (!isObj(value))
        fail(where(['environments', name]), 'expected a mapping with endpoints and/or domains');
      environments.push([name, value, ['environments', name]]);
    }
  } else if (root.environments !== undefined) {
    fail(where(['environments']), 'expected a mapping of environment name to its endpoints and domains');
  }
  const named = environments.map(([name]) => name);
  if (root.endpoints !== undefined || root.domains !== undefined) {
    if (typeof root.environment === 'string') named.push(root.environment);
    environments.push([typeof root.environment === 'string' ? root.environment : d.environment, root, []]);
  }
  if (environments.length === 0) fail(where([]), 'no `environments:` and no `endpoints:` found');

  for (const [envName, e, base] of environments) {
    if (base.length > 0) {
      for (const key of Object.keys(e))
        if (!ENV_KEYS.has(key))
          fail(where([...base, key]), `unknown key '${key}' (known: ${[...ENV_KEYS].join(', ')})`);
    }
    const str = (v: unknown, path: (string | number)[]) => {
      if (typeof v === 'number') return String(v);
      if (typeof v !== 'string') fail(where(path), 'expected a string');
      return v;
    };
    const baseUrl = e['base-url'] !== undefined ? str(e['base-url'], [...base, 'base-url']) : d.baseUrl;
    const envTimeout =
      e.timeout !== undefined
        ? parseMs(str(e.timeout, [...base, 'timeout']), where([...base, 'timeout']))
        : d.timeoutMs;
    const envMax =
      e['max-response-time'] !== undefined
        ? parseMs(
            str(e['max-response-time'], [...base, 'max-response-time']),
            where([...base, 'max-response-time']),
          )
        : d.maxResponseMs;
    const envCertDays = e['min-cert-days'] !== undefined ? Number(e['min-cert-days']) : d.minCertDays;
    if (!Number.isFinite(envCertDays)) fail(where([...base, 'min-cert-days']), 'expected a number of days');
    const envConditions = Array.isArray(e.conditions)
      ? e.conditions.map((c, i) => str(c, [...base, 'conditions', i]))
      : d.conditions;
    const checkRedirect = e['check-redirect'] !== undefined ? e['check-redirect'] === true : d.checkRedirect;

    if (e.domains !== undefined) {
      if (!Array.isArray(e.domains)) fail(where([...base, 'domains']), 'expected a list of host names');
      e.domains.forEach((h, i) => {
        const path = [...base, 'domains', i];
        checks.push(
          domainCheck(
            isObj(h) ? h : str(h, path),
            envName,
            { timeoutMs: envTimeout, maxResponseMs: envMax, minCertDays: envCertDays, checkRedirect },
            where(path),
          ),
        );
      });
    }
    if (e.endpoints === undefined) continue;
    if (!Array.isArray(e.endpoints)) fail(where([...base, 'endpoints']), 'expected a list of endpoints');
    e.endpoints.forEach((raw, i) => {
      const path = [...base, 'endpoints', i];
      const ep: Obj =
        typeof raw === 'string'
          ? { url: raw }
          : isObj(raw)
            ? raw
            : fail(where(path), 'expected a URL or a mapping with url:');
      for (const key of Object.keys(ep)) {
        if (!ENDPOINT_KEYS.has(key))
          fail(where([...path, key]), `unknown key '${key}' (known: ${[...ENDPOINT_KEYS].join(', ')})`);
      }
      if (ep.url === undefined) fail(where(path), 'url is missing');
      const at = (k: string) => where([...path, k]);
      const url = httpUrl(
        resolveUrl(expandEnv(str(ep.url, [...path, 'url']), env, at('url'), secrets), baseUrl, at('url')),
        at('url'),
      );
      secrets.push(...urlSecrets(url));
      const name = ep.name !== undefined ? str(ep.name, [...path, 'name']) : nameFromUrl(url);
      const headers: Record<string, string> = {};
      if (ep.headers !== undefined) {
        if (!isObj(ep.headers)) fail(at('headers'), 'expected a mapping of header name to value');
        for (const [k, v] of Object.entries(ep.headers)) {
          const value = expandEnv(
            str(v, [...path, 'headers', k]),
            env,
            where([...path, 'headers', k]),
            secrets,
          );
          headers[k.toLowerCase()] = value;
          // Header values are credentials more often than not (authorization, x-api-key, bypass tokens).
          if (value.length >= 4) secrets.push(value);
        }
      }
      const conditionList = Array.isArray(ep.conditions)
        ? ep.conditions.map((c, j) => str(c, [...path, 'conditions', j]))
        : ep.conditions !== undefined
          ? fail(at('conditions'), 'expected a list of conditions')
          : envConditions;
      const conditions = conditionList.map((c, j) => {
        try {
          return parseCondition(c, name);
        } catch (error) {
          const line = Array.isArray(ep.conditions) ? where([...path, 'conditions', j]) : at('conditions');
          throw new UsageError(`${line}: ${(error as Error).message}`);
        }
      });
      const statusRaw = ep.status;
      const expectedStatus =
        statusRaw === undefined
          ? d.expectedStatus
          : parseStatusList(Array.isArray(statusRaw) ? statusRaw.join(',') : String(statusRaw), at('status'));
      const maxResponse =
        ep['max-response-time'] !== undefined
          ? parseMs(String(ep['max-response-time']), at('max-response-time'))
          : envMax;
      const certDays = ep['min-cert-days'] !== undefined ? Number(ep['min-cert-days']) : envCertDays;
      if (!Number.isFinite(certDays)) fail(at('min-cert-days'), 'expected a number of days');
      checks.push({
        kind: 'http',
        name,
        environment: envName,
        url,
        method: ep.method !== undefined ? str(ep.method, [...path, 'method']).toUpperCase() : 'GET',
        headers,
        ...(ep.body !== undefined
          ? { body: typeof ep.body === 'string' ? ep.body : JSON.stringify(ep.body) }
          : {}),
        expectedStatus,
        timeoutMs: ep.timeout !== undefined ? parseMs(String(ep.timeout), at('timeout')) : envTimeout,
        conditions,
        ...(maxResponse !== undefined ? { maxResponseMs: maxResponse } : {}),
        minCertDays: certDays,
        confirmVersion: ep['confirm-version'] !== false,
        maxRedirects: followRedirects(ep['follow-redirects'], at('follow-redirects')),
      });
    });
  }
  const names = new Set<string>();
  for (const c of checks) {
    const key = `${c.environment}/${c.name}`;
    if (names.has(key))
      fail(
        file,
        `two checks are named '${c.name}' in environment '${c.environment}'; give them distinct names`,
      );
    names.add(key);
  }
  return { checks, secrets, environments: named };
}
