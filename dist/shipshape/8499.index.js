export const id = 8499;
export const ids = [8499];
export const modules = {

/***/ 58499:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./build/shared/runtime/action.js + 6 modules
var action = __webpack_require__(6880);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/shared/export/samples.js
var samples = __webpack_require__(57160);
// EXTERNAL MODULE: ./build/shared/history/record-history.js
var record_history = __webpack_require__(90835);
// EXTERNAL MODULE: ./build/shared/history/baseline.js
var history_baseline = __webpack_require__(24664);
// EXTERNAL MODULE: ./build/shared/history/record.js
var record = __webpack_require__(93114);
// EXTERNAL MODULE: ./build/shared/vitals/metrics.js
var vitals_metrics = __webpack_require__(37575);
;// CONCATENATED MODULE: ./build/shared/vitals/history.js

const HISTORY_KIND = 'vitals';
/**
 * One history series per instance, preset and page: `<name or default> <preset> <key>`, where the
 * key is the page's path for pages served on loopback (seriesKey), so a new port is no new series.
 */
function historyName(name, preset, key) {
    return `${name || 'default'} ${preset} ${key}`;
}
/** Metrics and the provenance a later comparison and the dashboard need (versions are compared, not gated). */
function recordFields(u, instance) {
    const metrics = {};
    for (const id of vitals_metrics/* METRIC_IDS */.Ah) {
        const v = u.median[id];
        if (v !== undefined && Number.isFinite(v))
            metrics[id] = v;
    }
    return {
        metrics,
        meta: {
            instance: instance || 'default',
            preset: u.preset,
            page: u.key,
            url: u.url,
            lighthouseVersion: u.lighthouseVersion,
            chromeVersion: u.chromeVersion,
            benchmarkIndex: u.benchmarkIndex ?? 0,
            runs: u.runs.length,
        },
    };
}
function metricsOf(record) {
    const out = {};
    for (const id of vitals_metrics/* METRIC_IDS */.Ah) {
        const v = record.metrics[id];
        if (typeof v === 'number')
            out[id] = v;
    }
    return out;
}

// EXTERNAL MODULE: ./build/shared/vitals/report.js
var vitals_report = __webpack_require__(89226);
;// CONCATENATED MODULE: ./build/shared/lighthouse/history.js
// Baselines and trends from the default branch's vitals history, and this run's records. Whether a
// run may record is the shell's one decision (env.history.decision); nothing here re-decides it.





/** Adds each page's default-branch baseline (for pull requests) and its performance trend. */
async function readVitalsHistory(report, o) {
    const branch = o.context?.defaultBranch ?? 'main';
    const notes = [];
    // A pull request is compared with the record of its merge-base, as coverage-comment's is.
    const context = o.context;
    const mergeBase = context?.prNumber !== undefined && context.baseSha
        ? await (0,history_baseline/* resolveMergeBase */.IZ)({
            cwd: o.workspace,
            baseSha: context.baseSha,
            headSha: context.headSha,
            ...(o.api ? { api: o.api } : {}),
            log: o.log,
        })
        : undefined;
    if (context?.prNumber !== undefined && context.baseSha && !mergeBase)
        notes.push(`No history baseline: the merge-base of ${context.baseSha.slice(0, 7)} and ${context.headSha.slice(0, 7)} is not known`);
    const ancestry = mergeBase
        ? await (0,history_baseline/* resolveAncestry */.eL)({ cwd: o.workspace, mergeBase, ...(o.api ? { api: o.api } : {}), log: o.log })
        : undefined;
    const trends = {};
    const urls = [];
    for (const u of report.urls) {
        const read = await o.backend.read({
            kind: HISTORY_KIND,
            name: historyName(report.name, u.preset, u.key),
        });
        notes.push(...(0,record_history/* historyReadNotes */.uI)(read.warnings, o.log));
        trends[`${u.preset} ${u.key}`] = (0,history_baseline/* trend */.GW)(read.records, { branch, limit: 30 }).flatMap((r) => r.metrics.performance === undefined ? [] : [{ label: r.sha.slice(0, 7), value: r.metrics.performance }]);
        const baseline = ancestry ? (0,history_baseline/* findBaseline */.Xn)(read.records, ancestry) : undefined;
        urls.push(baseline && 'record' in baseline
            ? (0,vitals_report/* withPrevious */.UP)(u, {
                sha: baseline.record.sha,
                metrics: metricsOf(baseline.record),
                lighthouseVersion: String(baseline.record.meta?.lighthouseVersion ?? 'unknown'),
                commitsBehind: baseline.commitsBehind,
            })
            : u);
    }
    return { report: { ...report, urls }, trends, notes };
}
/** This run's records: one per measured page and preset. */
function vitalsRecords(report, context, time = new Date().toISOString()) {
    const branch = context.defaultBranch ?? 'main';
    return report.urls
        .filter((u) => u.status === 'measured')
        .map((u) => ({
        schema: record/* HISTORY_SCHEMA */.NF,
        kind: HISTORY_KIND,
        name: historyName(report.name, u.preset, u.key),
        repo: `${context.repo.owner}/${context.repo.repo}`,
        branch,
        sha: context.headSha,
        runId: context.runId,
        runAttempt: context.runAttempt,
        time,
        runner: (0,record/* runnerFingerprint */.DF)(),
        ...recordFields(u, report.name),
    }));
}

// EXTERNAL MODULE: ./build/shared/lighthouse/pipeline.js + 13 modules
var pipeline = __webpack_require__(62378);
// EXTERNAL MODULE: ./build/shared/report/budget.js
var budget = __webpack_require__(33050);
// EXTERNAL MODULE: ./build/shared/runtime/names.js
var names = __webpack_require__(34359);
// EXTERNAL MODULE: ./build/shared/runtime/shell.js
var shell = __webpack_require__(54029);
// EXTERNAL MODULE: ./build/shared/vitals/options.js
var vitals_options = __webpack_require__(98752);
// EXTERNAL MODULE: ./build/shared/vitals/render.js
var vitals_render = __webpack_require__(41808);
// EXTERNAL MODULE: ./build/shared/vitals/verdict.js
var vitals_verdict = __webpack_require__(73943);
;// CONCATENATED MODULE: ./build/actions/lighthouse-vitals/src/spec.js













/** The Actions cache keeps the installed Lighthouse between runs; without the service it is skipped. */
async function actionsCache() {
    const cache = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1371), __webpack_require__.e(2088), __webpack_require__.e(8091)]).then(__webpack_require__.bind(__webpack_require__, 18091));
    if (!cache.isFeatureAvailable())
        return undefined;
    return {
        restore: async (dir, key) => (await cache.restoreCache([dir], key)) !== undefined,
        save: async (dir, key) => {
            await cache.saveCache([dir], key);
        },
    };
}
async function uploadReports(outDir, name) {
    const files = (0,external_node_fs_.readdirSync)(outDir).filter((f) => f.endsWith('.report.html') || f.endsWith('.report.json'));
    if (files.length === 0)
        return undefined;
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1371), __webpack_require__.e(6913), __webpack_require__.e(3758), __webpack_require__.e(6518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
    await new DefaultArtifactClient().uploadArtifact(name, files.map((f) => (0,external_node_path_.join)(outDir, f)), outDir, { retentionDays: 30 });
    return name;
}
/** History: baselines and trends for everyone, records only where the shell's decision allows. */
async function withHistory(vitals, env) {
    let backend;
    try {
        backend = env.history.open();
    }
    catch (error) {
        return { report: vitals, trends: {}, notes: [`History not used: ${error.message}`] };
    }
    if (!backend)
        return { report: vitals, trends: {}, notes: [] };
    const read = await readVitalsHistory(vitals, {
        backend,
        context: env.context,
        ...(env.github ? { api: env.github } : {}),
        workspace: env.workspace,
        log: env.log,
    });
    // Each page is its own series: a page whose record cannot be stored costs only that page.
    const { problems } = await (0,record_history/* recordHistory */.cJ)(backend, env.context ? vitalsRecords(read.report, env.context) : [], {
        decision: env.history.decision,
        keep: env.history.settings.keep,
        log: env.log,
    });
    read.notes.push(...problems);
    return read;
}
const spec = (0,shell/* defineAction */.Q)({
    name: 'lighthouse-vitals',
    read(inputs, env) {
        const options = (0,vitals_options/* readVitalsOptions */.eg)(inputs);
        for (const secret of (0,vitals_options/* secretValues */.VX)(options.headers, options.cookies))
            env.mask(secret);
        return options;
    },
    async run(options, env) {
        const slug = (0,names/* fileSlug */.M)(options.name);
        const outDir = (0,external_node_path_.join)(env.tempDir, `lighthouse-vitals-${slug}`);
        const run = await (0,pipeline/* runVitals */.n)(options, {
            installRoot: env.env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)(env.tempDir, 'tool-cache'),
            // Self-hosted runners with Lighthouse preinstalled can point here and skip the install.
            installDir: env.env.SHIPSHAPE_LIGHTHOUSE_DIR || undefined,
            cache: await actionsCache(),
            outDir,
            workspace: env.workspace,
            env: env.env,
            childEnv: env.childEnv(),
            log: env.log,
            signal: env.signal,
        });
        const history = await withHistory(run.report, env);
        const notes = [
            ...run.notes,
            ...history.notes,
            `Lighthouse ${run.installed.lighthouse} (${run.installed.source}), chrome-launcher ${run.installed.chromeLauncher}.`,
        ];
        const reportPath = (0,external_node_path_.join)(env.tempDir, `lighthouse-vitals-${slug}.json`);
        (0,external_node_fs_.writeFileSync)(reportPath, `${JSON.stringify(history.report, null, 2)}\n`);
        let artifact;
        if (options.uploadReports) {
            const attempt = (env.context?.runAttempt ?? 1) > 1 ? `-attempt-${env.context?.runAttempt}` : '';
            try {
                artifact = await uploadReports(outDir, `lighthouse-vitals-${slug}${attempt}`);
            }
            catch (error) {
                const message = `HTML reports not uploaded: ${error.message}`;
                env.log.warning(message);
                notes.push(message);
            }
        }
        return {
            vitals: history.report,
            notes,
            trends: history.trends,
            reportPath,
            ...(artifact ? { artifact } : {}),
        };
    },
    present(report, options) {
        const verdict = (0,vitals_verdict/* vitalsVerdict */.T)(report.vitals);
        const render = { notes: report.notes, trends: report.trends, reportsArtifact: report.artifact };
        return {
            outputs: {
                passed: report.vitals.passed,
                report: report.reportPath,
                scores: JSON.stringify((0,vitals_report/* scoresOutput */.VF)(report.vitals)),
                'reports-artifact': report.artifact ?? '',
            },
            summary: (0,vitals_render/* renderSummary */.Br)(report.vitals, render),
            comment: {
                key: options.name ? `lighthouse-vitals:${(0,names/* fileSlug */.M)(options.name)}` : 'lighthouse-vitals',
                // Room for the other actions' sections in the shared comment.
                body: (0,budget/* renderWithinBudget */.nc)((0,vitals_render/* commentSections */.sW)(report.vitals, render), 20_000).body,
            },
            // Series by page key (the path for loopback pages), like history: stable across ports.
            metrics: report.vitals.urls
                .filter((u) => u.status === 'measured')
                .flatMap((u) => (0,samples/* vitalsSamples */.jz)({
                url: u.key,
                formFactor: u.preset,
                lcpMs: u.median.lcp,
                fcpMs: u.median.fcp,
                tbtMs: u.median.tbt,
                cls: u.median.cls,
                scores: {
                    performance: u.median.performance,
                    accessibility: u.median.accessibility,
                    'best-practices': u.median['best-practices'],
                    seo: u.median.seo,
                },
            })),
            exitCode: verdict.exitCode,
            ...(verdict.failure ? { failure: verdict.failure } : {}),
        };
    },
});

;// CONCATENATED MODULE: ./build/actions/lighthouse-vitals/src/main.js


void (0,action/* runAction */.Cs)(spec);


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


/***/ })

};
