export const id = 6656;
export const ids = [6656];
export const modules = {

/***/ 63933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ describeRestError)
/* harmony export */ });
/** One line for a failed REST call, without importing shared/github into every caller's bundle. */
function describeRestError(error) {
    if (!error || typeof error !== 'object')
        return String(error);
    const e = error;
    const data = e.response?.data;
    const message = data && typeof data === 'object' && 'message' in data && typeof data.message === 'string'
        ? data.message
        : typeof e.message === 'string'
            ? e.message
            : String(error);
    const oneLine = message.replace(/\s+/g, ' ').trim();
    return typeof e.status === 'number' ? `${e.status} ${oneLine}` : oneLine;
}


/***/ }),

/***/ 76656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C5: () => (/* reexport */ settings/* DEFAULT_HISTORY_FOLDER */.C5),
  jC: () => (/* binding */ openHistory)
});

// UNUSED EXPORTS: FallbackHistory, HISTORY_BACKENDS

// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/shared/history/failures.js
// How the history backends bound and report failures of the services they call: reads never
// throw, so every failure has to become one readable line.
/** The error's message on one line. */
function oneLine(error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}
/**
 * Rejects once `ms` have passed. The service clients retry for minutes on their own; this bounds
 * how long history can hold up a run. The abandoned call may finish in the background.
 */
function withDeadline(promise, ms, what) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
        timer.unref();
    });
    return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

// EXTERNAL MODULE: ./build/shared/history/names.js
var names = __webpack_require__(43923);
// EXTERNAL MODULE: ./build/shared/history/record.js
var record = __webpack_require__(93114);
// EXTERNAL MODULE: ./build/shared/history/rest.js
var rest = __webpack_require__(63933);
// EXTERNAL MODULE: ./build/shared/history/store.js
var store = __webpack_require__(94718);
// EXTERNAL MODULE: ./build/shared/history/zip.js
var zip = __webpack_require__(22688);
;// CONCATENATED MODULE: ./build/shared/history/artifacts.js
// History kept in workflow artifacts, which need no storage of the user's own. Artifacts are
// immutable, so every append uploads a new artifact carrying the newest `keep` records forward,
// and a read merges the latest few: two default-branch runs that raced each other each carry what
// they read plus their own record, and the next read sees both. Everything older is superseded:
// after an upload, artifacts beyond twice the read window are deleted (with `actions: write`), or
// an hourly monitor checkpoint would keep 90 days of full snapshots in the repository's storage.









const PREFIX = 'shipshape-history-';
function artifactName(q) {
    return `${PREFIX}${(0,names/* historyId */.E)(q)}`;
}
class ArtifactHistory {
    o;
    client;
    constructor(o) {
        this.o = o;
        this.client = o.client;
    }
    async read(q) {
        const warnings = [];
        const name = artifactName(q);
        let chosen;
        try {
            chosen = await this.latestArtifacts(name);
        }
        catch (error) {
            const hint = error.status === 403
                ? " — grant 'actions: read' in the workflow's permissions: block"
                : '';
            warnings.push(`could not list history artifacts '${name}': ${(0,rest/* describeRestError */.A)(error)}${hint}`);
            return { records: [], warnings };
        }
        if (chosen.length === 0)
            return { records: [], warnings };
        const base = await this.stagingDir();
        try {
            const lists = await Promise.all(chosen.map((a, i) => this.download(a, (0,external_node_path_.join)(base, String(i)), warnings)));
            return { records: (0,store/* matching */.wC)((0,store/* mergeRecords */.PI)(lists), q), warnings };
        }
        finally {
            await (0,promises_.rm)(base, { recursive: true, force: true });
        }
    }
    async append(records, o) {
        const groups = new Map();
        for (const r of records) {
            const name = artifactName(r);
            groups.set(name, [...(groups.get(name) ?? []), r]);
        }
        for (const [name, group] of groups) {
            const first = group[0];
            const q = { kind: first.kind, name: first.name };
            const before = await this.read(q);
            for (const w of before.warnings)
                this.o.log?.warning(w);
            if (before.warnings.length > 0 && before.records.length === 0) {
                this.o.log?.warning(`history '${name}' could not be read, so the new artifact carries only this run's records; ` +
                    `older records stay readable while their artifacts are among the latest ${this.latest()}`);
            }
            const kept = (0,store/* carryForward */.DN)(before.records, group, o.keep);
            await this.upload(name, q, kept);
            await this.prune(name);
        }
    }
    /**
     * Deletes superseded artifacts of one series: never the newest 2 × latest (reads merge `latest`;
     * the margin covers runs that listed before this upload), never one younger than the grace
     * period, and only this branch's own (the same filter reads use). A failure is logged, never fatal:
     * the history is complete without it.
     */
    async prune(name) {
        const grace = this.o.pruneAfterMinutes ?? 60;
        // Without a branch every run's artifacts of the name would count as ours.
        if (grace === false || this.o.branch === undefined)
            return;
        let stale;
        try {
            const all = await this.ownArtifacts(name);
            const cutoff = Date.now() - grace * 60_000;
            stale = all.slice(2 * this.latest()).filter((a) => Date.parse(a.created_at ?? '') < cutoff);
        }
        catch {
            return; // listing worked moments ago; the next run prunes instead
        }
        let deleted = 0;
        for (const a of stale) {
            try {
                await this.o.octokit.request('DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}', {
                    owner: this.o.owner,
                    repo: this.o.repo,
                    artifact_id: a.id,
                });
                deleted++;
            }
            catch (error) {
                const denied = error.status === 403;
                this.o.log?.info(denied
                    ? `history: ${stale.length - deleted} superseded artifact(s) of '${name}' kept: grant 'actions: write' to let shipshape delete them (they count against the repository's artifact storage)`
                    : `history: could not delete superseded artifact ${a.id} of '${name}': ${(0,rest/* describeRestError */.A)(error)}`);
                return;
            }
        }
        if (deleted > 0)
            this.o.log?.info(`history: deleted ${deleted} superseded artifact(s) of '${name}'`);
    }
    latest() {
        return this.o.latest ?? 3;
    }
    async transfer() {
        if (!this.client) {
            // Loaded on first use so that callers of the folder backend never load the artifact client.
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1371), __webpack_require__.e(6913), __webpack_require__.e(3758), __webpack_require__.e(6518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
            this.client = new DefaultArtifactClient();
        }
        return this.client;
    }
    async stagingDir() {
        const root = this.o.tempDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
        await (0,promises_.mkdir)(root, { recursive: true });
        return (0,promises_.mkdtemp)((0,external_node_path_.join)(root, 'shipshape-history-'));
    }
    async latestArtifacts(name) {
        return (await this.ownArtifacts(name)).slice(0, this.latest());
    }
    /** This series' unexpired artifacts from this branch's runs, newest first. */
    async ownArtifacts(name) {
        const { data } = await this.o.octokit.request('GET /repos/{owner}/{repo}/actions/artifacts', {
            owner: this.o.owner,
            repo: this.o.repo,
            name,
            per_page: 100,
        });
        const listed = data.artifacts ?? [];
        const now = Date.now();
        const usable = listed.filter((a) => {
            if (a.name !== name || a.expired)
                return false;
            if (a.expires_at && Date.parse(a.expires_at) <= now)
                return false;
            if (!a.workflow_run?.id)
                return false;
            if (this.o.branch === undefined)
                return true;
            const run = a.workflow_run;
            const sameRepo = run.head_repository_id === undefined || run.repository_id === undefined
                ? true
                : run.head_repository_id === run.repository_id;
            return sameRepo && run.head_branch === this.o.branch;
        });
        usable.sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
        return usable;
    }
    /** The records in one artifact; a failure is a warning and no records. */
    async download(a, dir, warnings) {
        const label = `history artifact '${a.name}' (id ${a.id}, run ${a.workflow_run?.id})`;
        try {
            await (0,promises_.mkdir)(dir, { recursive: true });
            const client = await this.transfer();
            await withDeadline(client.downloadArtifact(a.id, {
                path: dir,
                // Unpacked here instead, so that a damaged archive is reported at once (see zip.ts).
                skipDecompress: true,
                findBy: {
                    token: this.o.token,
                    workflowRunId: a.workflow_run.id,
                    repositoryOwner: this.o.owner,
                    repositoryName: this.o.repo,
                },
            }), this.o.downloadTimeoutMs ?? 120_000, 'the download');
            const records = [];
            const log = { warning: (m) => warnings.push(m) };
            for (const file of await (0,promises_.readdir)(dir)) {
                const data = await (0,promises_.readFile)((0,external_node_path_.join)(dir, file));
                const entries = (0,zip/* isZip */.K0)(data) ? await (0,zip/* readZip */.ue)(data) : [{ name: file, data }];
                for (const entry of entries) {
                    records.push(...(0,record/* parseRecords */.Q4)(entry.data.toString('utf8'), `${label}/${entry.name}`, log).records);
                }
            }
            return records;
        }
        catch (error) {
            warnings.push(`${label} could not be read and was skipped: ${oneLine(error)}`);
            return [];
        }
    }
    async upload(name, q, records) {
        const dir = await this.stagingDir();
        try {
            const file = (0,external_node_path_.join)(dir, `${(0,names/* historyId */.E)(q)}.jsonl`);
            await (0,promises_.writeFile)(file, (0,record/* serializeRecords */.Lb)(records), 'utf8');
            const client = await this.transfer();
            await client.uploadArtifact(name, [file], dir, { retentionDays: this.o.retentionDays ?? 90 });
            this.o.log?.info(`history: stored ${records.length} records in artifact '${name}'`);
        }
        catch (error) {
            const message = oneLine(error);
            const why = /\(409\)|already exists/i.test(message)
                ? ` — this run (attempt ${this.o.runAttempt}) already stored '${name}': a re-run whose first attempt ` +
                    'stored history, or two jobs storing the same kind and name (give each its own name)'
                : '';
            throw new Error(`could not store history artifact '${name}': ${message}${why}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/shared/history/cache.js
// History in the Actions cache: the fallback for pull requests from forks, whose token may not
// list artifacts but which can restore caches saved on the base branch. A restore yields only the
// newest matching entry, so unlike artifacts two runs racing each other can lose one record here;
// artifacts stay the record of truth.






const DEFAULT_PATH = '.shipshape-history-cache';
function cacheKeyPrefix(q) {
    return `shipshape-history-${(0,names/* historyId */.E)(q)}-`;
}
class CacheHistory {
    o;
    client;
    constructor(o) {
        this.o = o;
        this.client = o.client;
    }
    async read(q) {
        const warnings = [];
        const prefix = cacheKeyPrefix(q);
        const { relative, absolute } = this.location(q);
        try {
            await (0,promises_.rm)(absolute, { recursive: true, force: true });
            const client = await this.transfer();
            const hit = await withDeadline(client.restoreCache([relative], `${prefix}${this.o.runId}-${this.o.runAttempt}`, [prefix]), this.o.timeoutMs ?? 120_000, 'restoring the history cache');
            if (hit === undefined)
                return { records: [], warnings };
            const file = (0,external_node_path_.join)(absolute, 'history.jsonl');
            const text = await (0,promises_.readFile)(file, 'utf8');
            const parsed = (0,record/* parseRecords */.Q4)(text, `history cache '${hit}'`, { warning: (m) => warnings.push(m) });
            return { records: (0,store/* matching */.wC)(parsed.records, q), warnings };
        }
        catch (error) {
            warnings.push(`could not restore history cache '${prefix}*': ${oneLine(error)}`);
            return { records: [], warnings };
        }
        finally {
            await (0,promises_.rm)(absolute, { recursive: true, force: true }).catch(() => { });
        }
    }
    async append(records, o) {
        const groups = new Map();
        for (const r of records)
            groups.set((0,names/* historyId */.E)(r), [...(groups.get((0,names/* historyId */.E)(r)) ?? []), r]);
        for (const group of groups.values()) {
            const first = group[0];
            const q = { kind: first.kind, name: first.name };
            const before = await this.read(q);
            for (const w of before.warnings)
                this.o.log?.warning(w);
            const kept = (0,store/* carryForward */.DN)(before.records, group, o.keep);
            const key = `${cacheKeyPrefix(q)}${this.o.runId}-${this.o.runAttempt}`;
            const { relative, absolute } = this.location(q);
            try {
                await (0,promises_.mkdir)(absolute, { recursive: true });
                await (0,promises_.writeFile)((0,external_node_path_.join)(absolute, 'history.jsonl'), (0,record/* serializeRecords */.Lb)(kept), 'utf8');
                const client = await this.transfer();
                const id = await withDeadline(client.saveCache([relative], key), this.o.timeoutMs ?? 120_000, 'saving');
                // saveCache reports most failures as a warning of its own and -1.
                if (id === -1)
                    throw new Error('the cache service did not accept it (see the warning above)');
                this.o.log?.info(`history: stored ${kept.length} records in cache '${key}'`);
            }
            catch (error) {
                throw new Error(`could not store history cache '${key}': ${oneLine(error)}`);
            }
            finally {
                await (0,promises_.rm)(absolute, { recursive: true, force: true }).catch(() => { });
            }
        }
    }
    /** The cache version hashes the path as given, so it must be the same string in every run. */
    location(q) {
        const relative = `${this.o.path ?? DEFAULT_PATH}/${(0,names/* historyId */.E)(q)}`;
        return { relative, absolute: (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd(), relative) };
    }
    async transfer() {
        if (!this.client) {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1371), __webpack_require__.e(2088), __webpack_require__.e(8091)]).then(__webpack_require__.bind(__webpack_require__, 18091));
            this.client = { restoreCache: cache.restoreCache, saveCache: cache.saveCache };
        }
        return this.client;
    }
}

// EXTERNAL MODULE: ./build/shared/history/folder.js
var history_folder = __webpack_require__(2959);
// EXTERNAL MODULE: ./build/shared/history/settings.js
var settings = __webpack_require__(38034);
;// CONCATENATED MODULE: ./build/shared/history/select.js





const HISTORY_BACKENDS = ['artifacts', 'cache', 'folder', 'auto'];


/**
 * Reads the primary backend and, when that reported a problem, the fallback too, merging both.
 * Appends go to both; it fails only when neither stored anything.
 */
class FallbackHistory {
    primary;
    fallback;
    log;
    constructor(primary, fallback, log) {
        this.primary = primary;
        this.fallback = fallback;
        this.log = log;
    }
    async read(q) {
        const first = await this.primary.read(q);
        if (first.warnings.length === 0)
            return first;
        const second = await this.fallback.read(q);
        return {
            records: (0,store/* mergeRecords */.PI)([first.records, second.records]),
            warnings: [...first.warnings, ...second.warnings],
        };
    }
    async append(records, o) {
        const results = await Promise.allSettled([
            this.primary.append(records, o),
            this.fallback.append(records, o),
        ]);
        const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        if (failures.length === results.length)
            throw failures[0];
        for (const f of failures)
            this.log?.warning(f instanceof Error ? f.message : String(f));
    }
}
function positiveInt(value) {
    const n = Number(value);
    return value && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}
function openHistory(o) {
    const env = o.env ?? process.env;
    const folder = () => new history_folder/* FolderHistory */.V(o.folder ?? settings/* DEFAULT_HISTORY_FOLDER */.C5);
    const runId = o.runId ?? positiveInt(env.GITHUB_RUN_ID) ?? 0;
    const runAttempt = o.runAttempt ?? positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1;
    const cache = () => new CacheHistory({ runId, runAttempt, log: o.log });
    const artifacts = () => {
        if (!o.github) {
            throw new errors/* EnvironmentError */.eG("the 'artifacts' history backend needs a GitHub token: pass the token input (the default is the job's token) and grant 'actions: read' (and 'actions: write' to record)");
        }
        return new ArtifactHistory({
            ...o.github,
            runId,
            runAttempt,
            branch: o.branch,
            retentionDays: o.retentionDays,
            latest: o.latest,
            log: o.log,
        });
    };
    const onActions = env.GITHUB_ACTIONS === 'true' && Boolean(env.ACTIONS_RUNTIME_TOKEN);
    switch (o.backend) {
        case 'folder':
            return folder();
        case 'cache':
            if (!onActions) {
                throw new errors/* EnvironmentError */.eG("the 'cache' history backend works only inside a GitHub Actions job; use 'history: folder' elsewhere");
            }
            return cache();
        case 'artifacts':
            if (!onActions)
                throw new errors/* EnvironmentError */.eG("the 'artifacts' history backend works only inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN is not set); use 'history: folder' elsewhere");
            return artifacts();
        case 'auto':
            if (!onActions)
                return folder();
            return o.github ? new FallbackHistory(artifacts(), cache(), o.log) : cache();
        default:
            throw new Error(`unknown history backend '${String(o.backend)}'; use one of ${HISTORY_BACKENDS.join(', ')}`);
    }
}


/***/ }),

/***/ 22688:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K0: () => (/* binding */ isZip),
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   g7: () => (/* binding */ readZipEntry),
/* harmony export */   ue: () => (/* binding */ readZip)
/* harmony export */ });
/* unused harmony export DEFAULT_ZIP_LIMITS */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29556);
// Reads the small zip archives artifacts are stored as. The artifact client can unpack them itself,
// but it retries a damaged archive for half a minute and then reports only that it failed; here a
// damaged archive is one clear error, and nothing is written outside memory. Archives may come
// from untrusted runs (a fork's pull request), so entry counts and inflated sizes are bounded
// before and while inflating: a few kilobytes can claim gigabytes.


/** A damaged, hostile or unsupported archive; exit 2, since the data is unusable, not shipshape. */
class ZipError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb {
    name = 'ZipError';
}
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** History files hold a few thousand records; anything near this is not one of ours. */
const DEFAULT_ZIP_LIMITS = { maxEntries: 1_000, maxBytes: 64 * 1024 * 1024 };
function isZip(data) {
    return data.length >= 4 && data.readUInt32LE(0) === LOCAL;
}
function findEndOfCentralDirectory(buf) {
    const last = buf.length - 22;
    const first = Math.max(0, last - 0xffff);
    for (let at = last; at >= first; at--) {
        if (buf.readUInt32LE(at) === EOCD)
            return at;
    }
    throw new ZipError('not a complete zip archive (no end-of-central-directory record; truncated?)');
}
/** The central directory, checked against the limits before anything is inflated. */
function centralDirectory(buf, limits) {
    if (buf.length < 22)
        throw new ZipError(`not a zip archive (${buf.length} bytes)`);
    const eocd = findEndOfCentralDirectory(buf);
    const count = buf.readUInt16LE(eocd + 10);
    const size = buf.readUInt32LE(eocd + 12);
    let at = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || size === 0xffffffff || at === 0xffffffff)
        throw new ZipError('zip64 archives are not supported');
    if (count > limits.maxEntries)
        throw new ZipError(`the archive holds ${count} entries, more than the ${limits.maxEntries} expected`);
    if (at + size > eocd)
        throw new ZipError('zip central directory lies outside the archive (truncated?)');
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
            throw new ZipError(`zip entry ${i + 1}: bad header`);
        const nameLength = buf.readUInt16LE(at + 28);
        entries.push({
            name: buf.toString('utf8', at + 46, at + 46 + nameLength),
            flags: buf.readUInt16LE(at + 8),
            method: buf.readUInt16LE(at + 10),
            crc: buf.readUInt32LE(at + 16),
            compressed: buf.readUInt32LE(at + 20),
            uncompressed: buf.readUInt32LE(at + 24),
            localAt: buf.readUInt32LE(at + 42),
        });
        at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    }
    return entries;
}
/** Inflates one entry chunk by chunk, stopping as soon as it outgrows `maxBytes`. */
async function inflateEntry(buf, entry, maxBytes) {
    const { name } = entry;
    if (entry.flags & 1)
        throw new ZipError(`zip entry ${name}: encrypted`);
    if (entry.uncompressed > maxBytes)
        throw new ZipError(`zip entry ${name}: ${entry.uncompressed} bytes is more than the ${maxBytes} allowed`);
    const at = entry.localAt;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL)
        throw new ZipError(`zip entry ${name}: bad local header`);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    if (start + entry.compressed > buf.length)
        throw new ZipError(`zip entry ${name}: data runs past the end (truncated?)`);
    const raw = buf.subarray(start, start + entry.compressed);
    let data;
    if (entry.method === 0) {
        data = raw;
    }
    else if (entry.method === 8) {
        data = await new Promise((resolve, reject) => {
            const chunks = [];
            let size = 0;
            const inflate = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.createInflateRaw)({ chunkSize: 64 * 1024 });
            inflate.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBytes) {
                    inflate.destroy();
                    reject(new ZipError(`zip entry ${name}: inflates past the ${maxBytes} bytes allowed (a zip bomb?)`));
                    return;
                }
                chunks.push(chunk);
            });
            inflate.on('error', (error) => reject(new ZipError(`zip entry ${name}: ${error.message}`)));
            inflate.on('end', () => resolve(Buffer.concat(chunks, size)));
            inflate.end(raw);
        });
    }
    else {
        throw new ZipError(`zip entry ${name}: compression method ${entry.method} is not supported`);
    }
    if (data.length !== entry.uncompressed || (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(data) !== entry.crc)
        throw new ZipError(`zip entry ${name}: checksum mismatch`);
    return data;
}
/** Every file in the archive; throws a ZipError with a one-line reason when it is damaged or too big. */
async function readZip(buf, limits = DEFAULT_ZIP_LIMITS) {
    const entries = [];
    let total = 0;
    for (const entry of centralDirectory(buf, limits)) {
        if (entry.name.endsWith('/'))
            continue;
        const data = await inflateEntry(buf, entry, limits.maxBytes - total);
        total += data.length;
        entries.push({ name: entry.name, data });
    }
    return entries;
}
/**
 * The one entry called `name`, inflating nothing else; undefined when the archive has none. Two
 * entries of that name are refused (which one would a reader believe?).
 */
async function readZipEntry(buf, name, limits) {
    const matches = centralDirectory(buf, limits).filter((e) => e.name === name);
    if (matches.length > 1)
        throw new ZipError(`the archive holds ${matches.length} entries named ${name}`);
    const [entry] = matches;
    return entry ? inflateEntry(buf, entry, limits.maxBytes) : undefined;
}


/***/ })

};
