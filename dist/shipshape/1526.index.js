export const id = 1526;
export const ids = [1526];
export const modules = {

/***/ 6222:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ missingValue),
/* harmony export */   ae: () => (/* binding */ wrongFlag),
/* harmony export */   uW: () => (/* binding */ readFlags),
/* harmony export */   zZ: () => (/* binding */ unexpectedArgument)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29556);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58455);
// How every `shipshape` command answers a flag it cannot take: the same words and exit code (2)
// whether the command's flags are the action's inputs (cli/run-spec.ts, deploy-smoke-health) or
// declared for node:util's parseArgs (coverage-gate, coverage-badge, lighthouse-vitals, dashboard).



/**
 * A flag the command does not have: an input that works only inside a GitHub job (`actionOnly`,
 * by default the command's list in cli/commands.ts), an older name (`refused`), or a misspelling.
 */
function wrongFlag(command, name, o = {}) {
    const known = (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .findCommand */ .Zv)(command);
    const actionOnly = o.actionOnly ?? known?.actionOnly ?? {};
    if (name in actionOnly)
        return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is an action-only input: ${actionOnly[name]}`);
    const refused = o.refused?.[name];
    if (refused !== undefined)
        return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is not a flag of 'shipshape ${command}': ${refused}`);
    if (known?.notYetFlags?.includes(name))
        return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is an input of the action that 'shipshape ${command}' does not take yet`);
    return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is not a flag of 'shipshape ${command}' (see shipshape ${command} --help)`);
}
/** A flag given last, without the value it needs. */
function missingValue(name) {
    return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'needs a value');
}
/** Something that is not a flag where a flag belongs. */
function unexpectedArgument(arg) {
    return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('flags', `unexpected argument '${arg}'; flags are --<name> <value>`);
}
/**
 * parseArgs in strict mode, with its errors (thrown as plain TypeErrors) turned into the input
 * errors every command gives.
 */
function readFlags(command, config, argv, refused = {}) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ ...config, args: argv, strict: true });
    }
    catch (error) {
        const { code, message } = error;
        // "Unknown option '--x'", "Unknown option '-x'", "Option '-o, --out <value>' argument missing".
        const name = /'(?:-\w, )?--([^' =]+)/.exec(message)?.[1] ?? /'-([^' ,]+)/.exec(message)?.[1] ?? '';
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
            throw wrongFlag(command, name, { refused });
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
            if (/does not take an argument/.test(message))
                throw new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'takes no value');
            throw missingValue(name);
        }
        if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
            throw unexpectedArgument(/'([^']*)'/.exec(message)?.[1] ?? '');
        throw error;
    }
}


/***/ }),

/***/ 90837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLighthouseVitalsCli: () => (/* binding */ runLighthouseVitalsCli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _shared_lighthouse_pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62378);
/* harmony import */ var _shared_runtime_child_env_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(69871);
/* harmony import */ var _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29556);
/* harmony import */ var _shared_runtime_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65403);
/* harmony import */ var _shared_vitals_metrics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37575);
/* harmony import */ var _shared_vitals_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98752);
/* harmony import */ var _shared_vitals_ratings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95916);
/* harmony import */ var _shared_vitals_render_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(41808);
/* harmony import */ var _shared_vitals_verdict_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(73943);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6222);













const HELP = `Usage: shipshape lighthouse-vitals [flags] [url...]

  --urls <url>                page(s) to audit (repeatable); paths with --static-dir
  --static-dir <dir>          serve this folder on 127.0.0.1 and audit it
  --start-command <cmd>       start the app first; the first URL is polled until it answers
  --base-origin <origin>      the base build's origin: the same paths are audited there too,
                              alternately with the head, and compared
  --base-static-dir <dir>     the base build as a folder served beside --static-dir
  --presets <p>               desktop | mobile | desktop,mobile (default desktop)
  --runs <n>                  runs per URL (default 3)   --compare-rounds <n> (default 6)
  --confidence <pct>          confidence of each interval, e.g. 95 (default)
  --threshold <pct>           smallest timing change that matters (default 10)
  --start-timeout <d>         how long start-command may take, e.g. 60s (default)
  --max-wait-for-load <d>     how long Lighthouse waits for the load, e.g. 45s (default)
  --throttling <t>            devtools (default) | simulate | provided
  --budgets <rules>           e.g. 'lcp=2.5s, cls=0.1' or '/blog/**: performance=90' (repeatable)
  --budget-file <file>        YAML or JSON budgets
  --cwv-gate <g>              poor (default) | needs-improvement | off
  --headers <h>               'Name: value' (repeatable), sent to the audited origin only
  --cookies <c>               'name=value' (repeatable), set for the audited host only
  --chrome-path <path>        default CHROME_PATH or what chrome-launcher finds
  --min-benchmark-index <n>   repeat runs on a slower machine (default 500; 0 off)
  --fail-on-regression <b>    fail on a regression against the base (default true)
  --name <name>               names this instance in the report
  --working-directory <dir>   where static-dir, budget-file and start-command are (default .)
  --base-url, --history-backend
                              retired: they stop with a message (use --base-origin; history is one input)
  --report <file>             write the JSON report here
  --markdown                  print the Markdown summary instead of plain text

Lighthouse is installed once into $SHIPSHAPE_TOOL_CACHE (default ~/.cache/shipshape).
Exit codes: 0 passed, 1 a budget or gate failed, 2 bad input or a page could not be measured, 3 internal error.`;
const FLAGS = {
    urls: { type: 'string', multiple: true },
    'static-dir': { type: 'string' },
    'start-command': { type: 'string' },
    'start-timeout': { type: 'string' },
    'base-origin': { type: 'string' },
    'base-url': { type: 'string' },
    'history-backend': { type: 'string' },
    'base-static-dir': { type: 'string' },
    presets: { type: 'string' },
    runs: { type: 'string' },
    throttling: { type: 'string' },
    budgets: { type: 'string', multiple: true },
    'budget-file': { type: 'string' },
    'cwv-gate': { type: 'string' },
    'min-benchmark-index': { type: 'string' },
    'compare-rounds': { type: 'string' },
    threshold: { type: 'string' },
    confidence: { type: 'string' },
    'fail-on-regression': { type: 'string' },
    headers: { type: 'string', multiple: true },
    cookies: { type: 'string', multiple: true },
    'chrome-path': { type: 'string' },
    'max-wait-for-load': { type: 'string' },
    name: { type: 'string' },
    'working-directory': { type: 'string' },
    report: { type: 'string' },
    markdown: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const log = (0,_shared_runtime_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrLogger */ .D7)();
function renderText(report) {
    const lines = [];
    for (const u of report.urls) {
        lines.push(`${u.passed ? 'PASS' : 'FAIL'} ${u.url} (${u.preset})`);
        if (u.status === 'failed') {
            lines.push(`  ${u.error}`);
            continue;
        }
        for (const spec of _shared_vitals_metrics_js__WEBPACK_IMPORTED_MODULE_6__/* .METRICS */ .Cb) {
            const v = u.median[spec.id];
            if (v === undefined)
                continue;
            const rating = u.ratings[spec.id];
            const verdict = u.comparison?.metrics.find((m) => m.metric === spec.id);
            lines.push(`  ${spec.label.padEnd(44)} ${(0,_shared_vitals_metrics_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMetric */ .gI)(spec.id, v).padStart(8)} ${rating ? _shared_vitals_ratings_js__WEBPACK_IMPORTED_MODULE_8__/* .RATING_EMOJI */ .B_[rating] : '  '}${verdict ? `  ${verdict.verdict}` : ''}`);
        }
        for (const r of u.reasons)
            lines.push(`  ✗ ${r}`);
    }
    lines.push(`Lighthouse ${report.lighthouseVersion}, Chrome ${report.chromeVersion}`);
    return `${lines.join('\n')}\n`;
}
async function runLighthouseVitalsCli(argv) {
    try {
        const { values, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .readFlags */ .uW)('lighthouse-vitals', { options: FLAGS, allowPositionals: true }, argv);
        if (values.help) {
            process.stdout.write(`${HELP}\n`);
            return _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
        }
        if (positionals.length > 0)
            values.urls = [...(values.urls ?? []), ...positionals];
        const source = {
            get(name) {
                if (name === 'upload-reports')
                    return 'false';
                const value = values[name];
                if (Array.isArray(value))
                    return value.join('\n').trim();
                return typeof value === 'string' ? value.trim() : '';
            },
        };
        const options = (0,_shared_vitals_options_js__WEBPACK_IMPORTED_MODULE_7__/* .readVitalsOptions */ .eg)(source);
        const outDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'shipshape-lighthouse-'));
        const run = await (0,_shared_lighthouse_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .runVitals */ .n)(options, {
            installRoot: process.env.SHIPSHAPE_TOOL_CACHE ||
                (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache'), 'shipshape'),
            outDir,
            workspace: process.cwd(),
            env: process.env,
            childEnv: (0,_shared_runtime_child_env_js__WEBPACK_IMPORTED_MODULE_12__/* .childEnvironment */ .Q)(process.env),
            log,
        });
        if (values.report)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(values.report), `${JSON.stringify(run.report, null, 2)}\n`);
        process.stdout.write(values.markdown ? (0,_shared_vitals_render_js__WEBPACK_IMPORTED_MODULE_9__/* .renderSummary */ .Br)(run.report, { notes: run.notes }) : renderText(run.report));
        process.stderr.write(`HTML reports: ${outDir}\n`);
        return (0,_shared_vitals_verdict_js__WEBPACK_IMPORTED_MODULE_10__/* .vitalsVerdict */ .T)(run.report).exitCode;
    }
    catch (error) {
        const { exitCode, message } = (0,_shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyFailure */ .XE)(error);
        process.stderr.write(`shipshape lighthouse-vitals: ${message}\n`);
        return exitCode;
    }
}


/***/ }),

/***/ 15210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
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
function link(text, url) {
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


/***/ }),

/***/ 65186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d9: () => (/* binding */ smokeRunbookAnchor),
/* harmony export */   np: () => (/* binding */ coverageGateAnchor),
/* harmony export */   oV: () => (/* binding */ runbookUrl)
/* harmony export */ });
/* unused harmony export RUNBOOK_BASE */
// Every report and alert links to the runbook entry that says what its failure means and what to do
// first. Pages live in docs/runbooks/ with explicit anchors (a test checks they exist).
const RUNBOOK_BASE = 'https://github.com/shipshape/shipshape/blob/v1/docs/runbooks/';
function runbookUrl(page, anchor) {
    return `${RUNBOOK_BASE}${page}.md#${anchor}`;
}
/** The coverage-gate runbook anchor of a gate id (`min-lines`, `path:<glob>:lines`, `min-patch`, ...). */
function coverageGateAnchor(gateId) {
    if (gateId.startsWith('path:'))
        return 'per-path';
    if (gateId === 'min-patch')
        return 'patch';
    if (gateId === 'max-drop')
        return 'max-drop';
    return gateId.replace(/^min-/, '');
}
const SMOKE_ANCHORS = {
    dns: 'dns',
    connect: 'connect',
    tls: 'tls-expiring',
    timeout: 'timeout',
    status: 'status',
    assertion: 'assertion',
};
/** The deploy-smoke-health runbook anchor for a failure class (or a degraded / down check). */
function smokeRunbookAnchor(failureClass, degraded = false) {
    if (failureClass && SMOKE_ANCHORS[failureClass])
        return SMOKE_ANCHORS[failureClass];
    return degraded ? 'degraded' : 'down';
}


/***/ }),

/***/ 69871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childEnvironment)
/* harmony export */ });
// Commands that shipshape runs on the user's behalf (build and start commands of the code under
// test, which on a pull request is the PR's code) must not see the job's credentials.
/** Variables that carry the runner's service credentials or endpoints. */
const RUNNER_SECRETS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'GITHUB_TOKEN',
    'GH_TOKEN',
];
/** The environment without INPUT_* values (the action's inputs, token included) and the runner's tokens. */
function childEnvironment(env, extra = {}) {
    const out = {};
    for (const [key, value] of Object.entries(env)) {
        if (key.startsWith('INPUT_') || RUNNER_SECRETS.includes(key))
            continue;
        out[key] = value;
    }
    return { ...out, ...extra };
}


/***/ }),

/***/ 29556:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XE: () => (/* binding */ classifyFailure),
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eG: () => (/* binding */ EnvironmentError),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* unused harmony export ShipshapeError */
// The exit codes every action and the CLI share, and the one family of errors users see. Anything
// thrown that is not a ShipshapeError is a defect in shipshape (exit 3); everything a user or the
// environment can fix carries its own exit code and a message that says what to do.
const EXIT = {
    /** Every gate passed. */
    ok: 0,
    /** A gate failed: the evidence was read fine and did not meet a threshold. */
    gateFailed: 1,
    /** Bad input, unusable data, or an environment or service problem the user can act on. */
    badInput: 2,
    /** A defect in shipshape. */
    internal: 3,
};
/** Base of every error meant for the user: its message is shown as it is, without a stack trace. */
class ShipshapeError extends Error {
    name = 'ShipshapeError';
    exitCode = EXIT.badInput;
}
/** A problem with one named input or flag; the message names the value and what is accepted. */
class InputError extends ShipshapeError {
    name = 'InputError';
    // Plain fields, not parameter properties: tests load this file with Node's type stripping.
    input;
    constructor(input, message) {
        super(`input '${input}': ${message}`);
        this.input = input;
    }
}
/** User-supplied data (a report, a config file, an artifact) that cannot be used. */
class UsageError extends ShipshapeError {
    name = 'UsageError';
}
/** Where shipshape runs lacks something: a variable, a permission, a tool. The message says what to do. */
class EnvironmentError extends ShipshapeError {
    name = 'EnvironmentError';
}
/** A service (GitHub's API, an artifact store, a webhook) that kept failing after retries. */
class ServiceError extends ShipshapeError {
    name = 'ServiceError';
    service;
    constructor(service, message) {
        super(`${service}: ${message}`);
        this.service = service;
    }
}
/** Maps any thrown value to the exit code and the one-line message users see. */
function classifyFailure(error) {
    if (error instanceof ShipshapeError)
        return { exitCode: error.exitCode, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return {
        exitCode: EXIT.internal,
        message: `unexpected error: ${message}. This is a bug in shipshape: please report it with the step's log`,
    };
}


/***/ }),

/***/ 8998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ readDuration),
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Mk: () => (/* binding */ readChoiceRetiring),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ht: () => (/* binding */ percentValue),
/* harmony export */   kz: () => (/* binding */ readNumber),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   oO: () => (/* binding */ readPercent),
/* harmony export */   rG: () => (/* binding */ MAX_DURATION_MS),
/* harmony export */   wo: () => (/* binding */ readUrl)
/* harmony export */ });
/* unused harmony exports inputsFrom, readRequired, parseDuration */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29556);
// Typed readers for action inputs and CLI flags: one way to read every kind of value, each raising
// one InputError that names the input, the value given and what is allowed (exit 2). Every action
// reads all of its inputs through these before it gathers any evidence.

/** An InputSource over a plain map (tests, the CLI, reusable workflow defaults). */
function inputsFrom(values) {
    return { get: (name) => (values[name] ?? '').trim() };
}
const TRUE = ['true', 'yes', 'on', '1'];
const FALSE = ['false', 'no', 'off', '0'];
function readString(source, name, fallback = '') {
    const raw = source.get(name);
    return raw === '' ? fallback : raw;
}
/** A value the action cannot run without. */
function readRequired(source, name, what = 'a value') {
    const raw = source.get(name);
    if (raw === '')
        throw new InputError(name, `is required: give ${what}`);
    return raw;
}
function readChoice(source, name, choices, fallback) {
    const raw = source.get(name).toLowerCase();
    if (raw === '')
        return fallback;
    if (choices.includes(raw))
        return raw;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `expected one of ${choices.join(', ')}, got '${source.get(name)}'`);
}
/**
 * A choice whose input once took other words (`history: none`, `comment: true`): an old word
 * stops with the one to write now, never guessed at. `what` names a value, e.g. 'comment mode'.
 */
function readChoiceRetiring(source, name, choices, fallback, retired) {
    const raw = source.get(name).toLowerCase();
    const replacement = Object.hasOwn(retired.words, raw) ? retired.words[raw] : undefined;
    if (replacement !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${raw}' is not a ${retired.what}; write '${name}: ${replacement}' (one of ${choices.join(', ')})`);
    }
    return readChoice(source, name, choices, fallback);
}
function readBoolean(source, name, fallback) {
    const raw = source.get(name).toLowerCase();
    if (raw === '')
        return fallback;
    if (TRUE.includes(raw))
        return true;
    if (FALSE.includes(raw))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `expected true or false, got '${source.get(name)}'`);
}
function bounded(name, raw, value, b, unit = '') {
    if (b.min !== undefined && value < b.min) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${raw}' is below the minimum of ${b.min}${unit}`);
    }
    if (b.max !== undefined && value > b.max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${raw}' is above the maximum of ${b.max}${unit}`);
    }
    return value;
}
function readNumber(source, name, fallback, b = {}) {
    const raw = source.get(name);
    if (raw === '')
        return fallback;
    const value = Number(raw);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw) || !Number.isFinite(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `expected a number, got '${raw}'`);
    }
    return bounded(name, raw, value, b);
}
function readInteger(source, name, fallback, b = {}) {
    const raw = source.get(name);
    if (raw === '')
        return fallback;
    const value = Number(raw);
    if (!/^[+-]?\d+$/.test(raw) || !Number.isSafeInteger(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `expected a whole number, got '${raw}'`);
    }
    return bounded(name, raw, value, b);
}
// Plain decimals only, with an optional `%`: Number() would also take '0x50', '1e2', '-0' and
// '+80', none of which anyone means as a percentage.
const PERCENT = /^(\d+(\.\d*)?|\.\d+)\s*%?$/;
/** `80`, `80%`, `99.5` as a number; NaN when the text is not a plain percentage. */
function percentValue(text) {
    return PERCENT.test(text) ? Number.parseFloat(text) : Number.NaN;
}
/**
 * A percentage written as people write it (`80`, `80%`, `99.5`) from the raw text of input `name`,
 * or undefined when it is empty. Never a fraction: `0.95` is 0.95%, and when that falls outside the
 * bounds (0–100 unless given) the error says how to write it.
 */
function parsePercent(name, raw, b = {}) {
    const given = raw.trim();
    if (given === '')
        return undefined;
    const value = percentValue(given);
    if (Number.isNaN(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `expected a percentage such as 80 or 99.5, got '${given}'`);
    }
    const { min = 0, max = 100 } = b;
    if (value < min || value > max) {
        // A value of at most 1 is almost always a fraction meant as a percentage.
        const hint = value > 0 && value <= 1 ? ` (percentages are written ${+(value * 100).toFixed(6)}, not ${given})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${given}' is outside ${min}–${max}${hint}`);
    }
    return value;
}
function readPercent(source, name, fallback, b = {}) {
    return parsePercent(name, source.get(name), b) ?? fallback;
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Node's timers overflow past 2^31-1 ms (about 24.8 days); every duration is bounded well below. */
const MAX_DURATION_MS = 24 * 3_600_000;
/** Parses `500ms`, `30s`, `5m`, `2h`, `14d` or `1m30s`; a bare number means seconds. Returns ms, or undefined. */
function parseDuration(text) {
    const raw = text.trim().toLowerCase();
    if (raw === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(raw))
        return Math.round(Number(raw) * 1000);
    const part = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gy;
    let total = 0;
    let consumed = 0;
    for (const match of raw.matchAll(part)) {
        total += Number(match[1]) * DURATION_UNITS[match[2]];
        consumed += match[0].length;
    }
    if (consumed !== raw.length || consumed === 0)
        return undefined;
    return Math.round(total);
}
function readDuration(source, name, fallbackMs, b = {}) {
    const raw = source.get(name);
    if (raw === '')
        return fallbackMs;
    const ms = parseDuration(raw);
    if (ms === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `expected a duration such as 500ms, 30s, 5m or 2h (a bare number means seconds), got '${raw}'`);
    }
    const { minMs = 0, maxMs = MAX_DURATION_MS } = b;
    if (ms < minMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${raw}' is shorter than the minimum of ${formatDuration(minMs)}`);
    if (ms > maxMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${raw}' is longer than the maximum of ${formatDuration(maxMs)}`);
    return ms;
}
/** The shortest exact spelling of a duration in the input vocabulary: 90000 -> `1m30s`. */
function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    let rest = Math.round(ms);
    let out = '';
    for (const [unit, size] of [
        ['d', 86_400_000],
        ['h', 3_600_000],
        ['m', 60_000],
        ['s', 1000],
        ['ms', 1],
    ]) {
        if (rest >= size) {
            out += `${Math.floor(rest / size)}${unit}`;
            rest %= size;
        }
    }
    return out;
}
/** An absolute http(s) URL. */
function readUrl(source, name) {
    const raw = source.get(name);
    if (raw === '')
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        // Never echo the value: URLs given to shipshape often carry a webhook token.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, 'is not an absolute URL (expected https://host/path)');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be an http or https URL, got a ${url.protocol} URL`);
    }
    return url;
}
/** Several values, one per line or comma-separated; blank entries and `#` comments dropped. */
function readList(source, name) {
    return source
        .get(name)
        .split(/[\n,]/)
        .map((v) => v.trim())
        .filter((v) => v !== '' && !v.startsWith('#'));
}
/** Several values, one per line only (values that may contain commas: globs, commands, headers). */
function readLines(source, name) {
    return source
        .get(name)
        .split('\n')
        .map((v) => v.trim())
        .filter((v) => v !== '' && !v.startsWith('#'));
}


/***/ }),

/***/ 65403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   h: () => (/* binding */ createLogger)
/* harmony export */ });
/* unused harmony exports progressLine, silentLogger, recordingLogger */
// The one logger every part of shipshape writes to. The action maps it to workflow commands (groups
// fold in the log), the CLI to stderr; tests pass silentLogger or a recording one.
function progressLine(phase, done, total, detail) {
    const width = String(total).length;
    return `${phase} ${String(done).padStart(width)}/${total}${detail ? `: ${detail}` : ''}`;
}
/** A Logger over any line sink; groups use the sink's own grouping when it has one. */
function createLogger(sink) {
    let depth = 0;
    return {
        info: (m) => sink.info(m),
        warning: (m) => sink.warning(m),
        debug: (m) => sink.debug(m),
        progress: (phase, done, total, detail) => sink.info(progressLine(phase, done, total, detail)),
        async group(title, work) {
            const own = depth === 0 && sink.startGroup !== undefined;
            if (own)
                sink.startGroup?.(title);
            else
                sink.info(title);
            depth++;
            try {
                return await work();
            }
            finally {
                depth--;
                if (own)
                    sink.endGroup?.();
            }
        },
    };
}
const silentLogger = createLogger({ info() { }, warning() { }, debug() { } });
/** For tests: a logger that keeps every line, warnings prefixed with `warning: `. */
function recordingLogger() {
    const lines = [];
    const logger = createLogger({
        info: (m) => lines.push(m),
        warning: (m) => lines.push(`warning: ${m}`),
        debug: () => { },
    });
    return Object.assign(logger, { lines });
}
/** The CLI's logger: everything on stderr, so stdout carries only the command's result. */
function stderrLogger(o = {}) {
    return createLogger({
        info: (m) => {
            if (!o.quiet)
                process.stderr.write(`${m}\n`);
        },
        warning: (m) => process.stderr.write(`warning: ${m}\n`),
        debug: (m) => {
            if (process.env.SHIPSHAPE_DEBUG)
                process.stderr.write(`debug: ${m}\n`);
        },
    });
}


/***/ })

};
