export const id = 2128;
export const ids = [2128];
export const modules = {

/***/ 83463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCoverageGateCli: () => (/* binding */ runCoverageGateCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/shared/coverage-gate/options.js
var options = __webpack_require__(39051);
// EXTERNAL MODULE: ./build/shared/coverage-gate/run.js + 1 modules
var run = __webpack_require__(10940);
// EXTERNAL MODULE: ./build/shared/coverage-gate/summary.js
var summary = __webpack_require__(83625);
// EXTERNAL MODULE: ./build/shared/coverage/headline.js
var headline = __webpack_require__(37807);
;// CONCATENATED MODULE: ./build/shared/coverage-gate/text.js

const pct = (value) => (0,headline/* displayPercent */.aL)(value);
/** Plain-text result for terminals and pre-commit hooks. */
function renderGateText(report, quiet) {
    const lines = [];
    if (!quiet) {
        const t = report.totals;
        const c = report.coverage;
        const figures = [`coverage ${pct(c.pct)} (${c.metric} ${c.covered}/${c.total})`];
        if (c.metric !== 'lines')
            figures.push(`lines ${pct(t.lines.pct)}`);
        if (t.statements.total > 0 && c.metric !== 'statements')
            figures.push(`statements ${pct(t.statements.pct)}`);
        if (t.branches.total > 0)
            figures.push(`branches ${pct(t.branches.pct)}`);
        if (t.functions.total > 0)
            figures.push(`functions ${pct(t.functions.pct)}`);
        if (report.patch)
            figures.push(`patch ${pct(report.patch.pct)} (${report.patch.covered}/${report.patch.total})`);
        lines.push(`${report.name ? `${report.name}: ` : ''}${figures.join(', ')}`);
    }
    for (const gate of report.gates) {
        if (quiet && gate.passed)
            continue;
        const mark = gate.skipped ? 'skip' : gate.passed ? 'pass' : 'FAIL';
        lines.push(`  ${mark}  ${gate.title}: ${gate.reason}`);
    }
    if (!quiet) {
        for (const note of report.basis)
            lines.push(`  note  ${note}`);
        if (report.unmatched.length > 0) {
            lines.push(`  ${report.unmatched.length} file(s) in the reports match no tracked file (check working-directory):`);
            for (const path of report.unmatched.slice(0, 20))
                lines.push(`    ${path}`);
            if (report.unmatched.length > 20)
                lines.push(`    … ${report.unmatched.length - 20} more`);
        }
    }
    const skipped = report.gates.filter((g) => g.skipped);
    if (skipped.length > 0 && !quiet)
        lines.push(`  ${skipped.length} gate(s) skipped for lack of data: ${skipped.map((g) => g.title).join(', ')}`);
    if (!quiet || !report.passed)
        lines.push(report.passed ? 'coverage gate passed' : 'coverage gate FAILED');
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

// EXTERNAL MODULE: ./build/shared/git/changed-lines.js
var changed_lines = __webpack_require__(7233);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
;// CONCATENATED MODULE: ./build/shared/git/resolve-ref.js



const resolve_ref_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The commit sha a ref names (branch, tag, `HEAD~2`, `origin/main`); the input is named on failure. */
async function resolveCommit(cwd, ref, input) {
    if (ref.startsWith('-'))
        throw new errors/* InputError */.dz(input, `'${ref}' is not a git ref`);
    try {
        const { stdout } = await resolve_ref_run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd });
        return stdout.trim();
    }
    catch {
        throw new errors/* InputError */.dz(input, `'${ref}' does not name a commit in ${cwd} (fetch it first, e.g. git fetch origin main)`);
    }
}

// EXTERNAL MODULE: ./build/shared/runtime/logger.js
var logger = __webpack_require__(65403);
// EXTERNAL MODULE: ./build/cli/flags.js
var flags = __webpack_require__(6222);
;// CONCATENATED MODULE: ./build/cli/coverage-gate.js











const HELP = `Usage: shipshape coverage-gate [flags]

  --files <globs>           reports to read (repeatable or comma-separated); default: discover
  --format <f>              auto | lcov | go | istanbul | istanbul-summary | cobertura | jacoco | clover
  --min-coverage <pct>      minimum of the headline figure: statements for Go, lines otherwise (default 80)
  --min-lines <pct>         minimum line coverage (default: none)
  --min-branches <pct>      --min-functions <pct>      --min-statements <pct>
  --thresholds <rules>      per-path rules, e.g. 'services/api/**: lines=85' (repeatable)
  --min-patch <pct>         minimum coverage of lines changed since --base
  --base <ref>              measure patch coverage of <ref>...HEAD (local git diff)
  --name <name>             instance name shown in the output
  --if-no-files <b>         error | warn | ignore (default error)
  --if-empty <b>            fail | pass: when the reports hold nothing to measure (default fail)
  --working-directory <d>   where the tests ran (default .); paths are relative to the git top folder,
                            so running inside a module folder gives the same result as from the root
  --report <file>           write the JSON report here
  --markdown                print the Markdown job summary instead of plain text
  --quiet                   print only failures

Exit codes: 0 passed, 1 a gate failed, 2 bad input, 3 internal error.`;
const FLAGS = {
    files: { type: 'string', multiple: true },
    format: { type: 'string' },
    'min-coverage': { type: 'string' },
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
    'if-empty': { type: 'string' },
    'working-directory': { type: 'string' },
    report: { type: 'string' },
    markdown: { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
async function runCoverageGateCli(argv) {
    try {
        const { values, positionals } = (0,flags/* readFlags */.uW)('coverage-gate', { options: FLAGS, allowPositionals: true }, argv);
        if (values.help) {
            process.stdout.write(`${HELP}\n`);
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
        const inputs = (0,options/* readGateInputs */.rI)(source);
        const log = (0,logger/* stderrLogger */.D7)({ quiet: values.quiet ?? false });
        const workspace = process.cwd();
        const base = values.base ? await resolveCommit(workspace, values.base, 'base') : undefined;
        const head = base ? await resolveCommit(workspace, 'HEAD', 'base') : undefined;
        const outcome = await (0,run/* runCoverageGate */.N)({
            ...inputs,
            workspace,
            log,
            changedLines: base && head
                ? async () => {
                    const diff = await (0,changed_lines/* changedLinesFromGit */.M)({ cwd: workspace, baseSha: base, headSha: head, log });
                    return 'unavailable' in diff ? diff : { value: diff.files };
                }
                : undefined,
        });
        if (values.report && outcome.report) {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(values.report), `${JSON.stringify(outcome.report, null, 2)}\n`);
        }
        if (outcome.report) {
            const out = values.markdown
                ? (0,summary/* renderGateSummary */.o)(outcome.report, {
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
        const { exitCode, message } = (0,errors/* classifyFailure */.XE)(error);
        process.stderr.write(`shipshape coverage-gate: ${message}\n`);
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

/***/ 10940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ runCoverageGate)
});

// EXTERNAL MODULE: ./build/shared/coverage/collect.js + 14 modules
var collect = __webpack_require__(81144);
// EXTERNAL MODULE: ./build/shared/coverage/gates.js
var coverage_gates = __webpack_require__(49931);
// EXTERNAL MODULE: ./build/shared/coverage/headline.js
var headline = __webpack_require__(37807);
// EXTERNAL MODULE: ./build/shared/coverage/patch.js
var coverage_patch = __webpack_require__(36049);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
;// CONCATENATED MODULE: ./build/shared/coverage-gate/annotations.js

/**
 * GitHub keeps only about 10 workflow-command annotations of one level per step and drops the
 * rest without a word, so we choose which ones users see: the longest uncovered runs first.
 */
const ANNOTATION_LIMIT = 10;
function selectAnnotations(patch, limit = ANNOTATION_LIMIT) {
    const all = [];
    for (const file of patch.files) {
        for (const [start, end] of (0,coverage_patch/* lineRanges */.n)(file.uncoveredLines)) {
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

// EXTERNAL MODULE: ./build/shared/coverage-gate/report.js
var coverage_gate_report = __webpack_require__(34175);
;// CONCATENATED MODULE: ./build/shared/coverage-gate/run.js







/** Reads the reports, measures, decides: the whole coverage gate without any GitHub side effect. */
async function runCoverageGate(options) {
    const loaded = await (0,collect/* collectCoverage */.f)(options);
    if ('missing' in loaded)
        return { exitCode: errors/* EXIT */.dc.ok, annotations: [], annotationsLeftOut: 0, notes: [loaded.missing] };
    const notes = loaded.notes;
    const totals = loaded.totals;
    const coverage = (0,headline/* headline */.Pl)(totals, loaded.sources.map((s) => s.format));
    if (coverage.warning) {
        options.log.warning(coverage.warning);
        notes.push(coverage.warning);
    }
    let patch;
    if (options.changedLines) {
        const changed = await options.changedLines();
        patch =
            'unavailable' in changed
                ? changed
                : { value: (0,coverage_patch/* computePatchCoverage */.a)(loaded.files, changed.value, loaded.workingDirectory) };
    }
    const baseline = options.gates.maxDrop === undefined
        ? undefined
        : options.baseline
            ? await options.baseline()
            : { unavailable: 'no coverage history to compare with (history: off)' };
    const gates = (0,coverage_gates/* evaluateGates */.u)(options.gates, {
        totals,
        headline: coverage,
        files: loaded.files,
        patch,
        baseline,
    });
    for (const gate of gates) {
        if (gate.id.startsWith('path:') && gate.skipped) {
            const message = `thresholds: ${gate.reason}, so that rule was not checked (is the glob repo-relative?)`;
            options.log.warning(message);
            notes.push(message);
        }
    }
    const report = (0,coverage_gate_report/* buildReport */.FK)({
        name: options.name,
        commit: options.commit,
        pullRequest: options.pullRequest,
        coverage,
        basis: loaded.basis,
        totals,
        files: loaded.files,
        patch: patch === undefined ? undefined : 'unavailable' in patch ? patch : patch.value,
        gates,
        sources: loaded.sources,
        unmatched: loaded.unmatched,
    });
    const selected = report.patch ? selectAnnotations(report.patch) : { shown: [], leftOut: 0 };
    const failure = (0,coverage_gates/* failureMessage */.o)(gates, options.name);
    return {
        exitCode: report.passed ? errors/* EXIT */.dc.ok : errors/* EXIT */.dc.gateFailed,
        report,
        failure,
        annotations: selected.shown,
        annotationsLeftOut: selected.leftOut,
        notes,
    };
}


/***/ }),

/***/ 83625:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ renderGateSummary)
/* harmony export */ });
/* harmony import */ var _coverage_patch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36049);
/* harmony import */ var _coverage_totals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52568);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15210);
/* harmony import */ var _report_runbooks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65186);




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
    const lead = report.coverage.metric;
    const metrics = [
        lead,
        ...['lines', 'statements', 'branches', 'functions'].filter((m) => m !== lead && (m !== 'statements' || report.totals.statements.total > 0)),
    ];
    for (const m of metrics) {
        const t = report.totals[m];
        if (t.total === 0 && m !== lead)
            continue;
        rows.push([
            m === lead ? `**coverage** (${m})` : m,
            String(t.covered),
            String(t.total),
            `**${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .pct */ .Oe)(t.pct)}**`,
        ]);
    }
    if (report.patch)
        rows.push([
            'patch (changed lines)',
            String(report.patch.covered),
            String(report.patch.total),
            `**${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .pct */ .Oe)(report.patch.pct)}**`,
        ]);
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Metric', 'Covered', 'Total', 'Coverage'], rows, ['l', 'r', 'r', 'r']);
}
function gatesSection(gates) {
    if (gates.length === 0)
        return '_No gate configured._';
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['', 'Gate', 'Threshold', 'Actual', 'Why'], gates.map((g) => [
        gateIcon(g),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(g.title),
        threshold(g),
        actual(g),
        g.passed
            ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(g.reason)
            : `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(g.reason)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)('runbook', (0,_report_runbooks_js__WEBPACK_IMPORTED_MODULE_2__/* .runbookUrl */ .oV)('coverage-gate', (0,_report_runbooks_js__WEBPACK_IMPORTED_MODULE_2__/* .coverageGateAnchor */ .np)(g.id)))}`,
    ]), ['c', 'l', 'r', 'r', 'l']);
}
function rangesText(lines, max = 8) {
    const ranges = (0,_coverage_patch_js__WEBPACK_IMPORTED_MODULE_0__/* .lineRanges */ .n)(lines).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
    const shown = ranges.slice(0, max).join(', ');
    return ranges.length > max ? `${shown}, … (${ranges.length - max} more)` : shown;
}
function patchSection(report) {
    if (!report.patch)
        return report.patchUnavailable
            ? `_Patch coverage not measured: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(report.patchUnavailable)}_`
            : '';
    const p = report.patch;
    const worst = p.files.filter((f) => f.uncoveredLines.length > 0);
    const lines = [`${p.covered} of ${p.total} changed executable lines are covered (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .pct */ .Oe)(p.pct)}).`];
    if (worst.length > 0) {
        lines.push('', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['File', 'Patch', 'Uncovered changed lines'], worst
            .slice(0, PATCH_FILES)
            .map((f) => [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(f.path), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .pct */ .Oe)((0,_coverage_totals_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(f.covered, f.executable)), rangesText(f.uncoveredLines)]), ['l', 'r', 'l']));
        if (worst.length > PATCH_FILES)
            lines.push('', `_${worst.length - PATCH_FILES} more file(s) with uncovered changed lines are in the JSON report._`);
    }
    if (p.missingFiles.length > 0) {
        lines.push('', `Changed source files with no coverage data at all: ${p.missingFiles.slice(0, 20).map(_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY).join(', ')}${p.missingFiles.length > 20 ? ', …' : ''}`);
    }
    return lines.join('\n');
}
function worstFiles(report) {
    // Ranked by the headline metric, the figure the gate and the summary lead with.
    const m = report.coverage.metric;
    const ranked = report.files
        .filter((f) => f[m].total > 0 && f[m].pct !== null && f[m].pct < 100)
        .sort((a, b) => (a[m].pct ?? 0) - (b[m].pct ?? 0) || b[m].total - a[m].total)
        .slice(0, WORST_FILES);
    if (ranked.length === 0)
        return '';
    const title = m.charAt(0).toUpperCase() + m.slice(1);
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .details */ .zH)(`Least covered files (${ranked.length} of ${report.files.length})`, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['File', title, 'Uncovered'], ranked.map((f) => [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(f.path), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .pct */ .Oe)(f[m].pct), String(f[m].total - f[m].covered)]), ['l', 'r', 'r']));
}
/** The job summary of one coverage-gate run. */
function renderGateSummary(report, extras) {
    const title = report.name ? `Coverage gate: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(report.name)}` : 'Coverage gate';
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
        const shown = report.unmatched.slice(0, UNMATCHED_SHOWN).map((p) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(p)}`);
        if (report.unmatched.length > UNMATCHED_SHOWN)
            shown.push(`- … ${report.unmatched.length - UNMATCHED_SHOWN} more`);
        parts.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .details */ .zH)(`${report.unmatched.length} file(s) in the reports match no tracked file (check working-directory or path mapping)`, `${shown.join('\n')}\n\nWhat to do: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)('runbook', (0,_report_runbooks_js__WEBPACK_IMPORTED_MODULE_2__/* .runbookUrl */ .oV)('coverage-gate', 'unmatched-paths'))}`));
    }
    const sources = report.sources.map((s) => `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(s.file)} (${s.format}, ${s.files} files)`).join(', ');
    parts.push(`<sub>Read ${report.sources.length} report(s): ${sources}.</sub>`);
    for (const note of report.basis ?? [])
        parts.push(`<sub>${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(note)}</sub>`);
    for (const note of extras.notes)
        parts.push(`> ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(note)}`);
    return `${parts.join('\n\n')}\n`;
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
