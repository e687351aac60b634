// The condition language, after Gatus: `<operand> <operator> <operand>`, where an operand is a
// placeholder ([STATUS], [BODY].a.b[0].c, [HEADER].name, [RESPONSE_TIME], [CERTIFICATE_EXPIRATION],
// [CONNECTED], [IP]), a function of one (len(), has(), pat()), or a literal: a number, a duration
// (500ms, 30s, 5m, 48h, 14d), a quoted string or a bare word (`pass`, a commit SHA).
import { UsageError } from '../runtime/errors.js';

export type Placeholder =
  | 'STATUS'
  | 'BODY'
  | 'HEADER'
  | 'RESPONSE_TIME'
  | 'CERTIFICATE_EXPIRATION'
  | 'CONNECTED'
  | 'IP';

export const PLACEHOLDERS: readonly Placeholder[] = [
  'STATUS',
  'BODY',
  'HEADER',
  'RESPONSE_TIME',
  'CERTIFICATE_EXPIRATION',
  'CONNECTED',
  'IP',
];

export type PathStep = { key: string } | { index: number };

export type Operand =
  | { kind: 'placeholder'; name: Placeholder; path: PathStep[]; text: string }
  | { kind: 'function'; fn: 'len' | 'has'; arg: Operand & { kind: 'placeholder' }; text: string }
  | { kind: 'pattern'; pattern: string; text: string }
  | { kind: 'literal'; value: string; quoted: boolean; text: string };

export type Operator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export interface Condition {
  source: string;
  left: Operand;
  operator: Operator;
  right: Operand;
}

export class ConditionSyntaxError extends UsageError {
  constructor(
    readonly endpoint: string,
    readonly condition: string,
    /** 1-based column in the condition. */
    readonly column: number,
    readonly reason: string,
  ) {
    super(`endpoint '${endpoint}': condition '${condition}': column ${column}: ${reason}`);
  }
}

const OPERATORS: readonly Operator[] = ['==', '!=', '<=', '>=', '<', '>'];

class Cursor {
  pos = 0;
  constructor(
    readonly text: string,
    readonly endpoint: string,
  ) {}
  fail(reason: string, at = this.pos): never {
    throw new ConditionSyntaxError(this.endpoint, this.text, at + 1, reason);
  }
  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }
  peek(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }
  get done(): boolean {
    return this.pos >= this.text.length;
  }
}

function parsePath(c: Cursor, name: Placeholder): PathStep[] {
  const path: PathStep[] = [];
  for (;;) {
    if (c.peek('.')) {
      c.pos++;
      const pattern = name === 'HEADER' ? /^[A-Za-z0-9!#$%&'*+\-^_`|~]+/ : /^[A-Za-z0-9_$@-]+/;
      const m = pattern.exec(c.text.slice(c.pos));
      if (!m)
        c.fail(
          name === 'HEADER' ? 'expected a header name after [HEADER].' : 'expected a field name after .',
        );
      path.push({ key: m[0] });
      c.pos += m[0].length;
    } else if (c.peek('[')) {
      const m = /^\[(\d+)\]/.exec(c.text.slice(c.pos));
      if (!m) c.fail('expected an array index such as [0]');
      path.push({ index: Number(m[1]) });
      c.pos += m[0].length;
    } else {
      return path;
    }
  }
}

function parsePlaceholder(c: Cursor): Operand & { kind: 'placeholder' } {
  const start = c.pos;
  const m = /^\[([A-Z_]+)\]/.exec(c.text.slice(c.pos));
  if (!m) c.fail('expected a placeholder such as [STATUS]');
  const name = m[1] as Placeholder;
  if (!PLACEHOLDERS.includes(name)) {
    c.fail(`unknown placeholder [${m[1]}]; known: ${PLACEHOLDERS.map((p) => `[${p}]`).join(', ')}`);
  }
  c.pos += m[0].length;
  const path = parsePath(c, name);
  if (name === 'HEADER' && path.length !== 1)
    c.fail('[HEADER] needs one header name, e.g. [HEADER].content-type', start);
  if (path.length > 0 && name !== 'BODY' && name !== 'HEADER') c.fail(`[${name}] has no fields`, start);
  return { kind: 'placeholder', name, path, text: c.text.slice(start, c.pos) };
}

function parseQuoted(c: Cursor): string {
  const quote = c.text[c.pos];
  const start = c.pos;
  c.pos++;
  let value = '';
  while (!c.done && c.text[c.pos] !== quote) {
    if (c.text[c.pos] === '\\' && c.pos + 1 < c.text.length) c.pos++;
    value += c.text[c.pos];
    c.pos++;
  }
  if (c.done) c.fail('unterminated string', start);
  c.pos++;
  return value;
}

function parseOperand(c: Cursor, side: 'left' | 'right'): Operand {
  c.skipSpace();
  const start = c.pos;
  if (c.done) c.fail(side === 'left' ? 'empty condition' : 'expected a value after the operator');
  if (c.peek('[')) return parsePlaceholder(c);
  const fn = /^(len|has|pat)\(/.exec(c.text.slice(c.pos));
  if (fn) {
    c.pos += fn[0].length;
    if (fn[1] === 'pat') {
      const close = c.text.lastIndexOf(')');
      if (close < c.pos) c.fail('pat( is not closed with )', start);
      const pattern = c.text.slice(c.pos, close);
      c.pos = close + 1;
      return { kind: 'pattern', pattern, text: c.text.slice(start, c.pos) };
    }
    const arg = parsePlaceholder(c);
    if (!c.peek(')')) c.fail(`expected ) to close ${fn[1]}(`);
    c.pos++;
    return { kind: 'function', fn: fn[1] as 'len' | 'has', arg, text: c.text.slice(start, c.pos) };
  }
  if (c.peek('"') || c.peek("'")) {
    const value = parseQuoted(c);
    return { kind: 'literal', value, quoted: true, text: c.text.slice(start, c.pos) };
  }
  if (side === 'right') {
    // A bare right-hand side is the rest of the line, as in Gatus: `[BODY].status == all good`.
    const value = c.text.slice(c.pos).trim();
    c.pos = c.text.length;
    return { kind: 'literal', value, quoted: false, text: value };
  }
  const m = /^[^\s=!<>]+/.exec(c.text.slice(c.pos));
  if (!m) c.fail('expected a placeholder or a value');
  c.pos += m[0].length;
  return { kind: 'literal', value: m[0], quoted: false, text: m[0] };
}

/** Parses one condition; `endpoint` names the endpoint in error messages. */
export function parseCondition(source: string, endpoint: string): Condition {
  const c = new Cursor(source, endpoint);
  const left = parseOperand(c, 'left');
  c.skipSpace();
  const found = OPERATORS.find((op) => c.peek(op));
  if (!found) {
    if (c.peek('=')) c.fail("'=' is not an operator; use '=='");
    return c.fail(
      c.done
        ? 'expected an operator (==, !=, <, <=, >, >=) after the value'
        : `expected an operator (==, !=, <, <=, >, >=), found '${c.text[c.pos]}'`,
    );
  }
  const operator: Operator = found;
  c.pos += operator.length;
  const right = parseOperand(c, 'right');
  c.skipSpace();
  if (!c.done) c.fail(`unexpected '${c.text.slice(c.pos)}' after the condition`);
  if (left.kind === 'pattern') c.fail('pat() belongs on the right-hand side', 0);
  if (right.kind === 'pattern' && operator !== '==' && operator !== '!=') {
    c.fail('pat() can only be compared with == or !=');
  }
  return { source, left, operator, right };
}
