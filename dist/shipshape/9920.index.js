export const id = 9920;
export const ids = [9920];
export const modules = {

/***/ 2959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ FolderHistory)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43923);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93114);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94718);
// History in a local directory, for the CLI, the demo and tests. Several processes may append at
// once (a matrix of local runs, parallel test workers), so no file is ever rewritten in place:
// every append writes a new file holding the merged history, renamed into place once complete,
// and only then deletes the files it merged. A record is therefore always in at least one
// complete file, and two appends racing each other leave two files whose union a read merges.






/** Files can vanish between listing and reading when another process compacts; list again. */
const MAX_RELISTS = 20;
function errorCode(error) {
    return error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined;
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
class FolderHistory {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    async read(q) {
        const { records, warnings } = await this.snapshot(q);
        return { records, warnings };
    }
    async append(records, o) {
        const groups = new Map();
        for (const r of records) {
            const id = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .historyId */ .E)(r);
            const group = groups.get(id) ?? { q: { kind: r.kind, name: r.name }, records: [] };
            group.records.push(r);
            groups.set(id, group);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
        for (const [id, group] of groups) {
            const before = await this.snapshot(group.q);
            const kept = (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .carryForward */ .DN)(before.records, group.records, o.keep);
            await this.writeAtomically(id, (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeRecords */ .Lb)(kept));
            for (const file of before.mergeable) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, file)).catch((error) => {
                    if (errorCode(error) !== 'ENOENT')
                        throw error;
                });
            }
        }
    }
    filesOf(id, names) {
        return names.filter((n) => n === `${id}.jsonl` ||
            (n.startsWith(`${id}.`) && /^\.\d+-\d+-[0-9a-f]+\.jsonl$/.test(n.slice(id.length))));
    }
    async snapshot(q) {
        const id = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .historyId */ .E)(q);
        for (let attempt = 0; attempt < MAX_RELISTS; attempt++) {
            let names;
            try {
                names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.dir);
            }
            catch (error) {
                if (errorCode(error) === 'ENOENT')
                    return { records: [], warnings: [], mergeable: [] };
                return { records: [], warnings: [`history folder ${this.dir}: ${describe(error)}`], mergeable: [] };
            }
            const warnings = [];
            const log = { warning: (m) => warnings.push(m) };
            const lists = [];
            const mergeable = [];
            let vanished = false;
            for (const file of this.filesOf(id, names.sort())) {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, file);
                let text;
                try {
                    text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
                }
                catch (error) {
                    if (errorCode(error) === 'ENOENT') {
                        vanished = true;
                        break;
                    }
                    warnings.push(`${path}: ${describe(error)}`);
                    continue;
                }
                const parsed = (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecords */ .Q4)(text, path, log);
                lists.push(parsed.records);
                // A file with lines this version cannot read (a newer schema, damage) is left in place.
                if (parsed.skipped === 0)
                    mergeable.push(file);
            }
            if (vanished)
                continue;
            return { records: (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .matching */ .wC)((0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeRecords */ .PI)(lists), q), warnings, mergeable };
        }
        return {
            records: [],
            warnings: [`history folder ${this.dir}: files kept changing while being read; gave up`],
            mergeable: [],
        };
    }
    async writeAtomically(id, text) {
        const stamp = `${Date.now()}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
        const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, `.${id}.${stamp}.tmp`);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx');
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        catch (error) {
            await handle.close();
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => { });
            throw error;
        }
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, `${id}.${stamp}.jsonl`));
    }
}


/***/ }),

/***/ 43923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ historyId)
/* harmony export */ });
/* unused harmony export safePart */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
// Names for files, artifacts and cache keys derived from a record's kind and name. Each part is
// reduced to [A-Za-z0-9_] so that '-' can separate parts unambiguously, which cache restore-key
// prefixes rely on: the prefix for name 'api' must not also match name 'api-v2'.

const MAX_PART = 60;
function safePart(value) {
    const cleaned = value.replace(/[^A-Za-z0-9_]+/g, '_').slice(0, MAX_PART);
    if (cleaned === value)
        return cleaned;
    // Different names must stay different after cleaning ('a-b' and 'a_b', or two long names).
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value).digest('hex').slice(0, 8);
    return `${cleaned}_${hash}`;
}
/** `<kind>-<name>`, safe as a file name, an artifact name and a cache key part. */
function historyId(q) {
    return `${safePart(q.kind)}-${safePart(q.name)}`;
}


/***/ }),

/***/ 93114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ runnerFingerprint),
/* harmony export */   Hy: () => (/* binding */ recordKey),
/* harmony export */   Lb: () => (/* binding */ serializeRecords),
/* harmony export */   NF: () => (/* binding */ HISTORY_SCHEMA),
/* harmony export */   Q4: () => (/* binding */ parseRecords)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
// One measurement of one thing (a coverage total, a benchmark, a page's vitals) at one commit, as
// every shipshape action stores it. Stored as JSON Lines so that a damaged line costs one record.

const HISTORY_SCHEMA = 'shipshape.history/v1';
const SCHEMA_PATTERN = /^shipshape\.history\/v(\d+)$/;
const SUPPORTED_VERSION = 1;
/** Per source; a file that is garbage throughout would otherwise bury the log. */
const MAX_WARNINGS_PER_SOURCE = 10;
function runnerFingerprint() {
    const model = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.cpus)()[0]?.model ?? '';
    return {
        os: `${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.platform)()}/${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.arch)()}`,
        cpu: model.trim().replace(/\s+/g, ' ') || 'unknown',
        cores: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(),
    };
}
/** Two records with the same key describe the same run attempt and are duplicates. */
function recordKey(r) {
    return JSON.stringify([r.kind, r.name, r.repo, r.branch, r.sha, r.runId, r.runAttempt]);
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Returns a description of the first thing wrong with `v`, or undefined when it is a valid v1 record. */
function shapeError(v) {
    for (const field of ['kind', 'name', 'repo', 'branch', 'sha']) {
        if (typeof v[field] !== 'string' || v[field] === '')
            return `'${field}' must be a non-empty string`;
    }
    if (!Number.isSafeInteger(v.runId) || v.runId < 0)
        return `'runId' must be a whole number`;
    if (!Number.isSafeInteger(v.runAttempt) || v.runAttempt < 0) {
        return `'runAttempt' must be a whole number`;
    }
    if (typeof v.time !== 'string' || Number.isNaN(Date.parse(v.time)))
        return `'time' must be an ISO date`;
    const runner = v.runner;
    if (!isObject(runner))
        return `'runner' must be an object`;
    if (typeof runner.os !== 'string' || typeof runner.cpu !== 'string' || typeof runner.cores !== 'number') {
        return `'runner' must have os, cpu (strings) and cores (number)`;
    }
    if (!isObject(v.metrics))
        return `'metrics' must be an object`;
    for (const [metric, value] of Object.entries(v.metrics)) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            return `metric '${metric}' must be a finite number`;
    }
    if (v.detail !== undefined && !isObject(v.detail))
        return `'detail' must be an object`;
    if (v.meta !== undefined) {
        if (!isObject(v.meta))
            return `'meta' must be an object`;
        for (const [key, value] of Object.entries(v.meta)) {
            if (!['string', 'number', 'boolean'].includes(typeof value)) {
                return `meta '${key}' must be a string, number or boolean`;
            }
        }
    }
    return undefined;
}
/**
 * Reads JSON Lines written by any shipshape version. Lines that cannot be used (corrupt JSON, a
 * record from a newer schema, a shape error) are skipped with a warning naming `source` and the
 * line; the rest are kept. Never throws.
 */
function parseRecords(text, source, log) {
    const records = [];
    let skipped = 0;
    const skip = (line, why) => {
        skipped++;
        if (skipped <= MAX_WARNINGS_PER_SOURCE)
            log.warning(`${source}:${line}: ${why}; record skipped`);
    };
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            const truncated = index === lines.length - 1 && !text.endsWith('\n');
            skip(index + 1, truncated ? 'last line is cut short (truncated file?)' : 'not valid JSON');
            return;
        }
        if (!isObject(value)) {
            skip(index + 1, 'not a JSON object');
            return;
        }
        const schema = value.schema;
        const version = typeof schema === 'string' ? SCHEMA_PATTERN.exec(schema)?.[1] : undefined;
        if (version === undefined) {
            skip(index + 1, `schema ${JSON.stringify(schema)} is not a shipshape history schema`);
            return;
        }
        if (Number(version) > SUPPORTED_VERSION) {
            skip(index + 1, `schema ${schema} was written by a newer shipshape; this one reads ${HISTORY_SCHEMA}`);
            return;
        }
        if (Number(version) !== SUPPORTED_VERSION) {
            skip(index + 1, `schema ${schema} is not supported`);
            return;
        }
        const problem = shapeError(value);
        if (problem) {
            skip(index + 1, problem);
            return;
        }
        // Unknown fields are kept so that carrying a newer v1 writer's records forward loses nothing.
        records.push(value);
    });
    if (skipped > MAX_WARNINGS_PER_SOURCE) {
        log.warning(`${source}: ${skipped} records skipped in all (only the first ${MAX_WARNINGS_PER_SOURCE} shown)`);
    }
    return { records, skipped };
}
/**
 * One record per line, newline-terminated. Throws on a record that would not read back (a metric
 * that is NaN or infinite turns into null in JSON), so bad data is caught where it is made.
 */
function serializeRecords(records) {
    let out = '';
    for (const r of records) {
        const problem = r.schema === HISTORY_SCHEMA ? shapeError(r) : 'wrong schema';
        if (problem)
            throw new Error(`history record ${r.kind}/${r.name} at ${r.sha}: ${problem}`);
        out += `${JSON.stringify(r)}\n`;
    }
    return out;
}


/***/ }),

/***/ 38034:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ DEFAULT_HISTORY_FOLDER),
/* harmony export */   Q6: () => (/* binding */ recordDecision),
/* harmony export */   cw: () => (/* binding */ readHistorySettings)
/* harmony export */ });
/* unused harmony exports HISTORY_CHOICES, DEFAULT_HISTORY_KEEP, MAX_HISTORY_KEEP */
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8998);

const HISTORY_CHOICES = ['auto', 'artifacts', 'cache', 'folder', 'off'];
const DEFAULT_HISTORY_FOLDER = '.shipshape/history';
/** Records kept per kind and name (one series) each time history is written. */
const DEFAULT_HISTORY_KEEP = 1000;
const MAX_HISTORY_KEEP = 100_000;
/** Words other tools (and older shipshape versions) use for "no history", with the one to write instead. */
const RETIRED = { none: 'off', false: 'off', no: 'off', true: 'auto' };
function readHistorySettings(source) {
    return {
        backend: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readChoiceRetiring */ .Mk)(source, 'history', HISTORY_CHOICES, 'auto', {
            what: 'history backend',
            words: RETIRED,
        }),
        folder: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(source, 'history-folder', DEFAULT_HISTORY_FOLDER),
        keep: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readInteger */ .JI)(source, 'history-keep', DEFAULT_HISTORY_KEEP, { min: 1, max: MAX_HISTORY_KEEP }),
    };
}
/** Events whose runs speak for the default branch itself (a pull request never does). */
const RECORDING_EVENTS = new Set([
    'push',
    'schedule',
    'workflow_dispatch',
    'repository_dispatch',
    'deployment_status',
]);
/**
 * Whether this run may append to history: the default branch of this repository, from a push, a
 * schedule or a manual or external trigger. Pull requests (forks above all) only ever read.
 */
function recordDecision(context, settings) {
    if (settings.backend === 'off')
        return { record: false, why: 'history is off' };
    if (!context)
        return { record: true };
    if (context.prNumber !== undefined || context.isFork) {
        return { record: false, why: 'pull requests read history but never write it' };
    }
    if (!RECORDING_EVENTS.has(context.eventName)) {
        return { record: false, why: `'${context.eventName}' runs do not record history` };
    }
    if (!context.defaultBranch) {
        return { record: false, why: 'the event does not name the default branch' };
    }
    if (context.eventName !== 'deployment_status' && context.ref !== `refs/heads/${context.defaultBranch}`) {
        return { record: false, why: `only the default branch (${context.defaultBranch}) records history` };
    }
    return { record: true };
}


/***/ }),

/***/ 94718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ carryForward),
/* harmony export */   PI: () => (/* binding */ mergeRecords),
/* harmony export */   wC: () => (/* binding */ matching)
/* harmony export */ });
/* unused harmony export DETAIL_KEEP */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93114);
// What every history backend offers, and the pure merging rules they share.

function timeOf(r) {
    return Date.parse(r.time);
}
function byTime(a, b) {
    const d = timeOf(a) - timeOf(b);
    if (d !== 0)
        return d;
    const ka = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordKey */ .Hy)(a);
    const kb = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordKey */ .Hy)(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}
/** The union of several reads by recordKey, oldest first. Of two duplicates the later-timed wins. */
function mergeRecords(lists) {
    const seen = new Map();
    for (const list of lists) {
        for (const r of list) {
            const key = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordKey */ .Hy)(r);
            const previous = seen.get(key);
            if (!previous || timeOf(r) >= timeOf(previous))
                seen.set(key, r);
        }
    }
    return [...seen.values()].sort(byTime);
}
/** The newest `keep` records of each kind and name among `existing` plus `newRecords`, oldest first. */
function carryForward(existing, newRecords, keep) {
    if (!Number.isSafeInteger(keep) || keep < 1)
        throw new Error(`keep must be a whole number ≥ 1, got ${keep}`);
    const merged = mergeRecords([existing, newRecords]);
    const groups = new Map();
    for (const r of merged) {
        const group = JSON.stringify([r.kind, r.name]);
        const list = groups.get(group) ?? [];
        list.push(r);
        groups.set(group, list);
    }
    return [...groups.values()].flatMap((list) => withoutOldDetail(list.slice(-keep))).sort(byTime);
}
/** How many of the newest records of a kind and name keep their `detail` when carried forward. */
const DETAIL_KEEP = 20;
function withoutOldDetail(list) {
    return list.map((r, i) => {
        if (r.detail === undefined || i >= list.length - DETAIL_KEEP)
            return r;
        const { detail: _dropped, ...rest } = r;
        return rest;
    });
}
function matching(records, q) {
    return records.filter((r) => r.kind === q.kind && r.name === q.name);
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


/***/ })

};
