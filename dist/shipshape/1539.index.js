export const id = 1539;
export const ids = [1539];
export const modules = {

/***/ 1539:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./build/shared/runtime/action.js + 6 modules
var action = __webpack_require__(6880);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/shared/coverage-gate/changed-lines.js + 1 modules
var changed_lines = __webpack_require__(35907);
// EXTERNAL MODULE: ./build/shared/coverage-gate/options.js
var options = __webpack_require__(39051);
// EXTERNAL MODULE: ./build/shared/coverage-gate/report.js
var report = __webpack_require__(34175);
// EXTERNAL MODULE: ./build/shared/coverage-gate/run.js + 1 modules
var run = __webpack_require__(10940);
// EXTERNAL MODULE: ./build/shared/coverage-gate/status.js
var coverage_gate_status = __webpack_require__(37691);
// EXTERNAL MODULE: ./build/shared/coverage-gate/summary.js
var summary = __webpack_require__(83625);
// EXTERNAL MODULE: ./build/shared/coverage-history/baseline.js
var baseline = __webpack_require__(13275);
// EXTERNAL MODULE: ./build/shared/export/samples.js
var samples = __webpack_require__(57160);
// EXTERNAL MODULE: ./build/shared/runtime/inputs.js
var runtime_inputs = __webpack_require__(8998);
// EXTERNAL MODULE: ./build/shared/runtime/shell.js
var shell = __webpack_require__(54029);
;// CONCATENATED MODULE: ./build/actions/coverage-gate/src/spec.js
// coverage-gate as a spec over the shared shell: every input is read first, the core
// (shared/coverage-gate) measures and decides, and `present` only maps the outcome to what the
// runtime publishes. The CLI (cli/coverage-gate.ts) runs the same core.












function baselineReader(settings, env, diff, warnings) {
    return async () => {
        const history = env.history.open();
        if (!history)
            return { unavailable: 'history is off (history: off)' };
        const context = env.context;
        const changes = context?.prNumber !== undefined ? await diff() : undefined;
        const mergeBase = changes
            ? 'unavailable' in changes
                ? undefined
                : changes.value.mergeBase
            : context?.baseSha;
        const read = await (0,baseline/* readCoverageHistory */.l)({
            history,
            name: settings.name,
            mergeBase,
            cwd: env.workspace,
            api: env.github,
            log: env.log,
        });
        for (const warning of read.warnings) {
            env.log.info(`Coverage history: ${warning}`);
            warnings.push(`Coverage history: ${warning}`);
        }
        if ('unavailable' in read.base)
            return { unavailable: `no baseline: ${read.base.unavailable}` };
        if (read.base.lines === null)
            return { unavailable: 'the baseline record has no line coverage' };
        return { value: { lines: read.base.lines, sha: read.base.sha, commitsBehind: read.base.commitsBehind } };
    };
}
const spec = (0,shell/* defineAction */.Q)({
    name: 'coverage-gate',
    // Its verdict goes to the commit status and the job summary; it writes no pull request comment.
    publishes: { comment: false },
    read(inputs) {
        return { ...(0,options/* readGateInputs */.rI)(inputs), annotate: (0,runtime_inputs/* readBoolean */.Vf)(inputs, 'annotate', true) };
    },
    async run(settings, env) {
        const context = env.context;
        const prNumber = context?.prNumber;
        const baseSha = context?.baseSha;
        const historyWarnings = [];
        // One diff serves both patch coverage and the merge-base that max-drop compares against.
        let diff;
        const pullRequestDiff = () => {
            diff ??=
                context && prNumber !== undefined && baseSha
                    ? (0,changed_lines/* resolvePullRequestDiff */.e)({
                        cwd: env.workspace,
                        owner: env.github?.owner ?? context.repo.owner,
                        repo: env.github?.repo ?? context.repo.repo,
                        pullNumber: prNumber,
                        baseSha,
                        headSha: context.headSha,
                        octokit: env.github?.octokit,
                        wantMergeBase: settings.gates.maxDrop !== undefined,
                        log: env.log,
                    })
                    : Promise.resolve({ unavailable: 'not a pull request' });
            return diff;
        };
        const outcome = await env.log.group('Measure coverage', () => (0,run/* runCoverageGate */.N)({
            ...settings,
            workspace: env.workspace,
            commit: context?.headSha,
            pullRequest: prNumber,
            changedLines: prNumber !== undefined && baseSha
                ? async () => {
                    const changes = await pullRequestDiff();
                    return 'unavailable' in changes ? changes : { value: changes.value.files };
                }
                : undefined,
            baseline: baselineReader(settings, env, pullRequestDiff, historyWarnings),
            log: env.log,
        }));
        if (!outcome.report)
            return { outcome, historyWarnings };
        const reportPath = (0,report/* gateReportPath */.Po)(env.env.RUNNER_TEMP || (0,external_node_path_.dirname)(env.tempDir), outcome.report.name);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
        await (0,promises_.writeFile)(reportPath, `${JSON.stringify(outcome.report, null, 2)}\n`);
        return { outcome, reportPath, historyWarnings };
    },
    present({ outcome, reportPath, historyWarnings }, settings) {
        const report = outcome.report;
        if (!report) {
            return {
                outputs: { passed: 'true' },
                summary: `## Coverage gate\n\n${outcome.notes.join('\n\n')}`,
                exitCode: 0,
            };
        }
        const annotations = [
            ...historyWarnings.map((message) => ({ level: 'notice', message })),
            ...(settings.annotate ? outcome.annotations.map((a) => ({ level: 'warning', ...a })) : []),
        ];
        return {
            outputs: {
                coverage: (0,coverage_gate_status/* formatOutput */.V$)(report.coverage.pct),
                lines: (0,coverage_gate_status/* formatOutput */.V$)(report.totals.lines.pct),
                branches: (0,coverage_gate_status/* formatOutput */.V$)(report.totals.branches.pct),
                functions: (0,coverage_gate_status/* formatOutput */.V$)(report.totals.functions.pct),
                statements: (0,coverage_gate_status/* formatOutput */.V$)(report.totals.statements.pct),
                patch: (0,coverage_gate_status/* formatOutput */.V$)(report.patch?.pct),
                passed: String(report.passed),
                report: reportPath,
            },
            summary: (0,summary/* renderGateSummary */.o)(report, {
                annotationsShown: settings.annotate ? outcome.annotations.length : 0,
                annotationsLeftOut: settings.annotate ? outcome.annotationsLeftOut : 0,
                notes: outcome.notes,
            }),
            statuses: [
                {
                    context: (0,coverage_gate_status/* statusContext */.s)(report.name),
                    state: report.passed ? 'success' : 'failure',
                    description: (0,coverage_gate_status/* statusDescription */.$U)(report),
                },
            ],
            annotations,
            metrics: (0,samples/* coverageSamples */.aJ)({
                name: report.name || 'default',
                percents: {
                    headline: report.coverage.pct,
                    lines: report.totals.lines.pct,
                    branches: report.totals.branches.pct,
                    functions: report.totals.functions.pct,
                    statements: report.totals.statements.pct,
                    patch: report.patch?.pct,
                },
                passed: report.passed,
            }),
            ...(outcome.failure ? { failure: outcome.failure } : {}),
            exitCode: outcome.exitCode === 0 ? 0 : 1,
        };
    },
});

;// CONCATENATED MODULE: ./build/actions/coverage-gate/src/main.js


void (0,action/* runAction */.Cs)(spec);


/***/ }),

/***/ 35907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ resolvePullRequestDiff)
});

// EXTERNAL MODULE: ./build/shared/git/changed-lines.js
var changed_lines = __webpack_require__(7233);
// EXTERNAL MODULE: ./build/shared/git/diff.js
var diff = __webpack_require__(21380);
// EXTERNAL MODULE: ./build/shared/github/errors.js
var errors = __webpack_require__(36199);
;// CONCATENATED MODULE: ./build/shared/github/pull-files.js
// Changed lines of a pull request from the REST API, for when the checkout cannot produce a diff.


/** GitHub lists at most this many files of a pull request, however many it has. */
const GITHUB_PULL_FILES_CAP = 3000;
async function listPullRequestChangedLines(octokit, o) {
    const files = new Map();
    const unknownLines = [];
    let listed = 0;
    let pages = 0;
    try {
        const iterator = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
            owner: o.owner,
            repo: o.repo,
            pull_number: o.pullNumber,
            per_page: 100,
        });
        for await (const page of iterator) {
            pages++;
            for (const file of page.data) {
                listed++;
                if (file.status === 'removed')
                    continue;
                if (file.patch === undefined || file.patch === '') {
                    // A pure rename or mode change has no lines; anything else without a patch is unknown.
                    files.set(file.filename, new Set());
                    if (file.changes > 0)
                        unknownLines.push(file.filename);
                    continue;
                }
                try {
                    files.set(file.filename, (0,diff/* addedLinesOfPatch */.nX)(file.patch, `patch of ${file.filename}`));
                }
                catch (error) {
                    o.log.warning(`${error.message}; treating the lines of ${file.filename} as unknown`);
                    files.set(file.filename, new Set());
                    unknownLines.push(file.filename);
                }
            }
        }
    }
    catch (error) {
        throw new Error(`Listing the files of pull request #${o.pullNumber} stopped after ${listed} files: ${(0,errors/* describeGitHubError */.d)(error)}`, { cause: error });
    }
    o.log.debug?.(`Pull request #${o.pullNumber}: ${listed} files in ${pages} pages`);
    if (listed >= GITHUB_PULL_FILES_CAP) {
        const reason = `GitHub lists only the first ${GITHUB_PULL_FILES_CAP} files of a pull request; ` +
            'changes in the remaining files are not known';
        o.log.warning(`Pull request #${o.pullNumber}: ${reason}`);
        return { files, unknownLines, truncated: true, reason };
    }
    return { files, unknownLines, truncated: false };
}

// EXTERNAL MODULE: ./build/shared/history/baseline.js
var baseline = __webpack_require__(24664);
;// CONCATENATED MODULE: ./build/shared/coverage-gate/changed-lines.js



/**
 * Changed lines of a pull request: the local diff against the merge-base when the clone has (or
 * can fetch) the history, else the paginated PR files API. The local diff has no file limit.
 */
async function resolvePullRequestDiff(req) {
    const local = await (0,changed_lines/* changedLinesFromGit */.M)({
        cwd: req.cwd,
        baseSha: req.baseSha,
        headSha: req.headSha,
        log: req.log,
    });
    if (!('unavailable' in local)) {
        req.log.info(`Changed lines from git diff ${local.mergeBase.slice(0, 7)}...${req.headSha.slice(0, 7)}: ${local.files.size} file(s).`);
        return { value: { files: local.files, mergeBase: local.mergeBase } };
    }
    req.log.info(`Local git diff unavailable (${local.unavailable}); asking the pull request files API.`);
    if (!req.octokit)
        return { unavailable: `changed lines unavailable: ${local.unavailable}, and no token to ask the API` };
    const remote = await listPullRequestChangedLines(req.octokit, {
        owner: req.owner,
        repo: req.repo,
        pullNumber: req.pullNumber,
        log: req.log,
    });
    if (remote.truncated)
        req.log.warning(`Patch coverage covers only part of the pull request: ${remote.reason ?? 'file list truncated'}.`);
    const mergeBase = req.wantMergeBase
        ? await (0,baseline/* mergeBaseFromApi */.Uy)(req.octokit, { owner: req.owner, repo: req.repo, baseSha: req.baseSha, headSha: req.headSha }, req.log)
        : undefined;
    return { value: { files: remote.files, mergeBase } };
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

/***/ 37691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ statusDescription),
/* harmony export */   V$: () => (/* binding */ formatOutput),
/* harmony export */   s: () => (/* binding */ statusContext)
/* harmony export */ });
/* harmony import */ var _coverage_headline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37807);

/** The commit status context, one per gate instance so several gates never overwrite each other. */
function statusContext(name) {
    return name ? `shipshape/coverage-gate (${name})` : 'shipshape/coverage-gate';
}
/** A short status line: the headline figure, then the first failing gate or the patch figure. */
function statusDescription(report) {
    const c = report.coverage;
    const head = c.pct === null ? `no ${c.metric} measured` : `${c.metric} ${(0,_coverage_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPercent */ .aL)(c.pct)}`;
    const failed = report.gates.filter((g) => !g.passed);
    if (failed.length > 0) {
        const more = failed.length > 1 ? ` (+${failed.length - 1} more)` : '';
        return `${head}; failed ${failed[0].title}: ${failed[0].reason}${more}`;
    }
    return report.patch?.pct != null ? `${head}; patch ${(0,_coverage_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPercent */ .aL)(report.patch.pct)}` : head;
}
function formatOutput(value) {
    return value === null || value === undefined ? '' : (0,_coverage_headline_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPercent */ .aL)(value).replace('%', '');
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

/***/ 13275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readCoverageHistory)
/* harmony export */ });
/* harmony import */ var _history_baseline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24664);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7896);


/**
 * Reads coverage history and picks the baseline: the record for the merge-base, or for its
 * nearest ancestor that has one. History problems become warnings; they never throw.
 */
async function readCoverageHistory(o) {
    const read = await o.history.read({ kind: _records_js__WEBPACK_IMPORTED_MODULE_1__/* .COVERAGE_KIND */ .aN, name: (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesName */ .f_)(o.name) });
    const warnings = [...read.warnings];
    if (!o.mergeBase)
        return { records: read.records, base: { unavailable: 'no base commit to compare with' }, warnings };
    const ancestry = await (0,_history_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveAncestry */ .eL)({ cwd: o.cwd, mergeBase: o.mergeBase, api: o.api, log: o.log });
    return {
        records: read.records,
        base: (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .baseFromBaseline */ .Jh)((0,_history_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .findBaseline */ .Xn)(read.records, ancestry ?? [])),
        warnings,
    };
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

/***/ 74452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ definitionOf),
/* harmony export */   l3: () => (/* binding */ labelNames)
/* harmony export */ });
/* unused harmony exports COMMON_LABELS, METRICS */
// The one table of every metric shipshape exports: its name, unit, help text and labels. The
// exporters, docs/metrics.md and the Grafana dashboard are all made from it, so a figure cannot
// leave shipshape without a name and a unit. Names follow Prometheus conventions: base units
// (seconds, ratios 0–1), the unit as suffix, `_total` only for counters.
/** Every sample carries these: where the run happened. */
const COMMON_LABELS = ['repo', 'branch'];
const METRICS = {
    shipshape_gate_passed: {
        help: 'Whether the gate of the run passed (1) or failed (0).',
        unit: 'boolean',
        labels: ['action', 'name'],
        action: 'any',
    },
    shipshape_coverage_ratio: {
        help: 'Coverage of one metric (lines, branches, functions, statements, patch, or headline: the figure the producing tool prints).',
        unit: 'ratio',
        labels: ['name', 'metric'],
        action: 'coverage-gate',
    },
    shipshape_perf_change_ratio: {
        help: 'Relative change of head against base (0.05 = 5% higher), the point estimate the verdict is computed from.',
        unit: 'ratio',
        labels: ['name', 'metric', 'verdict'],
        action: 'perf-regression',
    },
    shipshape_perf_regression: {
        help: 'Whether the comparison found a regression (1) or not (0).',
        unit: 'boolean',
        labels: ['name'],
        action: 'perf-regression',
    },
    shipshape_vitals_lcp_seconds: {
        help: 'Largest Contentful Paint of the median Lighthouse run.',
        unit: 'seconds',
        labels: ['url', 'form_factor'],
        action: 'lighthouse-vitals',
    },
    shipshape_vitals_fcp_seconds: {
        help: 'First Contentful Paint of the median Lighthouse run.',
        unit: 'seconds',
        labels: ['url', 'form_factor'],
        action: 'lighthouse-vitals',
    },
    shipshape_vitals_tbt_seconds: {
        help: 'Total Blocking Time (the lab stand-in for INP) of the median Lighthouse run.',
        unit: 'seconds',
        labels: ['url', 'form_factor'],
        action: 'lighthouse-vitals',
    },
    shipshape_vitals_cls: {
        help: 'Cumulative Layout Shift of the median Lighthouse run (unitless score).',
        unit: 'score',
        labels: ['url', 'form_factor'],
        action: 'lighthouse-vitals',
    },
    shipshape_vitals_score_ratio: {
        help: 'Lighthouse category score of the median run (performance, accessibility, best-practices, seo) as 0–1.',
        unit: 'ratio',
        labels: ['url', 'form_factor', 'category'],
        action: 'lighthouse-vitals',
    },
    shipshape_check_up: {
        help: 'Whether the check was up (1) or down (0); degraded counts as up.',
        unit: 'boolean',
        labels: ['environment', 'check'],
        action: 'deploy-smoke-health',
    },
    shipshape_check_latency_seconds: {
        help: 'Response time of the check (the slowest attempt that counted).',
        unit: 'seconds',
        labels: ['environment', 'check'],
        action: 'deploy-smoke-health',
    },
    shipshape_check_certificate_expiry_seconds: {
        help: 'Seconds until the TLS certificate of a domain check expires.',
        unit: 'seconds',
        labels: ['environment', 'check'],
        action: 'deploy-smoke-health',
    },
};
function definitionOf(name) {
    return METRICS[name];
}
/** The label names a sample of `name` carries, common ones first. */
function labelNames(name) {
    return [...COMMON_LABELS, ...METRICS[name].labels];
}


/***/ }),

/***/ 57160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aJ: () => (/* binding */ coverageSamples),
/* harmony export */   eZ: () => (/* binding */ checkSamples),
/* harmony export */   hY: () => (/* binding */ completeSamples),
/* harmony export */   jz: () => (/* binding */ vitalsSamples),
/* harmony export */   lw: () => (/* binding */ perfSamples)
/* harmony export */ });
/* unused harmony export sample */
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74452);

/** One sample of a catalogued metric; throws (a defect) on an unknown metric or a missing label. */
function sample(name, value, labels, timestamp) {
    return { name, value, labels, ...(timestamp !== undefined ? { timestamp } : {}) };
}
/** Adds the run's own labels and checks every sample against the catalog. */
function completeSamples(samples, run, now) {
    return samples
        .filter((s) => Number.isFinite(s.value))
        .map((s) => {
        if (!(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .definitionOf */ .Fg)(s.name))
            throw new Error(`metric '${s.name}' is not in shared/export/catalog.ts`);
        const labels = {};
        for (const label of (0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .labelNames */ .l3)(s.name)) {
            const value = label === 'repo' ? run.repo : label === 'branch' ? run.branch : s.labels[label];
            if (value === undefined)
                throw new Error(`metric '${s.name}' is missing label '${label}'`);
            labels[label] = value;
        }
        for (const label of Object.keys(s.labels)) {
            if (!(label in labels))
                throw new Error(`metric '${s.name}' has label '${label}' the catalog does not list`);
        }
        return { name: s.name, value: s.value, labels, timestamp: s.timestamp ?? now };
    });
}
const pctToRatio = (pct) => (typeof pct === 'number' ? pct / 100 : Number.NaN);
/** coverage-gate: each metric in percent as the report shows it, plus the headline and the verdict. */
function coverageSamples(o) {
    const out = Object.entries(o.percents).map(([metric, pct]) => sample('shipshape_coverage_ratio', pctToRatio(pct), { name: o.name, metric }));
    out.push(sample('shipshape_gate_passed', o.passed ? 1 : 0, { action: 'coverage-gate', name: o.name }));
    return out.filter((s) => Number.isFinite(s.value));
}
/** perf-regression: the relative change of each gated metric (0.05 = +5%) with its verdict. */
function perfSamples(o) {
    return [
        ...o.metrics
            .filter((m) => typeof m.change === 'number' && Number.isFinite(m.change))
            .map((m) => sample('shipshape_perf_change_ratio', m.change, {
            name: o.name,
            metric: m.metric,
            verdict: m.verdict,
        })),
        sample('shipshape_perf_regression', o.regression ? 1 : 0, { name: o.name }),
        sample('shipshape_gate_passed', o.passed ? 1 : 0, { action: 'perf-regression', name: o.name }),
    ];
}
/** lighthouse-vitals: one page on one form factor; times in ms as Lighthouse reports them, scores 0–100. */
function vitalsSamples(o) {
    const labels = { url: o.url, form_factor: o.formFactor };
    const seconds = (ms) => (typeof ms === 'number' ? ms / 1000 : Number.NaN);
    return [
        sample('shipshape_vitals_lcp_seconds', seconds(o.lcpMs), labels),
        sample('shipshape_vitals_fcp_seconds', seconds(o.fcpMs), labels),
        sample('shipshape_vitals_tbt_seconds', seconds(o.tbtMs), labels),
        sample('shipshape_vitals_cls', typeof o.cls === 'number' ? o.cls : Number.NaN, labels),
        ...Object.entries(o.scores ?? {}).map(([category, score]) => sample('shipshape_vitals_score_ratio', pctToRatio(score), { ...labels, category })),
    ].filter((s) => Number.isFinite(s.value));
}
/** deploy-smoke-health: one check's state; degraded counts as up. */
function checkSamples(o) {
    const labels = { environment: o.environment, check: o.check };
    const out = [sample('shipshape_check_up', o.state === 'down' ? 0 : 1, labels)];
    if (typeof o.latencyMs === 'number')
        out.push(sample('shipshape_check_latency_seconds', o.latencyMs / 1000, labels));
    if (o.certificateExpiresAt) {
        out.push(sample('shipshape_check_certificate_expiry_seconds', (o.certificateExpiresAt.getTime() - o.now) / 1000, labels));
    }
    return out;
}


/***/ }),

/***/ 24664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ trend),
/* harmony export */   IZ: () => (/* binding */ resolveMergeBase),
/* harmony export */   Uy: () => (/* binding */ mergeBaseFromApi),
/* harmony export */   Xn: () => (/* binding */ findBaseline),
/* harmony export */   eL: () => (/* binding */ resolveAncestry)
/* harmony export */ });
/* unused harmony exports ancestryFromGit, ancestryFromApi */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63933);
// Which stored record a pull request is compared against: the one for the merge-base commit, or
// failing that its nearest first-parent ancestor that has one (the merge-base's own run may have
// been skipped, cancelled or expired).



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
function short(sha) {
    return sha.slice(0, 7);
}
/**
 * `ancestry` lists SHAs from the merge-base backwards (first = merge-base). `records` should
 * already be narrowed to what is comparable (kind, name, perhaps runner). Of several records for
 * one commit the newest wins: a re-run measures the same code again, later.
 */
function findBaseline(records, ancestry) {
    if (ancestry.length === 0)
        return { unavailable: 'the merge-base commit is not known' };
    if (records.length === 0)
        return { unavailable: 'no history has been stored yet' };
    const newestBySha = new Map();
    for (const r of records) {
        const sha = r.sha.toLowerCase();
        const previous = newestBySha.get(sha);
        if (!previous || Date.parse(r.time) >= Date.parse(previous.time))
            newestBySha.set(sha, r);
    }
    for (const [index, sha] of ancestry.entries()) {
        const record = newestBySha.get(sha.toLowerCase());
        if (record)
            return { record, commitsBehind: index };
    }
    const mergeBase = short(ancestry[0] ?? '');
    return {
        unavailable: `none of the ${ancestry.length} commits from merge-base ${mergeBase} backwards has a stored record ` +
            `(${records.length} records stored)`,
    };
}
/** The last `limit` records of `branch`, oldest first. */
function trend(records, o) {
    const onBranch = records.filter((r) => r.branch === o.branch);
    onBranch.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    return o.limit > 0 ? onBranch.slice(-o.limit) : [];
}
/**
 * First-parent ancestry of `mergeBase` from the local clone, or undefined when git cannot tell
 * (no git, not a repository, the commit is outside a shallow clone).
 */
async function ancestryFromGit(cwd, mergeBase, limit = 200) {
    try {
        const { stdout } = await run('git', ['rev-list', '--first-parent', `--max-count=${limit}`, mergeBase, '--'], {
            cwd,
            maxBuffer: 16 * 1024 * 1024,
        });
        const shas = stdout.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l));
        return shas.length > 0 ? shas : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * First-parent ancestry of `sha` through the REST API, for shallow clones. The commits listing
 * is in date order and includes merged-in branches, so the first-parent chain is followed
 * explicitly, fetching further pages while the chain leads beyond what has been fetched.
 */
async function ancestryFromApi(octokit, o, log) {
    const limit = o.limit ?? 200;
    const parentOf = new Map();
    const chain = [];
    let next = o.sha;
    const maxPages = Math.ceil(limit / 100) + 3;
    try {
        for (let page = 0; page < maxPages && next && chain.length < limit; page++) {
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits', {
                owner: o.owner,
                repo: o.repo,
                sha: next,
                per_page: 100,
            });
            const items = Array.isArray(data) ? data : [];
            // `sha` may be abbreviated or a ref; the listing starts with the commit it names.
            const first = items[0]?.sha;
            if (page === 0 && typeof first === 'string' && !items.some((i) => i.sha === next))
                next = first;
            for (const item of items) {
                if (typeof item.sha !== 'string')
                    continue;
                const parent = item.parents?.[0]?.sha;
                parentOf.set(item.sha, typeof parent === 'string' ? parent : undefined);
            }
            // Walk as far as the fetched commits reach; the next page starts where the chain left off.
            while (next && parentOf.has(next) && chain.length < limit) {
                chain.push(next);
                next = parentOf.get(next);
            }
            if (items.length === 0)
                break;
        }
    }
    catch (error) {
        log?.warning(`could not list the commits before ${short(o.sha)}: ${(0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRestError */ .A)(error)}`);
        if (chain.length === 0)
            return undefined;
    }
    return chain.length > 0 ? chain : undefined;
}
async function isShallow(cwd) {
    try {
        const { stdout } = await run('git', ['rev-parse', '--is-shallow-repository'], { cwd });
        return stdout.trim() === 'true';
    }
    catch {
        return false;
    }
}
/**
 * Ancestry from the local clone, topped up from the REST API when the clone is shallow (the
 * default `actions/checkout` fetches one commit) and an Octokit is at hand.
 */
async function resolveAncestry(o) {
    const limit = o.limit ?? 200;
    const local = await ancestryFromGit(o.cwd, o.mergeBase, limit);
    if (local && (local.length >= limit || !(await isShallow(o.cwd))))
        return local;
    if (!o.api)
        return local;
    const remote = await ancestryFromApi(o.api.octokit, { ...o.api, sha: o.mergeBase, limit }, o.log);
    return (remote?.length ?? 0) > (local?.length ?? 0) ? remote : local;
}
const COMMIT_SHA = /^[0-9a-f]{40,64}$/;
/**
 * The merge-base of a pull request's base and head as GitHub computes it, from the compare API
 * (`GET /repos/{owner}/{repo}/compare/{base}...{head}`); undefined, with a line in the log, when the
 * API cannot tell.
 */
async function mergeBaseFromApi(octokit, o, log) {
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            owner: o.owner,
            repo: o.repo,
            basehead: `${o.baseSha}...${o.headSha}`,
            per_page: 1,
        });
        const sha = data?.merge_base_commit?.sha;
        if (typeof sha === 'string' && COMMIT_SHA.test(sha))
            return sha;
        log?.info('Merge-base not available from the compare API: the answer names no merge-base commit');
    }
    catch (error) {
        log?.info(`Merge-base not available from the compare API: ${(0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRestError */ .A)(error)}`);
    }
    return undefined;
}
/**
 * The merge-base a pull request's baseline is taken from: the local clone's when it has both
 * commits, else the compare API's. The base branch's head (`pull_request.base.sha`) is not it: the
 * base branch may have moved on since the pull request branched off.
 */
async function resolveMergeBase(o) {
    if (!COMMIT_SHA.test(o.baseSha) || !COMMIT_SHA.test(o.headSha))
        return undefined;
    try {
        const { stdout } = await run('git', ['merge-base', o.baseSha, o.headSha], { cwd: o.cwd });
        const sha = stdout.trim();
        if (COMMIT_SHA.test(sha))
            return sha;
    }
    catch {
        // not a clone, or one without both commits: ask GitHub
    }
    return o.api
        ? mergeBaseFromApi(o.api.octokit, { ...o.api, baseSha: o.baseSha, headSha: o.headSha }, o.log)
        : undefined;
}


/***/ })

};
