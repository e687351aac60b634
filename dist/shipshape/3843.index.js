export const id = 3843;
export const ids = [3843];
export const modules = {

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

/***/ 13843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportMetrics: () => (/* binding */ exportMetrics)
});

// UNUSED EXPORTS: runBranch

// EXTERNAL MODULE: ./build/shared/http/retry-after.js
var retry_after = __webpack_require__(13180);
// EXTERNAL MODULE: ./build/shared/http/retrying.js
var retrying = __webpack_require__(20991);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/build/src/index.js
var src = __webpack_require__(63914);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/exporter-metrics-otlp-proto/build/src/index.js
var build_src = __webpack_require__(8458);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/build/src/index.js
var resources_build_src = __webpack_require__(75647);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-metrics/build/src/index.js
var sdk_metrics_build_src = __webpack_require__(89174);
// EXTERNAL MODULE: ./build/shared/export/catalog.js
var catalog = __webpack_require__(74452);
;// CONCATENATED MODULE: ./build/shared/export/otlp.js
// OTLP/HTTP through the official OpenTelemetry exporter (protobuf), as the Collector, Datadog,
// Honeycomb and New Relic accept it. Samples become gauge data points stamped with the run's time.





const UNITS = {
    seconds: 's',
    ratio: '1',
    bytes: 'By',
    score: '1',
    boolean: '1',
    count: '1',
};
function hrTime(ms) {
    return [Math.floor(ms / 1000), (ms % 1000) * 1e6];
}
function toResourceMetrics(samples, action) {
    const byName = new Map();
    for (const s of samples)
        byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
    const metrics = [...byName.entries()].map(([name, list]) => ({
        descriptor: {
            name,
            description: (0,catalog/* definitionOf */.Fg)(name)?.help ?? '',
            unit: UNITS[(0,catalog/* definitionOf */.Fg)(name)?.unit ?? ''] ?? '1',
            valueType: src.ValueType.DOUBLE,
        },
        aggregationTemporality: sdk_metrics_build_src/* AggregationTemporality */.h0.CUMULATIVE,
        dataPointType: sdk_metrics_build_src/* DataPointType */.n9.GAUGE,
        dataPoints: list.map((s) => ({
            startTime: hrTime(s.timestamp ?? Date.now()),
            endTime: hrTime(s.timestamp ?? Date.now()),
            attributes: s.labels,
            value: s.value,
        })),
    }));
    return {
        resource: (0,resources_build_src.resourceFromAttributes)({ 'service.name': 'shipshape', 'shipshape.action': action }),
        scopeMetrics: [{ scope: { name: 'shipshape' }, metrics }],
    };
}
/** Sends once; resolves with undefined on success or the exporter's error message. */
async function sendOtlp(url, headers, data, timeoutMs) {
    const exporter = new build_src/* OTLPMetricExporter */.r({ url, headers, timeoutMillis: timeoutMs });
    try {
        return await new Promise((resolve) => {
            exporter.export(data, (result) => resolve(result.code === 0 ? undefined : (result.error?.message ?? 'export failed')));
        });
    }
    finally {
        await exporter.shutdown().catch(() => { });
    }
}

// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
;// CONCATENATED MODULE: ./build/shared/export/pushgateway.js
// The Pushgateway: the text exposition format (written by prom-client) PUT under a grouping key, so
// a run replaces the previous run's figures of the same repository, action and name. The
// Pushgateway refuses samples with timestamps; Prometheus stamps them when it scrapes.


async function encodeExposition(samples) {
    const registry = new prom_client.Registry();
    const gauges = new Map();
    for (const s of samples) {
        let gauge = gauges.get(s.name);
        if (!gauge) {
            gauge = new prom_client.Gauge({
                name: s.name,
                help: (0,catalog/* definitionOf */.Fg)(s.name)?.help ?? s.name,
                labelNames: Object.keys(s.labels),
                registers: [registry],
            });
            gauges.set(s.name, gauge);
        }
        gauge.set(s.labels, s.value);
    }
    return registry.metrics();
}
/** `/metrics/job/shipshape/<key>@base64/<value>…`: base64 lets values hold slashes (owner/repo). */
function groupingPath(group) {
    const parts = ['metrics', 'job', 'shipshape'];
    for (const [key, value] of Object.entries(group)) {
        parts.push(`${key}@base64`, Buffer.from(value || '=', 'utf8').toString('base64url') || '=');
    }
    return `/${parts.join('/')}`;
}

// EXTERNAL MODULE: ./node_modules/protobufjs/index.js
var protobufjs = __webpack_require__(81853);
// EXTERNAL MODULE: ./node_modules/snappyjs/index.js
var snappyjs = __webpack_require__(64528);
;// CONCATENATED MODULE: ./build/shared/export/remote-write.js
// Prometheus remote write 1.0: a snappy-compressed protobuf WriteRequest (prompb), as Grafana
// Cloud, Mimir, Thanos, VictoriaMetrics and Prometheus's own receiver accept it.



// The subset of prometheus/prompb/{remote,types}.proto that a writer fills in.
const root = protobufjs.Root.fromJSON({
    nested: {
        prometheus: {
            nested: {
                WriteRequest: {
                    fields: {
                        timeseries: { rule: 'repeated', type: 'TimeSeries', id: 1 },
                        metadata: { rule: 'repeated', type: 'MetricMetadata', id: 3 },
                    },
                },
                TimeSeries: {
                    fields: {
                        labels: { rule: 'repeated', type: 'Label', id: 1 },
                        samples: { rule: 'repeated', type: 'Sample', id: 2 },
                    },
                },
                Label: { fields: { name: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } } },
                Sample: { fields: { value: { type: 'double', id: 1 }, timestamp: { type: 'int64', id: 2 } } },
                MetricMetadata: {
                    fields: {
                        type: { type: 'MetricType', id: 1 },
                        metricFamilyName: { type: 'string', id: 2 },
                        help: { type: 'string', id: 4 },
                        unit: { type: 'string', id: 5 },
                    },
                },
                MetricType: { values: { UNKNOWN: 0, COUNTER: 1, GAUGE: 2 } },
            },
        },
    },
});
const WriteRequest = root.lookupType('prometheus.WriteRequest');
/** The request body and headers of one remote-write push. */
function encodeRemoteWrite(samples) {
    const timeseries = samples.map((s) => ({
        // Receivers require labels sorted by name, __name__ among them.
        labels: [
            { name: '__name__', value: s.name },
            ...Object.entries(s.labels).map(([name, value]) => ({ name, value })),
        ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
        samples: [{ value: s.value, timestamp: s.timestamp ?? Date.now() }],
    }));
    const names = [...new Set(samples.map((s) => s.name))];
    const metadata = names.map((name) => ({
        type: 2,
        metricFamilyName: name,
        help: (0,catalog/* definitionOf */.Fg)(name)?.help ?? '',
        unit: (0,catalog/* definitionOf */.Fg)(name)?.unit ?? '',
    }));
    const message = WriteRequest.fromObject({ timeseries, metadata });
    const body = snappyjs.compress(WriteRequest.encode(message).finish());
    return {
        body,
        headers: {
            'Content-Type': 'application/x-protobuf',
            'Content-Encoding': 'snappy',
            'X-Prometheus-Remote-Write-Version': '0.1.0',
            'User-Agent': 'shipshape',
        },
    };
}

;// CONCATENATED MODULE: ./build/shared/export/deliver.js
// Sends one run's samples to every configured target. A metrics backend never decides a gate:
// each target is tried a few times with backoff, then reported as a warning; nothing throws.





/** Host and path only: a URL given for metrics may carry a token in its query or userinfo. */
function describeTarget(url) {
    return `${url.protocol}//${url.host}${url.pathname}`;
}
/** One request to a metrics backend: undefined when it was taken, else why not. */
async function post(url, init, timeoutMs) {
    let response;
    try {
        // Credentials never follow a redirect to wherever it points.
        response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (error) {
        const why = error instanceof Error ? (error.cause?.message ?? error.message) : String(error);
        return { result: why, retry: true };
    }
    if (response.ok)
        return { result: undefined, retry: false };
    const text = (await response.text().catch(() => '')).replace(/\s+/g, ' ').slice(0, 200);
    const asked = (0,retry_after/* retryAfterHeaderMs */.u)(response.headers.get('retry-after'));
    return {
        result: `HTTP ${response.status}${text ? `: ${text}` : ''}`,
        retry: (0,retrying/* retryableStatus */.F)(response.status),
        ...(asked !== undefined ? { retryAfterMs: asked } : {}),
    };
}
async function deliverSamples(samples, settings, o) {
    const policy = {
        attempts: o.attempts ?? 3,
        backoff: { baseMs: o.backoffMs ?? 1000, maxMs: 10_000 },
        maxRetryAfterMs: 30_000,
    };
    const timeout = o.timeoutMs ?? 10_000;
    const send = async (attempt) => (await (0,retrying/* retrying */.R)(attempt, policy)).result;
    const results = [];
    const note = (target, url, message) => {
        results.push({
            target,
            ok: message === undefined,
            samples: samples.length,
            ...(message ? { message } : {}),
        });
        if (message)
            o.log.warning(`Metrics: ${target} to ${describeTarget(url)} failed after retries: ${message}`);
        else
            o.log.info(`Metrics: ${samples.length} samples sent by ${target} to ${describeTarget(url)}`);
    };
    if (samples.length === 0)
        return results;
    if (settings.remoteWrite) {
        const { body, headers } = encodeRemoteWrite(samples);
        const url = settings.remoteWrite;
        note('remote write', url, await send(() => post(url.href, { method: 'POST', body, headers: { ...settings.headers, ...headers } }, timeout)));
    }
    if (settings.pushgateway) {
        const url = settings.pushgateway;
        const body = await encodeExposition(samples.map((s) => ({ ...s, labels: withoutGroup(s.labels, o.group) })));
        const target = new URL(groupingPath(o.group).slice(1), url.href.endsWith('/') ? url.href : `${url.href}/`);
        note('Pushgateway', url, await send(() => post(target.href, {
            method: 'PUT',
            body,
            headers: { ...settings.headers, 'Content-Type': 'text/plain; version=0.0.4' },
        }, timeout)));
    }
    if (settings.otlp) {
        const url = settings.otlp;
        const data = toResourceMetrics(samples, o.action);
        note('OTLP', url, await send(async () => {
            // The exporter answers success or why not, never a status: every failure is worth a retry.
            const failure = await sendOtlp(url.href, settings.headers, data, timeout);
            return { result: failure, retry: failure !== undefined };
        }));
    }
    return results;
}
/** Labels that are part of the grouping key must not also be pushed as metric labels. */
function withoutGroup(labels, group) {
    return Object.fromEntries(Object.entries(labels).filter(([k]) => !(k in group)));
}

// EXTERNAL MODULE: ./build/shared/export/samples.js
var export_samples = __webpack_require__(57160);
;// CONCATENATED MODULE: ./build/shared/export/publish.js


/** The branch a run speaks for: the PR's head branch, else the pushed or scheduled ref. */
function runBranch(env) {
    return (env.env.GITHUB_HEAD_REF ||
        (env.context?.ref ?? env.env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags)\//, '') ||
        'unknown');
}
/** Sends the samples; returns lines for the job summary (failures are warnings, never errors). */
async function exportMetrics(samples, env, settings) {
    const repo = env.context
        ? `${env.context.repo.owner}/${env.context.repo.repo}`
        : env.env.GITHUB_REPOSITORY || 'local';
    const complete = (0,export_samples/* completeSamples */.hY)(samples, { repo, branch: runBranch(env) }, Date.now());
    const names = [...new Set(complete.map((s) => s.labels.name).filter((n) => Boolean(n)))];
    const group = { repo, action: env.action, ...(names.length === 1 ? { name: names[0] } : {}) };
    const results = await env.log.group(`Exporting ${complete.length} metrics`, () => deliverSamples(complete, settings, { action: env.action, group, log: env.log }));
    return results
        .filter((r) => !r.ok)
        .map((r) => `Metrics were not exported by ${r.target}: ${r.message}. The gate's verdict does not depend on it.`);
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

/***/ 41577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
// Waiting between attempts. Retries that do not really wait (Upptime #171) only turn one blip into
// three failures; "full jitter" spreads the attempts of many checks so they never arrive together.
/**
 * The wait before retry number `attempt` (1 = first retry): uniformly random in
 * [cap/2, cap] where cap = min(maxMs, baseMs·2^(attempt-1)). Half the cap is kept so that a retry
 * never comes straight after the failure it retries.
 */
function backoffDelay(attempt, policy, random = Math.random) {
    const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(cap / 2 + random() * (cap / 2));
}
/** Resolves after `ms`, or at once (without throwing) when `signal` aborts. */
function sleep(ms, signal) {
    if (ms <= 0 || signal?.aborted)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}


/***/ }),

/***/ 13180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ retryAfterHeaderMs)
/* harmony export */ });
// What a server asked for in `retry-after` (RFC 9110 §10.2.3): delay-seconds or an HTTP date. The one
// reading of it for every client shipshape has: GitHub, alert channels, Sentry.
/** Milliseconds to wait, or undefined when the header says nothing usable. A date in the past is 0. */
function retryAfterHeaderMs(header, now = new Date()) {
    const raw = header?.trim();
    if (!raw)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(raw))
        return Math.round(Number(raw) * 1000);
    // An HTTP date names its weekday and month; Date.parse alone would take '-3' for a year.
    const at = /[a-z]/i.test(raw) ? Date.parse(raw) : Number.NaN;
    return Number.isFinite(at) ? Math.max(0, at - now.getTime()) : undefined;
}


/***/ }),

/***/ 20991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ retryableStatus),
/* harmony export */   R: () => (/* binding */ retrying)
/* harmony export */ });
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41577);
// One retry rule for every request shipshape sends to a service of the user's (alert channels,
// metrics backends, Sentry): a rate limit (429), a server error (5xx) or a failed connection is
// tried again after a jittered exponential wait, or after the service's own `retry-after` when it
// gives one; a wait longer than the caller allows ends the attempts, as does any other answer.
// Octokit has its own plugins for GitHub; this is the rule for everything else.

/** Whether an HTTP status is worth another attempt. */
function retryableStatus(status) {
    return status === 429 || status >= 500;
}
async function retrying(attempt, policy) {
    for (let n = 1;; n++) {
        const outcome = await attempt(n);
        const last = { result: outcome.result, attempts: n };
        if (!outcome.retry || n >= policy.attempts || policy.signal?.aborted)
            return last;
        const asked = outcome.retryAfterMs;
        if (asked !== undefined && asked > policy.maxRetryAfterMs)
            return { ...last, refusedWaitMs: asked };
        await (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .y)(Math.max(asked ?? 0, (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .E)(n, policy.backoff)), policy.signal);
        if (policy.signal?.aborted)
            return last;
    }
}


/***/ })

};
