export const id = 429;
export const ids = [429];
export const modules = {

/***/ 84429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLighthouseVitalsCli: () => (/* binding */ runLighthouseVitalsCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/shared/vitals/metrics.js
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
function metrics_metricSpec(id) {
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
function metrics_formatMetric(id, value) {
    if (value === undefined || !Number.isFinite(value))
        return '–';
    const { unit } = metrics_metricSpec(id);
    if (unit === 'score')
        return String(Math.round(value));
    if (unit === 'unitless')
        return value.toFixed(3);
    return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

;// CONCATENATED MODULE: ./build/shared/vitals/budgets.js
// Per-URL budgets for any metric or score. Times and CLS are maxima, scores minima, so a budget
// is just `metric=value`. Lines: `[<url glob>:] metric=value, metric=value`, e.g.
//   lcp=2.5s, cls=0.1, performance=90
//   /checkout/**: tbt=300ms
// A budget file holds the same, as YAML or JSON: a list of { url?, <metric>: value } objects.




/** `2.5s`, `2500ms`, `2500` (ms for times); plain numbers otherwise. */
function parseBudgetValue(metric, raw, where) {
    const unit = metrics_metricSpec(metric).unit;
    if (typeof raw === 'number') {
        if (!Number.isFinite(raw) || raw < 0)
            throw new errors/* UsageError */.eb(`${where}: ${metric} budget must be a number ≥ 0, got ${raw}`);
        return raw;
    }
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(raw);
    if (!m)
        throw new errors/* UsageError */.eb(`${where}: ${metric} budget '${raw}' is not a number${unit === 'ms' ? ' (e.g. 2.5s or 2500ms)' : ''}`);
    const value = Number(m[1]);
    const suffix = m[2]?.toLowerCase();
    if (suffix && unit !== 'ms')
        throw new errors/* UsageError */.eb(`${where}: ${metric} takes no unit, got '${raw}'`);
    if (unit === 'score' && value > 100)
        throw new errors/* UsageError */.eb(`${where}: ${metric} is a score from 0 to 100, got ${value}`);
    return suffix === 's' ? value * 1000 : value;
}
function metricOf(name, where) {
    const id = name.trim().toLowerCase();
    if (!isMetricId(id))
        throw new errors/* UsageError */.eb(`${where}: unknown metric '${name.trim()}'; use one of ${METRIC_IDS.join(', ')}`);
    return id;
}
/** Budget lines as given in the `budgets` input (or `--budget` flags). */
function parseBudgetLines(text, source) {
    const rules = [];
    text.split('\n').forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `${source} line ${index + 1}`;
        // The URL part ends at the last ':' followed by space before the first '='; URLs keep their own colons.
        const split = /^(.*?):\s+([A-Za-z-]+\s*=.*)$/.exec(line);
        const url = split ? split[1].trim() : '';
        const body = split ? split[2] : line;
        for (const part of body.split(',')) {
            if (part.trim() === '')
                continue;
            const eq = part.indexOf('=');
            if (eq < 0)
                throw new errors/* UsageError */.eb(`${where}: expected metric=value, got '${part.trim()}'`);
            const metric = metricOf(part.slice(0, eq), where);
            rules.push({ url, metric, limit: parseBudgetValue(metric, part.slice(eq + 1), where), origin: where });
        }
    });
    return rules;
}
/** A budget file (YAML or JSON): a list, or `{ budgets: [...] }`, of `{ url?, <metric>: value }`. */
function parseBudgetFile(text, file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const line = error.linePos?.[0]?.line;
        throw new errors/* UsageError */.eb(`${file}${line ? `:${line}` : ''}: not valid YAML or JSON: ${error.message.split('\n')[0]}`);
    }
    const list = Array.isArray(doc) ? doc : doc?.budgets;
    if (!Array.isArray(list))
        throw new errors/* UsageError */.eb(`${file}: expected a list of budgets (or a 'budgets:' list)`);
    const rules = [];
    list.forEach((item, index) => {
        const where = `${file} budget ${index + 1}`;
        if (typeof item !== 'object' || item === null || Array.isArray(item))
            throw new errors/* UsageError */.eb(`${where}: expected an object`);
        const { url = '', ...metrics } = item;
        if (typeof url !== 'string')
            throw new errors/* UsageError */.eb(`${where}: 'url' must be a string`);
        for (const [name, value] of Object.entries(metrics)) {
            const metric = metricOf(name, where);
            if (typeof value !== 'number' && typeof value !== 'string')
                throw new errors/* UsageError */.eb(`${where}: ${metric} must be a number or text`);
            rules.push({ url, metric, limit: parseBudgetValue(metric, value, where), origin: where });
        }
    });
    return rules;
}
function ruleMatches(rule, url) {
    if (rule.url === '' || rule.url === '*' || rule.url === '**')
        return true;
    if (rule.url === url)
        return true;
    let target = url;
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(rule.url)) {
        try {
            target = new URL(url).pathname;
        }
        catch {
            target = url;
        }
    }
    return picomatch.isMatch(target, rule.url, { dot: true });
}
/** The budgets that apply to `url`: for each metric the last matching rule wins (specific after general). */
function budgetsFor(rules, url) {
    const byMetric = new Map();
    for (const rule of rules)
        if (ruleMatches(rule, url))
            byMetric.set(rule.metric, rule);
    return [...byMetric.values()];
}
function checkBudgets(rules, metrics) {
    return rules.map((rule) => {
        const kind = metrics_metricSpec(rule.metric).higherIsBetter ? 'min' : 'max';
        const actual = metrics[rule.metric];
        // A metric Lighthouse could not measure cannot prove the budget is met.
        const passed = actual !== undefined && (kind === 'max' ? actual <= rule.limit : actual >= rule.limit);
        return { metric: rule.metric, limit: rule.limit, kind, actual, passed, origin: rule.origin };
    });
}

;// CONCATENATED MODULE: ./build/shared/vitals/ratings.js
const GOOGLE = 'Google Core Web Vitals thresholds';
const LIGHTHOUSE = 'Lighthouse scoring thresholds';
function ratingLimits(id, formFactor) {
    switch (id) {
        case 'lcp':
            return { good: 2500, poor: 4000, source: GOOGLE };
        case 'cls':
            return { good: 0.1, poor: 0.25, source: GOOGLE };
        case 'fcp':
            return { good: 1800, poor: 3000, source: GOOGLE };
        case 'ttfb':
            return { good: 800, poor: 1800, source: GOOGLE };
        case 'tbt':
            return formFactor === 'desktop'
                ? { good: 150, poor: 350, source: LIGHTHOUSE }
                : { good: 200, poor: 600, source: LIGHTHOUSE };
        case 'si':
            return formFactor === 'desktop'
                ? { good: 1311, poor: 2300, source: LIGHTHOUSE }
                : { good: 3387, poor: 5800, source: LIGHTHOUSE };
        case 'performance':
        case 'accessibility':
        case 'best-practices':
        case 'seo':
            return undefined;
    }
}
function rate(id, value, formFactor) {
    if (value === undefined)
        return undefined;
    if (id === 'performance' || id === 'accessibility' || id === 'best-practices' || id === 'seo') {
        // Lighthouse's own colours for category scores: 90-100 green, 50-89 orange, 0-49 red.
        return value >= 90 ? 'good' : value >= 50 ? 'needs-improvement' : 'poor';
    }
    const limits = ratingLimits(id, formFactor);
    if (!limits)
        return undefined;
    return value <= limits.good ? 'good' : value <= limits.poor ? 'needs-improvement' : 'poor';
}
const ratings_RATING_EMOJI = { good: '🟢', 'needs-improvement': '🟠', poor: '🔴' };
/** The metrics the Core Web Vitals gate looks at (TBT standing in for INP). */
const CORE_WEB_VITALS = ['lcp', 'cls', 'tbt'];

;// CONCATENATED MODULE: ./build/shared/vitals/report.js
// The decision for each audited URL and the JSON report every renderer and output reads.



const REPORT_SCHEMA = 'shipshape.lighthouse-vitals/v1';
function failsCwv(rating, gate) {
    if (gate === 'off' || rating === undefined)
        return false;
    return gate === 'poor' ? rating === 'poor' : rating !== 'good';
}
/** Ratings, budgets, the Core Web Vitals gate and regressions against the base, with reasons. */
function evaluateUrl(o) {
    const median = o.runs[o.medianRun]?.metrics ?? {};
    const ratings = {};
    for (const id of METRIC_IDS) {
        const r = rate(id, median[id], o.preset);
        if (r)
            ratings[id] = r;
    }
    const budgets = checkBudgets(o.rules, median);
    const cwv = CORE_WEB_VITALS.map((metric) => ({
        metric,
        rating: ratings[metric],
        passed: !failsCwv(ratings[metric], o.cwvGate),
    }));
    const reasons = [];
    for (const b of budgets) {
        if (b.passed)
            continue;
        const actual = b.actual === undefined ? 'not measured' : metrics_formatMetric(b.metric, b.actual);
        reasons.push(`${b.metric} ${actual} ${b.kind === 'max' ? 'is over' : 'is under'} its budget of ${metrics_formatMetric(b.metric, b.limit)} (${b.origin})`);
    }
    for (const c of cwv) {
        if (!c.passed)
            reasons.push(`${c.metric} ${metrics_formatMetric(c.metric, median[c.metric])} is rated ${c.rating} (Core Web Vitals gate: ${o.cwvGate})`);
    }
    if (o.comparison && o.failOnRegression && !o.comparison.versionMismatch) {
        for (const m of o.comparison.metrics) {
            if (m.verdict === 'regression')
                reasons.push(`${m.metric} regressed against the base: ${m.reason}`);
        }
    }
    return {
        url: o.url,
        key: o.key,
        preset: o.preset,
        status: 'measured',
        median,
        medianRun: o.medianRun,
        runs: o.runs,
        ratings,
        budgets,
        cwv,
        comparison: o.comparison,
        previous: o.previous,
        lighthouseVersion: o.facts.lighthouseVersion,
        chromeVersion: o.facts.chromeVersion,
        benchmarkIndex: o.facts.benchmarkIndex,
        passed: reasons.length === 0,
        reasons,
        warnings: o.warnings ?? [],
    };
}
function failedUrl(url, key, preset, error, runs = []) {
    return {
        url,
        key,
        preset,
        status: 'failed',
        error,
        median: {},
        runs,
        ratings: {},
        budgets: [],
        cwv: [],
        lighthouseVersion: '',
        chromeVersion: '',
        passed: false,
        reasons: [error],
        warnings: [],
    };
}
function buildReport(o) {
    const measured = o.urls.find((u) => u.status === 'measured');
    return {
        schema: REPORT_SCHEMA,
        name: o.name,
        presets: o.presets,
        runsPerUrl: o.runsPerUrl,
        lighthouseVersion: measured?.lighthouseVersion ?? '',
        chromeVersion: measured?.chromeVersion ?? '',
        passed: o.urls.every((u) => u.passed),
        urls: o.urls,
    };
}
/** `{ "<url>": { "performance": 97, ... } }` (`"<url> (mobile)"` beside desktop): the `scores` output. */
function scoresOutput(report) {
    const out = {};
    for (const u of report.urls) {
        const s = {};
        for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
            if (u.median[id] !== undefined)
                s[id] = u.median[id];
        }
        out[report.presets.length > 1 ? `${u.url} (${u.preset})` : u.url] = s;
    }
    return out;
}
/** Attaches the history baseline: shown beside the figures, never gated. */
function withPrevious(u, previous) {
    if (!previous || u.status !== 'measured')
        return u;
    return {
        ...u,
        previous: { ...previous, versionMismatch: previous.lighthouseVersion !== u.lighthouseVersion },
    };
}

;// CONCATENATED MODULE: ./build/shared/vitals/urls.js
// URLs as shown in reports, logs and history: no credentials, no query values (tokens hide there).
/** `https://user:pw@host/p?token=x` → `https://host/p?token=***`; text that is no URL is returned as is. */
function redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url;
    }
    u.username = '';
    u.password = '';
    const keys = [...u.searchParams.keys()];
    if (keys.length === 0)
        return u.href;
    const query = keys.map((k) => `${encodeURIComponent(k)}=***`).join('&');
    return `${u.origin}${u.pathname}?${query}${u.hash}`;
}
/** The same path and query on another origin: where the base build serves the page. */
function onOrigin(url, origin) {
    const u = new URL(url);
    const o = new URL(origin);
    const basePath = o.pathname.replace(/\/$/, '');
    return `${o.origin}${basePath}${u.pathname}${u.search}`;
}

// EXTERNAL MODULE: ./build/shared/stats/describe.js
var describe = __webpack_require__(97967);
// EXTERNAL MODULE: ./build/shared/stats/signed-rank.js
var signed_rank = __webpack_require__(85977);
// EXTERNAL MODULE: ./build/shared/stats/verdict.js
var verdict = __webpack_require__(40025);
;// CONCATENATED MODULE: ./build/shared/vitals/compare.js
// Base against head, from rounds in which both were audited on the same machine one after the
// other: a Hodges-Lehmann interval on the paired changes and the verdict rule of shared/stats.
// Timings change by ratios (log scale); TBT and CLS are often exactly 0 and scores are bounded,
// so those are compared as plain differences with an absolute threshold.




const DEFAULT_ABSOLUTE = {
    tbt: 50,
    cls: 0.025,
    performance: 5,
    accessibility: 5,
    'best-practices': 5,
    seo: 5,
};
const LOG_FLOOR_MS = 1;
function classifyDifference(estimate, lower, upper, t, id) {
    const f = (v) => metrics_formatMetric(id, Math.abs(v));
    if (lower > 0 && estimate > t)
        return { verdict: 'regression', reason: `worse by ${f(estimate)}` };
    if (upper < 0 && estimate < -t)
        return { verdict: 'improvement', reason: `better by ${f(estimate)}` };
    if (lower > -t && upper < t)
        return { verdict: 'no-change', reason: `within ±${f(t)}` };
    if (!Number.isFinite(lower) || !Number.isFinite(upper)) {
        return { verdict: 'inconclusive', reason: 'too few rounds for an interval at this level' };
    }
    return { verdict: 'inconclusive', reason: `the interval is wider than ±${f(t)}` };
}
function compareMetric(id, rounds, o) {
    const pairs = rounds.flatMap((r) => {
        const b = r.base[id];
        const h = r.head[id];
        return b === undefined || h === undefined ? [] : [{ b, h }];
    });
    if (pairs.length === 0)
        return undefined;
    const spec = metrics_metricSpec(id);
    const base = (0,describe/* median */.JZ)(pairs.map((p) => p.b));
    const head = (0,describe/* median */.JZ)(pairs.map((p) => p.h));
    const absolute = o.absolute?.[id] ?? DEFAULT_ABSOLUTE[id];
    if (absolute === undefined && spec.unit === 'ms') {
        const logs = pairs.map((p) => Math.log(Math.max(p.h, LOG_FLOOR_MS) / Math.max(p.b, LOG_FLOOR_MS)));
        const hl = (0,signed_rank/* hodgesLehmannInterval */.DF)(logs, o.level);
        const c = (0,verdict/* classifyChange */.Fd)(hl, o.relative);
        return {
            metric: id,
            scale: 'ratio',
            base,
            head,
            change: Math.expm1(hl.estimate),
            lower: Math.expm1(hl.lower),
            upper: Math.expm1(hl.upper),
            ...c,
            rounds: pairs.length,
        };
    }
    const t = absolute ?? 0;
    const diffs = pairs.map((p) => p.h - p.b);
    const hl = (0,signed_rank/* hodgesLehmannInterval */.DF)(diffs, o.level);
    // Oriented so that positive means worse, as the verdict rule expects.
    const sign = spec.higherIsBetter ? -1 : 1;
    const [worseLower, worseUpper] = sign === 1 ? [hl.lower, hl.upper] : [-hl.upper, -hl.lower];
    const c = classifyDifference(sign * hl.estimate, worseLower, worseUpper, t, id);
    return {
        metric: id,
        scale: 'difference',
        base,
        head,
        change: hl.estimate,
        lower: hl.lower,
        upper: hl.upper,
        ...c,
        rounds: pairs.length,
    };
}
function compareRounds(ids, rounds, o) {
    return ids.flatMap((id) => compareMetric(id, rounds, o) ?? []);
}

;// CONCATENATED MODULE: ./build/shared/lighthouse/errors.js
// Turns Lighthouse's error codes into messages that say what is wrong with the page or machine.
/** A run that produced no usable result; `retryable` ones may succeed when simply run again. */
class LighthouseRunError extends Error {
    code;
    retryable;
    name = 'LighthouseRunError';
    constructor(message, code, retryable) {
        super(message);
        this.code = code;
        this.retryable = retryable;
    }
}
const RETRYABLE = new Set(['PROTOCOL_TIMEOUT', 'CHROME_LAUNCH_FAILED']);
function statusOf(message) {
    return /status code:?\s*(\d{3})/i.exec(message)?.[1];
}
function detailOf(message) {
    return /\(Details: ([^)]*)\)/.exec(message)?.[1] ?? message;
}
/** Codes meaning the document never arrived, where asking the server ourselves tells why. */
const UNREACHABLE_CODES = new Set([
    'FAILED_DOCUMENT_REQUEST',
    'DNS_FAILURE',
    'CHROME_INTERSTITIAL_ERROR',
]);
/** Why a plain request to `url` fails, in words (Chrome's interstitial hides the network error). */
async function probeUnreachable(url, headers) {
    try {
        const res = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
        await res.body?.cancel();
        return `Chrome could not load it, though a plain request got HTTP ${res.status}`;
    }
    catch (error) {
        const cause = error.cause;
        const code = cause?.code ?? error.name;
        const words = {
            ECONNREFUSED: 'connection refused: nothing listens on that address and port. Is the server running?',
            ENOTFOUND: 'the host name does not resolve (DNS)',
            EAI_AGAIN: 'the host name could not be resolved right now (DNS)',
            ECONNRESET: 'the server closed the connection',
            ETIMEDOUT: 'the connection timed out',
            TimeoutError: 'no answer within 10 s',
            UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
        };
        return words[code] ?? `${code}: ${cause?.message ?? error.message}`;
    }
}
/** One line naming the URL, what went wrong, and Lighthouse's code. */
function describeLighthouseError(url, code, message) {
    const say = (text) => new LighthouseRunError(`${url}: ${text} (Lighthouse ${code})`, code, RETRYABLE.has(code));
    switch (code) {
        case 'FAILED_DOCUMENT_REQUEST':
        case 'DNS_FAILURE':
        case 'CHROME_INTERSTITIAL_ERROR':
            return say(`the page could not be reached: ${detailOf(message)}`);
        case 'ERRORED_DOCUMENT_REQUEST': {
            const status = statusOf(message);
            return say(`the server answered HTTP ${status ?? 'error'} instead of a page`);
        }
        case 'NOT_HTML':
            return say(`the response is not an HTML page (${message.replace(/^.*?(content[- ]type|MIME)/i, '$1')})`);
        case 'NO_FCP':
            return say('the page painted nothing within the load time limit (it never finished loading, or renders nothing)');
        case 'PAGE_HUNG':
            return say('the page hung: its main thread never became idle within the load time limit');
        case 'NO_NAVSTART':
        case 'NO_LCP':
        case 'NO_TTI_CPU_IDLE_PERIOD':
            return say(`the trace had no usable ${code.replace(/^NO_/, '').toLowerCase()} event (${message})`);
        case 'PROTOCOL_TIMEOUT':
            return say('Chrome stopped answering the DevTools protocol in time (an overloaded machine or a stuck page)');
        case 'CHROME_CRASHED':
            return say('Chrome exited during the run (it crashed or was killed)');
        case 'RUN_TIMEOUT':
            return say(message);
        default:
            return say(message);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./build/shared/lighthouse/versions.js
// The Lighthouse and chrome-launcher the action installs at run time. Kept equal to the exact
// devDependencies in package.json (a test checks) so unit tests run what users run.
const LIGHTHOUSE_VERSION = '13.5.0';
const CHROME_LAUNCHER_VERSION = '1.2.1';

;// CONCATENATED MODULE: ./build/shared/lighthouse/install.js
// Lighthouse cannot be bundled by ncc (it imports audits and locales by computed paths), so the
// action installs the pinned version into the runner's tool cache once and imports it from there.





const MARKER = '.shipshape-complete';
function installKey() {
    const nodeMajor = process.versions.node.split('.')[0];
    return `shipshape-lighthouse-${LIGHTHOUSE_VERSION}-chrome-launcher-${CHROME_LAUNCHER_VERSION}-${process.platform}-${process.arch}-node${nodeMajor}`;
}
function installDir(root) {
    return (0,external_node_path_.join)(root, 'shipshape-lighthouse', `${LIGHTHOUSE_VERSION}-${CHROME_LAUNCHER_VERSION}`);
}
function isComplete(dir) {
    return ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, MARKER)) &&
        (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'node_modules', 'lighthouse', 'package.json')) &&
        (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'node_modules', 'chrome-launcher', 'package.json')));
}
function npmInstall(npm, dir, timeoutMs) {
    const args = [
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--omit=dev',
        '--ignore-scripts',
        '--prefix',
        dir,
        `lighthouse@${LIGHTHOUSE_VERSION}`,
        `chrome-launcher@${CHROME_LAUNCHER_VERSION}`,
    ];
    return new Promise((resolve, reject) => {
        // npm_* variables come from an npm that started us (npx, npm run), not from the user's config;
        // npm_config_prefix among them would redirect the install.
        const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
        (0,external_node_child_process_.execFile)(npm, args, { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
            if (!error)
                return resolve();
            const tail = String(stderr).trim().split('\n').slice(-5).join('\n');
            const why = error.code === 'ENOENT' ? `'${npm}' was not found on PATH` : tail;
            reject(new Error(`could not install lighthouse@${LIGHTHOUSE_VERSION} and chrome-launcher@${CHROME_LAUNCHER_VERSION} with npm into ${dir}: ${why || error.message}`));
        });
    });
}
/**
 * Makes sure the pinned Lighthouse is installed under `root`: already there, restored from the
 * cache, or installed with npm (then saved to the cache). A half-finished install is never used:
 * npm writes to a scratch folder that is renamed into place only when complete.
 */
async function ensureLighthouse(o) {
    const dir = installDir(o.root);
    if (isComplete(dir))
        return { dir, source: 'present' };
    const key = installKey();
    if (o.cache) {
        try {
            if ((await o.cache.restore(dir, key)) && isComplete(dir)) {
                o.log.info(`Lighthouse ${LIGHTHOUSE_VERSION} restored from the cache (${key})`);
                return { dir, source: 'cache' };
            }
        }
        catch (error) {
            o.log.warning(`Lighthouse cache not restored: ${error.message}`);
        }
    }
    o.log.info(`Installing lighthouse@${LIGHTHOUSE_VERSION} and chrome-launcher@${CHROME_LAUNCHER_VERSION} into ${dir}`);
    const scratch = `${dir}.partial-${process.pid}`;
    (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(scratch, { recursive: true });
    // A package.json of our own stops npm from walking up and installing into an enclosing project.
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(scratch, 'package.json'), '{"name":"shipshape-lighthouse","private":true,"type":"module"}\n');
    try {
        await npmInstall(o.npm ?? 'npm', scratch, o.timeoutMs ?? 300_000);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(scratch, MARKER), `${new Date().toISOString()}\n`);
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        (0,external_node_fs_.renameSync)(scratch, dir);
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
    if (o.cache) {
        try {
            await o.cache.save(dir, key);
        }
        catch (error) {
            o.log.warning(`Lighthouse install not saved to the cache: ${error.message}`);
        }
    }
    return { dir, source: 'npm' };
}
/** Imports a module file of the install by absolute path (bundlers leave such imports alone). */
async function importFromInstall(dir, relativePath) {
    const file = (0,external_node_path_.join)(dir, 'node_modules', relativePath);
    return (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(file).href));
}

;// CONCATENATED MODULE: ./build/shared/lighthouse/child-script.js
// The script each Lighthouse run executes in its own Node process, so that memory Lighthouse
// keeps between runs never adds up and a run that hangs can be killed without killing us. It is
// written to a temp file at run time: the bundled action has no separate file to ship.
const CHILD_SCRIPT = `
import { readFileSync, writeFileSync } from 'node:fs';
const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const fail = (error) => {
  const message = (error && (error.friendlyMessage || error.message)) || String(error);
  writeFileSync(job.errorPath, JSON.stringify({ code: (error && error.code) || 'ERROR', message }));
  process.exit(1);
};
try {
  const { default: lighthouse } = await import(job.lighthouseModule);
  const config = job.configModule ? (await import(job.configModule)).default : undefined;
  const flags = {
    port: job.port,
    hostname: '127.0.0.1',
    output: ['json', 'html'],
    logLevel: 'error',
    maxWaitForLoad: job.maxWaitForLoad,
    maxWaitForFcp: job.maxWaitForFcp,
    extraHeaders: job.extraHeaders,
    throttlingMethod: job.throttlingMethod,
  };
  const result = await lighthouse(job.url, flags, config);
  if (!result) throw new Error('Lighthouse returned no result');
  writeFileSync(job.lhrPath, result.report[0]);
  writeFileSync(job.htmlPath, result.report[1]);
  process.exit(0);
} catch (error) {
  fail(error);
}
`;

;// CONCATENATED MODULE: ./build/shared/lighthouse/chrome.js
// Starting and stopping one headless Chrome per Lighthouse run, through chrome-launcher.





/**
 * Flags that work as root in a CI container: no sandbox (root cannot use it), no GPU, /tmp
 * instead of a small /dev/shm, and nothing that reaches the network by itself. Never
 * --single-process, which makes Lighthouse runs hang or crash.
 */
const CHROME_FLAGS = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
];
/** The chrome-path input, else CHROME_PATH, else whatever chrome-launcher finds (undefined). */
function chooseChromePath(input, env) {
    if (input)
        return { path: input, from: "input 'chrome-path'" };
    if (env.CHROME_PATH)
        return { path: env.CHROME_PATH, from: 'CHROME_PATH' };
    return { from: 'chrome-launcher' };
}
/** Fails early, naming where the path came from, when a given Chrome path cannot be executed. */
function checkChromePath(choice) {
    if (!choice.path)
        return;
    try {
        (0,external_node_fs_.accessSync)(choice.path, external_node_fs_.constants.X_OK);
    }
    catch {
        const message = `Chrome not found: '${choice.path}' (from ${choice.from}) does not exist or is not executable. Install Chromium (Debian/Ubuntu: apt-get install -y chromium) or point chrome-path at it`;
        if (choice.from === "input 'chrome-path'")
            throw new errors/* InputError */.dz('chrome-path', message.replace(/^Chrome not found: /, ''));
        throw new Error(message);
    }
}
class ChromeLaunchError extends Error {
    notFound;
    name = 'ChromeLaunchError';
    constructor(message, 
    /** No Chrome at all: retrying cannot help. */
    notFound = false) {
        super(message);
        this.notFound = notFound;
    }
}
async function loadChromeLauncher(installDir) {
    const mod = await importFromInstall(installDir, 'chrome-launcher/dist/index.js');
    return typeof mod.launch === 'function'
        ? mod
        : mod.default;
}
/** Launches Chrome with a fresh profile folder; the caller must call stop(), which is idempotent. */
async function launchChrome(launcher, chromePath, 
/** How long to wait for Chrome's DevTools port. */
connectTimeoutMs = 30_000) {
    const userDataDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipshape-chrome-'));
    let chrome;
    try {
        chrome = await launcher.launch({
            chromePath,
            chromeFlags: [...CHROME_FLAGS],
            userDataDir,
            logLevel: 'silent',
            handleSIGINT: false,
            connectionPollInterval: 250,
            maxConnectionRetries: Math.max(1, Math.ceil(connectTimeoutMs / 250)),
        });
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(userDataDir, { recursive: true, force: true });
        const raw = error instanceof Error ? error.message : String(error);
        const notFound = /CHROME_PATH|No Chrome installations found|ENOENT/i.test(raw);
        const hint = notFound
            ? 'no Chrome or Chromium was found; install it (Debian/Ubuntu: apt-get install -y chromium) or set chrome-path'
            : raw.split('\n')[0];
        throw new ChromeLaunchError(`Chrome did not start (${chromePath ?? 'found by chrome-launcher'}): ${hint}`, notFound);
    }
    let exited = false;
    let stopped = false;
    const listeners = [];
    const exitedPromise = new Promise((resolve) => {
        chrome.process.once('exit', () => {
            exited = true;
            if (!stopped)
                for (const l of listeners)
                    l();
            resolve();
        });
    });
    return {
        pid: chrome.pid,
        port: chrome.port,
        userDataDir,
        exitedEarly: () => exited && !stopped,
        // A killed process lingers until it is reaped; callers that check for leftovers wait here.
        exited: async (timeoutMs = 5_000) => {
            const deadline = Date.now() + timeoutMs;
            await Promise.race([
                exitedPromise,
                new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
            ]);
            // Helpers that left Chrome's process group (zygotes) still name the profile folder: end them too.
            while (Date.now() < deadline) {
                const left = processesUsing(userDataDir);
                if (left.length === 0)
                    return;
                for (const pid of left) {
                    try {
                        process.kill(pid, 'SIGKILL');
                    }
                    catch {
                        // Gone meanwhile.
                    }
                }
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
        },
        onUnexpectedExit: (listener) => {
            listeners.push(listener);
        },
        stop() {
            if (stopped)
                return;
            stopped = true;
            try {
                chrome.kill();
            }
            catch {
                // Already gone: nothing to stop.
            }
            try {
                // chrome-launcher kills the process group; a straggler of the group is killed here too.
                process.kill(-chrome.pid, 'SIGKILL');
            }
            catch {
                // No such group any more.
            }
            (0,external_node_fs_.rmSync)(userDataDir, { recursive: true, force: true, maxRetries: 3 });
        },
    };
}
/** Processes whose command line names `marker` (Linux /proc); empty where /proc is absent. */
function processesUsing(marker) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const found = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        try {
            if ((0,external_node_fs_.readFileSync)(`/proc/${entry}/cmdline`, 'latin1').includes(marker))
                found.push(Number(entry));
        }
        catch {
            // Exited while we looked.
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./build/shared/lighthouse/run.js
// Lighthouse runs of one URL: each in a fresh Chrome and its own Node process, one at a time, with
// bounded retries of failures that are the machine's fault, and Chrome always stopped.








const active = new Set();
let signalsHooked = false;
/**
 * Stops every Chrome, Lighthouse process and started app on SIGINT/SIGTERM (how GitHub cancels a
 * job), then exits 130/143 so that 'exit' handlers run too.
 */
function hookSignals() {
    if (signalsHooked)
        return;
    signalsHooked = true;
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            stopAll();
            process.exit(signal === 'SIGINT' ? 130 : 143);
        });
    }
    process.once('exit', stopAll);
}
function stopAll() {
    for (const stop of [...active])
        stop();
}
function lighthouseModules(installDir, preset) {
    const root = (0,external_node_path_.join)(installDir, 'node_modules', 'lighthouse');
    return {
        lighthouseModule: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(root, 'core', 'index.js')).href,
        configModule: preset === 'desktop'
            ? (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(root, 'core', 'config', 'desktop-config.js')).href
            : undefined,
    };
}
function runChild(script, jobPath, timeoutMs, chrome) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(process.execPath, [script, jobPath], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        let timedOut = false;
        child.stderr.on('data', (d) => {
            if (stderr.length < 20_000)
                stderr += d.toString();
        });
        const kill = () => child.kill('SIGKILL');
        active.add(kill);
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, timeoutMs);
        // Without Chrome the run cannot finish; Lighthouse would only notice at its protocol timeout.
        chrome.onUnexpectedExit(kill);
        child.once('error', (error) => {
            clearTimeout(timer);
            active.delete(kill);
            reject(error);
        });
        child.once('exit', (code) => {
            clearTimeout(timer);
            active.delete(kill);
            resolve({ code, timedOut, stderr });
        });
    });
}
async function browserVersionOf(port) {
    try {
        const res = await fetch(`http://127.0.0.1:${port}/json/version`, { signal: AbortSignal.timeout(5000) });
        const body = (await res.json());
        return /\/([\d.]+)$/.exec(body.Browser ?? '')?.[1] ?? '';
    }
    catch {
        return '';
    }
}
/** One Lighthouse run in a fresh Chrome; throws LighthouseRunError with a specific message. */
async function runOnce(url, settings, ctx, label) {
    hookSignals();
    (0,external_node_fs_.mkdirSync)(ctx.outDir, { recursive: true });
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipshape-lh-'));
    let chrome;
    // Also run by the signal handler, which exits before `finally` could.
    const stop = () => {
        chrome?.stop();
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    };
    active.add(stop);
    try {
        try {
            chrome = await launchChrome(ctx.launcher, settings.chromePath, settings.chromeStartTimeoutMs);
        }
        catch (error) {
            if (error instanceof ChromeLaunchError) {
                throw new LighthouseRunError(error.message, error.notFound ? 'CHROME_NOT_FOUND' : 'CHROME_LAUNCH_FAILED', !error.notFound);
            }
            throw error;
        }
        ctx.onChromeStarted?.({ pid: chrome.pid, userDataDir: chrome.userDataDir });
        const browserVersion = await browserVersionOf(chrome.port);
        const script = (0,external_node_path_.join)(work, 'run-lighthouse.mjs');
        (0,external_node_fs_.writeFileSync)(script, CHILD_SCRIPT);
        const lhrPath = (0,external_node_path_.join)(ctx.outDir, `${label}.report.json`);
        const htmlPath = (0,external_node_path_.join)(ctx.outDir, `${label}.report.html`);
        const errorPath = (0,external_node_path_.join)(work, 'error.json');
        const jobPath = (0,external_node_path_.join)(work, 'job.json');
        (0,external_node_fs_.writeFileSync)(jobPath, JSON.stringify({
            url,
            port: chrome.port,
            ...lighthouseModules(ctx.installDir, settings.preset),
            maxWaitForLoad: settings.maxWaitForLoad,
            maxWaitForFcp: Math.min(settings.maxWaitForLoad, 30_000),
            extraHeaders: Object.keys(settings.extraHeaders).length > 0 ? settings.extraHeaders : undefined,
            throttlingMethod: settings.throttling,
            lhrPath,
            htmlPath,
            errorPath,
        }), { mode: 0o600 });
        // Lighthouse's own limits come first; this catches a page whose document never arrives, where
        // Lighthouse itself would wait far longer than maxWaitForLoad.
        const timeoutMs = settings.maxWaitForLoad + 30_000;
        const child = await runChild(script, jobPath, timeoutMs, chrome);
        if (chrome.exitedEarly())
            throw describeLighthouseError(url, 'CHROME_CRASHED', '');
        if (child.timedOut) {
            throw describeLighthouseError(url, 'RUN_TIMEOUT', `the page never finished loading: no result ${Math.round(timeoutMs / 1000)} s after the start (max-wait-for-load ${Math.round(settings.maxWaitForLoad / 1000)} s), so the run was stopped`);
        }
        if (child.code !== 0) {
            if ((0,external_node_fs_.existsSync)(errorPath)) {
                const failure = JSON.parse((0,external_node_fs_.readFileSync)(errorPath, 'utf8'));
                if (/Target closed|WebSocket is not open|socket hang up|ECONNRESET|Session closed/i.test(failure.message)) {
                    throw describeLighthouseError(url, 'CHROME_CRASHED', failure.message);
                }
                throw describeLighthouseError(url, failure.code, failure.message);
            }
            const tail = child.stderr.trim().split('\n').slice(-3).join(' ');
            throw new LighthouseRunError(`${url}: the Lighthouse process exited with code ${child.code}: ${tail}`, 'CHILD_FAILED', false);
        }
        const lhr = JSON.parse((0,external_node_fs_.readFileSync)(lhrPath, 'utf8'));
        if (lhr.runtimeError) {
            const { code, message } = lhr.runtimeError;
            if (UNREACHABLE_CODES.has(code))
                throw describeLighthouseError(url, code, await probeUnreachable(url, settings.extraHeaders));
            throw describeLighthouseError(url, code, message);
        }
        return { lhr, htmlPath, lhrPath, browserVersion };
    }
    finally {
        stop();
        active.delete(stop);
        await chrome?.exited();
    }
}
/** runOnce with up to `attempts` tries for failures that are the machine's, not the page's. */
async function runWithRetries(url, settings, ctx, label) {
    const attempts = Math.max(1, settings.attempts ?? 3);
    for (let attempt = 1;; attempt++) {
        try {
            return await runOnce(url, settings, ctx, label);
        }
        catch (error) {
            if (!(error instanceof LighthouseRunError) || !error.retryable || attempt >= attempts) {
                if (error instanceof LighthouseRunError && error.retryable) {
                    throw new LighthouseRunError(`${error.message}; gave up after ${attempt} attempts`, error.code, false);
                }
                throw error;
            }
            ctx.log.warning(`${error.message}; retrying (attempt ${attempt + 1} of ${attempts})`);
        }
    }
}

;// CONCATENATED MODULE: ./build/shared/lighthouse/audit.js
// The whole measurement: every URL, N runs (or K alternating base/head rounds), median run,
// slow-machine handling, then the pure decisions of shared/vitals.










function slug(text) {
    return (text
        .replace(/^https?:\/\//, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80) || 'page');
}
/** Fatal for the whole audit: no page can be measured without Chrome. */
function isFatal(error) {
    return (error instanceof LighthouseRunError &&
        (error.code === 'CHROME_NOT_FOUND' || error.code === 'CHROME_LAUNCH_FAILED'));
}
async function measure(o, url, label, budgetLeft, 
/** Runs thrown away for a slow machine, kept for the report. */
discarded) {
    for (;;) {
        const out = await runWithRetries(url, o.settings, o.ctx, label);
        const facts = extractRunFacts(out.lhr, out.browserVersion);
        const low = facts.benchmarkIndex < o.minBenchmarkIndex;
        const summary = {
            metrics: facts.metrics,
            benchmarkIndex: facts.benchmarkIndex,
            lowBenchmark: low,
            discarded: false,
            htmlReport: `${label}.report.html`,
            warnings: facts.warnings,
        };
        if (!low || budgetLeft.repeats <= 0)
            return { lhr: out.lhr, facts, summary };
        budgetLeft.repeats--;
        discarded.push({ ...summary, discarded: true });
        o.log.warning(`${redactUrl(url)}: benchmarkIndex ${Math.round(facts.benchmarkIndex)} is below min-benchmark-index ${o.minBenchmarkIndex} (the machine was too slow); run repeated`);
        label = `${label}-repeat`;
    }
}
function pickMedian(measured, median) {
    const fine = measured.filter((m) => !m.summary.lowBenchmark);
    const pool = fine.length > 0 ? fine : measured;
    for (const m of measured)
        m.summary.discarded = fine.length > 0 && m.summary.lowBenchmark;
    const chosen = pool.length === 1 ? pool[0].lhr : median(pool.map((m) => m.lhr));
    return measured.findIndex((m) => m.lhr === chosen);
}
async function auditTarget(o, target, median, index) {
    const display = redactUrl(target.url);
    const prefix = `${o.settings.preset}-${String(index + 1).padStart(2, '0')}-${slug(target.key)}`;
    const repeats = { repeats: o.maxRepeats };
    const head = [];
    const rounds = [];
    const warnings = [];
    const discarded = [];
    try {
        if (target.baseUrl) {
            // ABBA order: drift of the machine during the job falls on both sides alike.
            for (let r = 0; r < o.compare.rounds; r++) {
                const baseFirst = r % 2 === 0;
                const order = baseFirst ? ['base', 'head'] : ['head', 'base'];
                const got = {};
                for (const side of order) {
                    const url = side === 'base' ? target.baseUrl : target.url;
                    o.log.info(`${display}: round ${r + 1}/${o.compare.rounds}, ${side}`);
                    got[side] = await measure(o, url, `${prefix}-${side}-${r + 1}`, repeats, discarded);
                }
                const b = got.base;
                const h = got.head;
                head.push(h);
                if (b.summary.lowBenchmark || h.summary.lowBenchmark) {
                    warnings.push(`round ${r + 1} ran on a slow machine (benchmarkIndex below ${o.minBenchmarkIndex}) and is left out of the comparison`);
                    continue;
                }
                if (b.facts.lighthouseVersion !== h.facts.lighthouseVersion)
                    warnings.push('base and head ran different Lighthouse versions');
                rounds.push({ base: b.facts.metrics, head: h.facts.metrics });
            }
        }
        else {
            for (let r = 0; r < o.runs; r++) {
                o.log.info(`${display}: run ${r + 1}/${o.runs}`);
                head.push(await measure(o, target.url, `${prefix}-run-${r + 1}`, repeats, discarded));
            }
        }
    }
    catch (error) {
        if (isFatal(error))
            throw new errors/* UsageError */.eb(error.message);
        if (!(error instanceof LighthouseRunError))
            throw error;
        const message = error.message.split(target.url).join(display);
        if (target.baseUrl) {
            const baseDisplay = redactUrl(target.baseUrl);
            return failedUrl(display, target.key, o.settings.preset, message.split(target.baseUrl).join(baseDisplay), head.map((m) => m.summary));
        }
        return failedUrl(display, target.key, o.settings.preset, message, head.map((m) => m.summary));
    }
    const medianRun = pickMedian(head, median);
    const chosen = head[medianRun];
    const slow = head.filter((m) => m.summary.lowBenchmark).length + discarded.length;
    if (head.every((m) => m.summary.lowBenchmark)) {
        warnings.push(`every run ran on a slow machine (benchmarkIndex below ${o.minBenchmarkIndex}); figures are unreliable`);
    }
    else if (slow > 0) {
        warnings.push(`${slow} run(s) on a slow machine (benchmarkIndex below ${o.minBenchmarkIndex}) left out of the median`);
    }
    for (const w of new Set(head.flatMap((m) => m.summary.warnings)))
        warnings.push(`Lighthouse: ${w}`);
    let comparison;
    if (target.baseUrl) {
        comparison = {
            baseUrl: redactUrl(target.baseUrl),
            rounds: rounds.length,
            level: o.compare.level,
            metrics: compareRounds(METRIC_IDS, rounds, o.compare),
            versionMismatch: warnings.includes('base and head ran different Lighthouse versions'),
        };
    }
    return evaluateUrl({
        url: display,
        key: target.key,
        preset: o.settings.preset,
        // Kept runs first, so medianRun indexes into the same list.
        runs: [...head.map((m) => m.summary), ...discarded],
        medianRun,
        facts: chosen.facts,
        rules: budgetsFor(o.rules, target.url),
        cwvGate: o.cwvGate,
        comparison,
        failOnRegression: o.compare.failOnRegression,
        warnings,
    });
}
/** Audits every target with one preset, one run at a time. */
async function runAudit(o) {
    const mod = await importFromInstall(o.ctx.installDir, (0,external_node_path_.join)('lighthouse', 'core', 'lib', 'median-run.js'));
    const urls = [];
    for (const [i, target] of o.targets.entries())
        urls.push(await auditTarget(o, target, mod.computeMedianRun, i));
    return urls;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./build/shared/lighthouse/serve.js
// What is audited when there is no public URL: a static folder served here on 127.0.0.1, or an app
// the user's start-command runs, whose URL is polled until it answers. Both are always stopped.





const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.htm': 'text/html; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.webp': 'image/webp',
    '.avif': 'image/avif',
    '.ico': 'image/x-icon',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.txt': 'text/plain; charset=utf-8',
    '.xml': 'application/xml',
    '.wasm': 'application/wasm',
};
/** Serves `dir` on 127.0.0.1 (a free port); `/x/` serves `/x/index.html`. Never leaves `dir`. */
async function serveFolder(dir, input) {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new errors/* UsageError */.eb(`input '${input}': ${dir} is not a folder`);
    }
    const root = (0,external_node_fs_.realpathSync)(dir);
    const server = (0,external_node_http_.createServer)((req, res) => {
        let path;
        try {
            path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
        }
        catch {
            res.writeHead(400).end();
            return;
        }
        // Plain string building: ncc rewrites path.resolve/join calls it cannot evaluate into asset paths.
        const clean = external_node_path_.posix.normalize(path);
        if (clean.split('/').includes('..')) {
            res.writeHead(403).end();
            return;
        }
        let file = `${root}${clean}`;
        if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isDirectory())
            file = `${file.replace(/\/$/, '')}/index.html`;
        if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
            res
                .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
                .end('<!doctype html><title>Not found</title>');
            return;
        }
        res.writeHead(200, {
            'content-type': TYPES[(0,external_node_path_.extname)(file).toLowerCase()] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
        });
        (0,external_node_fs_.createReadStream)(file).pipe(res);
    });
    await new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(0, '127.0.0.1', ok);
    });
    const { port } = server.address();
    return {
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((ok) => {
            server.closeAllConnections();
            server.close(() => ok());
        }),
    };
}
async function answers(url) {
    try {
        const res = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
        await res.body?.cancel();
        return res.status < 500;
    }
    catch {
        return false;
    }
}
function stopGroup(child) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
        return;
    try {
        process.kill(-child.pid, 'SIGTERM');
    }
    catch {
        // Already gone.
    }
}
/**
 * Runs `command` with the shell in its own process group and waits until `url` answers (any
 * status below 500). Fails naming the command when it exits first or the wait times out.
 */
async function startApp(o) {
    const child = (0,external_node_child_process_.spawn)(o.command, {
        shell: true,
        cwd: o.cwd,
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => {
        if (stderr.length < 4000)
            stderr += d.toString();
    });
    const onSignal = () => stopGroup(child);
    process.once('exit', onSignal);
    const close = async () => {
        process.removeListener('exit', onSignal);
        if (child.exitCode !== null || child.signalCode !== null)
            return;
        const exited = new Promise((ok) => child.once('exit', () => ok()));
        stopGroup(child);
        const timer = setTimeout(() => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // Already gone.
            }
        }, 5000);
        await exited;
        clearTimeout(timer);
    };
    const deadline = Date.now() + o.timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) {
            const tail = stderr.trim().split('\n').slice(-3).join(' | ');
            throw new errors/* UsageError */.eb(`input 'start-command': '${o.command}' exited with code ${child.exitCode} before ${o.url} answered${tail ? `: ${tail}` : ''}`);
        }
        if (await answers(o.url))
            return { close };
        await new Promise((ok) => setTimeout(ok, 250));
    }
    await close();
    throw new errors/* UsageError */.eb(`input 'start-command': ${o.url} did not answer within ${Math.round(o.timeoutMs / 1000)} s of starting '${o.command}'`);
}

;// CONCATENATED MODULE: ./build/shared/lighthouse/pipeline.js
// One lighthouse-vitals run from options to report, shared by the action and the CLI: serve or
// start what is audited, install Lighthouse, audit each preset, always stop what was started.












function within(workspace, dir) {
    return (0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.resolve)(workspace, dir);
}
function loadRules(o, cwd) {
    if (!o.budgetFile)
        return o.budgetRules;
    const file = within(cwd, o.budgetFile);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* UsageError */.eb(`input 'budget-file': ${o.budgetFile} does not exist`);
    // File rules first: a rule in the input is more specific to this job and wins on a tie.
    return [...parseBudgetFile((0,external_node_fs_.readFileSync)(file, 'utf8'), o.budgetFile), ...o.budgetRules];
}
async function runVitals(o, deps) {
    const cwd = within(deps.workspace, o.workingDirectory);
    const rules = loadRules(o, cwd);
    const chrome = chooseChromePath(o.chromePath, deps.env);
    checkChromePath(chrome);
    const notes = [];
    const closers = [];
    // Before anything is started, so a cancelled job also stops the app and the static server.
    hookSignals();
    try {
        let headOrigin;
        let baseOrigin = o.baseUrl || undefined;
        if (o.staticDir) {
            const served = await serveFolder(within(cwd, o.staticDir), 'static-dir');
            closers.push(served.close);
            headOrigin = served.origin;
            if (o.baseStaticDir) {
                const base = await serveFolder(within(cwd, o.baseStaticDir), 'base-static-dir');
                closers.push(base.close);
                baseOrigin = base.origin;
            }
        }
        else if (o.startCommand) {
            const app = await startApp({
                command: o.startCommand,
                url: o.urls[0],
                timeoutMs: o.startTimeoutMs,
                cwd,
            });
            closers.push(app.close);
        }
        const targets = o.urls.map((u) => {
            const url = headOrigin ? `${headOrigin}${u}` : u;
            return {
                url,
                key: headOrigin ? u : redactUrl(u),
                baseUrl: baseOrigin ? onOrigin(url, baseOrigin) : undefined,
            };
        });
        const install = deps.installDir
            ? { dir: deps.installDir, source: 'given' }
            : await ensureLighthouse({ root: deps.installRoot, cache: deps.cache, log: deps.log });
        const launcher = await loadChromeLauncher(install.dir);
        const urls = [];
        for (const preset of o.presets) {
            urls.push(...(await runAudit({
                name: o.name,
                targets,
                runs: o.runs,
                settings: {
                    preset,
                    throttling: o.throttling,
                    extraHeaders: o.headers,
                    maxWaitForLoad: o.maxWaitForLoadMs,
                    chromePath: chrome.path,
                },
                rules,
                cwvGate: o.cwvGate,
                minBenchmarkIndex: o.minBenchmarkIndex,
                maxRepeats: 2,
                compare: {
                    relative: o.threshold,
                    level: o.confidence,
                    rounds: o.compareRounds,
                    failOnRegression: o.failOnRegression,
                },
                ctx: { installDir: install.dir, launcher, outDir: deps.outDir, log: deps.log },
                log: deps.log,
            })));
        }
        if (targets.some((t) => t.baseUrl) && o.compareRounds < 6 && o.confidence >= 0.95) {
            notes.push(`With ${o.compareRounds} round(s) no interval at 95% confidence exists: use compare-rounds: 6 or more for a verdict.`);
        }
        return {
            report: buildReport({ name: o.name, presets: o.presets, runsPerUrl: o.runs, urls }),
            notes,
            installed: {
                lighthouse: LIGHTHOUSE_VERSION,
                chromeLauncher: CHROME_LAUNCHER_VERSION,
                source: install.source,
            },
        };
    }
    finally {
        for (const close of closers.reverse())
            await close().catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./build/shared/runtime/failure.js
var failure = __webpack_require__(74725);
// EXTERNAL MODULE: ./build/shared/history/select.js + 3 modules
var history_select = __webpack_require__(62806);
// EXTERNAL MODULE: ./build/shared/runtime/inputs.js
var inputs = __webpack_require__(8998);
;// CONCATENATED MODULE: ./build/shared/vitals/options.js
// Inputs of the action and flags of the CLI, read into one typed, validated value.




function number(source, name, fallback, o) {
    const raw = source.get(name);
    if (raw === '')
        return fallback;
    const value = Number(raw.replace(/%$/, ''));
    if (!Number.isFinite(value) || value < o.min || value > o.max || (o.integer && !Number.isInteger(value))) {
        throw new errors/* InputError */.dz(name, `expected ${o.integer ? 'a whole number' : 'a number'} from ${o.min} to ${o.max}, got '${raw}'`);
    }
    return value;
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** `Name: value` lines, plus `name=value` cookie lines folded into one Cookie header. */
function parseHeaders(headerText, cookieText) {
    const headers = {};
    headerText.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        if (!HEADER_NAME.test(name))
            throw new errors/* InputError */.dz('headers', `line ${i + 1}: expected 'Name: value' (the value is not shown)`);
        headers[name] = line.slice(colon + 1).trim();
    });
    const cookies = [];
    cookieText.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        if (eq <= 0 || /[;\s]/.test(line.slice(0, eq)))
            throw new errors/* InputError */.dz('cookies', `line ${i + 1}: expected 'name=value' (the value is not shown)`);
        cookies.push(line);
    });
    if (cookies.length > 0) {
        const existing = Object.keys(headers).find((k) => k.toLowerCase() === 'cookie');
        const joined = [existing ? headers[existing] : undefined, ...cookies].filter(Boolean).join('; ');
        if (existing)
            delete headers[existing];
        headers.Cookie = joined;
    }
    return headers;
}
/** The secret parts of the headers, for masking: every value, and each cookie value alone. */
function secretValues(headers) {
    const out = new Set();
    for (const [name, value] of Object.entries(headers)) {
        if (value)
            out.add(value);
        if (name.toLowerCase() === 'cookie') {
            for (const part of value.split(/;\s*/)) {
                const v = part.slice(part.indexOf('=') + 1);
                if (v.length >= 3)
                    out.add(v);
            }
        }
    }
    return [...out];
}
function readVitalsOptions(source) {
    const staticDir = source.get('static-dir');
    const startCommand = source.get('start-command');
    if (staticDir && startCommand)
        throw new errors/* InputError */.dz('start-command', "give either 'static-dir' or 'start-command', not both");
    const urls = (0,inputs/* readList */.LD)(source, 'urls');
    if (urls.length === 0 && !staticDir) {
        throw new errors/* InputError */.dz('urls', startCommand
            ? 'give the URL(s) the start-command serves'
            : "give at least one URL, or a 'static-dir' to serve");
    }
    const fromOrigin = Boolean(staticDir);
    for (const u of urls) {
        if (/^https?:\/\//i.test(u)) {
            try {
                new URL(u);
            }
            catch {
                throw new errors/* InputError */.dz('urls', `'${u}' is not a valid URL`);
            }
            if (fromOrigin)
                throw new errors/* InputError */.dz('urls', `with 'static-dir' give paths such as /about/, not '${u}'`);
        }
        else if (!fromOrigin) {
            throw new errors/* InputError */.dz('urls', `'${u}' is not an http(s) URL (paths are allowed only with 'static-dir')`);
        }
        else if (!u.startsWith('/')) {
            throw new errors/* InputError */.dz('urls', `'${u}' must start with / (a path under static-dir)`);
        }
    }
    const presets = (0,inputs/* readList */.LD)(source, 'presets').map((p) => p.toLowerCase());
    for (const p of presets) {
        if (p !== 'desktop' && p !== 'mobile')
            throw new errors/* InputError */.dz('presets', `expected desktop and/or mobile, got '${p}'`);
    }
    const baseUrl = source.get('base-url');
    const baseStaticDir = source.get('base-static-dir');
    if (baseUrl && baseStaticDir)
        throw new errors/* InputError */.dz('base-url', "give either 'base-url' or 'base-static-dir', not both");
    if (baseStaticDir && !staticDir)
        throw new errors/* InputError */.dz('base-static-dir', "needs 'static-dir' (the head build served beside it)");
    if (baseUrl && !/^https?:\/\/[^/]/i.test(baseUrl))
        throw new errors/* InputError */.dz('base-url', `'${baseUrl}' is not an http(s) origin`);
    const budgetText = source.get('budgets');
    return {
        name: source.get('name'),
        urls: urls.length > 0 ? urls : ['/'],
        staticDir,
        startCommand,
        startTimeoutMs: number(source, 'start-timeout', 60, { min: 1, max: 3600 }) * 1000,
        baseUrl,
        baseStaticDir,
        presets: presets.length > 0 ? [...new Set(presets)] : ['desktop'],
        runs: number(source, 'runs', 3, { min: 1, max: 25, integer: true }),
        throttling: (0,inputs/* readChoice */.Kf)(source, 'throttling', ['devtools', 'simulate', 'provided'], 'devtools'),
        budgetRules: budgetText ? parseBudgetLines(budgetText, "input 'budgets'") : [],
        budgetFile: source.get('budget-file'),
        cwvGate: (0,inputs/* readChoice */.Kf)(source, 'cwv-gate', ['off', 'poor', 'needs-improvement'], 'poor'),
        minBenchmarkIndex: number(source, 'min-benchmark-index', 500, { min: 0, max: 1e9 }),
        compareRounds: number(source, 'compare-rounds', 6, { min: 1, max: 30, integer: true }),
        threshold: number(source, 'threshold', 10, { min: 0, max: 1000 }) / 100,
        confidence: number(source, 'confidence', 0.95, { min: 0.5, max: 0.999 }),
        failOnRegression: (0,inputs/* readBoolean */.Vf)(source, 'fail-on-regression', true),
        headers: parseHeaders(source.get('headers'), source.get('cookies')),
        chromePath: source.get('chrome-path'),
        maxWaitForLoadMs: number(source, 'max-wait-for-load', 45, { min: 1, max: 600 }) * 1000,
        comment: (0,inputs/* readBoolean */.Vf)(source, 'comment', true),
        uploadReports: (0,inputs/* readBoolean */.Vf)(source, 'upload-reports', true),
        history: (0,inputs/* readBoolean */.Vf)(source, 'history', true),
        historyBackend: (0,inputs/* readChoice */.Kf)(source, 'history-backend', history_select/* HISTORY_BACKENDS */.VE, 'auto'),
        workingDirectory: source.get('working-directory') || '.',
    };
}

// EXTERNAL MODULE: ./build/shared/report/markdown.js
var markdown = __webpack_require__(15210);
// EXTERNAL MODULE: ./build/shared/report/runbooks.js
var runbooks = __webpack_require__(65186);
// EXTERNAL MODULE: ./build/shared/report/trend.js
var report_trend = __webpack_require__(81428);
;// CONCATENATED MODULE: ./build/shared/vitals/render.js





const VERDICT_TEXT = {
    regression: '🔺 regression',
    improvement: '✅ improvement',
    'no-change': '➖ no change',
    inconclusive: '❔ inconclusive',
};
function formatChange(c) {
    if (c.scale === 'ratio') {
        const p = (v) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%`;
        const interval = Number.isFinite(c.lower) && Number.isFinite(c.upper) ? ` [${p(c.lower)}, ${p(c.upper)}]` : '';
        return `${p(c.change)}${interval}`;
    }
    const d = (v) => `${v >= 0 ? '+' : '−'}${metrics_formatMetric(c.metric, Math.abs(v))}`;
    const interval = Number.isFinite(c.lower) && Number.isFinite(c.upper) ? ` [${d(c.lower)}, ${d(c.upper)}]` : '';
    return `${d(c.change)}${interval}`;
}
function budgetCell(u, id) {
    const b = u.budgets.find((x) => x.metric === id);
    if (!b)
        return '';
    return `${b.passed ? '✅' : '❌'} ${b.kind === 'max' ? '≤' : '≥'} ${metrics_formatMetric(id, b.limit)}`;
}
function metricRows(u) {
    const rows = [];
    for (const spec of METRICS) {
        const value = u.median[spec.id];
        if (value === undefined)
            continue;
        const rating = u.ratings[spec.id];
        const cmp = u.comparison?.metrics.find((m) => m.metric === spec.id);
        const prev = u.previous?.metrics[spec.id];
        const base = cmp
            ? metrics_formatMetric(spec.id, cmp.base)
            : prev !== undefined
                ? `${metrics_formatMetric(spec.id, prev)} (history)`
                : '';
        const change = cmp ? formatChange(cmp) : '';
        const verdict = cmp
            ? `${VERDICT_TEXT[cmp.verdict]}${cmp.verdict === 'inconclusive' ? `: ${(0,markdown/* escapeText */.X1)(cmp.reason)}` : ''}`
            : '';
        rows.push([
            (0,markdown/* escapeText */.X1)(spec.label),
            metrics_formatMetric(spec.id, value),
            rating ? `${ratings_RATING_EMOJI[rating]} ${rating}` : '',
            budgetCell(u, spec.id),
            base,
            change,
            verdict,
        ]);
    }
    return rows;
}
function runsLine(u) {
    const used = u.runs.filter((r) => !r.discarded);
    const perf = u.runs.map((r) => (r.metrics.performance === undefined ? '–' : String(r.metrics.performance)));
    const lcp = u.runs.map((r) => metrics_formatMetric('lcp', r.metrics.lcp));
    const slow = u.runs.filter((r) => r.lowBenchmark).length;
    return [
        `${u.runs.length} run(s), median run #${(u.medianRun ?? 0) + 1} of the ${used.length} used; performance per run: ${perf.join(', ')}; LCP per run: ${lcp.join(', ')}.`,
        `Lighthouse ${(0,markdown/* escapeText */.X1)(u.lighthouseVersion)}, Chrome ${(0,markdown/* escapeText */.X1)(u.chromeVersion || 'unknown')}, benchmarkIndex ${u.benchmarkIndex ?? '–'}${slow > 0 ? ` (⚠️ ${slow} run(s) on a slow machine)` : ''}.`,
    ].join(' ');
}
function renderUrl(u, o) {
    const head = `### ${u.passed ? '✅' : '❌'} ${(0,markdown/* code */.aY)(u.url)} (${u.preset})`;
    if (u.status === 'failed')
        return `${head}\n\n${(0,markdown/* escapeText */.X1)(u.error ?? 'not measured')}`;
    const parts = [head];
    if (u.reasons.length > 0)
        parts.push(u.reasons.map((r) => `- ${(0,markdown/* escapeText */.X1)(r)}`).join('\n'));
    parts.push((0,markdown/* table */.tp)(['Metric', 'Value', 'Rating', 'Budget', 'Base', 'Change', 'Verdict'], metricRows(u), [
        'l',
        'r',
        'l',
        'l',
        'r',
        'r',
        'l',
    ]));
    if (u.comparison) {
        const c = u.comparison;
        parts.push(`Base ${(0,markdown/* code */.aY)(c.baseUrl)} and head audited alternately, ${c.rounds} round(s); intervals at ${(c.level * 100).toFixed(0)}% confidence.${c.versionMismatch ? ' ⚠️ Base and head ran different Lighthouse versions: shown, not gated.' : ''}`);
    }
    if (u.previous?.versionMismatch) {
        parts.push(`⚠️ The history baseline (${(0,markdown/* code */.aY)(u.previous.sha.slice(0, 7))}) was measured with Lighthouse ${(0,markdown/* escapeText */.X1)(u.previous.lighthouseVersion)}: compare with care.`);
    }
    for (const w of u.warnings)
        parts.push(`⚠️ ${(0,markdown/* escapeText */.X1)(w)}`);
    parts.push(runsLine(u));
    const trend = o.trends?.[`${u.preset} ${u.key}`];
    if (trend && trend.length >= 2) {
        parts.push((0,markdown/* details */.zH)('Performance score on the default branch', (0,report_trend/* mermaidTrend */.Rx)({
            title: 'Performance score',
            labels: trend.map((p) => p.label),
            values: trend.map((p) => p.value),
            yLabel: 'score',
            min: 0,
            max: 100,
        })));
    }
    return parts.join('\n\n');
}
function renderTitle(report) {
    const failed = report.urls.filter((u) => !u.passed).length;
    const name = report.name ? ` (${(0,markdown/* escapeText */.X1)(report.name)})` : '';
    const verdict = report.passed
        ? '✅ passed'
        : `❌ failed (${failed} of ${report.urls.length} URL(s)) ${(0,markdown/* link */.nf)('What to do', (0,runbooks/* runbookUrl */.oV)('lighthouse-vitals', 'budget'))}`;
    return `## Lighthouse vitals${name}: ${verdict}`;
}
/** The job summary: every URL with its table, reasons, runs and trend. */
function renderSummary(report, o = {}) {
    const parts = [renderTitle(report)];
    parts.push(`Preset ${report.presets.join(' and ')}, ${report.runsPerUrl} run(s) per URL. TBT is the lab stand-in for INP. Ratings: Core Web Vitals thresholds (LCP, CLS, FCP, TTFB); Lighthouse's scoring thresholds for TBT and Speed Index.`);
    for (const n of o.notes ?? [])
        parts.push((0,markdown/* escapeText */.X1)(n));
    if (o.reportsArtifact)
        parts.push(`HTML reports: workflow artifact ${(0,markdown/* code */.aY)(o.reportsArtifact)}.`);
    for (const u of report.urls)
        parts.push(renderUrl(u, o));
    return `${parts.join('\n\n')}\n`;
}
/** The compact pull request comment, as sections that renderWithinBudget can shorten. */
function commentSections(report, o = {}) {
    const main = ['performance', 'lcp', 'cls', 'tbt'];
    const rows = report.urls.map((u) => {
        if (u.status === 'failed')
            return [`${'❌'} ${code(u.url)}`, escapeText(u.error ?? ''), '', '', ''];
        const cell = (id) => {
            const rating = u.ratings[id];
            const cmp = u.comparison?.metrics.find((m) => m.metric === id);
            const verdict = cmp && cmp.verdict !== 'no-change' ? ` ${VERDICT_TEXT[cmp.verdict].split(' ')[0]}` : '';
            return `${rating ? `${RATING_EMOJI[rating]} ` : ''}${formatMetric(id, u.median[id])}${verdict}`;
        };
        return [
            `${u.passed ? '✅' : '❌'} ${code(u.url)}${report.presets.length > 1 ? ` (${u.preset})` : ''}`,
            ...main.map(cell),
        ];
    });
    const headers = ['URL', ...main.map((id) => escapeText(metricSpec(id).label.replace(/ \(.*\)$/, '')))];
    const where = o.reportsArtifact ? ` HTML reports: artifact ${code(o.reportsArtifact)}.` : '';
    const sections = [
        {
            id: 'title',
            label: 'Result',
            priority: 0,
            required: true,
            markdown: `${renderTitle(report)}\n\nTBT is the lab stand-in for INP.${where}`,
        },
        { id: 'table', label: 'Metrics per URL', priority: 1, markdown: table(headers, rows) },
    ];
    const reasons = report.urls.flatMap((u) => u.reasons.map((r) => `- ${code(u.url)} (${u.preset}): ${escapeText(r)}`));
    if (reasons.length > 0)
        sections.push({ id: 'reasons', label: 'Why it failed', priority: 0, markdown: reasons.join('\n') });
    return sections;
}

;// CONCATENATED MODULE: ./build/cli/lighthouse-vitals.js











const HELP = `Usage: shipshape lighthouse-vitals [flags] [url...]

  --urls <url>                page(s) to audit (repeatable); paths with --static-dir
  --static-dir <dir>          serve this folder on 127.0.0.1 and audit it
  --start-command <cmd>       start the app first; the first URL is polled until it answers
  --base-url <origin>         also audit the same paths there, alternately, and compare
  --base-static-dir <dir>     the base build as a folder served beside --static-dir
  --presets <p>               desktop | mobile | desktop,mobile (default desktop)
  --runs <n>                  runs per URL (default 3)   --compare-rounds <n> (default 6)
  --throttling <t>            devtools (default) | simulate | provided
  --budgets <rules>           e.g. 'lcp=2.5s, cls=0.1' or '/blog/**: performance=90' (repeatable)
  --budget-file <file>        YAML or JSON budgets
  --cwv-gate <g>              poor (default) | needs-improvement | off
  --headers <h>               'Name: value' (repeatable)    --cookies <c>  'name=value' (repeatable)
  --chrome-path <path>        default CHROME_PATH or what chrome-launcher finds
  --report <file>             write the JSON report here
  --markdown                  print the Markdown summary instead of plain text

Lighthouse is installed once into $SHIPSHAPE_TOOL_CACHE (default ~/.cache/shipshape).
Exit codes: 0 passed, 1 a budget or gate failed, 2 bad input or a page could not be measured, 3 internal error.`;
const FLAGS = {
    urls: { type: 'string', multiple: true },
    'static-dir': { type: 'string' },
    'start-command': { type: 'string' },
    'start-timeout': { type: 'string' },
    'base-url': { type: 'string' },
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
const stderrLogger = {
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    debug: () => { },
};
function renderText(report) {
    const lines = [];
    for (const u of report.urls) {
        lines.push(`${u.passed ? 'PASS' : 'FAIL'} ${u.url} (${u.preset})`);
        if (u.status === 'failed') {
            lines.push(`  ${u.error}`);
            continue;
        }
        for (const spec of METRICS) {
            const v = u.median[spec.id];
            if (v === undefined)
                continue;
            const rating = u.ratings[spec.id];
            const verdict = u.comparison?.metrics.find((m) => m.metric === spec.id);
            lines.push(`  ${spec.label.padEnd(44)} ${metrics_formatMetric(spec.id, v).padStart(8)} ${rating ? ratings_RATING_EMOJI[rating] : '  '}${verdict ? `  ${verdict.verdict}` : ''}`);
        }
        for (const r of u.reasons)
            lines.push(`  ✗ ${r}`);
    }
    lines.push(`Lighthouse ${report.lighthouseVersion}, Chrome ${report.chromeVersion}`);
    return `${lines.join('\n')}\n`;
}
async function runLighthouseVitalsCli(argv) {
    try {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
        }
        catch (error) {
            throw new errors/* InputError */.dz('flags', `${error.message}\n\n${HELP}`);
        }
        const { values, positionals } = parsed;
        if (values.help) {
            process.stdout.write(`${HELP}\n`);
            return errors/* EXIT */.dc.ok;
        }
        if (positionals.length > 0)
            values.urls = [...(values.urls ?? []), ...positionals];
        const source = {
            get(name) {
                if (name === 'history' || name === 'comment' || name === 'upload-reports')
                    return 'false';
                const value = values[name];
                if (Array.isArray(value))
                    return value.join('\n').trim();
                return typeof value === 'string' ? value.trim() : '';
            },
        };
        const options = readVitalsOptions(source);
        const outDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipshape-lighthouse-'));
        const run = await runVitals(options, {
            installRoot: process.env.SHIPSHAPE_TOOL_CACHE ||
                (0,external_node_path_.join)(process.env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'shipshape'),
            outDir,
            workspace: process.cwd(),
            env: process.env,
            log: stderrLogger,
        });
        if (values.report)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(values.report), `${JSON.stringify(run.report, null, 2)}\n`);
        process.stdout.write(values.markdown ? renderSummary(run.report, { notes: run.notes }) : renderText(run.report));
        process.stderr.write(`HTML reports: ${outDir}\n`);
        if (run.report.urls.some((u) => u.status === 'failed'))
            return errors/* EXIT */.dc.badInput;
        return run.report.passed ? errors/* EXIT */.dc.ok : errors/* EXIT */.dc.gateFailed;
    }
    catch (error) {
        const { exitCode, message } = (0,failure/* classifyFailure */.X)(error);
        process.stderr.write(`shipshape lighthouse-vitals: ${message}\n`);
        return exitCode;
    }
}


/***/ }),

/***/ 97967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ standardDeviation),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   bW: () => (/* binding */ robustSpread)
/* harmony export */ });
/* unused harmony exports quantile, mean */
// Descriptive statistics over plain arrays of numbers.
function sorted(values) {
    return [...values].sort((a, b) => a - b);
}
/** The p-quantile by linear interpolation between order statistics (R type 7). */
function quantile(values, p) {
    if (values.length === 0)
        return Number.NaN;
    const s = sorted(values);
    const h = (s.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.ceil(h);
    const a = s[lo];
    const b = s[hi];
    return a + (b - a) * (h - lo);
}
function median(values) {
    return quantile(values, 0.5);
}
function mean(values) {
    if (values.length === 0)
        return Number.NaN;
    return values.reduce((a, b) => a + b, 0) / values.length;
}
/** Sample standard deviation (n − 1 in the denominator). */
function standardDeviation(values) {
    if (values.length < 2)
        return Number.NaN;
    const m = mean(values);
    return Math.sqrt(values.reduce((acc, v) => acc + (v - m) ** 2, 0) / (values.length - 1));
}
/** Median absolute deviation scaled by 1.4826, a standard-deviation estimate that ignores outliers. */
function robustSpread(values) {
    if (values.length < 2)
        return Number.NaN;
    const m = median(values);
    return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}


/***/ }),

/***/ 40037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ normalQuantile),
/* harmony export */   v: () => (/* binding */ normalCdf)
/* harmony export */ });
// The standard normal distribution, for the large-sample approximations of the rank tests.
/** P(Z ≤ z) for a standard normal Z (Zelen & Severo 26.2.17 via erfc; absolute error < 1e-7). */
function normalCdf(z) {
    if (z === Number.POSITIVE_INFINITY)
        return 1;
    if (z === Number.NEGATIVE_INFINITY)
        return 0;
    return 0.5 * erfc(-z / Math.SQRT2);
}
function erfc(x) {
    // Numerical Recipes' Chebyshev fit, fractional error below 1.2e-7 everywhere.
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 +
                                                    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** The z with P(Z ≤ z) = p (Acklam's rational approximation, relative error < 1.2e-9). */
function normalQuantile(p) {
    if (!(p > 0 && p < 1)) {
        if (p === 0)
            return Number.NEGATIVE_INFINITY;
        if (p === 1)
            return Number.POSITIVE_INFINITY;
        throw new RangeError(`probability must be in [0, 1], got ${p}`);
    }
    const a = [
        -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
        2.506628277459239,
    ];
    const b = [
        -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
    ];
    const c = [
        -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
        2.938163982698783,
    ];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
    const low = 0.02425;
    const poly = (k, x) => k.reduce((acc, v) => acc * x + v, 0);
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        return poly(c, q) / (poly(d, q) * q + 1);
    }
    if (p > 1 - low) {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        return -poly(c, q) / (poly(d, q) * q + 1);
    }
    const q = p - 0.5;
    const r = q * q;
    return (poly(a, r) * q) / (poly(b, r) * r + 1);
}


/***/ }),

/***/ 85977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ hodgesLehmannInterval),
/* harmony export */   gv: () => (/* binding */ minimumPairs)
/* harmony export */ });
/* unused harmony exports EXACT_SIGNED_RANK_LIMIT, signedRankDistribution, signedRankTest, walshAverages, signedRankCut */
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97967);
/* harmony import */ var _normal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40037);
// Wilcoxon's signed-rank test and the Hodges-Lehmann estimate of a one-sample (paired) location,
// with the distribution-free confidence interval that inverts the test (Hollander & Wolfe, ch. 3).


/** Above this many values the exact null distribution gives way to the normal approximation. */
const EXACT_SIGNED_RANK_LIMIT = 50;
/** P(T+ = t) for t = 0 … n(n+1)/2 under H0 (every sign pattern of ranks 1…n equally likely). */
function signedRankDistribution(n) {
    const max = (n * (n + 1)) / 2;
    let counts = new Array(max + 1).fill(0);
    counts[0] = 1;
    for (let rank = 1; rank <= n; rank++) {
        const next = [...counts];
        for (let s = rank; s <= max; s++)
            next[s] = next[s] + counts[s - rank];
        counts = next;
    }
    const total = 2 ** n;
    return counts.map((c) => c / total);
}
/** Average ranks of |values| (ties share their mean rank); zeros are the caller's business. */
function absoluteRanks(values) {
    const order = values.map((v, i) => ({ a: Math.abs(v), i })).sort((x, y) => x.a - y.a);
    const ranks = new Array(values.length).fill(0);
    for (let start = 0; start < order.length;) {
        let end = start;
        while (end + 1 < order.length &&
            order[end + 1].a === order[start].a)
            end++;
        const rank = (start + end) / 2 + 1;
        for (let k = start; k <= end; k++)
            ranks[order[k].i] = rank;
        start = end + 1;
    }
    return ranks;
}
/** The two-sided signed-rank test; exact without ties for small samples, else normal with tie and continuity corrections. */
function signedRankTest(values) {
    const nonZero = values.filter((v) => v !== 0);
    const n = nonZero.length;
    if (n === 0)
        return { statistic: 0, pValue: 1, exact: true };
    const ranks = absoluteRanks(nonZero);
    const statistic = nonZero.reduce((acc, v, i) => (v > 0 ? acc + ranks[i] : acc), 0);
    const tied = new Set(ranks).size < ranks.length;
    if (!tied && n <= EXACT_SIGNED_RANK_LIMIT) {
        const dist = signedRankDistribution(n);
        const lower = dist.slice(0, statistic + 1).reduce((a, b) => a + b, 0);
        const upper = dist.slice(statistic).reduce((a, b) => a + b, 0);
        return { statistic, pValue: Math.min(1, 2 * Math.min(lower, upper)), exact: true };
    }
    const expected = (n * (n + 1)) / 4;
    const tieGroups = new Map();
    for (const r of ranks)
        tieGroups.set(r, (tieGroups.get(r) ?? 0) + 1);
    const tieTerm = [...tieGroups.values()].reduce((acc, t) => acc + (t ** 3 - t), 0) / 48;
    const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm);
    if (sd === 0)
        return { statistic, pValue: 1, exact: false };
    const z = (Math.abs(statistic - expected) - 0.5) / sd;
    return { statistic, pValue: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))), exact: false };
}
/** Pairwise means (x_i + x_j)/2 for i ≤ j, sorted: the Walsh averages. */
function walshAverages(values) {
    const out = [];
    for (let i = 0; i < values.length; i++) {
        for (let j = i; j < values.length; j++)
            out.push((values[i] + values[j]) / 2);
    }
    return out.sort((a, b) => a - b);
}
/**
 * The number of Walsh averages to cut from each end for a two-sided interval of at least `level`:
 * the largest c with P(T+ ≤ c − 1) ≤ (1 − level)/2. 0 means the level cannot be reached.
 */
function signedRankCut(n, level) {
    const tail = (1 - level) / 2;
    if (n <= EXACT_SIGNED_RANK_LIMIT) {
        const dist = signedRankDistribution(n);
        let cumulative = 0;
        let cut = 0;
        for (let t = 0; t < dist.length; t++) {
            cumulative += dist[t];
            if (cumulative > tail)
                break;
            cut = t + 1;
        }
        const below = dist.slice(0, cut).reduce((a, b) => a + b, 0);
        return { cut, achievedLevel: 1 - 2 * below };
    }
    const mean = (n * (n + 1)) / 4;
    const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
    const cut = Math.max(0, Math.floor(mean - (0,_normal_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Z)(1 - tail) * sd));
    return { cut, achievedLevel: level };
}
/** Hodges-Lehmann estimate and the signed-rank confidence interval for the centre of `values`. */
function hodgesLehmannInterval(values, level) {
    if (values.length === 0)
        throw new RangeError('no values');
    const walsh = walshAverages(values);
    const estimate = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(walsh);
    const { cut, achievedLevel } = signedRankCut(values.length, level);
    if (cut === 0) {
        return {
            estimate,
            lower: Number.NEGATIVE_INFINITY,
            upper: Number.POSITIVE_INFINITY,
            achievedLevel: 1,
            attainable: false,
        };
    }
    return {
        estimate,
        lower: walsh[cut - 1],
        upper: walsh[walsh.length - cut],
        achievedLevel,
        attainable: true,
    };
}
/** The smallest number of pairs whose signed-rank interval can reach `level` at all. */
function minimumPairs(level) {
    for (let n = 1; n <= EXACT_SIGNED_RANK_LIMIT; n++)
        if (signedRankCut(n, level).cut > 0)
            return n;
    return EXACT_SIGNED_RANK_LIMIT + 1;
}


/***/ }),

/***/ 40025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ classifyChange),
/* harmony export */   nv: () => (/* binding */ minimumDetectableEffect),
/* harmony export */   up: () => (/* binding */ simultaneousLevel)
/* harmony export */ });
/* unused harmony export holmAdjust */
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97967);
/* harmony import */ var _normal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40037);
// The decision rule shared by every comparison: a confidence interval for the change, read against a
// practical threshold. All figures are on the log scale and oriented so that positive means worse.


/**
 * The rule, with t = ln(1 + threshold):
 * - regression: the interval lies above 0 (the change is real) and the estimate is above t (it matters);
 * - improvement: the mirror image, interval below 0 and estimate below −t;
 * - no change: the whole interval lies inside (−t, t), an equivalence test at the same level;
 * - inconclusive: anything else (too noisy, or a real change whose size cannot yet be told from t).
 * Requiring both a significant interval and an estimate past t keeps tiny but real shifts (a 1%
 * change measured very precisely) from failing a build, and keeps noisy runs from passing as "no change".
 */
function classifyChange(change, threshold) {
    const t = Math.log1p(threshold);
    const { estimate, lower, upper } = change;
    const pct = (v) => `${(Math.expm1(v) * 100).toFixed(1)}%`;
    if (lower > 0 && estimate > t)
        return { verdict: 'regression', reason: `worse by ${pct(estimate)}` };
    if (upper < 0 && estimate < -t)
        return { verdict: 'improvement', reason: `better by ${pct(-estimate)}` };
    if (lower > -t && upper < t)
        return { verdict: 'no-change', reason: `within ±${pct(t)}` };
    if (!Number.isFinite(lower) || !Number.isFinite(upper)) {
        return { verdict: 'inconclusive', reason: 'too few rounds for an interval at this level' };
    }
    if (lower > 0 || upper < 0) {
        return {
            verdict: 'inconclusive',
            reason: `a change of ${pct(estimate)} is real but the interval [${pct(lower)}, ${pct(upper)}] reaches past the ${pct(t)} threshold`,
        };
    }
    return {
        verdict: 'inconclusive',
        reason: `the interval [${pct(lower)}, ${pct(upper)}] is wider than ±${pct(t)}`,
    };
}
/** Bonferroni: the level of each of `comparisons` intervals so that all hold together with `level`. */
function simultaneousLevel(level, comparisons) {
    return 1 - (1 - level) / Math.max(1, comparisons);
}
/**
 * Holm's step-down adjustment of p-values: the adjusted p of the k-th smallest is
 * max over j ≤ k of min(1, (m − j + 1)·p_(j)). Returned in the input order.
 */
function holmAdjust(pValues) {
    const m = pValues.length;
    const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
    const adjusted = new Array(m).fill(1);
    let running = 0;
    order.forEach(({ p, i }, k) => {
        running = Math.max(running, Math.min(1, (m - k) * p));
        adjusted[i] = running;
    });
    return adjusted;
}
/**
 * The smallest true change (log scale) that `rounds` paired log-ratios with this spread would find
 * with 80% power at the two-sided `level`: (z_{1−α/2} + z_{0.8}) · σ / √K, with σ taken robustly and
 * inflated by √(π/3) for the signed-rank test's efficiency against the t-test on normal data.
 */
function minimumDetectableEffect(logRatios, level, power = 0.8) {
    const k = logRatios.length;
    if (k < 2)
        return Number.POSITIVE_INFINITY;
    const robust = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .robustSpread */ .bW)(logRatios);
    const sigma = robust > 0 ? robust : (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .standardDeviation */ .Fx)(logRatios);
    const z = (0,_normal_js__WEBPACK_IMPORTED_MODULE_1__/* .normalQuantile */ .Z)(1 - (1 - level) / 2) + (0,_normal_js__WEBPACK_IMPORTED_MODULE_1__/* .normalQuantile */ .Z)(power);
    return (z * sigma * Math.sqrt(Math.PI / 3)) / Math.sqrt(k);
}


/***/ })

};
