// Evaluates parsed conditions against one response. Pure: the probe's result comes in as data.
import { globMatch } from './glob.js';
import type { Condition, Operand, PathStep } from './syntax.js';

/**
 * The most text one pat() condition scans. Bodies are already cut at 1 MiB by the probe; the bound
 * here keeps a condition's cost fixed whatever calls it (linear matching × this many characters).
 */
export const MAX_PATTERN_SCAN_CHARS = 1024 * 1024;

export interface ConditionContext {
  /** 0 when no response arrived. */
  status: number;
  body: string;
  headers: Record<string, string>;
  responseTimeMs: number;
  /** Milliseconds until the certificate expires; undefined for plain HTTP. */
  certificateExpiresInMs?: number;
  connected: boolean;
  ip?: string;
}

export interface ConditionResult {
  condition: string;
  ok: boolean;
  /** What the left side was, short, for the report: `[STATUS] (503) == 200`. */
  explanation: string;
}

type Value =
  | { kind: 'number'; value: number; duration?: boolean }
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'missing' };

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `500ms`, `30s`, `5m`, `48h`, `14d`, `1h30m` in milliseconds; undefined when not a duration. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(t)) return undefined;
  let total = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g))
    total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
  return total;
}

function walk(root: unknown, path: readonly PathStep[]): unknown {
  let node = root;
  for (const step of path) {
    if ('index' in step) {
      if (!Array.isArray(node)) return undefined;
      node = node[step.index];
    } else {
      if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
      node = (node as Record<string, unknown>)[step.key];
    }
  }
  return node;
}

function fromJson(v: unknown): Value {
  if (v === undefined) return { kind: 'missing' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (v === null) return { kind: 'string', value: 'null' };
  return { kind: 'string', value: JSON.stringify(v) };
}

class Evaluator {
  private json: unknown;
  private jsonRead = false;
  constructor(private readonly ctx: ConditionContext) {}

  body(): unknown {
    if (!this.jsonRead) {
      this.jsonRead = true;
      try {
        this.json = JSON.parse(this.ctx.body);
      } catch {
        this.json = undefined;
      }
    }
    return this.json;
  }

  raw(op: Operand & { kind: 'placeholder' }): unknown {
    switch (op.name) {
      case 'STATUS':
        return this.ctx.status;
      case 'RESPONSE_TIME':
        return this.ctx.responseTimeMs;
      case 'CERTIFICATE_EXPIRATION':
        return this.ctx.certificateExpiresInMs;
      case 'CONNECTED':
        return this.ctx.connected;
      case 'IP':
        return this.ctx.ip;
      case 'HEADER': {
        const step = op.path[0];
        return step && 'key' in step ? this.ctx.headers[step.key.toLowerCase()] : undefined;
      }
      case 'BODY':
        return op.path.length === 0 ? this.ctx.body : walk(this.body(), op.path);
    }
  }

  value(op: Operand): Value {
    switch (op.kind) {
      case 'placeholder': {
        const v = fromJson(this.raw(op));
        if (v.kind === 'number' && (op.name === 'RESPONSE_TIME' || op.name === 'CERTIFICATE_EXPIRATION')) {
          return { ...v, duration: true };
        }
        return v;
      }
      case 'function': {
        const inner = this.raw(op.arg);
        if (op.fn === 'has') return { kind: 'bool', value: inner !== undefined && inner !== null };
        if (Array.isArray(inner)) return { kind: 'number', value: inner.length };
        if (typeof inner === 'string') return { kind: 'number', value: [...inner].length };
        if (inner && typeof inner === 'object') return { kind: 'number', value: Object.keys(inner).length };
        return { kind: 'missing' };
      }
      case 'pattern':
        return { kind: 'string', value: op.pattern };
      case 'literal': {
        if (op.quoted) return { kind: 'string', value: op.value };
        const duration = parseDuration(op.value);
        if (duration !== undefined) return { kind: 'number', value: duration, duration: true };
        if (op.value !== '' && Number.isFinite(Number(op.value)))
          return { kind: 'number', value: Number(op.value) };
        if (op.value === 'true' || op.value === 'false') return { kind: 'bool', value: op.value === 'true' };
        return { kind: 'string', value: op.value };
      }
    }
  }
}

function asNumber(v: Value): number | undefined {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'string' && v.value.trim() !== '' && Number.isFinite(Number(v.value)))
    return Number(v.value);
  return undefined;
}

function asText(v: Value): string {
  return v.kind === 'missing' ? '' : String(v.value);
}

function show(v: Value): string {
  if (v.kind === 'missing') return '(missing)';
  if (v.kind === 'number' && v.duration) return `${Math.round(v.value)}ms`;
  const text = String(v.value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function compare(op: Condition['operator'], l: Value, r: Value, rightIsPattern: boolean): boolean {
  if (rightIsPattern) {
    const text = asText(l);
    // Too long to scan: neither == nor != can be vouched for, so the condition fails.
    if (text.length > MAX_PATTERN_SCAN_CHARS) return false;
    const { matched } = globMatch(asText(r), text);
    return op === '==' ? matched : !matched;
  }
  const ln = asNumber(l);
  const rn = asNumber(r);
  const numeric = ln !== undefined && rn !== undefined;
  switch (op) {
    case '==':
      return numeric ? ln === rn : asText(l) === asText(r);
    case '!=':
      return numeric ? ln !== rn : asText(l) !== asText(r);
    default: {
      if (!numeric) return false;
      if (op === '<') return ln < rn;
      if (op === '<=') return ln <= rn;
      if (op === '>') return ln > rn;
      return ln >= rn;
    }
  }
}

export function evaluateConditions(
  conditions: readonly Condition[],
  ctx: ConditionContext,
): ConditionResult[] {
  const e = new Evaluator(ctx);
  return conditions.map((c) => {
    const l = e.value(c.left);
    const r = e.value(c.right);
    const ok = compare(c.operator, l, r, c.right.kind === 'pattern');
    const leftShown = c.left.kind === 'literal' ? c.left.text : `${c.left.text} (${show(l)})`;
    const tooLong =
      c.right.kind === 'pattern' && asText(l).length > MAX_PATTERN_SCAN_CHARS
        ? ` (not scanned: over ${MAX_PATTERN_SCAN_CHARS} characters)`
        : '';
    return { condition: c.source, ok, explanation: `${leftShown} ${c.operator} ${c.right.text}${tooLong}` };
  });
}
