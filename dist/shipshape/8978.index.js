export const id = 8978;
export const ids = [8978];
export const modules = {

/***/ 22613:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "5b6ea1cab6110ad6986f.js?../../node_modules/chart.js/dist/chart.umd.min.js";

/***/ }),

/***/ 71782:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "4903d2cb7b3385b029fe.js?./assets/dashboard.css";

/***/ }),

/***/ 98524:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "1cae4cbffa69e35119ca.js?./assets/dashboard.js";

/***/ }),

/***/ 28978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDashboardCli: () => (/* binding */ runDashboardCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/shared/history/record.js
var record = __webpack_require__(93114);
// EXTERNAL MODULE: ./build/shared/history/store.js
var store = __webpack_require__(94718);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
;// CONCATENATED MODULE: ./build/shared/dashboard/load.js
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
            throw new errors/* InputError */.dz('history', `${path}: ${code === 'ENOENT' ? 'no such file or folder' : code}`);
        }
        files.push(...(info.isDirectory() ? await jsonlFiles(path, 0) : [path]));
    }
    const lists = [];
    let skipped = 0;
    for (const file of files) {
        const parsed = (0,record/* parseRecords */.Q4)(await (0,promises_.readFile)(file, 'utf8'), file, log);
        lists.push(parsed.records);
        skipped += parsed.skipped;
    }
    return { records: (0,store/* mergeRecords */.PI)(lists), files, skipped };
}

// EXTERNAL MODULE: ./build/shared/perf/metrics.js
var metrics = __webpack_require__(61959);
// EXTERNAL MODULE: ./build/shared/vitals/metrics.js
var vitals_metrics = __webpack_require__(37575);
;// CONCATENATED MODULE: ./build/shared/dashboard/labels.js
// How every metric the actions record is named, measured and judged on the dashboard and status
// page. Perf and vitals figures come from the tables their own renderers use (shared/perf/metrics.ts,
// shared/vitals/metrics.ts), so a metric added there is labelled here too; coverage and uptime are
// listed below. A metric nobody listed is still charted, under its own name and marked as unlabelled.


const pct = (label) => ({
    label,
    unit: '%',
    axis: '%',
    better: 'higher',
    digits: 2,
    floor: 0,
    ceiling: 100,
});
const count = (label) => ({
    label,
    unit: '',
    axis: 'count',
    digits: 0,
    floor: 0,
    hidden: true,
});
function unitOf(unit) {
    if (unit === 'score')
        return { unit: '', axis: 'score 0–100', digits: 0, floor: 0, ceiling: 100 };
    if (unit === 'unitless')
        return { unit: '', axis: 'unitless', digits: 3, floor: 0 };
    if (unit === '%')
        return { unit, axis: unit, digits: 2, floor: 0, ceiling: 100 };
    return { unit, axis: unit, digits: 1, floor: 0 };
}
function coverageTable() {
    const out = {};
    for (const [key, label] of [
        ['lines', 'Lines'],
        ['branches', 'Branches'],
        ['functions', 'Functions'],
        ['statements', 'Statements'],
    ]) {
        out[key] = pct(label);
        out[`${key}_covered`] = count(`${label} covered`);
        out[`${key}_total`] = count(`${label} in total`);
    }
    out.patch = pct('Patch');
    return out;
}
function perfTable() {
    const out = {};
    for (const m of Object.values(metrics/* METRICS */.Cb)) {
        out[m.key] = {
            label: m.label.charAt(0).toUpperCase() + m.label.slice(1),
            better: m.better,
            ...unitOf(m.unit),
        };
    }
    return out;
}
function vitalsTable() {
    const out = {};
    for (const m of vitals_metrics/* METRICS */.Cb) {
        out[m.id] = { label: m.label, better: m.higherIsBetter ? 'higher' : 'lower', ...unitOf(m.unit) };
    }
    return out;
}
/** Per kind, in the order the dashboard shows them. */
const KNOWN = {
    coverage: coverageTable(),
    perf: perfTable(),
    vitals: vitalsTable(),
    uptime: {
        uptime: pct('Uptime'),
        response_time: { label: 'Response time', better: 'lower', ...unitOf('ms') },
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
/** Every metric key the tables know for a kind (for tests that hold the record builders to them). */
function knownMetrics(kind) {
    return Object.keys(KNOWN[kind] ?? {});
}
function kindTitle(kind) {
    return KIND_TITLES[kind] ?? kind;
}
function metricInfo(kind, key) {
    const known = KNOWN[kind]?.[key];
    if (known)
        return { key, ...known };
    return { key, label: key, unit: '', axis: 'unitless', digits: 3, unlabelled: true };
}
/** The caption of a chart or column: `Lines (%)`, `Performance score (score 0–100)`. */
function metricCaption(m) {
    return `${m.label} (${m.axis})`;
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

// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/monitor-state.js
var monitor_state = __webpack_require__(83689);
// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/rollups.js
var rollups = __webpack_require__(20968);
// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/uptime.js
var uptime = __webpack_require__(11063);
;// CONCATENATED MODULE: ./build/shared/dashboard/uptime.js
// Checks as the status page shows them, from deploy-smoke-health's monitor state (one uptime record
// per monitor: per check its name, environment, raw results and hourly / daily rollups). Uptime per
// window is the action's own figure; an outage runs from the first down result (or hour) to the first
// one after it that is not down. Pure: the caller passes `now`.



const UPTIME_WINDOWS = [
    { key: 'd1', label: '24 h', ms: 86_400_000 },
    { key: 'd7', label: '7 d', ms: 7 * 86_400_000 },
    { key: 'd30', label: '30 d', ms: 30 * 86_400_000 },
    { key: 'd90', label: '90 d', ms: 90 * 86_400_000 },
];
function stateOf(h) {
    return h >= 1 ? 'up' : h > 0 ? 'degraded' : 'down';
}
function checkId(environment, name, fingerprint) {
    const slug = `${environment}-${name}`
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 48);
    return `${slug || 'check'}-${fingerprint
        .slice(0, 6)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')}`;
}
/** Uptime per window from samples (oldest first), as of `now`. */
function uptimeWindows(samples, now) {
    const uptime = {};
    const counts = {};
    for (const w of UPTIME_WINDOWS) {
        let n = 0;
        let up = 0;
        for (const s of samples) {
            if (s.t > now || now - s.t > w.ms)
                continue;
            n++;
            if (s.h > 0)
                up++;
        }
        uptime[w.key] = n === 0 ? null : (100 * up) / n;
        counts[w.key] = n;
    }
    return { uptime, samples: counts };
}
/** Down results in a row, from the first to the first result after them that is not down. */
function outagesOf(samples, now) {
    const out = [];
    let start;
    let runs = 0;
    for (const s of samples) {
        if (s.h <= 0) {
            if (start === undefined)
                start = s.t;
            runs++;
        }
        else if (start !== undefined) {
            out.push({
                start: new Date(start).toISOString(),
                end: new Date(s.t).toISOString(),
                durationMs: s.t - start,
                open: false,
                runs,
            });
            start = undefined;
            runs = 0;
        }
    }
    if (start !== undefined) {
        out.push({
            start: new Date(start).toISOString(),
            durationMs: Math.max(0, now - start),
            open: true,
            runs,
        });
    }
    return out;
}
/** At most `max` points: the newest kept as they are when they fit, else one per time bucket (worst health, mean latency). */
function thin(samples, max) {
    if (samples.length <= max)
        return [...samples];
    const first = samples[0].t;
    const span = samples[samples.length - 1].t - first || 1;
    const buckets = Array.from({ length: max }, () => []);
    for (const s of samples)
        buckets[Math.min(max - 1, Math.floor(((s.t - first) / span) * max))].push(s);
    return buckets.flatMap((b) => {
        if (b.length === 0)
            return [];
        const ms = b.flatMap((s) => (s.ms === undefined ? [] : [s.ms]));
        return [
            {
                t: b[b.length - 1].t,
                h: Math.min(...b.map((s) => s.h)),
                ...(ms.length > 0 ? { ms: ms.reduce((a, v) => a + v, 0) / ms.length } : {}),
            },
        ];
    });
}
function median(values) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const HEALTH = { up: 1, degraded: 0.5, down: 0 };
/** One point per kept hour (its worst health, its median latency), then the raw results after it. */
function samplesOf(c) {
    const hourly = c.hourly.map((b) => ({
        t: b.start,
        h: b.down > 0 && b.up + b.degraded === 0 ? 0 : b.down > 0 || b.degraded > 0 ? 0.5 : 1,
        ...(b.p50 !== undefined ? { ms: b.p50 } : {}),
    }));
    const raw = c.recent.map((r) => ({
        t: r.t,
        h: HEALTH[r.health] ?? 0,
        ...(r.latencyMs !== undefined ? { ms: r.latencyMs } : {}),
    }));
    // Raw results are exact: they replace the hours they fall in.
    const firstRaw = raw[0]?.t ?? Number.POSITIVE_INFINITY;
    return [...hourly.filter((b) => b.t + rollups/* HOUR_MS */.iQ <= firstRaw), ...raw];
}
/**
 * Every check of the newest monitor state in the uptime records (deploy-smoke-health keeps one
 * state record per monitor, with raw results, hourly and daily rollups per check), by environment
 * and name. Uptime per window is the action's own figure (uptimeByCheck), exact from the rollups.
 */
function uptimeChecks(records, o) {
    const bySeries = new Map();
    for (const r of records) {
        if (r.kind !== 'uptime' || (o.branch !== undefined && r.branch !== o.branch))
            continue;
        bySeries.set(r.name, [...(bySeries.get(r.name) ?? []), r]);
    }
    const checks = [];
    for (const [series, list] of bySeries) {
        const sorted = [...list].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
        const newest = (0,monitor_state/* newestState */.Qp)(sorted);
        if (!newest) {
            checks.push(...legacyUptimeChecks(sorted, o));
            continue;
        }
        const found = (0,uptime/* uptimeOfState */.Xt)((0,monitor_state/* loadState */.C7)(newest.state), o.now, uptime/* STANDARD_WINDOWS */.an, Number.POSITIVE_INFINITY);
        for (const c of found) {
            const samples = samplesOf(c);
            const last = samples[samples.length - 1];
            const uptime = {};
            const counts = {};
            for (const w of UPTIME_WINDOWS) {
                const f = c.windows[WINDOW_LABELS[w.key]];
                uptime[w.key] = f?.percent ?? null;
                counts[w.key] = f ? f.up + f.degraded + f.down : 0;
            }
            const medianMs = median(c.recent.flatMap((r) => r.latencyMs !== undefined && r.t <= o.now && o.now - r.t <= UPTIME_WINDOWS[0].ms
                ? [r.latencyMs]
                : []));
            checks.push({
                id: checkId(c.environment, c.name, c.key),
                fingerprint: c.key,
                name: c.name,
                environment: c.environment || series,
                series,
                state: last ? stateOf(last.h) : 'unknown',
                lastChecked: last ? new Date(last.t).toISOString() : newest.record.time,
                ...(last?.ms !== undefined ? { lastMs: last.ms } : {}),
                ...(medianMs !== undefined ? { medianMs } : {}),
                uptime,
                samples: counts,
                outages: outagesOf(samples, o.now),
                points: thin(samples, o.maxPoints ?? 500),
            });
        }
    }
    return sortChecks(checks);
}
/** Environment, then check name, then fingerprint: the order every dashboard view lists checks in. */
function sortChecks(checks) {
    return checks.sort((a, b) => (a.environment < b.environment ? -1 : a.environment > b.environment ? 1 : 0) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        (a.fingerprint < b.fingerprint ? -1 : 1));
}
/**
 * Checks of uptime records written before the monitor state existed (one record per run, `h.<fp>` /
 * `ms.<fp>` metrics, names in `meta`), so a dashboard keeps showing a repository's older history.
 * Records must be oldest first.
 */
function legacyUptimeChecks(records, o) {
    const found = new Map();
    for (const r of records) {
        if (r.kind !== 'uptime' || (o.branch !== undefined && r.branch !== o.branch))
            continue;
        const t = Date.parse(r.time);
        for (const [key, h] of Object.entries(r.metrics)) {
            if (!key.startsWith('h.'))
                continue;
            const fp = key.slice(2);
            const id = `${r.name}\u0000${fp}`;
            let c = found.get(id);
            const name = r.meta?.[`check.${fp}`];
            const env = r.meta?.[`env.${fp}`];
            if (!c) {
                c = { fp, series: r.name, name: fp, env: '', samples: [] };
                found.set(id, c);
            }
            // The newest record naming the check wins: a rename shows up at once.
            if (typeof name === 'string' && name !== '')
                c.name = name;
            if (typeof env === 'string')
                c.env = env;
            const ms = r.metrics[`ms.${fp}`];
            c.samples.push({ t, h, ...(typeof ms === 'number' ? { ms } : {}) });
        }
    }
    const checks = [...found.values()].map((c) => {
        const last = c.samples[c.samples.length - 1];
        const windows = uptimeWindows(c.samples, o.now);
        const medianMs = median(c.samples.flatMap((s) => s.ms !== undefined && s.t <= o.now && o.now - s.t <= UPTIME_WINDOWS[0].ms ? [s.ms] : []));
        return {
            id: checkId(c.env, c.name, c.fp),
            fingerprint: c.fp,
            name: c.name,
            environment: c.env || c.series,
            series: c.series,
            state: stateOf(last.h),
            lastChecked: new Date(last.t).toISOString(),
            ...(last.ms !== undefined ? { lastMs: last.ms } : {}),
            ...(medianMs !== undefined ? { medianMs } : {}),
            ...windows,
            outages: outagesOf(c.samples, o.now),
            points: thin(c.samples, o.maxPoints ?? 500),
        };
    });
    return sortChecks(checks);
}
const WINDOW_LABELS = { d1: '24h', d7: '7d', d30: '30d', d90: '90d' };
/** `3 h 5 min`, `42 min`, `2 d 4 h`, `45 s`. */
function formatDuration(ms) {
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s} s`;
    const min = Math.round(s / 60);
    if (min < 60)
        return `${min} min`;
    const h = Math.floor(min / 60);
    if (h < 48)
        return min % 60 === 0 ? `${h} h` : `${h} h ${min % 60} min`;
    const d = Math.floor(h / 24);
    return h % 24 === 0 ? `${d} d` : `${d} d ${h % 24} h`;
}

;// CONCATENATED MODULE: ./build/shared/dashboard/verdict.js
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

;// CONCATENATED MODULE: ./build/shared/dashboard/model.js




const DASHBOARD_SCHEMA = 'shipshape.dashboard/v2';
const DEFAULT_MAX_SERIES = 8;
const DEFAULT_MAX_POINTS = 500;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-fA-F]{7,64}$/;
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
        commitUrl: SHA.test(r.sha) ? `${base}/commit/${r.sha}` : undefined,
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
        ...(typeof r.meta?.mode === 'string' && { mode: r.meta.mode }),
    };
}
function branchRank(branch, preferred) {
    const i = preferred.indexOf(branch);
    return i < 0 ? preferred.length : i;
}
const HOUR = 3_600_000;
/** Spans the data with 2% to spare; one point gets a day around it rather than years. */
function timeRange(times) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const t of times) {
        if (t < lo)
            lo = t;
        if (t > hi)
            hi = t;
    }
    if (!Number.isFinite(lo))
        return [0, 1];
    const span = hi - lo;
    if (span === 0)
        return [lo - 12 * HOUR, hi + 12 * HOUR];
    return [lo - span * 0.02, hi + span * 0.02];
}
/** Fits the values with a little room, inside the metric's floor and ceiling. */
function valueRange(values, m) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of values) {
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    if (!Number.isFinite(lo))
        return [m.floor ?? 0, m.ceiling ?? 1];
    const span = hi - lo;
    const pad = span > 0 ? span * 0.1 : Math.max(Math.abs(hi) * 0.05, 10 ** -Math.max(0, m.digits - 1));
    let bottom = lo - pad;
    let top = hi + pad;
    if (m.floor !== undefined && lo >= m.floor)
        bottom = Math.max(bottom, m.floor);
    if (m.ceiling !== undefined && hi <= m.ceiling)
        top = Math.min(top, m.ceiling);
    if (top <= bottom) {
        // A value sitting on both bounds (100% of 0..100 after clamping): open the side that has room.
        if (m.ceiling !== undefined && top >= m.ceiling)
            bottom = top - Math.max(pad, 1);
        else
            top = bottom + Math.max(pad, 1);
    }
    return [bottom, top];
}
/** Two digits more than the metric shows: enough for a tooltip, and a page of 100k points stays small. */
function compact(value, m) {
    return Number(value.toFixed(Math.min(8, m.digits + 2)));
}
function chartOf(title, metric, lines) {
    const series = lines.map((l) => ({
        label: l.label,
        points: l.records.flatMap((r) => typeof r.metrics[metric.key] === 'number'
            ? [[Date.parse(r.time), compact(r.metrics[metric.key], metric), r.sha.slice(0, 7)]]
            : []),
    }));
    const all = series.flatMap((s) => s.points);
    return {
        title,
        metric,
        x: timeRange(all.map((p) => p[0])),
        y: valueRange(all.map((p) => p[1]), metric),
        series,
    };
}
const SCORES = ['performance', 'accessibility', 'best-practices', 'seo'];
function overviewOf(sections) {
    const overview = { coverage: [], perf: [], vitals: [] };
    for (const section of sections) {
        for (const g of section.groups) {
            const main = g.series[0];
            if (!main)
                continue;
            const l = main.latest;
            const figure = (key) => {
                const value = l.metrics[key];
                if (value === undefined)
                    return undefined;
                const previous = l.previous?.[key];
                return previous === undefined ? { value } : { value, previous };
            };
            if (g.kind === 'coverage') {
                const figures = {};
                for (const key of ['lines', 'branches', 'functions', 'statements']) {
                    const f = figure(key);
                    if (f)
                        figures[key] = f;
                }
                overview.coverage.push({ name: g.name, group: g.id, time: l.time, figures });
            }
            else if (g.kind === 'perf') {
                const mode = l.mode;
                overview.perf.push({
                    name: g.name,
                    group: g.id,
                    time: l.time,
                    ...(l.verdict && { verdict: l.verdict }),
                    ...(mode && { mode }),
                });
            }
            else if (g.kind === 'vitals') {
                const scores = {};
                for (const key of SCORES)
                    if (l.metrics[key] !== undefined)
                        scores[key] = l.metrics[key];
                overview.vitals.push({
                    name: g.name,
                    group: g.id,
                    time: l.time,
                    ...(l.target && { target: l.target }),
                    scores,
                });
            }
        }
    }
    return overview;
}
function shapeDashboard(records, o) {
    const maxSeries = o.maxSeries ?? DEFAULT_MAX_SERIES;
    const maxPoints = o.maxPoints ?? DEFAULT_MAX_POINTS;
    const serverUrl = o.serverUrl ?? 'https://github.com';
    const preferred = o.defaultBranch ? [o.defaultBranch] : ['main', 'master'];
    // Oldest first without duplicates, whatever order the sources came in.
    const all = (0,store/* mergeRecords */.PI)([records]);
    const sections = [];
    const charts = [];
    let index = 0;
    const byKind = groupBy(all, (r) => r.kind);
    for (const kind of [...byKind.keys()].sort(compareKinds)) {
        // Uptime records hold every check of a run; they are read per check, below.
        if (kind === 'uptime')
            continue;
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
                    runs: runs.length,
                    latest: toLatest(last, kept[kept.length - 2], serverUrl),
                    kept,
                });
            }
            series.sort((a, b) => branchRank(a.branch, preferred) - branchRank(b.branch, preferred) ||
                Date.parse(b.latest.time) - Date.parse(a.latest.time) ||
                (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
            const shown = series.slice(0, maxSeries);
            const metrics = orderMetrics(kind, shown.flatMap((s) => s.kept.flatMap((r) => Object.keys(r.metrics))))
                .map((key) => metricInfo(kind, key))
                .filter((m) => !m.hidden);
            const chartIds = metrics.map((m) => {
                charts.push(chartOf(`${name}: ${metricCaption(m)}`, m, shown.map((s) => ({ label: s.label, records: s.kept }))));
                return charts.length - 1;
            });
            groups.push({
                id: `${slug(`${kind}-${name}`)}-${index++}`,
                kind,
                name,
                metrics,
                series: shown.map(({ kept: _kept, ...s }) => s),
                omittedSeries: series.slice(maxSeries).map((s) => s.label),
                charts: chartIds,
            });
        }
        sections.push({ kind, title: kindTitle(kind), groups });
    }
    const uptimeRecords = byKind.get('uptime') ?? [];
    const uptimeBranch = preferred.find((b) => uptimeRecords.some((r) => r.branch === b)) ?? uptimeRecords.at(-1)?.branch;
    const responseTime = metricInfo('uptime', 'response_time');
    const checks = uptimeChecks(uptimeRecords, {
        now: Date.parse(o.generatedAt),
        ...(uptimeBranch !== undefined && { branch: uptimeBranch }),
        maxPoints,
    }).map((c) => {
        const points = c.points.flatMap((p) => p.ms === undefined ? [] : [[p.t, compact(p.ms, responseTime), '']]);
        const badges = { uptime: `badges/${c.id}-uptime.svg`, responseTime: `badges/${c.id}-response-time.svg` };
        if (points.length === 0)
            return { ...c, badges: { uptime: badges.uptime } };
        charts.push({
            title: `${c.environment} / ${c.name}: ${metricCaption(responseTime)}`,
            metric: responseTime,
            x: timeRange(points.map((p) => p[0])),
            y: valueRange(points.map((p) => p[1]), responseTime),
            series: [{ label: c.name, points }],
        });
        return { ...c, chart: charts.length - 1, badges };
    });
    return {
        schema: DASHBOARD_SCHEMA,
        title: o.title,
        generatedAt: o.generatedAt,
        records: all.length,
        repos: [...new Set(all.map((r) => r.repo))].sort(),
        overview: overviewOf(sections),
        sections,
        checks,
        charts,
    };
}

// EXTERNAL MODULE: ./build/shared/report/badge.js + 1 modules
var badge = __webpack_require__(33115);
;// CONCATENATED MODULE: ./build/shared/report/status-badge.js
// Uptime and response-time badges per check, drawn like the coverage badge (same renderer, same
// text measurement), so a README can show a check's health without a third-party badge service.

/** Green from 99.9%, then steps down; grey without data. */
function uptimeColor(pct) {
    if (pct === null || !Number.isFinite(pct))
        return 'lightgrey';
    if (pct >= 99.9)
        return 'brightgreen';
    if (pct >= 99)
        return 'green';
    if (pct >= 97)
        return 'yellowgreen';
    if (pct >= 95)
        return 'yellow';
    if (pct >= 90)
        return 'orange';
    return 'red';
}
/** Green under 300 ms, then steps up to red from 2 s; grey without data. */
function responseTimeColor(ms) {
    if (ms === null || !Number.isFinite(ms))
        return 'lightgrey';
    if (ms < 300)
        return 'brightgreen';
    if (ms < 600)
        return 'green';
    if (ms < 1000)
        return 'yellow';
    if (ms < 2000)
        return 'orange';
    return 'red';
}
/** `99.95%`: two decimals, but 100% only when nothing failed (99.996 stays 99.99%). */
function uptimeText(pct) {
    if (pct >= 100)
        return '100%';
    return `${(Math.floor(pct * 100) / 100).toFixed(2)}%`;
}
function uptimeBadgeSpec(label, pct, window) {
    return {
        label: `${label} ${window}`.trim(),
        message: pct === null || !Number.isFinite(pct) ? 'no data' : uptimeText(pct),
        color: uptimeColor(pct),
    };
}
function responseTimeBadgeSpec(label, ms) {
    return {
        label: `${label} response`.trim(),
        message: ms === null || !Number.isFinite(ms) ? 'no data' : `${Math.round(ms)} ms`,
        color: responseTimeColor(ms),
    };
}
function uptimeBadge(label, pct, window = '30d') {
    return (0,badge/* renderBadge */._s)(uptimeBadgeSpec(label, pct, window));
}
function responseTimeBadge(label, ms) {
    return (0,badge/* renderBadge */._s)(responseTimeBadgeSpec(label, ms));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./build/shared/dashboard/assets.js
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
                new URL(/* asset import */ __webpack_require__(22613), __webpack_require__.b),
                __webpack_require__.ab + "chart.umd.min.js",
            ]),
        },
        {
            path: 'assets/dashboard.js',
            content: firstReadable('dashboard.js', 'shipshape dashboard', [
                new URL(/* asset import */ __webpack_require__(98524), __webpack_require__.b),
                __webpack_require__.ab + "dashboard.js",
            ]),
        },
        {
            path: 'assets/dashboard.css',
            content: firstReadable('dashboard.css', '.canvas-box', [
                new URL(/* asset import */ __webpack_require__(71782), __webpack_require__.b),
                __webpack_require__.ab + "dashboard.css",
            ]),
        },
    ];
}

;// CONCATENATED MODULE: ./build/shared/dashboard/escape.js
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

;// CONCATENATED MODULE: ./build/shared/dashboard/render.js
// The dashboard (index.html) and the status page (status.html). Tables of the latest values are
// plain HTML, so the pages say what matters without JavaScript; charts are drawn by
// assets/dashboard.js from the chart specs embedded as JSON (titles, units and axes come with them).



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
function verdictBadge(v) {
    return v
        ? `<span class="verdict verdict-${escapeHtml(v.status)}">${escapeHtml(v.text)}</span>`
        : '<span class="verdict verdict-none">–</span>';
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
    return (`<tr><th scope="row">${escapeHtml(s.label)}</th><td>${commit}${run}</td><td>${when(l.time)}</td>` +
        `${cells.join('')}<td>${verdictBadge(l.verdict)}</td></tr>`);
}
function caption(m) {
    return `${escapeHtml(m.label)} <span class="unit">(${escapeHtml(m.axis)})</span>`;
}
function chartFigure(data, index, description) {
    const chart = data.charts[index];
    return (`<figure class="chart"><figcaption>${escapeHtml(chart.title)}</figcaption>` +
        `<div class="canvas-box"><canvas data-chart="${index}" role="img" aria-label="${escapeHtml(description)}"></canvas></div></figure>`);
}
function renderGroup(data, g) {
    const head = g.metrics.map((m) => `<th scope="col" class="num">${caption(m)}</th>`).join('');
    const rows = g.series.map((s) => latestRow(s, g.metrics)).join('\n');
    const omitted = g.omittedSeries.length > 0
        ? `<p class="omitted">Not charted (less recently measured): ${g.omittedSeries.map(escapeHtml).join(', ')}</p>`
        : '';
    const charts = g.charts
        .map((c, i) => chartFigure(data, c, `${g.metrics[i].label} of ${g.name} over time, per branch`))
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
function render_pct(value) {
    return value === null || value === undefined ? '–' : `${(Math.floor(value * 100) / 100).toFixed(2)}%`;
}
function stateBadge(state) {
    const text = { up: 'up', degraded: 'degraded', down: 'down', unknown: 'unknown' }[state] ?? state;
    return `<span class="state state-${escapeHtml(state)}">${escapeHtml(text)}</span>`;
}
function trendArrow(f, m) {
    if (f.previous === undefined)
        return '';
    return (delta(f.value, f.previous, m) ||
        ' <span class="delta delta-neutral" title="unchanged since the previous run">=</span>');
}
function overviewTable(head, rows, empty) {
    if (rows.length === 0)
        return `<p class="empty">${escapeHtml(empty)}</p>`;
    return `<div class="table-wrap"><table class="overview-table"><thead><tr>${head
        .map((h) => `<th scope="col">${h}</th>`)
        .join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}
function renderOverview(data) {
    const o = data.overview;
    const parts = [];
    if (o.coverage.length > 0) {
        const keys = ['lines', 'branches', 'functions'].filter((k) => o.coverage.some((c) => c.figures[k]));
        const metrics = keys.map((k) => metricInfo('coverage', k));
        const rows = o.coverage.map((c) => {
            const cells = metrics.map((m) => {
                const f = c.figures[m.key];
                return f
                    ? `<td class="num">${escapeHtml(formatValue(f.value, m))}${trendArrow(f, m)}</td>`
                    : '<td class="num missing">–</td>';
            });
            return `<tr><th scope="row"><a href="#${escapeHtml(c.group)}">${escapeHtml(c.name)}</a></th>${cells.join('')}<td>${when(c.time)}</td></tr>`;
        });
        parts.push(`<div class="panel" id="overview-coverage"><h3>Coverage</h3>${overviewTable(['Instance', ...metrics.map(caption), 'Last run'], rows, '')}</div>`);
    }
    if (o.perf.length > 0) {
        const rows = o.perf.map((p) => `<tr><th scope="row"><a href="#${escapeHtml(p.group)}">${escapeHtml(p.name)}</a></th><td>${verdictBadge(p.verdict)}</td><td>${escapeHtml(p.mode ?? '–')}</td><td>${when(p.time)}</td></tr>`);
        parts.push(`<div class="panel" id="overview-perf"><h3>Performance</h3>${overviewTable(['Benchmark', 'Last verdict', 'Mode', 'Last run'], rows, '')}</div>`);
    }
    if (o.vitals.length > 0) {
        const keys = ['performance', 'accessibility', 'best-practices', 'seo'].filter((k) => o.vitals.some((v) => v.scores[k] !== undefined));
        const metrics = keys.map((k) => metricInfo('vitals', k));
        const rows = o.vitals.map((v) => {
            const cells = metrics.map((m) => {
                const s = v.scores[m.key];
                return s === undefined
                    ? '<td class="num missing">–</td>'
                    : `<td class="num">${escapeHtml(formatValue(s, m))}</td>`;
            });
            return `<tr><th scope="row"><a href="#${escapeHtml(v.group)}">${escapeHtml(v.name)}</a></th>${cells.join('')}<td>${when(v.time)}</td></tr>`;
        });
        parts.push(`<div class="panel" id="overview-vitals"><h3>Web vitals</h3>${overviewTable(['Page', ...metrics.map((m) => `${escapeHtml(m.label)} <span class="unit">(0–100)</span>`), 'Last run'], rows, '')}</div>`);
    }
    if (data.checks.length > 0) {
        const rows = data.checks.map((c) => `<tr><th scope="row"><a href="status.html#${escapeHtml(c.id)}">${escapeHtml(c.environment)} / ${escapeHtml(c.name)}</a></th><td>${stateBadge(c.state)}</td><td class="num">${render_pct(c.uptime.d1)}</td><td class="num">${render_pct(c.uptime.d7)}</td><td class="num">${render_pct(c.uptime.d30)}</td></tr>`);
        parts.push(`<div class="panel" id="overview-uptime"><h3>Uptime</h3>${overviewTable(['Check', 'Now', 'Uptime 24 h', 'Uptime 7 d', 'Uptime 30 d'], rows, '')}</div>`);
    }
    const open = data.checks.flatMap((c) => c.outages.filter((x) => x.open).map((x) => ({ c, x })));
    parts.push(`<div class="panel" id="overview-incidents"><h3>Open incidents</h3>${open.length === 0
        ? '<p class="empty">None: every check answered on its last run.</p>'
        : `<ul class="incidents">${open
            .map(({ c, x }) => `<li><a href="status.html#${escapeHtml(c.id)}">${escapeHtml(c.environment)} / ${escapeHtml(c.name)}</a>: down since ${when(x.start)} (${escapeHtml(formatDuration(x.durationMs))})</li>`)
            .join('')}</ul>`}</div>`);
    return `<section class="overview" id="overview">\n<h2>Overview</h2>\n<div class="panels">\n${parts.join('\n')}\n</div>\n</section>`;
}
function incidentList(c, limit = 20) {
    if (c.outages.length === 0)
        return '<p class="empty">No incidents recorded.</p>';
    const items = [...c.outages]
        .reverse()
        .slice(0, limit)
        .map((x) => `<li class="incident${x.open ? ' incident-open' : ''}">${x.open ? '<strong>Ongoing</strong>: down' : 'Down'} from ${when(x.start)}${x.end ? ` to ${when(x.end)}` : ''}, <span class="duration">${escapeHtml(formatDuration(x.durationMs))}</span> (${x.runs} failed run${x.runs === 1 ? '' : 's'})</li>`);
    return `<ul class="incidents">${items.join('')}</ul>`;
}
function renderCheck(data, c, level) {
    const windows = UPTIME_WINDOWS.map((w) => `<td class="num" title="${c.samples[w.key]} run(s)">${render_pct(c.uptime[w.key])}</td>`).join('');
    const badges = `<p class="badges"><img src="${escapeHtml(c.badges.uptime)}" alt="uptime 30 d: ${render_pct(c.uptime.d30)}">${c.badges.responseTime ? ` <img src="${escapeHtml(c.badges.responseTime)}" alt="response time">` : ''}</p>`;
    const rt = metricInfo('uptime', 'response_time');
    const chart = c.chart === undefined
        ? ''
        : `<div class="charts">${chartFigure(data, c.chart, `Response time of ${c.name} over time`)}</div>`;
    return `<article class="check" id="${escapeHtml(c.id)}">
<${level}>${stateBadge(c.state)} ${escapeHtml(c.name)} <span class="kind">${escapeHtml(c.environment)}</span></${level}>
<div class="table-wrap"><table class="uptime-table"><thead><tr><th scope="col">Last checked</th><th scope="col">Response time</th>${UPTIME_WINDOWS.map((w) => `<th scope="col" class="num">Uptime ${escapeHtml(w.label)}</th>`).join('')}</tr></thead>
<tbody><tr><td>${when(c.lastChecked)}</td><td class="num">${c.lastMs === undefined ? '–' : escapeHtml(formatValue(c.lastMs, rt))}</td>${windows}</tr></tbody></table></div>
${badges}
${chart}
<h5>Incident history</h5>
${incidentList(c)}
</article>`;
}
function byEnvironment(checks) {
    const out = new Map();
    for (const c of checks) {
        const list = out.get(c.environment);
        if (list)
            list.push(c);
        else
            out.set(c.environment, [c]);
    }
    return out;
}
function renderNav(data) {
    const items = [
        '<li><a href="#overview">Overview</a></li>',
        ...data.sections.map((s) => `<li><strong>${escapeHtml(s.title)}</strong>: ${s.groups
            .map((g) => `<a href="#${escapeHtml(g.id)}">${escapeHtml(g.name)}</a>`)
            .join(', ')}</li>`),
    ];
    if (data.checks.length > 0)
        items.push('<li><a href="#uptime">Uptime</a> (<a href="status.html">status page</a>)</li>');
    return `<nav aria-label="Contents"><ul>${items.join('')}</ul></nav>`;
}
/** The chart specs a page draws, by index (a status page carries only its checks' charts). */
function chartsFor(data, only) {
    const out = {};
    for (const i of only ?? data.charts.keys())
        if (data.charts[i])
            out[i] = data.charts[i];
    return out;
}
function page(data, title, header, main, only) {
    const repos = data.repos.length > 0 ? ` for ${data.repos.map((r) => `<code>${escapeHtml(r)}</code>`).join(', ')}` : '';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="shipshape dashboard">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/dashboard.css">
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${data.records} record${data.records === 1 ? '' : 's'}${repos}; generated ${when(data.generatedAt)}.</p>
${header}
</header>
<main>
<noscript><p class="notice">Charts need JavaScript; the tables show the latest values.</p></noscript>
<p id="chart-status" class="notice" hidden></p>
${main}
</main>
<footer><p>Made by shipshape from its history store. Charts: Chart.js (MIT).</p></footer>
<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript({ charts: chartsFor(data, only) })}</script>
<script src="assets/chart.umd.min.js"></script>
<script src="assets/dashboard.js"></script>
</body>
</html>
`;
}
function renderDashboardHtml(data) {
    if (data.sections.length === 0 && data.checks.length === 0) {
        return page(data, data.title, '', '<p class="empty">No history records were found. Records appear here once the actions have stored history on a branch.</p>');
    }
    const sections = data.sections.map((s, i) => `<section class="kind-section" id="kind-${i}">\n<h2>${escapeHtml(s.title)}</h2>\n` +
        `${s.groups.map((g) => renderGroup(data, g)).join('\n')}\n</section>`);
    if (data.checks.length > 0) {
        sections.push(`<section class="kind-section" id="uptime">\n<h2>Uptime</h2>\n<p>The same checks on the <a href="status.html">status page</a>, by environment.</p>\n` +
            `${data.checks.map((c) => renderCheck(data, c, 'h3')).join('\n')}\n</section>`);
    }
    return page(data, data.title, renderNav(data), `${renderOverview(data)}\n${sections.join('\n')}`);
}
/** What a status page says at the top: the worst current state of any check. */
function overallStatus(checks) {
    if (checks.length === 0)
        return { state: 'unknown', text: 'No checks recorded yet' };
    const down = checks.filter((c) => c.state === 'down').length;
    if (down > 0)
        return { state: 'down', text: `${down} of ${checks.length} check${checks.length === 1 ? '' : 's'} down` };
    if (checks.some((c) => c.state === 'degraded'))
        return { state: 'degraded', text: 'Degraded performance' };
    return { state: 'up', text: 'All checks operational' };
}
function renderStatusHtml(data) {
    const overall = overallStatus(data.checks);
    const environments = [...byEnvironment(data.checks)].map(([env, checks]) => `<section class="environment" id="env-${escapeHtml(checks[0].id)}">\n<h2>${escapeHtml(env)}</h2>\n${checks
        .map((c) => renderCheck(data, c, 'h3'))
        .join('\n')}\n</section>`);
    const header = `<p class="overall overall-${escapeHtml(overall.state)}">${escapeHtml(overall.text)}</p>\n<nav aria-label="Contents"><ul><li><a href="index.html">Dashboard</a></li></ul></nav>`;
    const main = environments.length > 0
        ? environments.join('\n')
        : '<p class="empty">No uptime records were found. They appear once deploy-smoke-health has run in uptime mode on the default branch.</p>';
    const charts = data.checks.flatMap((c) => (c.chart === undefined ? [] : [c.chart]));
    return page(data, `${data.title}: status`, header, main, charts);
}

;// CONCATENATED MODULE: ./build/shared/dashboard/site.js
// Writes the static site: index.html (the dashboard), status.html (the status page), an uptime and a
// response-time badge per check, their assets, data.json (the same data, for other tools) and
// .nojekyll so GitHub Pages serves the files as they are.





function badgeFiles(data) {
    return data.checks.flatMap((c) => [
        { path: c.badges.uptime, content: uptimeBadge(c.name, c.uptime.d30, '30d') },
        ...(c.badges.responseTime
            ? [{ path: c.badges.responseTime, content: responseTimeBadge(c.name, c.medianMs ?? c.lastMs ?? null) }]
            : []),
    ]);
}
async function writeDashboardSite(outDir, data) {
    const files = [
        { path: 'index.html', content: renderDashboardHtml(data) },
        { path: 'status.html', content: renderStatusHtml(data) },
        { path: 'data.json', content: `${JSON.stringify(data)}\n` },
        { path: '.nojekyll', content: '' },
        ...badgeFiles(data),
        ...dashboardAssets(),
    ];
    const dirs = new Set(files.map((f) => (0,external_node_path_.dirname)((0,external_node_path_.join)(outDir, f.path))));
    for (const d of dirs)
        await (0,promises_.mkdir)(d, { recursive: true });
    await Promise.all(files.map((f) => (0,promises_.writeFile)((0,external_node_path_.join)(outDir, f.path), f.content, 'utf8')));
    return files.map((f) => f.path);
}

// EXTERNAL MODULE: ./build/shared/history/select.js + 3 modules
var history_select = __webpack_require__(76656);
// EXTERNAL MODULE: ./build/cli/flags.js
var flags = __webpack_require__(6222);
;// CONCATENATED MODULE: ./build/cli/dashboard.js







const HELP = `Usage: shipshape dashboard [flags]

Writes a static site (ready for GitHub Pages) from the history store: index.html (an overview of
every gate and monitor, then coverage, perf and vitals trends per instance and branch, and uptime per
check), status.html (a status page: per environment and check, the current state, uptime over
24 h / 7 d / 30 d / 90 d, response times and incidents) and badges/<check>-uptime.svg and
badges/<check>-response-time.svg per check.

  --history <path>          history folder or .jsonl file (repeatable); folders are searched
                            for *.jsonl at any depth (default ${history_select/* DEFAULT_HISTORY_FOLDER */.C5})
  --out <dir>               where to write the site (default _site)
  --title <text>            page title (default 'shipshape dashboard')
  --default-branch <name>   branch listed first in every table and chart (default main, then master)
  --max-branches <n>        branches charted per kind and name, most recently measured first (default ${DEFAULT_MAX_SERIES})
  --max-points <n>          newest runs charted per branch (default ${DEFAULT_MAX_POINTS})
  --server-url <url>        base of commit and run links (default $GITHUB_SERVER_URL or https://github.com)

Exit codes: 0 written, 2 bad input (missing history path, wrong flag), 3 internal error.`;
const FLAGS = {
    history: { type: 'string', multiple: true },
    out: { type: 'string' },
    title: { type: 'string' },
    'default-branch': { type: 'string' },
    'max-branches': { type: 'string' },
    'max-points': { type: 'string' },
    'server-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
function positiveInt(flag, value, fallback) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 1)
        throw new errors/* InputError */.dz(flag, `expected a whole number ≥ 1, got '${value}'`);
    return n;
}
function serverUrl(value) {
    const text = value ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* InputError */.dz('server-url', `'${text}' is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* InputError */.dz('server-url', `expected an http(s) URL, got '${text}'`);
    }
    return url.origin;
}
async function runDashboardCli(argv) {
    try {
        const { values } = (0,flags/* readFlags */.uW)('dashboard', { options: FLAGS }, argv);
        if (values.help) {
            process.stdout.write(`${HELP}\n`);
            return 0;
        }
        const paths = (values.history ?? [history_select/* DEFAULT_HISTORY_FOLDER */.C5]).flatMap((p) => p.split(',')).filter(Boolean);
        const out = (0,external_node_path_.resolve)(values.out ?? '_site');
        const options = {
            title: values.title?.trim() || 'shipshape dashboard',
            generatedAt: new Date().toISOString(),
            defaultBranch: values['default-branch']?.trim() || undefined,
            maxSeries: positiveInt('max-branches', values['max-branches'], DEFAULT_MAX_SERIES),
            maxPoints: positiveInt('max-points', values['max-points'], DEFAULT_MAX_POINTS),
            serverUrl: serverUrl(values['server-url']),
        };
        const log = { warning: (m) => process.stderr.write(`warning: ${m}\n`) };
        const history = await loadHistory(paths, log);
        if (history.files.length === 0)
            log.warning(`no .jsonl history files under ${paths.join(', ')}`);
        const data = shapeDashboard(history.records, options);
        await writeDashboardSite(out, data);
        const groups = data.sections.reduce((n, s) => n + s.groups.length, 0);
        process.stdout.write(`Dashboard written to ${out}/index.html (status page: status.html): ${data.records} record(s) from ${history.files.length} file(s), ` +
            `${groups} chart group(s) in ${data.sections.length} kind(s), ${data.checks.length} uptime check(s)` +
            `${history.skipped > 0 ? `; ${history.skipped} damaged line(s) skipped` : ''}.\n`);
        return 0;
    }
    catch (error) {
        const { exitCode, message } = (0,errors/* classifyFailure */.XE)(error);
        process.stderr.write(`shipshape dashboard: ${message}\n`);
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

/***/ 83689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ loadState),
/* harmony export */   NV: () => (/* binding */ importLegacy),
/* harmony export */   Qp: () => (/* binding */ newestState),
/* harmony export */   Vg: () => (/* binding */ applyDecision),
/* harmony export */   We: () => (/* binding */ checkState),
/* harmony export */   bK: () => (/* binding */ storeState),
/* harmony export */   lB: () => (/* binding */ observe),
/* harmony export */   p$: () => (/* binding */ emptyState)
/* harmony export */ });
/* unused harmony exports MONITOR_STATE_FORMAT, storedStateOf */
/* harmony import */ var _incidents_machine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77481);
/* harmony import */ var _rollups_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20968);


const MONITOR_STATE_FORMAT = 'shipshape.uptime-state/v1';
function emptyState() {
    return { checks: new Map() };
}
function checkState(state, id) {
    let c = state.checks.get(id.key);
    if (!c) {
        c = { ...id, series: (0,_rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .emptySeries */ .BV)(), streak: { failures: 0, successes: 0 }, memory: {} };
        state.checks.set(id.key, c);
    }
    // The newest name wins (a renamed environment label, say): charts are titled by it.
    c.environment = id.environment;
    c.name = id.name;
    c.url = id.url;
    return c;
}
/** Records one result: raw and rollups, and the trailing streak the incident machine needs. */
function observe(c, health, t, latencyMs, failure) {
    (0,_rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .addSample */ .yl)(c.series, {
        t,
        health,
        ...(latencyMs !== undefined ? { latencyMs } : {}),
        ...(failure ? { failure } : {}),
    });
    c.streak =
        health === 'up'
            ? { failures: 0, successes: c.streak.successes + 1 }
            : { failures: c.streak.failures + 1, successes: 0 };
    c.lastCheckedAt = t;
}
function storeState(state, now, retention = _rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETENTION */ .xh) {
    const checks = [];
    for (const c of state.checks.values()) {
        (0,_rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .compact */ .oE)(c.series, now, retention);
        checks.push({
            key: c.key,
            environment: c.environment,
            name: c.name,
            url: c.url,
            series: (0,_rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .storeSeries */ .dZ)(c.series),
            streak: c.streak,
            memory: c.memory,
            ...(c.alertDue ? { alertDue: true } : {}),
            ...(c.lastCheckedAt !== undefined ? { lastCheckedAt: c.lastCheckedAt } : {}),
        });
    }
    return { format: MONITOR_STATE_FORMAT, checks };
}
function loadState(stored, o = {}) {
    const state = emptyState();
    for (const s of stored.checks ?? []) {
        if (!s || typeof s.key !== 'string')
            continue;
        state.checks.set(s.key, {
            key: s.key,
            environment: String(s.environment ?? ''),
            name: String(s.name ?? s.key),
            url: String(s.url ?? ''),
            series: (0,_rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSeries */ .yo)(s.series, o.rawTail),
            streak: {
                failures: Number(s.streak?.failures) || 0,
                successes: Number(s.streak?.successes) || 0,
            },
            memory: s.memory && typeof s.memory === 'object' ? s.memory : {},
            ...(s.alertDue ? { alertDue: true } : {}),
            ...(typeof s.lastCheckedAt === 'number' ? { lastCheckedAt: s.lastCheckedAt } : {}),
        });
    }
    return state;
}
/** The stored state in a history record, or undefined for records of the older per-run format. */
function storedStateOf(r) {
    const d = r.detail;
    return d?.monitor?.format === MONITOR_STATE_FORMAT ? d.monitor : undefined;
}
/** The newest stored state among `records` (a read may merge several runs' artifacts). */
function newestState(records) {
    for (let i = records.length - 1; i >= 0; i--) {
        const r = records[i];
        const state = storedStateOf(r);
        if (state)
            return { state, record: r };
    }
    return undefined;
}
/**
 * Records written before the state existed held one run each, with `h.<key>` (1 up, 0.5 degraded,
 * 0 down) and `ms.<key>` metrics. Their results are replayed into the state of the checks still
 * configured, with real times, so a recovery's downtime is counted from when it really started.
 */
function importLegacy(state, records, checks, policy) {
    for (const id of checks) {
        if (state.checks.has(id.key))
            continue;
        const key = `h.${id.key}`;
        const rows = records.filter((r) => !storedStateOf(r) && typeof r.metrics[key] === 'number');
        if (rows.length === 0)
            continue;
        const c = checkState(state, id);
        for (const r of rows) {
            const v = r.metrics[key];
            const health = v >= 1 ? 'up' : v > 0 ? 'degraded' : 'down';
            const t = Date.parse(r.time);
            observe(c, health, t, r.metrics[`ms.${id.key}`]);
            applyDecision(c, (0,_incidents_machine_js__WEBPACK_IMPORTED_MODULE_1__/* .decideIncident */ .h)(c.memory, health, c.streak, { ...policy, cooldownMs: 0 }, new Date(t)), t, true);
        }
    }
}
/** Moves a check's incident memory on after a decision; `delivered` says whether its alert went out. */
function applyDecision(c, d, t, delivered, issueNumber) {
    const at = new Date(t).toISOString();
    const m = c.memory;
    if (d.kind === 'open') {
        const alerted = d.alert && delivered;
        c.memory = {
            open: {
                issueNumber: issueNumber ?? d.reopen ?? 0,
                severity: d.severity,
                openedAt: at,
                alerted,
                ...(alerted
                    ? { lastAlertAt: at }
                    : m.lastClosed?.lastAlertAt
                        ? { lastAlertAt: m.lastClosed.lastAlertAt }
                        : {}),
            },
            ...(m.lastClosed ? { lastClosed: m.lastClosed } : {}),
        };
        c.alertDue = d.alert && !delivered;
    }
    else if (d.kind === 'update' && m.open) {
        const alerted = d.alert && delivered;
        c.memory = {
            ...m,
            open: {
                ...m.open,
                severity: d.to,
                alerted: m.open.alerted || alerted,
                ...(alerted ? { lastAlertAt: at } : {}),
            },
        };
        if (d.alert && !delivered)
            c.alertDue = true;
    }
    else if (d.kind === 'recover' && m.open) {
        const last = d.alert && delivered ? at : m.open.lastAlertAt;
        c.memory = {
            lastClosed: { issueNumber: m.open.issueNumber, closedAt: at, ...(last ? { lastAlertAt: last } : {}) },
        };
        c.alertDue = false;
    }
}


/***/ }),

/***/ 20968:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ emptySeries),
/* harmony export */   cg: () => (/* binding */ hourOf),
/* harmony export */   dZ: () => (/* binding */ storeSeries),
/* harmony export */   iQ: () => (/* binding */ HOUR_MS),
/* harmony export */   kb: () => (/* binding */ dayOf),
/* harmony export */   oE: () => (/* binding */ compact),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   xh: () => (/* binding */ DEFAULT_RETENTION),
/* harmony export */   yl: () => (/* binding */ addSample),
/* harmony export */   yo: () => (/* binding */ loadSeries)
/* harmony export */ });
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** 48 h of raw results, hourly rollups for 92 days (so a 90-day window is exact), daily for 400. */
const DEFAULT_RETENTION = {
    rawMs: 48 * HOUR_MS,
    rawCount: 5760,
    hourlyMs: 92 * DAY_MS,
    dailyMs: 400 * DAY_MS,
};
function emptySeries() {
    return { raw: [], hourly: [], daily: [] };
}
// Bins 2% wide: a quantile read from the histogram is within 2% of the exact one.
const GROWTH = Math.log(1.02);
const binOf = (ms) => Math.floor(Math.log1p(Math.max(0, ms)) / GROWTH);
/** The middle of a bin, in ms. */
const binMiddle = (bin) => Math.expm1((bin + 0.5) * GROWTH);
function quantile(hist, q) {
    const bins = Object.entries(hist)
        .map(([b, n]) => [Number(b), n])
        .sort((a, b) => a[0] - b[0]);
    const total = bins.reduce((s, [, n]) => s + n, 0);
    if (total === 0)
        return undefined;
    const rank = Math.max(1, Math.ceil(q * total));
    let seen = 0;
    for (const [bin, n] of bins) {
        seen += n;
        if (seen >= rank)
            return Math.round(binMiddle(bin));
    }
    return undefined;
}
function close(b) {
    if (!b.hist)
        return;
    const p50 = quantile(b.hist, 0.5);
    const p95 = quantile(b.hist, 0.95);
    if (p50 !== undefined)
        b.p50 = Math.min(p50, b.max ?? p50);
    if (p95 !== undefined)
        b.p95 = Math.min(p95, b.max ?? p95);
    delete b.hist;
}
function countInto(list, start, s) {
    let b = list.at(-1);
    if (!b || b.start < start) {
        if (b)
            close(b);
        b = { start, up: 0, degraded: 0, down: 0, hist: {} };
        list.push(b);
    }
    else if (b.start > start) {
        // A result older than the newest bucket (clock skew between two runners): counted where it
        // belongs if that bucket is still kept, so totals stay exact.
        const older = list.find((x) => x.start === start);
        if (!older)
            return;
        b = older;
    }
    b[s.health]++;
    if (s.health !== 'up' && s.failure) {
        b.failures ??= {};
        b.failures[s.failure] = (b.failures[s.failure] ?? 0) + 1;
    }
    if (s.latencyMs !== undefined && Number.isFinite(s.latencyMs)) {
        const ms = Math.round(s.latencyMs);
        b.max = Math.max(b.max ?? 0, ms);
        if (b.hist) {
            const bin = String(binOf(ms));
            b.hist[bin] = (b.hist[bin] ?? 0) + 1;
        }
    }
}
const hourOf = (t) => Math.floor(t / HOUR_MS) * HOUR_MS;
const dayOf = (t) => Math.floor(t / DAY_MS) * DAY_MS;
/** Adds one result: raw, and counted into its hour and its day. */
function addSample(series, s) {
    series.raw.push(s);
    countInto(series.hourly, hourOf(s.t), s);
    countInto(series.daily, dayOf(s.t), s);
}
/** Drops what is past its retention; closes buckets that can no longer grow. */
function compact(series, now, r = DEFAULT_RETENTION) {
    const rawFrom = now - r.rawMs;
    let first = series.raw.findIndex((s) => s.t >= rawFrom);
    if (first < 0)
        first = series.raw.length;
    first = Math.max(first, series.raw.length - r.rawCount);
    if (first > 0)
        series.raw.splice(0, first);
    // Cut at a day boundary, so the days before the oldest hour kept are whole in the daily rollups.
    const hourlyFrom = Math.floor((now - r.hourlyMs) / DAY_MS) * DAY_MS;
    series.hourly = series.hourly.filter((b) => b.start >= hourlyFrom);
    series.daily = series.daily.filter((b) => b.start + DAY_MS > now - r.dailyMs);
    for (const b of series.hourly)
        if (b.start + HOUR_MS <= now)
            close(b);
    for (const b of series.daily)
        if (b.start + DAY_MS <= now)
            close(b);
}
const CODE = { up: 'u', degraded: 'd', down: 'x' };
const FROM_CODE = { u: 'up', d: 'degraded', x: 'down' };
function storeBuckets(list, unit) {
    const t0 = list[0] ? list[0].start / unit : 0;
    let prev = t0;
    const rows = list.map((b) => {
        const at = b.start / unit;
        const row = [at - prev, b.up, b.degraded, b.down, b.p50 ?? -1, b.p95 ?? -1, b.max ?? -1];
        prev = at;
        if (b.failures || b.hist)
            row.push(b.failures ?? 0);
        if (b.hist)
            row.push(b.hist);
        return row;
    });
    return { t0, rows };
}
function loadBuckets(stored, unit) {
    if (!stored || !Array.isArray(stored.rows))
        return [];
    let at = Number(stored.t0) || 0;
    const rows = stored.rows;
    const out = new Array(rows.length);
    let n = 0;
    const num = (v) => (typeof v === 'number' ? v : 0);
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        if (!Array.isArray(row) || row.length < 7)
            continue;
        at += num(row[0]);
        const b = { start: at * unit, up: num(row[1]), degraded: num(row[2]), down: num(row[3]) };
        const p50 = num(row[4]);
        const p95 = num(row[5]);
        const max = num(row[6]);
        if (p50 >= 0 && row[4] !== undefined)
            b.p50 = p50;
        if (p95 >= 0 && row[5] !== undefined)
            b.p95 = p95;
        if (max >= 0 && row[6] !== undefined)
            b.max = max;
        if (row.length > 7) {
            if (row[7] && typeof row[7] === 'object')
                b.failures = row[7];
            if (row[8] && typeof row[8] === 'object')
                b.hist = row[8];
        }
        out[n++] = b;
    }
    out.length = n;
    return out;
}
function storeSeries(s) {
    // Floored, so a result never moves into the next hour (or day) on the way back in.
    const secs = s.raw.map((x) => Math.floor(x.t / 1000));
    const f = {};
    s.raw.forEach((x, i) => {
        if (x.failure && x.health !== 'up')
            f[i] = x.failure;
    });
    return {
        raw: {
            t0: secs[0] ?? 0,
            dt: secs.map((t, i) => (i === 0 ? 0 : t - secs[i - 1])),
            h: s.raw.map((x) => CODE[x.health]).join(''),
            ms: s.raw.map((x) => (x.latencyMs === undefined ? -1 : Math.round(x.latencyMs))),
            f,
        },
        hourly: storeBuckets(s.hourly, HOUR_MS),
        daily: storeBuckets(s.daily, DAY_MS),
    };
}
/** `rawTail` loads only the newest raw results (a reader that needs rollups and a sparkline). */
function loadSeries(stored, rawTail = Number.POSITIVE_INFINITY) {
    if (!stored)
        return emptySeries();
    const raw = [];
    const r = stored.raw;
    if (r && typeof r.h === 'string' && Array.isArray(r.dt) && Array.isArray(r.ms)) {
        let t = Number(r.t0) || 0;
        const from = Math.max(0, r.h.length - rawTail);
        for (let i = 0; i < from; i++)
            t += Number(r.dt[i]) || 0;
        for (let i = from; i < r.h.length; i++) {
            t += Number(r.dt[i]) || 0;
            const health = FROM_CODE[r.h[i]];
            if (!health)
                continue;
            const ms = Number(r.ms[i]);
            const failure = r.f?.[i];
            raw.push({
                t: t * 1000,
                health,
                ...(ms >= 0 ? { latencyMs: ms } : {}),
                ...(failure ? { failure } : {}),
            });
        }
    }
    return { raw, hourly: loadBuckets(stored.hourly, HOUR_MS), daily: loadBuckets(stored.daily, DAY_MS) };
}


/***/ }),

/***/ 11063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xt: () => (/* binding */ uptimeOfState),
/* harmony export */   an: () => (/* binding */ STANDARD_WINDOWS)
/* harmony export */ });
/* unused harmony exports windowStart, windowFromRollups, windowFromRaw, uptimeByCheck */
/* harmony import */ var _monitor_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83689);
/* harmony import */ var _rollups_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20968);


const STANDARD_WINDOWS = [
    { label: '24h', ms: _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO },
    { label: '7d', ms: 7 * _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO },
    { label: '30d', ms: 30 * _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO },
    { label: '90d', ms: 90 * _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO },
    { label: '365d', ms: 365 * _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO },
];
function figure(from, counts) {
    const total = counts.up + counts.degraded + counts.down;
    return {
        ...counts,
        from,
        percent: total === 0 ? null : (100 * (counts.up + counts.degraded)) / total,
    };
}
/** Where a window starts: hour-aligned while hourly rollups reach that far, else day-aligned. */
function windowStart(c, now, w) {
    const hourly = (0,_rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .hourOf */ .cg)(now - w.ms);
    const oldestHour = c.series.hourly[0]?.start;
    return oldestHour !== undefined && oldestHour <= hourly ? hourly : (0,_rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .dayOf */ .kb)(now - w.ms);
}
/** The window's figure from the rollups: hourly buckets, daily ones before the oldest hour kept. */
function windowFromRollups(c, now, w) {
    const from = windowStart(c, now, w);
    const counts = { up: 0, degraded: 0, down: 0 };
    const oldestHour = c.series.hourly[0]?.start ?? Number.POSITIVE_INFINITY;
    const add = (b) => {
        counts.up += b.up;
        counts.degraded += b.degraded;
        counts.down += b.down;
    };
    for (const b of c.series.daily)
        if (b.start >= from && b.start + _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO <= oldestHour)
            add(b);
    for (const b of c.series.hourly)
        if (b.start >= from && b.start <= now)
            add(b);
    return figure(from, counts);
}
/** The same window counted from raw results (the oracle the rollups are tested against). */
function windowFromRaw(samples, from, now) {
    const counts = { up: 0, degraded: 0, down: 0 };
    for (const s of samples)
        if (s.t >= from && s.t <= now)
            counts[s.health]++;
    return figure(from, counts);
}
function uptimeOfState(state, now, windows = STANDARD_WINDOWS, recent = 24) {
    return [...state.checks.values()].map((c) => ({
        environment: c.environment,
        name: c.name,
        url: c.url,
        key: c.key,
        windows: Object.fromEntries(windows.map((w) => [w.label, windowFromRollups(c, now, w)])),
        hourly: c.series.hourly,
        daily: c.series.daily,
        recent: c.series.raw.slice(-recent),
        incident: c.memory.open ? 'open' : 'none',
    }));
}
/**
 * Uptime per check and window from a history read of kind `uptime` (any backend): the newest
 * stored monitor state is used. Checks come back named by environment and check name.
 */
function uptimeByCheck(records, now = new Date(), windows = STANDARD_WINDOWS) {
    const newest = newestState(records);
    if (!newest)
        return [];
    return uptimeOfState(loadState(newest.state, { rawTail: 24 }), now.getTime(), windows);
}



/***/ }),

/***/ 77481:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ decideIncident)
/* harmony export */ });
/* unused harmony export streakOf */
// When does a failing check become an incident, and when is it over? A pure state machine: the
// open incident (read from its GitHub issue) and the check's recent results (from the history
// store) go in, one decision comes out. Nothing here reads a clock, a file or the network.
/** Trailing counts over `history` (oldest first) followed by `current`. */
function streakOf(history, current) {
    const all = [...history, current];
    let failures = 0;
    let successes = 0;
    for (let i = all.length - 1; i >= 0 && all[i] !== 'up'; i--)
        failures++;
    for (let i = all.length - 1; i >= 0 && all[i] === 'up'; i--)
        successes++;
    return { failures, successes };
}
function within(nowMs, iso, ms) {
    if (!iso)
        return false;
    const t = Date.parse(iso);
    return Number.isFinite(t) && nowMs - t < ms;
}
function decideIncident(memory, current, streak, policy, now) {
    const nowMs = now.getTime();
    const open = memory.open;
    if (!open) {
        if (current === 'up')
            return { kind: 'none', state: 'up', note: 'up' };
        if (streak.failures < policy.confirmAfter) {
            return {
                kind: 'none',
                state: 'pending-confirmation',
                note: `failed ${streak.failures} of ${policy.confirmAfter} runs needed to confirm`,
            };
        }
        const closed = memory.lastClosed;
        const flapping = closed !== undefined && within(nowMs, closed.closedAt, policy.cooldownMs);
        const quiet = flapping && within(nowMs, closed?.lastAlertAt, policy.cooldownMs);
        return {
            kind: 'open',
            severity: current,
            alert: !quiet,
            flapping,
            ...(flapping && closed ? { reopen: closed.issueNumber } : {}),
        };
    }
    if (current !== 'up') {
        if (current !== open.severity) {
            // Getting worse is news; getting better (down → degraded) is only noted on the issue.
            return {
                kind: 'update',
                issueNumber: open.issueNumber,
                from: open.severity,
                to: current,
                alert: current === 'down',
            };
        }
        return { kind: 'none', state: 'ongoing', note: `still ${current} since ${open.openedAt}` };
    }
    if (streak.successes < policy.recoverAfter) {
        return {
            kind: 'none',
            state: 'pending-recovery',
            note: `passed ${streak.successes} of ${policy.recoverAfter} runs needed to close the incident`,
        };
    }
    return { kind: 'recover', issueNumber: open.issueNumber, alert: open.alerted };
}


/***/ }),

/***/ 61959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   WB: () => (/* binding */ METRIC_KEYS),
/* harmony export */   a3: () => (/* binding */ metricValue),
/* harmony export */   sU: () => (/* binding */ trialProblem),
/* harmony export */   xY: () => (/* binding */ trialsOf)
/* harmony export */ });
const METRIC_KEYS = ['p50', 'p90', 'p99', 'rps', 'cpu', 'rss'];
const METRICS = {
    p50: { key: 'p50', label: 'latency p50', unit: 'ms', better: 'lower', trial: 'latency' },
    p90: { key: 'p90', label: 'latency p90', unit: 'ms', better: 'lower', trial: 'latency' },
    p99: { key: 'p99', label: 'latency p99', unit: 'ms', better: 'lower', trial: 'latency' },
    rps: { key: 'rps', label: 'throughput', unit: 'req/s', better: 'higher', trial: 'throughput' },
    cpu: { key: 'cpu', label: 'service CPU per request', unit: 'µs', better: 'lower', trial: 'both' },
    rss: { key: 'rss', label: 'service peak RSS', unit: 'MB', better: 'lower', trial: 'both' },
};
/** A metric's value for one side of one round; undefined where it could not be measured (no /proc). */
function metricValue(key, side) {
    const { latency, throughput } = side;
    switch (key) {
        case 'p50':
        case 'p90':
        case 'p99':
            return latency.responses > 0 ? Math.max(latency[key], 0.5) : undefined;
        case 'rps':
            return throughput.requestsPerSecond > 0 ? throughput.requestsPerSecond : undefined;
        case 'cpu': {
            if (latency.serviceCpuSeconds === undefined || throughput.serviceCpuSeconds === undefined)
                return undefined;
            const responses = latency.responses + throughput.responses;
            const cpu = latency.serviceCpuSeconds + throughput.serviceCpuSeconds;
            return responses > 0 && cpu > 0 ? (cpu / responses) * 1e6 : undefined;
        }
        case 'rss': {
            const peaks = [latency.peakRssBytes, throughput.peakRssBytes].filter((v) => v !== undefined);
            return peaks.length > 0 ? Math.max(...peaks) / (1024 * 1024) : undefined;
        }
    }
}
/** Why a trial cannot be trusted, or undefined when it can (the self-checks). */
function trialProblem(trial) {
    if (trial.errors > 0)
        return `${trial.errors} connection error(s) in a ${trial.kind} trial`;
    const saturated = trial.clientCpuShare >= 0.9;
    if (trial.kind === 'throughput' && saturated) {
        return `the load generator used ${Math.round(trial.clientCpuShare * 100)}% of its core in a throughput trial, so it and not the service set the pace`;
    }
    if (trial.kind === 'latency' && trial.targetRate !== undefined && saturated) {
        const achieved = trial.requestsPerSecond / trial.targetRate;
        if (achieved < 0.9) {
            return `the load generator reached ${Math.round(trial.requestsPerSecond)} of ${trial.targetRate} req/s with its core saturated`;
        }
    }
    return undefined;
}
/** The trials a metric depends on. */
function trialsOf(key, side) {
    const trial = METRICS[key].trial;
    return trial === 'both' ? [side.latency, side.throughput] : [side[trial]];
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

/***/ 37575:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ METRIC_IDS),
/* harmony export */   Am: () => (/* binding */ extractRunFacts),
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   qc: () => (/* binding */ isMetricId),
/* harmony export */   yD: () => (/* binding */ metricSpec)
/* harmony export */ });
/* unused harmony exports chromeVersionOf, extractMetrics */
const METRICS = [
    {
        id: 'lcp',
        label: 'Largest Contentful Paint',
        source: { audit: 'largest-contentful-paint' },
        unit: 'ms',
        higherIsBetter: false,
    },
    {
        id: 'cls',
        label: 'Cumulative Layout Shift',
        source: { audit: 'cumulative-layout-shift' },
        unit: 'unitless',
        higherIsBetter: false,
    },
    {
        id: 'tbt',
        label: 'Total Blocking Time (lab stand-in for INP)',
        source: { audit: 'total-blocking-time' },
        unit: 'ms',
        higherIsBetter: false,
    },
    {
        id: 'fcp',
        label: 'First Contentful Paint',
        source: { audit: 'first-contentful-paint' },
        unit: 'ms',
        higherIsBetter: false,
    },
    { id: 'si', label: 'Speed Index', source: { audit: 'speed-index' }, unit: 'ms', higherIsBetter: false },
    {
        id: 'ttfb',
        label: 'Time to First Byte',
        source: { audit: 'server-response-time' },
        unit: 'ms',
        higherIsBetter: false,
    },
    {
        id: 'performance',
        label: 'Performance score',
        source: { category: 'performance' },
        unit: 'score',
        higherIsBetter: true,
    },
    {
        id: 'accessibility',
        label: 'Accessibility score',
        source: { category: 'accessibility' },
        unit: 'score',
        higherIsBetter: true,
    },
    {
        id: 'best-practices',
        label: 'Best Practices score',
        source: { category: 'best-practices' },
        unit: 'score',
        higherIsBetter: true,
    },
    { id: 'seo', label: 'SEO score', source: { category: 'seo' }, unit: 'score', higherIsBetter: true },
];
const METRIC_IDS = METRICS.map((m) => m.id);
function metricSpec(id) {
    return METRICS.find((m) => m.id === id);
}
function isMetricId(value) {
    return METRIC_IDS.includes(value);
}
/** Chrome's version from a user agent string such as `… HeadlessChrome/156.0.0.0 …`. */
function chromeVersionOf(userAgent) {
    return /(?:Headless)?Chrom(?:e|ium)\/([\d.]+)/.exec(userAgent ?? '')?.[1] ?? '';
}
/** Every metric present in the result; a metric Lighthouse could not compute is left out, not zeroed. */
function extractMetrics(lhr) {
    const out = {};
    for (const spec of METRICS) {
        if ('audit' in spec.source) {
            const value = lhr.audits[spec.source.audit]?.numericValue;
            if (typeof value === 'number' && Number.isFinite(value))
                out[spec.id] = value;
        }
        else {
            const score = lhr.categories[spec.source.category]?.score;
            if (typeof score === 'number' && Number.isFinite(score))
                out[spec.id] = Math.round(score * 100);
        }
    }
    return out;
}
/** `browserVersion`: Chrome's full version when known; the LHR's user agent only has the major version. */
function extractRunFacts(lhr, browserVersion = '') {
    return {
        metrics: extractMetrics(lhr),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        lighthouseVersion: lhr.lighthouseVersion,
        chromeVersion: browserVersion || chromeVersionOf(lhr.environment.hostUserAgent ?? lhr.userAgent),
        formFactor: lhr.configSettings?.formFactor ?? '',
        warnings: [...(lhr.runWarnings ?? [])],
    };
}
/** Human form of a value: `1.23 s`, `340 ms`, `0.105`, `92`. */
function formatMetric(id, value) {
    if (value === undefined || !Number.isFinite(value))
        return '–';
    const { unit } = metricSpec(id);
    if (unit === 'score')
        return String(Math.round(value));
    if (unit === 'unitless')
        return value.toFixed(3);
    return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}


/***/ })

};
