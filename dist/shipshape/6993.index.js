export const id = 6993;
export const ids = [6993];
export const modules = {

/***/ 34175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ REPORT_SCHEMA),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Po: () => (/* binding */ gateReportPath)
/* harmony export */ });
/* harmony import */ var _coverage_totals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52568);
/* harmony import */ var _runtime_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34359);


const REPORT_SCHEMA = 'shipshape.coverage-gate/v1';
/** Where coverage-gate writes its JSON report in a job; coverage-comment of the same name reads it there. */
function gateReportPath(runnerTemp, name) {
    return `${runnerTemp}/shipshape/coverage-gate-${(0,_runtime_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fileSlug */ .M)(name)}.json`;
}
function buildReport(input) {
    const report = {
        schema: REPORT_SCHEMA,
        name: input.name,
        passed: input.gates.every((g) => g.passed),
        coverage: input.coverage ?? { metric: 'lines', ...input.totals.lines },
        totals: input.totals,
        patch: input.patch && !('unavailable' in input.patch) ? input.patch : null,
        gates: input.gates,
        files: input.files.map((f) => ({ path: f.path, ...(0,_coverage_totals_js__WEBPACK_IMPORTED_MODULE_0__/* .fileTotals */ .Ed)(f) })),
        sources: input.sources,
        unmatched: input.unmatched,
        basis: input.basis ?? [],
    };
    if (input.patch && 'unavailable' in input.patch)
        report.patchUnavailable = input.patch.unavailable;
    if (input.commit)
        report.commit = input.commit;
    if (input.pullRequest !== undefined)
        report.pullRequest = input.pullRequest;
    return report;
}


/***/ }),

/***/ 49931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ failureMessage),
/* harmony export */   u: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var _report_runbooks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65186);
/* harmony import */ var _totals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52568);



/** Thresholds read as the user wrote them; measured values always with two decimals. */
function fmt(n) {
    return `${Number.isInteger(n) ? n : n.toFixed(2)}%`;
}
function measured(n) {
    return `${n.toFixed(2)}%`;
}
/**
 * The fewest extra covered items that make the gate pass, found with the same floored percentage
 * the gate compares: `ceil(28 / 100 * 25)` is 8 in floating point when 7 lines are enough.
 */
function moreNeeded(threshold, covered, total) {
    let low = covered;
    let high = total;
    while (low < high) {
        const mid = Math.floor((low + high) / 2);
        if (((0,_totals_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(mid, total) ?? 0) >= threshold)
            high = mid;
        else
            low = mid + 1;
    }
    return low - covered;
}
function minimumGate(id, title, metric, threshold, actual, covered, total) {
    if (actual === null) {
        return {
            id,
            title,
            metric,
            threshold,
            actual,
            passed: true,
            skipped: true,
            reason: `no ${metric} to measure (0 found)`,
        };
    }
    const passed = actual >= threshold;
    const detail = `${covered}/${total} ${metric} covered`;
    const reason = passed
        ? `${measured(actual)} ≥ ${fmt(threshold)} (${detail})`
        : `${measured(actual)} is below the minimum ${fmt(threshold)} (${detail}; ${moreNeeded(threshold, covered, total)} more needed)`;
    return { id, title, metric, threshold, actual, passed, skipped: false, reason };
}
/** Pure: every gate's verdict from the evidence. Order is the order of the report. */
function evaluateGates(config, evidence) {
    const results = [];
    const t = evidence.totals;
    const nothing = ['lines', 'statements', 'branches', 'functions'].every((m) => t[m].total === 0);
    if (nothing) {
        const allowed = config.ifEmpty === 'pass';
        results.push({
            id: 'not-empty',
            title: 'something to measure',
            metric: 'empty',
            threshold: 0,
            actual: null,
            passed: allowed,
            skipped: allowed,
            reason: allowed
                ? 'the reports hold nothing to measure (0 lines, 0 statements); allowed by if-empty: pass'
                : 'the reports hold nothing to measure (0 lines, 0 statements): did the tests load any source? Set if-empty: pass to allow this',
        });
    }
    const head = evidence.headline ?? { metric: 'lines', ...t.lines };
    if (config.minCoverage !== undefined && !nothing) {
        results.push(minimumGate('min-coverage', `coverage (${head.metric})`, head.metric, config.minCoverage, head.pct, head.covered, head.total));
    }
    for (const metric of ['lines', 'branches', 'functions', 'statements']) {
        const min = config.minimums[metric];
        if (min === undefined)
            continue;
        const m = t[metric];
        results.push(minimumGate(`min-${metric}`, `${metric} coverage`, metric, min, m.pct, m.covered, m.total));
    }
    for (const rule of config.pathThresholds) {
        const match = picomatch__WEBPACK_IMPORTED_MODULE_2__(rule.glob, { dot: true });
        const subset = evidence.files.filter((f) => match(f.path));
        const id = `path:${rule.glob}:${rule.metric}`;
        const title = `${rule.metric} coverage of ${rule.glob}`;
        if (subset.length === 0) {
            results.push({
                id,
                title,
                metric: rule.metric,
                threshold: rule.min,
                actual: null,
                passed: true,
                skipped: true,
                reason: `no covered file matches '${rule.glob}'`,
            });
            continue;
        }
        const t = (0,_totals_js__WEBPACK_IMPORTED_MODULE_1__/* .computeTotals */ .x0)(subset)[rule.metric];
        const gate = minimumGate(id, title, rule.metric, rule.min, t.pct, t.covered, t.total);
        gate.reason = `${gate.reason} in ${subset.length} file(s)`;
        results.push(gate);
    }
    if (config.minPatch !== undefined)
        results.push(patchGate(config.minPatch, evidence.patch));
    if (config.maxDrop !== undefined)
        results.push(dropGate(config.maxDrop, evidence.totals, evidence.baseline));
    return results;
}
function patchGate(threshold, patch) {
    const base = { id: 'min-patch', title: 'patch coverage', metric: 'patch', threshold };
    if (!patch)
        return {
            ...base,
            actual: null,
            passed: true,
            skipped: true,
            reason: 'not a pull request: no changed lines to measure',
        };
    if ('unavailable' in patch)
        return { ...base, actual: null, passed: true, skipped: true, reason: patch.unavailable };
    const p = patch.value;
    if (p.pct === null)
        return { ...base, actual: null, passed: true, skipped: true, reason: 'no executable line was changed' };
    const passed = p.pct >= threshold;
    const detail = `${p.covered}/${p.total} changed executable lines covered`;
    return {
        ...base,
        actual: p.pct,
        passed,
        skipped: false,
        reason: passed
            ? `${measured(p.pct)} ≥ ${fmt(threshold)} (${detail})`
            : `${measured(p.pct)} of the changed lines are covered, below ${fmt(threshold)} (${detail})`,
    };
}
function dropGate(maxDrop, totals, baseline) {
    const base = { id: 'max-drop', title: 'drop vs base', metric: 'drop', threshold: maxDrop };
    if (!baseline)
        return {
            ...base,
            actual: null,
            passed: true,
            skipped: true,
            reason: 'no baseline: the history store is not available yet',
        };
    if ('unavailable' in baseline)
        return { ...base, actual: null, passed: true, skipped: true, reason: baseline.unavailable };
    const head = totals.lines.pct;
    if (head === null)
        return { ...base, actual: null, passed: true, skipped: true, reason: 'no lines to measure' };
    const drop = Math.round((baseline.value.lines - head) * 100) / 100;
    const passed = drop <= maxDrop;
    const what = drop > 0
        ? `dropped ${drop.toFixed(2)} points`
        : drop < 0
            ? `rose ${(-drop).toFixed(2)} points`
            : 'unchanged';
    return {
        ...base,
        actual: drop,
        passed,
        skipped: false,
        reason: `lines ${what} vs ${baseline.value.sha.slice(0, 7)} (${measured(baseline.value.lines)} → ${measured(head)})${passed ? '' : `, more than the allowed ${maxDrop} points`}`,
    };
}
/** One readable message listing every failing gate, for the failure annotation and the CLI. */
function failureMessage(results, name) {
    const failed = results.filter((r) => !r.passed);
    if (failed.length === 0)
        return undefined;
    const head = `${name ? `${name}: ` : ''}${failed.length} coverage gate${failed.length > 1 ? 's' : ''} failed:`;
    const runbooks = [...new Set(failed.map((r) => (0,_report_runbooks_js__WEBPACK_IMPORTED_MODULE_0__/* .runbookUrl */ .oV)('coverage-gate', (0,_report_runbooks_js__WEBPACK_IMPORTED_MODULE_0__/* .coverageGateAnchor */ .np)(r.id))))];
    return [head, ...failed.map((r) => `- ${r.title}: ${r.reason}`), `What to do: ${runbooks.join(' ')}`].join('\n');
}


/***/ }),

/***/ 36049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ computePatchCoverage),
/* harmony export */   n: () => (/* binding */ lineRanges)
/* harmony export */ });
/* harmony import */ var _totals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52568);

const SOURCE_FILE = /\.(c|cc|cpp|cs|go|java|js|jsx|kt|mjs|cjs|php|py|rb|rs|scala|swift|ts|tsx|vue|svelte)$/i;
// Test files, and declaration files that hold no executable code (`.d.ts`), never have coverage
// of their own, so a change to them is not "missing" coverage.
const NEVER_COVERED = /(^|\/)(test|tests|__tests__|spec)\/|[._-](test|spec)\.[a-z]+$|_test\.go$|(^|\/)test_[^/]*\.py$|\.d\.[cm]?ts$/i;
/**
 * Coverage of the lines a change adds or modifies: only changed lines the coverage report
 * calls executable count, so comments, blank lines and config files neither help nor hurt.
 */
function computePatchCoverage(files, changed, 
/** The instance's folder (working-directory), repo-relative: files outside it are another instance's. */
scope = '') {
    const prefix = scope.replace(/^\.\/?/, '').replace(/\/+$/, '');
    const inScope = (path) => prefix === '' || path.startsWith(`${prefix}/`);
    const byPath = new Map(files.map((f) => [f.path, f]));
    const result = [];
    const missingFiles = [];
    let covered = 0;
    let total = 0;
    for (const [path, lines] of changed) {
        const file = byPath.get(path);
        if (!file) {
            if (SOURCE_FILE.test(path) && !NEVER_COVERED.test(path) && inScope(path))
                missingFiles.push(path);
            continue;
        }
        const uncoveredLines = [];
        let fileCovered = 0;
        let fileTotal = 0;
        for (let i = 0; i < file.lineNumbers.length; i++) {
            const line = file.lineNumbers[i];
            if (!lines.has(line))
                continue;
            fileTotal++;
            if (file.lineHits[i] > 0)
                fileCovered++;
            else
                uncoveredLines.push(line);
        }
        if (fileTotal === 0)
            continue;
        covered += fileCovered;
        total += fileTotal;
        result.push({ path, executable: fileTotal, covered: fileCovered, uncoveredLines });
    }
    result.sort((a, b) => b.uncoveredLines.length - a.uncoveredLines.length || (a.path < b.path ? -1 : 1));
    return { covered, total, pct: (0,_totals_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(covered, total), files: result, missingFiles: missingFiles.sort() };
}
/** Groups ascending line numbers into ranges, e.g. [3,4,5,9] -> [[3,5],[9,9]]. */
function lineRanges(lines) {
    const ranges = [];
    for (const line of lines) {
        const last = ranges[ranges.length - 1];
        if (last && line === last[1] + 1)
            last[1] = line;
        else
            ranges.push([line, line]);
    }
    return ranges;
}


/***/ }),

/***/ 7233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ changedLinesFromGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21380);
// Changed lines of a pull request from the local checkout, without the API. A shallow clone
// (actions/checkout's default depth is 1) lacks the merge-base, so history is deepened in bounded
// steps; when that fails the caller falls back to the pull-request files API.



const SHA = /^[0-9a-f]{7,64}$/i;
const FIRST_DEEPEN = 50;
function runGit(cwd, args, timeoutMs, log) {
    log.debug?.(`git ${args.join(' ')}`);
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, {
            cwd,
            timeout: timeoutMs,
            maxBuffer: 1024 * 1024 * 1024,
            // Never wait for credentials on a terminal that nobody watches.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        }, (error, stdout, stderr) => {
            if (!error) {
                resolve({ ok: true, stdout });
                return;
            }
            const e = error;
            const missingGit = e.code === 'ENOENT';
            const detail = missingGit
                ? 'git is not installed or not on PATH'
                : e.killed
                    ? `git ${args[0]} timed out after ${timeoutMs} ms`
                    : (stderr.trim().split('\n').at(-1) ?? '') || e.message;
            resolve({ ok: false, missingGit, detail });
        });
    });
}
async function changedLinesFromGit(o) {
    const { cwd, baseSha, headSha, log } = o;
    const timeoutMs = o.timeoutMs ?? 120_000;
    const remote = o.remote ?? 'origin';
    const git = (args) => runGit(cwd, args, timeoutMs, log);
    for (const [name, sha] of [
        ['base', baseSha],
        ['head', headSha],
    ]) {
        if (!SHA.test(sha))
            return { unavailable: `${name} '${sha}' is not a commit sha` };
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cwd))
        return { unavailable: `directory ${cwd} does not exist` };
    const top = await git(['rev-parse', '--show-toplevel']);
    if (!top.ok)
        return { unavailable: top.missingGit ? top.detail : `${cwd} is not a git work tree (${top.detail})` };
    const mergeBase = async () => {
        const r = await git(['merge-base', baseSha, headSha]);
        return r.ok ? r.stdout.trim() : undefined;
    };
    let base = await mergeBase();
    if (base === undefined) {
        const fetched = await fetchHistory(git, { baseSha, headSha, remote, maxDeepen: o.maxDeepen ?? 5, log }, mergeBase);
        if ('unavailable' in fetched)
            return fetched;
        base = fetched.mergeBase;
    }
    const diff = await git([
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--no-relative',
        '--ignore-submodules=all',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--unified=0',
        '-M',
        base,
        headSha,
        '--',
    ]);
    if (!diff.ok)
        return { unavailable: `git diff ${base}..${headSha} failed: ${diff.detail}` };
    const files = new Map();
    const binary = [];
    let parsed;
    try {
        parsed = (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUnifiedDiffFiles */ ._M)(diff.stdout);
    }
    catch (err) {
        return { unavailable: `cannot read the output of git diff: ${err.message}` };
    }
    for (const file of parsed) {
        if (file.status === 'deleted')
            continue;
        files.set(file.path, file.addedLines);
        if (file.binary)
            binary.push(file.path);
    }
    log.debug?.(`git diff ${base}..${headSha}: ${files.size} changed files`);
    return { files, mergeBase: base, binary };
}
async function fetchHistory(git, o, mergeBase) {
    const { baseSha, headSha, remote, log } = o;
    const pair = `${baseSha.slice(0, 12)} and ${headSha.slice(0, 12)}`;
    const url = await git(['remote', 'get-url', remote]);
    if (!url.ok)
        return { unavailable: `merge-base of ${pair} is not in the clone and there is no remote '${remote}'` };
    const isShallow = async () => {
        const r = await git(['rev-parse', '--is-shallow-repository']);
        return r.ok && r.stdout.trim() === 'true';
    };
    const fetchArgs = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
    if (!(await isShallow())) {
        // A complete clone may simply not have the commits yet (e.g. a pull request from a fork).
        const r = await git([...fetchArgs, remote, baseSha, headSha]);
        if (!r.ok)
            return { unavailable: `fetching ${pair} from '${remote}' failed: ${r.detail}` };
        const found = await mergeBase();
        return found === undefined ? { unavailable: `${pair} have no common ancestor` } : { mergeBase: found };
    }
    let step = FIRST_DEEPEN;
    let total = 0;
    for (let round = 1; round <= o.maxDeepen; round++) {
        log.info(`Shallow clone lacks the merge-base of ${pair}; fetching ${step} more commits (round ${round})`);
        const r = await git([...fetchArgs, `--deepen=${step}`, remote, baseSha, headSha]);
        if (!r.ok)
            return { unavailable: `deepening the clone from '${remote}' failed: ${r.detail}` };
        total += step;
        const found = await mergeBase();
        if (found !== undefined)
            return { mergeBase: found };
        if (!(await isShallow()))
            return { unavailable: `${pair} have no common ancestor` };
        step *= 2;
    }
    return {
        unavailable: `merge-base of ${pair} not found after deepening the clone by ${total} commits; ` +
            'set fetch-depth: 0 on actions/checkout to diff locally',
    };
}


/***/ }),

/***/ 21380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _M: () => (/* binding */ parseUnifiedDiffFiles),
/* harmony export */   nX: () => (/* binding */ addedLinesOfPatch)
/* harmony export */ });
/* unused harmony exports DiffParseError, unquoteGitPath, parseUnifiedDiff */
// Unified-diff reading: which lines of the new side of each file were added or modified.
// One hunk reader serves both a whole `git diff` and the per-file `patch` text the GitHub
// pull-request files API returns (hunks without file headers).
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** Thrown for text that is not a unified diff; the message names the line. */
class DiffParseError extends Error {
    name = 'DiffParseError';
}
/**
 * Reads consecutive hunks starting at lines[start], adding new-side line numbers of `+` lines to
 * `added`. Line counts from each header decide where a hunk ends, so a removed line reading
 * "-- x" (printed "--- x") is never mistaken for a file header. Returns the index after the hunks.
 */
function readHunks(lines, start, added, where) {
    let i = start;
    while (i < lines.length && lines[i].startsWith('@@')) {
        const header = lines[i];
        const m = HUNK_HEADER.exec(header);
        if (!m)
            throw new DiffParseError(`${where} line ${i + 1}: malformed hunk header '${clip(header)}'`);
        let oldLeft = m[2] === undefined ? 1 : Number(m[2]);
        let newLeft = m[4] === undefined ? 1 : Number(m[4]);
        let newLine = Number(m[3]);
        i++;
        while (oldLeft > 0 || newLeft > 0) {
            const line = lines[i];
            if (line === undefined) {
                throw new DiffParseError(`${where} line ${i + 1}: hunk '${clip(header)}' ends early (${oldLeft} old and ${newLeft} new lines missing)`);
            }
            const tag = line[0];
            if (tag === '+') {
                if (newLeft === 0)
                    throw tooMany(where, i, header);
                added.add(newLine);
                newLine++;
                newLeft--;
            }
            else if (tag === '-') {
                if (oldLeft === 0)
                    throw tooMany(where, i, header);
                oldLeft--;
            }
            else if (tag === ' ' || line === '') {
                // Some tools strip the lone space of an empty context line.
                if (oldLeft === 0 || newLeft === 0)
                    throw tooMany(where, i, header);
                newLine++;
                oldLeft--;
                newLeft--;
            }
            else if (tag !== '\\') {
                throw new DiffParseError(`${where} line ${i + 1}: unexpected '${clip(line)}' inside hunk '${clip(header)}'`);
            }
            i++;
        }
        // "\ No newline at end of file" follows the last line of a hunk.
        while (lines[i]?.startsWith('\\'))
            i++;
    }
    return i;
}
function tooMany(where, i, header) {
    return new DiffParseError(`${where} line ${i + 1}: more lines than hunk '${clip(header)}' announces`);
}
function clip(s) {
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
function splitLines(text) {
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
/**
 * New-side line numbers of the added lines in a GitHub API `patch` (hunks only, no file headers).
 * `where` names the file in error messages.
 */
function addedLinesOfPatch(patch, where = 'patch') {
    const lines = splitLines(patch);
    const added = new Set();
    const end = readHunks(lines, 0, added, where);
    if (end < lines.length) {
        throw new DiffParseError(`${where} line ${end + 1}: expected a hunk header, found '${clip(lines[end])}'`);
    }
    return added;
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * Reads a C-quoted path as git prints it ("sp\303\251cial.ts": octal escapes are UTF-8 bytes).
 * Returns the decoded value and the text after the closing quote.
 */
function unquoteGitPath(s) {
    if (!s.startsWith('"'))
        return { value: s, rest: '' };
    const bytes = [];
    let i = 1;
    while (i < s.length) {
        const c = s[i];
        if (c === '"') {
            return { value: Buffer.from(bytes).toString('utf8'), rest: s.slice(i + 1) };
        }
        if (c === '\\') {
            const next = s[i + 1] ?? '';
            const octal = /^[0-7]{3}/.exec(s.slice(i + 1, i + 4));
            if (octal) {
                bytes.push(Number.parseInt(octal[0], 8));
                i += 4;
            }
            else if (next in ESCAPES) {
                bytes.push(ESCAPES[next]);
                i += 2;
            }
            else {
                throw new DiffParseError(`bad escape '\\${next}' in quoted path ${s}`);
            }
            continue;
        }
        const cp = s.codePointAt(i);
        const ch = String.fromCodePoint(cp);
        bytes.push(...Buffer.from(ch, 'utf8'));
        i += ch.length;
    }
    throw new DiffParseError(`unterminated quoted path ${s}`);
}
/** A `---`/`+++` operand: quoted, or plain up to a tab (git adds one after names with spaces). */
function headerPath(operand) {
    if (operand.startsWith('"'))
        return unquoteGitPath(operand).value;
    const tab = operand.indexOf('\t');
    return tab === -1 ? operand : operand.slice(0, tab);
}
function stripPrefix(path, prefix) {
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
/** Both paths of a `diff --git a/x b/y` line when they can be told apart unambiguously. */
function diffGitPaths(rest) {
    if (rest.startsWith('"')) {
        const a = unquoteGitPath(rest);
        return {
            oldPath: stripPrefix(a.value, 'a/'),
            newPath: stripPrefix(headerPath(a.rest.trimStart()), 'b/'),
        };
    }
    // An unquoted name holds no '"', so a quote starts the second name.
    const quote = rest.indexOf(' "');
    if (quote !== -1) {
        return {
            oldPath: stripPrefix(rest.slice(0, quote), 'a/'),
            newPath: stripPrefix(unquoteGitPath(rest.slice(quote + 1)).value, 'b/'),
        };
    }
    const half = (rest.length - 1) / 2;
    if (Number.isInteger(half) &&
        rest[half] === ' ' &&
        rest.startsWith('a/') &&
        rest.slice(half + 1, half + 3) === 'b/') {
        const a = rest.slice(2, half);
        if (a === rest.slice(half + 3))
            return { oldPath: a, newPath: a };
    }
    const parts = rest.split(' b/');
    if (parts.length === 2 && parts[0].startsWith('a/'))
        return { oldPath: parts[0].slice(2), newPath: parts[1] };
    return {};
}
/** Every file of a unified diff (`git diff` output or plain `diff -u`), in order of appearance. */
function parseUnifiedDiffFiles(text) {
    const lines = splitLines(text);
    const files = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const gitHeader = line.startsWith('diff --git ');
        const plainHeader = !gitHeader && line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ');
        if (!gitHeader && !plainHeader) {
            i++; // preamble, "index" lines of plain diffs, commit messages of format-patch output
            continue;
        }
        const draft = {
            added: false,
            deleted: false,
            renamed: false,
            copied: false,
            binary: false,
            addedLines: new Set(),
            line: i + 1,
        };
        if (gitHeader) {
            Object.assign(draft, diffGitPaths(line.slice('diff --git '.length)));
            i++;
        }
        i = readExtendedHeaders(lines, i, draft, gitHeader);
        i = readHunks(lines, i, draft.addedLines, 'diff');
        files.push(finish(draft));
    }
    return files;
}
function readExtendedHeaders(lines, start, d, git) {
    let i = start;
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('@@') || line.startsWith('diff --git '))
            break;
        if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
            const oldSide = headerPath(line.slice(4));
            const newSide = headerPath(lines[i + 1].slice(4));
            const prefixed = oldSide.startsWith('a/') || newSide.startsWith('b/');
            if (oldSide === '/dev/null')
                d.added = true;
            else
                d.oldPath = prefixed || git ? stripPrefix(oldSide, 'a/') : oldSide;
            if (newSide === '/dev/null')
                d.deleted = true;
            else
                d.newPath = prefixed || git ? stripPrefix(newSide, 'b/') : newSide;
            return i + 2;
        }
        if (!git)
            break;
        if (line.startsWith('new file mode'))
            d.added = true;
        else if (line.startsWith('deleted file mode'))
            d.deleted = true;
        else if (line.startsWith('rename from ')) {
            d.renamed = true;
            d.oldPath = headerPath(line.slice('rename from '.length));
        }
        else if (line.startsWith('rename to ')) {
            d.renamed = true;
            d.newPath = headerPath(line.slice('rename to '.length));
        }
        else if (line.startsWith('copy from ')) {
            d.copied = true;
            d.oldPath = headerPath(line.slice('copy from '.length));
        }
        else if (line.startsWith('copy to ')) {
            d.copied = true;
            d.newPath = headerPath(line.slice('copy to '.length));
        }
        else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
            d.binary = true;
            if (line.startsWith('Binary files /dev/null and '))
                d.added = true;
            if (line.endsWith(' and /dev/null differ'))
                d.deleted = true;
            if (line === 'GIT binary patch') {
                while (i + 1 < lines.length && !lines[i + 1].startsWith('diff --git '))
                    i++;
            }
        }
        // index, mode and similarity lines carry nothing about changed lines
    }
    return i;
}
function finish(d) {
    const status = d.deleted
        ? 'deleted'
        : d.added
            ? 'added'
            : d.renamed
                ? 'renamed'
                : d.copied
                    ? 'copied'
                    : 'modified';
    const path = status === 'deleted' ? (d.oldPath ?? d.newPath) : (d.newPath ?? d.oldPath);
    if (path === undefined)
        throw new DiffParseError(`diff line ${d.line}: cannot tell which file this diff is for`);
    return {
        path,
        oldPath: status === 'added' ? null : (d.oldPath ?? path),
        status,
        binary: d.binary,
        addedLines: d.addedLines,
    };
}
/**
 * New-side line numbers of added lines per file. Deleted files are left out; renamed, binary and
 * empty new files are present (possibly with no lines) under their new path.
 */
function parseUnifiedDiff(text) {
    const result = new Map();
    for (const file of parseUnifiedDiffFiles(text)) {
        if (file.status !== 'deleted')
            result.set(file.path, file.addedLines);
    }
    return result;
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


/***/ })

};
