export const id = 7672;
export const ids = [7672];
export const modules = {

/***/ 57672:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./build/shared/runtime/action.js + 6 modules
var action = __webpack_require__(6880);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/options.js
var options = __webpack_require__(6845);
// EXTERNAL MODULE: ./build/shared/export/samples.js
var samples = __webpack_require__(57160);
// EXTERNAL MODULE: ./build/shared/probes/redact.js
var redact = __webpack_require__(69141);
// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/summary.js
var summary = __webpack_require__(91179);
;// CONCATENATED MODULE: ./build/shared/deploy-smoke-health/publication.js
// What a deploy-smoke-health run publishes, as plain data: outputs for a rollback gate, the job
// summary, the commit status after a deploy, and the step's verdict.



/** The compact JSON output: what a rollback step reads with fromJSON(). */
function gateJson(r) {
    return JSON.stringify({
        passed: r.passed,
        state: r.state,
        mode: r.mode,
        sha: r.sha ?? null,
        environments: r.environments,
        checks: r.checks.map((c) => ({
            name: c.name,
            environment: c.environment,
            health: c.health,
            failureClass: c.failure?.class ?? null,
            status: c.status ?? null,
            latencyMs: c.latencyMs ?? null,
            certificateDaysLeft: c.certificate?.daysLeft ?? null,
            versionConfirmed: c.version ? c.version.confirmed : null,
            attempts: c.warmup?.attempts ?? c.attempts,
        })),
        watchFailures: r.watch?.failures.length ?? null,
        alertsFailed: r.alerts.filter((a) => !a.ok).length,
    });
}
function describe(r) {
    const down = r.checks.filter((c) => c.health === 'down').length;
    const env = r.environments.join(', ');
    return down === 0
        ? `${r.checks.length} checks passed on ${env}`
        : `${down} of ${r.checks.length} checks failed on ${env}`;
}
function publicationOf(run) {
    const { outcome } = run;
    const r = outcome.report;
    if (!r) {
        return {
            // Nothing was checked, so nothing passed: empty, so that neither a promote gate
            // (passed == 'true') nor a rollback gate (passed == 'false') acts on an unchecked deploy.
            outputs: { passed: '', state: 'skipped' },
            summary: `## Deploy smoke health\n\nSkipped: ${outcome.skipped ?? 'nothing to check'}.\n`,
            annotations: [{ level: 'notice', message: outcome.skipped ?? 'nothing was checked' }],
            exitCode: 0,
        };
    }
    const versions = r.checks.filter((c) => c.version);
    const statuses = r.mode === 'post-deploy' && r.sha
        ? [
            {
                context: `shipshape/deploy-smoke-health (${r.environments.join(', ')})`,
                state: r.passed ? 'success' : 'failure',
                description: describe(r),
                sha: r.sha,
            },
        ]
        : [];
    return {
        outputs: {
            passed: r.passed,
            state: r.state,
            report: run.reportPath,
            json: gateJson(r),
            'failed-checks': r.checks
                .filter((c) => c.health === 'down')
                .map((c) => `${c.environment}/${c.name}`)
                .join(','),
            'version-confirmed': versions.length === 0 ? '' : String(versions.every((c) => c.version?.confirmed)),
            'lateness-seconds': r.lateness ? String(r.lateness.seconds) : '',
            'alerts-failed': String(r.alerts.filter((a) => !a.ok).length),
        },
        summary: (0,redact/* scrub */._I)((0,summary/* renderSummary */.B)(r), outcome.secrets),
        statuses,
        metrics: r.checks.flatMap((c) => (0,samples/* checkSamples */.eZ)({
            environment: c.environment,
            check: c.name,
            state: c.health,
            latencyMs: c.latencyMs ?? null,
            certificateExpiresAt: c.certificate?.validTo ? new Date(c.certificate.validTo) : null,
            now: Date.parse(r.finishedAt),
        })),
        ...(outcome.failure ? { failure: outcome.failure } : {}),
        exitCode: outcome.exitCode,
    };
}

// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/run.js + 12 modules
var run = __webpack_require__(30230);
// EXTERNAL MODULE: ./build/shared/http/retry-after.js
var retry_after = __webpack_require__(13180);
// EXTERNAL MODULE: ./build/shared/http/retrying.js
var retrying = __webpack_require__(20991);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: ./build/shared/runtime/inputs.js
var inputs = __webpack_require__(8998);
;// CONCATENATED MODULE: ./build/shared/export/sentry.js
// Deploy markers in Sentry: on a confirmed post-deploy check, the release (the deployed commit) and
// its deploy to the environment are created through Sentry's documented HTTP API, so errors are
// tied to the deploy that caused them. Like every export, a failure is a warning, never a verdict.




const SENTRY_INPUTS = (/* unused pure expression or super */ null && (['sentry-url', 'sentry-org', 'sentry-projects', 'sentry-token']));
/** Undefined when no Sentry organisation is configured. */
function readSentrySettings(source) {
    // Every input is read, set or not, so that a value given without sentry-org is still seen.
    const org = (0,inputs/* readString */.E3)(source, 'sentry-org');
    const token = (0,inputs/* readString */.E3)(source, 'sentry-token');
    const projects = (0,inputs/* readList */.LD)(source, 'sentry-projects');
    const baseUrl = (0,inputs/* readUrl */.wo)(source, 'sentry-url') ?? new URL('https://sentry.io');
    if (org === '')
        return undefined;
    if (token === '')
        throw new errors/* InputError */.dz('sentry-token', 'is required with sentry-org: an auth token with project:releases scope');
    if (projects.length === 0)
        throw new errors/* InputError */.dz('sentry-projects', 'is required with sentry-org: one or more project slugs');
    const slug = /^[a-z0-9][a-z0-9_-]*$/i;
    for (const [input, value] of [
        ['sentry-org', org],
        ...projects.map((p) => ['sentry-projects', p]),
    ]) {
        if (!slug.test(value))
            throw new errors/* InputError */.dz(input, `'${value}' is not a Sentry slug (letters, digits, - and _)`);
    }
    return { baseUrl, org, projects, token };
}
/** A POST to Sentry's API, tried again on 429, 5xx or a failed connection (shared/http/retrying.ts). */
async function call(s, path, body, attempts, backoffMs) {
    const { result } = await (0,retrying/* retrying */.R)(async () => {
        try {
            const response = await fetch(new URL(path, s.baseUrl), {
                method: 'POST',
                headers: {
                    Authorization: `Bearer ${s.token}`,
                    'Content-Type': 'application/json',
                    'User-Agent': 'shipshape',
                },
                body: JSON.stringify(body),
                // The token never follows a redirect.
                redirect: 'manual',
                signal: AbortSignal.timeout(15_000),
            });
            const asked = (0,retry_after/* retryAfterHeaderMs */.u)(response.headers.get('retry-after'));
            return {
                result: response,
                retry: (0,retrying/* retryableStatus */.F)(response.status),
                ...(asked !== undefined ? { retryAfterMs: asked } : {}),
            };
        }
        catch (error) {
            return { result: error instanceof Error ? error : new Error(String(error)), retry: true };
        }
    }, { attempts, backoff: { baseMs: backoffMs, maxMs: 30_000 }, maxRetryAfterMs: 30_000 });
    if (result instanceof Error)
        throw result;
    return result;
}
async function markSentryDeploy(s, marker, log, o = {}) {
    const attempts = o.attempts ?? 3;
    const backoff = o.backoffMs ?? 1000;
    const org = encodeURIComponent(s.org);
    const version = marker.version;
    try {
        const release = await call(s, `/api/0/organizations/${org}/releases/`, {
            version,
            projects: s.projects,
            ...(marker.repository ? { refs: [{ repository: marker.repository, commit: version }] } : {}),
            dateReleased: marker.finished.toISOString(),
        }, attempts, backoff);
        // 208: the release exists already (an earlier deploy of the same commit).
        if (release.status !== 201 && release.status !== 208 && release.status !== 200) {
            return failed(`creating release ${version} answered HTTP ${release.status}`, log);
        }
        const deploy = await call(s, `/api/0/organizations/${org}/releases/${encodeURIComponent(version)}/deploys/`, {
            environment: marker.environment,
            projects: s.projects,
            ...(marker.url ? { url: marker.url } : {}),
            dateStarted: marker.started.toISOString(),
            dateFinished: marker.finished.toISOString(),
        }, attempts, backoff);
        if (deploy.status !== 201 && deploy.status !== 200) {
            return failed(`creating the deploy of ${version} to ${marker.environment} answered HTTP ${deploy.status}`, log);
        }
    }
    catch (error) {
        return failed(error instanceof Error ? error.message : String(error), log);
    }
    const message = `Sentry: release ${version.slice(0, 12)} deployed to ${marker.environment}`;
    log.info(message);
    return { ok: true, message };
}
function failed(why, log) {
    const message = `Sentry deploy marker not created: ${why}`;
    log.warning(message);
    return { ok: false, message };
}

// EXTERNAL MODULE: ./build/shared/github/errors.js
var github_errors = __webpack_require__(36199);
// EXTERNAL MODULE: ./build/shared/github/status.js
var github_status = __webpack_require__(14830);
;// CONCATENATED MODULE: ./build/shared/github/deployment-status.js


async function postDeploymentStatus(octokit, input) {
    try {
        await octokit.rest.repos.createDeploymentStatus({
            owner: input.owner,
            repo: input.repo,
            deployment_id: input.deploymentId,
            state: input.passed ? 'success' : 'failure',
            description: (0,github_status/* truncateDescription */.Hy)(input.passed ? 'smoke checks passed' : 'smoke checks failed'),
            ...(input.logUrl ? { log_url: input.logUrl } : {}),
            ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
            ...(input.environment ? { environment: input.environment } : {}),
            // An earlier deployment to the environment stays as it was: only this one is judged here.
            auto_inactive: false,
        });
        return { ok: true };
    }
    catch (error) {
        return { ok: false, message: (0,github_errors/* describeGitHubError */.d)(error) };
    }
}

// EXTERNAL MODULE: ./build/shared/runtime/shell.js
var shell = __webpack_require__(54029);
;// CONCATENATED MODULE: ./build/actions/deploy-smoke-health/src/spec.js
// deploy-smoke-health over the shell: inputs read up front, the core in shared/deploy-smoke-health,
// and a publication (outputs, summary, commit status) the runtime applies. The deployment status
// and the Sentry deploy marker are posted here because the publication has no place for them.









/** Inputs that are credentials: masked before anything can print them. */
const SECRET_INPUTS = [
    'slack-webhook',
    'discord-webhook',
    'teams-webhook',
    'webhook-url',
    'webhook-secret',
    'heartbeat-url',
];

const spec = (0,shell/* defineAction */.Q)({
    name: 'deploy-smoke-health',
    // Its verdict goes to the commit status and the job summary; it writes no pull request comment.
    publishes: { comment: false },
    read(inputs, env) {
        for (const name of SECRET_INPUTS)
            env.mask(inputs.get(name));
        const read = (0,options/* readSmokeInputs */.Pe)(inputs, env.history.settings);
        const mode = (0,run/* resolveMode */.U5)(read.mode, env.context?.eventName ?? '');
        const timing = (0,options/* checkModeInputs */.R_)(read, mode, { hosted: env.env.RUNNER_ENVIRONMENT === 'github-hosted' });
        const sentry = readSentrySettings(inputs);
        if (sentry)
            env.mask(sentry.token);
        return { inputs: read, mode, ...timing, sentry };
    },
    async run(settings, env) {
        const context = env.requireContext();
        const history = env.history.open();
        const outcome = await (0,run/* runSmoke */.Lw)(settings, {
            event: { name: context.eventName, payload: context.payload },
            repo: context.repo,
            sha: context.sha,
            branch: context.defaultBranch ?? context.ref.replace(/^refs\/heads\//, ''),
            runId: context.runId,
            runAttempt: context.runAttempt,
            ...(env.runUrl ? { runUrl: env.runUrl } : {}),
            workspace: env.workspace,
            ...(env.github ? { octokit: env.github.octokit } : {}),
            ...(history ? { history } : {}),
            record: env.history.decision,
            env: env.env,
            log: env.log,
            signal: env.signal,
            mask: (v) => env.mask(v),
        });
        const r = outcome.report;
        const dep = outcome.deployment;
        if (r && dep && settings.inputs.status && env.github && r.mode === 'post-deploy') {
            const posted = await postDeploymentStatus(env.github.octokit, {
                owner: env.github.owner,
                repo: env.github.repo,
                deploymentId: dep.id,
                passed: r.passed,
                ...(env.runUrl ? { logUrl: env.runUrl } : {}),
                ...(dep.url ? { environmentUrl: dep.url } : {}),
                ...(dep.environment ? { environment: dep.environment } : {}),
            });
            if (!posted.ok) {
                const message = `Deployment status not posted: ${(0,redact/* scrub */._I)(posted.message, outcome.secrets)}`;
                env.log.warning(message);
                r.notes.push(message);
            }
        }
        // A confirmed deploy becomes a release and deploy marker in Sentry, so errors point at it.
        if (r?.passed && r.mode === 'post-deploy' && settings.sentry) {
            const marker = await markSentryDeploy(settings.sentry, {
                version: r.sha ?? context.sha,
                environment: dep?.environment ?? r.environments[0] ?? 'production',
                ...(dep?.url ? { url: dep.url } : {}),
                repository: `${context.repo.owner}/${context.repo.repo}`,
                started: new Date(r.startedAt),
                finished: new Date(r.finishedAt),
            }, env.log);
            r.notes.push(marker.message);
        }
        let reportPath;
        if (r) {
            reportPath = (0,external_node_path_.join)(env.tempDir, `deploy-smoke-health-${r.mode}.json`);
            (0,external_node_fs_.writeFileSync)(reportPath, `${JSON.stringify(r, null, 2)}\n`);
        }
        return { outcome, ...(reportPath ? { reportPath } : {}) };
    },
    present: (run) => publicationOf(run),
});

;// CONCATENATED MODULE: ./build/actions/deploy-smoke-health/src/main.js


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


/***/ })

};
