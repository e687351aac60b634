export const id = 1402;
export const ids = [1402];
export const modules = {

/***/ 75817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCoverageBadgeCli: () => (/* binding */ runCoverageBadgeCli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _shared_coverage_collect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81144);
/* harmony import */ var _shared_coverage_headline_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(37807);
/* harmony import */ var _shared_coverage_comment_badge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48212);
/* harmony import */ var _shared_coverage_gate_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39051);
/* harmony import */ var _shared_report_badge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33115);
/* harmony import */ var _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29556);
/* harmony import */ var _shared_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8998);
/* harmony import */ var _shared_runtime_logger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65403);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6222);











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
};
const REFUSED = {
    'min-lines': "the badge is green from --min-coverage (the figure coverage-gate gates): write '--min-coverage 80'",
};
async function runCoverageBadgeCli(argv) {
    try {
        const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_9__/* .readFlags */ .uW)('coverage-badge', { options: FLAGS }, argv, REFUSED);
        if (values.help) {
            process.stdout.write(`${HELP}\n`);
            return 0;
        }
        if (!values.out)
            throw new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('out', `give the SVG file to write\n\n${HELP}`);
        const greenAt = (0,_shared_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePercent */ .lo)('min-coverage', values['min-coverage'] ?? '') ?? _shared_coverage_gate_options_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_MIN_COVERAGE */ .mW;
        const collected = await (0,_shared_coverage_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .collectCoverage */ .f)({
            patterns: values.files ?? [],
            format: 'auto',
            workspace: process.cwd(),
            workingDirectory: '',
            ifNoFiles: 'error',
            log: (0,_shared_runtime_logger_js__WEBPACK_IMPORTED_MODULE_8__/* .stderrLogger */ .D7)({ quiet: true }),
        });
        if ('missing' in collected)
            return 2;
        const pct = (0,_shared_coverage_headline_js__WEBPACK_IMPORTED_MODULE_10__/* .headline */ .Pl)(collected.totals, collected.sources.map((s) => s.format)).pct;
        const svg = (0,_shared_report_badge_js__WEBPACK_IMPORTED_MODULE_5__/* .renderBadge */ ._s)((0,_shared_coverage_comment_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .coverageBadge */ .QE)(values.label ?? (0,_shared_coverage_comment_badge_js__WEBPACK_IMPORTED_MODULE_3__/* .badgeLabel */ .KT)(''), pct, greenAt));
        const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(values.out);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(out, svg);
        process.stdout.write(`${values.out}: ${(0,_shared_coverage_headline_js__WEBPACK_IMPORTED_MODULE_10__/* .displayPercent */ .aL)(pct)}\n`);
        return 0;
    }
    catch (error) {
        const { exitCode, message } = (0,_shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyFailure */ .XE)(error);
        process.stderr.write(`shipshape coverage-badge: ${message}\n`);
        return exitCode;
    }
}


/***/ }),

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

/***/ 48212:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ badgeLabel),
/* harmony export */   QE: () => (/* binding */ coverageBadge),
/* harmony export */   RR: () => (/* binding */ coverageBadgeEndpoint),
/* harmony export */   XQ: () => (/* binding */ badgeMessage),
/* harmony export */   gV: () => (/* binding */ coverageBadgeSvg)
/* harmony export */ });
/* harmony import */ var _coverage_headline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37807);
/* harmony import */ var _report_badge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33115);
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65707);
// The coverage badge of one instance, as text: an SVG and a shields.io endpoint document.



/** Below this line coverage the badge is red, whatever the green threshold. */
const RED_BELOW = 60;
function badgeLabel(name) {
    return name ? `coverage ${name}` : 'coverage';
}
/** Rounded down like every shipshape figure: 79.96% reads 79.9%, never an 80.0% a gate at 80 fails. */
function badgeMessage(pct) {
    if (pct === null)
        return 'n/a';
    return pct >= 100 ? '100%' : (0,_coverage_headline_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPercent */ .aL)(pct, 1);
}
/**
 * The coverage badge's label, message and colour, green from `greenAt`: one badge for the comment,
 * the badge branch and `shipshape coverage-badge`.
 */
function coverageBadge(label, pct, greenAt) {
    return {
        label,
        message: badgeMessage(pct),
        color: (0,_report_badge_js__WEBPACK_IMPORTED_MODULE_0__/* .coverageColor */ .IA)(pct, { red: Math.min(RED_BELOW, greenAt), green: greenAt }),
    };
}
function coverageBadgeSvg(data, greenAt) {
    return (0,_report_badge_js__WEBPACK_IMPORTED_MODULE_0__/* .renderBadge */ ._s)(coverageBadge(badgeLabel(data.name), (0,_data_js__WEBPACK_IMPORTED_MODULE_1__/* .headlineOf */ .gD)(data).pct, greenAt));
}
function coverageBadgeEndpoint(data, greenAt) {
    return (0,_report_badge_js__WEBPACK_IMPORTED_MODULE_0__/* .shieldsEndpoint */ .sv)(coverageBadge(badgeLabel(data.name), (0,_data_js__WEBPACK_IMPORTED_MODULE_1__/* .headlineOf */ .gD)(data).pct, greenAt));
}


/***/ }),

/***/ 65707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aU: () => (/* binding */ buildCommentData),
/* harmony export */   dB: () => (/* binding */ COMMENT_DATA_SCHEMA),
/* harmony export */   gD: () => (/* binding */ headlineOf)
/* harmony export */ });
/* harmony import */ var _coverage_totals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52568);
/* harmony import */ var _coverage_history_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7896);


const COMMENT_DATA_SCHEMA = 'shipshape.coverage-comment/v1';
function figurePct(figure) {
    return figure ? (0,_coverage_totals_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(figure[0], figure[1]) : null;
}
/** Smallest drop, in points, that counts as a file losing coverage (below it is rounding noise). */
const DROP_EPSILON = 0.01;
function buildCommentData(input) {
    const head = (0,_coverage_history_records_js__WEBPACK_IMPORTED_MODULE_1__/* .fileFigures */ .G4)(input.files);
    const baseFiles = 'unavailable' in input.base ? undefined : input.base.files;
    const patchByPath = new Map((input.patch?.files ?? []).map((f) => [f.path, f]));
    const changedFiles = [...patchByPath.values()].map((p) => ({
        path: p.path,
        lines: figurePct(head[p.path]),
        basePct: figurePct(baseFiles?.[p.path]),
        changedExecutable: p.executable,
        changedCovered: p.covered,
        uncoveredLines: p.uncoveredLines,
    }));
    // Worst first: most uncovered changed lines, then lowest coverage.
    changedFiles.sort((a, b) => b.uncoveredLines.length - a.uncoveredLines.length ||
        (a.lines ?? 101) - (b.lines ?? 101) ||
        (a.path < b.path ? -1 : 1));
    const droppedFiles = [];
    if (baseFiles) {
        for (const [path, figure] of Object.entries(head)) {
            if (patchByPath.has(path))
                continue;
            const basePct = figurePct(baseFiles[path]);
            const headPct = figurePct(figure);
            if (basePct !== null && headPct !== null && basePct - headPct >= DROP_EPSILON) {
                droppedFiles.push({ path, basePct, headPct });
            }
        }
        droppedFiles.sort((a, b) => b.basePct - b.headPct - (a.basePct - a.headPct) || (a.path < b.path ? -1 : 1));
    }
    return {
        schema: COMMENT_DATA_SCHEMA,
        name: input.name,
        repo: input.repo,
        prNumber: input.prNumber,
        headSha: input.headSha,
        headline: input.headline,
        totals: {
            lines: input.totals.lines,
            branches: input.totals.branches,
            functions: input.totals.functions,
            ...(input.totals.statements.total > 0 ? { statements: input.totals.statements } : {}),
        },
        base: input.base,
        patch: input.patch
            ? { covered: input.patch.covered, total: input.patch.total, pct: input.patch.pct }
            : null,
        changedFiles,
        droppedFiles,
        trend: input.trend,
        gates: input.gates,
    };
}
/** The headline metric of comment data, its figure and the base's figure of the same metric. */
function headlineOf(data) {
    const metric = data.headline === 'statements' && data.totals.statements ? 'statements' : 'lines';
    const total = metric === 'statements' ? data.totals.statements : data.totals.lines;
    const base = 'unavailable' in data.base ? undefined : data.base[metric];
    return { metric, pct: total.pct, base };
}


/***/ }),

/***/ 7896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ fileFigures),
/* harmony export */   Jh: () => (/* binding */ baseFromBaseline),
/* harmony export */   aN: () => (/* binding */ COVERAGE_KIND),
/* harmony export */   f_: () => (/* binding */ seriesName),
/* harmony export */   gu: () => (/* binding */ coverageRecord),
/* harmony export */   p9: () => (/* binding */ trendPoints)
/* harmony export */ });
/* harmony import */ var _coverage_totals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52568);
/* harmony import */ var _history_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93114);


const COVERAGE_KIND = 'coverage';
/** History series of an instance; an unnamed instance is 'default', as in its sticky comment. */
function seriesName(name) {
    return name || 'default';
}
/** Per-file line figures, as stored in history and compared against the base. */
function fileFigures(files) {
    const out = {};
    for (const file of files) {
        const c = (0,_coverage_totals_js__WEBPACK_IMPORTED_MODULE_0__/* .fileCounters */ .uR)(file).lines;
        out[file.path] = [c.covered, c.total];
    }
    return out;
}
/** The history record of one default-branch run: totals as metrics, per-file figures as detail. */
function coverageRecord(input) {
    const metrics = {};
    for (const metric of ['lines', 'branches', 'functions', 'statements']) {
        const t = input.totals[metric];
        if (t.total === 0)
            continue;
        metrics[metric] = t.pct ?? 0;
        metrics[`${metric}_covered`] = t.covered;
        metrics[`${metric}_total`] = t.total;
    }
    return {
        schema: _history_record_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_SCHEMA */ .NF,
        kind: COVERAGE_KIND,
        name: seriesName(input.name),
        repo: input.repo,
        branch: input.branch,
        sha: input.sha,
        runId: input.runId,
        runAttempt: input.runAttempt,
        time: input.time.toISOString(),
        runner: input.runner,
        metrics,
        detail: { files: fileFigures(input.files) },
    };
}
function isFigure(v) {
    return (Array.isArray(v) &&
        v.length === 2 &&
        v.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0));
}
/** Per-file figures from a record's detail, ignoring anything malformed. */
function recordFiles(record) {
    const files = record.detail?.files;
    if (typeof files !== 'object' || files === null)
        return undefined;
    const out = {};
    for (const [path, figure] of Object.entries(files))
        if (isFigure(figure))
            out[path] = figure;
    return out;
}
function baseFromBaseline(baseline) {
    if ('unavailable' in baseline)
        return baseline;
    const { record, commitsBehind } = baseline;
    const metric = (m) => (typeof record.metrics[m] === 'number' ? record.metrics[m] : null);
    const base = {
        sha: record.sha,
        commitsBehind,
        time: record.time,
        lines: metric('lines'),
        branches: metric('branches'),
        functions: metric('functions'),
    };
    const statements = metric('statements');
    if (statements !== null)
        base.statements = statements;
    const files = recordFiles(record);
    if (files)
        base.files = files;
    return base;
}
function trendPoints(records) {
    return records.flatMap((r) => {
        if (typeof r.metrics.lines !== 'number')
            return [];
        const point = { sha: r.sha, time: r.time, lines: r.metrics.lines };
        if (typeof r.metrics.statements === 'number')
            point.statements = r.metrics.statements;
        return [point];
    });
}


/***/ }),

/***/ 93114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ runnerFingerprint),
/* harmony export */   Hy: () => (/* binding */ recordKey),
/* harmony export */   Lb: () => (/* binding */ serializeRecords),
/* harmony export */   NF: () => (/* binding */ HISTORY_SCHEMA),
/* harmony export */   Q4: () => (/* binding */ parseRecords)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
// One measurement of one thing (a coverage total, a benchmark, a page's vitals) at one commit, as
// every shipshape action stores it. Stored as JSON Lines so that a damaged line costs one record.

const HISTORY_SCHEMA = 'shipshape.history/v1';
const SCHEMA_PATTERN = /^shipshape\.history\/v(\d+)$/;
const SUPPORTED_VERSION = 1;
/** Per source; a file that is garbage throughout would otherwise bury the log. */
const MAX_WARNINGS_PER_SOURCE = 10;
function runnerFingerprint() {
    const model = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.cpus)()[0]?.model ?? '';
    return {
        os: `${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.platform)()}/${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.arch)()}`,
        cpu: model.trim().replace(/\s+/g, ' ') || 'unknown',
        cores: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(),
    };
}
/** Two records with the same key describe the same run attempt and are duplicates. */
function recordKey(r) {
    return JSON.stringify([r.kind, r.name, r.repo, r.branch, r.sha, r.runId, r.runAttempt]);
}
function isObject(v) {
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
    if (!isObject(runner))
        return `'runner' must be an object`;
    if (typeof runner.os !== 'string' || typeof runner.cpu !== 'string' || typeof runner.cores !== 'number') {
        return `'runner' must have os, cpu (strings) and cores (number)`;
    }
    if (!isObject(v.metrics))
        return `'metrics' must be an object`;
    for (const [metric, value] of Object.entries(v.metrics)) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            return `metric '${metric}' must be a finite number`;
    }
    if (v.detail !== undefined && !isObject(v.detail))
        return `'detail' must be an object`;
    if (v.meta !== undefined) {
        if (!isObject(v.meta))
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
function parseRecords(text, source, log) {
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
        if (!isObject(value)) {
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
function serializeRecords(records) {
    let out = '';
    for (const r of records) {
        const problem = r.schema === HISTORY_SCHEMA ? shapeError(r) : 'wrong schema';
        if (problem)
            throw new Error(`history record ${r.kind}/${r.name} at ${r.sha}: ${problem}`);
        out += `${JSON.stringify(r)}\n`;
    }
    return out;
}


/***/ }),

/***/ 33115:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IA: () => (/* binding */ coverageColor),
  _s: () => (/* binding */ renderBadge),
  sv: () => (/* binding */ shieldsEndpoint)
});

// UNUSED EXPORTS: badgeColorHex

;// CONCATENATED MODULE: ./build/shared/report/verdana-widths.js
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

;// CONCATENATED MODULE: ./build/shared/report/badge.js
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
