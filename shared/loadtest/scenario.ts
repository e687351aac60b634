// Scenario files: the requests a load test sends, in YAML or JSON, with errors that name file and line.
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { UsageError } from '../runtime/errors.js';

export interface ScenarioRequest {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Statuses counted as success; empty means any 2xx. */
  expectStatus: number[];
  weight: number;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const KEYS = ['name', 'method', 'path', 'headers', 'body', 'status', 'weight'];
const MAX_WEIGHT = 100;

export class ScenarioError extends UsageError {
  override name = 'ScenarioError';
}

/** One request for a plain URL path: the action's `url` input without a scenario file. */
export function singleRequest(path: string): ScenarioRequest {
  return { name: path, method: 'GET', path, headers: {}, expectStatus: [], weight: 1 };
}

export function parseScenario(text: string, file: string): ScenarioRequest[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const where = (node: YamlNode | null | undefined): string => {
    const offset = node?.range?.[0];
    return offset === undefined ? file : `${file}:${lines.linePos(offset).line}`;
  };
  const first = doc.errors[0];
  if (first)
    throw new ScenarioError(
      `${file}:${lines.linePos(first.pos[0]).line}: not valid YAML or JSON: ${first.message.split('\n')[0]}`,
    );
  let list = doc.contents as YamlNode | null;
  if (isMap(list)) {
    const requests = list.get('requests', true) as YamlNode | undefined;
    if (!requests)
      throw new ScenarioError(`${where(list)}: expected a list of requests or a 'requests:' key`);
    list = requests;
  }
  if (!isSeq(list) || list.items.length === 0) {
    throw new ScenarioError(`${where(list)}: expected a non-empty list of requests`);
  }
  const names = new Set<string>();
  return list.items.map((item, index) => {
    const at = where(item as YamlNode);
    if (!isMap(item))
      throw new ScenarioError(`${at}: request ${index + 1} must be a mapping with at least 'path'`);
    const raw = item.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
      if (!KEYS.includes(key))
        throw new ScenarioError(`${at}: unknown key '${key}' (known: ${KEYS.join(', ')})`);
    }
    const path = raw.path;
    if (typeof path !== 'string' || !path.startsWith('/')) {
      throw new ScenarioError(
        `${at}: 'path' must be a string starting with '/', got ${JSON.stringify(path)}`,
      );
    }
    const method = String(raw.method ?? 'GET').toUpperCase();
    if (!METHODS.includes(method))
      throw new ScenarioError(`${at}: unknown method '${method}' (one of ${METHODS.join(', ')})`);
    const headers: Record<string, string> = {};
    if (raw.headers !== undefined) {
      if (typeof raw.headers !== 'object' || raw.headers === null || Array.isArray(raw.headers)) {
        throw new ScenarioError(`${at}: 'headers' must be a mapping of header names to values`);
      }
      for (const [k, v] of Object.entries(raw.headers)) headers[k.toLowerCase()] = String(v);
    }
    let body: string | undefined;
    if (raw.body !== undefined && raw.body !== null) {
      if (typeof raw.body === 'string') body = raw.body;
      else {
        body = JSON.stringify(raw.body);
        headers['content-type'] ??= 'application/json';
      }
    }
    const statuses = raw.status === undefined ? [] : Array.isArray(raw.status) ? raw.status : [raw.status];
    const expectStatus = statuses.map((s) => Number(s));
    if (expectStatus.some((s) => !Number.isInteger(s) || s < 100 || s > 599)) {
      throw new ScenarioError(
        `${at}: 'status' must be an HTTP status (100-599) or a list of them, got ${JSON.stringify(raw.status)}`,
      );
    }
    const weight = raw.weight === undefined ? 1 : Number(raw.weight);
    if (!Number.isInteger(weight) || weight < 1 || weight > MAX_WEIGHT) {
      throw new ScenarioError(
        `${at}: 'weight' must be a whole number from 1 to ${MAX_WEIGHT}, got ${JSON.stringify(raw.weight)}`,
      );
    }
    const name = raw.name === undefined ? `${method} ${path}` : String(raw.name);
    if (names.has(name))
      throw new ScenarioError(`${at}: a request named '${name}' appears twice; give each a distinct 'name'`);
    names.add(name);
    return { name, method, path, headers, ...(body !== undefined ? { body } : {}), expectStatus, weight };
  });
}

/**
 * The request sequence each connection cycles through: smooth weighted round-robin, so weights 3:1
 * give A A B A rather than A A A B and a short trial still sees the intended mix.
 */
export function weightedSequence(requests: readonly ScenarioRequest[]): ScenarioRequest[] {
  const total = requests.reduce((a, r) => a + r.weight, 0);
  const current = requests.map(() => 0);
  const out: ScenarioRequest[] = [];
  for (let step = 0; step < total; step++) {
    let best = 0;
    requests.forEach((r, i) => {
      current[i] = (current[i] as number) + r.weight;
      if ((current[i] as number) > (current[best] as number)) best = i;
    });
    current[best] = (current[best] as number) - total;
    out.push(requests[best] as ScenarioRequest);
  }
  return out;
}
