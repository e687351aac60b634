#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(98016);
const utils = __nccwpck_require__(64059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 78265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(64059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 98016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(31781);
const parse = __nccwpck_require__(78265);
const utils = __nccwpck_require__(64059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 31781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(64059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 64059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 59800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.wT = __webpack_unused_export__ = void 0;
const ed5 = __nccwpck_require__(96950);
const ed2 = __nccwpck_require__(24488);
const NSed3 = __nccwpck_require__(85699);
var isS = ed5.isS;
var isChar10 = ed5.isChar;
var isNameStartChar = ed5.isNameStartChar;
var isNameChar = ed5.isNameChar;
var S_LIST = ed5.S_LIST;
var NAME_RE = ed5.NAME_RE;
var isChar11 = ed2.isChar;
var isNCNameStartChar = NSed3.isNCNameStartChar;
var isNCNameChar = NSed3.isNCNameChar;
var NC_NAME_RE = NSed3.NC_NAME_RE;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const rootNS = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    xml: XML_NAMESPACE,
    xmlns: XMLNS_NAMESPACE,
};
const XML_ENTITIES = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    amp: "&",
    gt: ">",
    lt: "<",
    quot: "\"",
    apos: "'",
};
// EOC: end-of-chunk
const EOC = -1;
const NL_LIKE = -2;
const S_BEGIN = 0; // Initial state.
const S_BEGIN_WHITESPACE = 1; // leading whitespace
const S_DOCTYPE = 2; // <!DOCTYPE
const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
const S_DTD_OPEN_WAKA = 6;
const S_DTD_OPEN_WAKA_BANG = 7;
const S_DTD_COMMENT = 8; // <!--
const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
const S_DTD_PI = 11; // <?
const S_DTD_PI_ENDING = 12; // <?hi "there" ?
const S_TEXT = 13; // general stuff
const S_ENTITY = 14; // &amp and such
const S_OPEN_WAKA = 15; // <
const S_OPEN_WAKA_BANG = 16; // <!...
const S_COMMENT = 17; // <!--
const S_COMMENT_ENDING = 18; // <!-- blah -
const S_COMMENT_ENDED = 19; // <!-- blah --
const S_CDATA = 20; // <![CDATA[ something
const S_CDATA_ENDING = 21; // ]
const S_CDATA_ENDING_2 = 22; // ]]
const S_PI_FIRST_CHAR = 23; // <?hi, first char
const S_PI_REST = 24; // <?hi, rest of the name
const S_PI_BODY = 25; // <?hi there
const S_PI_ENDING = 26; // <?hi "there" ?
const S_XML_DECL_NAME_START = 27; // <?xml
const S_XML_DECL_NAME = 28; // <?xml foo
const S_XML_DECL_EQ = 29; // <?xml foo=
const S_XML_DECL_VALUE_START = 30; // <?xml foo=
const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
const S_XML_DECL_ENDING = 33; // <?xml ... ?
const S_OPEN_TAG = 34; // <strong
const S_OPEN_TAG_SLASH = 35; // <strong /
const S_ATTRIB = 36; // <a
const S_ATTRIB_NAME = 37; // <a foo
const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
const S_ATTRIB_VALUE = 39; // <a foo=
const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
const S_CLOSE_TAG = 43; // </a
const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
const TAB = 9;
const NL = 0xA;
const CR = 0xD;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const MINUS = 0x2D;
const FORWARD_SLASH = 0x2F;
const SEMICOLON = 0x3B;
const LESS = 0x3C;
const EQUAL = 0x3D;
const GREATER = 0x3E;
const QUESTION = 0x3F;
const OPEN_BRACKET = 0x5B;
const CLOSE_BRACKET = 0x5D;
const NEL = 0x85;
const LS = 0x2028; // Line Separator
const isQuote = (c) => c === DQUOTE || c === SQUOTE;
const QUOTES = [DQUOTE, SQUOTE];
const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
function nsPairCheck(parser, prefix, uri) {
    switch (prefix) {
        case "xml":
            if (uri !== XML_NAMESPACE) {
                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
            }
            break;
        case "xmlns":
            if (uri !== XMLNS_NAMESPACE) {
                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
            }
            break;
        default:
    }
    switch (uri) {
        case XMLNS_NAMESPACE:
            parser.fail(prefix === "" ?
                `the default namespace may not be set to ${uri}.` :
                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
            break;
        case XML_NAMESPACE:
            switch (prefix) {
                case "xml":
                    // Assinging the XML namespace to "xml" is fine.
                    break;
                case "":
                    parser.fail(`the default namespace may not be set to ${uri}.`);
                    break;
                default:
                    parser.fail("may not assign the xml namespace to another prefix.");
            }
            break;
        default:
    }
}
function nsMappingCheck(parser, mapping) {
    for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
    }
}
const isNCName = (name) => NC_NAME_RE.test(name);
const isName = (name) => NAME_RE.test(name);
const FORBIDDEN_START = 0;
const FORBIDDEN_BRACKET = 1;
const FORBIDDEN_BRACKET_BRACKET = 2;
/**
 * The list of supported events.
 */
__webpack_unused_export__ = [
    "xmldecl",
    "text",
    "processinginstruction",
    "doctype",
    "comment",
    "opentagstart",
    "attribute",
    "opentag",
    "closetag",
    "cdata",
    "error",
    "end",
    "ready",
];
const EVENT_NAME_TO_HANDLER_NAME = {
    xmldecl: "xmldeclHandler",
    text: "textHandler",
    processinginstruction: "piHandler",
    doctype: "doctypeHandler",
    comment: "commentHandler",
    opentagstart: "openTagStartHandler",
    attribute: "attributeHandler",
    opentag: "openTagHandler",
    closetag: "closeTagHandler",
    cdata: "cdataHandler",
    error: "errorHandler",
    end: "endHandler",
    ready: "readyHandler",
};
// eslint-disable-next-line @typescript-eslint/ban-types
class SaxesParser {
    /**
     * @param opt The parser options.
     */
    constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
            // This is the function we use to perform name checks on PIs and entities.
            // When namespaces are used, colons are not allowed in PI target names or
            // entity names. So the check depends on whether namespaces are used. See:
            //
            // https://www.w3.org/XML/xml-names-19990114-errata.html
            // NE08
            //
            this.nameStartCheck = isNCNameStartChar;
            this.nameCheck = isNCNameChar;
            this.isName = isNCName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsNS;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribNS;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
            this.ns = Object.assign({ __proto__: null }, rootNS);
            const additional = this.opt.additionalNamespaces;
            if (additional != null) {
                nsMappingCheck(this, additional);
                Object.assign(this.ns, additional);
            }
        }
        else {
            this.nameStartCheck = isNameStartChar;
            this.nameCheck = isNameChar;
            this.isName = isName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsPlain;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribPlain;
        }
        //
        // The order of the members in this table needs to correspond to the state
        // numbers given to the states that correspond to the methods being recorded
        // here.
        //
        this.stateTable = [
            /* eslint-disable @typescript-eslint/unbound-method */
            this.sBegin,
            this.sBeginWhitespace,
            this.sDoctype,
            this.sDoctypeQuote,
            this.sDTD,
            this.sDTDQuoted,
            this.sDTDOpenWaka,
            this.sDTDOpenWakaBang,
            this.sDTDComment,
            this.sDTDCommentEnding,
            this.sDTDCommentEnded,
            this.sDTDPI,
            this.sDTDPIEnding,
            this.sText,
            this.sEntity,
            this.sOpenWaka,
            this.sOpenWakaBang,
            this.sComment,
            this.sCommentEnding,
            this.sCommentEnded,
            this.sCData,
            this.sCDataEnding,
            this.sCDataEnding2,
            this.sPIFirstChar,
            this.sPIRest,
            this.sPIBody,
            this.sPIEnding,
            this.sXMLDeclNameStart,
            this.sXMLDeclName,
            this.sXMLDeclEq,
            this.sXMLDeclValueStart,
            this.sXMLDeclValue,
            this.sXMLDeclSeparator,
            this.sXMLDeclEnding,
            this.sOpenTag,
            this.sOpenTagSlash,
            this.sAttrib,
            this.sAttribName,
            this.sAttribNameSawWhite,
            this.sAttribValue,
            this.sAttribValueQuoted,
            this.sAttribValueClosed,
            this.sAttribValueUnquoted,
            this.sCloseTag,
            this.sCloseTagSawWhite,
            /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
    }
    /**
     * Indicates whether or not the parser is closed. If ``true``, wait for
     * the ``ready`` event to write again.
     */
    get closed() {
        return this._closed;
    }
    _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = undefined;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        // The logic is organized so as to minimize the need to check
        // this.opt.fragment while parsing.
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        // We want these to be all true if we are dealing with a fragment.
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
            this.sawRoot = fragmentOpt;
        // An XML declaration is intially possible only when parsing whole
        // documents.
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = undefined;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === undefined) {
            if (this.opt.forceXMLVersion === true) {
                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
            }
            defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
            version: undefined,
            encoding: undefined,
            standalone: undefined,
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
    }
    /**
     * The stream position the parser is currently looking at. This field is
     * zero-based.
     *
     * This field is not based on counting Unicode characters but is to be
     * interpreted as a plain index into a JavaScript string.
     */
    get position() {
        return this.chunkPosition + this.i;
    }
    /**
     * The column number of the next character to be read by the parser.  *
     * This field is zero-based. (The first column in a line is 0.)
     *
     * This field reports the index at which the next character would be in the
     * line if the line were represented as a JavaScript string.  Note that this
     * *can* be different to a count based on the number of *Unicode characters*
     * due to how JavaScript handles astral plane characters.
     *
     * See [[column]] for a number that corresponds to a count of Unicode
     * characters.
     */
    get columnIndex() {
        return this.position - this.positionAtNewLine;
    }
    /**
     * Set an event listener on an event. The parser supports one handler per
     * event type. If you try to set an event handler over an existing handler,
     * the old handler is silently overwritten.
     *
     * @param name The event to listen to.
     *
     * @param handler The handler to set.
     */
    on(name, handler) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
    }
    /**
     * Unset an event handler.
     *
     * @parma name The event to stop listening to.
     */
    off(name) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
    }
    /**
     * Make an error object. The error object will have a message that contains
     * the ``fileName`` option passed at the creation of the parser. If position
     * tracking was turned on, it will also have line and column number
     * information.
     *
     * @param message The message describing the error to report.
     *
     * @returns An error object with a properly formatted message.
     */
    makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
            if (msg.length > 0) {
                msg += ":";
            }
            msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
            msg += ": ";
        }
        return new Error(msg + message);
    }
    /**
     * Report a parsing error. This method is made public so that client code may
     * check for issues that are outside the scope of this project and can report
     * errors.
     *
     * @param message The error to report.
     *
     * @returns this
     */
    fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === undefined) {
            throw err;
        }
        else {
            handler(err);
        }
        return this;
    }
    /**
     * Write a XML data to the parser.
     *
     * @param chunk The XML data to write.
     *
     * @returns this
     */
    // We do need object for the type here. Yes, it often causes problems
    // but not in this case.
    write(chunk) {
        if (this.closed) {
            return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
            // We cannot return immediately because carriedFromPrevious may need
            // processing.
            end = true;
            chunk = "";
        }
        else if (typeof chunk === "object") {
            chunk = chunk.toString();
        }
        // We checked if performing a pre-decomposition of the string into an array
        // of single complete characters (``Array.from(chunk)``) would be faster
        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
        // isn't. (There may be Node-specific code that would perform faster than
        // ``Array.from`` but don't want to be dependent on Node.)
        if (this.carriedFromPrevious !== undefined) {
            // The previous chunk had char we must carry over.
            chunk = `${this.carriedFromPrevious}${chunk}`;
            this.carriedFromPrevious = undefined;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end &&
            // A trailing CR or surrogate must be carried over to the next
            // chunk.
            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
            // The chunk ends with a character that must be carried over. We cannot
            // know how to handle it until we get the next chunk or the end of the
            // stream. So save it for later.
            this.carriedFromPrevious = chunk[limit - 1];
            limit--;
            chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
            stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
    }
    /**
     * Close the current stream. Perform final well-formedness checks and reset
     * the parser tstate.
     *
     * @returns this
     */
    close() {
        return this.write(null);
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.0.
     *
     * @returns The character read.
     */
    getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if (code >= SPACE || code === TAB) {
                return code;
            }
            switch (code) {
                case NL:
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR:
                    // We may get NaN if we read past the end of the chunk, which is fine.
                    if (chunk.charCodeAt(i + 1) === NL) {
                        // A \r\n sequence is converted to \n so we have to skip over the
                        // next character. We already know it has a size of 1 so ++ is fine
                        // here.
                        this.i = i + 2;
                    }
                    // Otherwise, a \r is just converted to \n, so we don't have to skip
                    // ahead.
                    // In either case, \r becomes \n.
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    // If we get here, then code < SPACE and it is not NL CR or TAB.
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isChar10 that takes into account
            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
            // test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isChar10 that takes into account that in
        // this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.1.
     *
     * @returns {number} The character read.
     */
    getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
                code === TAB) {
                return code;
            }
            switch (code) {
                case NL: // 0xA
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR: { // 0xD
                    // We may get NaN if we read past the end of the chunk, which is
                    // fine.
                    const next = chunk.charCodeAt(i + 1);
                    if (next === NL || next === NEL) {
                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
                        // over the next character. We already know it has a size of 1.
                        this.i = i + 2;
                    }
                    // Otherwise, a CR is just converted to NL, no skip.
                }
                /* yes, fall through */
                case NEL: // 0x85
                case LS: // Ox2028
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isCharAndNotRestricted that takes into
            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
            // does not test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isCharAndNotRestricted that takes into
        // account that in this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Like ``getCode`` but with the return value normalized so that ``NL`` is
     * returned for ``NL_LIKE``.
     */
    getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
    }
    unget() {
        this.i = this.prevI;
        this.column--;
    }
    /**
     * Capture characters into a buffer until encountering one of a set of
     * characters.
     *
     * @param chars An array of codepoints. Encountering a character in the array
     * ends the capture. (``chars`` may safely contain ``NL``.)
     *
     * @return The character code that made the capture end, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            const isNLLike = c === NL_LIKE;
            const final = isNLLike ? NL : c;
            if (final === EOC || chars.includes(final)) {
                this.text += chunk.slice(start, this.prevI);
                return final;
            }
            if (isNLLike) {
                this.text += `${chunk.slice(start, this.prevI)}\n`;
                start = this.i;
            }
        }
    }
    /**
     * Capture characters into a buffer until encountering a character.
     *
     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
     *
     * @return ``true`` if we ran into the character. Otherwise, we ran into the
     * end of the current chunk.
     */
    captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            let c = this.getCode();
            switch (c) {
                case NL_LIKE:
                    this.text += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    c = NL;
                    break;
                case EOC:
                    this.text += chunk.slice(start);
                    return false;
                default:
            }
            if (c === char) {
                this.text += chunk.slice(start, this.prevI);
                return true;
            }
        }
    }
    /**
     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
     * this parser.
     *
     * @return The character code that made the test fail, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureNameChars() {
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            if (c === EOC) {
                this.name += chunk.slice(start);
                return EOC;
            }
            // NL is not a name char so we don't have to test specifically for it.
            if (!isNameChar(c)) {
                this.name += chunk.slice(start, this.prevI);
                return c === NL_LIKE ? NL : c;
            }
        }
    }
    /**
     * Skip white spaces.
     *
     * @return The character that ended the skip, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    skipSpaces() {
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC || !isS(c)) {
                return c;
            }
        }
    }
    setXMLVersion(version) {
        this.currentXMLVersion = version;
        /*  eslint-disable @typescript-eslint/unbound-method */
        if (version === "1.0") {
            this.isChar = isChar10;
            this.getCode = this.getCode10;
        }
        else {
            this.isChar = isChar11;
            this.getCode = this.getCode11;
        }
        /* eslint-enable @typescript-eslint/unbound-method */
    }
    // STATE ENGINE METHODS
    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
    // to be sure never to come back to this state later.
    sBegin() {
        // We are essentially peeking at the first character of the chunk. Since
        // S_BEGIN can be in effect only when we start working on the first chunk,
        // the index at which we must look is necessarily 0. Note also that the
        // following test does not depend on decoding surrogates.
        // If the initial character is 0xFEFF, ignore it.
        if (this.chunk.charCodeAt(0) === 0xFEFF) {
            this.i++;
            this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
    }
    sBeginWhitespace() {
        // We need to know whether we've encountered spaces or not because as soon
        // as we run into a space, an XML declaration is no longer possible. Rather
        // than slow down skipSpaces even in places where we don't care whether it
        // skipped anything or not, we check whether prevI is equal to the value of
        // i from before we skip spaces.
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
            this.xmlDeclPossible = false;
        }
        switch (c) {
            case LESS:
                this.state = S_OPEN_WAKA;
                // We could naively call closeText but in this state, it is not normal
                // to have text be filled with any data.
                if (this.text.length !== 0) {
                    throw new Error("no-empty text at start");
                }
                break;
            case EOC:
                break;
            default:
                this.unget();
                this.state = S_TEXT;
                this.xmlDeclPossible = false;
        }
    }
    sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
            case GREATER: {
                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                this.doctype = true; // just remember that we saw it.
                break;
            }
            case EOC:
                break;
            default:
                this.text += String.fromCodePoint(c);
                if (c === OPEN_BRACKET) {
                    this.state = S_DTD;
                }
                else if (isQuote(c)) {
                    this.state = S_DOCTYPE_QUOTE;
                    this.q = c;
                }
        }
    }
    sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.q = null;
            this.state = S_DOCTYPE;
        }
    }
    sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
            return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
            this.state = S_DOCTYPE;
        }
        else if (c === LESS) {
            this.state = S_DTD_OPEN_WAKA;
        }
        else if (isQuote(c)) {
            this.state = S_DTD_QUOTED;
            this.q = c;
        }
    }
    sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.state = S_DTD;
            this.q = null;
        }
    }
    sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
            case BANG:
                this.state = S_DTD_OPEN_WAKA_BANG;
                this.openWakaBang = "";
                break;
            case QUESTION:
                this.state = S_DTD_PI;
                break;
            default:
                this.state = S_DTD;
        }
    }
    sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
            this.openWakaBang = "";
        }
    }
    sDTDComment() {
        if (this.captureToChar(MINUS)) {
            this.text += "-";
            this.state = S_DTD_COMMENT_ENDING;
        }
    }
    sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
    }
    sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
        else {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.state = S_DTD_COMMENT;
        }
    }
    sDTDPI() {
        if (this.captureToChar(QUESTION)) {
            this.text += "?";
            this.state = S_DTD_PI_ENDING;
        }
    }
    sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
    }
    sText() {
        //
        // We did try a version of saxes where the S_TEXT state was split in two
        // states: one for text inside the root element, and one for text
        // outside. This was avoiding having to test this.tags.length to decide
        // what implementation to actually use.
        //
        // Peformance testing on gigabyte-size files did not show any advantage to
        // using the two states solution instead of the current one. Conversely, it
        // made the code a bit more complicated elsewhere. For instance, a comment
        // can appear before the root element so when a comment ended it was
        // necessary to determine whether to return to the S_TEXT state or to the
        // new text-outside-root state.
        //
        if (this.tags.length !== 0) {
            this.handleTextInRoot();
        }
        else {
            this.handleTextOutsideRoot();
        }
    }
    sEntity() {
        // This is essentially a specialized version of captureToChar(SEMICOLON...)
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        loop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case NL_LIKE:
                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    break;
                case SEMICOLON: {
                    const { entityReturnState } = this;
                    const entity = this.entity + chunk.slice(start, this.prevI);
                    this.state = entityReturnState;
                    let parsed;
                    if (entity === "") {
                        this.fail("empty entity name.");
                        parsed = "&;";
                    }
                    else {
                        parsed = this.parseEntity(entity);
                        this.entity = "";
                    }
                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
                        this.text += parsed;
                    }
                    // eslint-disable-next-line no-labels
                    break loop;
                }
                case EOC:
                    this.entity += chunk.slice(start);
                    // eslint-disable-next-line no-labels
                    break loop;
                default:
            }
        }
    }
    sOpenWaka() {
        // Reminder: a state handler is called with at least one character
        // available in the current chunk. So the first call to get code inside of
        // a state handler cannot return ``EOC``. That's why we don't test
        // for it.
        const c = this.getCode();
        // either a /, ?, !, or text is coming next.
        if (isNameStartChar(c)) {
            this.state = S_OPEN_TAG;
            this.unget();
            this.xmlDeclPossible = false;
        }
        else {
            switch (c) {
                case FORWARD_SLASH:
                    this.state = S_CLOSE_TAG;
                    this.xmlDeclPossible = false;
                    break;
                case BANG:
                    this.state = S_OPEN_WAKA_BANG;
                    this.openWakaBang = "";
                    this.xmlDeclPossible = false;
                    break;
                case QUESTION:
                    this.state = S_PI_FIRST_CHAR;
                    break;
                default:
                    this.fail("disallowed character in tag name");
                    this.state = S_TEXT;
                    this.xmlDeclPossible = false;
            }
        }
    }
    sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
            case "[CDATA[":
                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextBeforeRoot = true;
                }
                if (this.closedRoot && !this.reportedTextAfterRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextAfterRoot = true;
                }
                this.state = S_CDATA;
                this.openWakaBang = "";
                break;
            case "--":
                this.state = S_COMMENT;
                this.openWakaBang = "";
                break;
            case "DOCTYPE":
                this.state = S_DOCTYPE;
                if (this.doctype || this.sawRoot) {
                    this.fail("inappropriately located doctype declaration.");
                }
                this.openWakaBang = "";
                break;
            default:
                // 7 happens to be the maximum length of the string that can possibly
                // match one of the cases above.
                if (this.openWakaBang.length >= 7) {
                    this.fail("incorrect syntax.");
                }
        }
    }
    sComment() {
        if (this.captureToChar(MINUS)) {
            this.state = S_COMMENT_ENDING;
        }
    }
    sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
            this.state = S_COMMENT_ENDED;
            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
        }
        else {
            this.text += `-${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
    }
    sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.text += `--${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
        else {
            this.state = S_TEXT;
        }
    }
    sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
            this.state = S_CDATA_ENDING;
        }
    }
    sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
            this.state = S_CDATA_ENDING_2;
        }
        else {
            this.text += `]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
    }
    sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
            case GREATER: {
                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                break;
            }
            case CLOSE_BRACKET:
                this.text += "]";
                break;
            default:
                this.text += `]]${String.fromCodePoint(c)}`;
                this.state = S_CDATA;
        }
    }
    // We need this separate state to check the first character fo the pi target
    // with this.nameStartCheck which allows less characters than this.nameCheck.
    sPIFirstChar() {
        const c = this.getCodeNorm();
        // This is first because in the case where the file is well-formed this is
        // the branch taken. We optimize for well-formedness.
        if (this.nameStartCheck(c)) {
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
        else if (c === QUESTION || isS(c)) {
            this.fail("processing instruction without a target.");
            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        }
        else {
            this.fail("disallowed character in processing instruction name.");
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
    }
    sPIRest() {
        // Capture characters into a piTarget while ``this.nameCheck`` run on the
        // character read returns true.
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC) {
                this.piTarget += chunk.slice(start);
                return;
            }
            // NL cannot satisfy this.nameCheck so we don't have to test specifically
            // for it.
            if (!this.nameCheck(c)) {
                this.piTarget += chunk.slice(start, this.prevI);
                const isQuestion = c === QUESTION;
                if (isQuestion || isS(c)) {
                    if (this.piTarget === "xml") {
                        if (!this.xmlDeclPossible) {
                            this.fail("an XML declaration must be at the start of the document.");
                        }
                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
                    }
                    else {
                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
                    }
                }
                else {
                    this.fail("disallowed character in processing instruction name.");
                    this.piTarget += String.fromCodePoint(c);
                }
                break;
            }
        }
    }
    sPIBody() {
        if (this.text.length === 0) {
            const c = this.getCodeNorm();
            if (c === QUESTION) {
                this.state = S_PI_ENDING;
            }
            else if (!isS(c)) {
                this.text = String.fromCodePoint(c);
            }
        }
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        else if (this.captureToChar(QUESTION)) {
            this.state = S_PI_ENDING;
        }
    }
    sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            const { piTarget } = this;
            if (piTarget.toLowerCase() === "xml") {
                this.fail("the XML declaration must appear at the start of the document.");
            }
            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
                target: piTarget,
                body: this.text,
            });
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else if (c === QUESTION) {
            // We ran into ?? as part of a processing instruction. We initially took
            // the first ? as a sign that the PI was ending, but it is not. So we have
            // to add it to the body but we take the new ? as a sign that the PI is
            // ending.
            this.text += "?";
        }
        else {
            this.text += `?${String.fromCodePoint(c)}`;
            this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
    }
    sXMLDeclNameStart() {
        const c = this.skipSpaces();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (c !== EOC) {
            this.state = S_XML_DECL_NAME;
            this.name = String.fromCodePoint(c);
        }
    }
    sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.name += this.text;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (!(isS(c) || c === EQUAL)) {
            return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
            switch (this.name.length) {
                case 0:
                    this.fail("did not expect any more name/value pairs.");
                    break;
                case 1:
                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
                    break;
                default:
                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
            }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
    }
    sXMLDeclEq() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (c !== EQUAL) {
            this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
    }
    sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (!isQuote(c)) {
            this.fail("value must be quoted.");
            this.q = SPACE;
        }
        else {
            this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
    }
    sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (c === EOC) {
            return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
            case "version": {
                this.xmlDeclExpects = ["encoding", "standalone"];
                const version = value;
                this.xmlDecl.version = version;
                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
                if (!/^1\.[0-9]+$/.test(version)) {
                    this.fail("version number must match /^1\\.[0-9]+$/.");
                }
                // When forceXMLVersion is set, the XML declaration is ignored.
                else if (!this.opt.forceXMLVersion) {
                    this.setXMLVersion(version);
                }
                break;
            }
            case "encoding":
                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
                    this.fail("encoding value must match \
/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
                }
                this.xmlDeclExpects = ["standalone"];
                this.xmlDecl.encoding = value;
                break;
            case "standalone":
                if (value !== "yes" && value !== "no") {
                    this.fail("standalone value must match \"yes\" or \"no\".");
                }
                this.xmlDeclExpects = [];
                this.xmlDecl.standalone = value;
                break;
            default:
            // We don't need to raise an error here since we've already raised one
            // when checking what name was expected.
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
    }
    sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (!isS(c)) {
            this.fail("whitespace required.");
            this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
    }
    sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            if (this.piTarget !== "xml") {
                this.fail("processing instructions are not allowed before root.");
            }
            else if (this.name !== "version" &&
                this.xmlDeclExpects.includes("version")) {
                this.fail("XML declaration must contain a version.");
            }
            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
            this.name = "";
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else {
            // We got here because the previous character was a ?, but the question
            // mark character is not valid inside any of the XML declaration
            // name/value pairs.
            this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
    }
    sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
            return;
        }
        const tag = this.tag = {
            name: this.name,
            attributes: Object.create(null),
        };
        this.name = "";
        if (this.xmlnsOpt) {
            this.topNS = tag.ns = Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
            this.fail("documents may contain only one root.");
        }
        switch (c) {
            case GREATER:
                this.openTag();
                break;
            case FORWARD_SLASH:
                this.state = S_OPEN_TAG_SLASH;
                break;
            default:
                if (!isS(c)) {
                    this.fail("disallowed character in tag name.");
                }
                this.state = S_ATTRIB;
        }
    }
    sOpenTagSlash() {
        if (this.getCode() === GREATER) {
            this.openSelfClosingTag();
        }
        else {
            this.fail("forward-slash in opening tag not followed by >.");
            this.state = S_ATTRIB;
        }
    }
    sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
            return;
        }
        if (isNameStartChar(c)) {
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
            this.state = S_ATTRIB_VALUE;
        }
        else if (isS(c)) {
            this.state = S_ATTRIB_NAME_SAW_WHITE;
        }
        else if (c === GREATER) {
            this.fail("attribute without value.");
            this.pushAttrib(this.name, this.name);
            this.name = this.text = "";
            this.openTag();
        }
        else if (c !== EOC) {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
            case EOC:
                return;
            case EQUAL:
                this.state = S_ATTRIB_VALUE;
                break;
            default:
                this.fail("attribute without value.");
                // Should we do this???
                // this.tag.attributes[this.name] = "";
                this.text = "";
                this.name = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else if (isNameStartChar(c)) {
                    this.unget();
                    this.state = S_ATTRIB_NAME;
                }
                else {
                    this.fail("disallowed character in attribute name.");
                    this.state = S_ATTRIB;
                }
        }
    }
    sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
            this.q = c;
            this.state = S_ATTRIB_VALUE_QUOTED;
        }
        else if (!isS(c)) {
            this.fail("unquoted attribute value.");
            this.state = S_ATTRIB_VALUE_UNQUOTED;
            this.unget();
        }
    }
    sAttribValueQuoted() {
        // We deliberately do not use captureTo here. The specialized code we use
        // here is faster than using captureTo.
        const { q, chunk } = this;
        let { i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case q:
                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
                    this.name = this.text = "";
                    this.q = null;
                    this.state = S_ATTRIB_VALUE_CLOSED;
                    return;
                case AMP:
                    this.text += chunk.slice(start, this.prevI);
                    this.state = S_ENTITY;
                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
                    return;
                case NL:
                case NL_LIKE:
                case TAB:
                    this.text += `${chunk.slice(start, this.prevI)} `;
                    start = this.i;
                    break;
                case LESS:
                    this.text += chunk.slice(start, this.prevI);
                    this.fail("disallowed character.");
                    return;
                case EOC:
                    this.text += chunk.slice(start);
                    return;
                default:
            }
        }
    }
    sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
            this.state = S_ATTRIB;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else if (isNameStartChar(c)) {
            this.fail("no whitespace between attributes.");
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribValueUnquoted() {
        // We don't do anything regarding EOL or space handling for unquoted
        // attributes. We already have failed by the time we get here, and the
        // contract that saxes upholds states that upon failure, it is not safe to
        // rely on the data passed to event handlers (other than
        // ``onerror``). Passing "bad" data is not a problem.
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
            case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
                break;
            case LESS:
                this.fail("disallowed character.");
                break;
            case EOC:
                break;
            default:
                if (this.text.includes("]]>")) {
                    this.fail("the string \"]]>\" is disallowed in char data.");
                }
                this.pushAttrib(this.name, this.text);
                this.name = this.text = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else {
                    this.state = S_ATTRIB;
                }
        }
    }
    sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
            this.closeTag();
        }
        else if (isS(c)) {
            this.state = S_CLOSE_TAG_SAW_WHITE;
        }
        else if (c !== EOC) {
            this.fail("disallowed character in closing tag.");
        }
    }
    sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
            case GREATER:
                this.closeTag();
                break;
            case EOC:
                break;
            default:
                this.fail("disallowed character in closing tag.");
        }
    }
    // END OF STATE ENGINE METHODS
    handleTextInRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for performing the ]]> check. A previous version of this code, checked
        // ``this.text`` for the presence of ]]>. It simplified the code but was
        // very costly when character data contained a lot of entities to be parsed.
        //
        // Since we are using a specialized loop, we also keep track of the presence
        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
        //
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        scanLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                case CLOSE_BRACKET:
                    switch (forbiddenState) {
                        case FORBIDDEN_START:
                            forbiddenState = FORBIDDEN_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET:
                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET_BRACKET:
                            break;
                        default:
                            throw new Error("impossible state");
                    }
                    break;
                case GREATER:
                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                        this.fail("the string \"]]>\" is disallowed in char data.");
                    }
                    forbiddenState = FORBIDDEN_START;
                    break;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    forbiddenState = FORBIDDEN_START;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                default:
                    forbiddenState = FORBIDDEN_START;
            }
        }
        this.forbiddenState = forbiddenState;
    }
    handleTextOutsideRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for a specialized task. We keep track of the presence of non-space
        // characters in the text since these are errors when appearing outside the
        // document root element.
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        outRootLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const code = this.getCode();
            switch (code) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    nonSpace = true;
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                default:
                    if (!isS(code)) {
                        nonSpace = true;
                    }
            }
        }
        if (!nonSpace) {
            return;
        }
        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
        // to avoid reporting errors for every single character that is out of
        // place.
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextAfterRoot = true;
        }
    }
    pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
            const trimmed = value.trim();
            if (this.currentXMLVersion === "1.0" && trimmed === "") {
                this.fail("invalid attempt to undefine prefix in XML 1.0");
            }
            this.topNS[local] = trimmed;
            nsPairCheck(this, local, trimmed);
        }
        else if (name === "xmlns") {
            const trimmed = value.trim();
            this.topNS[""] = trimmed;
            nsPairCheck(this, "", trimmed);
        }
    }
    pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
    }
    /**
     * End parsing. This performs final well-formedness checks and resets the
     * parser to a clean state.
     *
     * @returns this
     */
    end() {
        var _a, _b;
        if (!this.sawRoot) {
            this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
            const tag = tags.pop();
            this.fail(`unclosed tag: ${tag.name}`);
        }
        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
            this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
            this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
    }
    /**
     * Resolve a namespace prefix.
     *
     * @param prefix The prefix to resolve.
     *
     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
     */
    resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== undefined) {
            return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
            uri = tags[index].ns[prefix];
            if (uri !== undefined) {
                return uri;
            }
        }
        uri = this.ns[prefix];
        if (uri !== undefined) {
            return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
    }
    /**
     * Parse a qname into its prefix and local name parts.
     *
     * @param name The name to parse
     *
     * @returns
     */
    qname(name) {
        // This is faster than using name.split(":").
        const colon = name.indexOf(":");
        if (colon === -1) {
            return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
            this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
    }
    processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
            // add namespace info to tag
            const { prefix, local } = this.qname(tag.name);
            tag.prefix = prefix;
            tag.local = local;
            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
            if (prefix !== "") {
                if (prefix === "xmlns") {
                    this.fail("tags may not have \"xmlns\" as prefix.");
                }
                if (uri === "") {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    tag.uri = prefix;
                }
            }
        }
        if (attribList.length === 0) {
            return;
        }
        const { attributes } = tag;
        const seen = new Set();
        // Note: do not apply default ns to attributes:
        //   http://www.w3.org/TR/REC-xml-names/#defaulting
        for (const attr of attribList) {
            const { name, prefix, local } = attr;
            let uri;
            let eqname;
            if (prefix === "") {
                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
                eqname = name;
            }
            else {
                uri = this.resolve(prefix);
                // if there's any attributes with an undefined namespace,
                // then fail on them now.
                if (uri === undefined) {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    uri = prefix;
                }
                eqname = `{${uri}}${local}`;
            }
            if (seen.has(eqname)) {
                this.fail(`duplicate attribute: ${eqname}.`);
            }
            seen.add(eqname);
            attr.uri = uri;
            attributes[name] = attr;
        }
        this.attribList = [];
    }
    processAttribsPlain() {
        const { attribList } = this;
        // eslint-disable-next-line prefer-destructuring
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
            if (attributes[name] !== undefined) {
                this.fail(`duplicate attribute: ${name}.`);
            }
            attributes[name] = value;
        }
        this.attribList = [];
    }
    /**
     * Handle a complete open tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onopentag``.
     */
    openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete self-closing tag. This parser code calls this once it has
     * seen the whole tag. This method checks for well-formeness and then emits
     * ``onopentag`` and ``onclosetag``.
     */
    openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
            this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete close tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onclosetag``.
     */
    closeTag() {
        const { tags, name } = this;
        // Our state after this will be S_TEXT, no matter what, and we can clear
        // tagName now.
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
            this.fail("weird empty close tag.");
            this.text += "</>";
            return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
            const tag = this.tag = tags.pop();
            this.topNS = tag.ns;
            handler === null || handler === void 0 ? void 0 : handler(tag);
            if (tag.name === name) {
                break;
            }
            this.fail("unexpected close tag.");
        }
        if (l === 0) {
            this.closedRoot = true;
        }
        else if (l < 0) {
            this.fail(`unmatched closing tag: ${name}.`);
            this.text += `</${name}>`;
        }
    }
    /**
     * Resolves an entity. Makes any necessary well-formedness checks.
     *
     * @param entity The entity to resolve.
     *
     * @returns The parsed entity.
     */
    parseEntity(entity) {
        // startsWith would be significantly slower for this test.
        if (entity[0] !== "#") {
            const defined = this.ENTITIES[entity];
            if (defined !== undefined) {
                return defined;
            }
            this.fail(this.isName(entity) ? "undefined entity." :
                "disallowed character in entity name.");
            return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
            num = parseInt(entity.slice(2), 16);
        }
        else if (/^#[0-9]+$/.test(entity)) {
            num = parseInt(entity.slice(1), 10);
        }
        // The character reference is required to match the CHAR production.
        if (!this.isChar(num)) {
            this.fail("malformed character entity.");
            return `&${entity};`;
        }
        return String.fromCodePoint(num);
    }
}
exports.wT = SaxesParser;
//# sourceMappingURL=saxes.js.map

/***/ }),

/***/ 96950:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 5th edition of XML 1.0.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= SPACE && c <= 0xD7FF) ||
        c === NL || c === CR || c === TAB ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed5.js.map

/***/ }),

/***/ 24488:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 2nd edition of XML 1.1.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= 0x0001 && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
 */
function isRestrictedChar(c) {
    return (c >= 0x1 && c <= 0x8) ||
        c === 0xB ||
        c === 0xC ||
        (c >= 0xE && c <= 0x1F) ||
        (c >= 0x7F && c <= 0x84) ||
        (c >= 0x86 && c <= 0x9F);
}
exports.isRestrictedChar = isRestrictedChar;
/**
 * Determines whether a codepoint matches the ``CHAR`` production and does not
 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
 * than running the two-call equivalent.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
 * ``RESTRICTED_CHAR``.
 */
function isCharAndNotRestricted(c) {
    return (c === 0x9) ||
        (c === 0xA) ||
        (c === 0xD) ||
        (c > 0x1F && c < 0x7F) ||
        (c === 0x85) ||
        (c > 0x9F && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isCharAndNotRestricted = isCharAndNotRestricted;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed2.js.map

/***/ }),

/***/ 85699:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character class utilities for XML NS 1.0 edition 3.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
// tslint:disable-next-line:max-line-length
exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
/**
 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNCNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        c === 0x5F ||
        (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNCNameStartChar = isNCNameStartChar;
/**
 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
function isNCNameChar(c) {
    return isNCNameStartChar(c) ||
        (c === 0x2D ||
            c === 0x2E ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x00B7 ||
            (c >= 0x0300 && c <= 0x036F) ||
            (c >= 0x203F && c <= 0x2040));
}
exports.isNCNameChar = isNCNameChar;
//# sourceMappingURL=ed3.js.map

/***/ }),

/***/ 99540:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "4733cc6add42b2529817.js?../../../node_modules/chart.js/dist/chart.umd.min.js";

/***/ }),

/***/ 74325:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "9ff2fe7680cd416f64eb.js?../../../shared/dashboard/assets/dashboard.css";

/***/ }),

/***/ 89941:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "3db895da2ffa2939302a.js?../../../shared/dashboard/assets/dashboard.js";

/***/ }),

/***/ 22613:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "5b6ea1cab6110ad6986f.js?../../node_modules/chart.js/dist/chart.umd.min.js";

/***/ }),

/***/ 71782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "4903d2cb7b3385b029fe.js?./assets/dashboard.css";

/***/ }),

/***/ 98524:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "1cae4cbffa69e35119ca.js?./assets/dashboard.js";

/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./.tmp/build-cli/shared/git/tracked.js


const run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
/** Files git tracks below `cwd`, repo-relative; undefined when `cwd` is not in a git work tree. */
async function listTrackedFiles(cwd) {
    try {
        const top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
        const { stdout } = await run('git', ['ls-files', '-z', '--full-name'], {
            cwd: top,
            maxBuffer: 256 * 1024 * 1024,
        });
        return new Set(stdout.split('\0').filter(Boolean));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/runtime/errors.js
// Exit codes shared by every action and the CLI; documented in README.md ("Exit codes").
const EXIT = {
    /** Every gate passed. */
    ok: 0,
    /** A gate failed: the evidence was read fine and did not meet a threshold. */
    gateFailed: 1,
    /** The evidence or configuration could not be used: bad input, unreadable file, nothing found. */
    badInput: 2,
    /** A bug or an environment problem the user cannot fix by changing inputs. */
    internal: 3,
};
/** A problem with one named input or flag; the message says what is accepted. */
class errors_InputError extends Error {
    input;
    constructor(input, message) {
        super(`input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** A problem with user-supplied data (a file, a report) that is not a single input's value. */
class UsageError extends Error {
    name = 'UsageError';
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(14006);
;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/discover.js



/**
 * Where the common tools write their reports, best format first: when one folder holds several
 * (vitest writes lcov.info and coverage-final.json side by side) only the first is read, so the
 * same run is never counted twice.
 */
const DEFAULT_REPORT_NAMES = [
    'lcov.info',
    'coverage-final.json',
    'cobertura-coverage.xml',
    'cobertura.xml',
    'coverage.xml',
    'coverage.out',
    'cover.out',
    'coverage.txt',
    'coverprofile.out',
    'coverage-summary.json',
];
function defaultPatterns() {
    return [...DEFAULT_REPORT_NAMES.map((name) => `**/${name}`), '!**/node_modules/**', '!**/.git/**'];
}
/** Keeps the preferred report of each folder when patterns were discovered, not given. */
function preferOnePerFolder(paths) {
    const best = new Map();
    // A name outside the list ranks last; indexOf's -1 would have made it beat lcov.info.
    const rank = (p) => {
        const index = DEFAULT_REPORT_NAMES.indexOf((0,external_node_path_.basename)(p));
        return index === -1 ? DEFAULT_REPORT_NAMES.length : index;
    };
    for (const p of paths) {
        const dir = (0,external_node_path_.dirname)(p);
        const current = best.get(dir);
        if (current === undefined || rank(p) < rank(current))
            best.set(dir, p);
    }
    return [...best.values()].sort();
}
/** Folders no report is ever read from; pruned so discovery never walks a dependency tree. */
const PRUNED = /(^|[\\/])(node_modules|\.git)$/;
/** Expands globs (with `!` exclusions) below `cwd` to absolute file paths, sorted. */
async function findReports(patterns, cwd) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const excluded = (file) => exclude.some((e) => picomatch.isMatch(file, (0,external_node_path_.isAbsolute)(e) ? e : (0,external_node_path_.resolve)(cwd, e), { dot: true }));
    const found = new Set();
    for await (const match of (0,promises_.glob)(include, { cwd, exclude: (p) => PRUNED.test(p) })) {
        const file = (0,external_node_path_.resolve)(cwd, match);
        if (excluded(file))
            continue;
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (info?.isFile())
            found.add(file);
    }
    return [...found].sort();
}
function splitPatterns(text) {
    return text
        .split(/[\n,]/)
        .map((p) => p.trim())
        .filter((p) => p !== '' && !p.startsWith('#'));
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/gomod.js
// Go coverprofiles name files by import path (`example.com/shop/api/cart/cart.go`); the repository
// knows them by folder. go.mod files say which import path prefix lives in which folder.
/** The module path declared by a go.mod file, or undefined when it declares none. */
function readModulePath(goModText) {
    const lines = goModText.replace(/^\uFEFF/, '').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = stripComment(lines[i]).trim();
        const m = /^module(?:\s+(.*)|\s*(\().*)?$/.exec(line);
        if (!m)
            continue;
        if (m[2] === '(' || m[1]?.trim() === '(') {
            // Block form, `module (\n  path\n)`: the path is the first non-empty line inside.
            for (let j = i + 1; j < lines.length; j++) {
                const inner = stripComment(lines[j]).trim();
                if (inner === ')')
                    return undefined;
                if (inner !== '')
                    return unquote(inner);
            }
            return undefined;
        }
        const arg = m[1]?.trim();
        return arg ? unquote(arg) : undefined;
    }
    return undefined;
}
/**
 * Maps an import path (or a file below it) to a repo-relative path using the module whose path is the
 * longest prefix, so nested modules win over the module around them. Unmatched paths come back unchanged.
 */
function mapGoImportPath(importPath, modules) {
    let best;
    for (const mod of modules) {
        const prefix = mod.modulePath;
        if (prefix === '')
            continue;
        if (importPath !== prefix && !importPath.startsWith(`${prefix}/`))
            continue;
        if (!best || prefix.length > best.modulePath.length)
            best = mod;
    }
    if (!best)
        return importPath;
    const rest = importPath.slice(best.modulePath.length + 1);
    const dir = best.dir
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\.$/, '')
        .replace(/\/+$/, '');
    if (dir === '')
        return rest;
    return rest === '' ? dir : `${dir}/${rest}`;
}
/** Removes a `//` comment, leaving `//` inside quoted strings alone. */
function stripComment(line) {
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === '`') {
            quote = c;
        }
        else if (c === '/' && line[i + 1] === '/') {
            return line.slice(0, i);
        }
    }
    return line;
}
function unquote(arg) {
    if (arg.startsWith('`')) {
        const end = arg.indexOf('`', 1);
        return end > 1 ? arg.slice(1, end) : undefined;
    }
    if (arg.startsWith('"')) {
        const m = /^"((?:[^"\\]|\\.)*)"/.exec(arg);
        if (!m)
            return undefined;
        try {
            const path = JSON.parse(`"${m[1]}"`);
            return path === '' ? undefined : path;
        }
        catch {
            return undefined;
        }
    }
    return arg.split(/\s+/)[0];
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/merge.js
/**
 * Combines coverage of the same sources from several reports (matrix shards, several test
 * suites) the way `lcov -a` does: hits are added per line, per function name and per branch.
 * Files must already carry normalised paths, or the same source would appear twice.
 */
function mergeFiles(files) {
    const byPath = new Map();
    for (const file of files) {
        const group = byPath.get(file.path);
        if (group)
            group.push(file);
        else
            byPath.set(file.path, [file]);
    }
    const merged = [];
    for (const group of byPath.values())
        merged.push(group.length === 1 ? group[0] : mergeSameFile(group));
    return merged.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function mergeSameFile(group) {
    const lines = new Map();
    const functions = new Map();
    const branches = new Map();
    for (const file of group) {
        for (let i = 0; i < file.lineNumbers.length; i++) {
            const line = file.lineNumbers[i];
            lines.set(line, (lines.get(line) ?? 0) + file.lineHits[i]);
        }
        for (const fn of file.functions) {
            const key = `${fn.name}\u0000${fn.line}`;
            const seen = functions.get(key);
            if (seen)
                seen.hits += fn.hits;
            else
                functions.set(key, { ...fn });
        }
        for (const br of file.branches) {
            const key = `${br.line}\u0000${br.block}\u0000${br.branch}`;
            const seen = branches.get(key);
            if (!seen)
                branches.set(key, { ...br });
            else if (br.hits !== null)
                seen.hits = (seen.hits ?? 0) + br.hits;
        }
    }
    const lineNumbers = Uint32Array.from(lines.keys()).sort();
    const lineHits = Float64Array.from(lineNumbers, (n) => lines.get(n));
    const first = group[0];
    const out = {
        path: first.path,
        lineNumbers,
        lineHits,
        functions: [...functions.values()],
        branches: [...branches.values()],
    };
    const statements = mergeCounters(group.map((f) => f.statements));
    if (statements)
        out.statements = statements;
    // Summary-only formats cannot be combined line by line; the most complete shard is the best estimate.
    const summaries = group.map((f) => f.summary).filter((s) => s !== undefined);
    if (summaries.length > 0)
        out.summary = summaries.reduce((best, s) => (compareSummaries(s, best) > 0 ? s : best));
    return out;
}
const SUMMARY_ORDER = ['lines', 'branches', 'functions', 'statements'];
/**
 * Orders summaries by covered lines, then every other count, so the pick does not depend on the
 * order the shards were read in (two shards with equal lines but different branches used to
 * give different totals depending on which came first).
 */
function compareSummaries(a, b) {
    for (const metric of SUMMARY_ORDER) {
        const d = (a[metric]?.covered ?? -1) - (b[metric]?.covered ?? -1);
        if (d !== 0)
            return d;
    }
    for (const metric of SUMMARY_ORDER) {
        const d = (a[metric]?.total ?? -1) - (b[metric]?.total ?? -1);
        if (d !== 0)
            return d;
    }
    return 0;
}
/**
 * Statement counters of shards cannot be unioned without block detail (Go profiles are combined
 * before parsing for that reason); for other formats the larger counts are the safe estimate.
 */
function mergeCounters(counters) {
    const present = counters.filter((c) => c !== undefined);
    if (present.length === 0)
        return undefined;
    return {
        covered: Math.max(...present.map((c) => c.covered)),
        total: Math.max(...present.map((c) => c.total)),
    };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/model.js
// The one coverage model every parser produces and every gate, merge and renderer consumes.
// Line data is kept in typed arrays: a 2,000-file lcov has millions of DA records, and one
// object per line would cost several times the memory budget the parsers are held to.
const METRICS = ['lines', 'branches', 'functions', 'statements'];
/** An error in a coverage file that names where it is, so users can open the line. */
class CoverageParseError extends Error {
    file;
    line;
    constructor(message, file, line) {
        super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
        this.file = file;
        this.line = line;
        this.name = 'CoverageParseError';
    }
}
/** Builds a FileCoverage from an unordered map of line -> hits. */
function fileFromLineMap(path, lines, functions = [], branches = []) {
    const lineNumbers = Uint32Array.from(lines.keys()).sort();
    const lineHits = new Float64Array(lineNumbers.length);
    for (let i = 0; i < lineNumbers.length; i++)
        lineHits[i] = lines.get(lineNumbers[i]);
    return { path, lineNumbers, lineHits, functions, branches };
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __nccwpck_require__(59800);
;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/parsers/cobertura.js
// Cobertura XML, the common denominator written by coverage.py, coverlet, JaCoCo converters,
// istanbul's cobertura reporter and gcovr. Parsed with saxes, a streaming parser that never
// fetches DTDs; documents declaring entities are refused outright, so entity expansion bombs
// and external entities cannot be expressed at all.


/** More conditions than this on one line is a broken file, and would only cost memory. */
const MAX_CONDITIONS_PER_LINE = 10_000;
function parseCobertura(data, source) {
    const parser = new saxes/* SaxesParser */.wT({ position: true, xmlns: false });
    const fail = (message) => {
        throw new CoverageParseError(message, source, parser.line);
    };
    const files = new Map();
    const sourceRoots = [];
    const stack = [];
    let sawRoot = false;
    let sourceText;
    let file;
    let method;
    parser.on('doctype', (doctype) => {
        // An internal subset is where entities are declared; coverage tools only ever emit a bare
        // `<!DOCTYPE coverage SYSTEM "...dtd">`, which is accepted and never fetched.
        const outsideQuotes = doctype.replace(/"[^"]*"|'[^']*'/g, '');
        if (outsideQuotes.includes('[') || /<!ENTITY/i.test(doctype)) {
            fail('refusing XML with entity declarations (a DOCTYPE internal subset)');
        }
    });
    parser.on('opentag', (tag) => {
        const parent = stack[stack.length - 1];
        stack.push(tag.name);
        if (!sawRoot) {
            sawRoot = true;
            if (tag.name !== 'coverage') {
                fail(`expected a <coverage> root element (cobertura XML), found <${tag.name}>`);
            }
            return;
        }
        switch (tag.name) {
            case 'project':
                // PHPUnit and OpenClover also write a <coverage> root, with <project> inside.
                if (parent === 'coverage')
                    fail('this is Clover XML (<coverage><project>), not cobertura');
                break;
            case 'source':
                if (parent === 'sources')
                    sourceText = '';
                break;
            case 'class':
                file = openClass(tag, files, fail);
                break;
            case 'method':
                if (file)
                    method = { name: attr(tag, 'name') ?? '', firstLine: 0, hits: 0 };
                break;
            case 'line':
                if (parent === 'lines')
                    readLine(tag, stack[stack.length - 3], file, method, fail);
                break;
        }
    });
    const onText = (text) => {
        if (sourceText !== undefined)
            sourceText += text;
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    parser.on('closetag', (tag) => {
        stack.pop();
        if (tag.name === 'source' && sourceText !== undefined) {
            const root = sourceText.trim();
            if (root !== '')
                sourceRoots.push(root);
            sourceText = undefined;
        }
        else if (tag.name === 'method' && method && file) {
            file.functions.push({ name: method.name, line: method.firstLine, hits: method.hits });
            method = undefined;
        }
        else if (tag.name === 'class') {
            file = undefined;
            method = undefined;
        }
    });
    if (data.trim() === '')
        throw new CoverageParseError('the file is empty', source);
    try {
        parser.write(data.replace(/^\uFEFF/, '')).close();
    }
    catch (err) {
        if (err instanceof CoverageParseError)
            throw err;
        const message = (err instanceof Error ? err.message : String(err))
            .replace(/^(?:[^:\n]*:)?\d+:\d+: /, '')
            .replace(/\.$/, '');
        throw new CoverageParseError(`not well-formed XML: ${message}`, source, parser.line);
    }
    return {
        format: 'cobertura',
        source,
        sourceRoots,
        files: [...files].map(([path, acc]) => toFileCoverage(path, acc)),
    };
}
function openClass(tag, files, fail) {
    const filename = attr(tag, 'filename');
    if (!filename)
        fail(`<class${nameSuffix(tag)}> has no filename attribute`);
    let acc = files.get(filename);
    if (!acc) {
        acc = { lines: new Map(), conditions: new Map(), functions: [] };
        files.set(filename, acc);
    }
    return acc;
}
function readLine(tag, owner, file, method, fail) {
    if (!file)
        return;
    const number = Number(attr(tag, 'number'));
    if (!Number.isInteger(number) || number < 1)
        fail(`<line> has number="${attr(tag, 'number') ?? ''}"`);
    const rawHits = attr(tag, 'hits');
    const hits = Number(rawHits);
    if (rawHits === undefined || rawHits.trim() === '' || !Number.isFinite(hits) || hits < 0) {
        fail(`<line number="${number}"> has hits="${rawHits ?? ''}"`);
    }
    if (owner === 'method') {
        // Method lines repeat the class's lines; they only place and score the method.
        if (method) {
            if (method.firstLine === 0 || number < method.firstLine)
                method.firstLine = number;
            method.hits = Math.max(method.hits, hits);
        }
        return;
    }
    if (owner !== 'class')
        return;
    // Classes sharing a file (inner classes, partial classes, lambdas) each report the lines they
    // own; should two report the same line, the executions of both happened, so they add up.
    file.lines.set(number, (file.lines.get(number) ?? 0) + hits);
    const condition = attr(tag, 'condition-coverage');
    if (attr(tag, 'branch')?.toLowerCase() !== 'true' || condition === undefined)
        return;
    const m = /\(\s*(\d+)\s*\/\s*(\d+)\s*\)/.exec(condition);
    if (!m)
        fail(`<line number="${number}"> has condition-coverage="${condition}", expected "k% (covered/total)"`);
    const covered = Number(m[1]);
    const total = Number(m[2]);
    if (covered > total)
        fail(`<line number="${number}"> covers ${covered} of ${total} conditions`);
    if (total > MAX_CONDITIONS_PER_LINE)
        fail(`<line number="${number}"> claims ${total} conditions`);
    // The same line's conditions from two classes are the same conditions, not more of them, and
    // which ones were taken is not recorded: keep the better-covered report rather than invent a union.
    const prev = file.conditions.get(number);
    if (!prev || total > prev.total || (total === prev.total && covered > prev.covered)) {
        file.conditions.set(number, { covered, total });
    }
}
function toFileCoverage(path, acc) {
    const lineNumbers = Uint32Array.from(acc.lines.keys()).sort();
    const lineHits = Float64Array.from(lineNumbers, (line) => acc.lines.get(line));
    const branches = [];
    const conditionLines = [...acc.conditions.keys()].sort((a, b) => a - b);
    for (const line of conditionLines) {
        const { covered, total } = acc.conditions.get(line);
        for (let i = 0; i < total; i++) {
            branches.push({ line, block: '0', branch: String(i), hits: i < covered ? 1 : 0 });
        }
    }
    return { path, lineNumbers, lineHits, functions: acc.functions, branches };
}
function attr(tag, name) {
    return tag.attributes[name];
}
function nameSuffix(tag) {
    const name = attr(tag, 'name');
    return name ? ` name="${name}"` : '';
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/parsers/go.js
// Go coverprofiles (`go test -coverprofile`): a `mode:` header, then one line per basic block,
// `importpath/file.go:startLine.startCol,endLine.endCol numStmt count`.

/**
 * Line numbers beyond this are refused: no real Go file is that long, and per-line output for a
 * block spanning billions of lines would exhaust memory instead of failing clearly.
 */
const MAX_GO_LINE = 5_000_000;
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);
function parseGoCoverprofile(data, source, opts = {}) {
    const lines = data.split('\n');
    const mode = readMode(lines[0] ?? '', source);
    // file -> block position key -> block, in first-seen order so output is stable.
    const files = new Map();
    for (let i = 1; i < lines.length; i++) {
        const text = stripCr(lines[i]);
        if (text.trim() === '')
            continue;
        const lineNo = i + 1;
        if (text.startsWith('mode:')) {
            // Concatenated profiles (`cat a.out b.out`) repeat the header; harmless when the modes agree.
            const again = readMode(text, source, lineNo);
            if (again !== mode) {
                throw new CoverageParseError(`mode "${again}" differs from "${mode}" on line 1`, source, lineNo);
            }
            continue;
        }
        const m = BLOCK.exec(text);
        if (!m) {
            throw new CoverageParseError(`expected "file.go:startLine.startCol,endLine.endCol numStmt count", got "${preview(text)}"`, source, lineNo);
        }
        const [, file, sl, sc, el, ec, ns, cnt] = m;
        const startLine = Number(sl);
        const endLine = Number(el);
        const numStmt = Number(ns);
        const count = Number(cnt);
        if (startLine < 1 || endLine < startLine || (endLine === startLine && Number(ec) < Number(sc))) {
            throw new CoverageParseError(`block ${sl}.${sc},${el}.${ec} ends before it starts`, source, lineNo);
        }
        if (endLine > MAX_GO_LINE) {
            throw new CoverageParseError(`line number ${el} is beyond ${MAX_GO_LINE}`, source, lineNo);
        }
        if (!Number.isSafeInteger(numStmt) || !Number.isFinite(count)) {
            throw new CoverageParseError('statement count or hit count is too large', source, lineNo);
        }
        let blocks = files.get(file);
        if (!blocks) {
            blocks = new Map();
            files.set(file, blocks);
        }
        const key = `${sl}.${sc},${el}.${ec}`;
        const seen = blocks.get(key);
        if (!seen) {
            blocks.set(key, { startLine, endLine, numStmt, count });
            continue;
        }
        // The same block repeats when several test binaries cover a package (-coverpkg, merged
        // profiles): its statements exist once, its executions add up (or, in set mode, either run counts).
        if (seen.numStmt !== numStmt) {
            throw new CoverageParseError(`block ${key} of ${file} has ${numStmt} statements here but ${seen.numStmt} earlier`, source, lineNo);
        }
        seen.count = mode === 'set' ? Math.max(seen.count, count) : seen.count + count;
    }
    const out = [];
    for (const [importPath, blocks] of files) {
        out.push(fileCoverage(repoPath(importPath, opts.modulePath), [...blocks.values()]));
    }
    return { format: 'go', source, files: out };
}
function readMode(first, source, lineNo = 1) {
    const text = stripCr(first).replace(/^\uFEFF/, '');
    const m = /^mode:\s*(\S*)\s*$/.exec(text);
    if (!m) {
        throw new CoverageParseError(`expected "mode: set|count|atomic" (a Go coverprofile header), got "${preview(text)}"`, source, lineNo);
    }
    const mode = m[1];
    if (!MODES.has(mode)) {
        throw new CoverageParseError(`unknown cover mode "${preview(mode)}" (expected set, count or atomic)`, source, lineNo);
    }
    return mode;
}
function fileCoverage(path, blocks) {
    let covered = 0;
    let total = 0;
    let maxLine = 0;
    for (const b of blocks) {
        total += b.numStmt;
        if (b.count > 0)
            covered += b.numStmt;
        if (b.numStmt > 0 && b.endLine > maxLine)
            maxLine = b.endLine;
    }
    // A line is executable when a block with statements spans it. Blocks overlap on their boundary
    // lines (`if x {` ends one block and starts the next), and a line is run whenever any block on it
    // runs, so it takes the highest count of the blocks covering it: summing would double-count the
    // one execution of a line that both ends and starts a block. Visiting blocks from the highest count
    // down and skipping already-assigned lines (union-find over "next unassigned line") keeps this
    // linear in the number of lines, whatever the overlap.
    const hits = new Float64Array(maxLine + 1);
    const assigned = new Uint8Array(maxLine + 1);
    const next = new Int32Array(maxLine + 2);
    for (let i = 0; i < next.length; i++)
        next[i] = i;
    const find = (x) => {
        let root = x;
        while (next[root] !== root)
            root = next[root];
        while (next[x] !== root) {
            const up = next[x];
            next[x] = root;
            x = up;
        }
        return root;
    };
    const ordered = blocks.filter((b) => b.numStmt > 0).sort((a, b) => b.count - a.count);
    let lineCount = 0;
    for (const b of ordered) {
        for (let line = find(b.startLine); line <= b.endLine; line = find(line + 1)) {
            hits[line] = b.count;
            assigned[line] = 1;
            next[line] = line + 1;
            lineCount++;
        }
    }
    const lineNumbers = new Uint32Array(lineCount);
    const lineHits = new Float64Array(lineCount);
    let j = 0;
    for (let line = 1; line <= maxLine; line++) {
        if (!assigned[line])
            continue;
        lineNumbers[j] = line;
        lineHits[j] = hits[line];
        j++;
    }
    return { path, lineNumbers, lineHits, functions: [], branches: [], statements: { covered, total } };
}
function repoPath(importPath, modulePath) {
    if (modulePath && importPath.startsWith(`${modulePath}/`))
        return importPath.slice(modulePath.length + 1);
    return importPath;
}
function stripCr(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
function preview(text) {
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/parsers/istanbul.js
// istanbul's JSON reports: coverage-final.json (full detail per file, written by nyc, jest, c8,
// vitest) and coverage-summary.json (only per-file totals). Counts are made to agree with
// istanbul-lib-coverage's own summaries, which is what those tools print.

function parseIstanbulFinal(data, source) {
    const root = parseJsonObject(data, source, 'coverage-final.json');
    const files = [];
    for (const [key, raw] of Object.entries(root)) {
        if (!isObject(raw))
            throw new CoverageParseError(`entry "${key}" is not an object`, source);
        files.push(fileFromFinal(key, raw, source));
    }
    return { format: 'istanbul', source, files };
}
function fileFromFinal(key, entry, source) {
    const path = typeof entry.path === 'string' && entry.path !== '' ? entry.path : key;
    const where = `file "${path}"`;
    const statementMap = member(entry, 'statementMap', where, source);
    const s = counts(member(entry, 's', where, source), `${where} s`, source);
    const fnMap = optionalMember(entry, 'fnMap', where, source);
    const f = counts(optionalMember(entry, 'f', where, source), `${where} f`, source);
    const branchMap = optionalMember(entry, 'branchMap', where, source);
    const b = optionalMember(entry, 'b', where, source);
    // Like istanbul's getLineCoverage(): a statement counts on the line it starts on, and a line
    // with several statements takes the highest of their counts (any run statement ran the line).
    const lines = new Map();
    let statementsCovered = 0;
    for (const [id, hits] of s) {
        if (hits > 0)
            statementsCovered++;
        const loc = statementMap[id];
        if (loc === undefined)
            continue;
        const line = startLine(loc, `${where} statement ${id}`, source);
        const prev = lines.get(line);
        if (prev === undefined || prev < hits)
            lines.set(line, hits);
    }
    const functions = [];
    for (const [id, hits] of f) {
        const meta = fnMap[id];
        const name = isObject(meta) && typeof meta.name === 'string' ? meta.name : `(anonymous_${id})`;
        functions.push({ name, line: functionLine(meta), hits });
    }
    const branches = [];
    for (const [id, raw] of Object.entries(b)) {
        if (!Array.isArray(raw)) {
            throw new CoverageParseError(`${where} b["${id}"] is not an array of counts`, source);
        }
        const line = branchLine(branchMap[id]);
        raw.forEach((hits, index) => {
            branches.push({
                line,
                block: id,
                branch: String(index),
                hits: count(hits, `${where} b["${id}"]`, source),
            });
        });
    }
    const lineNumbers = Uint32Array.from(lines.keys()).sort();
    const lineHits = Float64Array.from(lineNumbers, (line) => lines.get(line));
    return {
        path,
        lineNumbers,
        lineHits,
        functions,
        branches,
        statements: { covered: statementsCovered, total: s.length },
    };
}
const SUMMARY_METRICS = ['lines', 'statements', 'functions', 'branches'];
function parseIstanbulSummary(data, source) {
    const root = parseJsonObject(data, source, 'coverage-summary.json');
    const files = [];
    const sum = {
        lines: { covered: 0, total: 0 },
        statements: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
        branches: { covered: 0, total: 0 },
    };
    let declaredTotal;
    for (const [key, raw] of Object.entries(root)) {
        const counters = summaryCounters(raw, key === 'total' ? 'the "total" entry' : `file "${key}"`, source);
        if (key === 'total') {
            declaredTotal = counters;
            continue;
        }
        for (const metric of SUMMARY_METRICS) {
            const c = counters[metric];
            if (!c)
                continue;
            sum[metric].covered += c.covered;
            sum[metric].total += c.total;
        }
        files.push({
            path: key,
            lineNumbers: new Uint32Array(0),
            lineHits: new Float64Array(0),
            functions: [],
            branches: [],
            summary: counters,
        });
    }
    if (declaredTotal) {
        // A total that disagrees with its files means the file was edited or cut; trust neither.
        for (const metric of SUMMARY_METRICS) {
            const declared = declaredTotal[metric];
            const actual = sum[metric];
            if (declared && (declared.covered !== actual.covered || declared.total !== actual.total)) {
                throw new CoverageParseError(`"total" says ${metric} ${declared.covered}/${declared.total} but the files add up to ${actual.covered}/${actual.total}`, source);
            }
        }
    }
    return { format: 'istanbul-summary', source, files };
}
function summaryCounters(raw, where, source) {
    if (!isObject(raw))
        throw new CoverageParseError(`${where} is not an object`, source);
    const out = {};
    for (const metric of SUMMARY_METRICS) {
        const c = raw[metric];
        if (c === undefined)
            continue;
        if (!isObject(c))
            throw new CoverageParseError(`${where} ${metric} is not an object`, source);
        const total = count(c.total, `${where} ${metric}.total`, source);
        const covered = count(c.covered, `${where} ${metric}.covered`, source);
        if (!Number.isInteger(total) || !Number.isInteger(covered) || covered > total) {
            throw new CoverageParseError(`${where} ${metric} has covered ${covered} of total ${total}`, source);
        }
        out[metric] = { covered, total };
    }
    return out;
}
function parseJsonObject(data, source, kind) {
    let root;
    try {
        root = JSON.parse(data.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const at = /position (\d+)/.exec(message);
        const line = at
            ? lineAt(data, Number(at[1]))
            : /end of JSON/.test(message)
                ? lineAt(data, data.length)
                : undefined;
        throw new CoverageParseError(`not valid JSON (${message.slice(0, 200)})`, source, line);
    }
    if (!isObject(root)) {
        throw new CoverageParseError(`expected a JSON object keyed by file (${kind}), got ${kindOf(root)}`, source);
    }
    return root;
}
function member(entry, name, where, source) {
    const value = entry[name];
    if (!isObject(value))
        throw new CoverageParseError(`${where} has no "${name}" object`, source);
    return value;
}
function optionalMember(entry, name, where, source) {
    return entry[name] === undefined ? {} : member(entry, name, where, source);
}
function counts(map, where, source) {
    return Object.entries(map).map(([id, hits]) => [id, count(hits, `${where}["${id}"]`, source)]);
}
function count(value, where, source) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new CoverageParseError(`${where} is ${kindOf(value)}, expected a count`, source);
    }
    return value;
}
function startLine(loc, where, source) {
    const line = isObject(loc) && isObject(loc.start) ? loc.start.line : undefined;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 0) {
        throw new CoverageParseError(`${where} has no start line`, source);
    }
    return line;
}
/** Where the function is declared (its name), else where its body starts; 0 when unknown. */
function functionLine(meta) {
    if (!isObject(meta))
        return 0;
    for (const loc of [meta.decl, meta.loc]) {
        if (isObject(loc) && isObject(loc.start) && isLine(loc.start.line))
            return loc.start.line;
    }
    return isLine(meta.line) ? meta.line : 0;
}
/** istanbul's getBranchCoverageByLine() rule: the branch's own `line`, else where it starts. */
function branchLine(meta) {
    if (!isObject(meta))
        return 0;
    if (isLine(meta.line) && meta.line > 0)
        return meta.line;
    const loc = meta.loc;
    return isObject(loc) && isObject(loc.start) && isLine(loc.start.line) ? loc.start.line : 0;
}
function isLine(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return `the string "${value.slice(0, 40)}"`;
    return typeof value === 'object' ? 'an object' : String(value);
}
function lineAt(text, position) {
    let line = 1;
    const end = Math.min(position, text.length);
    for (let i = 0; i < end; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/parsers/lcov.js
// lcov tracefile parser (geninfo 1.x and 2.x record types).
// It walks the bytes of the input directly: DA, BRDA and FNDA records are by far the bulk of a large
// tracefile, so their numbers are read from bytes, and names become strings once per distinct name.
// Semantics follow lcov itself: repeated DA lines, repeated BRDA and repeated SF sections are summed;
// totals records (LF, LH, FNF, ...) are ignored because we recount from the detail.

const NL = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const COMMA = 44;
const MINUS = 45;
const COLON = 58;
const ZERO = 48;
const NINE = 57;
const MAX_LINE_NUMBER = 0xffffffff;
/** Block and branch ids are almost always small integers; sharing their strings saves an allocation each. */
const SMALL_IDS = Array.from({ length: 1024 }, (_, i) => String(i));
/**
 * Function and branch entries are created by constructor rather than as object literals: for the
 * hundreds of thousands a large report holds, V8 allocates and collects these measurably faster (about
 * 40% less time and 10 MB less peak memory in scripts/bench-lcov.mjs). They are plain data with the
 * model's fields as own enumerable properties, so they compare with toEqual and serialise like literals.
 */
class LcovFunction {
    name;
    line;
    hits;
    constructor(name, line, hits) {
        this.name = name;
        this.line = line;
        this.hits = hits;
    }
}
class LcovBranch {
    line;
    block;
    branch;
    hits;
    constructor(line, block, branch, hits) {
        this.line = line;
        this.block = block;
        this.branch = branch;
        this.hits = hits;
    }
}
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function isBlank(c) {
    return c === undefined || c === NL || c === CR || c === SPACE || c === TAB;
}
function addHits(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return a + b;
}
/** Sums entries that share a name (lcov keys functions by name), keeping the first line seen. */
function dedupeFunctions(functions) {
    const byName = new Map();
    for (const fn of functions) {
        const seen = byName.get(fn.name);
        if (seen === undefined)
            byName.set(fn.name, fn);
        else {
            seen.hits += fn.hits;
            if (seen.line === 0)
                seen.line = fn.line;
        }
    }
    return byName.size === functions.length ? functions : [...byName.values()];
}
function dedupeBranches(branches) {
    const byKey = new Map();
    for (const br of branches) {
        const key = `${br.line}\u0000${br.block}\u0000${br.branch}`;
        const seen = byKey.get(key);
        if (seen === undefined)
            byKey.set(key, br);
        else
            seen.hits = addHits(seen.hits, br.hits);
    }
    return byKey.size === branches.length ? branches : [...byKey.values()];
}
/** Merges two ascending, unique line lists, summing hits of lines present in both. */
function mergeLines(a, b) {
    const an = a.lineNumbers;
    const bn = b.lineNumbers;
    const lineNumbers = new Uint32Array(an.length + bn.length);
    const lineHits = new Float64Array(an.length + bn.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < an.length || j < bn.length) {
        const la = i < an.length ? an[i] : Number.POSITIVE_INFINITY;
        const lb = j < bn.length ? bn[j] : Number.POSITIVE_INFINITY;
        if (la === lb) {
            lineNumbers[k] = la;
            lineHits[k++] = a.lineHits[i++] + b.lineHits[j++];
        }
        else if (la < lb) {
            lineNumbers[k] = la;
            lineHits[k++] = a.lineHits[i++];
        }
        else {
            lineNumbers[k] = lb;
            lineHits[k++] = b.lineHits[j++];
        }
    }
    return { lineNumbers: lineNumbers.slice(0, k), lineHits: lineHits.slice(0, k) };
}
function lcov_mergeFiles(into, from) {
    const { lineNumbers, lineHits } = mergeLines(into, from);
    into.lineNumbers = lineNumbers;
    into.lineHits = lineHits;
    into.functions = dedupeFunctions([...into.functions, ...from.functions]);
    into.branches = dedupeBranches([...into.branches, ...from.branches]);
}
/**
 * Line data of all sections goes into shared slabs, and each file gets views into them: one allocation
 * per slab instead of two per file, and no copy when a section's DA lines are already in order (the
 * usual case). Slabs grow geometrically, so a small report stays small.
 */
class LineSlab {
    lines = new Uint32Array(1024);
    hits = new Float64Array(1024);
    /** Entries owned by finished sections. */
    used = 0;
    /** Makes room for one more entry of the open section, which currently has `count` entries. */
    reserve(count) {
        if (this.used + count < this.lines.length)
            return;
        // Capped doubling bounds the unused tail of the last slab (3 MB) while keeping allocations few.
        const lines = new Uint32Array(Math.max(Math.min(this.lines.length * 2, 1 << 18), (count + 1) * 2));
        const hits = new Float64Array(lines.length);
        lines.set(this.lines.subarray(this.used, this.used + count));
        hits.set(this.hits.subarray(this.used, this.used + count));
        this.lines = lines;
        this.hits = hits;
        this.used = 0;
    }
    /** Hands the open section's `count` entries to a file. */
    take(count) {
        const start = this.used;
        this.used += count;
        return {
            lineNumbers: this.lines.subarray(start, this.used),
            lineHits: this.hits.subarray(start, this.used),
        };
    }
}
/**
 * Interns names by their bytes, so a name seen again (FNDA after FN, the same helper in many files,
 * istanbul's "(anonymous_0)") costs no new string. Bytes of each distinct name are kept in an arena, as
 * the input may arrive in chunks. Each entry also remembers which section last declared it and at which
 * function index, which is how FNDA finds its FN without a per-section map.
 */
class NameTable {
    /** The chunk that start/end positions refer to. */
    buf = Buffer.alloc(0);
    arena = Buffer.allocUnsafe(4096);
    arenaLength = 0;
    mask = 1023;
    hashes = new Int32Array(1024);
    offsets = new Float64Array(1024);
    lengths = new Int32Array(1024).fill(-1);
    names = new Array(1024).fill('');
    section = new Int32Array(1024).fill(-1);
    index = new Int32Array(1024);
    count = 0;
    /** Returns the entry for the bytes [start, end) of the current chunk. */
    intern(start, end) {
        const b = this.buf;
        let h = FNV_OFFSET;
        for (let i = start; i < end; i++)
            h = Math.imul(h ^ b[i], FNV_PRIME);
        return this.internHashed(start, end, h);
    }
    /** intern() for callers that computed the FNV-1a hash of the bytes while scanning them. */
    internHashed(start, end, h) {
        const b = this.buf;
        const len = end - start;
        let slot = h & this.mask;
        for (;;) {
            const l = this.lengths[slot];
            if (l === -1)
                break;
            if (this.hashes[slot] === h && l === len && this.equals(this.offsets[slot], len, start, end))
                return slot;
            slot = (slot + 1) & this.mask;
        }
        if (this.arenaLength + len > this.arena.length) {
            const grown = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.arenaLength + len));
            this.arena.copy(grown, 0, 0, this.arenaLength);
            this.arena = grown;
        }
        b.copy(this.arena, this.arenaLength, start, end);
        this.hashes[slot] = h;
        this.offsets[slot] = this.arenaLength;
        this.lengths[slot] = len;
        this.names[slot] = b.toString('utf8', start, end);
        this.section[slot] = -1;
        this.arenaLength += len;
        if (++this.count * 2 > this.mask)
            return this.grow(slot);
        return slot;
    }
    /** Compares arena bytes [at, at + len) with chunk bytes [start, end). */
    equals(at, len, start, end) {
        if (len !== end - start)
            return false;
        const a = this.arena;
        const b = this.buf;
        for (let i = 0; i < len; i++)
            if (a[at + i] !== b[start + i])
                return false;
        return true;
    }
    /** Doubles the table; returns where `keep` moved. */
    grow(keep) {
        const old = { hashes: this.hashes, offsets: this.offsets, lengths: this.lengths, names: this.names };
        const oldSection = this.section;
        const oldIndex = this.index;
        const size = (this.mask + 1) * 2;
        this.mask = size - 1;
        this.hashes = new Int32Array(size);
        this.offsets = new Float64Array(size);
        this.lengths = new Int32Array(size).fill(-1);
        this.names = new Array(size).fill('');
        this.section = new Int32Array(size).fill(-1);
        this.index = new Int32Array(size);
        let moved = -1;
        for (let i = 0; i < old.lengths.length; i++) {
            if (old.lengths[i] === -1)
                continue;
            let slot = old.hashes[i] & this.mask;
            while (this.lengths[slot] !== -1)
                slot = (slot + 1) & this.mask;
            this.hashes[slot] = old.hashes[i];
            this.offsets[slot] = old.offsets[i];
            this.lengths[slot] = old.lengths[i];
            this.names[slot] = old.names[i];
            this.section[slot] = oldSection[i];
            this.index[slot] = oldIndex[i];
            if (i === keep)
                moved = slot;
        }
        return moved;
    }
}
class LcovParser {
    /** The chunk being parsed and the end of its complete lines. */
    buf = Buffer.alloc(0);
    n = 0;
    source;
    lineNo = 0;
    lineStart = 0;
    started = false;
    files = new Map();
    slab = new LineSlab();
    names = new NameTable();
    sections = 0;
    // The open SF section.
    path = null;
    count = 0;
    linesSorted = true;
    lastLine = -1;
    /** Scratch lists reused across sections; the first fnCount / brCount entries belong to the open one. */
    functions = [];
    fnCount = 0;
    /** Arena offset and length of each function's name, so FNDA in FN order matches without hashing. */
    fnNameAt = new Float64Array(512);
    fndaCursor = 0;
    byIndex = null;
    branches = [];
    brCount = 0;
    branchesNeedDedupe = false;
    lastBranchLine = -1;
    branchLineStart = 0;
    /** Second result of readUint / readCount, which return the position after the number. */
    value = 0;
    constructor(source) {
        this.source = source;
    }
    /** Parses the lines in b[0, n); every line but possibly the input's last ends with a newline. */
    run(b, n) {
        this.buf = b;
        this.n = n;
        this.names.buf = b;
        this.rejectBinary();
        let p = 0;
        if (!this.started) {
            this.started = true;
            if (n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
                p = 3;
        }
        while (p < n) {
            this.lineNo++;
            let c = b[p];
            while (c === SPACE || c === TAB)
                c = b[++p];
            this.lineStart = p;
            // DA is most of any tracefile: test for it before the general dispatch.
            p = c === 0x44 && b[p + 1] === 0x41 && b[p + 2] === COLON ? this.daRun(p + 3) : this.record(p);
        }
    }
    finish() {
        if (this.path !== null)
            this.closeSection();
        if (this.sections === 0)
            throw new CoverageParseError('no SF: records; is this an lcov file?', this.source);
        return { format: 'lcov', source: this.source, files: [...this.files.values()] };
    }
    /** Dispatches one line starting at p; returns the start of the next line. */
    record(p) {
        const b = this.buf;
        const c1 = b[p + 1];
        const c2 = b[p + 2];
        switch (b[p]) {
            case 0x42: // B
                if (c1 === 0x52 && c2 === 0x44 && b[p + 3] === 0x41 && b[p + 4] === COLON)
                    return this.brda(p + 5);
                if (c1 === 0x52 && (c2 === 0x46 || c2 === 0x48) && b[p + 3] === COLON)
                    return this.summary('BRF/BRH', p);
                break;
            case 0x46: // F
                if (c1 !== 0x4e)
                    break;
                if (c2 === COLON)
                    return this.fn(p + 3);
                if (c2 === 0x44 && b[p + 3] === 0x41 && b[p + 4] === COLON)
                    return this.fnda(p + 5);
                if (b[p + 3] === COLON) {
                    if (c2 === 0x4c)
                        return this.fnl(p + 4);
                    if (c2 === 0x41)
                        return this.fna(p + 4);
                    if (c2 === 0x46 || c2 === 0x48)
                        return this.summary('FNF/FNH', p);
                }
                break;
            case 0x4c: // L
                if ((c1 === 0x46 || c1 === 0x48) && c2 === COLON)
                    return this.summary('LF/LH', p);
                break;
            case 0x53: // S
                if (c1 === 0x46 && c2 === COLON)
                    return this.sf(p + 3);
                break;
            case 0x65: // e
                if (this.isEndOfRecord(p)) {
                    if (this.path !== null)
                        this.closeSection();
                    return this.eol(p) + 1;
                }
                break;
        }
        // TN:, VER:, blank lines and record types we do not know (MCDC:, vendor extensions) carry nothing we use.
        return this.eol(p) + 1;
    }
    isEndOfRecord(p) {
        const word = 'end_of_record';
        const b = this.buf;
        for (let i = 0; i < word.length; i++)
            if (b[p + i] !== word.charCodeAt(i))
                return false;
        return isBlank(b[p + word.length]);
    }
    nameHash = 0;
    nameEol = 0;
    /**
     * Reads a name that runs to the end of the line in one pass: returns its end (trailing CR and blanks
     * excluded) and leaves its FNV-1a hash in this.nameHash and the newline's position in this.nameEol.
     */
    scanName(start) {
        const b = this.buf;
        const n = this.n;
        let h = FNV_OFFSET;
        let hAtEnd = h;
        let end = start;
        let i = start;
        for (; i < n; i++) {
            const c = b[i];
            if (c === NL)
                break;
            h = Math.imul(h ^ c, FNV_PRIME);
            if (c !== CR && c !== SPACE && c !== TAB) {
                hAtEnd = h;
                end = i + 1;
            }
        }
        this.nameHash = hAtEnd;
        this.nameEol = i;
        return end;
    }
    /** Position of the newline ending the line that contains p, or the input length. */
    eol(p) {
        // Native search: lines skipped here can be arbitrarily long (garbage, a 50 MB line).
        const at = this.buf.indexOf(NL, p);
        return at < 0 || at > this.n ? this.n : at;
    }
    /** End of a line's content: before the newline and any trailing CR, spaces or tabs. */
    contentEnd(eol, from) {
        const b = this.buf;
        let e = eol;
        while (e > from && (b[e - 1] === CR || b[e - 1] === SPACE || b[e - 1] === TAB))
            e--;
        return e;
    }
    fail(message) {
        const end = this.eol(this.lineStart);
        const shown = Math.min(end, this.lineStart + 60);
        const text = this.buf.toString('utf8', this.lineStart, shown).replace(/\r$/, '');
        const quoted = JSON.stringify(text + (shown < end ? '…' : ''));
        throw new CoverageParseError(`${message} in ${quoted}`, this.source, this.lineNo);
    }
    requireSection(kind) {
        if (this.path !== null)
            return;
        const where = this.sections > 0 ? 'after end_of_record and before the next SF:' : 'before any SF:';
        this.fail(`${kind}: record ${where} record`);
    }
    /** Reads an unsigned integer field into this.value; returns the position after it. */
    readUint(p, kind, what) {
        const b = this.buf;
        let v = 0;
        let q = p;
        let c = b[q];
        while (c >= ZERO && c <= NINE && v <= MAX_LINE_NUMBER) {
            v = v * 10 + (c - ZERO);
            c = b[++q];
        }
        if (v > MAX_LINE_NUMBER)
            this.fail(`${kind}: ${what} is out of range`);
        if (q === p || !(c === COMMA || isBlank(c)))
            this.fail(`${kind}: ${what} is not a number`);
        this.value = v;
        return q;
    }
    /** Reads an execution count into this.value; negative counts (from broken tools) become 0. */
    readCount(p, kind) {
        const b = this.buf;
        let v = 0;
        let q = p;
        let c = b[q];
        while (c >= ZERO && c <= NINE) {
            v = v * 10 + (c - ZERO);
            c = b[++q];
        }
        if (q > p && (c === COMMA || isBlank(c))) {
            this.value = v;
            return q;
        }
        // Signs, float and exponent notation are rare; let Number() read them.
        let e = p;
        while (e < this.n && b[e] !== COMMA && !isBlank(b[e]))
            e++;
        const parsed = Number(b.toString('latin1', p, e));
        if (e === p || Number.isNaN(parsed))
            this.fail(`${kind}: execution count is not a number`);
        this.value = Math.max(parsed, 0);
        return e;
    }
    expectComma(q, kind, what) {
        if (this.buf[q] !== COMMA)
            this.fail(`${kind}: missing ${what}`);
        return q + 1;
    }
    sf(p) {
        const eol = this.eol(p);
        const end = this.contentEnd(eol, p);
        if (end === p)
            this.fail('SF: record without a path');
        // A section left open (no end_of_record) is closed by the next SF:, as lcov does.
        if (this.path !== null)
            this.closeSection();
        this.path = this.buf.toString('utf8', p, end);
        this.sections++;
        return eol + 1;
    }
    summary(kind, p) {
        this.requireSection(kind);
        return this.eol(p) + 1;
    }
    /**
     * Reads a run of consecutive DA lines starting at p (just after "DA:"); returns the start of the first
     * line that is not DA. The run loop keeps the slab arrays and counters in locals: DA is the bulk of
     * every tracefile and this is where the time goes.
     */
    daRun(p) {
        if (this.path === null)
            this.requireSection('DA');
        const b = this.buf;
        const n = this.n;
        const slab = this.slab;
        let lines = slab.lines;
        let hits = slab.hits;
        let at = slab.used + this.count;
        let last = this.lastLine;
        let sorted = this.linesSorted;
        // Error reporting reads lineNo / lineStart from `this`; they are synced only before a slow path.
        let lineNo = this.lineNo;
        let lineStart = this.lineStart;
        for (;;) {
            let line = 0;
            let q = p;
            let c = b[q];
            while (c >= ZERO && c <= NINE && line <= MAX_LINE_NUMBER) {
                line = line * 10 + (c - ZERO);
                c = b[++q];
            }
            if (q === p || c !== COMMA || line > MAX_LINE_NUMBER) {
                this.lineNo = lineNo;
                this.lineStart = lineStart;
                q = this.expectComma(this.readUint(p, 'DA', 'line number'), 'DA', 'execution count');
            }
            else
                q++;
            let count = 0;
            const h = q;
            c = b[q];
            while (c >= ZERO && c <= NINE) {
                count = count * 10 + (c - ZERO);
                c = b[++q];
            }
            if (q === h || !(c === NL || c === COMMA || isBlank(c))) {
                this.lineNo = lineNo;
                this.lineStart = lineStart;
                q = this.readCount(h, 'DA');
                count = this.value;
                c = b[q];
            }
            if (at >= lines.length) {
                this.count = at - slab.used;
                slab.reserve(this.count);
                lines = slab.lines;
                hits = slab.hits;
                at = slab.used + this.count;
            }
            if (line <= last)
                sorted = false;
            last = line;
            lines[at] = line;
            hits[at++] = count;
            // Anything after the count is the optional checksum, which we do not use.
            while (c !== NL && q < n)
                c = b[++q];
            p = q + 1;
            if (p >= n || b[p] !== 0x44 || b[p + 1] !== 0x41 || b[p + 2] !== COLON)
                break;
            lineNo++;
            lineStart = p;
            p += 3;
        }
        this.lineNo = lineNo;
        this.lineStart = lineStart;
        this.count = at - slab.used;
        this.lastLine = last;
        this.linesSorted = sorted;
        return p;
    }
    fn(p) {
        if (this.path === null)
            this.requireSection('FN');
        let q = this.readUint(p, 'FN', 'line number');
        const line = this.value;
        q = this.expectComma(q, 'FN', 'function name');
        // lcov 2.0/2.1 write FN:<start>,<end>,<name>; a name never starts with digits followed by a comma.
        const b = this.buf;
        let d = q;
        while (b[d] >= ZERO && b[d] <= NINE)
            d++;
        if (d > q && b[d] === COMMA)
            q = d + 1;
        const end = this.scanName(q);
        const eol = this.nameEol;
        if (end === q)
            this.fail('FN: missing function name');
        const names = this.names;
        const entry = names.internHashed(q, end, this.nameHash);
        // lcov keys functions by name: a second FN for a name in one section is the same function.
        if (names.section[entry] === this.sections)
            return eol + 1;
        names.section[entry] = this.sections;
        names.index[entry] = this.fnCount;
        this.addFunction(new LcovFunction(names.names[entry], line, 0), entry);
        return eol + 1;
    }
    /** Appends a function; `entry` is its name's NameTable entry, or -1 while it has no name. */
    addFunction(fn, entry) {
        const i = this.fnCount++;
        if (2 * i + 2 > this.fnNameAt.length) {
            const grown = new Float64Array(this.fnNameAt.length * 2);
            grown.set(this.fnNameAt);
            this.fnNameAt = grown;
        }
        this.fnNameAt[2 * i] = entry < 0 ? 0 : this.names.offsets[entry];
        this.fnNameAt[2 * i + 1] = entry < 0 ? -1 : this.names.lengths[entry];
        this.functions[i] = fn;
    }
    fnda(p) {
        if (this.path === null)
            this.requireSection('FNDA');
        let q = this.readCount(p, 'FNDA');
        const hits = this.value;
        q = this.expectComma(q, 'FNDA', 'function name');
        // FNDA usually follows FN order: match the expected function's name in the same pass that finds
        // the line's end, and hash only when that guess fails.
        const cursor = this.fndaCursor;
        if (cursor < this.fnCount) {
            const next = this.matchExpectedName(cursor, q);
            if (next > 0) {
                this.functions[cursor].hits += hits;
                this.fndaCursor++;
                return next;
            }
        }
        const end = this.scanName(q);
        const eol = this.nameEol;
        if (end === q)
            this.fail('FNDA: missing function name');
        const names = this.names;
        const entry = names.internHashed(q, end, this.nameHash);
        if (names.section[entry] === this.sections)
            this.functions[names.index[entry]].hits += hits;
        else {
            // An FNDA without FN: keep the count; the format gives no line.
            names.section[entry] = this.sections;
            names.index[entry] = this.fnCount;
            this.addFunction(new LcovFunction(names.names[entry], 0, hits), entry);
        }
        return eol + 1;
    }
    /**
     * If the line from `start` holds exactly the name of function `fnIndex` (then optional trailing
     * blanks), returns the next line's start; otherwise -1.
     */
    matchExpectedName(fnIndex, start) {
        const len = this.fnNameAt[2 * fnIndex + 1];
        if (len <= 0)
            return -1;
        const at = this.fnNameAt[2 * fnIndex];
        const a = this.names.arena;
        const b = this.buf;
        for (let i = 0; i < len; i++)
            if (a[at + i] !== b[start + i])
                return -1;
        let q = start + len;
        if (q >= this.n)
            return q;
        let c = b[q];
        if (c === NL)
            return q + 1;
        while (c === CR || c === SPACE || c === TAB)
            c = b[++q];
        if (q >= this.n)
            return q;
        return c === NL ? q + 1 : -1;
    }
    /** lcov 2.2+ function location: FNL:<index>,<start>[,<end>]. */
    fnl(p) {
        this.requireSection('FNL');
        let q = this.readUint(p, 'FNL', 'function index');
        const fn = this.functionAtIndex(this.value);
        q = this.expectComma(q, 'FNL', 'line number');
        q = this.readUint(q, 'FNL', 'line number');
        fn.line = this.value;
        return this.eol(q) + 1;
    }
    /** lcov 2.2+ function alias: FNA:<index>,<hits>,<name>; aliases of one index add up into one function. */
    fna(p) {
        this.requireSection('FNA');
        let q = this.readUint(p, 'FNA', 'function index');
        const fn = this.functionAtIndex(this.value);
        q = this.expectComma(q, 'FNA', 'execution count');
        q = this.readCount(q, 'FNA');
        fn.hits += this.value;
        q = this.expectComma(q, 'FNA', 'function name');
        const eol = this.eol(q);
        const end = this.contentEnd(eol, q);
        if (end === q)
            this.fail('FNA: missing function name');
        if (fn.name === '')
            fn.name = this.names.names[this.names.intern(q, end)];
        return eol + 1;
    }
    functionAtIndex(index) {
        this.byIndex ??= new Map();
        let fn = this.byIndex.get(index);
        if (fn === undefined) {
            fn = new LcovFunction('', 0, 0);
            this.byIndex.set(index, fn);
            this.addFunction(fn, -1);
        }
        return fn;
    }
    brda(p) {
        if (this.path === null)
            this.requireSection('BRDA');
        const fast = this.brdaFast(p);
        return fast > 0 ? fast : this.brdaGeneral(p);
    }
    /**
     * The common shape, BRDA:<line>,<small int>,<small int>,<count or ->, read in one pass. Returns the next
     * line's start, or -1 to let brdaGeneral handle anything else (ids that are not small integers,
     * expressions, errors).
     */
    brdaFast(p) {
        const b = this.buf;
        let q = p;
        let c = b[q];
        let line = 0;
        while (c >= ZERO && c <= NINE && line <= MAX_LINE_NUMBER) {
            line = line * 10 + (c - ZERO);
            c = b[++q];
        }
        if (q === p || c !== COMMA || line > MAX_LINE_NUMBER)
            return -1;
        let block = 0;
        const blockStart = ++q;
        c = b[q];
        while (c >= ZERO && c <= NINE && q - blockStart < 3) {
            block = block * 10 + (c - ZERO);
            c = b[++q];
        }
        if (q === blockStart || c !== COMMA || (b[blockStart] === ZERO && q - blockStart > 1))
            return -1;
        let branch = 0;
        const branchStart = ++q;
        c = b[q];
        while (c >= ZERO && c <= NINE && q - branchStart < 3) {
            branch = branch * 10 + (c - ZERO);
            c = b[++q];
        }
        if (q === branchStart || c !== COMMA || (b[branchStart] === ZERO && q - branchStart > 1))
            return -1;
        c = b[++q];
        let hits = null;
        if (c === MINUS)
            c = b[++q];
        else {
            const takenStart = q;
            let v = 0;
            while (c >= ZERO && c <= NINE) {
                v = v * 10 + (c - ZERO);
                c = b[++q];
            }
            if (q === takenStart)
                return -1;
            hits = v;
        }
        if (c !== NL) {
            if (!isBlank(c))
                return -1;
            const eol = this.eol(q);
            if (this.contentEnd(eol, q) !== q)
                return -1;
            q = eol;
        }
        this.addBranch(line, SMALL_IDS[block], SMALL_IDS[branch], hits);
        return q + 1;
    }
    brdaGeneral(p) {
        let q = this.readUint(p, 'BRDA', 'line number');
        const line = this.value;
        q = this.expectComma(q, 'BRDA', 'block');
        const b = this.buf;
        const eol = this.eol(q);
        const end = this.contentEnd(eol, q);
        let blockEnd = q;
        while (blockEnd < end && b[blockEnd] !== COMMA)
            blockEnd++;
        // The branch id may itself contain commas (lcov 2.x branch expressions): the count is after the last one.
        let lastComma = end - 1;
        while (lastComma > blockEnd && b[lastComma] !== COMMA)
            lastComma--;
        if (blockEnd >= end || lastComma <= blockEnd)
            this.fail('BRDA: expected <line>,<block>,<branch>,<taken>');
        let hits = null;
        if (!(b[lastComma + 1] === MINUS && lastComma + 2 === end)) {
            if (this.readCount(lastComma + 1, 'BRDA') !== end)
                this.fail('BRDA: taken count is not a number');
            hits = this.value;
        }
        this.addBranch(line, this.id(q, blockEnd), this.id(blockEnd + 1, lastComma), hits);
        return eol + 1;
    }
    id(start, end) {
        const b = this.buf;
        const len = end - start;
        if (len > 0 && len <= 3 && (len === 1 || b[start] !== ZERO)) {
            let v = 0;
            let i = start;
            for (; i < end; i++) {
                const c = b[i];
                if (c < ZERO || c > NINE)
                    break;
                v = v * 10 + (c - ZERO);
            }
            if (i === end && v < SMALL_IDS.length)
                return SMALL_IDS[v];
        }
        return this.names.names[this.names.intern(start, end)];
    }
    addBranch(line, block, branch, hits) {
        const list = this.branches;
        const count = this.brCount;
        if (!this.branchesNeedDedupe) {
            if (line === this.lastBranchLine) {
                // Repeats are only possible among the branches of this same line, which sit together at the end.
                for (let i = this.branchLineStart; i < count; i++) {
                    const br = list[i];
                    if (br.block === block && br.branch === branch) {
                        br.hits = addHits(br.hits, hits);
                        return;
                    }
                }
            }
            else if (line < this.lastBranchLine) {
                this.branchesNeedDedupe = true;
            }
            else {
                this.lastBranchLine = line;
                this.branchLineStart = count;
            }
        }
        list[count] = new LcovBranch(line, block, branch, hits);
        this.brCount = count + 1;
    }
    closeSection() {
        const path = this.path;
        if (!this.linesSorted)
            this.sortSectionLines();
        // Exact-size copies of the reused scratch arrays: no growth garbage, no spare capacity kept.
        const functions = this.functions.slice(0, this.fnCount);
        const branches = this.branches.slice(0, this.brCount);
        const file = {
            path,
            ...this.slab.take(this.count),
            functions: this.byIndex === null ? functions : dedupeFunctions(functions),
            branches: this.branchesNeedDedupe ? dedupeBranches(branches) : branches,
        };
        const existing = this.files.get(path);
        if (existing === undefined)
            this.files.set(path, file);
        else
            lcov_mergeFiles(existing, file);
        this.path = null;
        this.count = 0;
        this.linesSorted = true;
        this.lastLine = -1;
        this.fnCount = 0;
        this.fndaCursor = 0;
        this.byIndex = null;
        this.brCount = 0;
        this.branchesNeedDedupe = false;
        this.lastBranchLine = -1;
        this.branchLineStart = 0;
    }
    /** Sorts the open section's DA entries in place in the slab, summing repeated lines. */
    sortSectionLines() {
        const { lines, hits, used } = this.slab;
        const count = this.count;
        const order = new Uint32Array(count);
        for (let i = 0; i < count; i++)
            order[i] = used + i;
        order.sort((x, y) => lines[x] - lines[y]);
        const sortedLines = new Uint32Array(count);
        const sortedHits = new Float64Array(count);
        let k = -1;
        for (let i = 0; i < count; i++) {
            const at = order[i];
            if (k >= 0 && sortedLines[k] === lines[at])
                sortedHits[k] += hits[at];
            else {
                sortedLines[++k] = lines[at];
                sortedHits[k] = hits[at];
            }
        }
        this.count = k + 1;
        lines.set(sortedLines.subarray(0, this.count), used);
        hits.set(sortedHits.subarray(0, this.count), used);
    }
    /** A NUL byte never occurs in a tracefile; failing on it turns binary input into a clear message. */
    rejectBinary() {
        const at = this.buf.indexOf(0);
        if (at < 0 || at >= this.n)
            return;
        let line = this.lineNo + 1;
        for (let i = 0; i < at; i++)
            if (this.buf[i] === NL)
                line++;
        throw new CoverageParseError('binary data (NUL byte); is this an lcov file?', this.source, line);
    }
}
/**
 * Parses an lcov tracefile. `source` names the file in error messages. The returned line arrays of
 * several files may be views into one shared buffer.
 */
function parseLcov(data, source) {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const parser = new LcovParser(source);
    parser.run(buf, buf.length);
    return parser.finish();
}
/**
 * Parses a tracefile that arrives in chunks (a file read piece by piece), so memory holds the result
 * but never the whole input. Chunks may split lines anywhere and may be reused by the caller after
 * `write` returns. Results equal parseLcov on the concatenated input. Errors are thrown from `write`
 * or `end` as CoverageParseError; after one, the parser holds a partial state and must be dropped.
 */
class LcovChunkParser {
    parser;
    /** The incomplete last line of the input so far. */
    carry = Buffer.alloc(0);
    carryLength = 0;
    constructor(source) {
        this.parser = new LcovParser(source);
    }
    write(chunk) {
        const bytes = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const newline = bytes.lastIndexOf(NL);
        if (newline < 0) {
            this.keep(bytes);
            return;
        }
        if (this.carryLength === 0) {
            this.parser.run(bytes, newline + 1);
        }
        else {
            const before = this.carryLength;
            this.keep(bytes.subarray(0, newline + 1));
            this.parser.run(this.carry, before + newline + 1);
            this.carryLength = 0;
        }
        this.keep(bytes.subarray(newline + 1));
    }
    end() {
        if (this.carryLength > 0)
            this.parser.run(this.carry, this.carryLength);
        this.carryLength = 0;
        return this.parser.finish();
    }
    keep(bytes) {
        if (bytes.length === 0)
            return;
        const needed = this.carryLength + bytes.length;
        if (needed > this.carry.length) {
            // 1.5x growth keeps appends linear while a huge line costs at most 1.5x its size.
            const grown = Buffer.allocUnsafe(Math.max(needed, Math.ceil(this.carry.length * 1.5)));
            this.carry.copy(grown, 0, 0, this.carryLength);
            this.carry = grown;
        }
        bytes.copy(this.carry, this.carryLength);
        this.carryLength = needed;
    }
}
const LCOV_RECORD = /^(?:[A-Z]+:|end_of_record\s*$)/;
/** True when the first non-blank lines of a file are lcov records and include TN: or SF:. */
function looksLikeLcov(head) {
    let seen = 0;
    for (const raw of head.replace(/^\uFEFF/, '').split('\n')) {
        const line = raw.trim();
        if (line === '')
            continue;
        if (!LCOV_RECORD.test(line))
            return false;
        if (line.startsWith('TN:') || line.startsWith('SF:'))
            return true;
        if (++seen === 5)
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/parsers/detect.js
// Users point the action at whatever their test runner wrote; the format is read from the
// content, because names like coverage.out, coverage.json or report.xml say little.





/** How much of a file detection looks at. */
const DETECT_HEAD_BYTES = 4096;
/** The format of a coverage file from its first few KB, or undefined when it matches none. */
function detectFormat(head, fileName) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (/^mode:/.test(text))
        return 'go';
    if (/^<(?:\?xml|coverage[\s>/]|!DOCTYPE\s+coverage)/.test(text))
        return 'cobertura';
    if (text.startsWith('{'))
        return detectJson(text, fileName);
    if (looksLikeLcov(text))
        return 'lcov';
    return undefined;
}
function detectJson(text, fileName) {
    // The head may cut the JSON anywhere, so the first file's entry is recognised by its keys;
    // istanbul writes "path" then "statementMap", within the first few hundred bytes.
    const firstEntry = /^\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{/.exec(text);
    if (firstEntry) {
        const rest = text.slice(firstEntry[0].length);
        if (/^\s*"lines"\s*:\s*\{[^}]*"pct"/.test(rest) ||
            /"total"\s*:\s*\{\s*"lines"\s*:\s*\{[^}]*"pct"/.test(text)) {
            return 'istanbul-summary';
        }
        if (/"statementMap"\s*:/.test(text))
            return 'istanbul';
        return undefined;
    }
    // `{}` is what coverage-final.json holds when no file was instrumented.
    if (/^\{\s*\}\s*$/.test(text))
        return /summary/i.test(fileName) ? 'istanbul-summary' : 'istanbul';
    return undefined;
}
/** Parses a coverage file of the given format, detecting it from the content when 'auto' or absent. */
function parseCoverage(data, source, format = 'auto', opts = {}) {
    if (data.length === 0 || detect_isBlank(data))
        throw new CoverageParseError('the coverage file is empty', source);
    const chosen = format === 'auto' ? detectFormat(headOf(data), source) : format;
    if (!chosen) {
        throw new CoverageParseError(`could not detect the coverage format of ${source} (expected lcov, Go coverprofile, istanbul JSON or cobertura XML); set format`, source);
    }
    switch (chosen) {
        case 'lcov':
            return parseLcov(data, source);
        case 'go':
            return parseGoCoverprofile(data.toString('utf8'), source, { modulePath: opts.goModulePath });
        case 'istanbul':
            return parseIstanbulFinal(data.toString('utf8'), source);
        case 'istanbul-summary':
            return parseIstanbulSummary(data.toString('utf8'), source);
        case 'cobertura':
            return parseCobertura(data.toString('utf8'), source);
        default:
            throw new CoverageParseError(`unknown coverage format "${String(chosen)}"`, source);
    }
}
function headOf(data) {
    // A multi-byte character cut at the boundary decodes to U+FFFD, which no detector looks at.
    return data.subarray(0, DETECT_HEAD_BYTES).toString('utf8');
}
function detect_isBlank(data) {
    for (const byte of data) {
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/paths.js
// Coverage tools write paths the way their process saw them: absolute runner paths, container
// mounts, Windows drives, or relative to the folder the tests ran in. Gates, annotations and
// baselines all need one repo-relative spelling, so every path goes through here.
/** Checkout roots of GitHub-hosted runners and container jobs, in the order they are tried. */
const RUNNER_ROOTS = [
    /^\/home\/runner\/work\/[^/]+\/[^/]+\//,
    /^\/Users\/runner\/work\/[^/]+\/[^/]+\//,
    /^[A-Za-z]:\/a\/[^/]+\/[^/]+\//,
    /^\/__w\/[^/]+\/[^/]+\//,
    /^\/github\/workspace\//,
];
function slashes(p) {
    return p.replace(/\\/g, '/');
}
const DRIVE = /^[A-Za-z]:\//;
function isAbsolute(p) {
    return p.startsWith('/') || DRIVE.test(p);
}
/**
 * Resolves `.`, `..` and doubled slashes, so `pkg/../src/x.ts` (coverage of a sibling package)
 * and `src/./x.ts` name the tracked file. A `..` that climbs above a relative path is kept.
 */
function stripDotSlash(p) {
    const absolute = p.startsWith('/');
    const out = [];
    for (const segment of p.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else if (segment !== '..' || !absolute)
            out.push(segment);
    }
    return `${absolute ? '/' : ''}${out.join('/')}`;
}
/** Windows drive letters differ in case between tools (`d:\` from Node, `D:\` from the runner). */
function sameDrive(p) {
    return DRIVE.test(p) ? `${p[0].toUpperCase()}${p.slice(1)}` : p;
}
function withoutPrefix(p, prefix) {
    if (!prefix)
        return undefined;
    const root = sameDrive(prefix.endsWith('/') ? prefix : `${prefix}/`);
    const path = sameDrive(p);
    return path.startsWith(root) ? path.slice(root.length) : undefined;
}
function fromFileUrl(p) {
    let rest = p.slice('file://'.length);
    if (rest.startsWith('localhost/'))
        rest = rest.slice('localhost'.length);
    try {
        rest = decodeURIComponent(rest);
    }
    catch {
        // A stray `%` is more likely part of a file name than a broken escape: keep the text as is.
    }
    // file:///D:/a/x.ts names D:/a/x.ts; the slash before the drive letter is URL syntax.
    return /^\/[A-Za-z]:\//.test(rest) ? rest.slice(1) : rest;
}
/** The working directory relative to the workspace, even when it was given as an absolute path. */
function relativeWorkingDirectory(raw, workspace) {
    const wd = slashes(raw.trim());
    if (!isAbsolute(wd))
        return stripDotSlash(wd);
    const withSlash = wd.endsWith('/') ? wd : `${wd}/`;
    if (sameDrive(withSlash) === sameDrive(workspace.endsWith('/') ? workspace : `${workspace}/`))
        return '';
    const inside = withoutPrefix(wd, workspace);
    if (inside !== undefined)
        return stripDotSlash(inside);
    for (const root of RUNNER_ROOTS) {
        const m = root.exec(withSlash);
        if (m)
            return stripDotSlash(withSlash.slice(m[0].length));
    }
    return stripDotSlash(wd);
}
function joinRelative(dir, p) {
    return dir ? `${dir.replace(/\/+$/, '')}/${p}` : p;
}
/** Candidate repo-relative spellings of one raw path, most likely first. */
function candidates(raw, ctx) {
    let p = slashes(raw.trim());
    if (p.startsWith('file://'))
        p = fromFileUrl(p);
    p = stripDotSlash(p);
    const workspace = slashes(ctx.workspace);
    const wd = relativeWorkingDirectory(ctx.workingDirectory ?? '', workspace);
    const out = [];
    const inWorkspace = withoutPrefix(p, workspace);
    if (inWorkspace !== undefined)
        out.push(inWorkspace);
    for (const root of RUNNER_ROOTS) {
        const m = root.exec(p);
        if (m)
            out.push(p.slice(m[0].length));
    }
    for (const source of ctx.sourceRoots ?? []) {
        const s = slashes(source);
        const joined = s.endsWith('/') ? `${s}${p}` : `${s}/${p}`;
        if (!isAbsolute(p)) {
            const rel = withoutPrefix(joined, workspace);
            if (rel !== undefined)
                out.push(rel);
            for (const root of RUNNER_ROOTS) {
                const m = root.exec(joined);
                if (m)
                    out.push(joined.slice(m[0].length));
            }
            if (!isAbsolute(s))
                out.push(joinRelative(wd, stripDotSlash(joined)));
        }
    }
    if (!isAbsolute(p)) {
        out.push(joinRelative(wd, stripDotSlash(p)));
        if (wd)
            out.push(stripDotSlash(p));
    }
    if (out.length === 0)
        out.push(p);
    return [...new Set(out.map(stripDotSlash))];
}
/**
 * Maps a path from a coverage report to a repo-relative path. With a tracked-file list, the
 * first candidate that is tracked wins; failing that, a unique tracked file that ends with the
 * path (coverage written relative to a sub-package) is taken.
 */
function normalisePath(raw, ctx) {
    const options = candidates(raw, ctx);
    const tracked = ctx.tracked;
    if (!tracked)
        return { path: options[0], matched: true };
    for (const option of options)
        if (tracked.has(option))
            return { path: option, matched: true };
    for (const option of options) {
        const suffix = `/${option}`;
        let found;
        let count = 0;
        for (const file of tracked) {
            if (file.endsWith(suffix)) {
                found = file;
                count++;
                if (count > 1)
                    break;
            }
        }
        if (count === 1 && found)
            return { path: found, matched: true };
    }
    return { path: options[0], matched: false };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/load.js









const HEAD_BYTES = 4096;
/**
 * Go profiles of matrix shards are concatenated before parsing: the parser then unions blocks
 * exactly, which merging per-file statement counters afterwards could not.
 */
function combineGoProfiles(texts) {
    const byMode = new Map();
    const rest = [];
    for (const t of texts) {
        const text = t.data.toString('utf8');
        const newline = text.indexOf('\n');
        const header = (newline < 0 ? text : text.slice(0, newline)).trim();
        if (!/^mode:\s*\w+$/.test(header)) {
            rest.push(t);
            continue;
        }
        const group = byMode.get(header) ?? { files: [], bodies: [] };
        group.files.push(t.file);
        group.bodies.push(newline < 0 ? '' : text.slice(newline + 1));
        byMode.set(header, group);
    }
    for (const [header, group] of byMode) {
        if (group.files.length === 1) {
            rest.push({ file: group.files[0], data: Buffer.from(`${header}\n${group.bodies[0]}`) });
            continue;
        }
        const bodies = group.bodies.map((b) => (b.endsWith('\n') || b === '' ? b : `${b}\n`));
        rest.push({ file: group.files.join(' + '), data: Buffer.from(`${header}\n${bodies.join('')}`) });
    }
    return rest;
}
function relativeToWorkspace(file, workspace) {
    const rel = (0,external_node_path_.relative)(workspace, file);
    return rel.startsWith('..') ? file : rel;
}
function unreadable(error, shown) {
    return new CoverageParseError(`cannot read the file (${error.code ?? String(error)})`, shown);
}
async function readHead(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** lcov reports can be tens of megabytes: they are parsed as they stream in, never held whole. */
async function streamLcov(file, shown) {
    const parser = new LcovChunkParser(shown);
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 256 * 1024 }))
        parser.write(chunk);
    return parser.end();
}
async function loadCoverage(options) {
    const raw = [];
    const reports = [];
    for (const file of options.files) {
        const shown = relativeToWorkspace(file, options.paths.workspace);
        const head = await readHead(file).catch((error) => {
            throw unreadable(error, shown);
        });
        const format = options.format === 'auto' ? detectFormat(head, shown) : options.format;
        if (!format) {
            throw new CoverageParseError('could not detect the coverage format (expected lcov, Go coverprofile, istanbul JSON or cobertura XML); set the format input', shown);
        }
        if (format === 'lcov' && head.trim() !== '') {
            reports.push(await streamLcov(file, shown));
            continue;
        }
        const data = await (0,promises_.readFile)(file).catch((error) => {
            throw unreadable(error, shown);
        });
        raw.push({ file: shown, data, format });
    }
    const goInputs = combineGoProfiles(raw.filter((r) => r.format === 'go'));
    const parseList = [
        ...raw.filter((r) => r.format !== 'go'),
        ...goInputs.map((g) => ({ ...g, format: 'go' })),
    ];
    for (const item of parseList)
        reports.push(parseCoverage(item.data, item.file, item.format));
    const sources = [];
    const all = [];
    const unmatched = new Set();
    for (const report of reports) {
        sources.push({ file: report.source, format: report.format, files: report.files.length });
        const ctx = {
            ...options.paths,
            sourceRoots: report.sourceRoots ?? options.paths.sourceRoots,
        };
        for (const file of report.files) {
            const rawPath = report.format === 'go' && options.goModules?.length
                ? mapGoImportPath(file.path, [...options.goModules])
                : file.path;
            const normalised = normalisePath(rawPath, ctx);
            if (!normalised.matched)
                unmatched.add(normalised.path);
            all.push({ ...file, path: normalised.path });
        }
    }
    return { files: mergeFiles(all), sources, unmatched: [...unmatched].sort() };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/collect.js







async function goModules(tracked, workspace) {
    if (!tracked)
        return [];
    const modules = [];
    for (const file of tracked) {
        if (file !== 'go.mod' && !file.endsWith('/go.mod'))
            continue;
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, file), 'utf8').catch(() => undefined);
        const modulePath = text === undefined ? undefined : readModulePath(text);
        if (modulePath)
            modules.push({ modulePath, dir: (0,external_node_path_.dirname)(file) === '.' ? '' : (0,external_node_path_.dirname)(file) });
    }
    return modules;
}
/**
 * Finds, reads, normalises and merges the coverage reports of a checkout: the evidence every
 * coverage action starts from. Returns `missing` (after logging) when nothing was found and the
 * caller allowed that; throws a UsageError when it did not.
 */
async function collectCoverage(options) {
    const cwd = (0,external_node_path_.resolve)(options.workspace, options.workingDirectory);
    const discovering = options.patterns.length === 0;
    let files = await findReports(discovering ? defaultPatterns() : options.patterns, cwd);
    if (discovering)
        files = preferOnePerFolder(files);
    if (files.length === 0) {
        const where = discovering
            ? `the usual report locations (lcov.info, coverage-final.json, coverage.xml, coverage.out, … below ${options.workingDirectory || '.'})`
            : `'${options.patterns.join(', ')}' (relative to ${options.workingDirectory || 'the repository root'})`;
        const message = `no coverage report found at ${where}. Did the tests run with coverage enabled before this step?`;
        if (options.ifNoFiles === 'error')
            throw new UsageError(message);
        if (options.ifNoFiles === 'warn')
            options.log.warning(message);
        else
            options.log.info(message);
        return { missing: message };
    }
    options.log.info(`Reading ${files.length} coverage report(s): ${files.join(', ')}`);
    const notes = [];
    const tracked = await listTrackedFiles(options.workspace);
    if (!tracked)
        notes.push('The workspace is not a git checkout, so report paths could not be checked against tracked files.');
    const loaded = await loadCoverage({
        files,
        format: options.format,
        paths: { workspace: options.workspace, workingDirectory: options.workingDirectory, tracked },
        goModules: await goModules(tracked, options.workspace),
    });
    return { ...loaded, notes };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/totals.js
/** Percentage with two decimals; null when there is nothing to cover (so "0 of 0" is never 0% or 100%). */
function percent(covered, total) {
    if (total <= 0)
        return null;
    // Multiplying before dividing keeps exact ratios exact: (57 / 100) * 10000 is 5699.999… in
    // floating point and would floor to 56.99.
    return Math.floor((covered * 10000) / total) / 100;
}
function total(counter) {
    return { covered: counter.covered, total: counter.total, pct: percent(counter.covered, counter.total) };
}
/** Per-metric counts for one file; a format's own summary wins over counts derived from detail. */
function fileCounters(file) {
    let linesHit = 0;
    for (let i = 0; i < file.lineHits.length; i++)
        if (file.lineHits[i] > 0)
            linesHit++;
    let fnHit = 0;
    for (const fn of file.functions)
        if (fn.hits > 0)
            fnHit++;
    let brHit = 0;
    for (const br of file.branches)
        if (br.hits !== null && br.hits > 0)
            brHit++;
    const derived = {
        lines: { covered: linesHit, total: file.lineNumbers.length },
        functions: { covered: fnHit, total: file.functions.length },
        branches: { covered: brHit, total: file.branches.length },
        statements: file.statements ?? { covered: 0, total: 0 },
    };
    const s = file.summary;
    if (!s)
        return derived;
    return {
        lines: s.lines ?? derived.lines,
        functions: s.functions ?? derived.functions,
        branches: s.branches ?? derived.branches,
        statements: s.statements ?? derived.statements,
    };
}
function fileTotals(file) {
    const c = fileCounters(file);
    return {
        lines: total(c.lines),
        branches: total(c.branches),
        functions: total(c.functions),
        statements: total(c.statements),
    };
}
function computeTotals(files) {
    const sum = {
        lines: { covered: 0, total: 0 },
        branches: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
        statements: { covered: 0, total: 0 },
    };
    for (const file of files) {
        const c = fileCounters(file);
        for (const m of Object.keys(sum)) {
            sum[m].covered += c[m].covered;
            sum[m].total += c[m].total;
        }
    }
    return {
        lines: total(sum.lines),
        branches: total(sum.branches),
        functions: total(sum.functions),
        statements: total(sum.statements),
    };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/report/verdana-widths.js
// Badges are drawn without a browser, so their boxes are sized from Verdana's own glyph metrics
// (the font shields.io badges use). Widths are advance widths in font units, 2048 to the em.
const UNITS_PER_EM = 2048;
const FIRST_PRINTABLE = 0x20;
/** Verdana Regular advance widths for U+0020 (space) through U+007E (~), in font units. */
// biome-ignore format: one row per character class reads better than one number per line
const ASCII_ADVANCES = [
    720, 806, 940, 1676, 1302, 2204, 1488, 550, 930, 930, 1302, 1676, 745, 930, 745, 930, // space ! " # $ % & ' ( ) * + , - . /
    1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, // 0-9
    930, 930, 1676, 1676, 1676, 1117, 2048, // : ; < = > ? @
    1400, 1404, 1430, 1578, 1295, 1177, 1588, 1539, 862, 931, 1419, 1140, 1726, // A-M
    1532, 1612, 1235, 1612, 1424, 1400, 1262, 1499, 1400, 2025, 1403, 1260, 1403, // N-Z
    930, 930, 930, 1676, 1302, 1302, // [ \ ] ^ _ `
    1230, 1276, 1067, 1276, 1220, 720, 1276, 1296, 562, 705, 1212, 562, 1992, // a-m
    1296, 1243, 1276, 1276, 874, 1067, 807, 1296, 1212, 1676, 1212, 1212, 1076, // n-z
    1300, 930, 1300, 1676, // { | } ~
];
/** Letters and digits set the average: accented Latin, Greek and Cyrillic are sized like them. */
const AVERAGE_ADVANCE = (() => {
    const alnum = ASCII_ADVANCES.filter((_, i) => /[A-Za-z0-9]/.test(String.fromCharCode(FIRST_PRINTABLE + i)));
    return alnum.reduce((sum, w) => sum + w, 0) / alnum.length;
})();
const ZERO_WIDTH = /^[\p{Mn}\p{Cc}\p{Cf}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
/** East Asian wide and full-width ranges: such glyphs take a whole em in any fallback font. */
const WIDE_RANGES = [
    [0x1100, 0x115f],
    [0x2e80, 0xa4cf],
    [0xac00, 0xd7a3],
    [0xf900, 0xfaff],
    [0xfe30, 0xfe4f],
    [0xff00, 0xff60],
    [0xffe0, 0xffe6],
    [0x20000, 0x3fffd],
];
function advanceUnits(char) {
    const cp = char.codePointAt(0) ?? 0;
    const ascii = ASCII_ADVANCES[cp - FIRST_PRINTABLE];
    if (ascii !== undefined)
        return ascii;
    if (ZERO_WIDTH.test(char))
        return 0;
    if (PICTOGRAPHIC.test(char) || WIDE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi))
        return UNITS_PER_EM;
    return AVERAGE_ADVANCE;
}
/** Width in pixels of `text` set in Verdana at `fontSize` px, without kerning. */
function verdanaTextWidth(text, fontSize = 11) {
    let units = 0;
    for (const char of text)
        units += advanceUnits(char);
    return (units * fontSize) / UNITS_PER_EM;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/report/badge.js
// Coverage badges drawn locally in the flat shields.io look, so publishing one needs no network
// call and the same numbers always give the same bytes (badges are committed or uploaded as-is).

const NAMED_COLORS = {
    brightgreen: '#4c1',
    green: '#97ca00',
    yellowgreen: '#a4a61d',
    yellow: '#dfb317',
    orange: '#fe7d37',
    red: '#e05d44',
    blue: '#007ec6',
    grey: '#555',
    gray: '#555',
    lightgrey: '#9f9f9f',
    lightgray: '#9f9f9f',
    success: '#4c1',
    important: '#fe7d37',
    critical: '#e05d44',
    informational: '#007ec6',
    inactive: '#9f9f9f',
};
const HEX_COLOR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
const LABEL_BACKGROUND = '#555';
const HEIGHT = 20;
const FONT_SIZE = 11;
const SIDE_PADDING = 5;
/** Resolves a colour name or hex value to `#rrggbb`/`#rgb`; anything else is refused, as it would reach an attribute. */
function badgeColorHex(color) {
    const trimmed = color.trim().toLowerCase();
    const named = NAMED_COLORS[trimmed];
    if (named !== undefined)
        return named;
    const hex = HEX_COLOR.exec(trimmed);
    if (hex)
        return `#${hex[1]}`;
    throw new TypeError(`unknown badge colour ${JSON.stringify(color)}: use a name (${Object.keys(NAMED_COLORS).join(', ')}) or a hex colour such as #4c1`);
}
// Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) would make the SVG unparseable.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const XML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
};
/** Badge text is one line: control characters go, line breaks and tabs become spaces. */
function badgeText(text) {
    return text.replace(NOT_XML_CHAR, '').replace(/[\t\n\r]+/g, ' ');
}
function xml(text) {
    return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}
/** Coordinates to one decimal, printed without trailing zeros, so output is stable across platforms. */
function num(value) {
    return String(Math.round(value * 10) / 10);
}
/** FNV-1a, so ids inside two different inlined badges do not collide yet stay deterministic. */
function shortHash(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0).toString(16).padStart(8, '0');
}
function textElements(part) {
    const centre = num(part.x + part.width / 2);
    const length = num(part.textWidth);
    const content = xml(part.text);
    return (`<text x="${centre}" y="15" fill="#010101" fill-opacity=".3" textLength="${length}">${content}</text>` +
        `<text x="${centre}" y="14" textLength="${length}">${content}</text>`);
}
/** A flat badge (label on grey, message on `color`) as a standalone SVG document. */
function renderBadge(spec) {
    const label = badgeText(spec.label);
    const message = badgeText(spec.message);
    const color = badgeColorHex(spec.color);
    const parts = [];
    let x = 0;
    for (const [text, fill] of [
        [label, LABEL_BACKGROUND],
        [message, color],
    ]) {
        if (text === '' && parts.length === 0 && message !== '')
            continue; // no label: message-only badge
        const textWidth = Math.ceil(verdanaTextWidth(text, FONT_SIZE));
        const width = textWidth + 2 * SIDE_PADDING;
        parts.push({ text, x, width, textWidth, fill });
        x += width;
    }
    const total = x;
    const title = label === '' ? message : `${label}: ${message}`;
    const id = shortHash(`${label}\u0000${message}\u0000${color}`);
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${HEIGHT}" role="img" aria-label="${xml(title)}">`,
        `<title>${xml(title)}</title>`,
        `<linearGradient id="s${id}" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
        `<clipPath id="r${id}"><rect width="${total}" height="${HEIGHT}" rx="3" fill="#fff"/></clipPath>`,
        `<g clip-path="url(#r${id})">`,
        ...parts.map((p) => `<rect x="${p.x}" width="${p.width}" height="${HEIGHT}" fill="${p.fill}"/>`),
        `<rect width="${total}" height="${HEIGHT}" fill="url(#s${id})"/>`,
        '</g>',
        `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="${FONT_SIZE}">`,
        ...parts.map(textElements),
        '</g>',
        '</svg>',
    ].join('');
}
/**
 * Colour name for a coverage percentage: red below `red`, then orange, yellow and yellow-green in
 * equal steps up to `green`, bright green from `green` on; light grey when there is nothing to cover.
 */
function coverageColor(pct, thresholds = { red: 60, green: 80 }) {
    const { red, green } = thresholds;
    if (!Number.isFinite(red) || !Number.isFinite(green) || red > green) {
        throw new RangeError(`coverage colour thresholds need finite red <= green, got red=${red}, green=${green}`);
    }
    if (pct === null || !Number.isFinite(pct))
        return 'lightgrey';
    if (pct >= green)
        return 'brightgreen';
    if (pct < red)
        return 'red';
    const step = (green - red) / 3;
    if (pct < red + step)
        return 'orange';
    if (pct < red + 2 * step)
        return 'yellow';
    return 'yellowgreen';
}
/** The JSON document shields.io's endpoint badge reads (https://shields.io/badges/endpoint-badge). */
function shieldsEndpoint(spec) {
    const name = spec.color.trim().toLowerCase();
    // Validates the colour; shields takes hex without the leading '#'.
    const color = NAMED_COLORS[name] !== undefined ? name : badgeColorHex(name).slice(1);
    return JSON.stringify({
        schemaVersion: 1,
        label: badgeText(spec.label),
        message: badgeText(spec.message),
        color,
    });
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/runtime/failure.js


/** Maps any thrown value to the exit code and the one-line message users see. */
function classifyFailure(error) {
    if (error instanceof errors_InputError || error instanceof UsageError || error instanceof CoverageParseError) {
        return { exitCode: EXIT.badInput, message: error.message };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
        exitCode: EXIT.internal,
        message: `unexpected error: ${message}. This is a bug in shipshape: please report it with the step's log`,
    };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/cli/coverage-badge.js








const HELP = `Usage: shipshape coverage-badge --files <globs> --out <file.svg> [--label coverage] [--min-lines 80]

Draws the line-coverage badge coverage-comment draws, from local reports (e.g. for a README).`;
async function runCoverageBadgeCli(argv) {
    try {
        const { values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                files: { type: 'string', multiple: true },
                out: { type: 'string' },
                label: { type: 'string' },
                'min-lines': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
        });
        if (values.help) {
            process.stdout.write(`${HELP}\n`);
            return 0;
        }
        if (!values.out)
            throw new errors_InputError('out', `give the SVG file to write\n\n${HELP}`);
        const greenAt = Number(values['min-lines'] ?? 80);
        if (!Number.isFinite(greenAt) || greenAt < 0 || greenAt > 100)
            throw new errors_InputError('min-lines', 'expected a percentage from 0 to 100');
        const collected = await collectCoverage({
            patterns: values.files ?? [],
            format: 'auto',
            workspace: process.cwd(),
            workingDirectory: '',
            ifNoFiles: 'error',
            log: { info: () => { }, warning: (m) => process.stderr.write(`warning: ${m}\n`), debug: () => { } },
        });
        if ('missing' in collected)
            return 2;
        const pct = computeTotals(collected.files).lines.pct;
        const svg = renderBadge({
            label: values.label ?? 'coverage',
            message: pct === null ? 'n/a' : `${pct.toFixed(1)}%`,
            color: coverageColor(pct, { red: 60, green: greenAt }),
        });
        const out = (0,external_node_path_.resolve)(values.out);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(out), { recursive: true });
        (0,external_node_fs_.writeFileSync)(out, svg);
        process.stdout.write(`${values.out}: ${pct === null ? 'n/a' : `${pct.toFixed(2)}%`}\n`);
        return 0;
    }
    catch (error) {
        const { exitCode, message } = classifyFailure(error);
        process.stderr.write(`shipshape coverage-badge: ${message}\n`);
        return exitCode;
    }
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/thresholds.js


// Plain decimals only: Number() would also take '0x50', '1e2' and '-0', none of which anyone
// means as a coverage threshold.
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;
/** A number from 0 to 100, or NaN when the text is not one. */
function decimalUpTo100(text) {
    const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
    return value <= 100 ? value : Number.NaN;
}
function parsePercentage(input, raw) {
    const given = raw.trim();
    if (given === '')
        return undefined;
    const value = decimalUpTo100(given.replace(/\s*%$/, ''));
    if (Number.isNaN(value)) {
        throw new errors_InputError(input, `expected a percentage from 0 to 100, got '${given}'`);
    }
    return value;
}
function parsePoints(input, raw) {
    const text = raw.trim();
    if (text === '')
        return undefined;
    const value = decimalUpTo100(text);
    if (Number.isNaN(value)) {
        throw new errors_InputError(input, `expected a number of percentage points from 0 to 100, got '${text}'`);
    }
    return value;
}
/**
 * Parses per-path thresholds, one rule a line:
 *   services/api/**: lines=85, branches=70
 *   web/src/**: lines=75
 * Blank lines and `#` comments are ignored.
 */
function parsePathThresholds(input, text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        const where = `line ${i + 1}`;
        const colon = line.lastIndexOf(':');
        if (colon <= 0) {
            throw new errors_InputError(input, `${where}: expected '<glob>: <metric>=<percent>', e.g. 'services/api/**: lines=85', got '${line}'`);
        }
        const glob = line
            .slice(0, colon)
            .trim()
            .replace(/^['"]|['"]$/g, '');
        if (glob === '')
            throw new errors_InputError(input, `${where}: the glob before ':' is empty in '${line}'`);
        const rules = line
            .slice(colon + 1)
            .split(/[,;]/)
            .map((r) => r.trim())
            .filter(Boolean);
        if (rules.length === 0)
            throw new errors_InputError(input, `${where}: no '<metric>=<percent>' after '${glob}:'`);
        for (const rule of rules) {
            const m = /^([a-z]+)\s*=\s*(.+)$/.exec(rule);
            const metric = m?.[1];
            if (!m || !metric || !METRICS.includes(metric)) {
                throw new errors_InputError(input, `${where}: '${rule}' is not '<metric>=<percent>' with metric one of ${METRICS.join(', ')}`);
            }
            const min = decimalUpTo100(m[2].trim().replace(/\s*%$/, ''));
            if (Number.isNaN(min)) {
                throw new errors_InputError(input, `${where}: '${rule}' needs a percentage from 0 to 100`);
            }
            out.push({ glob, metric, min });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/runtime/inputs.js

function readChoice(source, name, choices, fallback) {
    const raw = source.get(name).toLowerCase();
    if (raw === '')
        return fallback;
    if (choices.includes(raw))
        return raw;
    throw new errors_InputError(name, `expected one of ${choices.join(', ')}, got '${raw}'`);
}
function readBoolean(source, name, fallback) {
    const raw = source.get(name).toLowerCase();
    if (raw === '')
        return fallback;
    if (['true', 'yes', 'on', '1'].includes(raw))
        return true;
    if (['false', 'no', 'off', '0'].includes(raw))
        return false;
    throw new InputError(name, `expected true or false, got '${raw}'`);
}
/** Several values, one per line or comma-separated; blank entries and `#` comments dropped. */
function readList(source, name) {
    return source
        .get(name)
        .split(/[\n,]/)
        .map((v) => v.trim())
        .filter((v) => v !== '' && !v.startsWith('#'));
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage-gate/options.js


const FORMATS = ['auto', 'lcov', 'go', 'istanbul', 'istanbul-summary', 'cobertura'];
const DEFAULT_MIN_LINES = 80;
/**
 * Reads the coverage gate's settings from inputs or flags with the same names, so the action
 * and the CLI accept exactly the same values and fail with the same messages.
 */
function readGateInputs(source) {
    const minimums = {};
    const lines = source.get('min-lines');
    minimums.lines = lines === '' ? DEFAULT_MIN_LINES : parsePercentage('min-lines', lines);
    if (minimums.lines === undefined)
        delete minimums.lines;
    for (const metric of ['branches', 'functions', 'statements']) {
        const value = parsePercentage(`min-${metric}`, source.get(`min-${metric}`));
        if (value !== undefined)
            minimums[metric] = value;
    }
    const gates = {
        minimums,
        pathThresholds: parsePathThresholds('thresholds', source.get('thresholds')),
    };
    const minPatch = parsePercentage('min-patch', source.get('min-patch'));
    if (minPatch !== undefined)
        gates.minPatch = minPatch;
    const maxDrop = parsePoints('max-drop', source.get('max-drop'));
    if (maxDrop !== undefined)
        gates.maxDrop = maxDrop;
    return {
        name: source.get('name'),
        patterns: readList(source, 'files'),
        format: readChoice(source, 'format', FORMATS, 'auto'),
        gates,
        workingDirectory: source.get('working-directory').replace(/^\.\/?$/, '') || '',
        ifNoFiles: readChoice(source, 'if-no-files', ['error', 'warn', 'ignore'], 'error'),
    };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/gates.js


/** Thresholds read as the user wrote them; measured values always with two decimals. */
function fmt(n) {
    return `${Number.isInteger(n) ? n : n.toFixed(2)}%`;
}
function measured(n) {
    return `${n.toFixed(2)}%`;
}
/**
 * The fewest extra covered items that make the gate pass, found with the same floored percentage
 * the gate compares: `ceil(28 / 100 * 25)` is 8 in floating point when 7 lines are enough.
 */
function moreNeeded(threshold, covered, total) {
    let low = covered;
    let high = total;
    while (low < high) {
        const mid = Math.floor((low + high) / 2);
        if ((percent(mid, total) ?? 0) >= threshold)
            high = mid;
        else
            low = mid + 1;
    }
    return low - covered;
}
function minimumGate(id, title, metric, threshold, actual, covered, total) {
    if (actual === null) {
        return {
            id,
            title,
            metric,
            threshold,
            actual,
            passed: true,
            skipped: true,
            reason: `no ${metric} to measure (0 found)`,
        };
    }
    const passed = actual >= threshold;
    const detail = `${covered}/${total} ${metric} covered`;
    const reason = passed
        ? `${measured(actual)} ≥ ${fmt(threshold)} (${detail})`
        : `${measured(actual)} is below the minimum ${fmt(threshold)} (${detail}; ${moreNeeded(threshold, covered, total)} more needed)`;
    return { id, title, metric, threshold, actual, passed, skipped: false, reason };
}
/** Pure: every gate's verdict from the evidence. Order is the order of the report. */
function evaluateGates(config, evidence) {
    const results = [];
    for (const metric of ['lines', 'branches', 'functions', 'statements']) {
        const min = config.minimums[metric];
        if (min === undefined)
            continue;
        const t = evidence.totals[metric];
        results.push(minimumGate(`min-${metric}`, `${metric} coverage`, metric, min, t.pct, t.covered, t.total));
    }
    for (const rule of config.pathThresholds) {
        const match = picomatch(rule.glob, { dot: true });
        const subset = evidence.files.filter((f) => match(f.path));
        const id = `path:${rule.glob}:${rule.metric}`;
        const title = `${rule.metric} coverage of ${rule.glob}`;
        if (subset.length === 0) {
            results.push({
                id,
                title,
                metric: rule.metric,
                threshold: rule.min,
                actual: null,
                passed: true,
                skipped: true,
                reason: `no covered file matches '${rule.glob}'`,
            });
            continue;
        }
        const t = computeTotals(subset)[rule.metric];
        const gate = minimumGate(id, title, rule.metric, rule.min, t.pct, t.covered, t.total);
        gate.reason = `${gate.reason} in ${subset.length} file(s)`;
        results.push(gate);
    }
    if (config.minPatch !== undefined)
        results.push(patchGate(config.minPatch, evidence.patch));
    if (config.maxDrop !== undefined)
        results.push(dropGate(config.maxDrop, evidence.totals, evidence.baseline));
    return results;
}
function patchGate(threshold, patch) {
    const base = { id: 'min-patch', title: 'patch coverage', metric: 'patch', threshold };
    if (!patch)
        return {
            ...base,
            actual: null,
            passed: true,
            skipped: true,
            reason: 'not a pull request: no changed lines to measure',
        };
    if ('unavailable' in patch)
        return { ...base, actual: null, passed: true, skipped: true, reason: patch.unavailable };
    const p = patch.value;
    if (p.pct === null)
        return { ...base, actual: null, passed: true, skipped: true, reason: 'no executable line was changed' };
    const passed = p.pct >= threshold;
    const detail = `${p.covered}/${p.total} changed executable lines covered`;
    return {
        ...base,
        actual: p.pct,
        passed,
        skipped: false,
        reason: passed
            ? `${measured(p.pct)} ≥ ${fmt(threshold)} (${detail})`
            : `${measured(p.pct)} of the changed lines are covered, below ${fmt(threshold)} (${detail})`,
    };
}
function dropGate(maxDrop, totals, baseline) {
    const base = { id: 'max-drop', title: 'drop vs base', metric: 'drop', threshold: maxDrop };
    if (!baseline)
        return {
            ...base,
            actual: null,
            passed: true,
            skipped: true,
            reason: 'no baseline: the history store is not available yet',
        };
    if ('unavailable' in baseline)
        return { ...base, actual: null, passed: true, skipped: true, reason: baseline.unavailable };
    const head = totals.lines.pct;
    if (head === null)
        return { ...base, actual: null, passed: true, skipped: true, reason: 'no lines to measure' };
    const drop = Math.round((baseline.value.lines - head) * 100) / 100;
    const passed = drop <= maxDrop;
    const what = drop > 0
        ? `dropped ${drop.toFixed(2)} points`
        : drop < 0
            ? `rose ${(-drop).toFixed(2)} points`
            : 'unchanged';
    return {
        ...base,
        actual: drop,
        passed,
        skipped: false,
        reason: `lines ${what} vs ${baseline.value.sha.slice(0, 7)} (${measured(baseline.value.lines)} → ${measured(head)})${passed ? '' : `, more than the allowed ${maxDrop} points`}`,
    };
}
/** One readable message listing every failing gate, for the failure annotation and the CLI. */
function failureMessage(results, name) {
    const failed = results.filter((r) => !r.passed);
    if (failed.length === 0)
        return undefined;
    const head = `${name ? `${name}: ` : ''}${failed.length} coverage gate${failed.length > 1 ? 's' : ''} failed:`;
    return [head, ...failed.map((r) => `- ${r.title}: ${r.reason}`)].join('\n');
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage/patch.js

const SOURCE_FILE = /\.(c|cc|cpp|cs|go|java|js|jsx|kt|mjs|cjs|php|py|rb|rs|scala|swift|ts|tsx|vue|svelte)$/i;
// Test files, and declaration files that hold no executable code (`.d.ts`), never have coverage
// of their own, so a change to them is not "missing" coverage.
const NEVER_COVERED = /(^|\/)(test|tests|__tests__|spec)\/|[._-](test|spec)\.[a-z]+$|_test\.go$|(^|\/)test_[^/]*\.py$|\.d\.[cm]?ts$/i;
/**
 * Coverage of the lines a change adds or modifies: only changed lines the coverage report
 * calls executable count, so comments, blank lines and config files neither help nor hurt.
 */
function computePatchCoverage(files, changed) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const result = [];
    const missingFiles = [];
    let covered = 0;
    let total = 0;
    for (const [path, lines] of changed) {
        const file = byPath.get(path);
        if (!file) {
            if (SOURCE_FILE.test(path) && !NEVER_COVERED.test(path))
                missingFiles.push(path);
            continue;
        }
        const uncoveredLines = [];
        let fileCovered = 0;
        let fileTotal = 0;
        for (let i = 0; i < file.lineNumbers.length; i++) {
            const line = file.lineNumbers[i];
            if (!lines.has(line))
                continue;
            fileTotal++;
            if (file.lineHits[i] > 0)
                fileCovered++;
            else
                uncoveredLines.push(line);
        }
        if (fileTotal === 0)
            continue;
        covered += fileCovered;
        total += fileTotal;
        result.push({ path, executable: fileTotal, covered: fileCovered, uncoveredLines });
    }
    result.sort((a, b) => b.uncoveredLines.length - a.uncoveredLines.length || (a.path < b.path ? -1 : 1));
    return { covered, total, pct: percent(covered, total), files: result, missingFiles: missingFiles.sort() };
}
/** Groups ascending line numbers into ranges, e.g. [3,4,5,9] -> [[3,5],[9,9]]. */
function lineRanges(lines) {
    const ranges = [];
    for (const line of lines) {
        const last = ranges[ranges.length - 1];
        if (last && line === last[1] + 1)
            last[1] = line;
        else
            ranges.push([line, line]);
    }
    return ranges;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage-gate/annotations.js

/**
 * GitHub keeps only about 10 workflow-command annotations of one level per step and drops the
 * rest without a word, so we choose which ones users see: the longest uncovered runs first.
 */
const ANNOTATION_LIMIT = 10;
function selectAnnotations(patch, limit = ANNOTATION_LIMIT) {
    const all = [];
    for (const file of patch.files) {
        for (const [start, end] of lineRanges(file.uncoveredLines)) {
            const count = end - start + 1;
            all.push({
                file: file.path,
                startLine: start,
                endLine: end,
                title: 'Changed lines not covered',
                message: count === 1
                    ? `Line ${start} was changed but no test ran it.`
                    : `Lines ${start}-${end} were changed but no test ran them.`,
            });
        }
    }
    all.sort((a, b) => b.endLine - b.startLine - (a.endLine - a.startLine) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.startLine - b.startLine);
    return { shown: all.slice(0, limit), leftOut: Math.max(0, all.length - limit) };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage-gate/report.js

const REPORT_SCHEMA = 'shipshape.coverage-gate/v1';
function buildReport(input) {
    const report = {
        schema: REPORT_SCHEMA,
        name: input.name,
        passed: input.gates.every((g) => g.passed),
        totals: input.totals,
        patch: input.patch && !('unavailable' in input.patch) ? input.patch : null,
        gates: input.gates,
        files: input.files.map((f) => ({ path: f.path, ...fileTotals(f) })),
        sources: input.sources,
        unmatched: input.unmatched,
    };
    if (input.patch && 'unavailable' in input.patch)
        report.patchUnavailable = input.patch.unavailable;
    if (input.commit)
        report.commit = input.commit;
    if (input.pullRequest !== undefined)
        report.pullRequest = input.pullRequest;
    return report;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage-gate/run.js







/** Reads the reports, measures, decides: the whole coverage gate without any GitHub side effect. */
async function runCoverageGate(options) {
    const loaded = await collectCoverage(options);
    if ('missing' in loaded)
        return { exitCode: EXIT.ok, annotations: [], annotationsLeftOut: 0, notes: [loaded.missing] };
    const notes = loaded.notes;
    const totals = computeTotals(loaded.files);
    let patch;
    if (options.changedLines) {
        const changed = await options.changedLines();
        patch = 'unavailable' in changed ? changed : { value: computePatchCoverage(loaded.files, changed.value) };
    }
    const baseline = options.gates.maxDrop === undefined
        ? undefined
        : options.baseline
            ? await options.baseline()
            : { unavailable: 'no coverage history to compare with (history: none)' };
    const gates = evaluateGates(options.gates, { totals, files: loaded.files, patch, baseline });
    const report = buildReport({
        name: options.name,
        commit: options.commit,
        pullRequest: options.pullRequest,
        totals,
        files: loaded.files,
        patch: patch === undefined ? undefined : 'unavailable' in patch ? patch : patch.value,
        gates,
        sources: loaded.sources,
        unmatched: loaded.unmatched,
    });
    const selected = report.patch ? selectAnnotations(report.patch) : { shown: [], leftOut: 0 };
    const failure = failureMessage(gates, options.name);
    return {
        exitCode: report.passed ? EXIT.ok : EXIT.gateFailed,
        report,
        failure,
        annotations: selected.shown,
        annotationsLeftOut: selected.leftOut,
        notes,
    };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/report/markdown.js
// Everything user-controlled (file names, URLs, messages from tools) reaches Markdown through
// these helpers, so a file called `@team <img src=x>.ts` can neither ping anyone nor inject HTML.
const ZERO_WIDTH_SPACE = '\u200b';
function breakMentions(text) {
    return text.replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}
/**
 * Escapes text for Markdown prose and table cells; `@` is broken so it can never mention.
 * `$` is escaped too: GitHub renders `$…$` as math, and Remix routes are named `$id.tsx`.
 */
function escapeText(text) {
    return breakMentions(text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+\-.!|~$]/g, (c) => `\\${c}`));
}
/** Escapes text inside raw HTML, where Markdown backslash escapes would show as written. */
function escapeHtmlText(text) {
    return breakMentions(text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
/** A code span safe inside table cells: pipes escaped, fence longer than any backtick run. */
function code(text) {
    const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // Markdown strips one space from each end of a code span that has both, so pad those as well.
    const spaced = flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '';
    const pad = flat.startsWith('`') || flat.endsWith('`') || spaced ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A link only for http(s) URLs; anything else is shown as escaped text. */
function markdown_link(text, url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return escapeText(text);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return escapeText(text);
    // The URL parser leaves `|`, `\` and quotes in queries (and its output is ASCII): a `|` would
    // split a table cell and a trailing `\` would escape the closing parenthesis, leaving plain text.
    const href = parsed.href.replace(/[()<>\s|\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeText(text)}](${href})`;
}
function table(headers, rows, align) {
    const rule = headers.map((_, i) => {
        const a = align?.[i] ?? 'l';
        return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(rule), ...rows.map(line)].join('\n');
}
/**
 * A collapsible section; the summary is escaped, the body is Markdown made by our renderers.
 * The summary sits inside an HTML block where GitHub shows backslash escapes literally (a
 * summary of "files (3 of 10)" came out as "files \(3 of 10\)"), so it gets HTML escaping.
 */
function details(summary, body) {
    return `<details><summary>${escapeHtmlText(summary)}</summary>\n\n${body}\n\n</details>`;
}
function pct(value) {
    return value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}%`;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage-gate/summary.js



const WORST_FILES = 10;
const PATCH_FILES = 25;
const UNMATCHED_SHOWN = 50;
function gateIcon(g) {
    if (g.skipped)
        return '⏭️';
    return g.passed ? '✅' : '❌';
}
function threshold(g) {
    return g.metric === 'drop' ? `≤ ${g.threshold} pts` : `≥ ${g.threshold}%`;
}
function actual(g) {
    if (g.actual === null)
        return 'n/a';
    return g.metric === 'drop' ? `${g.actual.toFixed(2)} pts` : `${g.actual.toFixed(2)}%`;
}
function totalsTable(report) {
    const rows = [];
    const metrics = report.totals.statements.total > 0
        ? ['statements', 'lines', 'branches', 'functions']
        : ['lines', 'branches', 'functions'];
    for (const m of metrics) {
        const t = report.totals[m];
        if (t.total === 0 && m !== 'lines')
            continue;
        rows.push([m, String(t.covered), String(t.total), `**${pct(t.pct)}**`]);
    }
    if (report.patch)
        rows.push([
            'patch (changed lines)',
            String(report.patch.covered),
            String(report.patch.total),
            `**${pct(report.patch.pct)}**`,
        ]);
    return table(['Metric', 'Covered', 'Total', 'Coverage'], rows, ['l', 'r', 'r', 'r']);
}
function gatesSection(gates) {
    if (gates.length === 0)
        return '_No gate configured._';
    return table(['', 'Gate', 'Threshold', 'Actual', 'Why'], gates.map((g) => [gateIcon(g), escapeText(g.title), threshold(g), actual(g), escapeText(g.reason)]), ['c', 'l', 'r', 'r', 'l']);
}
function rangesText(lines, max = 8) {
    const ranges = lineRanges(lines).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
    const shown = ranges.slice(0, max).join(', ');
    return ranges.length > max ? `${shown}, … (${ranges.length - max} more)` : shown;
}
function patchSection(report) {
    if (!report.patch)
        return report.patchUnavailable
            ? `_Patch coverage not measured: ${escapeText(report.patchUnavailable)}_`
            : '';
    const p = report.patch;
    const worst = p.files.filter((f) => f.uncoveredLines.length > 0);
    const lines = [`${p.covered} of ${p.total} changed executable lines are covered (${pct(p.pct)}).`];
    if (worst.length > 0) {
        lines.push('', table(['File', 'Patch', 'Uncovered changed lines'], worst
            .slice(0, PATCH_FILES)
            .map((f) => [code(f.path), pct(percent(f.covered, f.executable)), rangesText(f.uncoveredLines)]), ['l', 'r', 'l']));
        if (worst.length > PATCH_FILES)
            lines.push('', `_${worst.length - PATCH_FILES} more file(s) with uncovered changed lines are in the JSON report._`);
    }
    if (p.missingFiles.length > 0) {
        lines.push('', `Changed source files with no coverage data at all: ${p.missingFiles.slice(0, 20).map(code).join(', ')}${p.missingFiles.length > 20 ? ', …' : ''}`);
    }
    return lines.join('\n');
}
function worstFiles(report) {
    const ranked = report.files
        .filter((f) => f.lines.total > 0 && f.lines.pct !== null && f.lines.pct < 100)
        .sort((a, b) => (a.lines.pct ?? 0) - (b.lines.pct ?? 0) || b.lines.total - a.lines.total)
        .slice(0, WORST_FILES);
    if (ranked.length === 0)
        return '';
    return details(`Least covered files (${ranked.length} of ${report.files.length})`, table(['File', 'Lines', 'Uncovered'], ranked.map((f) => [code(f.path), pct(f.lines.pct), String(f.lines.total - f.lines.covered)]), ['l', 'r', 'r']));
}
/** The job summary of one coverage-gate run. */
function renderGateSummary(report, extras) {
    const title = report.name ? `Coverage gate: ${escapeText(report.name)}` : 'Coverage gate';
    const verdict = report.passed ? '✅ passed' : '❌ failed';
    const parts = [`## ${title} — ${verdict}`, totalsTable(report), '### Gates', gatesSection(report.gates)];
    const patch = patchSection(report);
    if (patch)
        parts.push('### Patch coverage', patch);
    const worst = worstFiles(report);
    if (worst)
        parts.push(worst);
    if (extras.annotationsLeftOut > 0) {
        parts.push(`_${extras.annotationsShown} uncovered changed range(s) are annotated on the diff; ${extras.annotationsLeftOut} more were left out because GitHub shows at most ${extras.annotationsShown} annotations per step (all are listed above and in the JSON report)._`);
    }
    if (report.unmatched.length > 0) {
        const shown = report.unmatched.slice(0, UNMATCHED_SHOWN).map((p) => `- ${code(p)}`);
        if (report.unmatched.length > UNMATCHED_SHOWN)
            shown.push(`- … ${report.unmatched.length - UNMATCHED_SHOWN} more`);
        parts.push(details(`${report.unmatched.length} file(s) in the reports match no tracked file (check working-directory or path mapping)`, shown.join('\n')));
    }
    const sources = report.sources.map((s) => `${code(s.file)} (${s.format}, ${s.files} files)`).join(', ');
    parts.push(`<sub>Read ${report.sources.length} report(s): ${sources}.</sub>`);
    for (const note of extras.notes)
        parts.push(`> ${escapeText(note)}`);
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/coverage-gate/text.js
function text_pct(value) {
    return value === null ? 'n/a' : `${value.toFixed(2)}%`;
}
/** Plain-text result for terminals and pre-commit hooks. */
function renderGateText(report, quiet) {
    const lines = [];
    if (!quiet) {
        const t = report.totals;
        const figures = [`lines ${text_pct(t.lines.pct)} (${t.lines.covered}/${t.lines.total})`];
        if (t.statements.total > 0)
            figures.push(`statements ${text_pct(t.statements.pct)}`);
        if (t.branches.total > 0)
            figures.push(`branches ${text_pct(t.branches.pct)}`);
        if (t.functions.total > 0)
            figures.push(`functions ${text_pct(t.functions.pct)}`);
        if (report.patch)
            figures.push(`patch ${text_pct(report.patch.pct)} (${report.patch.covered}/${report.patch.total})`);
        lines.push(`${report.name ? `${report.name}: ` : ''}${figures.join(', ')}`);
    }
    for (const gate of report.gates) {
        if (quiet && gate.passed)
            continue;
        const mark = gate.skipped ? 'skip' : gate.passed ? 'pass' : 'FAIL';
        lines.push(`  ${mark}  ${gate.title}: ${gate.reason}`);
    }
    if (!quiet || !report.passed)
        lines.push(report.passed ? 'coverage gate passed' : 'coverage gate FAILED');
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/git/diff.js
// Unified-diff reading: which lines of the new side of each file were added or modified.
// One hunk reader serves both a whole `git diff` and the per-file `patch` text the GitHub
// pull-request files API returns (hunks without file headers).
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** Thrown for text that is not a unified diff; the message names the line. */
class DiffParseError extends Error {
    name = 'DiffParseError';
}
/**
 * Reads consecutive hunks starting at lines[start], adding new-side line numbers of `+` lines to
 * `added`. Line counts from each header decide where a hunk ends, so a removed line reading
 * "-- x" (printed "--- x") is never mistaken for a file header. Returns the index after the hunks.
 */
function readHunks(lines, start, added, where) {
    let i = start;
    while (i < lines.length && lines[i].startsWith('@@')) {
        const header = lines[i];
        const m = HUNK_HEADER.exec(header);
        if (!m)
            throw new DiffParseError(`${where} line ${i + 1}: malformed hunk header '${clip(header)}'`);
        let oldLeft = m[2] === undefined ? 1 : Number(m[2]);
        let newLeft = m[4] === undefined ? 1 : Number(m[4]);
        let newLine = Number(m[3]);
        i++;
        while (oldLeft > 0 || newLeft > 0) {
            const line = lines[i];
            if (line === undefined) {
                throw new DiffParseError(`${where} line ${i + 1}: hunk '${clip(header)}' ends early (${oldLeft} old and ${newLeft} new lines missing)`);
            }
            const tag = line[0];
            if (tag === '+') {
                if (newLeft === 0)
                    throw tooMany(where, i, header);
                added.add(newLine);
                newLine++;
                newLeft--;
            }
            else if (tag === '-') {
                if (oldLeft === 0)
                    throw tooMany(where, i, header);
                oldLeft--;
            }
            else if (tag === ' ' || line === '') {
                // Some tools strip the lone space of an empty context line.
                if (oldLeft === 0 || newLeft === 0)
                    throw tooMany(where, i, header);
                newLine++;
                oldLeft--;
                newLeft--;
            }
            else if (tag !== '\\') {
                throw new DiffParseError(`${where} line ${i + 1}: unexpected '${clip(line)}' inside hunk '${clip(header)}'`);
            }
            i++;
        }
        // "\ No newline at end of file" follows the last line of a hunk.
        while (lines[i]?.startsWith('\\'))
            i++;
    }
    return i;
}
function tooMany(where, i, header) {
    return new DiffParseError(`${where} line ${i + 1}: more lines than hunk '${clip(header)}' announces`);
}
function clip(s) {
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
function splitLines(text) {
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
/**
 * New-side line numbers of the added lines in a GitHub API `patch` (hunks only, no file headers).
 * `where` names the file in error messages.
 */
function addedLinesOfPatch(patch, where = 'patch') {
    const lines = splitLines(patch);
    const added = new Set();
    const end = readHunks(lines, 0, added, where);
    if (end < lines.length) {
        throw new DiffParseError(`${where} line ${end + 1}: expected a hunk header, found '${clip(lines[end])}'`);
    }
    return added;
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * Reads a C-quoted path as git prints it ("sp\303\251cial.ts": octal escapes are UTF-8 bytes).
 * Returns the decoded value and the text after the closing quote.
 */
function unquoteGitPath(s) {
    if (!s.startsWith('"'))
        return { value: s, rest: '' };
    const bytes = [];
    let i = 1;
    while (i < s.length) {
        const c = s[i];
        if (c === '"') {
            return { value: Buffer.from(bytes).toString('utf8'), rest: s.slice(i + 1) };
        }
        if (c === '\\') {
            const next = s[i + 1] ?? '';
            const octal = /^[0-7]{3}/.exec(s.slice(i + 1, i + 4));
            if (octal) {
                bytes.push(Number.parseInt(octal[0], 8));
                i += 4;
            }
            else if (next in ESCAPES) {
                bytes.push(ESCAPES[next]);
                i += 2;
            }
            else {
                throw new DiffParseError(`bad escape '\\${next}' in quoted path ${s}`);
            }
            continue;
        }
        const cp = s.codePointAt(i);
        const ch = String.fromCodePoint(cp);
        bytes.push(...Buffer.from(ch, 'utf8'));
        i += ch.length;
    }
    throw new DiffParseError(`unterminated quoted path ${s}`);
}
/** A `---`/`+++` operand: quoted, or plain up to a tab (git adds one after names with spaces). */
function headerPath(operand) {
    if (operand.startsWith('"'))
        return unquoteGitPath(operand).value;
    const tab = operand.indexOf('\t');
    return tab === -1 ? operand : operand.slice(0, tab);
}
function stripPrefix(path, prefix) {
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
/** Both paths of a `diff --git a/x b/y` line when they can be told apart unambiguously. */
function diffGitPaths(rest) {
    if (rest.startsWith('"')) {
        const a = unquoteGitPath(rest);
        return {
            oldPath: stripPrefix(a.value, 'a/'),
            newPath: stripPrefix(headerPath(a.rest.trimStart()), 'b/'),
        };
    }
    // An unquoted name holds no '"', so a quote starts the second name.
    const quote = rest.indexOf(' "');
    if (quote !== -1) {
        return {
            oldPath: stripPrefix(rest.slice(0, quote), 'a/'),
            newPath: stripPrefix(unquoteGitPath(rest.slice(quote + 1)).value, 'b/'),
        };
    }
    const half = (rest.length - 1) / 2;
    if (Number.isInteger(half) &&
        rest[half] === ' ' &&
        rest.startsWith('a/') &&
        rest.slice(half + 1, half + 3) === 'b/') {
        const a = rest.slice(2, half);
        if (a === rest.slice(half + 3))
            return { oldPath: a, newPath: a };
    }
    const parts = rest.split(' b/');
    if (parts.length === 2 && parts[0].startsWith('a/'))
        return { oldPath: parts[0].slice(2), newPath: parts[1] };
    return {};
}
/** Every file of a unified diff (`git diff` output or plain `diff -u`), in order of appearance. */
function parseUnifiedDiffFiles(text) {
    const lines = splitLines(text);
    const files = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const gitHeader = line.startsWith('diff --git ');
        const plainHeader = !gitHeader && line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ');
        if (!gitHeader && !plainHeader) {
            i++; // preamble, "index" lines of plain diffs, commit messages of format-patch output
            continue;
        }
        const draft = {
            added: false,
            deleted: false,
            renamed: false,
            copied: false,
            binary: false,
            addedLines: new Set(),
            line: i + 1,
        };
        if (gitHeader) {
            Object.assign(draft, diffGitPaths(line.slice('diff --git '.length)));
            i++;
        }
        i = readExtendedHeaders(lines, i, draft, gitHeader);
        i = readHunks(lines, i, draft.addedLines, 'diff');
        files.push(finish(draft));
    }
    return files;
}
function readExtendedHeaders(lines, start, d, git) {
    let i = start;
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('@@') || line.startsWith('diff --git '))
            break;
        if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
            const oldSide = headerPath(line.slice(4));
            const newSide = headerPath(lines[i + 1].slice(4));
            const prefixed = oldSide.startsWith('a/') || newSide.startsWith('b/');
            if (oldSide === '/dev/null')
                d.added = true;
            else
                d.oldPath = prefixed || git ? stripPrefix(oldSide, 'a/') : oldSide;
            if (newSide === '/dev/null')
                d.deleted = true;
            else
                d.newPath = prefixed || git ? stripPrefix(newSide, 'b/') : newSide;
            return i + 2;
        }
        if (!git)
            break;
        if (line.startsWith('new file mode'))
            d.added = true;
        else if (line.startsWith('deleted file mode'))
            d.deleted = true;
        else if (line.startsWith('rename from ')) {
            d.renamed = true;
            d.oldPath = headerPath(line.slice('rename from '.length));
        }
        else if (line.startsWith('rename to ')) {
            d.renamed = true;
            d.newPath = headerPath(line.slice('rename to '.length));
        }
        else if (line.startsWith('copy from ')) {
            d.copied = true;
            d.oldPath = headerPath(line.slice('copy from '.length));
        }
        else if (line.startsWith('copy to ')) {
            d.copied = true;
            d.newPath = headerPath(line.slice('copy to '.length));
        }
        else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
            d.binary = true;
            if (line.startsWith('Binary files /dev/null and '))
                d.added = true;
            if (line.endsWith(' and /dev/null differ'))
                d.deleted = true;
            if (line === 'GIT binary patch') {
                while (i + 1 < lines.length && !lines[i + 1].startsWith('diff --git '))
                    i++;
            }
        }
        // index, mode and similarity lines carry nothing about changed lines
    }
    return i;
}
function finish(d) {
    const status = d.deleted
        ? 'deleted'
        : d.added
            ? 'added'
            : d.renamed
                ? 'renamed'
                : d.copied
                    ? 'copied'
                    : 'modified';
    const path = status === 'deleted' ? (d.oldPath ?? d.newPath) : (d.newPath ?? d.oldPath);
    if (path === undefined)
        throw new DiffParseError(`diff line ${d.line}: cannot tell which file this diff is for`);
    return {
        path,
        oldPath: status === 'added' ? null : (d.oldPath ?? path),
        status,
        binary: d.binary,
        addedLines: d.addedLines,
    };
}
/**
 * New-side line numbers of added lines per file. Deleted files are left out; renamed, binary and
 * empty new files are present (possibly with no lines) under their new path.
 */
function parseUnifiedDiff(text) {
    const result = new Map();
    for (const file of parseUnifiedDiffFiles(text)) {
        if (file.status !== 'deleted')
            result.set(file.path, file.addedLines);
    }
    return result;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/git/changed-lines.js
// Changed lines of a pull request from the local checkout, without the API. A shallow clone
// (actions/checkout's default depth is 1) lacks the merge-base, so history is deepened in bounded
// steps; when that fails the caller falls back to the pull-request files API.



const SHA = /^[0-9a-f]{7,64}$/i;
const FIRST_DEEPEN = 50;
function runGit(cwd, args, timeoutMs, log) {
    log.debug?.(`git ${args.join(' ')}`);
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', args, {
            cwd,
            timeout: timeoutMs,
            maxBuffer: 1024 * 1024 * 1024,
            // Never wait for credentials on a terminal that nobody watches.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        }, (error, stdout, stderr) => {
            if (!error) {
                resolve({ ok: true, stdout });
                return;
            }
            const e = error;
            const missingGit = e.code === 'ENOENT';
            const detail = missingGit
                ? 'git is not installed or not on PATH'
                : e.killed
                    ? `git ${args[0]} timed out after ${timeoutMs} ms`
                    : (stderr.trim().split('\n').at(-1) ?? '') || e.message;
            resolve({ ok: false, missingGit, detail });
        });
    });
}
async function changedLinesFromGit(o) {
    const { cwd, baseSha, headSha, log } = o;
    const timeoutMs = o.timeoutMs ?? 120_000;
    const remote = o.remote ?? 'origin';
    const git = (args) => runGit(cwd, args, timeoutMs, log);
    for (const [name, sha] of [
        ['base', baseSha],
        ['head', headSha],
    ]) {
        if (!SHA.test(sha))
            return { unavailable: `${name} '${sha}' is not a commit sha` };
    }
    if (!(0,external_node_fs_.existsSync)(cwd))
        return { unavailable: `directory ${cwd} does not exist` };
    const top = await git(['rev-parse', '--show-toplevel']);
    if (!top.ok)
        return { unavailable: top.missingGit ? top.detail : `${cwd} is not a git work tree (${top.detail})` };
    const mergeBase = async () => {
        const r = await git(['merge-base', baseSha, headSha]);
        return r.ok ? r.stdout.trim() : undefined;
    };
    let base = await mergeBase();
    if (base === undefined) {
        const fetched = await fetchHistory(git, { baseSha, headSha, remote, maxDeepen: o.maxDeepen ?? 5, log }, mergeBase);
        if ('unavailable' in fetched)
            return fetched;
        base = fetched.mergeBase;
    }
    const diff = await git([
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--no-relative',
        '--ignore-submodules=all',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--unified=0',
        '-M',
        base,
        headSha,
        '--',
    ]);
    if (!diff.ok)
        return { unavailable: `git diff ${base}..${headSha} failed: ${diff.detail}` };
    const files = new Map();
    const binary = [];
    let parsed;
    try {
        parsed = parseUnifiedDiffFiles(diff.stdout);
    }
    catch (err) {
        return { unavailable: `cannot read the output of git diff: ${err.message}` };
    }
    for (const file of parsed) {
        if (file.status === 'deleted')
            continue;
        files.set(file.path, file.addedLines);
        if (file.binary)
            binary.push(file.path);
    }
    log.debug?.(`git diff ${base}..${headSha}: ${files.size} changed files`);
    return { files, mergeBase: base, binary };
}
async function fetchHistory(git, o, mergeBase) {
    const { baseSha, headSha, remote, log } = o;
    const pair = `${baseSha.slice(0, 12)} and ${headSha.slice(0, 12)}`;
    const url = await git(['remote', 'get-url', remote]);
    if (!url.ok)
        return { unavailable: `merge-base of ${pair} is not in the clone and there is no remote '${remote}'` };
    const isShallow = async () => {
        const r = await git(['rev-parse', '--is-shallow-repository']);
        return r.ok && r.stdout.trim() === 'true';
    };
    const fetchArgs = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
    if (!(await isShallow())) {
        // A complete clone may simply not have the commits yet (e.g. a pull request from a fork).
        const r = await git([...fetchArgs, remote, baseSha, headSha]);
        if (!r.ok)
            return { unavailable: `fetching ${pair} from '${remote}' failed: ${r.detail}` };
        const found = await mergeBase();
        return found === undefined ? { unavailable: `${pair} have no common ancestor` } : { mergeBase: found };
    }
    let step = FIRST_DEEPEN;
    let total = 0;
    for (let round = 1; round <= o.maxDeepen; round++) {
        log.info(`Shallow clone lacks the merge-base of ${pair}; fetching ${step} more commits (round ${round})`);
        const r = await git([...fetchArgs, `--deepen=${step}`, remote, baseSha, headSha]);
        if (!r.ok)
            return { unavailable: `deepening the clone from '${remote}' failed: ${r.detail}` };
        total += step;
        const found = await mergeBase();
        if (found !== undefined)
            return { mergeBase: found };
        if (!(await isShallow()))
            return { unavailable: `${pair} have no common ancestor` };
        step *= 2;
    }
    return {
        unavailable: `merge-base of ${pair} not found after deepening the clone by ${total} commits; ` +
            'set fetch-depth: 0 on actions/checkout to diff locally',
    };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/git/resolve-ref.js



const resolve_ref_run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
/** The commit sha a ref names (branch, tag, `HEAD~2`, `origin/main`); the input is named on failure. */
async function resolveCommit(cwd, ref, input) {
    if (ref.startsWith('-'))
        throw new errors_InputError(input, `'${ref}' is not a git ref`);
    try {
        const { stdout } = await resolve_ref_run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd });
        return stdout.trim();
    }
    catch {
        throw new errors_InputError(input, `'${ref}' does not name a commit in ${cwd} (fetch it first, e.g. git fetch origin main)`);
    }
}

;// CONCATENATED MODULE: ./.tmp/build-cli/cli/coverage-gate.js











const coverage_gate_HELP = `Usage: shipshape coverage-gate [flags]

  --files <globs>           reports to read (repeatable or comma-separated); default: discover
  --format <f>              auto | lcov | go | istanbul | istanbul-summary | cobertura (default auto)
  --min-lines <pct>         minimum line coverage (default 80; 0 turns it off)
  --min-branches <pct>      --min-functions <pct>      --min-statements <pct>
  --thresholds <rules>      per-path rules, e.g. 'services/api/**: lines=85' (repeatable)
  --min-patch <pct>         minimum coverage of lines changed since --base
  --base <ref>              measure patch coverage of <ref>...HEAD (local git diff)
  --name <name>             instance name shown in the output
  --if-no-files <b>         error | warn | ignore (default error)
  --working-directory <d>   where the tests ran (default .)
  --report <file>           write the JSON report here
  --markdown                print the Markdown job summary instead of plain text
  --quiet                   print only failures

Exit codes: 0 passed, 1 a gate failed, 2 bad input, 3 internal error.`;
const FLAGS = {
    files: { type: 'string', multiple: true },
    format: { type: 'string' },
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
    'working-directory': { type: 'string' },
    report: { type: 'string' },
    markdown: { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
function stderrLogger(quiet) {
    return {
        info: (m) => {
            if (!quiet)
                process.stderr.write(`${m}\n`);
        },
        warning: (m) => process.stderr.write(`warning: ${m}\n`),
        debug: () => { },
    };
}
async function runCoverageGateCli(argv) {
    try {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
        }
        catch (error) {
            throw new errors_InputError('flags', `${error.message}\n\n${coverage_gate_HELP}`);
        }
        const { values, positionals } = parsed;
        if (values.help) {
            process.stdout.write(`${coverage_gate_HELP}\n`);
            return 0;
        }
        const source = {
            get(name) {
                const value = values[name];
                if (Array.isArray(value))
                    return value.join(name === 'thresholds' ? '\n' : ',');
                return typeof value === 'string' ? value.trim() : '';
            },
        };
        if (positionals.length > 0 && !values.files)
            values.files = positionals;
        const inputs = readGateInputs(source);
        const log = stderrLogger(values.quiet ?? false);
        const workspace = process.cwd();
        const base = values.base ? await resolveCommit(workspace, values.base, 'base') : undefined;
        const head = base ? await resolveCommit(workspace, 'HEAD', 'base') : undefined;
        const outcome = await runCoverageGate({
            ...inputs,
            workspace,
            log,
            changedLines: base && head
                ? async () => {
                    const diff = await changedLinesFromGit({ cwd: workspace, baseSha: base, headSha: head, log });
                    return 'unavailable' in diff ? diff : { value: diff.files };
                }
                : undefined,
        });
        if (values.report && outcome.report) {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(values.report), `${JSON.stringify(outcome.report, null, 2)}\n`);
        }
        if (outcome.report) {
            const out = values.markdown
                ? renderGateSummary(outcome.report, {
                    annotationsShown: 0,
                    annotationsLeftOut: 0,
                    notes: outcome.notes,
                })
                : renderGateText(outcome.report, values.quiet ?? false);
            if (out)
                process.stdout.write(out);
        }
        return outcome.exitCode;
    }
    catch (error) {
        const { exitCode, message } = classifyFailure(error);
        process.stderr.write(`shipshape coverage-gate: ${message}\n`);
        return exitCode;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./.tmp/build-cli/shared/history/record.js
// One measurement of one thing (a coverage total, a benchmark, a page's vitals) at one commit, as
// every shipshape action stores it. Stored as JSON Lines so that a damaged line costs one record.

const HISTORY_SCHEMA = 'shipshape.history/v1';
const SCHEMA_PATTERN = /^shipshape\.history\/v(\d+)$/;
const SUPPORTED_VERSION = 1;
/** Per source; a file that is garbage throughout would otherwise bury the log. */
const MAX_WARNINGS_PER_SOURCE = 10;
function runnerFingerprint() {
    const model = cpus()[0]?.model ?? '';
    return {
        os: `${platform()}/${arch()}`,
        cpu: model.trim().replace(/\s+/g, ' ') || 'unknown',
        cores: availableParallelism(),
    };
}
/** Two records with the same key describe the same run attempt and are duplicates. */
function recordKey(r) {
    return JSON.stringify([r.kind, r.name, r.repo, r.branch, r.sha, r.runId, r.runAttempt]);
}
function record_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Returns a description of the first thing wrong with `v`, or undefined when it is a valid v1 record. */
function shapeError(v) {
    for (const field of ['kind', 'name', 'repo', 'branch', 'sha']) {
        if (typeof v[field] !== 'string' || v[field] === '')
            return `'${field}' must be a non-empty string`;
    }
    if (!Number.isSafeInteger(v.runId) || v.runId < 0)
        return `'runId' must be a whole number`;
    if (!Number.isSafeInteger(v.runAttempt) || v.runAttempt < 0) {
        return `'runAttempt' must be a whole number`;
    }
    if (typeof v.time !== 'string' || Number.isNaN(Date.parse(v.time)))
        return `'time' must be an ISO date`;
    const runner = v.runner;
    if (!record_isObject(runner))
        return `'runner' must be an object`;
    if (typeof runner.os !== 'string' || typeof runner.cpu !== 'string' || typeof runner.cores !== 'number') {
        return `'runner' must have os, cpu (strings) and cores (number)`;
    }
    if (!record_isObject(v.metrics))
        return `'metrics' must be an object`;
    for (const [metric, value] of Object.entries(v.metrics)) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            return `metric '${metric}' must be a finite number`;
    }
    if (v.detail !== undefined && !record_isObject(v.detail))
        return `'detail' must be an object`;
    if (v.meta !== undefined) {
        if (!record_isObject(v.meta))
            return `'meta' must be an object`;
        for (const [key, value] of Object.entries(v.meta)) {
            if (!['string', 'number', 'boolean'].includes(typeof value)) {
                return `meta '${key}' must be a string, number or boolean`;
            }
        }
    }
    return undefined;
}
/**
 * Reads JSON Lines written by any shipshape version. Lines that cannot be used (corrupt JSON, a
 * record from a newer schema, a shape error) are skipped with a warning naming `source` and the
 * line; the rest are kept. Never throws.
 */
function record_parseRecords(text, source, log) {
    const records = [];
    let skipped = 0;
    const skip = (line, why) => {
        skipped++;
        if (skipped <= MAX_WARNINGS_PER_SOURCE)
            log.warning(`${source}:${line}: ${why}; record skipped`);
    };
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            const truncated = index === lines.length - 1 && !text.endsWith('\n');
            skip(index + 1, truncated ? 'last line is cut short (truncated file?)' : 'not valid JSON');
            return;
        }
        if (!record_isObject(value)) {
            skip(index + 1, 'not a JSON object');
            return;
        }
        const schema = value.schema;
        const version = typeof schema === 'string' ? SCHEMA_PATTERN.exec(schema)?.[1] : undefined;
        if (version === undefined) {
            skip(index + 1, `schema ${JSON.stringify(schema)} is not a shipshape history schema`);
            return;
        }
        if (Number(version) > SUPPORTED_VERSION) {
            skip(index + 1, `schema ${schema} was written by a newer shipshape; this one reads ${HISTORY_SCHEMA}`);
            return;
        }
        if (Number(version) !== SUPPORTED_VERSION) {
            skip(index + 1, `schema ${schema} is not supported`);
            return;
        }
        const problem = shapeError(value);
        if (problem) {
            skip(index + 1, problem);
            return;
        }
        // Unknown fields are kept so that carrying a newer v1 writer's records forward loses nothing.
        records.push(value);
    });
    if (skipped > MAX_WARNINGS_PER_SOURCE) {
        log.warning(`${source}: ${skipped} records skipped in all (only the first ${MAX_WARNINGS_PER_SOURCE} shown)`);
    }
    return { records, skipped };
}
/**
 * One record per line, newline-terminated. Throws on a record that would not read back (a metric
 * that is NaN or infinite turns into null in JSON), so bad data is caught where it is made.
 */
function record_serializeRecords(records) {
    let out = '';
    for (const r of records) {
        const problem = r.schema === HISTORY_SCHEMA ? shapeError(r) : 'wrong schema';
        if (problem)
            throw new Error(`history record ${r.kind}/${r.name} at ${r.sha}: ${problem}`);
        out += `${JSON.stringify(r)}\n`;
    }
    return out;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/history/store.js
// What every history backend offers, and the pure merging rules they share.

const DEFAULT_KEEP = 500;
function timeOf(r) {
    return Date.parse(r.time);
}
function byTime(a, b) {
    const d = timeOf(a) - timeOf(b);
    if (d !== 0)
        return d;
    const ka = recordKey(a);
    const kb = recordKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}
/** The union of several reads by recordKey, oldest first. Of two duplicates the later-timed wins. */
function store_mergeRecords(lists) {
    const seen = new Map();
    for (const list of lists) {
        for (const r of list) {
            const key = recordKey(r);
            const previous = seen.get(key);
            if (!previous || timeOf(r) >= timeOf(previous))
                seen.set(key, r);
        }
    }
    return [...seen.values()].sort(byTime);
}
/** The newest `keep` records of each kind and name among `existing` plus `newRecords`, oldest first. */
function store_carryForward(existing, newRecords, keep = DEFAULT_KEEP) {
    if (!Number.isSafeInteger(keep) || keep < 1)
        throw new Error(`keep must be a whole number ≥ 1, got ${keep}`);
    const merged = store_mergeRecords([existing, newRecords]);
    const groups = new Map();
    for (const r of merged) {
        const group = JSON.stringify([r.kind, r.name]);
        const list = groups.get(group) ?? [];
        list.push(r);
        groups.set(group, list);
    }
    return [...groups.values()].flatMap((list) => withoutOldDetail(list.slice(-keep))).sort(byTime);
}
/** How many of the newest records of a kind and name keep their `detail` when carried forward. */
const DETAIL_KEEP = 20;
function withoutOldDetail(list) {
    return list.map((r, i) => {
        if (r.detail === undefined || i >= list.length - DETAIL_KEEP)
            return r;
        const { detail: _dropped, ...rest } = r;
        return rest;
    });
}
function store_matching(records, q) {
    return records.filter((r) => r.kind === q.kind && r.name === q.name);
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/dashboard/load.js
// Reads every history record under the given folders (any depth, as `actions/download-artifact`
// lays artifacts out) or files. Damaged lines are skipped with a warning naming file and line, as
// everywhere else history is read; a path that does not exist is an input error.





const MAX_DEPTH = 6;
async function jsonlFiles(dir, depth) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const out = [];
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        // Dot files are the folder backend's half-written temporaries.
        if (e.name.startsWith('.'))
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory() && depth < MAX_DEPTH)
            out.push(...(await jsonlFiles(path, depth + 1)));
        else if (e.isFile() && e.name.endsWith('.jsonl'))
            out.push(path);
    }
    return out;
}
async function loadHistory(paths, log) {
    const files = [];
    for (const path of paths) {
        let info;
        try {
            info = await (0,promises_.stat)(path);
        }
        catch (error) {
            const code = error.code;
            throw new errors_InputError('history', `${path}: ${code === 'ENOENT' ? 'no such file or folder' : code}`);
        }
        files.push(...(info.isDirectory() ? await jsonlFiles(path, 0) : [path]));
    }
    const lists = [];
    let skipped = 0;
    for (const file of files) {
        const parsed = record_parseRecords(await (0,promises_.readFile)(file, 'utf8'), file, log);
        lists.push(parsed.records);
        skipped += parsed.skipped;
    }
    return { records: store_mergeRecords(lists), files, skipped };
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/dashboard/labels.js
// How known metrics are named, measured and judged on the dashboard. Anything not listed here is
// still charted, under its own name, so a new kind or metric shows up without a code change.
const labels_pct = (label) => ({ label, unit: '%', better: 'higher', digits: 2 });
const ms = (label) => ({ label, unit: 'ms', better: 'lower', digits: 1 });
/** Per kind, in the order the dashboard shows them. */
const KNOWN = {
    coverage: {
        lines: labels_pct('Lines'),
        statements: labels_pct('Statements'),
        branches: labels_pct('Branches'),
        functions: labels_pct('Functions'),
        patch: labels_pct('Patch'),
    },
    perf: {
        p50: ms('Latency p50'),
        p75: ms('Latency p75'),
        p90: ms('Latency p90'),
        p95: ms('Latency p95'),
        p99: ms('Latency p99'),
        mean: ms('Latency mean'),
        rps: { label: 'Throughput', unit: 'req/s', better: 'higher', digits: 1 },
        errors: { label: 'Errors', unit: '', better: 'lower', digits: 0 },
    },
    vitals: {
        performance: { label: 'Performance score', unit: '', better: 'higher', digits: 2 },
        lcp: ms('Largest Contentful Paint'),
        fcp: ms('First Contentful Paint'),
        cls: { label: 'Cumulative Layout Shift', unit: '', better: 'lower', digits: 3 },
        tbt: ms('Total Blocking Time'),
        ttfb: ms('Time to First Byte'),
        si: ms('Speed Index'),
    },
    uptime: {
        uptime: labels_pct('Uptime'),
        response_time: ms('Response time'),
    },
};
/** The order kinds appear in; other kinds follow alphabetically. */
const KIND_ORDER = ['coverage', 'perf', 'vitals', 'uptime'];
const KIND_TITLES = {
    coverage: 'Coverage',
    perf: 'Performance',
    vitals: 'Web vitals',
    uptime: 'Uptime',
};
function kindTitle(kind) {
    return KIND_TITLES[kind] ?? kind;
}
function metricInfo(kind, key) {
    const known = KNOWN[kind]?.[key];
    if (known)
        return { key, ...known };
    return { key, label: key, unit: '', digits: 3 };
}
/** Known metrics of the kind first, in their listed order, then the rest by name. */
function orderMetrics(kind, keys) {
    const known = Object.keys(KNOWN[kind] ?? {});
    const rank = (k) => {
        const i = known.indexOf(k);
        return i < 0 ? known.length : i;
    };
    return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
function compareKinds(a, b) {
    const rank = (k) => {
        const i = KIND_ORDER.indexOf(k);
        return i < 0 ? KIND_ORDER.length : i;
    };
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
function formatValue(value, info) {
    const text = value.toLocaleString('en-US', { maximumFractionDigits: info.digits, useGrouping: false });
    if (info.unit === '')
        return text;
    return info.unit === '%' ? `${text}%` : `${text} ${info.unit}`;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/dashboard/verdict.js
const FAIL = /\b(fail|failed|failure|failing|regression|regressed|down|error|errors|breach|breached|critical)\b/;
const WARN = /\b(warn|warning|inconclusive|degraded|flaky|unknown|skipped)\b/;
const PASS = /\b(pass|passed|ok|success|succeeded|improvement|improved|no change|unchanged|up|healthy|within budget)\b/;
function classifyVerdict(text) {
    const words = text.toLowerCase().replace(/[_-]+/g, ' ');
    if (/\bno (regression|failures?|errors?)\b/.test(words))
        return 'pass';
    if (FAIL.test(words))
        return 'fail';
    if (WARN.test(words))
        return 'warn';
    if (PASS.test(words))
        return 'pass';
    return 'info';
}
function fromBoolean(passed) {
    return passed ? { text: 'passed', status: 'pass' } : { text: 'failed', status: 'fail' };
}
function verdictOf(record) {
    const { verdict, passed } = record.meta ?? {};
    if (typeof verdict === 'string' && verdict.trim() !== '') {
        const text = verdict.trim().slice(0, 80);
        return { text, status: classifyVerdict(text) };
    }
    if (typeof verdict === 'boolean')
        return fromBoolean(verdict);
    if (typeof passed === 'boolean')
        return fromBoolean(passed);
    if (passed === 'true' || passed === 'false')
        return fromBoolean(passed === 'true');
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/dashboard/model.js



const DASHBOARD_SCHEMA = 'shipshape.dashboard/v1';
const DEFAULT_MAX_SERIES = 8;
const DEFAULT_MAX_POINTS = 500;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const model_SHA = /^[0-9a-fA-F]{7,64}$/;
/** http(s) URL without userinfo, query or fragment, which can carry tokens; undefined otherwise. */
function safeTarget(value) {
    if (typeof value !== 'string')
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return undefined;
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString();
}
function links(r, serverUrl) {
    if (!REPO.test(r.repo))
        return {};
    const base = `${serverUrl.replace(/\/+$/, '')}/${r.repo}`;
    return {
        commitUrl: model_SHA.test(r.sha) ? `${base}/commit/${r.sha}` : undefined,
        runUrl: r.runId > 0 ? `${base}/actions/runs/${r.runId}` : undefined,
    };
}
function slug(text) {
    return (text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40) || 'x');
}
function groupBy(items, key) {
    const out = new Map();
    for (const item of items) {
        const k = key(item);
        const list = out.get(k);
        if (list)
            list.push(item);
        else
            out.set(k, [item]);
    }
    return out;
}
function toPoint(r) {
    const verdict = verdictOf(r);
    return {
        t: Date.parse(r.time),
        sha: r.sha,
        runId: r.runId,
        v: { ...r.metrics },
        ...(verdict && { verdict }),
    };
}
function toLatest(r, before, serverUrl) {
    const verdict = verdictOf(r);
    const target = safeTarget(r.meta?.url);
    return {
        time: r.time,
        sha: r.sha,
        runId: r.runId,
        runAttempt: r.runAttempt,
        metrics: { ...r.metrics },
        ...(before && { previous: { ...before.metrics } }),
        ...(verdict && { verdict }),
        ...links(r, serverUrl),
        ...(target && { target }),
    };
}
function branchRank(branch, preferred) {
    const i = preferred.indexOf(branch);
    return i < 0 ? preferred.length : i;
}
function shapeDashboard(records, o) {
    const maxSeries = o.maxSeries ?? DEFAULT_MAX_SERIES;
    const maxPoints = o.maxPoints ?? DEFAULT_MAX_POINTS;
    const serverUrl = o.serverUrl ?? 'https://github.com';
    const preferred = o.defaultBranch ? [o.defaultBranch] : ['main', 'master'];
    // Oldest first without duplicates, whatever order the sources came in.
    const all = store_mergeRecords([records]);
    const sections = [];
    let index = 0;
    const byKind = groupBy(all, (r) => r.kind);
    for (const kind of [...byKind.keys()].sort(compareKinds)) {
        const groups = [];
        const byName = groupBy(byKind.get(kind) ?? [], (r) => r.name);
        for (const name of [...byName.keys()].sort()) {
            const list = byName.get(name) ?? [];
            const multiRepo = new Set(list.map((r) => r.repo)).size > 1;
            const series = [];
            for (const runs of groupBy(list, (r) => JSON.stringify([r.repo, r.branch])).values()) {
                const kept = runs.slice(-maxPoints);
                const last = kept[kept.length - 1];
                series.push({
                    branch: last.branch,
                    repo: last.repo,
                    label: multiRepo ? `${last.repo} ${last.branch}` : last.branch,
                    points: kept.map(toPoint),
                    latest: toLatest(last, kept[kept.length - 2], serverUrl),
                });
            }
            series.sort((a, b) => branchRank(a.branch, preferred) - branchRank(b.branch, preferred) ||
                Date.parse(b.latest.time) - Date.parse(a.latest.time) ||
                (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
            const shown = series.slice(0, maxSeries);
            const metrics = orderMetrics(kind, shown.flatMap((s) => s.points.flatMap((p) => Object.keys(p.v)))).map((key) => metricInfo(kind, key));
            groups.push({
                id: `${slug(`${kind}-${name}`)}-${index++}`,
                kind,
                name,
                metrics,
                series: shown,
                omittedSeries: series.slice(maxSeries).map((s) => s.label),
            });
        }
        sections.push({ kind, title: kindTitle(kind), groups });
    }
    return {
        schema: DASHBOARD_SCHEMA,
        title: o.title,
        generatedAt: o.generatedAt,
        records: all.length,
        repos: [...new Set(all.map((r) => r.repo))].sort(),
        sections,
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
;// CONCATENATED MODULE: ./.tmp/build-cli/shared/dashboard/assets.js
// The files the site needs besides index.html. Each is read from where it lies next to this module
// or, once compiled to build/, next to the sources; the `new URL(<literal>, import.meta.url)` form
// lets ncc find and copy whichever exists into the bundle's folder, so dist/cli/index.js carries
// them too. For the candidate that does not exist at build time webpack emits a small stub file
// instead, which reads back fine: a marker each asset must contain tells the real file apart. The charting library is the version package.json
// pins, copied as published.


function firstReadable(what, marker, candidates) {
    for (const url of candidates) {
        try {
            const text = (0,external_node_fs_.readFileSync)(url, 'utf8');
            if (text.includes(marker))
                return text;
        }
        catch {
            // not here; try the next place
        }
    }
    const tried = candidates.map((u) => (u.protocol === 'file:' ? (0,external_node_url_.fileURLToPath)(u) : u.href)).join(', ');
    throw new Error(`dashboard asset ${what} is missing (looked in ${tried}); reinstall or rebuild shipshape`);
}
function dashboardAssets() {
    return [
        {
            path: 'assets/chart.umd.min.js',
            content: firstReadable('chart.umd.min.js', 'Chart.js v4', [
                new URL(/* asset import */ __nccwpck_require__(22613), __nccwpck_require__.b),
                new URL(/* asset import */ __nccwpck_require__(99540), __nccwpck_require__.b),
            ]),
        },
        {
            path: 'assets/dashboard.js',
            content: firstReadable('dashboard.js', 'shipshape dashboard', [
                new URL(/* asset import */ __nccwpck_require__(98524), __nccwpck_require__.b),
                new URL(/* asset import */ __nccwpck_require__(89941), __nccwpck_require__.b),
            ]),
        },
        {
            path: 'assets/dashboard.css',
            content: firstReadable('dashboard.css', '.canvas-box', [
                new URL(/* asset import */ __nccwpck_require__(71782), __nccwpck_require__.b),
                new URL(/* asset import */ __nccwpck_require__(74325), __nccwpck_require__.b),
            ]),
        },
    ];
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/dashboard/escape.js
// Everything from history records (names, branches, SHAs, URLs, verdicts) reaches the page through
// these two functions: as escaped HTML text or attribute values, or as JSON inside a script element.
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Safe as element text and as a quoted attribute value. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
/**
 * JSON for `<script type="application/json">`: `<` is written as `\u003c` so that no value can close
 * the element or open a comment; `>` and `&` likewise, and the two line separators JavaScript
 * parsers once rejected. JSON.parse reads the escapes back as the original characters.
 */
function jsonForScript(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/dashboard/render.js
// The dashboard page. Tables of the latest values are plain HTML, so the page says what matters
// without JavaScript; the charts are drawn by assets/dashboard.js from the data embedded as JSON.


const DATA_ELEMENT_ID = 'dashboard-data';
/** Scripts and styles come only from the site itself; nothing from records can run. */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
    "base-uri 'none'; form-action 'none'";
function when(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime()))
        return escapeHtml(iso);
    const text = `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    return `<time datetime="${escapeHtml(d.toISOString())}">${text}</time>`;
}
function render_link(href, inner) {
    return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
}
function delta(now, before, m) {
    if (before === undefined || now === before)
        return '';
    const change = now - before;
    const improved = m.better === undefined ? undefined : change > 0 === (m.better === 'higher');
    const tone = improved === undefined ? 'neutral' : improved ? 'good' : 'bad';
    const sign = change > 0 ? '+' : '−';
    const arrow = change > 0 ? '▲' : '▼';
    const size = formatValue(Math.abs(change), m);
    return ` <span class="delta delta-${tone}" title="change since the previous run">${arrow} ${sign}${escapeHtml(size)}</span>`;
}
function latestRow(s, metrics) {
    const l = s.latest;
    const commit = render_link(l.commitUrl, `<code>${escapeHtml(l.sha.slice(0, 7))}</code>`);
    const run = l.runUrl ? ` ${render_link(l.runUrl, 'run')}` : '';
    const cells = metrics.map((m) => {
        const value = l.metrics[m.key];
        if (value === undefined)
            return '<td class="num missing">–</td>';
        return `<td class="num">${escapeHtml(formatValue(value, m))}${delta(value, l.previous?.[m.key], m)}</td>`;
    });
    const verdict = l.verdict
        ? `<span class="verdict verdict-${l.verdict.status}">${escapeHtml(l.verdict.text)}</span>`
        : '<span class="verdict verdict-none">–</span>';
    return (`<tr><th scope="row">${escapeHtml(s.label)}</th><td>${commit}${run}</td><td>${when(l.time)}</td>` +
        `${cells.join('')}<td>${verdict}</td></tr>`);
}
function chartCaption(m) {
    return m.unit ? `${escapeHtml(m.label)} <span class="unit">(${escapeHtml(m.unit)})</span>` : escapeHtml(m.label);
}
function renderGroup(g) {
    const head = g.metrics.map((m) => `<th scope="col" class="num">${chartCaption(m)}</th>`).join('');
    const rows = g.series.map((s) => latestRow(s, g.metrics)).join('\n');
    const omitted = g.omittedSeries.length > 0
        ? `<p class="omitted">Not charted (less recently measured): ${g.omittedSeries.map(escapeHtml).join(', ')}</p>`
        : '';
    const charts = g.metrics
        .map((m, i) => `<figure class="chart"><figcaption>${chartCaption(m)}</figcaption>` +
        `<div class="canvas-box"><canvas data-group="${escapeHtml(g.id)}" data-metric="${i}" role="img" ` +
        `aria-label="${escapeHtml(`${m.label} of ${g.name} over time, per branch`)}"></canvas></div></figure>`)
        .join('\n');
    const targets = [...new Set(g.series.flatMap((s) => (s.latest.target ? [s.latest.target] : [])))];
    const target = targets.length > 0
        ? `<p class="target">Target: ${targets.map((t) => render_link(t, escapeHtml(t))).join(', ')}</p>\n`
        : '';
    return `<article class="group" id="${escapeHtml(g.id)}">
<h3>${escapeHtml(g.name)} <span class="kind">${escapeHtml(g.kind)}</span></h3>
${target}<div class="table-wrap"><table class="latest">
<caption>Latest run per branch</caption>
<thead><tr><th scope="col">Branch</th><th scope="col">Commit</th><th scope="col">When</th>${head}<th scope="col">Verdict</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
${omitted}
<div class="charts">
${charts}
</div>
</article>`;
}
function renderNav(data) {
    const items = data.sections.map((s) => `<li><strong>${escapeHtml(s.title)}</strong>: ${s.groups
        .map((g) => `<a href="#${escapeHtml(g.id)}">${escapeHtml(g.name)}</a>`)
        .join(', ')}</li>`);
    return `<nav aria-label="Contents"><ul>${items.join('')}</ul></nav>`;
}
function renderDashboardHtml(data) {
    const sections = data.sections
        .map((s, i) => `<section class="kind-section" id="kind-${i}">\n<h2>${escapeHtml(s.title)}</h2>\n` +
        `${s.groups.map(renderGroup).join('\n')}\n</section>`)
        .join('\n');
    const repos = data.repos.length > 0 ? ` for ${data.repos.map((r) => `<code>${escapeHtml(r)}</code>`).join(', ')}` : '';
    const body = data.sections.length > 0
        ? `${renderNav(data)}\n</header>\n<main>\n<noscript><p class="notice">Charts need JavaScript; the tables show the latest values.</p></noscript>\n<p id="chart-status" class="notice" hidden></p>\n${sections}\n</main>`
        : '</header>\n<main>\n<p class="empty">No history records were found. Records appear here once the actions have stored history on a branch.</p>\n</main>';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="shipshape dashboard">
<title>${escapeHtml(data.title)}</title>
<link rel="stylesheet" href="assets/dashboard.css">
</head>
<body>
<header>
<h1>${escapeHtml(data.title)}</h1>
<p class="meta">${data.records} record${data.records === 1 ? '' : 's'}${repos}; generated ${when(data.generatedAt)}.</p>
${body}
<footer><p>Made by shipshape from its history store. Charts: Chart.js (MIT).</p></footer>
<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(data)}</script>
<script src="assets/chart.umd.min.js"></script>
<script src="assets/dashboard.js"></script>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/dashboard/site.js
// Writes the static site: index.html, its assets, data.json (the same data, for other tools) and
// .nojekyll so GitHub Pages serves the files as they are.




async function writeDashboardSite(outDir, data) {
    const files = [
        { path: 'index.html', content: renderDashboardHtml(data) },
        { path: 'data.json', content: `${JSON.stringify(data, null, 2)}\n` },
        { path: '.nojekyll', content: '' },
        ...dashboardAssets(),
    ];
    for (const f of files) {
        const target = (0,external_node_path_.join)(outDir, f.path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.writeFile)(target, f.content, 'utf8');
    }
    return files.map((f) => f.path);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./.tmp/build-cli/shared/history/names.js
// Names for files, artifacts and cache keys derived from a record's kind and name. Each part is
// reduced to [A-Za-z0-9_] so that '-' can separate parts unambiguously, which cache restore-key
// prefixes rely on: the prefix for name 'api' must not also match name 'api-v2'.

const MAX_PART = 60;
function safePart(value) {
    const cleaned = value.replace(/[^A-Za-z0-9_]+/g, '_').slice(0, MAX_PART);
    if (cleaned === value)
        return cleaned;
    // Different names must stay different after cleaning ('a-b' and 'a_b', or two long names).
    const hash = createHash('sha256').update(value).digest('hex').slice(0, 8);
    return `${cleaned}_${hash}`;
}
/** `<kind>-<name>`, safe as a file name, an artifact name and a cache key part. */
function names_historyId(q) {
    return `${safePart(q.kind)}-${safePart(q.name)}`;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(38522);
;// CONCATENATED MODULE: ./.tmp/build-cli/shared/history/zip.js
// Reads the small zip archives artifacts are stored as. The artifact client can unpack them itself,
// but it retries a damaged archive for half a minute and then reports only that it failed; here a
// damaged archive is one clear warning, and nothing is written outside memory.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** History files hold a few hundred records; anything near this is not one of ours. */
const MAX_ENTRY_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
function zip_isZip(data) {
    return data.length >= 4 && data.readUInt32LE(0) === LOCAL;
}
function findEndOfCentralDirectory(buf) {
    const last = buf.length - 22;
    const first = Math.max(0, last - 0xffff);
    for (let at = last; at >= first; at--) {
        if (buf.readUInt32LE(at) === EOCD)
            return at;
    }
    throw new Error('not a complete zip archive (no end-of-central-directory record; truncated?)');
}
/** Every file in the archive; throws with a one-line reason when the archive is damaged. */
function zip_readZip(buf) {
    if (buf.length < 22)
        throw new Error(`not a zip archive (${buf.length} bytes)`);
    const eocd = findEndOfCentralDirectory(buf);
    const count = buf.readUInt16LE(eocd + 10);
    const size = buf.readUInt32LE(eocd + 12);
    let at = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || size === 0xffffffff || at === 0xffffffff)
        throw new Error('zip64 archives are not supported');
    if (at + size > eocd)
        throw new Error('zip central directory lies outside the archive (truncated?)');
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
            throw new Error(`zip entry ${i + 1}: bad header`);
        const flags = buf.readUInt16LE(at + 8);
        const method = buf.readUInt16LE(at + 10);
        const crc = buf.readUInt32LE(at + 16);
        const compressed = buf.readUInt32LE(at + 20);
        const uncompressed = buf.readUInt32LE(at + 24);
        const nameLength = buf.readUInt16LE(at + 28);
        const next = at + 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
        const localAt = buf.readUInt32LE(at + 42);
        const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
        at = next;
        if (name.endsWith('/'))
            continue;
        if (flags & 1)
            throw new Error(`zip entry ${name}: encrypted`);
        if (uncompressed > MAX_ENTRY_BYTES)
            throw new Error(`zip entry ${name}: ${uncompressed} bytes is too large`);
        if (localAt + 30 > buf.length || buf.readUInt32LE(localAt) !== LOCAL) {
            throw new Error(`zip entry ${name}: bad local header`);
        }
        const start = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
        if (start + compressed > buf.length)
            throw new Error(`zip entry ${name}: data runs past the end (truncated?)`);
        const raw = buf.subarray(start, start + compressed);
        let data;
        if (method === 0) {
            data = raw;
        }
        else if (method === 8) {
            try {
                data = inflateRawSync(raw, { maxOutputLength: MAX_ENTRY_BYTES });
            }
            catch (error) {
                throw new Error(`zip entry ${name}: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
        else {
            throw new Error(`zip entry ${name}: compression method ${method} is not supported`);
        }
        if (data.length !== uncompressed || crc32(data) !== crc)
            throw new Error(`zip entry ${name}: checksum mismatch`);
        entries.push({ name, data });
    }
    return entries;
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/history/artifacts.js
// History kept in workflow artifacts, which need no storage of the user's own. Artifacts are
// immutable, so every append uploads a new artifact carrying the newest `keep` records forward,
// and a read merges the latest few: two default-branch runs that raced each other each carry what
// they read plus their own record, and the next read sees both.









const PREFIX = 'shipshape-history-';
function artifactName(q) {
    return `${PREFIX}${historyId(q)}`;
}
class artifacts_ArtifactHistory {
    o;
    client;
    constructor(o) {
        this.o = o;
        this.client = o.client;
    }
    async read(q) {
        const warnings = [];
        const name = artifactName(q);
        let chosen;
        try {
            chosen = await this.latestArtifacts(name);
        }
        catch (error) {
            const hint = error.status === 403
                ? " — grant 'actions: read' in the workflow's permissions: block"
                : '';
            warnings.push(`could not list history artifacts '${name}': ${describeRestError(error)}${hint}`);
            return { records: [], warnings };
        }
        if (chosen.length === 0)
            return { records: [], warnings };
        const base = await this.stagingDir();
        try {
            const lists = await Promise.all(chosen.map((a, i) => this.download(a, join(base, String(i)), warnings)));
            return { records: matching(mergeRecords(lists), q), warnings };
        }
        finally {
            await rm(base, { recursive: true, force: true });
        }
    }
    async append(records, o) {
        const groups = new Map();
        for (const r of records) {
            const name = artifactName(r);
            groups.set(name, [...(groups.get(name) ?? []), r]);
        }
        for (const [name, group] of groups) {
            const first = group[0];
            const q = { kind: first.kind, name: first.name };
            const before = await this.read(q);
            for (const w of before.warnings)
                this.o.log?.warning(w);
            if (before.warnings.length > 0 && before.records.length === 0) {
                this.o.log?.warning(`history '${name}' could not be read, so the new artifact carries only this run's records; ` +
                    `older records stay readable while their artifacts are among the latest ${this.latest()}`);
            }
            const kept = carryForward(before.records, group, o.keep);
            await this.upload(name, q, kept);
        }
    }
    latest() {
        return this.o.latest ?? 3;
    }
    async transfer() {
        if (!this.client) {
            // Loaded on first use so that callers of the folder backend never load the artifact client.
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(371), __nccwpck_require__.e(458)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67458));
            this.client = new DefaultArtifactClient();
        }
        return this.client;
    }
    async stagingDir() {
        const root = this.o.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir();
        await mkdir(root, { recursive: true });
        return mkdtemp(join(root, 'shipshape-history-'));
    }
    async latestArtifacts(name) {
        const { data } = await this.o.octokit.request('GET /repos/{owner}/{repo}/actions/artifacts', {
            owner: this.o.owner,
            repo: this.o.repo,
            name,
            per_page: 100,
        });
        const listed = data.artifacts ?? [];
        const now = Date.now();
        const usable = listed.filter((a) => {
            if (a.name !== name || a.expired)
                return false;
            if (a.expires_at && Date.parse(a.expires_at) <= now)
                return false;
            if (!a.workflow_run?.id)
                return false;
            if (this.o.branch === undefined)
                return true;
            const run = a.workflow_run;
            const sameRepo = run.head_repository_id === undefined || run.repository_id === undefined
                ? true
                : run.head_repository_id === run.repository_id;
            return sameRepo && run.head_branch === this.o.branch;
        });
        usable.sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
        return usable.slice(0, this.latest());
    }
    /** The records in one artifact; a failure is a warning and no records. */
    async download(a, dir, warnings) {
        const label = `history artifact '${a.name}' (id ${a.id}, run ${a.workflow_run?.id})`;
        try {
            await mkdir(dir, { recursive: true });
            const client = await this.transfer();
            await withDeadline(client.downloadArtifact(a.id, {
                path: dir,
                // Unpacked here instead, so that a damaged archive is reported at once (see zip.ts).
                skipDecompress: true,
                findBy: {
                    token: this.o.token,
                    workflowRunId: a.workflow_run.id,
                    repositoryOwner: this.o.owner,
                    repositoryName: this.o.repo,
                },
            }), this.o.downloadTimeoutMs ?? 120_000, 'the download');
            const records = [];
            const log = { warning: (m) => warnings.push(m) };
            for (const file of await readdir(dir)) {
                const data = await readFile(join(dir, file));
                const entries = isZip(data) ? readZip(data) : [{ name: file, data }];
                for (const entry of entries) {
                    records.push(...parseRecords(entry.data.toString('utf8'), `${label}/${entry.name}`, log).records);
                }
            }
            return records;
        }
        catch (error) {
            warnings.push(`${label} could not be read and was skipped: ${oneLine(error)}`);
            return [];
        }
    }
    async upload(name, q, records) {
        const dir = await this.stagingDir();
        try {
            const file = join(dir, `${historyId(q)}.jsonl`);
            await writeFile(file, serializeRecords(records), 'utf8');
            const client = await this.transfer();
            await client.uploadArtifact(name, [file], dir, { retentionDays: this.o.retentionDays ?? 90 });
            this.o.log?.info(`history: stored ${records.length} records in artifact '${name}'`);
        }
        catch (error) {
            const message = oneLine(error);
            const why = /\(409\)|already exists/i.test(message)
                ? ` — this run (attempt ${this.o.runAttempt}) already stored '${name}': a re-run whose first attempt ` +
                    'stored history, or two jobs storing the same kind and name (give each its own name)'
                : '';
            throw new Error(`could not store history artifact '${name}': ${message}${why}`);
        }
    }
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/history/cache.js
// History in the Actions cache: the fallback for pull requests from forks, whose token may not
// list artifacts but which can restore caches saved on the base branch. A restore yields only the
// newest matching entry, so unlike artifacts two runs racing each other can lose one record here;
// artifacts stay the record of truth.






const DEFAULT_PATH = '.shipshape-history-cache';
function cacheKeyPrefix(q) {
    return `shipshape-history-${historyId(q)}-`;
}
class cache_CacheHistory {
    o;
    client;
    constructor(o) {
        this.o = o;
        this.client = o.client;
    }
    async read(q) {
        const warnings = [];
        const prefix = cacheKeyPrefix(q);
        const { relative, absolute } = this.location(q);
        try {
            await rm(absolute, { recursive: true, force: true });
            const client = await this.transfer();
            const hit = await withDeadline(client.restoreCache([relative], `${prefix}${this.o.runId}-${this.o.runAttempt}`, [prefix]), this.o.timeoutMs ?? 120_000, 'restoring the history cache');
            if (hit === undefined)
                return { records: [], warnings };
            const file = join(absolute, 'history.jsonl');
            const text = await readFile(file, 'utf8');
            const parsed = parseRecords(text, `history cache '${hit}'`, { warning: (m) => warnings.push(m) });
            return { records: matching(parsed.records, q), warnings };
        }
        catch (error) {
            warnings.push(`could not restore history cache '${prefix}*': ${oneLine(error)}`);
            return { records: [], warnings };
        }
        finally {
            await rm(absolute, { recursive: true, force: true }).catch(() => { });
        }
    }
    async append(records, o) {
        const groups = new Map();
        for (const r of records)
            groups.set(historyId(r), [...(groups.get(historyId(r)) ?? []), r]);
        for (const group of groups.values()) {
            const first = group[0];
            const q = { kind: first.kind, name: first.name };
            const before = await this.read(q);
            for (const w of before.warnings)
                this.o.log?.warning(w);
            const kept = carryForward(before.records, group, o.keep);
            const key = `${cacheKeyPrefix(q)}${this.o.runId}-${this.o.runAttempt}`;
            const { relative, absolute } = this.location(q);
            try {
                await mkdir(absolute, { recursive: true });
                await writeFile(join(absolute, 'history.jsonl'), serializeRecords(kept), 'utf8');
                const client = await this.transfer();
                const id = await withDeadline(client.saveCache([relative], key), this.o.timeoutMs ?? 120_000, 'saving');
                // saveCache reports most failures as a warning of its own and -1.
                if (id === -1)
                    throw new Error('the cache service did not accept it (see the warning above)');
                this.o.log?.info(`history: stored ${kept.length} records in cache '${key}'`);
            }
            catch (error) {
                throw new Error(`could not store history cache '${key}': ${oneLine(error)}`);
            }
            finally {
                await rm(absolute, { recursive: true, force: true }).catch(() => { });
            }
        }
    }
    /** The cache version hashes the path as given, so it must be the same string in every run. */
    location(q) {
        const relative = `${this.o.path ?? DEFAULT_PATH}/${historyId(q)}`;
        return { relative, absolute: resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), relative) };
    }
    async transfer() {
        if (!this.client) {
            const cache = await Promise.all(/* import() */[__nccwpck_require__.e(371), __nccwpck_require__.e(91)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18091));
            this.client = { restoreCache: cache.restoreCache, saveCache: cache.saveCache };
        }
        return this.client;
    }
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/history/folder.js
// History in a local directory, for the CLI, the demo and tests. Several processes may append at
// once (a matrix of local runs, parallel test workers), so no file is ever rewritten in place:
// every append writes a new file holding the merged history, renamed into place once complete,
// and only then deletes the files it merged. A record is therefore always in at least one
// complete file, and two appends racing each other leave two files whose union a read merges.






/** Files can vanish between listing and reading when another process compacts; list again. */
const MAX_RELISTS = 20;
function errorCode(error) {
    return error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined;
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
class folder_FolderHistory {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    async read(q) {
        const { records, warnings } = await this.snapshot(q);
        return { records, warnings };
    }
    async append(records, o) {
        const groups = new Map();
        for (const r of records) {
            const id = historyId(r);
            const group = groups.get(id) ?? { q: { kind: r.kind, name: r.name }, records: [] };
            group.records.push(r);
            groups.set(id, group);
        }
        await mkdir(this.dir, { recursive: true });
        for (const [id, group] of groups) {
            const before = await this.snapshot(group.q);
            const kept = carryForward(before.records, group.records, o.keep);
            await this.writeAtomically(id, serializeRecords(kept));
            for (const file of before.mergeable) {
                await unlink(join(this.dir, file)).catch((error) => {
                    if (errorCode(error) !== 'ENOENT')
                        throw error;
                });
            }
        }
    }
    filesOf(id, names) {
        return names.filter((n) => n === `${id}.jsonl` ||
            (n.startsWith(`${id}.`) && /^\.\d+-\d+-[0-9a-f]+\.jsonl$/.test(n.slice(id.length))));
    }
    async snapshot(q) {
        const id = historyId(q);
        for (let attempt = 0; attempt < MAX_RELISTS; attempt++) {
            let names;
            try {
                names = await readdir(this.dir);
            }
            catch (error) {
                if (errorCode(error) === 'ENOENT')
                    return { records: [], warnings: [], mergeable: [] };
                return { records: [], warnings: [`history folder ${this.dir}: ${describe(error)}`], mergeable: [] };
            }
            const warnings = [];
            const log = { warning: (m) => warnings.push(m) };
            const lists = [];
            const mergeable = [];
            let vanished = false;
            for (const file of this.filesOf(id, names.sort())) {
                const path = join(this.dir, file);
                let text;
                try {
                    text = await readFile(path, 'utf8');
                }
                catch (error) {
                    if (errorCode(error) === 'ENOENT') {
                        vanished = true;
                        break;
                    }
                    warnings.push(`${path}: ${describe(error)}`);
                    continue;
                }
                const parsed = parseRecords(text, path, log);
                lists.push(parsed.records);
                // A file with lines this version cannot read (a newer schema, damage) is left in place.
                if (parsed.skipped === 0)
                    mergeable.push(file);
            }
            if (vanished)
                continue;
            return { records: matching(mergeRecords(lists), q), warnings, mergeable };
        }
        return {
            records: [],
            warnings: [`history folder ${this.dir}: files kept changing while being read; gave up`],
            mergeable: [],
        };
    }
    async writeAtomically(id, text) {
        const stamp = `${Date.now()}-${process.pid}-${randomBytes(6).toString('hex')}`;
        const temp = join(this.dir, `.${id}.${stamp}.tmp`);
        const handle = await open(temp, 'wx');
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        catch (error) {
            await handle.close();
            await unlink(temp).catch(() => { });
            throw error;
        }
        await handle.close();
        await rename(temp, join(this.dir, `${id}.${stamp}.jsonl`));
    }
}

;// CONCATENATED MODULE: ./.tmp/build-cli/shared/history/select.js




const HISTORY_BACKENDS = (/* unused pure expression or super */ null && (['artifacts', 'cache', 'folder', 'auto']));
const DEFAULT_HISTORY_FOLDER = '.shipshape/history';
/**
 * Reads the primary backend and, when that reported a problem, the fallback too, merging both.
 * Appends go to both; it fails only when neither stored anything.
 */
class FallbackHistory {
    primary;
    fallback;
    log;
    constructor(primary, fallback, log) {
        this.primary = primary;
        this.fallback = fallback;
        this.log = log;
    }
    async read(q) {
        const first = await this.primary.read(q);
        if (first.warnings.length === 0)
            return first;
        const second = await this.fallback.read(q);
        return {
            records: mergeRecords([first.records, second.records]),
            warnings: [...first.warnings, ...second.warnings],
        };
    }
    async append(records, o) {
        const results = await Promise.allSettled([
            this.primary.append(records, o),
            this.fallback.append(records, o),
        ]);
        const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        if (failures.length === results.length)
            throw failures[0];
        for (const f of failures)
            this.log?.warning(f instanceof Error ? f.message : String(f));
    }
}
function positiveInt(value) {
    const n = Number(value);
    return value && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}
function openHistory(o) {
    const env = o.env ?? process.env;
    const folder = () => new FolderHistory(o.folder ?? DEFAULT_HISTORY_FOLDER);
    const runId = o.runId ?? positiveInt(env.GITHUB_RUN_ID) ?? 0;
    const runAttempt = o.runAttempt ?? positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1;
    const cache = () => new CacheHistory({ runId, runAttempt, log: o.log });
    const artifacts = () => {
        if (!o.github) {
            throw new Error("the 'artifacts' history backend needs a GitHub token (with 'actions: read' to read history)");
        }
        return new ArtifactHistory({
            ...o.github,
            runId,
            runAttempt,
            branch: o.branch,
            retentionDays: o.retentionDays,
            latest: o.latest,
            log: o.log,
        });
    };
    const onActions = env.GITHUB_ACTIONS === 'true' && Boolean(env.ACTIONS_RUNTIME_TOKEN);
    switch (o.backend) {
        case 'folder':
            return folder();
        case 'cache':
            if (!onActions)
                throw new Error("the 'cache' history backend works only inside a GitHub Actions job");
            return cache();
        case 'artifacts':
            if (!onActions)
                throw new Error("the 'artifacts' history backend works only inside a GitHub Actions job");
            return artifacts();
        case 'auto':
            if (!onActions)
                return folder();
            return o.github ? new FallbackHistory(artifacts(), cache(), o.log) : cache();
        default:
            throw new Error(`unknown history backend '${String(o.backend)}'; use one of ${HISTORY_BACKENDS.join(', ')}`);
    }
}

;// CONCATENATED MODULE: ./.tmp/build-cli/cli/dashboard.js








const dashboard_HELP = `Usage: shipshape dashboard [flags]

Writes a static site (index.html + assets, ready for GitHub Pages) charting the history store:
coverage, perf, vitals and uptime trends per kind, name and branch, with the latest values and verdicts.

  --history <path>          history folder or .jsonl file (repeatable); folders are searched
                            for *.jsonl at any depth (default ${DEFAULT_HISTORY_FOLDER})
  --out <dir>               where to write the site (default _site)
  --title <text>            page title (default 'shipshape dashboard')
  --default-branch <name>   branch listed first in every table and chart (default main, then master)
  --max-branches <n>        branches charted per kind and name, most recently measured first (default ${DEFAULT_MAX_SERIES})
  --max-points <n>          newest runs charted per branch (default ${DEFAULT_MAX_POINTS})
  --server-url <url>        base of commit and run links (default $GITHUB_SERVER_URL or https://github.com)

Exit codes: 0 written, 2 bad input (missing history path, wrong flag), 3 internal error.`;
const dashboard_FLAGS = {
    history: { type: 'string', multiple: true },
    out: { type: 'string' },
    title: { type: 'string' },
    'default-branch': { type: 'string' },
    'max-branches': { type: 'string' },
    'max-points': { type: 'string' },
    'server-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
function dashboard_positiveInt(flag, value, fallback) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 1)
        throw new errors_InputError(flag, `expected a whole number ≥ 1, got '${value}'`);
    return n;
}
function serverUrl(value) {
    const text = value ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors_InputError('server-url', `'${text}' is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors_InputError('server-url', `expected an http(s) URL, got '${text}'`);
    }
    return url.origin;
}
async function runDashboardCli(argv) {
    try {
        let values;
        try {
            values = (0,external_node_util_.parseArgs)({ args: argv, options: dashboard_FLAGS, strict: true }).values;
        }
        catch (error) {
            throw new errors_InputError('flags', `${error.message}\n\n${dashboard_HELP}`);
        }
        if (values.help) {
            process.stdout.write(`${dashboard_HELP}\n`);
            return 0;
        }
        const paths = (values.history ?? [DEFAULT_HISTORY_FOLDER]).flatMap((p) => p.split(',')).filter(Boolean);
        const out = (0,external_node_path_.resolve)(values.out ?? '_site');
        const options = {
            title: values.title?.trim() || 'shipshape dashboard',
            generatedAt: new Date().toISOString(),
            defaultBranch: values['default-branch']?.trim() || undefined,
            maxSeries: dashboard_positiveInt('max-branches', values['max-branches'], DEFAULT_MAX_SERIES),
            maxPoints: dashboard_positiveInt('max-points', values['max-points'], DEFAULT_MAX_POINTS),
            serverUrl: serverUrl(values['server-url']),
        };
        const log = { warning: (m) => process.stderr.write(`warning: ${m}\n`) };
        const history = await loadHistory(paths, log);
        if (history.files.length === 0)
            log.warning(`no .jsonl history files under ${paths.join(', ')}`);
        const data = shapeDashboard(history.records, options);
        await writeDashboardSite(out, data);
        const groups = data.sections.reduce((n, s) => n + s.groups.length, 0);
        process.stdout.write(`Dashboard written to ${out}/index.html: ${data.records} record(s) from ${history.files.length} file(s), ` +
            `${groups} chart group(s) in ${data.sections.length} kind(s)` +
            `${history.skipped > 0 ? `; ${history.skipped} damaged line(s) skipped` : ''}.\n`);
        return 0;
    }
    catch (error) {
        const { exitCode, message } = classifyFailure(error);
        process.stderr.write(`shipshape dashboard: ${message}\n`);
        return exitCode;
    }
}

;// CONCATENATED MODULE: ./.tmp/build-cli/cli/main.js
// `shipshape <command> [flags]`: the actions' gates on a developer's machine or in a pre-commit
// hook. Flags carry the same names and accept the same values as the action inputs.



const USAGE = `Usage: shipshape <command> [flags]

Commands:
  coverage-gate   Check coverage reports against thresholds (see: shipshape coverage-gate --help)
  coverage-badge  Draw an SVG coverage badge from local reports
  dashboard       Write a static site charting the history store (see: shipshape dashboard --help)

Exit codes: 0 passed, 1 a gate failed, 2 bad input (unreadable report, wrong flag), 3 internal error.`;
async function main(argv) {
    const [command, ...rest] = argv;
    switch (command) {
        case 'coverage-gate':
            return runCoverageGateCli(rest);
        case 'coverage-badge':
            return runCoverageBadgeCli(rest);
        case 'dashboard':
            return runDashboardCli(rest);
        case undefined:
        case '-h':
        case '--help':
            process.stdout.write(`${USAGE}\n`);
            return command === undefined ? 2 : 0;
        default:
            process.stderr.write(`shipshape: unknown command '${command}'\n\n${USAGE}\n`);
            return 2;
    }
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`shipshape: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
});

