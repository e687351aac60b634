export const id = 57;
export const ids = [57];
export const modules = {

/***/ 38057:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPerfRegressionCli: () => (/* binding */ runPerfRegressionCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: ./build/shared/runtime/inputs.js
var runtime_inputs = __webpack_require__(8998);
// EXTERNAL MODULE: ./build/shared/stats/signed-rank.js
var signed_rank = __webpack_require__(85977);
// EXTERNAL MODULE: ./build/shared/stats/verdict.js
var verdict = __webpack_require__(40025);
;// CONCATENATED MODULE: ./build/shared/perf/metrics.js
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

;// CONCATENATED MODULE: ./build/shared/perf/options.js
// The perf-regression settings, read from action inputs or CLI flags with the same names.





const MODES = ['ab', 'aa', 'go-bench', 'json-bench'];
function number(source, name, fallback, min, max, integer = false) {
    const raw = source.get(name);
    if (raw === '')
        return fallback;
    const value = Number(raw.replace(/s$/, ''));
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
        throw new errors/* InputError */.dz(name, `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got '${raw}'`);
    }
    return value;
}
/** '5%' or '5' → 0.05. */
function percent(source, name, fallback, min, max) {
    const raw = source.get(name);
    if (raw === '')
        return fallback;
    const value = Number(raw.replace(/%$/, ''));
    if (!Number.isFinite(value) || value < min || value > max)
        throw new errors/* InputError */.dz(name, `expected a percentage from ${min} to ${max}, got '${raw}'`);
    return value / 100;
}
function readPerfInputs(source) {
    const mode = (0,runtime_inputs/* readChoice */.Kf)(source, 'mode', MODES, 'ab');
    const metricNames = (0,runtime_inputs/* readList */.LD)(source, 'metrics');
    const metrics = (metricNames.length > 0 ? metricNames : [...METRIC_KEYS]).map((m) => {
        if (!METRIC_KEYS.includes(m))
            throw new errors/* InputError */.dz('metrics', `unknown metric '${m}' (known: ${METRIC_KEYS.join(', ')})`);
        return m;
    });
    const rateRaw = source.get('rate') || '50%';
    let rateShare = 0.5;
    let fixedRate;
    if (rateRaw.endsWith('%'))
        rateShare = percent(source, 'rate', 0.5, 1, 100);
    else
        fixedRate = number(source, 'rate', 0, 1, 1_000_000);
    const inputs = {
        mode,
        name: source.get('name'),
        workingDirectory: source.get('working-directory').replace(/^\.\/?$/, ''),
        buildCommand: source.get('build-command'),
        startCommand: source.get('start-command'),
        baseRef: source.get('base-ref'),
        url: source.get('url') || '/',
        scenario: source.get('scenario'),
        healthPath: source.get('health-path') || '/',
        readyTimeoutSeconds: number(source, 'ready-timeout', 60, 1, 3600),
        rounds: number(source, 'rounds', 10, 2, 1000, true),
        // autocannon samples once a second and rounds shorter durations up to a whole second.
        trialSeconds: number(source, 'trial-duration', 2, 1, 600, true),
        maxDurationSeconds: number(source, 'max-duration', 180, 1, 6 * 3600),
        connections: number(source, 'connections', 10, 1, 10_000, true),
        rateShare,
        ...(fixedRate !== undefined ? { fixedRate } : {}),
        requestTimeoutSeconds: number(source, 'request-timeout', 10, 1, 600),
        threshold: percent(source, 'threshold', 0.05, 0.1, 1000),
        memoryThreshold: percent(source, 'memory-threshold', 0.2, 0.1, 1000),
        level: percent(source, 'confidence', 0.95, 50, 99.99),
        metrics,
        maxErrorRate: percent(source, 'max-error-rate', 0.001, 0, 100) * 100,
        maxNon2xxRate: percent(source, 'max-non2xx-rate', 0.001, 0, 100) * 100,
        maxTimeouts: number(source, 'max-timeouts', 0, 0, 1e9, true),
        baseFiles: (0,runtime_inputs/* readList */.LD)(source, 'base-file'),
        headFiles: (0,runtime_inputs/* readList */.LD)(source, 'head-file'),
        benchBetter: (0,runtime_inputs/* readChoice */.Kf)(source, 'bigger-is-better', ['false', 'true'], 'false') === 'true'
            ? 'higher'
            : 'lower',
    };
    if (mode === 'ab' || mode === 'aa') {
        if (!inputs.startCommand)
            throw new errors/* InputError */.dz('start-command', `required in mode '${mode}': the command that starts the service, listening on $PORT`);
        if (!inputs.url.startsWith('/'))
            throw new errors/* InputError */.dz('url', `expected a path on the service such as /api/items, got '${inputs.url}'`);
        if (!inputs.healthPath.startsWith('/'))
            throw new errors/* InputError */.dz('health-path', `expected a path such as /health, got '${inputs.healthPath}'`);
        // The signed-rank interval is discrete: too few rounds can never exclude zero at this level.
        const needed = (0,signed_rank/* minimumPairs */.gv)((0,verdict/* simultaneousLevel */.up)(inputs.level, metrics.length));
        if (inputs.rounds - 1 < needed) {
            throw new errors/* InputError */.dz('rounds', `${inputs.rounds - 1} measured rounds can never reach ${((0,verdict/* simultaneousLevel */.up)(inputs.level, metrics.length) * 100).toFixed(2)}% confidence for ${metrics.length} metrics; use at least ${needed + 1} (1 warm-up + ${needed})`);
        }
    }
    else if (inputs.baseFiles.length === 0 || inputs.headFiles.length === 0) {
        throw new errors/* InputError */.dz(inputs.baseFiles.length === 0 ? 'base-file' : 'head-file', `required in mode '${mode}': the benchmark output of the base and of the head`);
    }
    return inputs;
}

// EXTERNAL MODULE: ./build/shared/report/markdown.js
var markdown = __webpack_require__(15210);
// EXTERNAL MODULE: ./build/shared/report/runbooks.js
var runbooks = __webpack_require__(65186);
;// CONCATENATED MODULE: ./build/shared/perf/render.js
// Markdown for the job summary and the PR comment section, and the commit status text: pure.


const ICON = {
    regression: '🔴 regression',
    improvement: '🟢 improvement',
    'no-change': '⚪ no change',
    inconclusive: '🟡 inconclusive',
    failed: '🔴 failed',
};
function num(value) {
    if (!Number.isFinite(value))
        return '–';
    const abs = Math.abs(value);
    return abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : value.toFixed(2);
}
function signed(pct) {
    if (Number.isNaN(pct))
        return '–';
    if (!Number.isFinite(pct))
        return pct > 0 ? '+∞' : '−∞';
    return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}
function changeText(m) {
    if (Number.isNaN(m.changePct))
        return '–';
    return `${signed(m.changePct)} [${signed(m.lowerPct)}, ${signed(m.upperPct)}]`;
}
function verdictLabel(verdict) {
    return ICON[verdict] ?? verdict;
}
/** Every metric's interval shares one (Bonferroni) level; e.g. '99.2%'. */
function intervalLevel(report) {
    const level = (report.metrics[0]?.level ?? report.level) * 100;
    return `${Number(level.toFixed(2))}%`;
}
function title(report) {
    return `perf-regression${report.name ? ` (${(0,markdown/* escapeText */.X1)(report.name)})` : ''}`;
}
/** The metric table plus limits and notes, shared by the summary and the comment. */
const RUNBOOK_ANCHORS = {
    regression: 'regression',
    inconclusive: 'inconclusive',
    failed: 'hard-limit',
};
function runbookLink(verdict) {
    const anchor = RUNBOOK_ANCHORS[verdict];
    return anchor ? ` ${(0,markdown/* link */.nf)('What to do', (0,runbooks/* runbookUrl */.oV)('perf-regression', anchor))}` : '';
}
function renderPerfBody(report) {
    const rows = report.metrics.map((m) => [
        (0,markdown/* escapeText */.X1)(m.label),
        `${num(m.base)} ${(0,markdown/* escapeText */.X1)(m.unit)}`,
        `${num(m.head)} ${(0,markdown/* escapeText */.X1)(m.unit)}`,
        changeText(m),
        `${verdictLabel(m.verdict)}${m.verdict === 'inconclusive' || m.verdict === 'no-change' ? `: ${(0,markdown/* escapeText */.X1)(m.reason)}` : ''}`,
        m.mdePct === null ? '–' : `${m.mdePct.toFixed(1)}%`,
    ]);
    const parts = [
        `**${verdictLabel(report.verdict)}**: ${(0,markdown/* escapeText */.X1)(report.reason)}${runbookLink(report.verdict)}`,
        (0,markdown/* table */.tp)(['Metric', 'Base', 'Head', `Change [${intervalLevel(report)} interval]`, 'Verdict', 'MDE'], rows),
    ];
    const limits = report.limits.filter((l) => l.exceeded || l.head > 0 || l.base > 0);
    if (limits.length > 0) {
        parts.push((0,markdown/* table */.tp)(['Hard limit', 'Limit', 'Base', 'Head', ''], limits.map((l) => [
            (0,markdown/* escapeText */.X1)(l.label),
            `${l.limit}${l.unit === '%' ? '%' : ''}`,
            String(l.base),
            String(l.head),
            l.exceeded ? '🔴 exceeded' : 'ok',
        ])));
    }
    const facts = [
        `threshold ±${(report.threshold * 100).toFixed(1)}%`,
        `family-wise confidence ${(report.level * 100).toFixed(0)}%`,
    ];
    if (report.rounds) {
        facts.push(`${report.rounds.measured} measured rounds + ${report.rounds.warmup} warm-up in ${report.rounds.durationSeconds} s`);
        if (report.rounds.latencyRate)
            facts.push(`latency trials at ${report.rounds.latencyRate} req/s`);
    }
    parts.push(`<sub>${(0,markdown/* escapeText */.X1)(facts.join(' · '))}. MDE: the smallest change this run would find 80% of the time.</sub>`);
    if (report.calibration) {
        const noise = Object.entries(report.calibration.noisePct)
            .map(([k, v]) => `${(0,markdown/* code */.aY)(k)} ${v}%`)
            .join(', ');
        parts.push(`**Calibration (A/A)**: noise per round ${noise}; simulated false-alarm rate ${(report.calibration.falseAlarmRate * 100).toFixed(1)}%.`);
    }
    if (report.notes.length > 0)
        parts.push(report.notes.map((n) => `- ${(0,markdown/* escapeText */.X1)(n)}`).join('\n'));
    return `${parts.join('\n\n')}\n`;
}
function renderPerfSummary(report, trend) {
    return `## ${title(report)}\n\n${renderPerfBody(report)}${trend ? `\n${trend}\n` : ''}`;
}
function renderPerfComment(report) {
    return `### ${title(report)}\n\n${renderPerfBody(report)}`;
}
function statusContext(name) {
    return `shipshape/perf-regression${name ? ` (${name})` : ''}`;
}
function statusDescription(report) {
    return `${report.verdict}: ${report.reason}`;
}
/** Gate outcome: a regression or an exceeded hard limit fails; A/A calibration never does. */
function gateFails(report) {
    return report.mode !== 'aa' && (report.verdict === 'regression' || report.verdict === 'failed');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/shared/loadtest/scenario.js
// Scenario files: the requests a load test sends, in YAML or JSON, with errors that name file and line.


const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const KEYS = ['name', 'method', 'path', 'headers', 'body', 'status', 'weight'];
const MAX_WEIGHT = 100;
class ScenarioError extends errors/* UsageError */.eb {
    name = 'ScenarioError';
}
/** One request for a plain URL path: the action's `url` input without a scenario file. */
function singleRequest(path) {
    return { name: path, method: 'GET', path, headers: {}, expectStatus: [], weight: 1 };
}
function parseScenario(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const where = (node) => {
        const offset = node?.range?.[0];
        return offset === undefined ? file : `${file}:${lines.linePos(offset).line}`;
    };
    const first = doc.errors[0];
    if (first)
        throw new ScenarioError(`${file}:${lines.linePos(first.pos[0]).line}: not valid YAML or JSON: ${first.message.split('\n')[0]}`);
    let list = doc.contents;
    if ((0,dist/* isMap */.jh)(list)) {
        const requests = list.get('requests', true);
        if (!requests)
            throw new ScenarioError(`${where(list)}: expected a list of requests or a 'requests:' key`);
        list = requests;
    }
    if (!(0,dist/* isSeq */.oP)(list) || list.items.length === 0) {
        throw new ScenarioError(`${where(list)}: expected a non-empty list of requests`);
    }
    const names = new Set();
    return list.items.map((item, index) => {
        const at = where(item);
        if (!(0,dist/* isMap */.jh)(item))
            throw new ScenarioError(`${at}: request ${index + 1} must be a mapping with at least 'path'`);
        const raw = item.toJSON();
        for (const key of Object.keys(raw)) {
            if (!KEYS.includes(key))
                throw new ScenarioError(`${at}: unknown key '${key}' (known: ${KEYS.join(', ')})`);
        }
        const path = raw.path;
        if (typeof path !== 'string' || !path.startsWith('/')) {
            throw new ScenarioError(`${at}: 'path' must be a string starting with '/', got ${JSON.stringify(path)}`);
        }
        const method = String(raw.method ?? 'GET').toUpperCase();
        if (!METHODS.includes(method))
            throw new ScenarioError(`${at}: unknown method '${method}' (one of ${METHODS.join(', ')})`);
        const headers = {};
        if (raw.headers !== undefined) {
            if (typeof raw.headers !== 'object' || raw.headers === null || Array.isArray(raw.headers)) {
                throw new ScenarioError(`${at}: 'headers' must be a mapping of header names to values`);
            }
            for (const [k, v] of Object.entries(raw.headers))
                headers[k.toLowerCase()] = String(v);
        }
        let body;
        if (raw.body !== undefined && raw.body !== null) {
            if (typeof raw.body === 'string')
                body = raw.body;
            else {
                body = JSON.stringify(raw.body);
                headers['content-type'] ??= 'application/json';
            }
        }
        const statuses = raw.status === undefined ? [] : Array.isArray(raw.status) ? raw.status : [raw.status];
        const expectStatus = statuses.map((s) => Number(s));
        if (expectStatus.some((s) => !Number.isInteger(s) || s < 100 || s > 599)) {
            throw new ScenarioError(`${at}: 'status' must be an HTTP status (100-599) or a list of them, got ${JSON.stringify(raw.status)}`);
        }
        const weight = raw.weight === undefined ? 1 : Number(raw.weight);
        if (!Number.isInteger(weight) || weight < 1 || weight > MAX_WEIGHT) {
            throw new ScenarioError(`${at}: 'weight' must be a whole number from 1 to ${MAX_WEIGHT}, got ${JSON.stringify(raw.weight)}`);
        }
        const name = raw.name === undefined ? `${method} ${path}` : String(raw.name);
        if (names.has(name))
            throw new ScenarioError(`${at}: a request named '${name}' appears twice; give each a distinct 'name'`);
        names.add(name);
        return { name, method, path, headers, ...(body !== undefined ? { body } : {}), expectStatus, weight };
    });
}
/**
 * The request sequence each connection cycles through: smooth weighted round-robin, so weights 3:1
 * give A A B A rather than A A A B and a short trial still sees the intended mix.
 */
function weightedSequence(requests) {
    const total = requests.reduce((a, r) => a + r.weight, 0);
    const current = requests.map(() => 0);
    const out = [];
    for (let step = 0; step < total; step++) {
        let best = 0;
        requests.forEach((r, i) => {
            current[i] = current[i] + r.weight;
            if (current[i] > current[best])
                best = i;
        });
        current[best] = current[best] - total;
        out.push(requests[best]);
    }
    return out;
}

// EXTERNAL MODULE: ./build/shared/stats/describe.js
var describe = __webpack_require__(97967);
// EXTERNAL MODULE: ./build/shared/stats/normal.js
var normal = __webpack_require__(40037);
;// CONCATENATED MODULE: ./build/shared/stats/rank-sum.js
// The Mann-Whitney U (Wilcoxon rank-sum) test and the two-sample Hodges-Lehmann shift, as benchstat
// compares two sets of benchmark runs.


const EXACT_RANK_SUM_LIMIT = 50;
/** P(U = u) for u = 0 … m·n under H0 without ties (Mann & Whitney's recursion). */
function rankSumDistribution(m, n) {
    // f[i][j][u]: number of arrangements of i x's and j y's with U = u; built up one value at a time.
    let previous = [];
    for (let i = 0; i <= m; i++) {
        const row = [];
        for (let j = 0; j <= n; j++) {
            if (i === 0 || j === 0) {
                row.push([1]);
                continue;
            }
            // The largest value is an x (it beats all j y's) or a y.
            const withX = previous[j];
            const withY = row[j - 1];
            const size = i * j + 1;
            const counts = new Array(size).fill(0);
            for (let u = 0; u < withX.length; u++)
                counts[u + j] = counts[u + j] + withX[u];
            for (let u = 0; u < withY.length; u++)
                counts[u] = counts[u] + withY[u];
            row.push(counts);
        }
        previous = row.map((r) => r);
        if (i === m) {
            const counts = row[n];
            const total = counts.reduce((a, b) => a + b, 0);
            return counts.map((c) => c / total);
        }
    }
    return [1];
}
function rankSumTest(x, y) {
    const m = x.length;
    const n = y.length;
    if (m === 0 || n === 0)
        return { u: 0, pValue: 1, exact: true };
    let u = 0;
    let tied = false;
    for (const a of x) {
        for (const b of y) {
            if (a > b)
                u += 1;
            else if (a === b) {
                u += 0.5;
                tied = true;
            }
        }
    }
    const all = [...x, ...y].sort((a, b) => a - b);
    if (!tied && new Set(all).size === all.length && m <= EXACT_RANK_SUM_LIMIT && n <= EXACT_RANK_SUM_LIMIT) {
        const dist = rankSumDistribution(m, n);
        const lower = dist.slice(0, u + 1).reduce((a, b) => a + b, 0);
        const upper = dist.slice(u).reduce((a, b) => a + b, 0);
        return { u, pValue: Math.min(1, 2 * Math.min(lower, upper)), exact: true };
    }
    const counts = new Map();
    for (const v of all)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    const tieTerm = [...counts.values()].reduce((acc, t) => acc + (t ** 3 - t), 0);
    const total = m + n;
    const variance = ((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
    if (variance <= 0)
        return { u, pValue: 1, exact: false };
    const z = (Math.abs(u - (m * n) / 2) - 0.5) / Math.sqrt(variance);
    return { u, pValue: Math.min(1, 2 * (1 - (0,normal/* normalCdf */.v)(Math.max(0, z)))), exact: false };
}
/** The shift of `y` against `x` with the distribution-free interval that inverts the U test. */
function shiftInterval(x, y, level) {
    const m = x.length;
    const n = y.length;
    if (m === 0 || n === 0)
        throw new RangeError('both samples need values');
    const diffs = [];
    for (const a of x)
        for (const b of y)
            diffs.push(b - a);
    diffs.sort((a, b) => a - b);
    const estimate = (0,describe/* median */.JZ)(diffs);
    const tail = (1 - level) / 2;
    let cut = 0;
    let achievedLevel = level;
    if (m <= EXACT_RANK_SUM_LIMIT && n <= EXACT_RANK_SUM_LIMIT) {
        const dist = rankSumDistribution(m, n);
        let cumulative = 0;
        for (let u = 0; u < dist.length; u++) {
            cumulative += dist[u];
            if (cumulative > tail)
                break;
            cut = u + 1;
        }
        achievedLevel = 1 - 2 * dist.slice(0, cut).reduce((a, b) => a + b, 0);
    }
    else {
        const sd = Math.sqrt((m * n * (m + n + 1)) / 12);
        cut = Math.max(0, Math.floor((m * n) / 2 - (0,normal/* normalQuantile */.Z)(1 - tail) * sd));
    }
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
        lower: diffs[cut - 1],
        upper: diffs[diffs.length - cut],
        achievedLevel,
        attainable: true,
    };
}

;// CONCATENATED MODULE: ./build/shared/perf/ingest.js
// Benchmarks the user already has: `go test -bench -count=N` output, and github-action-benchmark's
// JSON ({name, unit, value}[]), compared base against head with the rank-sum test as benchstat does.




const GO_LINE = /^(Benchmark\S*)\s+(\d+)\s+(.*)$/;
function goUnitBetter(unit) {
    return /\/s$/.test(unit) ? 'higher' : 'lower';
}
function add(samples, name, unit, better, value) {
    const key = `${name} ${unit}`;
    const entry = samples.get(key) ?? { name, unit, better, values: [] };
    entry.values.push(value);
    samples.set(key, entry);
}
/** Parses `go test -bench` output; the -GOMAXPROCS suffix is dropped so runs on other machines still pair up. */
function parseGoBench(text, file) {
    const samples = new Map();
    text.split(/\r?\n/).forEach((line, i) => {
        const match = GO_LINE.exec(line.trim());
        if (!match)
            return;
        const name = match[1].replace(/-\d+$/, '');
        const fields = match[3].trim().split(/\s+/);
        if (fields.length < 2 || fields.length % 2 !== 0) {
            throw new errors/* UsageError */.eb(`${file}:${i + 1}: expected '<value> <unit>' pairs after the iteration count, got '${match[3]}'`);
        }
        for (let f = 0; f < fields.length; f += 2) {
            const value = Number(fields[f]);
            const unit = fields[f + 1];
            if (!Number.isFinite(value))
                throw new errors/* UsageError */.eb(`${file}:${i + 1}: '${fields[f]}' is not a number (before ${unit})`);
            add(samples, name, unit, goUnitBetter(unit), value);
        }
    });
    if (samples.size === 0)
        throw new errors/* UsageError */.eb(`${file}: no 'Benchmark…' result lines found (is this \`go test -bench\` output?)`);
    return samples;
}
/** github-action-benchmark's custom JSON: an array of {name, unit, value}; a name repeated gives several samples. */
function parseBenchJson(text, file, better) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${file}: not valid JSON: ${error.message}`);
    }
    if (!Array.isArray(data))
        throw new errors/* UsageError */.eb(`${file}: expected a JSON array of {name, unit, value}`);
    const samples = new Map();
    data.forEach((item, i) => {
        const e = item;
        if (typeof e?.name !== 'string' ||
            typeof e.unit !== 'string' ||
            typeof e.value !== 'number' ||
            !Number.isFinite(e.value)) {
            throw new errors/* UsageError */.eb(`${file}: entry ${i + 1} needs a string 'name', a string 'unit' and a numeric 'value'`);
        }
        add(samples, e.name, e.unit, better, e.value);
    });
    if (samples.size === 0)
        throw new errors/* UsageError */.eb(`${file}: the array is empty`);
    return samples;
}
/** Merges several files' samples (several runs of one benchmark suite). */
function mergeSamples(list) {
    const out = new Map();
    for (const samples of list)
        for (const e of samples.values())
            for (const v of e.values)
                add(out, e.name, e.unit, e.better, v);
    return out;
}
/** One metric per benchmark and unit present on both sides; intervals share the family-wise level. */
function compareSamples(base, head, o) {
    const keys = [...base.keys()].filter((k) => head.has(k));
    const notes = [];
    const onlyBase = [...base.keys()].filter((k) => !head.has(k));
    const onlyHead = [...head.keys()].filter((k) => !base.has(k));
    if (onlyBase.length > 0)
        notes.push(`Only in base (not compared): ${onlyBase.slice(0, 10).join(', ')}`);
    if (onlyHead.length > 0)
        notes.push(`Only in head (not compared): ${onlyHead.slice(0, 10).join(', ')}`);
    const level = (0,verdict/* simultaneousLevel */.up)(o.level, keys.length);
    const metrics = keys.map((key) => {
        const b = base.get(key);
        const h = head.get(key);
        const common = {
            key,
            label: `${b.name} (${b.unit})`,
            unit: b.unit,
            better: b.better,
            base: (0,describe/* median */.JZ)(b.values),
            head: (0,describe/* median */.JZ)(h.values),
            level,
            samples: Math.min(b.values.length, h.values.length),
        };
        const all = [...b.values, ...h.values];
        if (all.every((v) => v === all[0])) {
            return {
                ...common,
                changePct: 0,
                lowerPct: 0,
                upperPct: 0,
                verdict: 'no-change',
                reason: 'identical in every run',
                mdePct: null,
                pValue: 1,
            };
        }
        if (all.some((v) => v <= 0))
            return zeroAware(common, b.values, h.values, level);
        const logB = b.values.map(Math.log);
        const logH = h.values.map(Math.log);
        const ci = shiftInterval(logB, logH, level);
        const worse = b.better === 'lower' ? ci : { estimate: -ci.estimate, lower: -ci.upper, upper: -ci.lower };
        const c = (0,verdict/* classifyChange */.Fd)(worse, o.threshold);
        const reason = !ci.attainable
            ? `${b.values.length} vs ${h.values.length} samples cannot reach a ${(level * 100).toFixed(1)}% interval; run with a higher -count`
            : c.reason;
        const pct = (v) => (Number.isFinite(v) ? Math.expm1(v) * 100 : v);
        return {
            ...common,
            changePct: pct(ci.estimate),
            lowerPct: pct(ci.lower),
            upperPct: pct(ci.upper),
            verdict: c.verdict,
            reason,
            mdePct: null,
            pValue: rankSumTest(logB, logH).pValue,
        };
    });
    return { metrics, notes };
}
/**
 * Values of 0 (B/op, allocs/op) have no ratio: the rank test on the raw values decides whether the
 * head differs, and the change is shown against the base median (infinite when that is 0).
 */
function zeroAware(common, base, head, level) {
    const test = rankSumTest(base, head);
    const diff = common.head - common.base;
    const changePct = common.base === 0
        ? diff === 0
            ? 0
            : Math.sign(diff) * Number.POSITIVE_INFINITY
        : (diff / Math.abs(common.base)) * 100;
    const significant = test.pValue < 1 - level && diff !== 0;
    const worse = common.better === 'lower' ? diff > 0 : diff < 0;
    const verdict = significant ? (worse ? 'regression' : 'improvement') : 'inconclusive';
    const reason = significant
        ? `${common.base} → ${common.head} (rank test p = ${test.pValue.toPrecision(2)})`
        : `values of 0 have no ratio and the rank test does not separate ${common.base} from ${common.head}`;
    return {
        ...common,
        changePct,
        lowerPct: Number.NaN,
        upperPct: Number.NaN,
        verdict,
        reason,
        mdePct: null,
        pValue: test.pValue,
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./build/shared/loadtest/ports.js

/** A port the kernel just handed out on 127.0.0.1 and that nothing holds now. */
function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_.createServer)();
        server.unref();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}
/** True when nothing listens on 127.0.0.1:port (we could bind it ourselves). */
function isPortFree(port) {
    return new Promise((resolve) => {
        const server = createServer();
        server.once('error', () => resolve(false));
        server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/shared/loadtest/service.js
// Starting and always stopping the services under test. Each runs in its own process group
// (spawned detached) so that stopping it also stops whatever its start command started.


class ServiceError extends errors/* UsageError */.eb {
    name = 'ServiceError';
}
const OUTPUT_TAIL = 2000;
/** The last characters of what a process printed, for error messages. */
class Tail {
    text = '';
    add(chunk) {
        this.text = (this.text + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
    }
    toString() {
        const t = this.text.trim();
        return t ? `\n--- last output ---\n${t}` : ' (it printed nothing)';
    }
}
const live = new Set();
const cancelCleanups = new Set();
let handlersInstalled = false;
/**
 * Registers synchronous cleanup (removing a worktree) to run if the process is cancelled before the
 * normal path gets to it; the returned function unregisters it.
 */
function onCancel(cleanup) {
    installSignalHandlers();
    cancelCleanups.add(cleanup);
    return () => cancelCleanups.delete(cleanup);
}
/** On cancellation (the runner sends SIGINT, then SIGTERM) stop every group before exiting. */
function installSignalHandlers() {
    if (handlersInstalled)
        return;
    handlersInstalled = true;
    for (const [signal, code] of [
        ['SIGINT', 130],
        ['SIGTERM', 143],
    ]) {
        process.once(signal, () => {
            for (const s of live)
                s.killNow();
            for (const cleanup of cancelCleanups) {
                try {
                    cleanup();
                }
                catch {
                    // best effort: the process is exiting
                }
            }
            process.exit(code);
        });
    }
    process.once('exit', () => {
        for (const s of live)
            s.killNow();
    });
}
class RunningService {
    spec;
    port;
    child;
    tail = new Tail();
    exitCode = null;
    exitSignal = null;
    exited;
    stopping = false;
    constructor(spec, port, child) {
        this.spec = spec;
        this.port = port;
        this.child = child;
        child.stdout?.on('data', (c) => this.tail.add(c));
        child.stderr?.on('data', (c) => this.tail.add(c));
        this.exited = new Promise((resolve) => {
            child.once('exit', (code, signal) => {
                this.exitCode = code;
                this.exitSignal = signal;
                resolve();
            });
            child.once('error', (error) => {
                this.tail.add(Buffer.from(String(error.message)));
                this.exitCode = -1;
                resolve();
            });
        });
    }
    get pgid() {
        return this.child.pid ?? 0;
    }
    get hasExited() {
        return this.exitCode !== null || this.exitSignal !== null;
    }
    describeExit() {
        return this.exitSignal ? `was killed by ${this.exitSignal}` : `exited with code ${this.exitCode}`;
    }
    /** Throws a ServiceError when the service is gone while we still need it. */
    assertAlive(during) {
        if (this.hasExited && !this.stopping) {
            throw new ServiceError(`the ${this.spec.label} service ${this.describeExit()} during ${during}${this.tail}`);
        }
    }
    killNow() {
        this.stopping = true;
        if (!this.child.pid)
            return;
        try {
            process.kill(-this.child.pid, 'SIGKILL');
        }
        catch {
            // already gone
        }
    }
    /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the leader has exited. */
    async stop(graceMs = 3000) {
        this.stopping = true;
        const pid = this.child.pid;
        if (pid) {
            try {
                process.kill(-pid, 'SIGTERM');
            }
            catch {
                // the group is already gone
            }
            const timer = setTimeout(() => this.killNow(), graceMs);
            await this.exited;
            clearTimeout(timer);
            // Members that outlive the leader (a worker the shell started) get no second chance.
            this.killNow();
        }
        live.delete(this);
    }
}
function spawnService(spec, port) {
    installSignalHandlers();
    const child = (0,external_node_child_process_.spawn)('sh', ['-c', spec.command], {
        cwd: spec.cwd,
        env: { ...process.env, ...spec.env, PORT: String(port) },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const service = new RunningService(spec, port, child);
    live.add(service);
    return service;
}
/** Polls `url` until it answers 2xx or 3xx; a clear ServiceError on exit or timeout. */
async function waitUntilReady(service, o) {
    const deadline = Date.now() + o.timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
        if (service.hasExited) {
            throw new ServiceError(`the ${service.spec.label} service ${service.describeExit()} before it became ready (start command: ${service.spec.command})${service.tail}`);
        }
        try {
            const response = await fetch(o.url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
            await response.body?.cancel();
            if (response.status < 400)
                return;
            last = `HTTP ${response.status}`;
        }
        catch (error) {
            const cause = error.cause;
            last = cause?.code ?? error.message;
        }
        await new Promise((r) => setTimeout(r, o.intervalMs ?? 100));
    }
    throw new ServiceError(`the ${service.spec.label} service did not become ready: ${o.url} gave no 2xx/3xx answer within ${Math.round(o.timeoutMs / 1000)} s (last: ${last})${service.tail}`);
}
/** Stops every service this process started and has not stopped yet (tests, finally blocks). */
async function stopAllServices() {
    await Promise.all([...live].map((s) => s.stop()));
}

// EXTERNAL MODULE: ./node_modules/autocannon/autocannon.js
var autocannon = __webpack_require__(88174);
;// CONCATENATED MODULE: ./build/shared/loadtest/proc.js
// CPU time and resident memory of a whole process group, read from /proc: the service may be a shell
// that started node that started workers, and all of them count.

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux that GitHub runners use.
const PAGE_SIZE = 4096;
/** Fields of /proc/<pid>/stat after the parenthesised command name (which may hold spaces). */
function statFields(text) {
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
}
function readStat(procRoot, pid) {
    try {
        return statFields((0,external_node_fs_.readFileSync)(`${procRoot}/${pid}/stat`, 'utf8'));
    }
    catch {
        return undefined; // the process ended between listing and reading
    }
}
/** Pids of the processes whose process group is `pgid`; undefined where /proc is missing (macOS, Windows). */
function groupMembers(pgid, procRoot = '/proc') {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(procRoot);
    }
    catch {
        return undefined;
    }
    // After the name: state(0) ppid(1) pgrp(2).
    return entries.filter((e) => /^\d+$/.test(e) && Number(readStat(procRoot, e)?.[2]) === pgid);
}
/** Usage of the given members of group `pgid` (members that left the group or ended are skipped). */
function groupUsage(pgid, members = groupMembers(pgid), procRoot = '/proc') {
    if (!members)
        return undefined;
    const usage = { cpuSeconds: 0, rssBytes: 0, processes: 0 };
    for (const pid of members) {
        const fields = readStat(procRoot, pid);
        // … utime(11) stime(12) … rss(21).
        if (!fields || Number(fields[2]) !== pgid)
            continue;
        usage.cpuSeconds += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
        usage.rssBytes += Number(fields[21]) * PAGE_SIZE;
        usage.processes++;
    }
    return usage;
}
/**
 * Samples a group every `intervalMs` until stopped: CPU used over the window and the peak RSS seen.
 * Only the known members are read each tick; the whole of /proc is listed again once a second to
 * catch new ones, so the sampler costs the load generator next to nothing.
 */
function watchGroup(pgid, intervalMs = 100) {
    let members = groupMembers(pgid);
    if (!members)
        return { stop: () => undefined };
    const first = groupUsage(pgid, members);
    let peak = first.rssBytes;
    let last = first;
    let ticks = 0;
    const sample = () => {
        if (++ticks % Math.max(1, Math.round(1000 / intervalMs)) === 0)
            members = groupMembers(pgid) ?? members;
        const now = groupUsage(pgid, members);
        if (!now || now.processes === 0)
            return;
        last = now;
        peak = Math.max(peak, now.rssBytes);
    };
    const timer = setInterval(sample, intervalMs);
    return {
        stop() {
            clearInterval(timer);
            members = groupMembers(pgid) ?? members;
            sample();
            // CPU of members that ended during the window is lost; the services under test are long-lived.
            return { cpuSeconds: Math.max(0, last.cpuSeconds - first.cpuSeconds), peakRssBytes: peak };
        },
    };
}
/** Core-seconds the whole machine spent busy (steal included: time the hypervisor gave elsewhere), from /proc/stat. */
function machineBusySeconds(procRoot = '/proc') {
    try {
        const line = (0,external_node_fs_.readFileSync)(`${procRoot}/stat`, 'utf8').split('\n', 1)[0] ?? '';
        // cpu user nice system idle iowait irq softirq steal …
        const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
        const busy = [user, nice, system, irq, softirq, steal].reduce((a, v) => a + (v ?? 0), 0);
        return Number.isFinite(busy) ? busy / TICKS_PER_SECOND : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/shared/loadtest/trial.js
// One load-test trial against one running service with autocannon, plus what the service used
// (CPU, peak memory, from /proc) and whether the load generator itself kept up.



function expected(request, status) {
    return request.expectStatus.length === 0
        ? status >= 200 && status < 300
        : request.expectStatus.includes(status);
}
async function runTrial(o) {
    const unexpectedByRequest = {};
    let unexpectedStatus = 0;
    const sequence = weightedSequence(o.requests).map((r) => ({
        method: r.method,
        path: r.path,
        headers: r.headers,
        ...(r.body !== undefined ? { body: r.body } : {}),
        onResponse: (status) => {
            if (expected(r, status))
                return;
            unexpectedStatus++;
            const counts = unexpectedByRequest[r.name] ?? {};
            unexpectedByRequest[r.name] = counts;
            counts[status] = (counts[status] ?? 0) + 1;
        },
    }));
    const watcher = watchGroup(o.service.pgid);
    const machineBefore = machineBusySeconds();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = await autocannon({
        url: `http://127.0.0.1:${o.service.port}`,
        duration: o.durationSeconds,
        connections: o.connections,
        timeout: o.timeoutSeconds,
        requests: sequence,
        ...(o.rate !== undefined ? { overallRate: Math.max(1, Math.round(o.rate)) } : {}),
    });
    const wallSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const usage = watcher.stop();
    const machineAfter = machineBusySeconds();
    const clientSeconds = (cpu.user + cpu.system) / 1e6;
    const otherCpuShare = machineBefore !== undefined && machineAfter !== undefined && usage
        ? Math.max(0, (machineAfter - machineBefore - usage.cpuSeconds - clientSeconds) / wallSeconds)
        : undefined;
    const responses = result['2xx'] + result.non2xx;
    const durationSeconds = result.duration > 0 ? result.duration : wallSeconds;
    return {
        kind: o.kind,
        durationSeconds,
        responses,
        requestsPerSecond: responses / durationSeconds,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        unexpectedStatus,
        unexpectedByRequest,
        ...(o.rate !== undefined ? { targetRate: Math.max(1, Math.round(o.rate)) } : {}),
        clientCpuShare: clientSeconds / wallSeconds,
        ...(otherCpuShare !== undefined ? { otherCpuShare } : {}),
        ...(usage ? { serviceCpuSeconds: usage.cpuSeconds, peakRssBytes: usage.peakRssBytes } : {}),
    };
}

;// CONCATENATED MODULE: ./build/shared/stats/random.js
// A small seeded generator, so that every resampling and every simulated test is reproducible.
/** mulberry32: 32-bit state, good enough statistical quality for resampling and simulation. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** A standard normal draw (Box-Muller; the second value is thrown away for simplicity). */
function normalDraw(random) {
    let u = random();
    while (u <= Number.MIN_VALUE)
        u = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

;// CONCATENATED MODULE: ./build/shared/perf/analyse.js
// From measured rounds to metric verdicts, hard limits and the overall verdict: pure.





/** More invalid rounds than this share make a metric inconclusive instead of quietly dropping them. */
const MAX_INVALID_SHARE = 0.25;
const toPct = (logValue) => (Number.isFinite(logValue) ? Math.expm1(logValue) * 100 : logValue);
function analyseMetric(key, rounds, o, level) {
    const info = METRICS[key];
    const ratios = [];
    const bases = [];
    const heads = [];
    const problems = new Map();
    let unmeasured = 0;
    for (const round of rounds) {
        const problem = [...trialsOf(key, round.base), ...trialsOf(key, round.head)]
            .map(trialProblem)
            .find(Boolean);
        if (problem) {
            problems.set(problem.replace(/\d+/g, 'N'), (problems.get(problem.replace(/\d+/g, 'N')) ?? 0) + 1);
            continue;
        }
        const b = metricValue(key, round.base);
        const h = metricValue(key, round.head);
        if (b === undefined || h === undefined) {
            unmeasured++;
            continue;
        }
        bases.push(b);
        heads.push(h);
        // Oriented so that positive means worse whatever the metric's direction.
        ratios.push(info.better === 'lower' ? Math.log(h / b) : Math.log(b / h));
    }
    const base = (0,describe/* median */.JZ)(bases);
    const head = (0,describe/* median */.JZ)(heads);
    const invalid = [...problems.values()].reduce((a, b) => a + b, 0);
    const common = {
        key,
        label: info.label,
        unit: info.unit,
        better: info.better,
        base,
        head,
        level,
        samples: ratios.length,
    };
    if (ratios.length === 0 || invalid > MAX_INVALID_SHARE * rounds.length) {
        const reason = invalid > 0
            ? `invalid measurement in ${invalid} of ${rounds.length} rounds: ${[...problems.keys()][0]}`
            : unmeasured > 0
                ? 'not measurable here (no /proc)'
                : 'no rounds measured';
        return {
            ...common,
            changePct: Number.NaN,
            lowerPct: Number.NaN,
            upperPct: Number.NaN,
            verdict: 'inconclusive',
            reason,
            mdePct: null,
        };
    }
    const ci = (0,signed_rank/* hodgesLehmannInterval */.DF)(ratios, level);
    const classification = (0,verdict/* classifyChange */.Fd)(ci, key === 'rss' ? o.memoryThreshold : o.threshold);
    const mde = (0,verdict/* minimumDetectableEffect */.nv)(ratios, level);
    // Back from the worse-is-positive scale to "head against base".
    const flip = info.better === 'higher' ? -1 : 1;
    const lower = flip === 1 ? ci.lower : -ci.upper;
    const upper = flip === 1 ? ci.upper : -ci.lower;
    return {
        ...common,
        changePct: toPct(flip * ci.estimate),
        lowerPct: toPct(lower),
        upperPct: toPct(upper),
        verdict: classification.verdict,
        reason: classification.reason,
        mdePct: Number.isFinite(mde) ? toPct(mde) : null,
    };
}
function analyseMetrics(rounds, o) {
    const measured = rounds.filter((r) => !r.warmup);
    const level = (0,verdict/* simultaneousLevel */.up)(o.level, o.metrics.length);
    return o.metrics.map((key) => analyseMetric(key, measured, o, level));
}
function totals(rounds, side) {
    let errors = 0;
    let timeouts = 0;
    let unexpected = 0;
    let responses = 0;
    for (const r of rounds) {
        for (const t of [r[side].latency, r[side].throughput]) {
            errors += t.errors;
            timeouts += t.timeouts;
            unexpected += t.unexpectedStatus;
            responses += t.responses;
        }
    }
    const pct = (n, d) => (d > 0 ? Math.round((n / d) * 1e5) / 1e3 : n > 0 ? 100 : 0);
    return { errorRate: pct(errors, responses + errors), non2xxRate: pct(unexpected, responses), timeouts };
}
/** Error rate, unexpected statuses and timeouts: hard limits on the head, not statistical tests. */
function checkLimits(rounds, limits) {
    const measured = rounds.filter((r) => !r.warmup);
    const base = totals(measured, 'base');
    const head = totals(measured, 'head');
    return [
        {
            key: 'error-rate',
            label: 'connection error rate',
            limit: limits.maxErrorRate,
            unit: '%',
            base: base.errorRate,
            head: head.errorRate,
            exceeded: head.errorRate > limits.maxErrorRate,
        },
        {
            key: 'non2xx-rate',
            label: 'unexpected status rate',
            limit: limits.maxNon2xxRate,
            unit: '%',
            base: base.non2xxRate,
            head: head.non2xxRate,
            exceeded: head.non2xxRate > limits.maxNon2xxRate,
        },
        {
            key: 'timeouts',
            label: 'timeouts',
            limit: limits.maxTimeouts,
            unit: 'count',
            base: base.timeouts,
            head: head.timeouts,
            exceeded: head.timeouts > limits.maxTimeouts,
        },
    ];
}
/**
 * A/A calibration: the noise floor per metric and, by simulating normal log-ratios with that noise
 * through the same rule (seeded, so one input gives one answer), the share of false regressions.
 */
function calibrate(metrics, rounds, o, simulations = 400) {
    const measured = rounds.filter((r) => !r.warmup);
    const level = (0,verdict/* simultaneousLevel */.up)(o.level, o.metrics.length);
    const noisePct = {};
    const sigmas = [];
    for (const m of metrics) {
        const key = m.key;
        const ratios = measured
            .map((r) => {
            const b = metricValue(key, r.base);
            const h = metricValue(key, r.head);
            return b && h ? Math.log(h / b) : undefined;
        })
            .filter((v) => v !== undefined);
        const sigma = (0,describe/* robustSpread */.bW)(ratios);
        if (Number.isFinite(sigma)) {
            noisePct[m.key] = Math.round(toPct(sigma) * 100) / 100;
            sigmas.push(sigma);
        }
    }
    const random = seededRandom(20240601);
    const k = measured.length;
    let alarms = 0;
    for (let s = 0; s < simulations; s++) {
        const alarm = sigmas.some((sigma) => {
            const sample = Array.from({ length: k }, () => sigma * normalDraw(random));
            return (0,verdict/* classifyChange */.Fd)((0,signed_rank/* hodgesLehmannInterval */.DF)(sample, level), o.threshold).verdict === 'regression';
        });
        if (alarm)
            alarms++;
    }
    return { noisePct, falseAlarmRate: sigmas.length > 0 ? alarms / simulations : Number.NaN };
}

;// CONCATENATED MODULE: ./build/shared/perf/report.js
const PERF_REPORT_SCHEMA = 'shipshape.perf-regression/v1';
/** The overall verdict from the metric verdicts: a failed limit beats everything, then regression, then doubt. */
function overallVerdict(metrics, limits) {
    const exceeded = limits.filter((l) => l.exceeded);
    if (exceeded.length > 0) {
        return {
            verdict: 'failed',
            reason: exceeded
                .map((l) => `${l.label} ${l.head}${l.unit === '%' ? '%' : ''} exceeds the limit of ${l.limit}${l.unit === '%' ? '%' : ''}`)
                .join('; '),
        };
    }
    const pick = (v) => metrics.filter((m) => m.verdict === v);
    const regressions = pick('regression');
    if (regressions.length > 0)
        return { verdict: 'regression', reason: `${regressions.map((m) => m.label).join(', ')} regressed` };
    const inconclusive = pick('inconclusive');
    if (inconclusive.length > 0)
        return {
            verdict: 'inconclusive',
            reason: `${inconclusive.map((m) => `${m.label}: ${m.reason}`).join('; ')}`,
        };
    const improvements = pick('improvement');
    if (improvements.length > 0)
        return { verdict: 'improvement', reason: `${improvements.map((m) => m.label).join(', ')} improved` };
    if (metrics.length === 0)
        return { verdict: 'inconclusive', reason: 'nothing was compared' };
    return { verdict: 'no-change', reason: 'every metric stayed within the threshold' };
}

;// CONCATENATED MODULE: ./build/shared/perf/compare.js


async function measureSide(o, side, rate, round) {
    const throughput = await o.measure(side, 'throughput', undefined, round);
    const latency = await o.measure(side, 'latency', rate, round);
    return { latency, throughput };
}
async function runComparison(o) {
    const now = o.now ?? Date.now;
    const started = now();
    const rounds = [];
    let rate = o.fixedRate ?? 0;
    const runRound = async (index) => {
        const order = index % 2 === 0 ? 'base-first' : 'head-first';
        const sides = order === 'base-first' ? ['base', 'head'] : ['head', 'base'];
        const measured = {};
        for (const side of sides) {
            if (index === 0 && o.fixedRate === undefined && side === 'base' && rate === 0) {
                // The warm-up measures the base's capacity first, and latency trials load a share of it.
                const throughput = await o.measure('base', 'throughput', undefined, index);
                rate = Math.max(1, throughput.requestsPerSecond * o.rateShare);
                o.log?.info(`Base throughput ${Math.round(throughput.requestsPerSecond)} req/s; latency trials at ${Math.round(rate)} req/s`);
                measured.base = { throughput, latency: await o.measure('base', 'latency', rate, index) };
                continue;
            }
            measured[side] = await measureSide(o, side, rate, index);
        }
        rounds.push({
            index,
            order,
            warmup: index === 0,
            base: measured.base,
            head: measured.head,
        });
    };
    let stopReason = 'all planned rounds ran and the verdict is settled';
    for (let i = 0; i < o.rounds; i++) {
        await runRound(i);
        o.log?.info(`Round ${i + 1}/${o.rounds}${i === 0 ? ' (warm-up)' : ''} done`);
        if (i > 0 && checkLimits(rounds, o.analysis.limits).some((l) => l.exceeded)) {
            return {
                rounds,
                latencyRate: rate,
                durationSeconds: (now() - started) / 1000,
                stopReason: 'a hard limit was exceeded',
            };
        }
    }
    const step = Math.max(2, o.extraRounds ?? 2);
    for (;;) {
        const metrics = analyseMetrics(rounds, o.analysis);
        const verdict = overallVerdict(metrics, checkLimits(rounds, o.analysis.limits)).verdict;
        if (verdict !== 'inconclusive')
            break;
        const elapsed = now() - started;
        const perRound = elapsed / rounds.length;
        if (elapsed + perRound * step > o.maxDurationMs) {
            stopReason = `inconclusive after ${rounds.length - 1} measured rounds; the next ${step} would pass max-duration`;
            break;
        }
        const affordable = rounds.length - 1 + Math.floor((o.maxDurationMs - elapsed) / perRound);
        const hopeless = hopelessMetrics(metrics, rounds.length - 1, affordable, o.analysis.threshold);
        if (hopeless) {
            stopReason = hopeless;
            break;
        }
        for (let k = 0; k < step; k++)
            await runRound(rounds.length);
        o.log?.info(`Inconclusive so far; added ${step} rounds (${rounds.length - 1} measured)`);
    }
    return { rounds, latencyRate: rate, durationSeconds: (now() - started) / 1000, stopReason };
}
/**
 * An interval narrows like 1/√K. From this run's spread (the MDE carries it) the rounds needed for a
 * half-width below t are about K·(h/t)², with h = MDE·z_{α/2}/(z_{α/2} + z_{0.8}) ≈ 0.7·MDE. When every
 * inconclusive metric needs more than twice the rounds the budget allows (the estimate is rough),
 * adding rounds only burns time; the reason names the least hopeless metric.
 */
function hopelessMetrics(metrics, measured, affordable, threshold) {
    const t = Math.log1p(threshold);
    const needs = [];
    for (const m of metrics) {
        if (m.verdict !== 'inconclusive')
            continue;
        if (m.mdePct === null || !Number.isFinite(m.lowerPct) || !Number.isFinite(m.upperPct))
            return undefined;
        const half = 0.7 * Math.log1p(m.mdePct / 100);
        const rounds = Math.ceil(measured * (half / t) ** 2);
        if (rounds <= 2 * affordable)
            return undefined;
        needs.push({ label: m.label, rounds });
    }
    if (needs.length === 0)
        return undefined;
    const best = needs.sort((a, b) => a.rounds - b.rounds)[0];
    return `inconclusive after ${measured} measured rounds; ${best.label} would need about ${best.rounds} rounds to settle, max-duration allows about ${affordable}`;
}

;// CONCATENATED MODULE: ./build/shared/perf/load-run.js
// A load-test comparison end to end: start both services, run the rounds, stop both (always), and
// turn the rounds into the report.







async function start(spec, o, started) {
    const port = await freePort();
    const service = spawnService(spec, port);
    started.push(service);
    o.log.info(`Starting the ${spec.label} service on port ${port}: ${spec.command}`);
    await waitUntilReady(service, {
        url: `http://127.0.0.1:${port}${o.healthPath}`,
        timeoutMs: o.readyTimeoutMs,
        log: o.log,
    });
    return service;
}
function roundDetail(rounds) {
    const values = (side) => Object.fromEntries(METRIC_KEYS.map((k) => [k, metricValue(k, side) ?? null]));
    return rounds.map((r) => ({
        round: r.index,
        order: r.order,
        warmup: r.warmup,
        base: values(r.base),
        head: values(r.head),
    }));
}
/** Other processes busy during the trials widen the intervals; say so when they took a quarter core or more. */
function neighbourNote(rounds) {
    const shares = rounds
        .filter((r) => !r.warmup)
        .flatMap((r) => [r.base.latency, r.base.throughput, r.head.latency, r.head.throughput])
        .map((t) => t.otherCpuShare)
        .filter((v) => v !== undefined);
    if (shares.length === 0)
        return undefined;
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    if (mean < 0.25)
        return undefined;
    const max = Math.max(...shares);
    return `Other processes kept ${Math.round(mean * 100)}% of a core busy on average during the trials (at most ${Math.round(max * 100)}%): a busy machine widens the intervals.`;
}
async function runLoadComparison(o) {
    const services = [];
    try {
        const base = await start(o.base, o, services);
        const head = await start(o.head, o, services);
        const bySide = { base, head };
        const result = await runComparison({
            rounds: o.rounds,
            maxDurationMs: o.maxDurationMs,
            rateShare: o.rateShare,
            ...(o.fixedRate !== undefined ? { fixedRate: o.fixedRate } : {}),
            analysis: o.analysis,
            log: o.log,
            measure: async (side, kind, rate, round) => {
                const service = bySide[side];
                const during = `round ${round + 1} (${kind} trial)`;
                service.assertAlive(during);
                const trial = await runTrial({
                    kind,
                    service,
                    requests: o.requests,
                    durationSeconds: o.trialSeconds,
                    connections: o.connections,
                    timeoutSeconds: o.requestTimeoutSeconds,
                    ...(kind === 'latency' && rate !== undefined ? { rate } : {}),
                });
                // A crash shows up as connection errors first; name the real cause instead.
                await new Promise((r) => setTimeout(r, 20));
                service.assertAlive(during);
                return trial;
            },
        });
        const metrics = analyseMetrics(result.rounds, o.analysis);
        const limits = checkLimits(result.rounds, o.analysis.limits);
        const { verdict, reason } = overallVerdict(metrics, limits);
        const notes = [];
        const problems = new Set(metrics.filter((m) => m.reason.startsWith('invalid')).map((m) => `${m.label}: ${m.reason}`));
        notes.push(...problems);
        notes.push(`Stopped: ${result.stopReason}.`);
        const busy = neighbourNote(result.rounds);
        if (busy)
            notes.push(busy);
        const measured = result.rounds.filter((r) => !r.warmup).length;
        const report = {
            schema: PERF_REPORT_SCHEMA,
            name: o.name,
            mode: o.mode,
            verdict,
            reason,
            threshold: o.analysis.threshold,
            level: o.analysis.level,
            metrics,
            limits,
            notes,
            rounds: {
                measured,
                warmup: 1,
                durationSeconds: Math.round(result.durationSeconds * 10) / 10,
                latencyRate: Math.round(result.latencyRate),
            },
            detail: roundDetail(result.rounds),
        };
        if (o.mode === 'aa')
            report.calibration = calibrate(metrics, result.rounds, o.analysis);
        return report;
    }
    finally {
        await Promise.all(services.map((s) => s.stop()));
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/shared/perf/workspace.js
// The base checkout and the builds: a git worktree of the merge-base beside the head checkout, so
// both versions can be built and run side by side on the same machine.







const exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    const { stdout } = await exec('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim();
}
/** Checks out the merge-base of `baseRef` and HEAD into a temporary worktree. */
async function checkoutMergeBase(repoDir, baseRef, log) {
    let sha;
    try {
        sha = await git(repoDir, ['merge-base', baseRef, 'HEAD']);
    }
    catch {
        log.info(`Fetching ${baseRef} to find the merge-base`);
        try {
            await git(repoDir, ['fetch', '--no-tags', '--quiet', 'origin', baseRef]);
            sha = await git(repoDir, ['merge-base', 'FETCH_HEAD', 'HEAD']);
        }
        catch (error) {
            throw new errors/* UsageError */.eb(`cannot find the merge-base of ${baseRef} and HEAD in ${repoDir}: ${String(error.message).split('\n')[0]}. Check out the full history (actions/checkout with fetch-depth: 0).`);
        }
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipshape-perf-base-'));
    await git(repoDir, ['worktree', 'add', '--detach', '--force', dir, sha]);
    log.info(`Base ${sha.slice(0, 12)} checked out in ${dir}`);
    const forget = onCancel(() => {
        (0,external_node_child_process_.execFileSync)('git', ['worktree', 'remove', '--force', dir], { cwd: repoDir, stdio: 'ignore' });
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    });
    return {
        dir,
        sha,
        async remove() {
            forget();
            try {
                await git(repoDir, ['worktree', 'remove', '--force', dir]);
            }
            catch {
                // fall through to the plain removal
            }
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            await git(repoDir, ['worktree', 'prune']).catch(() => undefined);
        },
    };
}
/** Runs a build command in its own process group (so cancellation stops it too); clear error on failure. */
async function runBuild(label, cwd, command, log) {
    log.info(`Building ${label}: ${command}`);
    const build = spawnService({ label, cwd, command }, 0);
    await new Promise((resolve) => {
        const timer = setInterval(() => {
            if (build.hasExited) {
                clearInterval(timer);
                resolve();
            }
        }, 50);
    });
    await build.stop();
    if (build.exitCode !== 0) {
        throw new errors/* UsageError */.eb(`build-command failed for the ${label} (${build.describeExit()}) in ${cwd}${build.tail}`);
    }
}

;// CONCATENATED MODULE: ./build/shared/perf/run.js
// perf-regression from settings to report, for the action and the CLI alike.








function readUserFile(dir, file, input) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(dir, file), 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(input, `cannot read ${file}: ${error.code ?? error.message}`);
    }
}
function ingest(inputs, dir) {
    const read = (files, input) => mergeSamples(files.map((f) => inputs.mode === 'go-bench'
        ? parseGoBench(readUserFile(dir, f, input), f)
        : parseBenchJson(readUserFile(dir, f, input), f, inputs.benchBetter)));
    const { metrics, notes } = compareSamples(read(inputs.baseFiles, 'base-file'), read(inputs.headFiles, 'head-file'), inputs);
    if (metrics.length === 0)
        throw new errors/* UsageError */.eb('no benchmark appears in both base-file and head-file; nothing to compare');
    return {
        schema: PERF_REPORT_SCHEMA,
        name: inputs.name,
        mode: inputs.mode,
        ...overallVerdict(metrics, []),
        threshold: inputs.threshold,
        level: inputs.level,
        metrics,
        limits: [],
        notes,
    };
}
async function runPerfRegression(inputs, ctx) {
    const headDir = (0,external_node_path_.join)(ctx.workspace, inputs.workingDirectory);
    if (inputs.mode === 'go-bench' || inputs.mode === 'json-bench')
        return ingest(inputs, headDir);
    const requests = inputs.scenario
        ? parseScenario(readUserFile(headDir, inputs.scenario, 'scenario'), inputs.scenario)
        : [singleRequest(inputs.url)];
    const analysis = {
        metrics: inputs.metrics,
        threshold: inputs.threshold,
        memoryThreshold: inputs.memoryThreshold,
        level: inputs.level,
        limits: {
            maxErrorRate: inputs.maxErrorRate,
            maxNon2xxRate: inputs.maxNon2xxRate,
            maxTimeouts: inputs.maxTimeouts,
        },
    };
    const baseRef = inputs.baseRef || ctx.baseSha;
    if (inputs.mode === 'ab' && !baseRef) {
        throw new errors/* InputError */.dz('base-ref', 'no base to compare with: this is not a pull_request event; set base-ref (e.g. origin/main) or use mode: aa');
    }
    const base = inputs.mode === 'ab' ? await checkoutMergeBase(ctx.workspace, baseRef, ctx.log) : undefined;
    try {
        const baseDir = base ? (0,external_node_path_.join)(base.dir, inputs.workingDirectory) : headDir;
        if (inputs.buildCommand) {
            await runBuild('head', headDir, inputs.buildCommand, ctx.log);
            if (base)
                await runBuild('base', baseDir, inputs.buildCommand, ctx.log);
        }
        const report = await runLoadComparison({
            name: inputs.name,
            mode: inputs.mode,
            base: { label: 'base', cwd: baseDir, command: inputs.startCommand },
            head: { label: 'head', cwd: headDir, command: inputs.startCommand },
            healthPath: inputs.healthPath,
            readyTimeoutMs: inputs.readyTimeoutSeconds * 1000,
            requests,
            trialSeconds: inputs.trialSeconds,
            connections: inputs.connections,
            requestTimeoutSeconds: inputs.requestTimeoutSeconds,
            rounds: inputs.rounds,
            maxDurationMs: inputs.maxDurationSeconds * 1000,
            rateShare: inputs.rateShare,
            ...(inputs.fixedRate !== undefined ? { fixedRate: inputs.fixedRate } : {}),
            analysis,
            log: ctx.log,
        });
        report.commits = { ...(base ? { base: base.sha } : {}), ...(ctx.headSha ? { head: ctx.headSha } : {}) };
        return report;
    }
    finally {
        await base?.remove();
    }
}

// EXTERNAL MODULE: ./build/shared/runtime/failure.js
var failure = __webpack_require__(74725);
;// CONCATENATED MODULE: ./build/cli/perf-regression.js








const HELP = `Usage: shipshape perf-regression [flags]

Load tests (base = merge-base of --base-ref and HEAD, in a temporary git worktree):
  --mode <m>               ab | aa | go-bench | json-bench (default ab)
  --start-command <cmd>    starts the service on $PORT (required for ab, aa)
  --build-command <cmd>    run once in each checkout first
  --base-ref <ref>         e.g. origin/main (required for ab)
  --url <path>             path to load (default /)     --scenario <file>   YAML/JSON request list
  --health-path <path>     readiness path (default /)   --ready-timeout <s> (default 60)
  --rounds <n>             incl. warm-up (default 10)   --trial-duration <s> (default 2)
  --max-duration <s>       time budget (default 180)    --connections <n>   (default 10)
  --rate <r>               50% of base capacity, or req/s (default 50%)
  --metrics <list>         p50,p90,p99,rps,cpu,rss      --threshold <pct>   (default 5)
  --memory-threshold <pct> (default 20)                 --confidence <pct>  (default 95)
  --max-error-rate <pct>   --max-non2xx-rate <pct>      --max-timeouts <n>
  --working-directory <d>
Benchmarks:
  --base-file <f> --head-file <f>   (repeatable)        --bigger-is-better  (json-bench)
Output:
  --name <name>  --report <file> (JSON)  --markdown (print the Markdown summary)

Exit codes: 0 no regression, 1 regression or hard limit exceeded, 2 bad input or the service failed, 3 internal error.`;
const STRING_FLAGS = [
    'mode',
    'name',
    'start-command',
    'build-command',
    'working-directory',
    'base-ref',
    'url',
    'scenario',
    'health-path',
    'ready-timeout',
    'rounds',
    'trial-duration',
    'max-duration',
    'connections',
    'rate',
    'request-timeout',
    'metrics',
    'threshold',
    'memory-threshold',
    'confidence',
    'max-error-rate',
    'max-non2xx-rate',
    'max-timeouts',
    'report',
];
const FLAGS = {
    ...Object.fromEntries(STRING_FLAGS.map((f) => [f, { type: 'string' }])),
    'base-file': { type: 'string', multiple: true },
    'head-file': { type: 'string', multiple: true },
    'bigger-is-better': { type: 'boolean' },
    markdown: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
function renderText(report) {
    const lines = [
        `perf-regression${report.name ? ` (${report.name})` : ''}: ${verdictLabel(report.verdict)}: ${report.reason}`,
    ];
    for (const m of report.metrics)
        lines.push(`  ${m.label.padEnd(28)} ${changeText(m).padEnd(28)} ${m.verdict}`);
    for (const l of report.limits.filter((x) => x.exceeded))
        lines.push(`  limit exceeded: ${l.label} ${l.head} > ${l.limit}`);
    return `${lines.join('\n')}\n`;
}
async function runPerfRegressionCli(argv) {
    try {
        let values;
        try {
            values = (0,external_node_util_.parseArgs)({ args: argv, options: FLAGS, strict: true }).values;
        }
        catch (error) {
            throw new errors/* InputError */.dz('flags', `${error.message}\n\n${HELP}`);
        }
        if (values.help) {
            process.stdout.write(`${HELP}\n`);
            return 0;
        }
        const source = {
            get(name) {
                const value = values[name];
                if (Array.isArray(value))
                    return value.join(',');
                if (typeof value === 'boolean')
                    return String(value);
                return typeof value === 'string' ? value.trim() : '';
            },
        };
        const inputs = readPerfInputs(source);
        const log = {
            info: (m) => process.stderr.write(`${m}\n`),
            warning: (m) => process.stderr.write(`warning: ${m}\n`),
            debug: () => { },
        };
        const report = await runPerfRegression(inputs, { workspace: process.cwd(), log });
        if (typeof values.report === 'string')
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(values.report), `${JSON.stringify(report, null, 2)}\n`);
        process.stdout.write(values.markdown ? renderPerfSummary(report) : renderText(report));
        return gateFails(report) ? 1 : 0;
    }
    catch (error) {
        const { exitCode, message } = (0,failure/* classifyFailure */.X)(error);
        process.stderr.write(`shipshape perf-regression: ${message}\n`);
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
