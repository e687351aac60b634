export const id = 7470;
export const ids = [7470];
export const modules = {

/***/ 7470:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./build/shared/runtime/action.js + 6 modules
var action = __webpack_require__(6880);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/shared/coverage-comment/badge.js
var badge = __webpack_require__(48212);
// EXTERNAL MODULE: ./build/shared/coverage-comment/data.js
var coverage_comment_data = __webpack_require__(65707);
// EXTERNAL MODULE: ./build/shared/coverage/thresholds.js
var thresholds = __webpack_require__(13727);
// EXTERNAL MODULE: ./build/shared/coverage-gate/options.js
var options = __webpack_require__(39051);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: ./build/shared/runtime/inputs.js
var runtime_inputs = __webpack_require__(8998);
;// CONCATENATED MODULE: ./build/shared/coverage-comment/options.js




const COMMENT_MODES = ['comment', 'compute', 'publish'];
function readWorkflowRun(context, env) {
    if (context.eventName !== 'workflow_run') {
        throw new errors/* InputError */.dz('mode', `publish runs on workflow_run events (this is ${context.eventName}); see docs/coverage-comment.md#fork-pull-requests`);
    }
    const run = context.workflowRun;
    if (!run) {
        throw new errors/* EnvironmentError */.eG(`the workflow_run event in ${env.env.GITHUB_EVENT_PATH ?? 'GITHUB_EVENT_PATH'} has no run id or head sha`);
    }
    return run;
}
function readCommentSettings(inputs, env) {
    const mode = (0,runtime_inputs/* readChoice */.Kf)(inputs, 'mode', COMMENT_MODES, 'comment');
    // The same words and defaults as coverage-gate: min-coverage gates the headline figure
    // (statements for Go, lines otherwise); min-lines and the others gate only when set.
    // coverage-gate's own parser, so both actions accept and refuse the same values alike.
    const minCoverage = (0,runtime_inputs/* parsePercent */.lo)('min-coverage', inputs.get('min-coverage')) ?? options/* DEFAULT_MIN_COVERAGE */.mW;
    const minimums = {};
    for (const metric of ['lines', 'branches', 'functions']) {
        const value = (0,runtime_inputs/* parsePercent */.lo)(`min-${metric}`, inputs.get(`min-${metric}`));
        if (value !== undefined)
            minimums[metric] = value;
    }
    const gates = { minCoverage, minimums };
    const minPatch = (0,runtime_inputs/* parsePercent */.lo)('min-patch', inputs.get('min-patch'));
    if (minPatch !== undefined)
        gates.minPatch = minPatch;
    const maxDrop = (0,thresholds/* parsePoints */.P)('max-drop', inputs.get('max-drop'));
    if (maxDrop !== undefined)
        gates.maxDrop = maxDrop;
    const settings = {
        mode,
        name: (0,runtime_inputs/* readString */.E3)(inputs, 'name'),
        patterns: (0,runtime_inputs/* readList */.LD)(inputs, 'files'),
        format: (0,runtime_inputs/* readChoice */.Kf)(inputs, 'format', options/* FORMATS */.hR, 'auto'),
        workingDirectory: (0,runtime_inputs/* readString */.E3)(inputs, 'working-directory').replace(/^\.\/?$/, ''),
        ifNoFiles: (0,runtime_inputs/* readChoice */.Kf)(inputs, 'if-no-files', ['error', 'warn', 'ignore'], 'error'),
        gateReport: (0,runtime_inputs/* readString */.E3)(inputs, 'gate-report'),
        trendLength: (0,runtime_inputs/* readInteger */.JI)(inputs, 'trend-length', 20, { min: 0, max: 500 }),
        minCoverage,
        gates,
        badgePath: (0,runtime_inputs/* readString */.E3)(inputs, 'badge-path'),
        badgeBranch: (0,runtime_inputs/* readString */.E3)(inputs, 'badge-branch'),
    };
    // Every mode is about a GitHub event: no GITHUB_SHA, no event file and the like end here.
    const context = env.requireContext();
    if (mode === 'compute' && !(env.env.GITHUB_ACTIONS === 'true' && env.env.ACTIONS_RUNTIME_TOKEN)) {
        throw new errors/* EnvironmentError */.eG("mode: compute uploads the comment data as an artifact of this run, which needs the runner's ACTIONS_RUNTIME_TOKEN: run it as a step of a GitHub Actions job (not inside a container step or a script that clears the environment)");
    }
    if (mode === 'publish') {
        const workflowRun = readWorkflowRun(context, env);
        if (!env.github)
            throw new errors/* InputError */.dz('token', 'publish mode needs a token with pull-requests: write and actions: read');
        return { ...settings, context, workflowRun };
    }
    return { ...settings, context };
}

;// CONCATENATED MODULE: ./build/shared/coverage-comment/payload.js


const MAX_FILES = 20_000;
const MAX_PATH = 1_024;
const MAX_TEXT = 2_000;
const MAX_LINES = 100_000;
const SHA = /^[0-9a-f]{40}$/;
class PayloadError extends errors/* UsageError */.eb {
    constructor(where, problem) {
        super(`coverage data artifact: ${where} ${problem}; refusing to publish it`);
    }
}
function obj(v, where, keys, optional = []) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new PayloadError(where, 'must be an object');
    const record = v;
    for (const k of Object.keys(record)) {
        if (!keys.includes(k) && !optional.includes(k))
            throw new PayloadError(`${where}.${k}`, 'is not a known field');
    }
    for (const k of keys)
        if (!(k in record))
            throw new PayloadError(`${where}.${k}`, 'is missing');
    return record;
}
function str(v, where, max = MAX_TEXT, pattern) {
    if (typeof v !== 'string' || v.length > max)
        throw new PayloadError(where, `must be a string of at most ${max} characters`);
    if (pattern && !pattern.test(v))
        throw new PayloadError(where, 'has an unexpected format');
    return v;
}
function num(v, where, { min = 0, max = Number.MAX_SAFE_INTEGER, nullable = false } = {}) {
    if (v === null && nullable)
        return null;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
        throw new PayloadError(where, `must be a number from ${min} to ${max}`);
    return v;
}
function arr(v, where, max, item) {
    if (!Array.isArray(v) || v.length > max)
        throw new PayloadError(where, `must be a list of at most ${max} entries`);
    return v.map((x, i) => item(x, `${where}[${i}]`));
}
/** An ISO 8601 UTC time as history records carry it; anything else could smuggle Markdown. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
function time(v, where) {
    const text = str(v, where, 40);
    if (!ISO_TIME.test(text) || !Number.isFinite(Date.parse(text)))
        throw new PayloadError(where, 'must be an ISO 8601 UTC time such as 2026-12-01T09:30:00Z');
    return text;
}
const pct = (v, where) => num(v, where, { max: 100, nullable: true });
const count = (v, where) => num(v, where);
const line = (v, where) => num(v, where, { min: 1 });
function total(v, where) {
    const t = obj(v, where, ['covered', 'total', 'pct']);
    return {
        covered: count(t.covered, `${where}.covered`),
        total: count(t.total, `${where}.total`),
        pct: pct(t.pct, `${where}.pct`),
    };
}
function gate(v, where) {
    const g = obj(v, where, ['id', 'title', 'metric', 'threshold', 'actual', 'passed', 'skipped', 'reason']);
    const metric = str(g.metric, `${where}.metric`, 20, /^(lines|branches|functions|statements|patch|drop)$/);
    if (typeof g.passed !== 'boolean' || typeof g.skipped !== 'boolean')
        throw new PayloadError(where, 'passed and skipped must be booleans');
    return {
        id: str(g.id, `${where}.id`, MAX_PATH),
        title: str(g.title, `${where}.title`, MAX_PATH),
        metric,
        threshold: num(g.threshold, `${where}.threshold`, { max: 100 }),
        actual: num(g.actual, `${where}.actual`, { min: -100, max: 100, nullable: true }),
        passed: g.passed,
        skipped: g.skipped,
        reason: str(g.reason, `${where}.reason`),
    };
}
/** Parses and checks the data a compute run uploaded; throws a UsageError naming the bad field. */
function parseCommentData(text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new PayloadError('the file', `is not JSON (${error.message})`);
    }
    const d = obj(raw, 'data', [
        'schema',
        'name',
        'repo',
        'prNumber',
        'headSha',
        'totals',
        'base',
        'patch',
        'changedFiles',
        'droppedFiles',
        'trend',
        'gates',
    ], ['headline']);
    if (d.schema !== coverage_comment_data/* COMMENT_DATA_SCHEMA */.dB)
        throw new PayloadError('data.schema', `must be '${coverage_comment_data/* COMMENT_DATA_SCHEMA */.dB}'`);
    const totals = obj(d.totals, 'data.totals', ['lines', 'branches', 'functions'], ['statements']);
    const headline = d.headline === undefined
        ? undefined
        : str(d.headline, 'data.headline', 20, /^(lines|statements)$/);
    let base;
    const b = d.base;
    if (b && typeof b === 'object' && 'unavailable' in b) {
        base = { unavailable: str(obj(b, 'data.base', ['unavailable']).unavailable, 'data.base.unavailable') };
    }
    else {
        const o = obj(d.base, 'data.base', ['sha', 'commitsBehind', 'time', 'lines', 'branches', 'functions'], ['files', 'statements']);
        base = {
            sha: str(o.sha, 'data.base.sha', 40, SHA),
            commitsBehind: count(o.commitsBehind, 'data.base.commitsBehind'),
            time: time(o.time, 'data.base.time'),
            lines: pct(o.lines, 'data.base.lines'),
            branches: pct(o.branches, 'data.base.branches'),
            functions: pct(o.functions, 'data.base.functions'),
            ...(o.statements !== undefined ? { statements: pct(o.statements, 'data.base.statements') } : {}),
        };
    }
    const patch = d.patch === null ? null : total(d.patch, 'data.patch');
    return {
        schema: coverage_comment_data/* COMMENT_DATA_SCHEMA */.dB,
        name: str(d.name, 'data.name', 100),
        repo: str(d.repo, 'data.repo', 200, /^[\w.-]+\/[\w.-]+$/),
        prNumber: num(d.prNumber, 'data.prNumber', { min: 1 }),
        headSha: str(d.headSha, 'data.headSha', 40, SHA),
        ...(headline ? { headline } : {}),
        totals: {
            lines: total(totals.lines, 'data.totals.lines'),
            branches: total(totals.branches, 'data.totals.branches'),
            functions: total(totals.functions, 'data.totals.functions'),
            ...(totals.statements !== undefined
                ? { statements: total(totals.statements, 'data.totals.statements') }
                : {}),
        },
        base,
        patch,
        changedFiles: arr(d.changedFiles, 'data.changedFiles', MAX_FILES, (x, w) => {
            const f = obj(x, w, [
                'path',
                'lines',
                'basePct',
                'changedExecutable',
                'changedCovered',
                'uncoveredLines',
            ]);
            return {
                path: str(f.path, `${w}.path`, MAX_PATH),
                lines: pct(f.lines, `${w}.lines`),
                basePct: pct(f.basePct, `${w}.basePct`),
                changedExecutable: count(f.changedExecutable, `${w}.changedExecutable`),
                changedCovered: count(f.changedCovered, `${w}.changedCovered`),
                uncoveredLines: arr(f.uncoveredLines, `${w}.uncoveredLines`, MAX_LINES, line),
            };
        }),
        droppedFiles: arr(d.droppedFiles, 'data.droppedFiles', MAX_FILES, (x, w) => {
            const f = obj(x, w, ['path', 'basePct', 'headPct']);
            return {
                path: str(f.path, `${w}.path`, MAX_PATH),
                basePct: pct(f.basePct, `${w}.basePct`),
                headPct: pct(f.headPct, `${w}.headPct`),
            };
        }),
        trend: arr(d.trend, 'data.trend', 1_000, (x, w) => {
            const p = obj(x, w, ['sha', 'time', 'lines'], ['statements']);
            return {
                sha: str(p.sha, `${w}.sha`, 40, SHA),
                time: time(p.time, `${w}.time`),
                lines: pct(p.lines, `${w}.lines`),
                ...(p.statements !== undefined ? { statements: pct(p.statements, `${w}.statements`) } : {}),
            };
        }),
        gates: d.gates === null ? null : arr(d.gates, 'data.gates', 200, gate),
    };
}

// EXTERNAL MODULE: ./build/shared/coverage/collect.js + 14 modules
var collect = __webpack_require__(81144);
// EXTERNAL MODULE: ./build/shared/coverage/headline.js
var headline = __webpack_require__(37807);
// EXTERNAL MODULE: ./build/shared/coverage/patch.js
var coverage_patch = __webpack_require__(36049);
// EXTERNAL MODULE: ./build/shared/coverage-gate/changed-lines.js + 1 modules
var changed_lines = __webpack_require__(35907);
// EXTERNAL MODULE: ./build/shared/coverage-gate/report.js
var coverage_gate_report = __webpack_require__(34175);
// EXTERNAL MODULE: ./build/shared/coverage-history/baseline.js
var baseline = __webpack_require__(13275);
// EXTERNAL MODULE: ./build/shared/coverage-history/records.js
var coverage_history_records = __webpack_require__(7896);
// EXTERNAL MODULE: ./build/shared/history/baseline.js
var history_baseline = __webpack_require__(24664);
// EXTERNAL MODULE: ./build/shared/history/record.js
var history_record = __webpack_require__(93114);
// EXTERNAL MODULE: ./build/shared/history/record-history.js
var record_history = __webpack_require__(90835);
;// CONCATENATED MODULE: ./build/shared/coverage-comment/pipeline.js












/** Gate verdicts from coverage-gate's JSON report; a missing or foreign file just means none. */
async function readGateVerdicts(path, notes) {
    if (!path)
        return null;
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return null;
    }
    try {
        const report = JSON.parse(text);
        if (report.schema !== coverage_gate_report/* REPORT_SCHEMA */.DC || !Array.isArray(report.gates)) {
            notes.push(`${path} is not a coverage-gate report (${coverage_gate_report/* REPORT_SCHEMA */.DC}); gate verdicts not shown.`);
            return null;
        }
        return report.gates;
    }
    catch (error) {
        notes.push(`${path} could not be read as JSON (${error.message}); gate verdicts not shown.`);
        return null;
    }
}
/**
 * Gathers everything the comment shows: coverage of this run, changed lines, the baseline at the
 * merge-base (or its nearest recorded ancestor), the default-branch trend and the gate verdicts.
 * Reads history but never writes it: the caller appends `record` when the run is on the default branch.
 */
async function prepareCoverageComment(o) {
    const collected = await (0,collect/* collectCoverage */.f)(o);
    if ('missing' in collected)
        return collected;
    const notes = [...collected.notes];
    const { context } = o;
    const repo = `${context.repo.owner}/${context.repo.repo}`;
    const defaultBranch = context.defaultBranch ?? 'main';
    // The totals coverage-gate gates (a report's own header where its detail is incomplete).
    const totals = collected.totals;
    let patch = null;
    let mergeBase;
    if (context.prNumber !== undefined && context.baseSha) {
        const diff = await (0,changed_lines/* resolvePullRequestDiff */.e)({
            cwd: o.workspace,
            owner: context.repo.owner,
            repo: context.repo.repo,
            pullNumber: context.prNumber,
            baseSha: context.baseSha,
            headSha: context.headSha,
            octokit: o.octokit,
            wantMergeBase: true,
            log: o.log,
        });
        if ('unavailable' in diff)
            notes.push(`Patch coverage not measured: ${diff.unavailable}`);
        else {
            patch = (0,coverage_patch/* computePatchCoverage */.a)(collected.files, diff.value.files);
            mergeBase = diff.value.mergeBase;
        }
    }
    else if (context.baseSha) {
        // A push: compare with the commit the push started from.
        mergeBase = context.baseSha;
    }
    let records = [];
    let base = { unavailable: 'history is off' };
    if (o.history) {
        const read = await (0,baseline/* readCoverageHistory */.l)({
            history: o.history,
            name: o.name,
            mergeBase,
            cwd: o.workspace,
            api: o.octokit ? { octokit: o.octokit, owner: context.repo.owner, repo: context.repo.repo } : undefined,
            log: o.log,
        });
        records = read.records;
        base = read.base;
        notes.push(...(0,record_history/* historyReadNotes */.uI)(read.warnings, o.log));
    }
    const record = o.records
        ? (0,coverage_history_records/* coverageRecord */.gu)({
            name: o.name,
            repo,
            branch: defaultBranch,
            sha: context.headSha,
            runId: context.runId,
            runAttempt: context.runAttempt,
            time: new Date(),
            runner: (0,history_record/* runnerFingerprint */.DF)(),
            totals,
            files: collected.files,
        })
        : undefined;
    const trendRecords = (0,history_baseline/* trend */.GW)(record ? [...records, record] : records, {
        branch: defaultBranch,
        limit: o.trendLength,
    });
    const data = (0,coverage_comment_data/* buildCommentData */.aU)({
        name: o.name,
        repo,
        prNumber: context.prNumber ?? null,
        headSha: context.headSha,
        totals,
        headline: (0,headline/* headlineMetric */.lY)(collected.sources.map((s) => s.format)).metric,
        files: collected.files,
        patch,
        base,
        trend: (0,coverage_history_records/* trendPoints */.p9)(trendRecords),
        gates: await readGateVerdicts(o.gateReportPath, notes),
    });
    return { data, totals, files: collected.files, record, notes };
}

// EXTERNAL MODULE: ./build/shared/coverage-gate/status.js
var coverage_gate_status = __webpack_require__(37691);
// EXTERNAL MODULE: ./build/shared/report/markdown.js
var markdown = __webpack_require__(15210);
// EXTERNAL MODULE: ./build/shared/report/budget.js
var budget = __webpack_require__(33050);
// EXTERNAL MODULE: ./build/shared/report/trend.js
var trend = __webpack_require__(81428);
;// CONCATENATED MODULE: ./build/shared/coverage-comment/render.js





/** GitHub's limit is 65,536; the margin absorbs the sticky marker and counting differences. */
const COMMENT_BUDGET = 65_000;
function delta(head, base) {
    if (head === null || base === null || base === undefined)
        return '';
    return (0,trend/* deltaArrow */.uh)(Math.round((head - base) * 100) / 100);
}
function baseOf(data) {
    return 'unavailable' in data.base ? undefined : data.base;
}
function render_headline(data, runUrl) {
    const title = data.name ? `Coverage: ${(0,markdown/* escapeText */.X1)(data.name)}` : 'Coverage';
    const base = baseOf(data);
    const lead = (0,coverage_comment_data/* headlineOf */.gD)(data);
    // The figure coverage-gate gates; statements (Go) are named, lines are the usual meaning.
    const figure = `${(0,markdown/* pct */.Oe)(lead.pct)}${lead.metric === 'statements' ? ' of statements' : ''}`;
    const vsBase = base && lead.base !== undefined ? ` (${delta(lead.pct, lead.base)} vs base)` : '';
    const parts = [`### ${title} — ${figure}${vsBase}`];
    if (base) {
        const stale = base.commitsBehind === 0
            ? 'the merge-base'
            : `${base.commitsBehind} commit${base.commitsBehind > 1 ? 's' : ''} before the merge-base (the nearest with a record)`;
        parts.push(`Base: ${(0,markdown/* code */.aY)(base.sha.slice(0, 7))}, ${stale}, recorded ${(0,markdown/* escapeText */.X1)(base.time.slice(0, 10))}.`);
    }
    else if ('unavailable' in data.base) {
        parts.push(`_No base to compare with: ${(0,markdown/* escapeText */.X1)(data.base.unavailable)}_`);
    }
    const rows = [];
    for (const metric of ['statements', 'lines', 'branches', 'functions']) {
        const t = data.totals[metric];
        if (!t || (t.total === 0 && metric !== 'lines'))
            continue;
        const b = base?.[metric];
        rows.push([
            metric,
            `${(0,markdown/* pct */.Oe)(t.pct)} (${t.covered}/${t.total})`,
            base ? (0,markdown/* pct */.Oe)(b ?? null) : '',
            delta(t.pct, b),
        ]);
    }
    if (data.patch)
        rows.push([
            'patch (changed lines)',
            `${(0,markdown/* pct */.Oe)(data.patch.pct)} (${data.patch.covered}/${data.patch.total})`,
            '',
            '',
        ]);
    parts.push((0,markdown/* table */.tp)(['', 'Head', 'Base', 'Δ'], rows, ['l', 'r', 'r', 'r']));
    if (runUrl)
        parts.push(`<sub>${(0,markdown/* link */.nf)('Full report in the job summary', runUrl)}</sub>`);
    return parts.join('\n\n');
}
function gatesSection(data) {
    if (!data.gates || data.gates.length === 0)
        return undefined;
    const rows = data.gates.map((g) => [
        g.skipped ? '⏭️' : g.passed ? '✅' : '❌',
        (0,markdown/* escapeText */.X1)(g.title),
        (0,markdown/* escapeText */.X1)(g.reason),
    ]);
    return `#### Gates\n\n${(0,markdown/* table */.tp)(['', 'Gate', 'Result'], rows, ['c', 'l', 'l'])}`;
}
function ranges(lines, max) {
    const all = (0,coverage_patch/* lineRanges */.n)(lines).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
    return all.length > max ? `${all.slice(0, max).join(', ')}, … (+${all.length - max})` : all.join(', ');
}
function changedRow(f) {
    const patchPct = f.changedExecutable > 0 ? (f.changedCovered / f.changedExecutable) * 100 : null;
    return [
        (0,markdown/* code */.aY)(f.path),
        (0,markdown/* pct */.Oe)(f.lines),
        delta(f.lines, f.basePct),
        `${(0,markdown/* pct */.Oe)(patchPct)} (${f.changedCovered}/${f.changedExecutable})`,
        f.uncoveredLines.length > 0 ? ranges(f.uncoveredLines, 10) : '',
    ];
}
function changedFilesTable(rows, limit, total) {
    const shown = rows.slice(0, limit);
    const body = (0,markdown/* table */.tp)(['Changed file', 'Lines', 'Δ', 'Patch', 'Uncovered changed lines'], shown.map(changedRow), ['l', 'r', 'r', 'r', 'l']);
    const more = total > shown.length ? `\n\n_${total - shown.length} more changed file(s) are in the job summary._` : '';
    return `#### Changed files (worst first)\n\n${body}${more}`;
}
function droppedSection(data, limit) {
    if (data.droppedFiles.length === 0)
        return undefined;
    const shown = data.droppedFiles.slice(0, limit);
    const rows = shown.map((f) => [(0,markdown/* code */.aY)(f.path), (0,markdown/* pct */.Oe)(f.basePct), (0,markdown/* pct */.Oe)(f.headPct), delta(f.headPct, f.basePct)]);
    const more = data.droppedFiles.length > shown.length
        ? `\n\n_${data.droppedFiles.length - shown.length} more are in the job summary._`
        : '';
    return `#### Untouched files whose coverage dropped\n\n${(0,markdown/* table */.tp)(['File', 'Base', 'Head', 'Δ'], rows, ['l', 'r', 'r', 'r'])}${more}`;
}
function trendSection(data) {
    const statements = (0,coverage_comment_data/* headlineOf */.gD)(data).metric === 'statements';
    // The headline's own series; runs recorded before statements were recorded are left out.
    const points = statements ? data.trend.filter((p) => p.statements !== undefined) : data.trend;
    if (points.length < 2)
        return undefined;
    const values = points.map((p) => (statements ? p.statements : p.lines));
    const labels = points.map((p) => p.sha.slice(0, 7));
    const line = `${(0,trend/* sparkline */.KM)(values)} ${(0,markdown/* pct */.Oe)(values[0] ?? null)} → ${(0,markdown/* pct */.Oe)(values.at(-1) ?? null)} over the last ${values.length} default-branch runs`;
    const title = statements
        ? 'Statement coverage on the default branch'
        : 'Line coverage on the default branch';
    const chart = (0,trend/* mermaidTrend */.Rx)({ title, labels, values, yLabel: '%' });
    return { full: `#### Trend\n\n${line}\n\n${chart}`, compact: `#### Trend\n\n${line}` };
}
/** Renders the sticky comment by priority within GitHub's size limit, and the complete version. */
function renderComment(data, options = {}) {
    const changed = data.changedFiles;
    const trend = trendSection(data);
    const head = render_headline(data, options.runUrl);
    const gates = gatesSection(data);
    const dropped = droppedSection(data, data.droppedFiles.length);
    const sections = [
        { id: 'headline', label: 'totals', priority: 0, required: true, markdown: head },
    ];
    if (gates)
        sections.push({ id: 'gates', label: 'gate verdicts', priority: 1, markdown: gates });
    if (changed.length > 0) {
        sections.push({
            id: 'changed',
            label: 'changed files',
            priority: 2,
            markdown: changedFilesTable(changed, changed.length, changed.length),
            fallbacks: [200, 50, 10]
                .filter((n) => n < changed.length)
                .map((n) => changedFilesTable(changed, n, changed.length)),
        });
    }
    if (dropped) {
        sections.push({
            id: 'dropped',
            label: 'untouched files whose coverage dropped',
            priority: 3,
            markdown: dropped,
            fallbacks: data.droppedFiles.length > 20 ? [droppedSection(data, 20)] : [],
        });
    }
    if (trend)
        sections.push({
            id: 'trend',
            label: 'trend',
            priority: 4,
            markdown: trend.full,
            fallbacks: [trend.compact],
        });
    const budgeted = (0,budget/* renderWithinBudget */.nc)(sections, options.budget ?? COMMENT_BUDGET);
    const full = sections.map((s) => s.markdown).join('\n\n');
    return {
        body: budgeted.body,
        leftOut: [...budgeted.omitted, ...budgeted.shortened].map((o) => o.label),
        full: `${full}\n`,
    };
}

;// CONCATENATED MODULE: ./build/shared/coverage-comment/publication.js
// What coverage-comment publishes, as plain data: outputs, the job summary, its section of the
// shared pull request comment and, in publish mode, the recomputed gate status. No I/O.





/** The comment section key: one per action and instance. */
function commentKey(name) {
    return name ? `coverage-comment:${name}` : 'coverage-comment';
}
/** Budgets of the smaller forms offered when the shared comment is crowded. */
const SHORTER_BUDGETS = [30_000, 12_000, 4_000];
function deltaLines(data) {
    const base = 'unavailable' in data.base ? undefined : data.base;
    const lines = data.totals.lines.pct;
    return base && base.lines !== null && lines !== null ? (lines - base.lines).toFixed(2) : '';
}
function gateStatus(data) {
    if (!data.gates || data.gates.length === 0)
        return undefined;
    const failed = data.gates.filter((g) => !g.passed);
    const lead = (0,coverage_comment_data/* headlineOf */.gD)(data);
    return {
        context: (0,coverage_gate_status/* statusContext */.s)(data.name),
        sha: data.headSha,
        state: failed.length === 0 ? 'success' : 'failure',
        description: failed.length === 0
            ? `${lead.metric} ${lead.pct === null ? 'n/a' : lead.pct.toFixed(2)}%`
            : `failed ${failed[0].title}: ${failed[0].reason}`,
    };
}
function presentComment(report, settings, env) {
    const empty = {
        'comment-id': '',
        'comment-url': '',
        coverage: '',
        lines: '',
        'delta-lines': '',
        'badge-path': '',
        data: '',
    };
    if (report.kind !== 'done') {
        const title = settings.name ? `Coverage: ${(0,markdown/* escapeText */.X1)(settings.name)}` : 'Coverage';
        return { outputs: empty, summary: `## ${title}\n\n${(0,markdown/* escapeText */.X1)(report.message)}\n`, exitCode: errors/* EXIT */.dc.ok };
    }
    const { data, mode } = report;
    const runUrl = env.runUrl ? { runUrl: env.runUrl } : {};
    const rendered = renderComment(data, runUrl);
    const notes = [...report.notes];
    if (rendered.leftOut.length > 0)
        notes.push(`Left out of the comment to stay under GitHub's size limit: ${rendered.leftOut.join(', ')} (complete above).`);
    const summary = `${rendered.full}\n${notes.map((n) => `> ${(0,markdown/* escapeText */.X1)(n)}`).join('\n\n')}\n`;
    const status = mode === 'publish' ? gateStatus(data) : undefined;
    const posts = mode !== 'compute' && data.prNumber !== null;
    return {
        outputs: {
            ...empty,
            coverage: (0,coverage_comment_data/* headlineOf */.gD)(data).pct?.toFixed(2) ?? '',
            lines: data.totals.lines.pct === null ? '' : data.totals.lines.pct.toFixed(2),
            'delta-lines': deltaLines(data),
            'badge-path': report.badgePath ?? '',
            data: report.dataPath,
        },
        summary,
        ...(status ? { statuses: [status] } : {}),
        ...(posts
            ? {
                comment: {
                    key: commentKey(data.name),
                    body: rendered.body,
                    shorter: SHORTER_BUDGETS.filter((b) => b < COMMENT_BUDGET).map((budget) => renderComment(data, { ...runUrl, budget }).body),
                    ...(data.prNumber !== null ? { issueNumber: data.prNumber } : {}),
                },
            }
            : {}),
        exitCode: errors/* EXIT */.dc.ok,
    };
}

// EXTERNAL MODULE: ./build/shared/coverage/gates.js
var gates = __webpack_require__(49931);
// EXTERNAL MODULE: ./build/shared/coverage/totals.js
var totals = __webpack_require__(52568);
;// CONCATENATED MODULE: ./build/shared/coverage-comment/trust.js
// The fork-safe publish job's decisions, as pure functions. The comment data comes from a run of
// the pull request's own code, so nothing in it is believed that this repository can establish
// for itself: the instance is the publish job's own, the base and trend come from this
// repository's history, percentages are recomputed from the counts, and every gate verdict is
// recomputed from the publish job's own thresholds. What is left from the fork (its totals,
// patch and per-file figures, and which of lines or statements its reports lead with) is only
// displayed, and the docs say so.





class UntrustedDataError extends errors/* UsageError */.eb {
    name = 'UntrustedDataError';
    constructor(problem) {
        super(`coverage data artifact: ${problem}; refusing to publish it`);
    }
}
/** The claims a run can make about itself that the publish job can check: throws when one is false. */
function checkProvenance(data, run) {
    if (data.repo.toLowerCase() !== run.repo.toLowerCase())
        throw new UntrustedDataError(`it is for ${data.repo}, not ${run.repo}`);
    if (data.headSha !== run.headSha)
        throw new UntrustedDataError('it names another head commit than the workflow run that uploaded it');
    if (data.name !== run.name)
        throw new UntrustedDataError(`it names instance '${data.name}', but this publish job is configured for '${run.name}' (the name input)`);
    if (data.prNumber === null)
        throw new UntrustedDataError('it names no pull request');
    return { prNumber: data.prNumber };
}
/** Whether the pull request's head (from the API) is still the commit the data was computed for. */
function isCurrentHead(data, pullHeadSha) {
    return pullHeadSha === data.headSha;
}
function counted(t, where) {
    if (t.covered > t.total)
        throw new UntrustedDataError(`${where} claims ${t.covered} of ${t.total} covered`);
    return { covered: t.covered, total: t.total, pct: (0,totals/* percent */.KN)(t.covered, t.total) };
}
/**
 * The base the run named, with its figures taken from this repository's own history record for
 * that commit (never from the artifact). A base commit with no record here means no base.
 */
function trustedBase(claimed, records, defaultBranch) {
    if ('unavailable' in claimed)
        return claimed;
    const record = records
        .filter((r) => r.sha === claimed.sha && r.branch === defaultBranch)
        .sort((a, b) => Date.parse(a.time) - Date.parse(b.time))
        .at(-1);
    if (!record)
        return {
            unavailable: `the base commit ${claimed.sha.slice(0, 7)} has no record in this repository's history`,
        };
    return (0,coverage_history_records/* baseFromBaseline */.Jh)({ record, commitsBehind: claimed.commitsBehind });
}
function figurePct(figure) {
    return figure ? (0,totals/* percent */.KN)(figure[0], figure[1]) : null;
}
/** Every gate verdict, recomputed from the recomputed figures and the publish job's own thresholds. */
function recomputeGates(config, data) {
    const none = { covered: 0, total: 0, pct: null };
    const totals = { ...data.totals, statements: data.totals.statements ?? none };
    const lead = (0,coverage_comment_data/* headlineOf */.gD)(data);
    const base = data.base;
    return (0,gates/* evaluateGates */.u)({ ...config, pathThresholds: [] }, {
        totals,
        headline: { metric: lead.metric, ...totals[lead.metric] },
        files: [],
        patch: data.patch
            ? { value: { ...data.patch, files: [], missingFiles: [] } }
            : { unavailable: 'the pull request run measured no changed lines' },
        baseline: 'unavailable' in base
            ? { unavailable: `no baseline: ${base.unavailable}` }
            : base.lines === null
                ? { unavailable: 'the baseline record has no line coverage' }
                : { value: { lines: base.lines, sha: base.sha, commitsBehind: base.commitsBehind } },
    });
}
/** Smallest drop, in points, that counts as a file losing coverage (as in buildCommentData). */
const DROP_EPSILON = 0.01;
/**
 * The data to publish: the run's figures recomputed from their counts, with the instance name,
 * base, trend and gate verdicts of this repository in place of the run's.
 */
function trustedCommentData(data, o) {
    const base = trustedBase(data.base, o.records, o.defaultBranch);
    const baseFiles = 'unavailable' in base ? undefined : base.files;
    const changedFiles = data.changedFiles.map((f, i) => {
        if (f.changedCovered > f.changedExecutable)
            throw new UntrustedDataError(`changedFiles[${i}] claims more covered than changed lines`);
        return { ...f, basePct: figurePct(baseFiles?.[f.path]) };
    });
    const droppedFiles = data.droppedFiles.flatMap((f) => {
        const basePct = figurePct(baseFiles?.[f.path]);
        return basePct !== null && basePct - f.headPct >= DROP_EPSILON ? [{ ...f, basePct }] : [];
    });
    const figures = {
        ...data,
        totals: {
            lines: counted(data.totals.lines, 'totals.lines'),
            branches: counted(data.totals.branches, 'totals.branches'),
            functions: counted(data.totals.functions, 'totals.functions'),
            ...(data.totals.statements ? { statements: counted(data.totals.statements, 'totals.statements') } : {}),
        },
        patch: data.patch ? counted(data.patch, 'patch') : null,
        base,
        changedFiles,
        droppedFiles,
        trend: o.trend,
        gates: null,
    };
    return { ...figures, gates: recomputeGates(o.config, figures) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/shared/github/errors.js
var github_errors = __webpack_require__(36199);
;// CONCATENATED MODULE: ./build/shared/github/data-branch.js
// Publishes one small file (a badge, a history point) to a branch that holds only such data, through
// the contents API so no checkout or push credentials are needed. A missing branch is created as an
// orphan holding just that file, so the data branch never carries the project's source tree.
// Publishing is opt-in: every failure is returned as a message for the caller to downgrade.


/** Attempts at writing when another writer keeps moving the file under us. */
const WRITE_ATTEMPTS = 5;
const CONFLICT_BACKOFF_MS = 150;
/** The sha git gives a blob of these bytes; the contents API reports a file's in the same form. */
function gitBlobSha(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
async function publishFile(octokit, input) {
    const { owner, repo, branch, log } = input;
    const path = checkPath(input.path);
    checkBranch(branch);
    const bytes = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : input.content;
    const wantedSha = gitBlobSha(bytes);
    const where = `${path} on branch '${branch}' of ${owner}/${repo}`;
    try {
        if (!(await branchExists(octokit, input))) {
            const commitSha = await createOrphanBranch(octokit, input, path, bytes);
            if (commitSha) {
                log.info(`Published ${where} (new branch, commit ${commitSha})`);
                return { ok: true, commitSha, changed: true };
            }
            log.debug?.(`Branch '${branch}' was created by another writer meanwhile; writing into it`);
        }
        // Set once a write may have landed without us seeing the answer (a dropped connection, a 5xx).
        let mayHaveWritten = false;
        for (let attempt = 1;; attempt++) {
            const currentSha = await fileSha(octokit, input, path);
            if (currentSha === wantedSha) {
                log.info(`${where} is ${mayHaveWritten ? 'published' : 'already up to date'}`);
                return { ok: true, changed: mayHaveWritten };
            }
            try {
                const { data } = await octokit.rest.repos.createOrUpdateFileContents({
                    owner,
                    repo,
                    path,
                    branch,
                    message: input.message,
                    content: bytes.toString('base64'),
                    ...(currentSha ? { sha: currentSha } : {}),
                    // Resending the same sha cannot cure a conflict, and a write that failed in transit may
                    // have landed; both are answered by reading the file again, here, not by resending.
                    request: { retries: 0 },
                });
                const commitSha = data.commit.sha;
                log.info(`Published ${where}${commitSha ? ` (commit ${commitSha})` : ''}`);
                return commitSha ? { ok: true, commitSha, changed: true } : { ok: true, changed: true };
            }
            catch (error) {
                const transient = isTransient(error);
                if ((!transient && !isConcurrentWrite(error)) || attempt >= WRITE_ATTEMPTS)
                    throw error;
                mayHaveWritten ||= transient;
                const why = transient ? (0,github_errors/* describeGitHubError */.d)(error) : 'it changed while writing it';
                log.info(`${where}: ${why}; reading it again (attempt ${attempt + 1}/${WRITE_ATTEMPTS})`);
                await sleep(CONFLICT_BACKOFF_MS * attempt * (0.5 + Math.random()));
            }
        }
    }
    catch (error) {
        return { ok: false, message: `Publishing ${where}: ${explain(error)}` };
    }
}
async function branchExists(octokit, o) {
    try {
        await octokit.rest.git.getRef({ owner: o.owner, repo: o.repo, ref: `heads/${o.branch}` });
        return true;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return false;
        throw error;
    }
}
/** The new branch's commit, or undefined when another writer created the branch first. */
async function createOrphanBranch(octokit, o, path, bytes) {
    const { owner, repo } = o;
    const blob = await octokit.rest.git.createBlob({
        owner,
        repo,
        content: bytes.toString('base64'),
        encoding: 'base64',
    });
    const tree = await octokit.rest.git.createTree({
        owner,
        repo,
        tree: [{ path, mode: '100644', type: 'blob', sha: blob.data.sha }],
    });
    const commit = await octokit.rest.git.createCommit({
        owner,
        repo,
        message: o.message,
        tree: tree.data.sha,
        parents: [],
    });
    try {
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${o.branch}`, sha: commit.data.sha });
    }
    catch (error) {
        if (statusOf(error) === 422 && /already exists/i.test((0,github_errors/* describeGitHubError */.d)(error)))
            return undefined;
        throw error;
    }
    return commit.data.sha;
}
/** The blob sha of the file on the branch, or undefined when there is no such file yet. */
async function fileSha(octokit, o, path) {
    try {
        const { data } = await octokit.rest.repos.getContent({
            owner: o.owner,
            repo: o.repo,
            path,
            ref: o.branch,
        });
        if (Array.isArray(data) || data.type !== 'file') {
            const kind = Array.isArray(data) ? 'dir' : data.type;
            throw new Error(`the path is a ${kind}, not a file`);
        }
        return data.sha;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw error;
    }
}
/**
 * GitHub answers a stale or missing `sha` with 409 ("is at X but expected Y") or 422 ("sha wasn't
 * supplied"), both meaning someone else wrote the file since we read it.
 */
function isConcurrentWrite(error) {
    const status = statusOf(error);
    return status === 409 || (status === 422 && /\bsha\b/i.test((0,github_errors/* describeGitHubError */.d)(error)));
}
/** Octokit reports dropped connections and timeouts as status 500 too. */
function isTransient(error) {
    const status = statusOf(error);
    return typeof status === 'number' && status >= 500;
}
function explain(error) {
    const described = (0,github_errors/* describeGitHubError */.d)(error);
    if (statusOf(error) === 403 && !/rate limit/i.test(described)) {
        return (`${described}. Publishing to a data branch is opt-in and needs 'contents: write' in the ` +
            "workflow's permissions: block; pull requests from forks only get a read-only token");
    }
    if (statusOf(error) === 409 && /empty/i.test(described)) {
        return `${described}. The repository has no commits yet`;
    }
    return described;
}
function statusOf(error) {
    return error?.status;
}
function checkPath(path) {
    const clean = path.replace(/^\.\//, '');
    const segments = clean.split('/');
    if (clean === '' || segments.some((s) => s === '' || s === '.' || s === '..') || clean.includes('\\')) {
        throw new Error(`publishFile: path ${JSON.stringify(path)} must be repository-relative with '/' separators, ` +
            "without empty, '.' or '..' segments");
    }
    return clean;
}
function checkBranch(branch) {
    // The subset of git's ref-name rules that a typo in a workflow file is likely to break.
    if (branch === '' ||
        /[\s~^:?*[\\]|\.\.|@\{|^\/|\/$|\/\/|^-|\.lock$|\.$/.test(branch) ||
        branch.startsWith('refs/')) {
        throw new Error(`publishFile: ${JSON.stringify(branch)} is not a valid branch name`);
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/shared/history/zip.js
var zip = __webpack_require__(22688);
;// CONCATENATED MODULE: ./build/shared/github/run-artifact.js
// Hands a file from one workflow run to another through a workflow artifact: the fork-safe
// compute -> publish flow uses it so that no pull request code ever runs with a write token.





function stagingRoot() {
    return process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
}
/** @actions/artifact (with the Azure SDK) is loaded only by a run that moves an artifact: most runs never do. */
async function artifactClient() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1371), __webpack_require__.e(6913), __webpack_require__.e(3758), __webpack_require__.e(6518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
    return new DefaultArtifactClient();
}
/** Uploads one text file as an artifact of this run. */
async function uploadTextArtifact(name, fileName, text, retentionDays) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(stagingRoot(), 'shipshape-upload-'));
    try {
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, fileName), text, 'utf8');
        await (await artifactClient()).uploadArtifact(name, [(0,external_node_path_.join)(dir, fileName)], dir, { retentionDays });
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** An artifact handed between runs holds one small file; anything bigger is refused unread. */
const RUN_ARTIFACT_LIMITS = { maxEntries: 16, maxBytes: 32 * 1024 * 1024 };
/**
 * Downloads the file `fileName` from the artifact `name` of another run (needs `actions: read`).
 * Only that one file is inflated, within RUN_ARTIFACT_LIMITS: the artifact may come from a fork.
 * Throws a UsageError that says what was missing or wrong.
 */
async function downloadRunArtifactFile(octokit, o) {
    const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner: o.owner,
        repo: o.repo,
        run_id: o.runId,
        name: o.name,
        per_page: 100,
    });
    const artifact = data.artifacts.find((a) => a.name === o.name && !a.expired);
    if (!artifact) {
        throw new errors/* UsageError */.eb(`run ${o.runId} has no artifact '${o.name}': did the compute job (mode: compute) of that run succeed, with the same name input?`);
    }
    if (artifact.size_in_bytes > RUN_ARTIFACT_LIMITS.maxBytes) {
        throw new errors/* UsageError */.eb(`artifact '${o.name}' of run ${o.runId} is ${artifact.size_in_bytes} bytes, more than a comment's data can be; refusing to download it`);
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(stagingRoot(), 'shipshape-download-'));
    try {
        await (await artifactClient()).downloadArtifact(artifact.id, {
            path: dir,
            skipDecompress: true,
            findBy: { token: o.token, workflowRunId: o.runId, repositoryOwner: o.owner, repositoryName: o.repo },
        });
        for (const file of await (0,promises_.readdir)(dir)) {
            const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(dir, file));
            let wanted;
            try {
                wanted = (0,zip/* isZip */.K0)(bytes)
                    ? await (0,zip/* readZipEntry */.g7)(bytes, o.fileName, RUN_ARTIFACT_LIMITS)
                    : file === o.fileName && bytes.length <= RUN_ARTIFACT_LIMITS.maxBytes
                        ? bytes
                        : undefined;
            }
            catch (error) {
                if (!(error instanceof zip/* ZipError */.Wz))
                    throw error;
                throw new errors/* UsageError */.eb(`artifact '${o.name}' of run ${o.runId} is not usable (${error.message}); refusing to publish it. Re-run the compute job to upload it again`);
            }
            if (wanted)
                return wanted.toString('utf8');
        }
        throw new errors/* UsageError */.eb(`artifact '${o.name}' of run ${o.runId} holds no ${o.fileName}`);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./build/shared/runtime/names.js
var names = __webpack_require__(34359);
// EXTERNAL MODULE: ./build/shared/runtime/shell.js
var shell = __webpack_require__(54029);
;// CONCATENATED MODULE: ./build/actions/coverage-comment/src/spec.js
// coverage-comment as a spec over the shared library: read every input, gather the comment data
// (or, in publish mode, download and re-check a fork run's), record history where the one record
// policy allows, and describe the publication.

















const DATA_FILE = 'coverage-comment-data.json';
function dataArtifactName(name) {
    return `shipshape-coverage-comment-${(0,names/* fileSlug */.M)(name)}`;
}
async function writeText(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text);
    return path;
}
async function writeBadge(data, settings, env) {
    const path = settings.badgePath || (0,external_node_path_.join)(env.tempDir, `coverage-badge-${(0,names/* fileSlug */.M)(data.name)}.svg`);
    return writeText(path, (0,badge/* coverageBadgeSvg */.gV)(data, settings.minCoverage));
}
async function publishBadge(data, settings, env, notes) {
    const github = env.github;
    if (!settings.badgeBranch || !github)
        return;
    const base = `badges/${(0,names/* fileSlug */.M)(data.name)}`;
    for (const [path, content] of [
        [`${base}.svg`, (0,badge/* coverageBadgeSvg */.gV)(data, settings.minCoverage)],
        [`${base}.json`, (0,badge/* coverageBadgeEndpoint */.RR)(data, settings.minCoverage)],
    ]) {
        const result = await publishFile(github.octokit, {
            owner: github.owner,
            repo: github.repo,
            branch: settings.badgeBranch,
            path,
            content,
            message: `coverage badge ${(0,names/* fileSlug */.M)(data.name)}: ${(0,badge/* badgeMessage */.XQ)((0,coverage_comment_data/* headlineOf */.gD)(data).pct)} at ${data.headSha.slice(0, 7)}`,
            log: env.log,
        });
        if (!result.ok)
            notes.push(`Badge not published to ${settings.badgeBranch}: ${result.message}`);
    }
}
/** comment and compute: gather the data from this run's coverage, history and changed lines. */
async function gather(settings, env) {
    const history = env.history.open();
    const records = env.history.decision.record;
    const prepared = await env.log.group('Coverage, changed lines and history', () => prepareCoverageComment({
        ...settings,
        workspace: env.workspace,
        context: settings.context,
        ...(env.github ? { octokit: env.github.octokit } : {}),
        ...(history ? { history } : {}),
        gateReportPath: settings.gateReport || (0,coverage_gate_report/* gateReportPath */.Po)(env.env.RUNNER_TEMP || env.workspace, settings.name),
        log: env.log,
        records,
    }));
    if ('missing' in prepared)
        return { kind: 'missing', message: prepared.missing };
    const { data, notes } = prepared;
    const badgePath = await writeBadge(data, settings, env);
    const dataPath = await writeText((0,external_node_path_.join)(env.tempDir, `coverage-comment-${(0,names/* fileSlug */.M)(data.name)}.json`), `${JSON.stringify(data, null, 2)}\n`);
    if (settings.mode === 'compute') {
        await env.log.group('Upload the comment data for the publish job', () => uploadTextArtifact(dataArtifactName(settings.name), DATA_FILE, JSON.stringify(data), 1));
        notes.push(`Comment data uploaded as artifact '${dataArtifactName(settings.name)}' for the publish job (mode: publish on workflow_run).`);
    }
    else {
        const { problems } = await (0,record_history/* recordHistory */.cJ)(history, prepared.record ? [prepared.record] : [], {
            decision: env.history.decision,
            keep: env.history.settings.keep,
            log: env.log,
        });
        notes.push(...problems);
        if (prepared.record && history)
            await publishBadge(data, settings, env, notes);
    }
    return { kind: 'done', mode: settings.mode, data, notes, badgePath, dataPath };
}
/** publish: the data a fork's run uploaded, checked and with every trusted figure recomputed here. */
async function publish(settings, env) {
    const github = env.github;
    const run = settings.workflowRun;
    const context = settings.context;
    const text = await env.log.group(`Download the comment data of run ${run.id}`, () => downloadRunArtifactFile(github.octokit, {
        token: github.token,
        owner: github.owner,
        repo: github.repo,
        runId: run.id,
        name: dataArtifactName(settings.name),
        fileName: DATA_FILE,
    }));
    const claimed = parseCommentData(text);
    const { prNumber } = checkProvenance(claimed, {
        repo: `${github.owner}/${github.repo}`,
        headSha: run.headSha,
        name: settings.name,
    });
    const { data: pull } = await github.octokit.rest.pulls.get({
        owner: github.owner,
        repo: github.repo,
        pull_number: prNumber,
    });
    if (!isCurrentHead(claimed, pull.head.sha)) {
        const message = `Pull request #${prNumber} has moved on to ${pull.head.sha.slice(0, 7)}; not publishing results for ${claimed.headSha.slice(0, 7)}.`;
        env.log.warning(message);
        return { kind: 'stale', message };
    }
    const defaultBranch = context.defaultBranch ?? 'main';
    const history = env.history.open();
    const read = history
        ? await env.log.group('Read coverage history', () => history.read({ kind: coverage_history_records/* COVERAGE_KIND */.aN, name: (0,coverage_history_records/* seriesName */.f_)(settings.name) }))
        : { records: [], warnings: [] };
    const notes = (0,record_history/* historyReadNotes */.uI)(read.warnings, env.log);
    const data = trustedCommentData(claimed, {
        config: settings.gates,
        records: read.records,
        trend: (0,coverage_history_records/* trendPoints */.p9)((0,history_baseline/* trend */.GW)(read.records, { branch: defaultBranch, limit: settings.trendLength })),
        defaultBranch,
    });
    notes.push('Published from a pull request run: totals, patch and per-file figures come from that run; base, trend and gate verdicts were recomputed here.');
    const dataPath = await writeText((0,external_node_path_.join)(env.tempDir, `coverage-comment-${(0,names/* fileSlug */.M)(data.name)}.json`), `${JSON.stringify(data, null, 2)}\n`);
    return { kind: 'done', mode: 'publish', data, notes, dataPath };
}
const spec = (0,shell/* defineAction */.Q)({
    name: 'coverage-comment',
    // coverage-gate exports the figures; the comment would only send them twice.
    publishes: { metrics: false },
    read: (inputs, env) => readCommentSettings(inputs, env),
    run: (settings, env) => (settings.mode === 'publish' ? publish(settings, env) : gather(settings, env)),
    present: (report, settings, env) => presentComment(report, settings, env),
});

;// CONCATENATED MODULE: ./build/actions/coverage-comment/src/main.js


void (0,action/* runAction */.Cs)(spec);


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


/***/ }),

/***/ 90835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ notRecordedLine),
/* harmony export */   cJ: () => (/* binding */ recordHistory),
/* harmony export */   uI: () => (/* binding */ historyReadNotes)
/* harmony export */ });
/* unused harmony export seriesLabel */
/** The line a run that reads but does not record history shows. */
function notRecordedLine(decision) {
    return decision.record ? undefined : `History read, not recorded: ${decision.why}.`;
}
/** How messages name a series: `vitals '/checkout'`, or the kind alone when it has no name. */
function seriesLabel(r) {
    return r.name ? `${r.kind} '${r.name}'` : r.kind;
}
/** Appends `records` series by series (one kind and name each) when the decision allows it. */
async function recordHistory(backend, records, o) {
    const outcome = { stored: [], problems: [] };
    const notRecorded = notRecordedLine(o.decision);
    if (notRecorded) {
        o.log.info(notRecorded);
        return outcome;
    }
    if (!backend)
        return outcome;
    const series = new Map();
    for (const r of records) {
        const key = JSON.stringify([r.kind, r.name]);
        series.set(key, [...(series.get(key) ?? []), r]);
    }
    for (const group of series.values()) {
        try {
            await backend.append(group, { keep: o.keep });
            outcome.stored.push(...group);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            const line = `History not stored for ${seriesLabel(group[0])}: ${(o.scrub ?? String)(reason)}`;
            o.log.warning(line);
            outcome.problems.push(line);
        }
    }
    return outcome;
}
/**
 * What a history read could not do (HistoryRead.warnings), as every action shows it: each a warning
 * in the log and the same line for the summary.
 */
function historyReadNotes(warnings, log, scrub = String) {
    return warnings.map((w) => {
        const line = `History: ${scrub(w)}`;
        log.warning(line);
        return line;
    });
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

/***/ 33050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nc: () => (/* binding */ renderWithinBudget)
/* harmony export */ });
/* unused harmony exports GITHUB_COMMENT_LIMIT, DEFAULT_COMMENT_BUDGET, tableRowsWithinBudget */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15210);
// GitHub refuses comment bodies over 65,536 characters. The check runs on characters (code
// points); a string's UTF-16 length is never smaller than that, so measuring `.length` against a
// budget a little under the limit can only err on the safe side. Sections are kept or dropped
// whole, never cut, so a table row, a <details> block or a code span cannot be left open.

const GITHUB_COMMENT_LIMIT = 65_536;
const DEFAULT_COMMENT_BUDGET = 65_000;
const SEPARATOR = '\n\n';
function joinSections(parts) {
    return parts.filter((p) => p !== '').join(SEPARATOR);
}
function labelList(refs) {
    return refs.map((r) => `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(r.label)}**`).join(', ');
}
/** The note's length only grows with the lists, so the note for "everything" bounds every other. */
function closingNote(omitted, shortened, options) {
    const where = options.summaryUrl ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)('job summary', options.summaryUrl) : 'job summary';
    const lines = ['> [!NOTE]', "> Parts of this report were trimmed to fit GitHub's comment size limit."];
    if (omitted.length > 0)
        lines.push(`> Left out: ${labelList(omitted)}.`);
    if (shortened.length > 0)
        lines.push(`> Shown in part: ${labelList(shortened)}.`);
    lines.push(`> The full report is in this run's ${where}.`);
    return lines.join('\n');
}
function resolveVariant(variant, room) {
    return typeof variant === 'function' ? variant(room) : variant;
}
/** The first of the section's forms that fits `room`, or null; empty text counts as not fitting. */
function fittingVariant(section, room) {
    if (section.markdown.length <= room)
        return { text: section.markdown, full: true };
    for (const variant of section.fallbacks ?? []) {
        if (room <= 0)
            break;
        const text = resolveVariant(variant, room);
        if (text !== '' && text.length <= room)
            return { text, full: false };
    }
    return null;
}
function checkArguments(sections, budget) {
    if (!Number.isInteger(budget) || budget <= 0) {
        throw new RangeError(`renderWithinBudget: budget must be a positive integer, got ${budget}`);
    }
    const seen = new Set();
    for (const s of sections) {
        if (seen.has(s.id))
            throw new Error(`renderWithinBudget: section id "${s.id}" is used twice`);
        seen.add(s.id);
        if (!Number.isFinite(s.priority)) {
            throw new RangeError(`renderWithinBudget: section "${s.id}" has priority ${s.priority}`);
        }
    }
}
/**
 * Builds a comment body no longer than `budget` UTF-16 code units from whole sections, admitted
 * by priority (required ones first) and printed in their original order. When anything is left
 * out or shortened, a closing note says what and points to the job summary, whose text is
 * returned as `overflow`; room for that note is set aside before any section is placed.
 */
function renderWithinBudget(sections, budget = DEFAULT_COMMENT_BUDGET, options = {}) {
    checkArguments(sections, budget);
    const everything = joinSections(sections.map((s) => s.markdown));
    if (everything.length <= budget) {
        return {
            body: everything,
            included: sections.map((s) => s.id),
            shortened: [],
            omitted: [],
            overflow: '',
        };
    }
    const refs = sections.map((s) => ({ id: s.id, label: s.label }));
    const noteBound = closingNote(refs.filter((_, i) => !sections[i]?.required), refs.filter((_, i) => (sections[i]?.fallbacks?.length ?? 0) > 0), options).length;
    if (noteBound > budget) {
        throw new RangeError(`renderWithinBudget: a budget of ${budget} characters cannot hold even the closing note`);
    }
    // Every placed section is charged its separator; the note's own separator is the last one charged.
    let room = budget - noteBound;
    const order = sections
        .map((s, i) => ({ s, i }))
        .sort((a, b) => Number(!!b.s.required) - Number(!!a.s.required) || a.s.priority - b.s.priority || a.i - b.i);
    const placed = new Map();
    const missingRequired = [];
    for (const { s, i } of order) {
        const choice = fittingVariant(s, room - SEPARATOR.length);
        if (choice === null) {
            if (s.required)
                missingRequired.push(s.id);
            continue;
        }
        placed.set(i, choice);
        if (choice.text !== '')
            room -= choice.text.length + SEPARATOR.length;
    }
    if (missingRequired.length > 0) {
        throw new Error(`renderWithinBudget: required section(s) ${missingRequired.join(', ')} do not fit in ${budget} characters`);
    }
    const included = [];
    const shortened = [];
    const omitted = [];
    const parts = [];
    const overflowParts = [];
    sections.forEach((s, i) => {
        const choice = placed.get(i);
        const ref = { id: s.id, label: s.label };
        if (choice === undefined) {
            omitted.push(ref);
            overflowParts.push(s.markdown);
            return;
        }
        included.push(s.id);
        parts.push(choice.text);
        if (!choice.full) {
            shortened.push(ref);
            overflowParts.push(s.markdown);
        }
    });
    parts.push(closingNote(omitted, shortened, options));
    const body = joinSections(parts);
    if (body.length > budget) {
        // Unreachable by construction; kept so a future change cannot post a body GitHub will refuse.
        throw new Error(`renderWithinBudget: produced ${body.length} characters for a budget of ${budget}`);
    }
    return { body, included, shortened, omitted, overflow: joinSections(overflowParts) };
}
function rowCountNote(hidden, total) {
    const count = (n) => n.toLocaleString('en-US');
    return `_${count(hidden)} more ${hidden === 1 ? 'row' : 'rows'} not shown (${count(total)} in total)._`;
}
/**
 * A Markdown table of as many leading rows as fit `budget` characters, followed by a note of how
 * many were dropped; '' when not even the header and note fit. Cells must already be escaped
 * (markdown.ts) and on one line, since a line break would end the table mid-row.
 */
function tableRowsWithinBudget(headers, rows, budget, align) {
    rows.forEach((row, r) => {
        if (row.some((cell) => /[\r\n]/.test(cell))) {
            throw new Error(`tableRowsWithinBudget: row ${r + 1} has a cell containing a line break`);
        }
    });
    const whole = table(headers, rows, align);
    if (whole.length <= budget)
        return { markdown: whole, shownRows: rows.length };
    const head = table(headers, [], align);
    const noteBound = SEPARATOR.length + rowCountNote(rows.length, rows.length).length;
    let used = head.length + noteBound;
    if (used > budget)
        return { markdown: '', shownRows: 0 };
    let shown = 0;
    for (const row of rows) {
        const rowLength = table(headers, [row], align).length - head.length; // the row and its line break
        if (used + rowLength > budget)
            break;
        used += rowLength;
        shown++;
    }
    const markdown = `${table(headers, rows.slice(0, shown), align)}${SEPARATOR}${rowCountNote(rows.length - shown, rows.length)}`;
    return { markdown, shownRows: shown };
}


/***/ }),

/***/ 81428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KM: () => (/* binding */ sparkline),
/* harmony export */   Rx: () => (/* binding */ mermaidTrend),
/* harmony export */   uh: () => (/* binding */ deltaArrow)
/* harmony export */ });
/* unused harmony export mermaidText */
// Small trend views for PR comments: an inline sparkline, a delta with an arrow, and a Mermaid
// line chart (GitHub renders ```mermaid blocks). Chart labels come from branch names and commit
// subjects, so everything placed in the Mermaid source is reduced to a safe character set.
const BARS = '▁▂▃▄▅▆▇█';
/** A flat series has no highs or lows; the half-height block says "steady". */
const FLAT_BAR = '▄';
const MISSING = ' ';
function isPresent(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
/** One block character per value, scaled between the series' min and max; gaps for missing values. */
function sparkline(values) {
    const present = Array.from(values).filter(isPresent);
    const lo = Math.min(...present);
    const hi = Math.max(...present);
    return Array.from({ length: values.length }, (_, i) => {
        const v = values[i];
        if (!isPresent(v))
            return MISSING;
        if (hi === lo)
            return FLAT_BAR;
        return BARS[Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))] ?? MISSING;
    }).join('');
}
/** `▲ +1.23`, `▼ -0.50`, or `= 0.00` when the change is smaller than `epsilon`; `n/a` when unknown. */
function deltaArrow(delta, epsilon = 0.005) {
    if (delta === null || !Number.isFinite(delta))
        return 'n/a';
    if (Math.abs(delta) < epsilon)
        return '= 0.00';
    return delta > 0 ? `▲ +${delta.toFixed(2)}` : `▼ ${delta.toFixed(2)}`;
}
const LABEL_MAX = 24;
const TITLE_MAX = 80;
/**
 * Reduces user text to letters, digits, marks and a few inert punctuation marks: no quotes,
 * brackets, backticks, `#`/`;` (Mermaid entities), `%%` (directives, comments) or line breaks survive.
 */
function mermaidText(text, maxLength, fallback) {
    const cleaned = text
        .replace(/[^\p{L}\p{M}\p{N} ._\-/:+=,@!?~^$*%]+/gu, ' ')
        .replace(/%+/g, '%')
        .replace(/\s+/g, ' ')
        .trim();
    const chars = Array.from(cleaned);
    const short = chars.length > maxLength
        ? `${chars
            .slice(0, maxLength - 1)
            .join('')
            .trimEnd()}…`
        : cleaned;
    return short === '' ? fallback : short;
}
/** Decimal notation only (Mermaid's parser does not read exponents); four decimals are plenty. */
function mermaidNumber(value) {
    const rounded = Number(value.toFixed(4));
    return Object.is(rounded, -0) ? '0' : String(rounded);
}
function axisRange(values, min, max) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const span = hi - lo;
    const pad = span > 0 ? span * 0.1 : Math.max(Math.abs(hi) * 0.05, 1);
    const step = 10 ** Math.floor(Math.log10(pad));
    let lower = Math.floor((lo - pad) / step) * step;
    let upper = Math.ceil((hi + pad) / step) * step;
    if (min !== undefined && Number.isFinite(min))
        lower = Math.max(lower, Math.min(min, lo));
    if (max !== undefined && Number.isFinite(max))
        upper = Math.min(upper, Math.max(max, hi));
    if (upper <= lower)
        upper = lower + 1;
    return [lower, upper];
}
/** Our own directive (never user text): a dark, thick line on any theme and a plot sized to the points. */
function mermaidInit(points) {
    // About 32 px per point keeps the x labels (short SHAs) readable; GitHub scales wider charts down.
    const width = Math.min(900, Math.max(420, 120 + 32 * points));
    const init = {
        xyChart: { width, height: 320, xAxis: { labelFontSize: 12 }, yAxis: { labelFontSize: 12 } },
        themeVariables: { xyChart: { plotColorPalette: '#1d4ed8' } },
    };
    return `%%{init: ${JSON.stringify(init)}}%%`;
}
/**
 * A fenced Mermaid `xychart-beta` line chart of `values` (inside a closed `<details>` unless
 * `collapsible` is false), or '' when no value is a finite number. Points with missing values are
 * dropped along with their labels, as Mermaid cannot draw gaps.
 */
function mermaidTrend(chart) {
    const { labels, values } = chart;
    if (labels.length !== values.length) {
        throw new RangeError(`mermaidTrend: got ${labels.length} labels for ${values.length} values`);
    }
    const maxPoints = chart.maxPoints ?? 30;
    if (!Number.isInteger(maxPoints) || maxPoints < 1) {
        throw new RangeError(`mermaidTrend: maxPoints must be a positive integer, got ${maxPoints}`);
    }
    const points = values
        .map((value, i) => ({ value, label: labels[i] ?? '' }))
        .filter((p) => isPresent(p.value))
        .slice(-maxPoints);
    if (points.length === 0)
        return '';
    const ys = points.map((p) => p.value);
    const [lower, upper] = axisRange(ys, chart.min, chart.max);
    const xs = points.map((p, i) => `"${mermaidText(p.label, LABEL_MAX, String(i + 1))}"`);
    const title = mermaidText(chart.title, TITLE_MAX, 'Trend');
    const block = [
        '```mermaid',
        mermaidInit(points.length),
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${xs.join(', ')}]`,
        `  y-axis "${mermaidText(chart.yLabel, TITLE_MAX, 'value')}" ${mermaidNumber(lower)} --> ${mermaidNumber(upper)}`,
        `  line [${ys.map(mermaidNumber).join(', ')}]`,
        '```',
    ].join('\n');
    if (chart.collapsible === false)
        return block;
    // mermaidText leaves no markup characters, so the title is safe as HTML too.
    const runs = `${points.length} run${points.length === 1 ? '' : 's'}`;
    return `<details><summary>${title} (chart, ${runs})</summary>\n\n${block}\n\n</details>`;
}


/***/ })

};
