export const id = 3340;
export const ids = [3340];
export const modules = {

/***/ 13340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ spec)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/shared/export/samples.js
var samples = __webpack_require__(57160);
// EXTERNAL MODULE: ./build/shared/history/record.js
var history_record = __webpack_require__(93114);
// EXTERNAL MODULE: ./build/shared/history/record-history.js
var record_history = __webpack_require__(90835);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
;// CONCATENATED MODULE: ./build/shared/perf/gate.js
// The decision the step's outcome rests on: pure, so the action, the CLI and the tests share it.

/** A regression or an exceeded hard limit fails; an A/A calibration and trend-only figures never do. */
function gateFails(report) {
    return report.mode !== 'aa' && (report.verdict === 'regression' || report.verdict === 'failed');
}
function perfExitCode(report) {
    return gateFails(report) ? errors/* EXIT */.dc.gateFailed : errors/* EXIT */.dc.ok;
}
/** The step's failure message, or undefined when the gate passed. */
function failureMessage(report) {
    if (!gateFails(report))
        return undefined;
    return `perf-regression${report.name ? ` (${report.name})` : ''}: ${report.verdict}: ${report.reason}`;
}

// EXTERNAL MODULE: ./build/shared/report/markdown.js
var markdown = __webpack_require__(15210);
// EXTERNAL MODULE: ./build/shared/report/trend.js
var trend = __webpack_require__(81428);
// EXTERNAL MODULE: ./build/shared/perf/metrics.js
var perf_metrics = __webpack_require__(61959);
;// CONCATENATED MODULE: ./build/shared/perf/history.js
// Default-branch history of a load-test comparison: what is stored per run, and the trend drawn from
// the runs on the same kind of runner. History feeds charts only, never the pull-request verdict.




const PERF_HISTORY_KIND = 'perf';
/** The head's medians of one comparison, as one history record. */
function perfRecord(report, ctx) {
    const metrics = {};
    for (const m of report.metrics)
        if (Number.isFinite(m.head))
            metrics[m.key] = m.head;
    return {
        schema: history_record/* HISTORY_SCHEMA */.NF,
        kind: PERF_HISTORY_KIND,
        name: report.name || 'default',
        repo: ctx.repo,
        branch: ctx.branch,
        sha: ctx.sha,
        runId: ctx.runId,
        runAttempt: ctx.runAttempt,
        time: ctx.time,
        runner: ctx.runner,
        metrics,
        meta: { verdict: report.verdict, mode: report.mode },
    };
}
function sameRunner(a, b) {
    return a.os === b.os && a.cpu === b.cpu && a.cores === b.cores;
}
/** A sparkline per metric and a chart of the first, from records of this runner kind only. */
function renderPerfTrend(records, runner, keys) {
    const mine = records.filter((r) => r.kind === PERF_HISTORY_KIND && sameRunner(r.runner, runner)).slice(-30);
    const skipped = records.length - mine.length;
    if (mine.length < 2) {
        return skipped > 0
            ? `_No trend yet: ${skipped} stored run(s) came from another kind of runner, which are not comparable._\n`
            : '';
    }
    const lines = keys
        .filter((k) => mine.some((r) => r.metrics[k] !== undefined))
        .map((k) => {
        const values = mine.map((r) => r.metrics[k]).filter((v) => v !== undefined);
        const label = perf_metrics/* METRICS */.Cb[k]?.label ?? k;
        return `- ${(0,markdown/* escapeText */.X1)(label)}: ${(0,trend/* sparkline */.KM)(values)} (latest ${values[values.length - 1]?.toFixed(2)})`;
    });
    const first = keys.find((k) => mine.some((r) => r.metrics[k] !== undefined));
    const chart = first
        ? (0,trend/* mermaidTrend */.Rx)({
            title: `${perf_metrics/* METRICS */.Cb[first]?.label ?? first} on the default branch`,
            labels: mine.map((r) => r.sha.slice(0, 7)),
            values: mine.map((r) => r.metrics[first] ?? Number.NaN),
            yLabel: perf_metrics/* METRICS */.Cb[first]?.unit ?? '',
        })
        : '';
    const note = skipped > 0 ? `\n_${skipped} run(s) from other runner kinds left out._` : '';
    return `#### Default-branch trend (${mine.length} runs, ${(0,markdown/* escapeText */.X1)(runner.cpu)}, ${runner.cores} cores)\n\n${lines.join('\n')}\n\n${chart}${note}\n`;
}

// EXTERNAL MODULE: ./build/shared/runtime/inputs.js
var runtime_inputs = __webpack_require__(8998);
;// CONCATENATED MODULE: ./build/shared/perf/options.js
// The perf-regression settings, read from action inputs or CLI flags with the same names, every one
// validated before anything is built, started or loaded.



const MODES = ['ab', 'aa', 'go-bench', 'json-bench'];
/** The metric that decides by default: see docs/perf-regression.md, "Why CPU per request decides". */
const DEFAULT_METRICS = ['cpu'];
function readMetrics(source) {
    const names = (0,runtime_inputs/* readList */.LD)(source, 'metrics');
    const metrics = (names.length > 0 ? names : [...DEFAULT_METRICS]).map((m) => {
        if (!perf_metrics/* METRIC_KEYS */.WB.includes(m))
            throw new errors/* InputError */.dz('metrics', `unknown metric '${m}' (known: ${perf_metrics/* METRIC_KEYS */.WB.join(', ')})`);
        return m;
    });
    return [...new Set(metrics)];
}
/** `50%` of the base's warm-up throughput, or a fixed number of requests per second. */
function readRate(source) {
    const raw = source.get('rate');
    if (raw === '' || raw.endsWith('%'))
        return { rateShare: (0,runtime_inputs/* readPercent */.oO)(source, 'rate', 50, { min: 1 }) / 100 };
    return { rateShare: 0.5, fixedRate: (0,runtime_inputs/* readNumber */.kz)(source, 'rate', undefined, { min: 1, max: 1_000_000 }) };
}
/** Whole seconds: autocannon samples once a second and rounds shorter trials up. */
function readWholeSeconds(source, name, fallbackMs, maxMs) {
    const ms = (0,runtime_inputs/* readDuration */.$7)(source, name, fallbackMs, { minMs: 1000, maxMs });
    if (ms % 1000 !== 0)
        throw new errors/* InputError */.dz(name, `'${source.get(name)}' is not whole seconds (autocannon measures per second)`);
    return ms / 1000;
}
function readPath(source, name, fallback, example) {
    const path = (0,runtime_inputs/* readString */.E3)(source, name, fallback);
    if (!path.startsWith('/'))
        throw new errors/* InputError */.dz(name, `expected a path on the service such as ${example}, got '${path}'`);
    return path;
}
function readPerfInputs(source) {
    if (source.get('url') !== '') {
        throw new errors/* InputError */.dz('url', "is now called 'path' (the path on the service to load, e.g. /api/items)");
    }
    const mode = (0,runtime_inputs/* readChoice */.Kf)(source, 'mode', MODES, 'ab');
    const inputs = {
        mode,
        name: (0,runtime_inputs/* readString */.E3)(source, 'name'),
        workingDirectory: (0,runtime_inputs/* readString */.E3)(source, 'working-directory').replace(/^\.\/?$/, ''),
        buildCommand: (0,runtime_inputs/* readString */.E3)(source, 'build-command'),
        startCommand: (0,runtime_inputs/* readString */.E3)(source, 'start-command'),
        baseRef: (0,runtime_inputs/* readString */.E3)(source, 'base-ref'),
        path: readPath(source, 'path', '/', '/api/items'),
        scenario: (0,runtime_inputs/* readString */.E3)(source, 'scenario'),
        healthPath: readPath(source, 'health-path', '/', '/health'),
        readyTimeoutMs: (0,runtime_inputs/* readDuration */.$7)(source, 'ready-timeout', 60_000, { minMs: 1000, maxMs: 3_600_000 }),
        trialSeconds: readWholeSeconds(source, 'trial-duration', 2000, 600_000),
        maxDurationMs: (0,runtime_inputs/* readDuration */.$7)(source, 'max-duration', 90_000, { minMs: 1000, maxMs: 6 * 3_600_000 }),
        connections: (0,runtime_inputs/* readInteger */.JI)(source, 'connections', 10, { min: 1, max: 10_000 }),
        ...readRate(source),
        requestTimeoutSeconds: readWholeSeconds(source, 'request-timeout', 10_000, 600_000),
        threshold: (0,runtime_inputs/* readPercent */.oO)(source, 'threshold', 5, { min: 0.1, max: 1000 }) / 100,
        memoryThreshold: (0,runtime_inputs/* readPercent */.oO)(source, 'memory-threshold', 20, { min: 0.1, max: 1000 }) / 100,
        level: (0,runtime_inputs/* readPercent */.oO)(source, 'confidence', 95, { min: 50, max: 99.99 }) / 100,
        metrics: readMetrics(source),
        maxErrorRate: (0,runtime_inputs/* readPercent */.oO)(source, 'max-error-rate', 0.1),
        maxNon2xxRate: (0,runtime_inputs/* readPercent */.oO)(source, 'max-non2xx-rate', 0.1),
        maxTimeouts: (0,runtime_inputs/* readInteger */.JI)(source, 'max-timeouts', 0, { min: 0, max: 1e9 }),
        baseFiles: (0,runtime_inputs/* readList */.LD)(source, 'base-file'),
        headFiles: (0,runtime_inputs/* readList */.LD)(source, 'head-file'),
        benchBetter: (0,runtime_inputs/* readBoolean */.Vf)(source, 'bigger-is-better', false) ? 'higher' : 'lower',
    };
    if (mode === 'ab' || mode === 'aa') {
        if (!inputs.startCommand)
            throw new errors/* InputError */.dz('start-command', `required in mode '${mode}': the command that starts the service, listening on $PORT`);
    }
    else if (inputs.headFiles.length === 0) {
        throw new errors/* InputError */.dz('head-file', `required in mode '${mode}': the benchmark output of the head`);
    }
    return inputs;
}

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
/** Four significant digits, so that a change of a few tenths of a percent shows in the figures too. */
function num(value) {
    if (!Number.isFinite(value))
        return '–';
    const abs = Math.abs(value);
    return abs >= 1000 ? value.toFixed(0) : Number(value.toPrecision(4)).toString();
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
/** Every metric's interval shares one level (the look's share of the family-wise error); e.g. '97.5%'. */
function intervalLevel(report) {
    const level = (report.metrics.find((m) => m.level > 0)?.level ?? report.level) * 100;
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
        m.gated === false
            ? `not gated${m.verdict === 'inconclusive' ? `: ${(0,markdown/* escapeText */.X1)(m.reason)}` : ` (${verdictLabel(m.verdict)})`}`
            : `${verdictLabel(m.verdict)}${m.verdict === 'inconclusive' || m.verdict === 'no-change' ? `: ${(0,markdown/* escapeText */.X1)(m.reason)}` : ''}`,
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
    let figures = '';
    if (report.rounds) {
        const looks = report.rounds.looks;
        facts.push(`${report.rounds.measured} measured rounds + ${report.rounds.warmup} warm-up in ${report.rounds.durationSeconds} s${looks ? `, ${looks} look${looks === 1 ? '' : 's'}` : ''}`);
        if (report.rounds.latencyRate)
            facts.push(`latency trials at ${report.rounds.latencyRate} req/s`);
        figures =
            ' Base and head are geometric means over the measured rounds; change = head / base − 1, with an interval that stays valid however many looks the comparison took.';
    }
    parts.push(`<sub>${(0,markdown/* escapeText */.X1)(facts.join(' · '))}.${figures} MDE: the smallest change this run would find 80% of the time.</sub>`);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
/**
 * Members of group `pgid` that have not finished exiting (zombies excluded: a zombie holds no
 * sockets or memory any more, it only waits for its parent to collect its exit status).
 */
function runningMembers(pgid, procRoot = '/proc') {
    // State is the first field after the name: R, S, D, Z (zombie), X (dead), …
    return groupMembers(pgid, procRoot)?.filter((pid) => {
        const state = readStat(procRoot, pid)?.[0];
        return state !== undefined && state !== 'Z' && state !== 'X';
    });
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
        usage.cpuSeconds += cpuSeconds(procRoot, pid, fields);
        usage.rssBytes += Number(fields[21]) * PAGE_SIZE;
        usage.processes++;
    }
    return usage;
}
/**
 * CPU time of one process: from /proc/<pid>/schedstat (nanoseconds on the CPU) where the kernel has
 * it, else utime + stime in clock ticks (10 ms steps, coarse for a one-second trial).
 */
function cpuSeconds(procRoot, pid, stat) {
    try {
        const ns = Number((0,external_node_fs_.readFileSync)(`${procRoot}/${pid}/schedstat`, 'utf8').split(' ', 1)[0]);
        if (Number.isFinite(ns))
            return ns / 1e9;
    }
    catch {
        // no schedstat: fall back to the tick counters
    }
    return (Number(stat[11]) + Number(stat[12])) / TICKS_PER_SECOND;
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

;// CONCATENATED MODULE: ./build/shared/loadtest/service.js
// Starting and always stopping the services under test. Each runs in its own process group
// (spawned detached) so that stopping it also stops whatever its start command started.



/** The service under test failed: it would not start, never became ready, or died under load (exit 2). */
class ServiceRunError extends errors/* UsageError */.eb {
    name = 'ServiceRunError';
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
let cancelling = false;
/**
 * Once the run is being cancelled, work that is still under way must not go on to report (a trial
 * against a killed service would look like a failure): it waits here while the signal handler stops
 * the groups and ends the process.
 */
function haltIfCancelling() {
    return cancelling ? new Promise(() => { }) : Promise.resolve();
}
/** Installs the cancellation handlers now (they are installed anyway by the first spawn). */
function stopServicesOnCancel() {
    installSignalHandlers();
}
/**
 * Registers synchronous cleanup (removing a worktree) to run if the process is cancelled before the
 * normal path gets to it; the returned function unregisters it.
 */
function onCancel(cleanup) {
    installSignalHandlers();
    cancelCleanups.add(cleanup);
    return () => cancelCleanups.delete(cleanup);
}
/** How long a cancelled run waits for its process groups to be gone before it exits anyway. */
const CANCEL_WAIT_MS = 10_000;
/**
 * On cancellation (the runner sends SIGINT, then SIGTERM) stop every group and exit only once their
 * processes are gone: a SIGKILL is only a request, and a process that has not finished exiting
 * still holds its listening port. Exiting before would leave ports bound (and processes visible)
 * for a moment after the step ended, longer on a busy machine.
 */
function installSignalHandlers() {
    if (handlersInstalled)
        return;
    handlersInstalled = true;
    for (const [signal, code] of [
        ['SIGINT', 130],
        ['SIGTERM', 143],
    ]) {
        process.on(signal, () => {
            if (cancelling)
                return;
            cancelling = true;
            const groups = [...live];
            for (const s of groups)
                s.killNow();
            void Promise.all(groups.map((s) => s.gone(CANCEL_WAIT_MS))).finally(() => {
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
    /** Throws a ServiceRunError when the service is gone while we still need it. */
    assertAlive(during) {
        if (this.hasExited && !this.stopping) {
            throw new ServiceRunError(`the ${this.spec.label} service ${this.describeExit()} during ${during}${this.tail}`);
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
    /**
     * Resolves once the leader has exited and no other member of its group is still running (or after
     * `timeoutMs`): only then are the group's ports free.
     */
    async gone(timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        const leader = this.child.pid ? this.exited : Promise.resolve();
        await Promise.race([leader, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
        while (Date.now() < deadline && this.child.pid && (runningMembers(this.child.pid)?.length ?? 0) > 0) {
            await new Promise((r) => setTimeout(r, 20));
        }
    }
    /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the whole group is gone. */
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
            await this.gone(graceMs);
        }
        live.delete(this);
    }
}
/**
 * Starts `spec.command` through `sh -c` in its own process group. `inherited` is the environment it
 * starts from: for code under test, the shell's childEnv (no action inputs, no runner tokens).
 */
function spawnService(spec, port, inherited = process.env) {
    installSignalHandlers();
    const child = (0,external_node_child_process_.spawn)('sh', ['-c', spec.command], {
        cwd: spec.cwd,
        env: { ...inherited, ...spec.env, PORT: String(port) },
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
            throw new ServiceRunError(`the ${service.spec.label} service ${service.describeExit()} before it became ready (start command: ${service.spec.command})${service.tail}`);
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
        await haltIfCancelling();
    }
    throw new ServiceRunError(`the ${service.spec.label} service did not become ready: ${o.url} gave no 2xx/3xx answer within ${Math.round(o.timeoutMs / 1000)} s (last: ${last})${service.tail}`);
}
/** Stops every service this process started and has not stopped yet (tests, finally blocks). */
async function stopAllServices() {
    await Promise.all([...live].map((s) => s.stop()));
}

// EXTERNAL MODULE: ./build/shared/stats/describe.js
var describe = __webpack_require__(97967);
// EXTERNAL MODULE: ./build/shared/stats/normal.js
var normal = __webpack_require__(40037);
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

;// CONCATENATED MODULE: ./build/shared/stats/student-t.js
// Student's t distribution, for intervals of a mean with unknown spread from a handful of rounds.
/** ln Γ(x) for x > 0 (Lanczos, g = 7, nine terms; relative error below 1e-13). */
function logGamma(x) {
    const c = [
        0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
        12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let sum = c[0];
    for (let i = 1; i < 9; i++)
        sum += c[i] / (z + i);
    const t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        d = Math.abs(d) < tiny ? tiny : d;
        c = 1 + aa / c;
        c = Math.abs(c) < tiny ? tiny : c;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        d = Math.abs(d) < tiny ? tiny : d;
        c = 1 + aa / c;
        c = Math.abs(c) < tiny ? tiny : c;
        d = 1 / d;
        const step = d * c;
        h *= step;
        if (Math.abs(step - 1) < 1e-15)
            break;
    }
    return h;
}
/** The regularized incomplete beta function I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2)
        ? (front * betaFraction(a, b, x)) / a
        : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}
/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
function studentTCdf(t, df) {
    if (!Number.isFinite(t))
        return t > 0 ? 1 : 0;
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
/** Quantiles already found: a comparison and its simulations ask for the same few again and again. */
const quantiles = new Map();
/** The t with P(T ≤ t) = p (bisection on the CDF; accurate to about 1e-10 relative). */
function studentTQuantile(p, df) {
    const key = `${p} ${df}`;
    const known = quantiles.get(key);
    if (known !== undefined)
        return known;
    const t = solveQuantile(p, df);
    if (quantiles.size < 10_000)
        quantiles.set(key, t);
    return t;
}
function solveQuantile(p, df) {
    if (!(p > 0 && p < 1)) {
        if (p === 0)
            return Number.NEGATIVE_INFINITY;
        if (p === 1)
            return Number.POSITIVE_INFINITY;
        throw new RangeError(`probability must be in [0, 1], got ${p}`);
    }
    if (!(df > 0))
        throw new RangeError(`degrees of freedom must be positive, got ${df}`);
    if (p < 0.5)
        return -solveQuantile(1 - p, df);
    let lo = 0;
    let hi = 1;
    while (studentTCdf(hi, df) < p)
        hi *= 2;
    for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
        const mid = (lo + hi) / 2;
        if (studentTCdf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

;// CONCATENATED MODULE: ./build/shared/stats/sequential.js
// A sequential comparison that may stop at any of its looks without inflating its error rates.
//
// Looks happen on a schedule fixed before any data is seen (after `first` measured rounds, then
// every `every` rounds). Look j gets the error share α_j = α / (j (j + 1)); these shares sum to α
// over any number of looks, so by the union bound the probability that the interval of *any* look
// misses the true change is at most α: stopping at the first look that decides, or running until a
// time budget ends, cannot raise the false-alarm rate above α / 2 (one side). This is alpha
// spending with Bonferroni's bound across looks: conservative (the looks are correlated), needs no
// horizon, and holds whatever the stopping rule.


/** The error share of look `look` (1-based) out of a total `alpha`. */
function lookAlpha(alpha, look) {
    return alpha / (look * (look + 1));
}
/** The look that `rounds` measured rounds complete, or undefined when no look falls there. */
function lookAt(schedule, rounds) {
    const past = rounds - schedule.first;
    if (past < 0 || past % schedule.every !== 0)
        return undefined;
    return past / schedule.every + 1;
}
/** The measured rounds at look `look`. */
function roundsAtLook(schedule, look) {
    return schedule.first + (look - 1) * schedule.every;
}
/** The two-sided confidence level of each interval at a look, for `metrics` gated metrics sharing `level`. */
function lookLevel(level, look, metrics) {
    return 1 - lookAlpha(1 - level, look) / Math.max(1, metrics);
}
/**
 * The t interval of the mean of `values` (per-round log-ratios) at `level`. The estimate is their
 * mean, so for log-ratios exp(estimate) is exactly the ratio of the two sides' geometric means over
 * the same rounds: the figures a report shows and the change it states agree by construction.
 */
function meanInterval(values, level) {
    const n = values.length;
    const estimate = (0,describe/* mean */.i2)(values);
    if (n < 2)
        return { estimate, lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY };
    const sd = (0,describe/* standardDeviation */.Fx)(values);
    const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
    return { estimate, lower: estimate - half, upper: estimate + half };
}
/**
 * Measured rounds a look would need for an interval of half-width `halfWidth` given this spread,
 * the first look at or after that; Infinity when the spread is unknown.
 */
function roundsForHalfWidth(sd, halfWidth, schedule, level, metrics, maxLooks = 200) {
    if (!(sd >= 0) || !(halfWidth > 0))
        return Number.POSITIVE_INFINITY;
    for (let look = 1; look <= maxLooks; look++) {
        const n = roundsAtLook(schedule, look);
        const q = studentTQuantile(1 - (1 - lookLevel(level, look, metrics)) / 2, n - 1);
        if ((q * sd) / Math.sqrt(n) < halfWidth)
            return n;
    }
    return Number.POSITIVE_INFINITY;
}

// EXTERNAL MODULE: ./build/shared/stats/verdict.js
var verdict = __webpack_require__(40025);
;// CONCATENATED MODULE: ./build/shared/perf/analyse.js
// From measured rounds to metric verdicts, hard limits and the overall verdict: pure.







/** The default look schedule: a first look after 6 measured rounds, then every 2 (AB + BA). */
const DEFAULT_SCHEDULE = { first: 6, every: 2 };
/** More invalid rounds than this share make a metric inconclusive instead of quietly dropping them. */
const MAX_INVALID_SHARE = 0.25;
const toPct = (logValue) => (Number.isFinite(logValue) ? Math.expm1(logValue) * 100 : logValue);
function paired(key, rounds) {
    const out = { logRatios: [], logBase: [], logHead: [], problems: new Map(), unmeasured: 0 };
    for (const round of rounds) {
        const problem = [...(0,perf_metrics/* trialsOf */.xY)(key, round.base), ...(0,perf_metrics/* trialsOf */.xY)(key, round.head)]
            .map(perf_metrics/* trialProblem */.sU)
            .find(Boolean);
        if (problem) {
            const kind = problem.replace(/\d+/g, 'N');
            out.problems.set(kind, (out.problems.get(kind) ?? 0) + 1);
            continue;
        }
        const b = (0,perf_metrics/* metricValue */.a3)(key, round.base);
        const h = (0,perf_metrics/* metricValue */.a3)(key, round.head);
        if (b === undefined || h === undefined) {
            out.unmeasured++;
            continue;
        }
        out.logBase.push(Math.log(b));
        out.logHead.push(Math.log(h));
        out.logRatios.push(Math.log(h / b));
    }
    return out;
}
/** The standard deviation of a metric's per-round log-ratios over the measured rounds. */
function logRatioSpread(key, rounds) {
    return (0,describe/* standardDeviation */.Fx)(paired(key, rounds.filter((r) => !r.warmup)).logRatios);
}
function analyseMetric(key, rounds, o, level, look, gated) {
    const info = perf_metrics/* METRICS */.Cb[key];
    const p = paired(key, rounds);
    const invalid = [...p.problems.values()].reduce((a, b) => a + b, 0);
    // Geometric means over the same rounds: head/base of these two is exactly exp(mean log-ratio).
    const common = {
        key,
        label: info.label,
        unit: info.unit,
        better: info.better,
        base: p.logBase.length > 0 ? Math.exp((0,describe/* mean */.i2)(p.logBase)) : Number.NaN,
        head: p.logHead.length > 0 ? Math.exp((0,describe/* mean */.i2)(p.logHead)) : Number.NaN,
        level,
        samples: p.logRatios.length,
        gated,
        look,
    };
    if (p.logRatios.length < 2 || invalid > MAX_INVALID_SHARE * rounds.length) {
        const reason = invalid > 0
            ? `invalid measurement in ${invalid} of ${rounds.length} rounds: ${[...p.problems.keys()][0]}`
            : p.unmeasured > 0
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
    const ci = meanInterval(p.logRatios, level);
    // Oriented so that positive means worse whatever the metric's direction.
    const worse = info.better === 'lower' ? ci : { estimate: -ci.estimate, lower: -ci.upper, upper: -ci.lower };
    const classification = (0,verdict/* classifyChange */.F)(worse, key === 'rss' ? o.memoryThreshold : o.threshold);
    const mde = detectableChange(p.logRatios, level);
    return {
        ...common,
        changePct: toPct(ci.estimate),
        lowerPct: toPct(ci.lower),
        upperPct: toPct(ci.upper),
        verdict: classification.verdict,
        reason: classification.reason,
        mdePct: Number.isFinite(mde) ? toPct(mde) : null,
    };
}
/**
 * The smallest true change (log scale) these rounds would find with 80% power at this look's level:
 * (t_{1−α/2} + z_{0.8}) · s / √K.
 */
function detectableChange(logRatios, level, power = 0.8) {
    const k = logRatios.length;
    if (k < 2)
        return Number.POSITIVE_INFINITY;
    const sd = (0,describe/* standardDeviation */.Fx)(logRatios);
    return ((studentTQuantile(1 - (1 - level) / 2, k - 1) + (0,normal/* normalQuantile */.Z)(power)) * sd) / Math.sqrt(k);
}
/** The gated metrics first, then the others, which are measured and shown but decide nothing. */
function shownMetrics(o) {
    return [...o.metrics, ...perf_metrics/* METRIC_KEYS */.WB.filter((k) => !o.metrics.includes(k))];
}
/** Every metric at look `look` (1-based): the intervals have that look's share of the error. */
function analyseMetrics(rounds, o, look) {
    const measured = rounds.filter((r) => !r.warmup);
    const level = lookLevel(o.level, look, o.metrics.length);
    return shownMetrics(o).map((key) => analyseMetric(key, measured, o, level, look, o.metrics.includes(key)));
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
 * A/A calibration: the noise floor per gated metric and, by simulating normal log-ratios with that
 * noise through the same sequential rule for as many looks as this run took (seeded, so one input
 * gives one answer), the share of comparisons that would end in a false regression.
 */
function calibrate(rounds, o, looks, simulations = 400) {
    const measured = rounds.filter((r) => !r.warmup);
    const noisePct = {};
    const sigmas = [];
    for (const key of o.metrics) {
        const sigma = (0,describe/* standardDeviation */.Fx)(paired(key, measured).logRatios);
        if (Number.isFinite(sigma)) {
            noisePct[key] = Math.round(toPct(sigma) * 100) / 100;
            sigmas.push(sigma);
        }
    }
    const random = seededRandom(20240601);
    const maxRounds = roundsAtLook(o.schedule, Math.max(1, looks));
    let alarms = 0;
    for (let s = 0; s < simulations; s++) {
        const samples = sigmas.map((sigma) => Array.from({ length: maxRounds }, () => sigma * normalDraw(random)));
        for (let look = 1; look <= Math.max(1, looks); look++) {
            const n = roundsAtLook(o.schedule, look);
            const level = lookLevel(o.level, look, o.metrics.length);
            const verdicts = samples.map((sample) => (0,verdict/* classifyChange */.F)(meanInterval(sample.slice(0, n), level), o.threshold).verdict);
            if (verdicts.includes('regression')) {
                alarms++;
                break;
            }
            if (verdicts.every((v) => v !== 'inconclusive'))
                break;
        }
    }
    return { noisePct, falseAlarmRate: sigmas.length > 0 ? alarms / simulations : Number.NaN };
}

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
    const level = (0,verdict/* simultaneousLevel */.u)(o.level, keys.length);
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
        if (b.values.length === 1 || h.values.length === 1) {
            // github-action-benchmark's usual file: one value per benchmark. Nothing to test a change
            // against, so the change is shown and the default-branch trend tells how the value moves.
            const change = ((common.head - common.base) / Math.abs(common.base)) * 100;
            return {
                ...common,
                changePct: common.base === 0 ? (common.head === 0 ? 0 : Number.NaN) : change,
                lowerPct: Number.NaN,
                upperPct: Number.NaN,
                verdict: 'inconclusive',
                reason: 'one value per side: the change is shown and tracked in the trend, not tested',
                mdePct: null,
                gated: false,
            };
        }
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
        const c = (0,verdict/* classifyChange */.F)(worse, o.threshold);
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

;// CONCATENATED MODULE: ./build/shared/loadtest/trial.js
// One load-test trial against one running service with autocannon, plus what the service used
// (CPU, peak memory, from /proc) and whether the load generator itself kept up.


// autocannon and its dependencies are about 1 MB of bundle: loaded by the first trial, not at start-up.
let loadGenerator;
function autocannonModule() {
    loadGenerator ??= Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(3758), __webpack_require__.e(8174)]).then(__webpack_require__.t.bind(__webpack_require__, 88174, 19)).then((m) => m.default);
    return loadGenerator;
}
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
    const autocannon = await autocannonModule();
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
    const gated = metrics.filter((m) => m.gated !== false);
    const pick = (v) => gated.filter((m) => m.verdict === v);
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
    if (gated.length === 0) {
        return {
            verdict: 'inconclusive',
            reason: metrics.length > 0
                ? 'nothing was tested: one value per benchmark is shown with its trend (several runs per side give a tested verdict)'
                : 'nothing was compared',
        };
    }
    return { verdict: 'no-change', reason: 'every metric stayed within the threshold' };
}

;// CONCATENATED MODULE: ./build/shared/perf/compare.js




const decided = (m) => m.verdict !== 'inconclusive';
/** The gated results so far: once a look decides a metric, that result stands. */
function merge(previous, next) {
    return next.map((m) => {
        const before = previous.find((p) => p.key === m.key);
        return before?.gated && decided(before) ? before : m;
    });
}
function summarise(metrics) {
    return metrics
        .filter((m) => m.gated)
        .map((m) => {
        const change = Number.isFinite(m.changePct)
            ? `${m.changePct >= 0 ? '+' : ''}${m.changePct.toFixed(1)}%`
            : '–';
        return `${m.key} ${change} ${m.verdict}`;
    })
        .join(', ');
}
async function runComparison(o) {
    const now = o.now ?? Date.now;
    const started = now();
    const rounds = [];
    const schedule = o.analysis.schedule;
    let rate = o.fixedRate ?? 0;
    // Within a round the trials run A B B A: throughput of both sides, then latency in the reverse
    // order, so that a machine speeding up or slowing down within the round affects both alike.
    const runRound = async (index) => {
        const order = index % 2 === 0 ? 'base-first' : 'head-first';
        const [first, second] = order === 'base-first' ? ['base', 'head'] : ['head', 'base'];
        const throughput = {};
        const latency = {};
        for (const side of [first, second]) {
            throughput[side] = await o.measure(side, 'throughput', undefined, index);
            if (index === 0 && side === 'base' && o.fixedRate === undefined && rate === 0) {
                // The warm-up measures the base's capacity first, and latency trials load a share of it.
                rate = Math.max(1, throughput.base.requestsPerSecond * o.rateShare);
                o.log?.info(`Base throughput ${Math.round(throughput.base.requestsPerSecond)} req/s; latency trials at ${Math.round(rate)} req/s`);
            }
        }
        for (const side of [second, first])
            latency[side] = await o.measure(side, 'latency', rate, index);
        const sideOf = (side) => ({
            throughput: throughput[side],
            latency: latency[side],
        });
        rounds.push({ index, order, warmup: index === 0, base: sideOf('base'), head: sideOf('head') });
    };
    const result = (stopReason, looks, metrics) => ({
        rounds,
        latencyRate: rate,
        durationSeconds: (now() - started) / 1000,
        stopReason,
        looks,
        metrics,
    });
    let metrics = [];
    let looks = 0;
    for (;;) {
        const index = rounds.length;
        await runRound(index);
        const measuredRounds = rounds.length - 1;
        const look = lookAt(schedule, measuredRounds);
        const planned = roundsAtLook(schedule, looks + 1);
        o.log?.progress('perf round', measuredRounds, planned, index === 0 ? 'warm-up done' : look ? `look ${look}` : undefined);
        if (index === 0)
            continue;
        if (checkLimits(rounds, o.analysis.limits).some((l) => l.exceeded)) {
            metrics = merge(metrics, analyseMetrics(rounds, o.analysis, Math.max(1, looks)));
            return result('a hard limit was exceeded', looks, metrics);
        }
        if (look === undefined)
            continue;
        looks = look;
        metrics = merge(metrics, analyseMetrics(rounds, o.analysis, look));
        const overall = overallVerdict(metrics.filter((m) => m.gated), []).verdict;
        o.log?.info(`Look ${look} after ${measuredRounds} measured rounds: ${summarise(metrics)}`);
        if (overall !== 'inconclusive') {
            return result(`every gated metric was decided at look ${look} (${measuredRounds} measured rounds)`, looks, metrics);
        }
        const elapsed = now() - started;
        const perRound = elapsed / rounds.length;
        if (elapsed + perRound * schedule.every > o.maxDurationMs) {
            return result(`inconclusive after ${measuredRounds} measured rounds (${look} looks); the next look would pass max-duration`, looks, metrics);
        }
        const affordable = measuredRounds + Math.floor((o.maxDurationMs - elapsed) / perRound);
        const hopeless = hopelessMetrics(metrics, rounds, affordable, o.analysis);
        if (hopeless)
            return result(hopeless, looks, metrics);
    }
}
/**
 * From this run's spread, the rounds an undecided gated metric needs before some look's interval is
 * narrow enough to decide (half-width below t − |change| for "no change", below |change| for a
 * change past t). When every undecided metric needs more than three times what the budget allows,
 * more rounds only burn time; the reason names the least hopeless metric.
 */
function hopelessMetrics(metrics, rounds, affordable, o) {
    const measured = rounds.filter((r) => !r.warmup).length;
    const needs = [];
    for (const m of metrics) {
        if (!m.gated || decided(m))
            continue;
        if (!Number.isFinite(m.lowerPct) || !Number.isFinite(m.upperPct))
            return undefined;
        const t = Math.log1p(m.key === 'rss' ? o.memoryThreshold : o.threshold);
        const change = Math.abs(Math.log1p(m.changePct / 100));
        const needed = roundsForHalfWidth(logRatioSpread(m.key, rounds), 
        // A change between t/2 and t may yet move either way: aim for half the threshold then.
        Math.max(change >= t ? change : t - change, t / 2), o.schedule, o.level, o.metrics.length);
        // The spread from a few rounds is a rough guess (its square sets the rounds), hence the slack.
        if (needed <= 3 * affordable)
            return undefined;
        needs.push({ label: perf_metrics/* METRICS */.Cb[m.key]?.label ?? m.label, rounds: needed });
    }
    if (needs.length === 0)
        return undefined;
    const best = needs.sort((a, b) => a.rounds - b.rounds)[0];
    const about = Number.isFinite(best.rounds) ? `about ${best.rounds}` : 'more than any budget of';
    return `inconclusive after ${measured} measured rounds; ${best.label} would need ${about} rounds to settle, max-duration allows about ${affordable}`;
}

;// CONCATENATED MODULE: ./build/shared/perf/load-run.js
// A load-test comparison end to end: start both services, run the rounds, stop both (always), and
// turn the rounds into the report.







async function start(spec, o, started) {
    const port = await freePort();
    const service = spawnService(spec, port, o.env);
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
    const values = (side) => Object.fromEntries(perf_metrics/* METRIC_KEYS */.WB.map((k) => [k, (0,perf_metrics/* metricValue */.a3)(k, side) ?? null]));
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
        const bySide = await o.log.group('Start the base and head services', async () => ({
            base: await start(o.base, o, services),
            head: await start(o.head, o, services),
        }));
        const result = await o.log.group('Rounds: base and head alternately', () => runComparison({
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
                // A cancelled run ends here, before a trial against a killed service could be reported.
                await haltIfCancelling();
                // A crash shows up as connection errors first; name the real cause instead.
                await new Promise((r) => setTimeout(r, 20));
                service.assertAlive(during);
                return trial;
            },
        }));
        const metrics = result.metrics;
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
                looks: result.looks,
                schedule: o.analysis.schedule,
            },
            detail: roundDetail(result.rounds),
        };
        if (o.mode === 'aa')
            report.calibration = calibrate(result.rounds, o.analysis, result.looks);
        return report;
    }
    finally {
        await Promise.all(services.map((s) => s.stop()));
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
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
        // --end-of-options: a base-ref such as `--output=x` is a revision, never an option.
        sha = await git(repoDir, ['merge-base', '--end-of-options', baseRef, 'HEAD']);
    }
    catch {
        log.info(`Fetching ${baseRef} to find the merge-base`);
        try {
            await git(repoDir, ['fetch', '--no-tags', '--quiet', '--end-of-options', 'origin', baseRef]);
            sha = await git(repoDir, ['merge-base', 'FETCH_HEAD', 'HEAD']);
        }
        catch (error) {
            throw new errors/* UsageError */.eb(`cannot find the merge-base of ${baseRef} and HEAD in ${repoDir}: ${String(error.message).split('\n')[0]}. Check out the full history (actions/checkout with fetch-depth: 0).`);
        }
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipshape-perf-base-'));
    await git(repoDir, ['worktree', 'add', '--detach', '--force', '--end-of-options', dir, sha]);
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
/**
 * Runs a build command in its own process group (so cancellation stops it too), with `env` (the
 * shell's childEnv: the pull request's build never sees the job's tokens); clear error on failure.
 */
async function runBuild(label, cwd, command, log, env) {
    log.info(`Building ${label}: ${command}`);
    const build = spawnService({ label, cwd, command }, 0, env);
    await new Promise((resolve) => {
        const timer = setInterval(() => {
            if (build.hasExited) {
                clearInterval(timer);
                resolve();
            }
        }, 50);
    });
    await build.stop();
    await haltIfCancelling();
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
/** The head's figures alone (no base-file): shown and recorded for the trend, nothing tested. */
function headOnly(head) {
    return [...head.entries()].map(([key, e]) => {
        const sorted = [...e.values].sort((a, b) => a - b);
        const value = sorted[Math.floor((sorted.length - 1) / 2)];
        return {
            key,
            label: `${e.name} (${e.unit})`,
            unit: e.unit,
            better: e.better,
            base: Number.NaN,
            head: value,
            changePct: Number.NaN,
            lowerPct: Number.NaN,
            upperPct: Number.NaN,
            level: 0,
            verdict: 'inconclusive',
            reason: 'no base-file: the head is shown and tracked in the trend, not tested',
            mdePct: null,
            samples: e.values.length,
            gated: false,
        };
    });
}
function ingest(inputs, dir) {
    const read = (files, input) => mergeSamples(files.map((f) => inputs.mode === 'go-bench'
        ? parseGoBench(readUserFile(dir, f, input), f)
        : parseBenchJson(readUserFile(dir, f, input), f, inputs.benchBetter)));
    const head = read(inputs.headFiles, 'head-file');
    const { metrics, notes } = inputs.baseFiles.length === 0
        ? { metrics: headOnly(head), notes: [] }
        : compareSamples(read(inputs.baseFiles, 'base-file'), head, inputs);
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
/** The requests of a load test; a bad scenario file is an input error before anything starts. */
function loadRequests(inputs, headDir) {
    return inputs.scenario
        ? parseScenario(readUserFile(headDir, inputs.scenario, 'scenario'), inputs.scenario)
        : [singleRequest(inputs.path)];
}
async function runPerfRegression(inputs, ctx) {
    const headDir = (0,external_node_path_.join)(ctx.workspace, inputs.workingDirectory);
    if (inputs.mode === 'go-bench' || inputs.mode === 'json-bench')
        return ingest(inputs, headDir);
    const requests = loadRequests(inputs, headDir);
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
        schedule: DEFAULT_SCHEDULE,
    };
    const baseRef = inputs.baseRef || ctx.baseSha;
    if (inputs.mode === 'ab' && !baseRef) {
        throw new errors/* InputError */.dz('base-ref', 'no base to compare with: this is not a pull_request event; set base-ref (e.g. origin/main) or use mode: aa');
    }
    // From here on, a cancelled job stops every process it started before it exits.
    stopServicesOnCancel();
    const base = inputs.mode === 'ab' ? await checkoutMergeBase(ctx.workspace, baseRef, ctx.log) : undefined;
    try {
        const baseDir = base ? (0,external_node_path_.join)(base.dir, inputs.workingDirectory) : headDir;
        if (inputs.buildCommand) {
            await ctx.log.group('Build', async () => {
                await runBuild('head', headDir, inputs.buildCommand, ctx.log, ctx.childEnv);
                if (base)
                    await runBuild('base', baseDir, inputs.buildCommand, ctx.log, ctx.childEnv);
            });
        }
        const report = await runLoadComparison({
            name: inputs.name,
            mode: inputs.mode,
            base: { label: 'base', cwd: baseDir, command: inputs.startCommand },
            head: { label: 'head', cwd: headDir, command: inputs.startCommand },
            healthPath: inputs.healthPath,
            readyTimeoutMs: inputs.readyTimeoutMs,
            requests,
            trialSeconds: inputs.trialSeconds,
            connections: inputs.connections,
            requestTimeoutSeconds: inputs.requestTimeoutSeconds,
            maxDurationMs: inputs.maxDurationMs,
            rateShare: inputs.rateShare,
            ...(inputs.fixedRate !== undefined ? { fixedRate: inputs.fixedRate } : {}),
            analysis,
            log: ctx.log,
            env: ctx.childEnv,
        });
        report.commits = { ...(base ? { base: base.sha } : {}), ...(ctx.headSha ? { head: ctx.headSha } : {}) };
        return report;
    }
    finally {
        await base?.remove();
    }
}

// EXTERNAL MODULE: ./build/shared/runtime/names.js
var names = __webpack_require__(34359);
// EXTERNAL MODULE: ./build/shared/runtime/shell.js
var shell = __webpack_require__(54029);
;// CONCATENATED MODULE: ./build/actions/perf-regression/src/spec.js
// perf-regression as a spec over the shared runtime: every input read first, the comparison (or the
// benchmark ingest) as the core, history for the trend, and the publication as plain data.












const errorText = (error) => (error instanceof Error ? error.message : String(error));
/** Reads the series for the trend on every run; appends this run where the record policy allows. */
async function spec_history(report, env) {
    const notes = [];
    const backend = env.history.open();
    if (!backend)
        return { trend: '', notes };
    const name = report.name || 'default';
    const runner = (0,history_record/* runnerFingerprint */.DF)();
    const read = await backend.read({ kind: PERF_HISTORY_KIND, name });
    notes.push(...(0,record_history/* historyReadNotes */.uI)(read.warnings, env.log));
    const { decision } = env.history;
    const context = env.context;
    const record = decision.record && report.metrics.some((m) => Number.isFinite(m.head))
        ? perfRecord(report, {
            repo: context ? `${context.repo.owner}/${context.repo.repo}` : 'local',
            branch: context?.defaultBranch ?? 'local',
            sha: context?.headSha ?? report.commits?.head ?? 'local',
            // Outside GitHub every run is its own: the time tells local runs apart.
            runId: context?.runId ?? Date.now(),
            runAttempt: context?.runAttempt ?? 1,
            time: new Date().toISOString(),
            runner,
        })
        : undefined;
    const { stored, problems } = await (0,record_history/* recordHistory */.cJ)(backend, record ? [record] : [], {
        decision,
        keep: env.history.settings.keep,
        log: env.log,
    });
    notes.push(...problems);
    return {
        trend: renderPerfTrend([...read.records, ...stored], runner, report.metrics.map((m) => m.key)),
        notes,
    };
}
const spec = (0,shell/* defineAction */.Q)({
    name: 'perf-regression',
    read(inputs, env) {
        const settings = readPerfInputs(inputs);
        // The scenario is an input too: a bad file fails here, before anything is checked out or started.
        if (settings.mode === 'ab' || settings.mode === 'aa')
            loadRequests(settings, (0,external_node_path_.join)(env.workspace, settings.workingDirectory));
        return settings;
    },
    async run(settings, env) {
        const report = await runPerfRegression(settings, {
            workspace: env.workspace,
            ...(env.context?.baseSha ? { baseSha: env.context.baseSha } : {}),
            ...(env.context?.headSha ? { headSha: env.context.headSha } : {}),
            log: env.log,
            childEnv: env.childEnv(),
        });
        (0,external_node_fs_.mkdirSync)(env.tempDir, { recursive: true });
        const reportPath = (0,external_node_path_.join)(env.tempDir, `perf-regression-${(0,names/* fileSlug */.M)(report.name)}.json`);
        (0,external_node_fs_.writeFileSync)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
        const { trend, notes } = await spec_history(report, env).catch((error) => ({
            trend: '',
            notes: [`History unavailable: ${errorText(error)}`],
        }));
        for (const n of notes)
            env.log.warning(n);
        return { report, reportPath, trend, notes };
    },
    present({ report, reportPath, trend, notes }) {
        const shown = notes.length > 0 ? { ...report, notes: [...report.notes, ...notes] } : report;
        const failure = failureMessage(report);
        return {
            outputs: { verdict: report.verdict, report: reportPath },
            summary: renderPerfSummary(shown, trend),
            statuses: [
                {
                    context: statusContext(report.name),
                    state: gateFails(report) ? 'failure' : 'success',
                    description: statusDescription(report),
                },
            ],
            comment: {
                key: report.name ? `perf-regression:${(0,names/* fileSlug */.M)(report.name)}` : 'perf-regression',
                body: renderPerfComment(report),
            },
            annotations: report.verdict === 'inconclusive'
                ? [{ level: 'notice', message: `perf-regression: inconclusive: ${report.reason}` }]
                : [],
            metrics: (0,samples/* perfSamples */.lw)({
                name: report.name || 'default',
                metrics: report.metrics
                    .filter((m) => m.gated !== false)
                    .map((m) => ({ metric: m.key, change: m.changePct / 100, verdict: m.verdict })),
                regression: report.verdict === 'regression',
                passed: !gateFails(report),
            }),
            ...(failure ? { failure } : {}),
            exitCode: perfExitCode(report),
        };
    },
});


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


/***/ }),

/***/ 34359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ fileSlug)
/* harmony export */ });
/** An instance name as a file-name fragment: unsafe characters become '-', empty is 'default'. */
function fileSlug(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'default';
}


/***/ }),

/***/ 97967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ standardDeviation),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   i2: () => (/* binding */ mean)
/* harmony export */ });
/* unused harmony exports quantile, robustSpread */
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

/***/ 40025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ classifyChange),
/* harmony export */   u: () => (/* binding */ simultaneousLevel)
/* harmony export */ });
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


/***/ })

};
