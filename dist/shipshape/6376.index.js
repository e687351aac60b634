export const id = 6376;
export const ids = [6376];
export const modules = {

/***/ 39051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   mW: () => (/* binding */ DEFAULT_MIN_COVERAGE),
/* harmony export */   rI: () => (/* binding */ readGateInputs)
/* harmony export */ });
/* unused harmony export DEFAULT_MIN_LINES */
/* harmony import */ var _coverage_thresholds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13727);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8998);


const FORMATS = [
    'auto',
    'lcov',
    'go',
    'istanbul',
    'istanbul-summary',
    'cobertura',
    'jacoco',
    'clover',
];
/** Default of `min-coverage`, the gate on the headline figure. */
const DEFAULT_MIN_COVERAGE = 80;
/** coverage-comment's `min-lines` default (its badge and trend threshold); the gate's is min-coverage. */
const DEFAULT_MIN_LINES = (/* unused pure expression or super */ null && (DEFAULT_MIN_COVERAGE));
/**
 * Reads the coverage gate's settings from inputs or flags with the same names, so the action
 * and the CLI accept exactly the same values and fail with the same messages.
 */
function readGateInputs(source) {
    const minimums = {};
    // min-lines gates lines only when set: the default gate is min-coverage, on the headline figure.
    for (const metric of ['lines', 'branches', 'functions', 'statements']) {
        const value = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePercent */ .lo)(`min-${metric}`, source.get(`min-${metric}`));
        if (value !== undefined)
            minimums[metric] = value;
    }
    const ifEmpty = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(source, 'if-empty', ['fail', 'pass'], 'fail');
    const gates = {
        minCoverage: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePercent */ .lo)('min-coverage', source.get('min-coverage')) ?? DEFAULT_MIN_COVERAGE,
        ifEmpty,
        minimums,
        pathThresholds: (0,_coverage_thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePathThresholds */ .H)('thresholds', source.get('thresholds')),
    };
    const minPatch = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePercent */ .lo)('min-patch', source.get('min-patch'));
    if (minPatch !== undefined)
        gates.minPatch = minPatch;
    const maxDrop = (0,_coverage_thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePoints */ .P)('max-drop', source.get('max-drop'));
    if (maxDrop !== undefined)
        gates.maxDrop = maxDrop;
    return {
        name: source.get('name'),
        patterns: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(source, 'files'),
        format: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(source, 'format', FORMATS, 'auto'),
        gates,
        workingDirectory: source.get('working-directory').replace(/^\.\/?$/, '') || '',
        ifNoFiles: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(source, 'if-no-files', ['error', 'warn', 'ignore'], 'error'),
        ifEmpty,
    };
}


/***/ }),

/***/ 81144:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ collectCoverage)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./build/shared/git/tracked.js


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The top folder of the git work tree holding `cwd`; undefined outside one. */
async function gitTopLevel(cwd) {
    try {
        return (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** Files git tracks below `cwd`, repo-relative; undefined when `cwd` is not in a git work tree. */
async function listTrackedFiles(cwd) {
    try {
        const top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
        const { stdout } = await run('git', ['ls-files', '-z', '--full-name'], {
            cwd: top,
            maxBuffer: 256 * 1024 * 1024,
        });
        return new Set(stdout.split('\0').filter(Boolean));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./build/shared/report/runbooks.js
var runbooks = __webpack_require__(65186);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./build/shared/coverage/discover.js




/**
 * Where the common tools write their reports, richest format first (lcov carries lines, branches
 * and functions; cobertura often lacks functions): when one folder holds several
 * (vitest writes lcov.info and coverage-final.json side by side) only the first is read, so the
 * same run is never counted twice.
 */
const DEFAULT_REPORT_NAMES = [
    'lcov.info',
    'coverage.info',
    'coverage.lcov',
    'coverage-final.json',
    'jacoco.xml',
    'jacocoTestReport.xml',
    'cobertura-coverage.xml',
    'cobertura.xml',
    'coverage.xml',
    'clover.xml',
    'coverage.out',
    'cover.out',
    'coverage.txt',
    'coverprofile.out',
    'coverage-summary.json',
];
function defaultPatterns() {
    return [...DEFAULT_REPORT_NAMES.map((name) => `**/${name}`), '!**/node_modules/**', '!**/.git/**'];
}
/** Keeps the preferred report of each folder when patterns were discovered, not given. */
function preferOnePerFolder(paths) {
    const best = new Map();
    // A name outside the list ranks last; indexOf's -1 would have made it beat lcov.info.
    const rank = (p) => {
        const index = DEFAULT_REPORT_NAMES.indexOf((0,external_node_path_.basename)(p));
        return index === -1 ? DEFAULT_REPORT_NAMES.length : index;
    };
    for (const p of paths) {
        const dir = (0,external_node_path_.dirname)(p);
        const current = best.get(dir);
        if (current === undefined || rank(p) < rank(current))
            best.set(dir, p);
    }
    return [...best.values()].sort();
}
/** Folders no report is ever read from; pruned so discovery never walks a dependency tree. */
const PRUNED = /(^|[\\/])(node_modules|\.git)$/;
/** Expands globs (with `!` exclusions) below `cwd` to absolute file paths, sorted. */
async function findReports(patterns, cwd) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const excluded = (file) => exclude.some((e) => picomatch.isMatch(file, (0,external_node_path_.isAbsolute)(e) ? e : (0,external_node_path_.resolve)(cwd, e), { dot: true }));
    const found = new Set();
    // tinyglobby (Node 22 and 24; fs.glob is Node 24 only) with the pruned folders never entered.
    const matches = await (0,dist/* glob */.TI)(include, {
        cwd,
        dot: true,
        absolute: true,
        followSymbolicLinks: false,
        expandDirectories: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
    });
    for (const match of matches) {
        if (PRUNED.test((0,external_node_path_.dirname)(match)))
            continue;
        const file = (0,external_node_path_.resolve)(cwd, match);
        if (excluded(file))
            continue;
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (info?.isFile())
            found.add(file);
    }
    return [...found].sort();
}
function splitPatterns(text) {
    return text
        .split(/[\n,]/)
        .map((p) => p.trim())
        .filter((p) => p !== '' && !p.startsWith('#'));
}

;// CONCATENATED MODULE: ./build/shared/coverage/gomod.js
// Go coverprofiles name files by import path (`example.com/shop/api/cart/cart.go`); the repository
// knows them by folder. go.mod files say which import path prefix lives in which folder.
/** The module path declared by a go.mod file, or undefined when it declares none. */
function readModulePath(goModText) {
    const lines = goModText.replace(/^\uFEFF/, '').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = stripComment(lines[i]).trim();
        const m = /^module(?:\s+(.*)|\s*(\().*)?$/.exec(line);
        if (!m)
            continue;
        if (m[2] === '(' || m[1]?.trim() === '(') {
            // Block form, `module (\n  path\n)`: the path is the first non-empty line inside.
            for (let j = i + 1; j < lines.length; j++) {
                const inner = stripComment(lines[j]).trim();
                if (inner === ')')
                    return undefined;
                if (inner !== '')
                    return unquote(inner);
            }
            return undefined;
        }
        const arg = m[1]?.trim();
        return arg ? unquote(arg) : undefined;
    }
    return undefined;
}
/**
 * Maps an import path (or a file below it) to a repo-relative path using the module whose path is the
 * longest prefix, so nested modules win over the module around them. Unmatched paths come back unchanged.
 */
function mapGoImportPath(importPath, modules) {
    let best;
    for (const mod of modules) {
        const prefix = mod.modulePath;
        if (prefix === '')
            continue;
        if (importPath !== prefix && !importPath.startsWith(`${prefix}/`))
            continue;
        if (!best || prefix.length > best.modulePath.length)
            best = mod;
    }
    if (!best)
        return importPath;
    const rest = importPath.slice(best.modulePath.length + 1);
    const dir = best.dir
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\.$/, '')
        .replace(/\/+$/, '');
    if (dir === '')
        return rest;
    return rest === '' ? dir : `${dir}/${rest}`;
}
/** Removes a `//` comment, leaving `//` inside quoted strings alone. */
function stripComment(line) {
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === '`') {
            quote = c;
        }
        else if (c === '/' && line[i + 1] === '/') {
            return line.slice(0, i);
        }
    }
    return line;
}
function unquote(arg) {
    if (arg.startsWith('`')) {
        const end = arg.indexOf('`', 1);
        return end > 1 ? arg.slice(1, end) : undefined;
    }
    if (arg.startsWith('"')) {
        const m = /^"((?:[^"\\]|\\.)*)"/.exec(arg);
        if (!m)
            return undefined;
        try {
            const path = JSON.parse(`"${m[1]}"`);
            return path === '' ? undefined : path;
        }
        catch {
            return undefined;
        }
    }
    return arg.split(/\s+/)[0];
}

;// CONCATENATED MODULE: ./build/shared/coverage/merge.js
/**
 * Combines coverage of the same sources from several reports (matrix shards, several test
 * suites) the way `lcov -a` does: hits are added per line, per function name and per branch.
 * Files must already carry normalised paths, or the same source would appear twice.
 */
function mergeFiles(files) {
    const byPath = new Map();
    for (const file of files) {
        const group = byPath.get(file.path);
        if (group)
            group.push(file);
        else
            byPath.set(file.path, [file]);
    }
    const merged = [];
    for (const group of byPath.values())
        merged.push(group.length === 1 ? group[0] : mergeSameFile(group));
    return merged.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function mergeSameFile(group) {
    const lines = new Map();
    const functions = new Map();
    const branches = new Map();
    for (const file of group) {
        for (let i = 0; i < file.lineNumbers.length; i++) {
            const line = file.lineNumbers[i];
            lines.set(line, (lines.get(line) ?? 0) + file.lineHits[i]);
        }
        for (const fn of file.functions) {
            const key = `${fn.name}\u0000${fn.line}`;
            const seen = functions.get(key);
            if (seen)
                seen.hits += fn.hits;
            else
                functions.set(key, { ...fn });
        }
        for (const br of file.branches) {
            const key = `${br.line}\u0000${br.block}\u0000${br.branch}`;
            const seen = branches.get(key);
            if (!seen)
                branches.set(key, { ...br });
            else if (br.hits !== null)
                seen.hits = (seen.hits ?? 0) + br.hits;
        }
    }
    const lineNumbers = Uint32Array.from(lines.keys()).sort();
    const lineHits = Float64Array.from(lineNumbers, (n) => lines.get(n));
    const first = group[0];
    const out = {
        path: first.path,
        lineNumbers,
        lineHits,
        functions: [...functions.values()],
        branches: [...branches.values()],
    };
    const statements = mergeCounters(group.map((f) => f.statements));
    if (statements)
        out.statements = statements;
    // Summary-only formats cannot be combined line by line; the most complete shard is the best estimate.
    const summaries = group.map((f) => f.summary).filter((s) => s !== undefined);
    if (summaries.length > 0)
        out.summary = summaries.reduce((best, s) => (compareSummaries(s, best) > 0 ? s : best));
    return out;
}
const SUMMARY_ORDER = ['lines', 'branches', 'functions', 'statements'];
/**
 * Orders summaries by covered lines, then every other count, so the pick does not depend on the
 * order the shards were read in (two shards with equal lines but different branches used to
 * give different totals depending on which came first).
 */
function compareSummaries(a, b) {
    for (const metric of SUMMARY_ORDER) {
        const d = (a[metric]?.covered ?? -1) - (b[metric]?.covered ?? -1);
        if (d !== 0)
            return d;
    }
    for (const metric of SUMMARY_ORDER) {
        const d = (a[metric]?.total ?? -1) - (b[metric]?.total ?? -1);
        if (d !== 0)
            return d;
    }
    return 0;
}
/**
 * Statement counters of shards cannot be unioned without block detail (Go profiles are combined
 * before parsing for that reason); for other formats the larger counts are the safe estimate.
 */
function mergeCounters(counters) {
    const present = counters.filter((c) => c !== undefined);
    if (present.length === 0)
        return undefined;
    return {
        covered: Math.max(...present.map((c) => c.covered)),
        total: Math.max(...present.map((c) => c.total)),
    };
}

// EXTERNAL MODULE: ./build/shared/coverage/model.js
var model = __webpack_require__(7926);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(59800);
;// CONCATENATED MODULE: ./build/shared/coverage/parsers/xml.js
// The one way coverage XML is read: saxes, a streaming parser that never fetches DTDs, and a
// refusal of any document that declares entities, so entity bombs and external entities cannot
// be expressed at all. Every XML reader (cobertura, JaCoCo, Clover) goes through here.


/** Parses `data`, calling the handlers; `fail` raises a CoverageParseError at the current line. */
function readXml(data, source, handlers) {
    const parser = new saxes/* SaxesParser */.wT({ position: true, xmlns: false });
    const fail = (message) => {
        throw new model/* CoverageParseError */.Kw(message, source, parser.line);
    };
    const h = handlers(fail);
    const stack = [];
    parser.on('doctype', (doctype) => {
        // An internal subset is where entities are declared; coverage tools only ever emit a bare
        // `<!DOCTYPE coverage SYSTEM "...dtd">`, which is accepted and never fetched.
        const outsideQuotes = doctype.replace(/"[^"]*"|'[^']*'/g, '');
        if (outsideQuotes.includes('[') || /<!ENTITY/i.test(doctype)) {
            fail('refusing XML with entity declarations (a DOCTYPE internal subset)');
        }
    });
    parser.on('opentag', (tag) => {
        const parent = stack[stack.length - 1];
        stack.push(tag.name);
        h.open(tag, parent, stack);
    });
    if (h.text) {
        parser.on('text', h.text);
        parser.on('cdata', h.text);
    }
    parser.on('closetag', (tag) => {
        stack.pop();
        h.close?.(tag.name);
    });
    if (data.trim() === '')
        throw new model/* CoverageParseError */.Kw('the file is empty', source);
    try {
        parser.write(data.replace(/^\uFEFF/, '')).close();
    }
    catch (err) {
        if (err instanceof model/* CoverageParseError */.Kw)
            throw err;
        const message = (err instanceof Error ? err.message : String(err))
            .replace(/^(?:[^:\n]*:)?\d+:\d+: /, '')
            .replace(/\.$/, '');
        throw new model/* CoverageParseError */.Kw(`not well-formed XML: ${message}`, source, parser.line);
    }
}
/** A non-negative whole-number attribute, or undefined when absent; fails on anything else. */
function countAttr(tag, name, fail) {
    const raw = tag.attributes[name];
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0)
        fail(`<${tag.name}> has ${name}="${raw}"`);
    return value;
}

;// CONCATENATED MODULE: ./build/shared/coverage/parsers/clover.js
// Clover XML, as Jest (istanbul's clover reporter, on by default) and PHPUnit write it. Each
// <file> carries the producer's own <metrics>; those are the file's figures, because istanbul
// leaves out of the <line> detail any branch on a line without a statement, and PHPUnit's
// "statements" are its executable lines. The detail is kept for patch coverage.

function counter(covered, total) {
    if (total === undefined)
        return undefined;
    return { covered: Math.min(covered ?? 0, total), total };
}
function parseClover(data, source) {
    const files = new Map();
    let file;
    let sawRoot = false;
    readXml(data, source, (fail) => ({
        open(tag, parent) {
            if (!sawRoot) {
                sawRoot = true;
                if (tag.name !== 'coverage')
                    fail(`expected a <coverage> root element (Clover XML), found <${tag.name}>`);
                return;
            }
            if (tag.name === 'file') {
                const path = tag.attributes.path || tag.attributes.name;
                if (!path)
                    fail('<file> has neither a path nor a name attribute');
                file = files.get(path) ?? { path: path, lines: new Map(), functions: [], branches: [] };
                files.set(path, file);
            }
            else if (tag.name === 'metrics' && parent === 'file' && file) {
                const metrics = {};
                const lines = counter(countAttr(tag, 'coveredstatements', fail), countAttr(tag, 'statements', fail));
                const branches = counter(countAttr(tag, 'coveredconditionals', fail), countAttr(tag, 'conditionals', fail));
                const functions = counter(countAttr(tag, 'coveredmethods', fail), countAttr(tag, 'methods', fail));
                if (lines)
                    metrics.lines = lines;
                if (branches)
                    metrics.branches = branches;
                if (functions)
                    metrics.functions = functions;
                file.metrics = metrics;
            }
            else if (tag.name === 'line' && file) {
                const num = countAttr(tag, 'num', fail);
                if (num === undefined || !Number.isInteger(num) || num < 1)
                    fail(`<line> has num="${tag.attributes.num ?? ''}"`);
                const count = countAttr(tag, 'count', fail) ?? 0;
                const type = tag.attributes.type ?? 'stmt';
                if (type === 'method') {
                    file.functions.push({ name: tag.attributes.name ?? '', line: num, hits: count });
                    return;
                }
                file.lines.set(num, (file.lines.get(num) ?? 0) + count);
                if (type === 'cond') {
                    const taken = countAttr(tag, 'truecount', fail) ?? 0;
                    const missed = countAttr(tag, 'falsecount', fail) ?? 0;
                    for (let i = 0; i < taken + missed; i++)
                        file.branches.push({ line: num, block: '0', branch: String(i), hits: i < taken ? 1 : 0 });
                }
            }
        },
        close(name) {
            if (name === 'file')
                file = undefined;
        },
    }));
    return {
        format: 'clover',
        source,
        files: [...files.values()].map((acc) => {
            const lineNumbers = Uint32Array.from(acc.lines.keys()).sort();
            const out = {
                path: acc.path,
                lineNumbers,
                lineHits: Float64Array.from(lineNumbers, (n) => acc.lines.get(n)),
                functions: acc.functions,
                branches: acc.branches,
            };
            if (acc.metrics)
                out.summary = acc.metrics;
            return out;
        }),
    };
}

;// CONCATENATED MODULE: ./build/shared/coverage/parsers/cobertura.js
// Cobertura XML, the common denominator written by coverage.py, coverlet, JaCoCo converters,
// istanbul's cobertura reporter, gcovr, PHPUnit and Swift converters. Lines and conditions come
// from the detail; a line that appears only inside <method><lines> (Swift converters write no
// class-level lines) still counts. The root's `lines-valid` / `branches-valid` are the producer's
// totals, which loading prefers where the detail is incomplete.

/** More conditions than this on one line is a broken file, and would only cost memory. */
const MAX_CONDITIONS_PER_LINE = 10_000;
function openMethod(tag) {
    const method = { name: attr(tag, 'name') ?? '', firstLine: 0, hits: 0 };
    return method;
}
function parseCobertura(data, source) {
    const files = new Map();
    const sourceRoots = [];
    const header = {};
    let sawRoot = false;
    let sourceText;
    let file;
    let method;
    readXml(data, source, (fail) => ({
        open(tag, parent, stack) {
            if (!sawRoot) {
                sawRoot = true;
                if (tag.name !== 'coverage') {
                    fail(`expected a <coverage> root element (cobertura XML), found <${tag.name}>`);
                }
                readHeader(tag, header, fail);
                return;
            }
            switch (tag.name) {
                case 'project':
                    // PHPUnit and OpenClover also write a <coverage> root, with <project> inside.
                    if (parent === 'coverage')
                        fail('this is Clover XML (<coverage><project>), not cobertura; set format: clover');
                    break;
                case 'file':
                    if (parent === 'coverage')
                        fail('this is SonarQube generic coverage XML (<coverage version="1"><file path=…>), which shipshape does not read; write lcov or cobertura instead');
                    break;
                case 'source':
                    if (parent === 'sources')
                        sourceText = '';
                    break;
                case 'class':
                    file = openClass(tag, files, fail);
                    break;
                case 'method':
                    if (file)
                        method = openMethod(tag);
                    break;
                case 'line':
                    if (parent === 'lines')
                        readLine(tag, stack[stack.length - 3], file, method, fail);
                    break;
            }
        },
        text(text) {
            if (sourceText !== undefined)
                sourceText += text;
        },
        close(name) {
            if (name === 'source' && sourceText !== undefined) {
                const root = sourceText.trim();
                if (root !== '')
                    sourceRoots.push(root);
                sourceText = undefined;
            }
            else if (name === 'method' && method && file) {
                const hits = method.fullyCovered === undefined ? method.hits : method.fullyCovered ? 1 : 0;
                file.functions.push({ name: method.name, line: method.firstLine, hits });
                method = undefined;
            }
            else if (name === 'class') {
                if (file)
                    closeClass(file);
                file = undefined;
                method = undefined;
            }
        },
    }));
    const report = {
        format: 'cobertura',
        source,
        sourceRoots,
        files: [...files].map(([path, acc]) => toFileCoverage(path, acc)),
    };
    if (Object.keys(header).length > 0)
        report.header = header;
    return report;
}
/** The producer's report-level totals (`lines-valid`, `branches-covered`, …) from the root element. */
function readHeader(tag, header, fail) {
    for (const metric of ['lines', 'branches', 'functions']) {
        const total = countAttr(tag, `${metric}-valid`, fail);
        const covered = countAttr(tag, `${metric}-covered`, fail);
        if (total !== undefined && covered !== undefined)
            header[metric] = { covered: Math.min(covered, total), total };
    }
}
function openClass(tag, files, fail) {
    const filename = attr(tag, 'filename');
    if (!filename)
        fail(`<class${nameSuffix(tag)}> has no filename attribute`);
    let acc = files.get(filename);
    if (!acc) {
        acc = {
            lines: new Map(),
            conditions: new Map(),
            functions: [],
            methodLines: new Map(),
            methodConditions: new Map(),
            classHasLines: false,
        };
        files.set(filename, acc);
    }
    return acc;
}
function readLine(tag, owner, file, method, fail) {
    if (!file)
        return;
    const number = Number(attr(tag, 'number'));
    if (!Number.isInteger(number) || number < 1)
        fail(`<line> has number="${attr(tag, 'number') ?? ''}"`);
    const rawHits = attr(tag, 'hits');
    const hits = Number(rawHits);
    if (rawHits === undefined || rawHits.trim() === '' || !Number.isFinite(hits) || hits < 0) {
        fail(`<line number="${number}"> has hits="${rawHits ?? ''}"`);
    }
    if (owner === 'method') {
        // Method lines usually repeat the class's lines: they place and score the method, and stand
        // in for class-level lines only where the class has none (see toFileCoverage).
        if (method) {
            if (method.firstLine === 0 || number < method.firstLine)
                method.firstLine = number;
            method.hits = Math.max(method.hits, hits);
        }
        file.methodLines.set(number, Math.max(file.methodLines.get(number) ?? 0, hits));
        readConditions(tag, number, file.methodConditions, fail);
        return;
    }
    if (owner !== 'class')
        return;
    // Classes sharing a file (inner classes, partial classes, lambdas) each report the lines they
    // own; should two report the same line, the executions of both happened, so they add up.
    file.lines.set(number, (file.lines.get(number) ?? 0) + hits);
    file.classHasLines = true;
    readConditions(tag, number, file.conditions, fail);
}
/** At the end of a <class>: method-only lines count when the class had no lines of its own. */
function closeClass(file) {
    if (!file.classHasLines) {
        for (const [line, hits] of file.methodLines)
            file.lines.set(line, (file.lines.get(line) ?? 0) + hits);
        for (const [line, c] of file.methodConditions)
            if (!file.conditions.has(line))
                file.conditions.set(line, c);
    }
    file.methodLines.clear();
    file.methodConditions.clear();
    file.classHasLines = false;
}
function readConditions(tag, number, conditions, fail) {
    const condition = attr(tag, 'condition-coverage');
    if (attr(tag, 'branch')?.toLowerCase() !== 'true' || condition === undefined)
        return;
    const m = /\(\s*(\d+)\s*\/\s*(\d+)\s*\)/.exec(condition);
    if (!m)
        fail(`<line number="${number}"> has condition-coverage="${condition}", expected "k% (covered/total)"`);
    const covered = Number(m[1]);
    const total = Number(m[2]);
    if (covered > total)
        fail(`<line number="${number}"> covers ${covered} of ${total} conditions`);
    if (total > MAX_CONDITIONS_PER_LINE)
        fail(`<line number="${number}"> claims ${total} conditions`);
    // The same line's conditions from two classes are the same conditions, not more of them, and
    // which ones were taken is not recorded: keep the better-covered report rather than invent a union.
    const prev = conditions.get(number);
    if (!prev || total > prev.total || (total === prev.total && covered > prev.covered)) {
        conditions.set(number, { covered, total });
    }
}
function toFileCoverage(path, acc) {
    const lineNumbers = Uint32Array.from(acc.lines.keys()).sort();
    const lineHits = Float64Array.from(lineNumbers, (line) => acc.lines.get(line));
    const branches = [];
    const conditionLines = [...acc.conditions.keys()].sort((a, b) => a - b);
    for (const line of conditionLines) {
        const { covered, total } = acc.conditions.get(line);
        for (let i = 0; i < total; i++) {
            branches.push({ line, block: '0', branch: String(i), hits: i < covered ? 1 : 0 });
        }
    }
    return { path, lineNumbers, lineHits, functions: acc.functions, branches };
}
function attr(tag, name) {
    return tag.attributes[name];
}
function nameSuffix(tag) {
    const name = attr(tag, 'name');
    return name ? ` name="${name}"` : '';
}

;// CONCATENATED MODULE: ./build/shared/coverage/parsers/go.js
// Go coverprofiles (`go test -coverprofile`): a `mode:` header, then one line per basic block,
// `importpath/file.go:startLine.startCol,endLine.endCol numStmt count`.

/**
 * Line numbers beyond this are refused: no real Go file is that long, and per-line output for a
 * block spanning billions of lines would exhaust memory instead of failing clearly.
 */
const MAX_GO_LINE = 5_000_000;
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);
function parseGoCoverprofile(data, source, opts = {}) {
    const lines = data.split('\n');
    const mode = readMode(lines[0] ?? '', source);
    // file -> block position key -> block, in first-seen order so output is stable.
    const files = new Map();
    for (let i = 1; i < lines.length; i++) {
        const text = stripCr(lines[i]);
        if (text.trim() === '')
            continue;
        const lineNo = i + 1;
        if (text.startsWith('mode:')) {
            // Concatenated profiles (`cat a.out b.out`) repeat the header; harmless when the modes agree.
            const again = readMode(text, source, lineNo);
            if (again !== mode) {
                throw new model/* CoverageParseError */.Kw(`mode "${again}" differs from "${mode}" on line 1`, source, lineNo);
            }
            continue;
        }
        const m = BLOCK.exec(text);
        if (!m) {
            throw new model/* CoverageParseError */.Kw(`expected "file.go:startLine.startCol,endLine.endCol numStmt count", got "${preview(text)}"`, source, lineNo);
        }
        const [, file, sl, sc, el, ec, ns, cnt] = m;
        const startLine = Number(sl);
        const endLine = Number(el);
        const numStmt = Number(ns);
        const count = Number(cnt);
        if (startLine < 1 || endLine < startLine || (endLine === startLine && Number(ec) < Number(sc))) {
            throw new model/* CoverageParseError */.Kw(`block ${sl}.${sc},${el}.${ec} ends before it starts`, source, lineNo);
        }
        if (endLine > MAX_GO_LINE) {
            throw new model/* CoverageParseError */.Kw(`line number ${el} is beyond ${MAX_GO_LINE}`, source, lineNo);
        }
        if (!Number.isSafeInteger(numStmt) || !Number.isFinite(count)) {
            throw new model/* CoverageParseError */.Kw('statement count or hit count is too large', source, lineNo);
        }
        let blocks = files.get(file);
        if (!blocks) {
            blocks = new Map();
            files.set(file, blocks);
        }
        const key = `${sl}.${sc},${el}.${ec}`;
        const seen = blocks.get(key);
        if (!seen) {
            blocks.set(key, { startLine, endLine, numStmt, count });
            continue;
        }
        // The same block repeats when several test binaries cover a package (-coverpkg, merged
        // profiles): its statements exist once, its executions add up (or, in set mode, either run counts).
        if (seen.numStmt !== numStmt) {
            throw new model/* CoverageParseError */.Kw(`block ${key} of ${file} has ${numStmt} statements here but ${seen.numStmt} earlier`, source, lineNo);
        }
        seen.count = mode === 'set' ? Math.max(seen.count, count) : seen.count + count;
    }
    const out = [];
    for (const [importPath, blocks] of files) {
        out.push(fileCoverage(repoPath(importPath, opts.modulePath), [...blocks.values()]));
    }
    return { format: 'go', source, files: out };
}
function readMode(first, source, lineNo = 1) {
    const text = stripCr(first).replace(/^\uFEFF/, '');
    const m = /^mode:\s*(\S*)\s*$/.exec(text);
    if (!m) {
        throw new model/* CoverageParseError */.Kw(`expected "mode: set|count|atomic" (a Go coverprofile header), got "${preview(text)}"`, source, lineNo);
    }
    const mode = m[1];
    if (!MODES.has(mode)) {
        throw new model/* CoverageParseError */.Kw(`unknown cover mode "${preview(mode)}" (expected set, count or atomic)`, source, lineNo);
    }
    return mode;
}
function fileCoverage(path, blocks) {
    let covered = 0;
    let total = 0;
    let maxLine = 0;
    for (const b of blocks) {
        total += b.numStmt;
        if (b.count > 0)
            covered += b.numStmt;
        if (b.numStmt > 0 && b.endLine > maxLine)
            maxLine = b.endLine;
    }
    // A line is executable when a block with statements spans it. Blocks overlap on their boundary
    // lines (`if x {` ends one block and starts the next), and a line is run whenever any block on it
    // runs, so it takes the highest count of the blocks covering it: summing would double-count the
    // one execution of a line that both ends and starts a block. Visiting blocks from the highest count
    // down and skipping already-assigned lines (union-find over "next unassigned line") keeps this
    // linear in the number of lines, whatever the overlap.
    const hits = new Float64Array(maxLine + 1);
    const assigned = new Uint8Array(maxLine + 1);
    const next = new Int32Array(maxLine + 2);
    for (let i = 0; i < next.length; i++)
        next[i] = i;
    const find = (x) => {
        let root = x;
        while (next[root] !== root)
            root = next[root];
        while (next[x] !== root) {
            const up = next[x];
            next[x] = root;
            x = up;
        }
        return root;
    };
    const ordered = blocks.filter((b) => b.numStmt > 0).sort((a, b) => b.count - a.count);
    let lineCount = 0;
    for (const b of ordered) {
        for (let line = find(b.startLine); line <= b.endLine; line = find(line + 1)) {
            hits[line] = b.count;
            assigned[line] = 1;
            next[line] = line + 1;
            lineCount++;
        }
    }
    const lineNumbers = new Uint32Array(lineCount);
    const lineHits = new Float64Array(lineCount);
    let j = 0;
    for (let line = 1; line <= maxLine; line++) {
        if (!assigned[line])
            continue;
        lineNumbers[j] = line;
        lineHits[j] = hits[line];
        j++;
    }
    return { path, lineNumbers, lineHits, functions: [], branches: [], statements: { covered, total } };
}
function repoPath(importPath, modulePath) {
    if (modulePath && importPath.startsWith(`${modulePath}/`))
        return importPath.slice(modulePath.length + 1);
    return importPath;
}
function stripCr(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
function preview(text) {
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

;// CONCATENATED MODULE: ./build/shared/coverage/parsers/istanbul.js
// istanbul's JSON reports: coverage-final.json (full detail per file, written by nyc, jest, c8,
// vitest) and coverage-summary.json (only per-file totals). Counts are made to agree with
// istanbul-lib-coverage's own summaries, which is what those tools print.

function parseIstanbulFinal(data, source) {
    const root = parseJsonObject(data, source, 'coverage-final.json');
    const files = [];
    for (const [key, raw] of Object.entries(root)) {
        if (!isObject(raw))
            throw new model/* CoverageParseError */.Kw(`entry "${key}" is not an object`, source);
        files.push(fileFromFinal(key, raw, source));
    }
    return { format: 'istanbul', source, files };
}
function fileFromFinal(key, entry, source) {
    const path = typeof entry.path === 'string' && entry.path !== '' ? entry.path : key;
    const where = `file "${path}"`;
    const statementMap = member(entry, 'statementMap', where, source);
    const s = counts(member(entry, 's', where, source), `${where} s`, source);
    const fnMap = optionalMember(entry, 'fnMap', where, source);
    const f = counts(optionalMember(entry, 'f', where, source), `${where} f`, source);
    const branchMap = optionalMember(entry, 'branchMap', where, source);
    const b = optionalMember(entry, 'b', where, source);
    // Like istanbul's getLineCoverage(): a statement counts on the line it starts on, and a line
    // with several statements takes the highest of their counts (any run statement ran the line).
    const lines = new Map();
    let statementsCovered = 0;
    for (const [id, hits] of s) {
        if (hits > 0)
            statementsCovered++;
        const loc = statementMap[id];
        if (loc === undefined)
            continue;
        const line = startLine(loc, `${where} statement ${id}`, source);
        const prev = lines.get(line);
        if (prev === undefined || prev < hits)
            lines.set(line, hits);
    }
    const functions = [];
    for (const [id, hits] of f) {
        const meta = fnMap[id];
        const name = isObject(meta) && typeof meta.name === 'string' ? meta.name : `(anonymous_${id})`;
        functions.push({ name, line: functionLine(meta), hits });
    }
    const branches = [];
    for (const [id, raw] of Object.entries(b)) {
        if (!Array.isArray(raw)) {
            throw new model/* CoverageParseError */.Kw(`${where} b["${id}"] is not an array of counts`, source);
        }
        const line = branchLine(branchMap[id]);
        raw.forEach((hits, index) => {
            branches.push({
                line,
                block: id,
                branch: String(index),
                hits: count(hits, `${where} b["${id}"]`, source),
            });
        });
    }
    const lineNumbers = Uint32Array.from(lines.keys()).sort();
    const lineHits = Float64Array.from(lineNumbers, (line) => lines.get(line));
    return {
        path,
        lineNumbers,
        lineHits,
        functions,
        branches,
        statements: { covered: statementsCovered, total: s.length },
    };
}
const SUMMARY_METRICS = ['lines', 'statements', 'functions', 'branches'];
function parseIstanbulSummary(data, source) {
    const root = parseJsonObject(data, source, 'coverage-summary.json');
    const files = [];
    const sum = {
        lines: { covered: 0, total: 0 },
        statements: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
        branches: { covered: 0, total: 0 },
    };
    let declaredTotal;
    for (const [key, raw] of Object.entries(root)) {
        const counters = summaryCounters(raw, key === 'total' ? 'the "total" entry' : `file "${key}"`, source);
        if (key === 'total') {
            declaredTotal = counters;
            continue;
        }
        for (const metric of SUMMARY_METRICS) {
            const c = counters[metric];
            if (!c)
                continue;
            sum[metric].covered += c.covered;
            sum[metric].total += c.total;
        }
        files.push({
            path: key,
            lineNumbers: new Uint32Array(0),
            lineHits: new Float64Array(0),
            functions: [],
            branches: [],
            summary: counters,
        });
    }
    if (declaredTotal) {
        // A total that disagrees with its files means the file was edited or cut; trust neither.
        for (const metric of SUMMARY_METRICS) {
            const declared = declaredTotal[metric];
            const actual = sum[metric];
            if (declared && (declared.covered !== actual.covered || declared.total !== actual.total)) {
                throw new model/* CoverageParseError */.Kw(`"total" says ${metric} ${declared.covered}/${declared.total} but the files add up to ${actual.covered}/${actual.total}`, source);
            }
        }
    }
    return { format: 'istanbul-summary', source, files };
}
function summaryCounters(raw, where, source) {
    if (!isObject(raw))
        throw new model/* CoverageParseError */.Kw(`${where} is not an object`, source);
    const out = {};
    for (const metric of SUMMARY_METRICS) {
        const c = raw[metric];
        if (c === undefined)
            continue;
        if (!isObject(c))
            throw new model/* CoverageParseError */.Kw(`${where} ${metric} is not an object`, source);
        const total = count(c.total, `${where} ${metric}.total`, source);
        const covered = count(c.covered, `${where} ${metric}.covered`, source);
        if (!Number.isInteger(total) || !Number.isInteger(covered) || covered > total) {
            throw new model/* CoverageParseError */.Kw(`${where} ${metric} has covered ${covered} of total ${total}`, source);
        }
        out[metric] = { covered, total };
    }
    return out;
}
function parseJsonObject(data, source, kind) {
    let root;
    try {
        root = JSON.parse(data.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const at = /position (\d+)/.exec(message);
        const line = at
            ? lineAt(data, Number(at[1]))
            : /end of JSON/.test(message)
                ? lineAt(data, data.length)
                : undefined;
        throw new model/* CoverageParseError */.Kw(`not valid JSON (${message.slice(0, 200)})`, source, line);
    }
    if (!isObject(root)) {
        throw new model/* CoverageParseError */.Kw(`expected a JSON object keyed by file (${kind}), got ${kindOf(root)}`, source);
    }
    return root;
}
function member(entry, name, where, source) {
    const value = entry[name];
    if (!isObject(value))
        throw new model/* CoverageParseError */.Kw(`${where} has no "${name}" object`, source);
    return value;
}
function optionalMember(entry, name, where, source) {
    return entry[name] === undefined ? {} : member(entry, name, where, source);
}
function counts(map, where, source) {
    return Object.entries(map).map(([id, hits]) => [id, count(hits, `${where}["${id}"]`, source)]);
}
function count(value, where, source) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new model/* CoverageParseError */.Kw(`${where} is ${kindOf(value)}, expected a count`, source);
    }
    return value;
}
function startLine(loc, where, source) {
    const line = isObject(loc) && isObject(loc.start) ? loc.start.line : undefined;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 0) {
        throw new model/* CoverageParseError */.Kw(`${where} has no start line`, source);
    }
    return line;
}
/** Where the function is declared (its name), else where its body starts; 0 when unknown. */
function functionLine(meta) {
    if (!isObject(meta))
        return 0;
    for (const loc of [meta.decl, meta.loc]) {
        if (isObject(loc) && isObject(loc.start) && isLine(loc.start.line))
            return loc.start.line;
    }
    return isLine(meta.line) ? meta.line : 0;
}
/** istanbul's getBranchCoverageByLine() rule: the branch's own `line`, else where it starts. */
function branchLine(meta) {
    if (!isObject(meta))
        return 0;
    if (isLine(meta.line) && meta.line > 0)
        return meta.line;
    const loc = meta.loc;
    return isObject(loc) && isObject(loc.start) && isLine(loc.start.line) ? loc.start.line : 0;
}
function isLine(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return `the string "${value.slice(0, 40)}"`;
    return typeof value === 'object' ? 'an object' : String(value);
}
function lineAt(text, position) {
    let line = 1;
    const end = Math.min(position, text.length);
    for (let i = 0; i < end; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./build/shared/coverage/parsers/jacoco.js
// JaCoCo XML (Java, Kotlin, Scala through the JaCoCo agent). A <sourcefile> holds per-line
// instruction and branch counts (`mi`/`ci`, `mb`/`cb`) and LINE, BRANCH and METHOD counters;
// the report-level counters are JaCoCo's own totals. Paths are `package/SourceFile.java`, found
// below the usual source roots (src/main/java, src/main/kotlin, …) when mapped to tracked files.

const JVM_SOURCE_ROOTS = [
    'src/main/java',
    'src/main/kotlin',
    'src/main/scala',
    'src',
    'app/src/main/java',
];
function parseJacoco(data, source) {
    const files = new Map();
    let pkg = '';
    let file;
    let sawRoot = false;
    readXml(data, source, (fail) => ({
        open(tag, parent) {
            if (!sawRoot) {
                sawRoot = true;
                if (tag.name !== 'report')
                    fail(`expected a <report> root element (JaCoCo XML), found <${tag.name}>`);
                return;
            }
            if (tag.name === 'package')
                pkg = tag.attributes.name ?? '';
            else if (tag.name === 'sourcefile' && parent === 'package') {
                const name = tag.attributes.name;
                if (!name)
                    fail('<sourcefile> has no name attribute');
                const path = pkg ? `${pkg}/${name}` : name;
                file = files.get(path) ?? { path, lines: new Map(), branches: [] };
                files.set(path, file);
            }
            else if (tag.name === 'line' && parent === 'sourcefile' && file) {
                const nr = countAttr(tag, 'nr', fail);
                if (nr === undefined || !Number.isInteger(nr) || nr < 1)
                    fail(`<line> has nr="${tag.attributes.nr ?? ''}"`);
                const mi = countAttr(tag, 'mi', fail) ?? 0;
                const ci = countAttr(tag, 'ci', fail) ?? 0;
                const mb = countAttr(tag, 'mb', fail) ?? 0;
                const cb = countAttr(tag, 'cb', fail) ?? 0;
                // JaCoCo counts a line with at least one instruction; covered when one of them ran.
                if (mi + ci > 0)
                    file.lines.set(nr, ci > 0 ? 1 : 0);
                for (let i = 0; i < mb + cb; i++)
                    file.branches.push({ line: nr, block: '0', branch: String(i), hits: i < cb ? 1 : 0 });
            }
            else if (tag.name === 'counter' &&
                parent === 'sourcefile' &&
                file &&
                tag.attributes.type === 'METHOD') {
                const missed = countAttr(tag, 'missed', fail) ?? 0;
                const covered = countAttr(tag, 'covered', fail) ?? 0;
                file.methods = { covered, total: covered + missed };
            }
        },
        close(name) {
            if (name === 'sourcefile')
                file = undefined;
            else if (name === 'package')
                pkg = '';
        },
    }));
    return {
        format: 'jacoco',
        source,
        sourceRoots: JVM_SOURCE_ROOTS,
        files: [...files.values()].map((acc) => {
            const lineNumbers = Uint32Array.from(acc.lines.keys()).sort();
            const out = {
                path: acc.path,
                lineNumbers,
                lineHits: Float64Array.from(lineNumbers, (n) => acc.lines.get(n)),
                // JaCoCo names methods only in <class>, not per source file: its METHOD counter is the figure.
                functions: [],
                branches: acc.branches,
            };
            if (acc.methods)
                out.summary = { functions: acc.methods };
            return out;
        }),
    };
}

;// CONCATENATED MODULE: ./build/shared/coverage/parsers/lcov.js
// lcov tracefile parser (geninfo 1.x and 2.x record types).
// It walks the bytes of the input directly: DA, BRDA and FNDA records are by far the bulk of a large
// tracefile, so their numbers are read from bytes, and names become strings once per distinct name.
// Semantics follow lcov itself: repeated DA lines, repeated BRDA and repeated SF sections are summed;
// totals records (LF, LH, FNF, ...) are used only for a kind of record a section has no detail of
// (`cargo llvm-cov --summary-only`, `llvm-cov export -summary-only`): where detail exists we recount.
// Every FN record is one function, as FNF counts them: two functions of one name (overloads, methods
// named toString, c8's anonymous functions) are two, and FNDA records give their hits in FN order.

const NL = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const COMMA = 44;
const MINUS = 45;
const COLON = 58;
const ZERO = 48;
const NINE = 57;
const MAX_LINE_NUMBER = 0xffffffff;
/** Block and branch ids are almost always small integers; sharing their strings saves an allocation each. */
const SMALL_IDS = Array.from({ length: 1024 }, (_, i) => String(i));
/** A copy of a scratch column with twice the room. */
function doubled(column) {
    const grown = new column.constructor(column.length * 2);
    grown.set(column);
    return grown;
}
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function isBlank(c) {
    return c === undefined || c === NL || c === CR || c === SPACE || c === TAB;
}
/** addHits over columns, where NaN stands for null. */
function addColumnHits(a, b) {
    if (Number.isNaN(a))
        return b;
    if (Number.isNaN(b))
        return a;
    return a + b;
}
function addHits(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return a + b;
}
/**
 * Sums entries that are one function: the same name at the same line (a section repeated for one
 * file), or lcov 2.2 aliases of one index. Same-named functions at different lines stay apart.
 */
function dedupeFunctions(functions) {
    const byName = new Map();
    for (const fn of functions) {
        const key = `${fn.name}\u0000${fn.line}`;
        const seen = byName.get(key);
        if (seen === undefined)
            byName.set(key, fn);
        else {
            seen.hits += fn.hits;
            if (seen.line === 0)
                seen.line = fn.line;
        }
    }
    return byName.size === functions.length ? functions : [...byName.values()];
}
function dedupeBranches(branches) {
    const byKey = new Map();
    for (const br of branches) {
        const key = `${br.line}\u0000${br.block}\u0000${br.branch}`;
        const seen = byKey.get(key);
        if (seen === undefined)
            byKey.set(key, br);
        else
            seen.hits = addHits(seen.hits, br.hits);
    }
    return byKey.size === branches.length ? branches : [...byKey.values()];
}
/** Merges two ascending, unique line lists, summing hits of lines present in both. */
function mergeLines(a, b) {
    const an = a.lineNumbers;
    const bn = b.lineNumbers;
    const lineNumbers = new Uint32Array(an.length + bn.length);
    const lineHits = new Float64Array(an.length + bn.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < an.length || j < bn.length) {
        const la = i < an.length ? an[i] : Number.POSITIVE_INFINITY;
        const lb = j < bn.length ? bn[j] : Number.POSITIVE_INFINITY;
        if (la === lb) {
            lineNumbers[k] = la;
            lineHits[k++] = a.lineHits[i++] + b.lineHits[j++];
        }
        else if (la < lb) {
            lineNumbers[k] = la;
            lineHits[k++] = a.lineHits[i++];
        }
        else {
            lineNumbers[k] = lb;
            lineHits[k++] = b.lineHits[j++];
        }
    }
    return { lineNumbers: lineNumbers.slice(0, k), lineHits: lineHits.slice(0, k) };
}
function lcov_mergeFiles(into, from) {
    const { lineNumbers, lineHits } = mergeLines(into, from);
    into.lineNumbers = lineNumbers;
    into.lineHits = lineHits;
    into.functions = dedupeFunctions([...into.functions, ...from.functions]);
    into.branches = dedupeBranches([...into.branches, ...from.branches]);
}
/**
 * Line data of all sections goes into shared slabs, and each file gets views into them: one allocation
 * per slab instead of two per file, and no copy when a section's DA lines are already in order (the
 * usual case). Slabs grow geometrically, so a small report stays small.
 */
class LineSlab {
    lines = new Uint32Array(1024);
    hits = new Float64Array(1024);
    /** Entries owned by finished sections. */
    used = 0;
    /** Makes room for one more entry of the open section, which currently has `count` entries. */
    reserve(count) {
        if (this.used + count < this.lines.length)
            return;
        // Capped doubling bounds the unused tail of the last slab (3 MB) while keeping allocations few.
        const lines = new Uint32Array(Math.max(Math.min(this.lines.length * 2, 1 << 18), (count + 1) * 2));
        const hits = new Float64Array(lines.length);
        lines.set(this.lines.subarray(this.used, this.used + count));
        hits.set(this.hits.subarray(this.used, this.used + count));
        this.lines = lines;
        this.hits = hits;
        this.used = 0;
    }
    /** Hands the open section's `count` entries to a file. */
    take(count) {
        const start = this.used;
        this.used += count;
        return {
            lineNumbers: this.lines.subarray(start, this.used),
            lineHits: this.hits.subarray(start, this.used),
        };
    }
}
/**
 * Interns names by their bytes, so a name seen again (FNDA after FN, the same helper in many files,
 * istanbul's "(anonymous_0)") costs no new string. Bytes of each distinct name are kept in an arena, as
 * the input may arrive in chunks. Each entry also remembers which section last declared it and at which
 * function index, which is how FNDA finds its FN without a per-section map.
 */
class NameTable {
    /** The chunk that start/end positions refer to. */
    buf = Buffer.alloc(0);
    arena = Buffer.allocUnsafe(4096);
    arenaLength = 0;
    mask = 1023;
    hashes = new Int32Array(1024);
    offsets = new Float64Array(1024);
    lengths = new Int32Array(1024).fill(-1);
    names = new Array(1024).fill('');
    /** Each slot's stable id: its string's index in `strings`, which slots move over but ids do not. */
    ids = new Int32Array(1024);
    /**
     * Every distinct string once, by id; ids below SMALL_IDS.length are the small integers, so that
     * block and branch ids can be stored as numbers. Files keep a reference (it only grows).
     */
    strings = [...SMALL_IDS];
    section = new Int32Array(1024).fill(-1);
    index = new Int32Array(1024);
    count = 0;
    /** Returns the entry for the bytes [start, end) of the current chunk. */
    intern(start, end) {
        const b = this.buf;
        let h = FNV_OFFSET;
        for (let i = start; i < end; i++)
            h = Math.imul(h ^ b[i], FNV_PRIME);
        return this.internHashed(start, end, h);
    }
    /** intern() for callers that computed the FNV-1a hash of the bytes while scanning them. */
    internHashed(start, end, h) {
        const b = this.buf;
        const len = end - start;
        let slot = h & this.mask;
        for (;;) {
            const l = this.lengths[slot];
            if (l === -1)
                break;
            if (this.hashes[slot] === h && l === len && this.equals(this.offsets[slot], len, start, end))
                return slot;
            slot = (slot + 1) & this.mask;
        }
        if (this.arenaLength + len > this.arena.length) {
            const grown = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.arenaLength + len));
            this.arena.copy(grown, 0, 0, this.arenaLength);
            this.arena = grown;
        }
        b.copy(this.arena, this.arenaLength, start, end);
        this.hashes[slot] = h;
        this.offsets[slot] = this.arenaLength;
        this.lengths[slot] = len;
        this.names[slot] = b.toString('utf8', start, end);
        this.ids[slot] = this.strings.length;
        this.strings.push(this.names[slot]);
        this.section[slot] = -1;
        this.arenaLength += len;
        if (++this.count * 2 > this.mask)
            return this.grow(slot);
        return slot;
    }
    /** Compares arena bytes [at, at + len) with chunk bytes [start, end). */
    equals(at, len, start, end) {
        if (len !== end - start)
            return false;
        const a = this.arena;
        const b = this.buf;
        for (let i = 0; i < len; i++)
            if (a[at + i] !== b[start + i])
                return false;
        return true;
    }
    /** Doubles the table; returns where `keep` moved. */
    grow(keep) {
        const old = {
            hashes: this.hashes,
            offsets: this.offsets,
            lengths: this.lengths,
            names: this.names,
            ids: this.ids,
        };
        const oldSection = this.section;
        const oldIndex = this.index;
        const size = (this.mask + 1) * 2;
        this.mask = size - 1;
        this.hashes = new Int32Array(size);
        this.offsets = new Float64Array(size);
        this.lengths = new Int32Array(size).fill(-1);
        this.names = new Array(size).fill('');
        this.ids = new Int32Array(size);
        this.section = new Int32Array(size).fill(-1);
        this.index = new Int32Array(size);
        let moved = -1;
        for (let i = 0; i < old.lengths.length; i++) {
            if (old.lengths[i] === -1)
                continue;
            let slot = old.hashes[i] & this.mask;
            while (this.lengths[slot] !== -1)
                slot = (slot + 1) & this.mask;
            this.hashes[slot] = old.hashes[i];
            this.offsets[slot] = old.offsets[i];
            this.lengths[slot] = old.lengths[i];
            this.names[slot] = old.names[i];
            this.ids[slot] = old.ids[i];
            this.section[slot] = oldSection[i];
            this.index[slot] = oldIndex[i];
            if (i === keep)
                moved = slot;
        }
        return moved;
    }
}
class LcovParser {
    /** The chunk being parsed and the end of its complete lines. */
    buf = Buffer.alloc(0);
    n = 0;
    source;
    lineNo = 0;
    lineStart = 0;
    started = false;
    files = new Map();
    slab = new LineSlab();
    names = new NameTable();
    sections = 0;
    // The open SF section.
    path = null;
    count = 0;
    linesSorted = true;
    lastLine = -1;
    /**
     * Functions and branches of the open section as columns, reused across sections (the first fnCount /
     * brCount entries are the open one's): a large report has hundreds of thousands, which become
     * objects only if something asks for them (see compactFile).
     */
    /** Name ids (NameTable.strings); -1 while an lcov 2.2 function has no name yet. */
    fnNames = new Int32Array(512);
    fnLines = new Uint32Array(512);
    fnHits = new Float64Array(512);
    fnCount = 0;
    /** Arena offset and length of each function's name, so FNDA in FN order matches without hashing. */
    fnNameAt = new Float64Array(512);
    fndaCursor = 0;
    /** lcov 2.2 function index -> slot in the open section's function columns. */
    byIndex = null;
    brLines = new Uint32Array(512);
    /** Block and branch ids as NameTable.strings ids (small integers are their own id). */
    brBlocks = new Int32Array(512);
    brBranches = new Int32Array(512);
    /** NaN where the enclosing block never ran (lcov's "-"). */
    brHits = new Float64Array(512);
    brCount = 0;
    branchesNeedDedupe = false;
    lastBranchLine = -1;
    branchLineStart = 0;
    /** LF, LH, FNF, FNH, BRF, BRH of the open section; -1 when absent. */
    sectionTotals = new Float64Array(6).fill(-1);
    /** Functions of the open section that have had their FNDA, for same-named functions out of order. */
    fnGotHits = new Uint8Array(512);
    /** Second result of readUint / readCount, which return the position after the number. */
    value = 0;
    constructor(source) {
        this.source = source;
    }
    /** Parses the lines in b[0, n); every line but possibly the input's last ends with a newline. */
    run(b, n) {
        this.buf = b;
        this.n = n;
        this.names.buf = b;
        this.rejectBinary();
        let p = 0;
        if (!this.started) {
            this.started = true;
            if (n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
                p = 3;
        }
        while (p < n) {
            this.lineNo++;
            let c = b[p];
            while (c === SPACE || c === TAB)
                c = b[++p];
            this.lineStart = p;
            // DA is most of any tracefile: test for it before the general dispatch.
            p = c === 0x44 && b[p + 1] === 0x41 && b[p + 2] === COLON ? this.daRun(p + 3) : this.record(p);
        }
    }
    finish() {
        if (this.path !== null)
            this.closeSection();
        if (this.sections === 0)
            throw new model/* CoverageParseError */.Kw('no SF: records; is this an lcov file?', this.source);
        return { format: 'lcov', source: this.source, files: [...this.files.values()] };
    }
    /** Dispatches one line starting at p; returns the start of the next line. */
    record(p) {
        const b = this.buf;
        const c1 = b[p + 1];
        const c2 = b[p + 2];
        switch (b[p]) {
            case 0x42: // B
                if (c1 === 0x52 && c2 === 0x44 && b[p + 3] === 0x41 && b[p + 4] === COLON)
                    return this.brda(p + 5);
                if (c1 === 0x52 && (c2 === 0x46 || c2 === 0x48) && b[p + 3] === COLON)
                    return this.summary('BRF/BRH', p);
                break;
            case 0x46: // F
                if (c1 !== 0x4e)
                    break;
                if (c2 === COLON)
                    return this.fn(p + 3);
                if (c2 === 0x44 && b[p + 3] === 0x41 && b[p + 4] === COLON)
                    return this.fnda(p + 5);
                if (b[p + 3] === COLON) {
                    if (c2 === 0x4c)
                        return this.fnl(p + 4);
                    if (c2 === 0x41)
                        return this.fna(p + 4);
                    if (c2 === 0x46 || c2 === 0x48)
                        return this.summary('FNF/FNH', p);
                }
                break;
            case 0x4c: // L
                if ((c1 === 0x46 || c1 === 0x48) && c2 === COLON)
                    return this.summary('LF/LH', p);
                break;
            case 0x53: // S
                if (c1 === 0x46 && c2 === COLON)
                    return this.sf(p + 3);
                break;
            case 0x65: // e
                if (this.isEndOfRecord(p)) {
                    if (this.path !== null)
                        this.closeSection();
                    return this.eol(p) + 1;
                }
                break;
        }
        // TN:, VER:, blank lines and record types we do not know (MCDC:, vendor extensions) carry nothing we use.
        return this.eol(p) + 1;
    }
    isEndOfRecord(p) {
        const word = 'end_of_record';
        const b = this.buf;
        for (let i = 0; i < word.length; i++)
            if (b[p + i] !== word.charCodeAt(i))
                return false;
        return isBlank(b[p + word.length]);
    }
    nameHash = 0;
    nameEol = 0;
    /**
     * Reads a name that runs to the end of the line in one pass: returns its end (trailing CR and blanks
     * excluded) and leaves its FNV-1a hash in this.nameHash and the newline's position in this.nameEol.
     */
    scanName(start) {
        const b = this.buf;
        const n = this.n;
        let h = FNV_OFFSET;
        let hAtEnd = h;
        let end = start;
        let i = start;
        for (; i < n; i++) {
            const c = b[i];
            if (c === NL)
                break;
            h = Math.imul(h ^ c, FNV_PRIME);
            if (c !== CR && c !== SPACE && c !== TAB) {
                hAtEnd = h;
                end = i + 1;
            }
        }
        this.nameHash = hAtEnd;
        this.nameEol = i;
        return end;
    }
    /** Position of the newline ending the line that contains p, or the input length. */
    eol(p) {
        // Native search: lines skipped here can be arbitrarily long (garbage, a 50 MB line).
        const at = this.buf.indexOf(NL, p);
        return at < 0 || at > this.n ? this.n : at;
    }
    /** End of a line's content: before the newline and any trailing CR, spaces or tabs. */
    contentEnd(eol, from) {
        const b = this.buf;
        let e = eol;
        while (e > from && (b[e - 1] === CR || b[e - 1] === SPACE || b[e - 1] === TAB))
            e--;
        return e;
    }
    fail(message) {
        const end = this.eol(this.lineStart);
        const shown = Math.min(end, this.lineStart + 60);
        const text = this.buf.toString('utf8', this.lineStart, shown).replace(/\r$/, '');
        const quoted = JSON.stringify(text + (shown < end ? '…' : ''));
        throw new model/* CoverageParseError */.Kw(`${message} in ${quoted}`, this.source, this.lineNo);
    }
    requireSection(kind) {
        if (this.path !== null)
            return;
        const where = this.sections > 0 ? 'after end_of_record and before the next SF:' : 'before any SF:';
        this.fail(`${kind}: record ${where} record`);
    }
    /** Reads an unsigned integer field into this.value; returns the position after it. */
    readUint(p, kind, what) {
        const b = this.buf;
        let v = 0;
        let q = p;
        let c = b[q];
        while (c >= ZERO && c <= NINE && v <= MAX_LINE_NUMBER) {
            v = v * 10 + (c - ZERO);
            c = b[++q];
        }
        if (v > MAX_LINE_NUMBER)
            this.fail(`${kind}: ${what} is out of range`);
        if (q === p || !(c === COMMA || isBlank(c)))
            this.fail(`${kind}: ${what} is not a number`);
        this.value = v;
        return q;
    }
    /** Reads an execution count into this.value; negative counts (from broken tools) become 0. */
    readCount(p, kind) {
        const b = this.buf;
        let v = 0;
        let q = p;
        let c = b[q];
        while (c >= ZERO && c <= NINE) {
            v = v * 10 + (c - ZERO);
            c = b[++q];
        }
        if (q > p && (c === COMMA || isBlank(c))) {
            this.value = v;
            return q;
        }
        // Signs, float and exponent notation are rare; let Number() read them.
        let e = p;
        while (e < this.n && b[e] !== COMMA && !isBlank(b[e]))
            e++;
        const parsed = Number(b.toString('latin1', p, e));
        if (e === p || Number.isNaN(parsed))
            this.fail(`${kind}: execution count is not a number`);
        this.value = Math.max(parsed, 0);
        return e;
    }
    expectComma(q, kind, what) {
        if (this.buf[q] !== COMMA)
            this.fail(`${kind}: missing ${what}`);
        return q + 1;
    }
    sf(p) {
        const eol = this.eol(p);
        const end = this.contentEnd(eol, p);
        if (end === p)
            this.fail('SF: record without a path');
        // A section left open (no end_of_record) is closed by the next SF:, as lcov does.
        if (this.path !== null)
            this.closeSection();
        this.path = decodePath(this.buf, p, end);
        this.sections++;
        return eol + 1;
    }
    summary(kind, p) {
        this.requireSection(kind);
        const b = this.buf;
        // p is at the record's first letter; the count follows the colon.
        let q = p;
        while (b[q] !== COLON)
            q++;
        q++;
        let value = 0;
        let digits = 0;
        while (b[q] >= ZERO && b[q] <= NINE) {
            value = value * 10 + (b[q] - ZERO);
            q++;
            digits++;
        }
        if (digits > 0) {
            const c1 = b[p + 1];
            const c2 = b[p + 2];
            const slot = b[p] === 0x4c ? (c1 === 0x46 ? 0 : 1) : b[p] === 0x46 ? (c2 === 0x46 ? 2 : 3) : c2 === 0x46 ? 4 : 5;
            this.sectionTotals[slot] = value;
        }
        return this.eol(p) + 1;
    }
    /**
     * Reads a run of consecutive DA lines starting at p (just after "DA:"); returns the start of the first
     * line that is not DA. The run loop keeps the slab arrays and counters in locals: DA is the bulk of
     * every tracefile and this is where the time goes.
     */
    daRun(p) {
        if (this.path === null)
            this.requireSection('DA');
        const b = this.buf;
        const n = this.n;
        const slab = this.slab;
        let lines = slab.lines;
        let hits = slab.hits;
        let at = slab.used + this.count;
        let last = this.lastLine;
        let sorted = this.linesSorted;
        // Error reporting reads lineNo / lineStart from `this`; they are synced only before a slow path.
        let lineNo = this.lineNo;
        let lineStart = this.lineStart;
        for (;;) {
            let line = 0;
            let q = p;
            let c = b[q];
            while (c >= ZERO && c <= NINE && line <= MAX_LINE_NUMBER) {
                line = line * 10 + (c - ZERO);
                c = b[++q];
            }
            if (q === p || c !== COMMA || line > MAX_LINE_NUMBER) {
                this.lineNo = lineNo;
                this.lineStart = lineStart;
                q = this.expectComma(this.readUint(p, 'DA', 'line number'), 'DA', 'execution count');
            }
            else
                q++;
            let count = 0;
            const h = q;
            c = b[q];
            while (c >= ZERO && c <= NINE) {
                count = count * 10 + (c - ZERO);
                c = b[++q];
            }
            if (q === h || !(c === NL || c === COMMA || isBlank(c))) {
                this.lineNo = lineNo;
                this.lineStart = lineStart;
                q = this.readCount(h, 'DA');
                count = this.value;
                c = b[q];
            }
            if (at >= lines.length) {
                this.count = at - slab.used;
                slab.reserve(this.count);
                lines = slab.lines;
                hits = slab.hits;
                at = slab.used + this.count;
            }
            if (line <= last)
                sorted = false;
            last = line;
            lines[at] = line;
            hits[at++] = count;
            // Anything after the count is the optional checksum, which we do not use.
            while (c !== NL && q < n)
                c = b[++q];
            p = q + 1;
            if (p >= n || b[p] !== 0x44 || b[p + 1] !== 0x41 || b[p + 2] !== COLON)
                break;
            lineNo++;
            lineStart = p;
            p += 3;
        }
        this.lineNo = lineNo;
        this.lineStart = lineStart;
        this.count = at - slab.used;
        this.lastLine = last;
        this.linesSorted = sorted;
        return p;
    }
    fn(p) {
        if (this.path === null)
            this.requireSection('FN');
        let q = this.readUint(p, 'FN', 'line number');
        const line = this.value;
        q = this.expectComma(q, 'FN', 'function name');
        // lcov 2.0/2.1 write FN:<start>,<end>,<name>; a name never starts with digits followed by a comma.
        const b = this.buf;
        let d = q;
        while (b[d] >= ZERO && b[d] <= NINE)
            d++;
        if (d > q && b[d] === COMMA)
            q = d + 1;
        const end = this.scanName(q);
        const eol = this.nameEol;
        if (end === q)
            this.fail('FN: missing function name');
        const names = this.names;
        const entry = names.internHashed(q, end, this.nameHash);
        // Every FN record is a function (FNF counts them so), except a repeat of the same name at the
        // same line; the name table keeps the first function of a name.
        if (names.section[entry] !== this.sections) {
            names.section[entry] = this.sections;
            names.index[entry] = this.fnCount;
        }
        else {
            const id = names.ids[entry];
            for (let i = names.index[entry]; i < this.fnCount; i++) {
                if (this.fnNames[i] === id && this.fnLines[i] === line)
                    return eol + 1;
            }
        }
        this.addFunction(names.ids[entry], line, 0, entry);
        return eol + 1;
    }
    /** Appends a function and returns its slot; `entry` is its name's NameTable entry, or -1 while it has no name. */
    addFunction(nameId, line, hits, entry) {
        const i = this.fnCount++;
        if (i >= this.fnLines.length) {
            this.fnNames = doubled(this.fnNames);
            this.fnLines = doubled(this.fnLines);
            this.fnHits = doubled(this.fnHits);
        }
        this.fnNames[i] = nameId;
        this.fnLines[i] = line;
        this.fnHits[i] = hits;
        if (2 * i + 2 > this.fnNameAt.length)
            this.fnNameAt = doubled(this.fnNameAt);
        this.fnNameAt[2 * i] = entry < 0 ? 0 : this.names.offsets[entry];
        this.fnNameAt[2 * i + 1] = entry < 0 ? -1 : this.names.lengths[entry];
        if (i >= this.fnGotHits.length)
            this.fnGotHits = doubled(this.fnGotHits);
        this.fnGotHits[i] = 0;
        return i;
    }
    fnda(p) {
        if (this.path === null)
            this.requireSection('FNDA');
        let q = this.readCount(p, 'FNDA');
        const hits = this.value;
        q = this.expectComma(q, 'FNDA', 'function name');
        // FNDA usually follows FN order: match the expected function's name in the same pass that finds
        // the line's end, and hash only when that guess fails.
        const cursor = this.fndaCursor;
        if (cursor < this.fnCount) {
            const next = this.matchExpectedName(cursor, q);
            if (next > 0) {
                this.fnHits[cursor] += hits;
                this.fnGotHits[cursor] = 1;
                this.fndaCursor++;
                return next;
            }
        }
        const end = this.scanName(q);
        const eol = this.nameEol;
        if (end === q)
            this.fail('FNDA: missing function name');
        const names = this.names;
        const entry = names.internHashed(q, end, this.nameHash);
        if (names.section[entry] === this.sections) {
            // Out of FN order: the first function of that name still without its FNDA, else the first.
            const first = names.index[entry];
            const id = names.ids[entry];
            let target = first;
            for (let i = first; i < this.fnCount; i++) {
                if (this.fnNames[i] === id && this.fnGotHits[i] === 0) {
                    target = i;
                    break;
                }
            }
            this.fnHits[target] += hits;
            this.fnGotHits[target] = 1;
        }
        else {
            // An FNDA without FN: keep the count; the format gives no line.
            names.section[entry] = this.sections;
            names.index[entry] = this.fnCount;
            this.addFunction(names.ids[entry], 0, hits, entry);
        }
        return eol + 1;
    }
    /**
     * If the line from `start` holds exactly the name of function `fnIndex` (then optional trailing
     * blanks), returns the next line's start; otherwise -1.
     */
    matchExpectedName(fnIndex, start) {
        const len = this.fnNameAt[2 * fnIndex + 1];
        if (len <= 0)
            return -1;
        const at = this.fnNameAt[2 * fnIndex];
        const a = this.names.arena;
        const b = this.buf;
        for (let i = 0; i < len; i++)
            if (a[at + i] !== b[start + i])
                return -1;
        let q = start + len;
        if (q >= this.n)
            return q;
        let c = b[q];
        if (c === NL)
            return q + 1;
        while (c === CR || c === SPACE || c === TAB)
            c = b[++q];
        if (q >= this.n)
            return q;
        return c === NL ? q + 1 : -1;
    }
    /** lcov 2.2+ function location: FNL:<index>,<start>[,<end>]. */
    fnl(p) {
        this.requireSection('FNL');
        let q = this.readUint(p, 'FNL', 'function index');
        const slot = this.functionAtIndex(this.value);
        q = this.expectComma(q, 'FNL', 'line number');
        q = this.readUint(q, 'FNL', 'line number');
        this.fnLines[slot] = this.value;
        return this.eol(q) + 1;
    }
    /** lcov 2.2+ function alias: FNA:<index>,<hits>,<name>; aliases of one index add up into one function. */
    fna(p) {
        this.requireSection('FNA');
        let q = this.readUint(p, 'FNA', 'function index');
        const slot = this.functionAtIndex(this.value);
        q = this.expectComma(q, 'FNA', 'execution count');
        q = this.readCount(q, 'FNA');
        this.fnHits[slot] += this.value;
        q = this.expectComma(q, 'FNA', 'function name');
        const eol = this.eol(q);
        const end = this.contentEnd(eol, q);
        if (end === q)
            this.fail('FNA: missing function name');
        if (this.fnNames[slot] === -1)
            this.fnNames[slot] = this.names.ids[this.names.intern(q, end)];
        return eol + 1;
    }
    /** The slot of lcov 2.2 function `index` in the open section, added when first named. */
    functionAtIndex(index) {
        this.byIndex ??= new Map();
        let slot = this.byIndex.get(index);
        if (slot === undefined) {
            slot = this.addFunction(-1, 0, 0, -1);
            this.byIndex.set(index, slot);
        }
        return slot;
    }
    brda(p) {
        if (this.path === null)
            this.requireSection('BRDA');
        const fast = this.brdaFast(p);
        return fast > 0 ? fast : this.brdaGeneral(p);
    }
    /**
     * The common shape, BRDA:<line>,<small int>,<small int>,<count or ->, read in one pass. Returns the next
     * line's start, or -1 to let brdaGeneral handle anything else (ids that are not small integers,
     * expressions, errors).
     */
    brdaFast(p) {
        const b = this.buf;
        let q = p;
        let c = b[q];
        let line = 0;
        while (c >= ZERO && c <= NINE && line <= MAX_LINE_NUMBER) {
            line = line * 10 + (c - ZERO);
            c = b[++q];
        }
        if (q === p || c !== COMMA || line > MAX_LINE_NUMBER)
            return -1;
        let block = 0;
        const blockStart = ++q;
        c = b[q];
        while (c >= ZERO && c <= NINE && q - blockStart < 3) {
            block = block * 10 + (c - ZERO);
            c = b[++q];
        }
        if (q === blockStart || c !== COMMA || (b[blockStart] === ZERO && q - blockStart > 1))
            return -1;
        let branch = 0;
        const branchStart = ++q;
        c = b[q];
        while (c >= ZERO && c <= NINE && q - branchStart < 3) {
            branch = branch * 10 + (c - ZERO);
            c = b[++q];
        }
        if (q === branchStart || c !== COMMA || (b[branchStart] === ZERO && q - branchStart > 1))
            return -1;
        c = b[++q];
        let hits = Number.NaN;
        if (c === MINUS)
            c = b[++q];
        else {
            const takenStart = q;
            let v = 0;
            while (c >= ZERO && c <= NINE) {
                v = v * 10 + (c - ZERO);
                c = b[++q];
            }
            if (q === takenStart)
                return -1;
            hits = v;
        }
        if (c !== NL) {
            if (!isBlank(c))
                return -1;
            const eol = this.eol(q);
            if (this.contentEnd(eol, q) !== q)
                return -1;
            q = eol;
        }
        this.addBranch(line, block, branch, hits);
        return q + 1;
    }
    brdaGeneral(p) {
        let q = this.readUint(p, 'BRDA', 'line number');
        const line = this.value;
        q = this.expectComma(q, 'BRDA', 'block');
        const b = this.buf;
        const eol = this.eol(q);
        const end = this.contentEnd(eol, q);
        let blockEnd = q;
        while (blockEnd < end && b[blockEnd] !== COMMA)
            blockEnd++;
        // The branch id may itself contain commas (lcov 2.x branch expressions): the count is after the last one.
        let lastComma = end - 1;
        while (lastComma > blockEnd && b[lastComma] !== COMMA)
            lastComma--;
        if (blockEnd >= end || lastComma <= blockEnd)
            this.fail('BRDA: expected <line>,<block>,<branch>,<taken>');
        let hits = Number.NaN;
        if (!(b[lastComma + 1] === MINUS && lastComma + 2 === end)) {
            if (this.readCount(lastComma + 1, 'BRDA') !== end)
                this.fail('BRDA: taken count is not a number');
            hits = this.value;
        }
        this.addBranch(line, this.id(q, blockEnd), this.id(blockEnd + 1, lastComma), hits);
        return eol + 1;
    }
    /** The string id of a block or branch id; small integers are their own id. */
    id(start, end) {
        const b = this.buf;
        const len = end - start;
        if (len > 0 && len <= 3 && (len === 1 || b[start] !== ZERO)) {
            let v = 0;
            let i = start;
            for (; i < end; i++) {
                const c = b[i];
                if (c < ZERO || c > NINE)
                    break;
                v = v * 10 + (c - ZERO);
            }
            if (i === end && v < SMALL_IDS.length)
                return v;
        }
        return this.names.ids[this.names.intern(start, end)];
    }
    /** `hits` is NaN for a branch whose block never ran. */
    addBranch(line, block, branch, hits) {
        const count = this.brCount;
        if (!this.branchesNeedDedupe) {
            if (line === this.lastBranchLine) {
                // Repeats are only possible among the branches of this same line, which sit together at the end.
                for (let i = this.branchLineStart; i < count; i++) {
                    if (this.brBlocks[i] === block && this.brBranches[i] === branch) {
                        this.brHits[i] = addColumnHits(this.brHits[i], hits);
                        return;
                    }
                }
            }
            else if (line < this.lastBranchLine) {
                this.branchesNeedDedupe = true;
            }
            else {
                this.lastBranchLine = line;
                this.branchLineStart = count;
            }
        }
        if (count >= this.brLines.length) {
            this.brBlocks = doubled(this.brBlocks);
            this.brBranches = doubled(this.brBranches);
            this.brLines = doubled(this.brLines);
            this.brHits = doubled(this.brHits);
        }
        this.brLines[count] = line;
        this.brBlocks[count] = block;
        this.brBranches[count] = branch;
        this.brHits[count] = hits;
        this.brCount = count + 1;
    }
    closeSection() {
        const path = this.path;
        if (!this.linesSorted)
            this.sortSectionLines();
        // Exact-size copies of the reused scratch columns: no growth garbage, no spare capacity kept.
        const strings = this.names.strings;
        const fnColumns = {
            strings,
            names: this.fnNames.slice(0, this.fnCount),
            lines: this.fnLines.slice(0, this.fnCount),
            hits: this.fnHits.slice(0, this.fnCount),
        };
        const brColumns = {
            strings,
            lines: this.brLines.slice(0, this.brCount),
            blocks: this.brBlocks.slice(0, this.brCount),
            branches: this.brBranches.slice(0, this.brCount),
            hits: this.brHits.slice(0, this.brCount),
        };
        const base = { path, ...this.slab.take(this.count) };
        const summary = this.summaryWithoutDetail();
        if (summary)
            base.summary = summary;
        // lcov 2.2 aliases and out-of-order branches are rare: those are summed as objects.
        const file = (0,model/* compactFile */.Ks)(base, this.byIndex === null ? fnColumns : dedupeFunctions((0,model/* functionObjects */.RZ)(fnColumns)), this.branchesNeedDedupe ? dedupeBranches((0,model/* branchObjects */.NN)(brColumns)) : brColumns);
        const existing = this.files.get(path);
        if (existing === undefined)
            this.files.set(path, file);
        else
            lcov_mergeFiles(existing, file);
        this.path = null;
        this.count = 0;
        this.linesSorted = true;
        this.lastLine = -1;
        this.fnCount = 0;
        this.fndaCursor = 0;
        this.byIndex = null;
        this.brCount = 0;
        this.branchesNeedDedupe = false;
        this.lastBranchLine = -1;
        this.branchLineStart = 0;
        this.sectionTotals.fill(-1);
    }
    /** The producer's totals for each kind of record the open section has no detail of. */
    summaryWithoutDetail() {
        const t = this.sectionTotals;
        const counter = (found, hit) => t[found] >= 0
            ? { covered: Math.max(0, Math.min(Math.max(t[hit], 0), t[found])), total: t[found] }
            : undefined;
        const summary = {};
        if (this.count === 0) {
            const lines = counter(0, 1);
            if (lines && lines.total > 0)
                summary.lines = lines;
        }
        if (this.fnCount === 0) {
            const functions = counter(2, 3);
            if (functions && functions.total > 0)
                summary.functions = functions;
        }
        if (this.brCount === 0) {
            const branches = counter(4, 5);
            if (branches && branches.total > 0)
                summary.branches = branches;
        }
        return Object.keys(summary).length > 0 ? summary : undefined;
    }
    /** Sorts the open section's DA entries in place in the slab, summing repeated lines. */
    sortSectionLines() {
        const { lines, hits, used } = this.slab;
        const count = this.count;
        const order = new Uint32Array(count);
        for (let i = 0; i < count; i++)
            order[i] = used + i;
        order.sort((x, y) => lines[x] - lines[y]);
        const sortedLines = new Uint32Array(count);
        const sortedHits = new Float64Array(count);
        let k = -1;
        for (let i = 0; i < count; i++) {
            const at = order[i];
            if (k >= 0 && sortedLines[k] === lines[at])
                sortedHits[k] += hits[at];
            else {
                sortedLines[++k] = lines[at];
                sortedHits[k] = hits[at];
            }
        }
        this.count = k + 1;
        lines.set(sortedLines.subarray(0, this.count), used);
        hits.set(sortedHits.subarray(0, this.count), used);
    }
    /** A NUL byte never occurs in a tracefile; failing on it turns binary input into a clear message. */
    rejectBinary() {
        const at = this.buf.indexOf(0);
        if (at < 0 || at >= this.n)
            return;
        let line = this.lineNo + 1;
        for (let i = 0; i < at; i++)
            if (this.buf[i] === NL)
                line++;
        throw new model/* CoverageParseError */.Kw('binary data (NUL byte); is this an lcov file?', this.source, line);
    }
}
/**
 * Parses an lcov tracefile. `source` names the file in error messages. The returned line arrays of
 * several files may be views into one shared buffer.
 */
function parseLcov(data, source) {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const parser = new LcovParser(source);
    parser.run(buf, buf.length);
    return parser.finish();
}
/**
 * Parses a tracefile that arrives in chunks (a file read piece by piece), so memory holds the result
 * but never the whole input. Chunks may split lines anywhere and may be reused by the caller after
 * `write` returns. Results equal parseLcov on the concatenated input. Errors are thrown from `write`
 * or `end` as CoverageParseError; after one, the parser holds a partial state and must be dropped.
 */
class LcovChunkParser {
    parser;
    /** The incomplete last line of the input so far. */
    carry = Buffer.alloc(0);
    carryLength = 0;
    constructor(source) {
        this.parser = new LcovParser(source);
    }
    write(chunk) {
        const bytes = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const newline = bytes.lastIndexOf(NL);
        if (newline < 0) {
            this.keep(bytes);
            return;
        }
        if (this.carryLength === 0) {
            this.parser.run(bytes, newline + 1);
        }
        else {
            const before = this.carryLength;
            this.keep(bytes.subarray(0, newline + 1));
            this.parser.run(this.carry, before + newline + 1);
            this.carryLength = 0;
        }
        this.keep(bytes.subarray(newline + 1));
    }
    end() {
        if (this.carryLength > 0)
            this.parser.run(this.carry, this.carryLength);
        this.carryLength = 0;
        return this.parser.finish();
    }
    keep(bytes) {
        if (bytes.length === 0)
            return;
        const needed = this.carryLength + bytes.length;
        if (needed > this.carry.length) {
            // 1.5x growth keeps appends linear while a huge line costs at most 1.5x its size.
            const grown = Buffer.allocUnsafe(Math.max(needed, Math.ceil(this.carry.length * 1.5)));
            this.carry.copy(grown, 0, 0, this.carryLength);
            this.carry = grown;
        }
        bytes.copy(this.carry, this.carryLength);
        this.carryLength = needed;
    }
}
/**
 * A path as written: UTF-8, or Latin-1 when the bytes are not valid UTF-8 (geninfo writes the file
 * system's bytes), normalised to NFC so one file spelled both ways is one file.
 */
function decodePath(b, start, end) {
    let ascii = true;
    for (let i = start; i < end; i++)
        if (b[i] >= 0x80)
            ascii = false;
    if (ascii)
        return b.toString('latin1', start, end);
    const bytes = b.subarray(start, end);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
    }
    catch {
        return bytes.toString('latin1').normalize('NFC');
    }
}
const LCOV_RECORD = /^(?:[A-Z]+:|end_of_record\s*$)/;
/** True when the first non-blank lines of a file are lcov records and include TN: or SF:. */
function looksLikeLcov(head) {
    let seen = 0;
    for (const raw of head.replace(/^\uFEFF/, '').split('\n')) {
        const line = raw.trim();
        if (line === '')
            continue;
        if (!LCOV_RECORD.test(line))
            return false;
        if (line.startsWith('TN:') || line.startsWith('SF:'))
            return true;
        if (++seen === 5)
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./build/shared/coverage/parsers/detect.js
// Users point the action at whatever their test runner wrote; the format is read from the
// content, because names like coverage.out, coverage.json or report.xml say little.







/** How much of a file detection looks at. */
const DETECT_HEAD_BYTES = 4096;
/** The format of a coverage file from its first few KB, or undefined when it matches none. */
function detectFormat(head, fileName) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (/^mode:/.test(text))
        return 'go';
    if (/^<(?:\?xml|coverage[\s>/]|report[\s>/]|!DOCTYPE\s)/.test(text))
        return detectXml(text);
    if (text.startsWith('{'))
        return detectJson(text, fileName);
    if (looksLikeLcov(text))
        return 'lcov';
    return undefined;
}
function detectXml(text) {
    const root = /<(?!\?|!)([A-Za-z_][\w.-]*)([^>]*)>/.exec(text.replace(/<!--[\s\S]*?-->/g, ''));
    if (!root)
        return /<!DOCTYPE\s+report/.test(text) ? 'jacoco' : 'cobertura';
    const [, name, attributes] = root;
    if (name === 'report')
        return 'jacoco';
    if (name !== 'coverage')
        return 'cobertura';
    const after = text.slice(root.index + root[0].length);
    // Jest writes clover="3.2.0" on the root; PHPUnit a bare root with <project> inside.
    if (/\bclover\s*=/.test(attributes) || /^\s*<project[\s>]/.test(after))
        return 'clover';
    // SonarQube generic coverage is recognised so the cobertura reader can refuse it by name.
    return 'cobertura';
}
function detectJson(text, fileName) {
    // The head may cut the JSON anywhere, so the first file's entry is recognised by its keys;
    // istanbul writes "path" then "statementMap", within the first few hundred bytes.
    const firstEntry = /^\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{/.exec(text);
    if (firstEntry) {
        const rest = text.slice(firstEntry[0].length);
        if (/^\s*"lines"\s*:\s*\{[^}]*"pct"/.test(rest) ||
            /"total"\s*:\s*\{\s*"lines"\s*:\s*\{[^}]*"pct"/.test(text)) {
            return 'istanbul-summary';
        }
        if (/"statementMap"\s*:/.test(text))
            return 'istanbul';
        return undefined;
    }
    // `{}` is what coverage-final.json holds when no file was instrumented.
    if (/^\{\s*\}\s*$/.test(text))
        return /summary/i.test(fileName) ? 'istanbul-summary' : 'istanbul';
    return undefined;
}
/** Parses a coverage file of the given format, detecting it from the content when 'auto' or absent. */
function parseCoverage(data, source, format = 'auto', opts = {}) {
    if (data.length === 0 || detect_isBlank(data))
        throw new model/* CoverageParseError */.Kw('the coverage file is empty', source);
    const chosen = format === 'auto' ? detectFormat(headOf(data), source) : format;
    if (!chosen) {
        throw new model/* CoverageParseError */.Kw(`could not detect the coverage format of ${source} (expected lcov, Go coverprofile, istanbul JSON, cobertura, JaCoCo or Clover XML); set format`, source);
    }
    switch (chosen) {
        case 'lcov':
            return parseLcov(data, source);
        case 'go':
            return parseGoCoverprofile(data.toString('utf8'), source, { modulePath: opts.goModulePath });
        case 'istanbul':
            return parseIstanbulFinal(data.toString('utf8'), source);
        case 'istanbul-summary':
            return parseIstanbulSummary(data.toString('utf8'), source);
        case 'cobertura':
            return parseCobertura(data.toString('utf8'), source);
        case 'jacoco':
            return parseJacoco(data.toString('utf8'), source);
        case 'clover':
            return parseClover(data.toString('utf8'), source);
        default:
            throw new model/* CoverageParseError */.Kw(`unknown coverage format "${String(chosen)}"`, source);
    }
}
function headOf(data) {
    // A multi-byte character cut at the boundary decodes to U+FFFD, which no detector looks at.
    return data.subarray(0, DETECT_HEAD_BYTES).toString('utf8');
}
function detect_isBlank(data) {
    for (const byte of data) {
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./build/shared/coverage/paths.js
// Coverage tools write paths the way their process saw them: absolute runner paths, container
// mounts, Windows drives, or relative to the folder the tests ran in. Gates, annotations and
// baselines all need one repo-relative spelling, so every path goes through here.
/** Checkout roots of GitHub-hosted runners and container jobs, in the order they are tried. */
const RUNNER_ROOTS = [
    /^\/home\/runner\/work\/[^/]+\/[^/]+\//,
    /^\/Users\/runner\/work\/[^/]+\/[^/]+\//,
    /^[A-Za-z]:\/a\/[^/]+\/[^/]+\//,
    /^\/__w\/[^/]+\/[^/]+\//,
    /^\/github\/workspace\//,
];
function slashes(p) {
    return p.replace(/\\/g, '/');
}
const DRIVE = /^[A-Za-z]:\//;
function isAbsolute(p) {
    return p.startsWith('/') || DRIVE.test(p);
}
/**
 * Resolves `.`, `..` and doubled slashes, so `pkg/../src/x.ts` (coverage of a sibling package)
 * and `src/./x.ts` name the tracked file. A `..` that climbs above a relative path is kept.
 */
function stripDotSlash(p) {
    const absolute = p.startsWith('/');
    const out = [];
    for (const segment of p.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else if (segment !== '..' || !absolute)
            out.push(segment);
    }
    return `${absolute ? '/' : ''}${out.join('/')}`;
}
/** Windows drive letters differ in case between tools (`d:\` from Node, `D:\` from the runner). */
function sameDrive(p) {
    return DRIVE.test(p) ? `${p[0].toUpperCase()}${p.slice(1)}` : p;
}
function withoutPrefix(p, prefix) {
    if (!prefix)
        return undefined;
    const root = sameDrive(prefix.endsWith('/') ? prefix : `${prefix}/`);
    const path = sameDrive(p);
    return path.startsWith(root) ? path.slice(root.length) : undefined;
}
function fromFileUrl(p) {
    let rest = p.slice('file://'.length);
    if (rest.startsWith('localhost/'))
        rest = rest.slice('localhost'.length);
    try {
        rest = decodeURIComponent(rest);
    }
    catch {
        // A stray `%` is more likely part of a file name than a broken escape: keep the text as is.
    }
    // file:///D:/a/x.ts names D:/a/x.ts; the slash before the drive letter is URL syntax.
    return /^\/[A-Za-z]:\//.test(rest) ? rest.slice(1) : rest;
}
/** The working directory relative to the workspace, even when it was given as an absolute path. */
function relativeWorkingDirectory(raw, workspace) {
    const wd = slashes(raw.trim());
    if (!isAbsolute(wd))
        return stripDotSlash(wd);
    const withSlash = wd.endsWith('/') ? wd : `${wd}/`;
    if (sameDrive(withSlash) === sameDrive(workspace.endsWith('/') ? workspace : `${workspace}/`))
        return '';
    const inside = withoutPrefix(wd, workspace);
    if (inside !== undefined)
        return stripDotSlash(inside);
    for (const root of RUNNER_ROOTS) {
        const m = root.exec(withSlash);
        if (m)
            return stripDotSlash(withSlash.slice(m[0].length));
    }
    return stripDotSlash(wd);
}
function joinRelative(dir, p) {
    return dir ? `${dir.replace(/\/+$/, '')}/${p}` : p;
}
/** Candidate repo-relative spellings of one raw path, most likely first. */
function candidates(raw, ctx) {
    let p = slashes(raw.trim());
    if (p.startsWith('file://'))
        p = fromFileUrl(p);
    p = stripDotSlash(p);
    const workspace = slashes(ctx.workspace);
    const wd = relativeWorkingDirectory(ctx.workingDirectory ?? '', workspace);
    const out = [];
    const inWorkspace = withoutPrefix(p, workspace);
    if (inWorkspace !== undefined)
        out.push(inWorkspace);
    for (const root of RUNNER_ROOTS) {
        const m = root.exec(p);
        if (m)
            out.push(p.slice(m[0].length));
    }
    for (const source of ctx.sourceRoots ?? []) {
        const s = slashes(source);
        const joined = s.endsWith('/') ? `${s}${p}` : `${s}/${p}`;
        if (!isAbsolute(p)) {
            const rel = withoutPrefix(joined, workspace);
            if (rel !== undefined)
                out.push(rel);
            for (const root of RUNNER_ROOTS) {
                const m = root.exec(joined);
                if (m)
                    out.push(joined.slice(m[0].length));
            }
            if (!isAbsolute(s))
                out.push(joinRelative(wd, stripDotSlash(joined)));
        }
    }
    if (!isAbsolute(p)) {
        out.push(joinRelative(wd, stripDotSlash(p)));
        if (wd)
            out.push(stripDotSlash(p));
    }
    if (out.length === 0)
        out.push(p);
    return [...new Set(out.map(stripDotSlash))];
}
/**
 * Maps a path from a coverage report to a repo-relative path. With a tracked-file list, the
 * first candidate that is tracked wins; failing that, a unique tracked file that ends with the
 * path (coverage written relative to a sub-package) is taken.
 */
function normalisePath(raw, ctx) {
    const options = candidates(raw, ctx);
    const tracked = ctx.tracked;
    if (!tracked)
        return { path: options[0], matched: true };
    for (const option of options)
        if (tracked.has(option))
            return { path: option, matched: true };
    for (const option of options) {
        const suffix = `/${option}`;
        let found;
        let count = 0;
        for (const file of tracked) {
            if (file.endsWith(suffix)) {
                found = file;
                count++;
                if (count > 1)
                    break;
            }
        }
        if (count === 1 && found)
            return { path: found, matched: true };
    }
    return { path: options[0], matched: false };
}

// EXTERNAL MODULE: ./build/shared/coverage/totals.js
var coverage_totals = __webpack_require__(52568);
;// CONCATENATED MODULE: ./build/shared/coverage/load.js









/**
 * When one source file is in reports of several formats (lcov and cobertura of the same run),
 * those are one measurement written twice: the file's figures come from one format, never a
 * union, whose branch ids and line sets differ. The richest wins: most metrics with data, then
 * this order.
 */
const FORMAT_PREFERENCE = [
    'lcov',
    'istanbul',
    'jacoco',
    'cobertura',
    'clover',
    'go',
    'istanbul-summary',
];
function richness(file) {
    const c = (0,coverage_totals/* fileCounters */.uR)(file);
    return ['lines', 'branches', 'functions', 'statements'].filter((m) => c[m].total > 0).length;
}
/** Keeps, for each path, only the files of its richest format; returns the reports that lost a file. */
function onePerFormat(tagged) {
    const byPath = new Map();
    for (const t of tagged) {
        const group = byPath.get(t.file.path);
        if (group)
            group.push(t);
        else
            byPath.set(t.file.path, [t]);
    }
    const kept = [];
    const dropped = new Set();
    for (const group of byPath.values()) {
        const formats = [...new Set(group.map((g) => g.format))];
        if (formats.length === 1) {
            for (const g of group)
                kept.push(g.file);
            continue;
        }
        const score = (format) => Math.max(...group.filter((g) => g.format === format).map((g) => richness(g.file))) * 100 -
            FORMAT_PREFERENCE.indexOf(format);
        const best = formats.reduce((a, b) => (score(b) > score(a) ? b : a));
        for (const g of group) {
            if (g.format === best)
                kept.push(g.file);
            else
                dropped.add(g.report);
        }
    }
    return { kept, dropped };
}
const HEADER_NAMES = {
    lines: 'lines-valid/lines-covered',
    branches: 'branches-valid/branches-covered',
    functions: 'functions-valid/functions-covered',
};
/**
 * The producer's report-level totals where its per-file detail is incomplete (branches counted on
 * lines without a statement, function counts only in the header): the difference is added to the
 * totals, and a note says so.
 */
function headerAdjustments(report, files) {
    const adjust = {};
    const notes = [];
    if (!report.header)
        return { adjust, notes };
    const detail = (0,coverage_totals/* computeTotals */.x0)(files);
    for (const [metric, header] of Object.entries(report.header)) {
        const d = detail[metric];
        if (header.total <= d.total)
            continue;
        adjust[metric] = { covered: Math.max(0, header.covered - d.covered), total: header.total - d.total };
        notes.push(`${report.source}: ${metric} from the report header (${HEADER_NAMES[metric] ?? metric}: ${header.covered}/${header.total}); the per-file detail holds ${d.covered}/${d.total}.`);
    }
    return { adjust, notes };
}
function withAdjustments(totals, adjustments) {
    const out = { ...totals };
    for (const adjust of adjustments) {
        for (const [metric, extra] of Object.entries(adjust)) {
            const covered = out[metric].covered + extra.covered;
            const total = out[metric].total + extra.total;
            out[metric] = { covered, total, pct: (0,coverage_totals/* percent */.KN)(covered, total) };
        }
    }
    return out;
}
const HEAD_BYTES = 4096;
/**
 * Go profiles of matrix shards are concatenated before parsing: the parser then unions blocks
 * exactly, which merging per-file statement counters afterwards could not.
 */
function combineGoProfiles(texts) {
    const byMode = new Map();
    const rest = [];
    for (const t of texts) {
        const text = t.data.toString('utf8');
        const newline = text.indexOf('\n');
        const header = (newline < 0 ? text : text.slice(0, newline)).trim();
        if (!/^mode:\s*\w+$/.test(header)) {
            rest.push(t);
            continue;
        }
        const group = byMode.get(header) ?? { files: [], bodies: [] };
        group.files.push(t.file);
        group.bodies.push(newline < 0 ? '' : text.slice(newline + 1));
        byMode.set(header, group);
    }
    for (const [header, group] of byMode) {
        if (group.files.length === 1) {
            rest.push({ file: group.files[0], data: Buffer.from(`${header}\n${group.bodies[0]}`) });
            continue;
        }
        const bodies = group.bodies.map((b) => (b.endsWith('\n') || b === '' ? b : `${b}\n`));
        rest.push({ file: group.files.join(' + '), data: Buffer.from(`${header}\n${bodies.join('')}`) });
    }
    return rest;
}
function relativeToWorkspace(file, workspace) {
    const rel = (0,external_node_path_.relative)(workspace, file);
    return rel.startsWith('..') ? file : rel;
}
function unreadable(error, shown) {
    return new model/* CoverageParseError */.Kw(`cannot read the file (${error.code ?? String(error)})`, shown);
}
async function readHead(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
async function isBlankFile(file) {
    const data = await (0,promises_.readFile)(file);
    return (data
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim() === '');
}
/**
 * lcov reports can be tens of megabytes: they are parsed as they are read, never held whole, through
 * two reused buffers, the next chunk being read while this one is parsed. (A read stream allocates a
 * new buffer per chunk, and a parse that makes little garbage runs the collector so rarely that tens
 * of megabytes of read chunks were alive at once.)
 */
async function streamLcov(file, shown) {
    const parser = new LcovChunkParser(shown);
    const handle = await (0,promises_.open)(file, 'r');
    const size = 256 * 1024;
    const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    let reading = handle.read(buffers[0], 0, size, null);
    try {
        for (let turn = 0;; turn ^= 1) {
            const { bytesRead } = await reading;
            if (bytesRead === 0)
                break;
            // Reads run one at a time, so each continues where the previous one ended.
            reading = handle.read(buffers[turn ^ 1], 0, size, null);
            parser.write(buffers[turn].subarray(0, bytesRead));
        }
    }
    finally {
        await reading.catch(() => undefined);
        await handle.close();
    }
    return parser.end();
}
async function loadCoverage(options) {
    const raw = [];
    const reports = [];
    for (const file of options.files) {
        const shown = relativeToWorkspace(file, options.paths.workspace);
        const head = await readHead(file).catch((error) => {
            throw unreadable(error, shown);
        });
        if (head.replace(/^\uFEFF/, '').trim() === '' && (await isBlankFile(file))) {
            throw new model/* CoverageParseError */.Kw('the coverage report is empty (0 bytes or only blanks): did the test run write it?', shown);
        }
        const format = options.format === 'auto' ? detectFormat(head, shown) : options.format;
        if (!format) {
            throw new model/* CoverageParseError */.Kw('could not detect the coverage format (expected lcov, Go coverprofile, istanbul JSON, cobertura, JaCoCo or Clover XML); set the format input', shown);
        }
        if (format === 'lcov' && head.trim() !== '') {
            reports.push(await streamLcov(file, shown).catch((error) => {
                throw error instanceof model/* CoverageParseError */.Kw ? error : unreadable(error, shown);
            }));
            continue;
        }
        const data = await (0,promises_.readFile)(file).catch((error) => {
            throw unreadable(error, shown);
        });
        raw.push({ file: shown, data, format });
    }
    const goInputs = combineGoProfiles(raw.filter((r) => r.format === 'go'));
    const parseList = [
        ...raw.filter((r) => r.format !== 'go'),
        ...goInputs.map((g) => ({ ...g, format: 'go' })),
    ];
    for (const item of parseList)
        reports.push(parseCoverage(item.data, item.file, item.format));
    const sources = [];
    const tagged = [];
    const perReport = [];
    const unmatched = new Set();
    for (const [index, report] of reports.entries()) {
        const mine = [];
        perReport.push(mine);
        sources.push({ file: report.source, format: report.format, files: report.files.length });
        const ctx = {
            ...options.paths,
            sourceRoots: report.sourceRoots ?? options.paths.sourceRoots,
        };
        for (const file of report.files) {
            const rawPath = report.format === 'go' && options.goModules?.length
                ? mapGoImportPath(file.path, [...options.goModules])
                : file.path;
            const normalised = normalisePath(rawPath, ctx);
            if (!normalised.matched)
                unmatched.add(normalised.path);
            const renamed = (0,model/* withPath */.iD)(file, normalised.path);
            mine.push(renamed);
            tagged.push({ file: renamed, format: report.format, report: index });
        }
    }
    const { kept, dropped } = onePerFormat(tagged);
    const files = mergeFiles(kept);
    const basis = [];
    const adjustments = [];
    for (const [index, report] of reports.entries()) {
        if (dropped.has(index)) {
            basis.push(`${report.source} (${report.format}) was not counted for files that a richer report of another format also covers: one run written twice is counted once.`);
            continue;
        }
        const { adjust, notes } = headerAdjustments(report, perReport[index]);
        adjustments.push(adjust);
        basis.push(...notes);
    }
    return {
        files,
        sources,
        unmatched: [...unmatched].sort(),
        totals: withAdjustments((0,coverage_totals/* computeTotals */.x0)(files), adjustments),
        basis,
    };
}

;// CONCATENATED MODULE: ./build/shared/coverage/collect.js








async function goModules(tracked, workspace) {
    if (!tracked)
        return [];
    const modules = [];
    for (const file of tracked) {
        if (file !== 'go.mod' && !file.endsWith('/go.mod'))
            continue;
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, file), 'utf8').catch(() => undefined);
        const modulePath = text === undefined ? undefined : readModulePath(text);
        if (modulePath)
            modules.push({ modulePath, dir: (0,external_node_path_.dirname)(file) === '.' ? '' : (0,external_node_path_.dirname)(file) });
    }
    return modules;
}
/**
 * go.mod files found upward from each report's folder (to the filesystem root), for checkouts
 * git does not know: a profile written inside a module folder names import paths of that module.
 */
async function goModulesAbove(reports, workspace) {
    const modules = new Map();
    for (const report of reports) {
        let dir = (0,external_node_path_.dirname)(report);
        for (;;) {
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'go.mod'), 'utf8').catch(() => undefined);
            const modulePath = text === undefined ? undefined : readModulePath(text);
            if (modulePath) {
                const rel = (0,external_node_path_.relative)(workspace, dir).split(external_node_path_.sep).join('/');
                modules.set(dir, { modulePath, dir: rel.startsWith('..') ? '' : rel });
                break;
            }
            const parent = (0,external_node_path_.dirname)(dir);
            if (parent === dir)
                break;
            dir = parent;
        }
    }
    return [...modules.values()];
}
/**
 * Where paths are relative to: the git work tree's top folder when `workspace` is inside one (the
 * CLI run from a module folder), with the working directory made relative to it.
 */
async function rooted(workspace, workingDirectory) {
    const top = await gitTopLevel(workspace);
    if (!top)
        return { workspace, workingDirectory };
    const [realTop, realWorkspace] = await Promise.all([(0,promises_.realpath)(top), (0,promises_.realpath)(workspace)]);
    if (realTop === realWorkspace)
        return { workspace, workingDirectory };
    const inside = (0,external_node_path_.relative)(realTop, realWorkspace).split(external_node_path_.sep).join('/');
    if (inside.startsWith('..'))
        return { workspace, workingDirectory };
    return {
        workspace: realTop,
        workingDirectory: workingDirectory ? `${inside}/${workingDirectory}` : inside,
    };
}
/**
 * Finds, reads, normalises and merges the coverage reports of a checkout: the evidence every
 * coverage action starts from. Returns `missing` (after logging) when nothing was found and the
 * caller allowed that; throws a UsageError when it did not.
 */
async function collectCoverage(options) {
    const cwd = (0,external_node_path_.resolve)(options.workspace, options.workingDirectory);
    const discovering = options.patterns.length === 0;
    const found = await findReports(discovering ? defaultPatterns() : options.patterns, cwd);
    const files = discovering ? preferOnePerFolder(found) : found;
    if (files.length === 0) {
        const where = discovering
            ? `the usual report locations (lcov.info, coverage-final.json, coverage.xml, coverage.out, … below ${options.workingDirectory || '.'})`
            : `'${options.patterns.join(', ')}' (relative to ${options.workingDirectory || 'the repository root'})`;
        const message = `no coverage report found at ${where}. Did the tests run with coverage enabled before this step? See ${(0,runbooks/* runbookUrl */.oV)('coverage-gate', 'no-reports')}`;
        if (options.ifNoFiles === 'error')
            throw new errors/* UsageError */.eb(message);
        if (options.ifNoFiles === 'warn')
            options.log.warning(message);
        else
            options.log.info(message);
        return { missing: message };
    }
    options.log.info(`Reading ${files.length} coverage report(s): ${files.join(', ')}`);
    const notes = [];
    if (discovering && found.length > files.length) {
        const left = found.filter((f) => !files.includes(f));
        notes.push(`Read the richest report of each folder; also found, not read (the same run in another format): ${left.join(', ')}.`);
    }
    const root = await rooted(options.workspace, options.workingDirectory);
    const tracked = await listTrackedFiles(root.workspace);
    if (!tracked)
        notes.push('The workspace is not a git checkout, so report paths could not be checked against tracked files.');
    const modules = tracked
        ? await goModules(tracked, root.workspace)
        : await goModulesAbove(files, root.workspace);
    const loaded = await loadCoverage({
        files,
        format: options.format,
        paths: { workspace: root.workspace, workingDirectory: root.workingDirectory, tracked },
        goModules: modules,
    });
    return { ...loaded, notes, workspace: root.workspace, workingDirectory: root.workingDirectory };
}


/***/ }),

/***/ 37807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   aL: () => (/* binding */ displayPercent),
/* harmony export */   lY: () => (/* binding */ headlineMetric)
/* harmony export */ });
// The one figure a coverage report is summed up by: the number its producing tool prints.
// `go test -cover` prints statement coverage; lcov, istanbul, coverage.py, cobertura, JaCoCo and
// Clover producers lead with lines. The gate (`min-coverage`), the summary, "least covered files",
// the status, the comment and the badge all show this figure, so a team sees in CI what it saw
// locally.
/**
 * Which metric heads reports of these formats: statements when every report is a Go profile,
 * lines otherwise. A mix of Go and other formats is headed by lines, the one metric every format
 * has, so no file is left out of the figure.
 */
function headlineMetric(formats) {
    const go = formats.filter((f) => f === 'go').length;
    if (go > 0 && go === formats.length)
        return { metric: 'statements', mixed: false };
    return { metric: 'lines', mixed: go > 0 };
}
/** Pure: the headline figure of these totals, read from reports of these formats. */
function headline(totals, formats) {
    const { metric, mixed } = headlineMetric(formats);
    const out = { metric, ...totals[metric] };
    if (mixed)
        out.warning =
            "The reports mix Go profiles with other formats, so the headline is line coverage of all files (Go's own statement figure covers the Go files only and is in the statements row).";
    return out;
}
/**
 * A percentage for display with `decimals` decimals, rounded down: 79.96% shows as 79.9%, never
 * as the 80.0% a gate at 80 would fail. Works on hundredths so binary fractions cannot push a
 * value below its own display (57.3 × 10 is 572.9999…).
 */
function displayPercent(pct, decimals = 2) {
    if (pct === null || pct === undefined || !Number.isFinite(pct))
        return 'n/a';
    const hundredths = Math.round(pct * 100);
    const step = 10 ** (2 - decimals);
    const floored = Math.floor(hundredths / step) * step;
    return `${(floored / 100).toFixed(decimals)}%`;
}


/***/ }),

/***/ 7926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ branchCounter),
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   Ks: () => (/* binding */ compactFile),
/* harmony export */   Kw: () => (/* binding */ CoverageParseError),
/* harmony export */   NN: () => (/* binding */ branchObjects),
/* harmony export */   RZ: () => (/* binding */ functionObjects),
/* harmony export */   iD: () => (/* binding */ withPath),
/* harmony export */   x9: () => (/* binding */ functionCounter)
/* harmony export */ });
/* unused harmony export fileFromLineMap */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29556);
// The one coverage model every parser produces and every gate, merge and renderer consumes.
// Line data is kept in typed arrays: a 2,000-file lcov has millions of DA records, and one
// object per line would cost several times the memory budget the parsers are held to.

const METRICS = ['lines', 'branches', 'functions', 'statements'];
/** An error in a coverage file that names where it is, so users can open the line. */
class CoverageParseError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb {
    file;
    line;
    name = 'CoverageParseError';
    constructor(message, file, line) {
        super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
        this.file = file;
        this.line = line;
    }
}
/** Builds a FileCoverage from an unordered map of line -> hits. */
function fileFromLineMap(path, lines, functions = [], branches = []) {
    const lineNumbers = Uint32Array.from(lines.keys()).sort();
    const lineHits = new Float64Array(lineNumbers.length);
    for (let i = 0; i < lineNumbers.length; i++)
        lineHits[i] = lines.get(lineNumbers[i]);
    return { path, lineNumbers, lineHits, functions, branches };
}
/** The columns a compact file still holds; a kind is dropped once it is read or set as objects. */
const compactColumns = new WeakMap();
/**
 * A file whose functions and branches stay in typed columns until something reads them as objects.
 * A 2,000-file lcov report holds some 680,000 of them, which a gate only counts: made as objects
 * they cost a quarter of the parse in garbage collection and about 50 MB of peak memory.
 * `functions` and `branches` are own enumerable properties (so spreading, toEqual and JSON see the
 * objects); reading one makes its objects once; assigning one replaces its columns.
 */
function compactFile(base, functions, branches) {
    const file = { ...base };
    const state = {};
    let fnObjects;
    let brObjects;
    if (Array.isArray(functions))
        fnObjects = functions;
    else
        state.fn = functions;
    if (Array.isArray(branches))
        brObjects = branches;
    else
        state.br = branches;
    Object.defineProperty(file, 'functions', {
        enumerable: true,
        configurable: true,
        get: () => {
            if (fnObjects === undefined && state.fn)
                fnObjects = functionObjects(state.fn);
            delete state.fn;
            return fnObjects;
        },
        set: (value) => {
            fnObjects = value;
            delete state.fn;
        },
    });
    Object.defineProperty(file, 'branches', {
        enumerable: true,
        configurable: true,
        get: () => {
            if (brObjects === undefined && state.br)
                brObjects = branchObjects(state.br);
            delete state.br;
            return brObjects;
        },
        set: (value) => {
            brObjects = value;
            delete state.br;
        },
    });
    compactColumns.set(file, state);
    return file;
}
/** The columns as function objects. */
function functionObjects(c) {
    const out = new Array(c.hits.length);
    for (let i = 0; i < out.length; i++) {
        const id = c.names[i];
        out[i] = { name: id < 0 ? '' : c.strings[id], line: c.lines[i], hits: c.hits[i] };
    }
    return out;
}
/** The columns as branch objects (NaN hits become null). */
function branchObjects(c) {
    const out = new Array(c.lines.length);
    for (let i = 0; i < out.length; i++) {
        const hits = c.hits[i];
        out[i] = {
            line: c.lines[i],
            block: c.strings[c.blocks[i]],
            branch: c.strings[c.branches[i]],
            hits: Number.isNaN(hits) ? null : hits,
        };
    }
    return out;
}
/** The same file under another path, still compact where it was. */
function withPath(file, path) {
    const state = compactColumns.get(file);
    if (!state)
        return { ...file, path };
    const { functions: _f, branches: _b, ...rest } = Object.getOwnPropertyDescriptors(file);
    const base = Object.defineProperties({}, rest);
    base.path = path;
    return compactFile(base, state.fn ?? file.functions, state.br ?? file.branches);
}
/** Functions hit and functions in all, without making function objects of a compact file. */
function functionCounter(file) {
    const columns = compactColumns.get(file)?.fn;
    let covered = 0;
    if (columns) {
        for (const hits of columns.hits)
            if (hits > 0)
                covered++;
        return { covered, total: columns.hits.length };
    }
    for (const fn of file.functions)
        if (fn.hits > 0)
            covered++;
    return { covered, total: file.functions.length };
}
/** Branches taken and branches in all (a branch whose block never ran is not taken). */
function branchCounter(file) {
    const columns = compactColumns.get(file)?.br;
    let covered = 0;
    if (columns) {
        for (const hits of columns.hits)
            if (hits > 0)
                covered++;
        return { covered, total: columns.hits.length };
    }
    for (const br of file.branches)
        if (br.hits !== null && br.hits > 0)
            covered++;
    return { covered, total: file.branches.length };
}


/***/ }),

/***/ 13727:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parsePathThresholds),
/* harmony export */   P: () => (/* binding */ parsePoints)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29556);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8998);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7926);



/** A number of percentage points from 0 to 100 (a drop, not a share: no `%`), or undefined when empty. */
function parsePoints(input, raw) {
    const text = raw.trim();
    if (text === '')
        return undefined;
    const value = text.includes('%') ? Number.NaN : (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .percentValue */ .ht)(text);
    if (!(value <= 100)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `expected a number of percentage points from 0 to 100, got '${text}'`);
    }
    return value;
}
/**
 * Parses per-path thresholds, one rule a line:
 *   services/api/**: lines=85, branches=70
 *   web/src/**: lines=75
 * Blank lines and `#` comments are ignored.
 */
function parsePathThresholds(input, text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        const where = `line ${i + 1}`;
        const colon = line.lastIndexOf(':');
        if (colon <= 0) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where}: expected '<glob>: <metric>=<percent>', e.g. 'services/api/**: lines=85', got '${line}'`);
        }
        const glob = line
            .slice(0, colon)
            .trim()
            .replace(/^['"]|['"]$/g, '');
        if (glob === '')
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where}: the glob before ':' is empty in '${line}'`);
        const rules = line
            .slice(colon + 1)
            .split(/[,;]/)
            .map((r) => r.trim())
            .filter(Boolean);
        if (rules.length === 0)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where}: no '<metric>=<percent>' after '${glob}:'`);
        for (const rule of rules) {
            const m = /^([a-z]+)\s*=\s*(.+)$/.exec(rule);
            const metric = m?.[1];
            if (!m || !metric || !_model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS */ .Cb.includes(metric)) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where}: '${rule}' is not '<metric>=<percent>' with metric one of ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS */ .Cb.join(', ')}`);
            }
            const min = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .percentValue */ .ht)(m[2].trim());
            if (!(min <= 100)) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where}: '${rule}' needs a percentage from 0 to 100`);
            }
            out.push({ glob, metric, min });
        }
    }
    return out;
}


/***/ }),

/***/ 52568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ fileTotals),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   uR: () => (/* binding */ fileCounters),
/* harmony export */   x0: () => (/* binding */ computeTotals)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7926);

/** Percentage with two decimals; null when there is nothing to cover (so "0 of 0" is never 0% or 100%). */
function percent(covered, total) {
    if (total <= 0)
        return null;
    // Multiplying before dividing keeps exact ratios exact: (57 / 100) * 10000 is 5699.999… in
    // floating point and would floor to 56.99.
    return Math.floor((covered * 10000) / total) / 100;
}
function total(counter) {
    return { covered: counter.covered, total: counter.total, pct: percent(counter.covered, counter.total) };
}
/**
 * Counts per file, computed once: loading, totals, the report's per-file table and the gates all
 * ask, and a 2,000-file report has millions of line entries. Files are not changed once loaded.
 */
const counted = new WeakMap();
/** Per-metric counts for one file; a format's own summary wins over counts derived from detail. */
function fileCounters(file) {
    const known = counted.get(file);
    if (known)
        return known;
    const result = countFile(file);
    counted.set(file, result);
    return result;
}
function countFile(file) {
    let linesHit = 0;
    const lineHits = file.lineHits;
    for (let i = 0; i < lineHits.length; i++)
        if (lineHits[i] > 0)
            linesHit++;
    const derived = {
        lines: { covered: linesHit, total: file.lineNumbers.length },
        functions: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .functionCounter */ .x9)(file),
        branches: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .branchCounter */ .Bv)(file),
        statements: file.statements ?? { covered: 0, total: 0 },
    };
    const s = file.summary;
    if (!s)
        return derived;
    return {
        lines: s.lines ?? derived.lines,
        functions: s.functions ?? derived.functions,
        branches: s.branches ?? derived.branches,
        statements: s.statements ?? derived.statements,
    };
}
function fileTotals(file) {
    const c = fileCounters(file);
    return {
        lines: total(c.lines),
        branches: total(c.branches),
        functions: total(c.functions),
        statements: total(c.statements),
    };
}
function computeTotals(files) {
    const sum = {
        lines: { covered: 0, total: 0 },
        branches: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
        statements: { covered: 0, total: 0 },
    };
    for (const file of files) {
        const c = fileCounters(file);
        for (const m of Object.keys(sum)) {
            sum[m].covered += c[m].covered;
            sum[m].total += c[m].total;
        }
    }
    return {
        lines: total(sum.lines),
        branches: total(sum.branches),
        functions: total(sum.functions),
        statements: total(sum.statements),
    };
}


/***/ })

};
