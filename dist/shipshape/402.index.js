export const id = 402;
export const ids = [402];
export const modules = {

/***/ 75817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCoverageBadgeCli: () => (/* binding */ runCoverageBadgeCli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var _shared_coverage_collect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81144);
/* harmony import */ var _shared_coverage_headline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37807);
/* harmony import */ var _shared_report_badge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33115);
/* harmony import */ var _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29556);
/* harmony import */ var _shared_runtime_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65403);








const HELP = `Usage: shipshape coverage-badge --files <globs> --out <file.svg> [--label coverage] [--min-lines 80]

Draws the coverage badge from local reports (e.g. for a README): the headline figure (statements for
Go profiles, lines otherwise), rounded down so a badge never shows a value the gate would fail.`;
async function runCoverageBadgeCli(argv) {
    try {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                files: { type: 'string', multiple: true },
                out: { type: 'string' },
                label: { type: 'string' },
                'min-lines': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
        });
        if (values.help) {
            process.stdout.write(`${HELP}\n`);
            return 0;
        }
        if (!values.out)
            throw new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('out', `give the SVG file to write\n\n${HELP}`);
        const greenAt = Number(values['min-lines'] ?? 80);
        if (!Number.isFinite(greenAt) || greenAt < 0 || greenAt > 100)
            throw new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('min-lines', 'expected a percentage from 0 to 100');
        const collected = await (0,_shared_coverage_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .collectCoverage */ .f)({
            patterns: values.files ?? [],
            format: 'auto',
            workspace: process.cwd(),
            workingDirectory: '',
            ifNoFiles: 'error',
            log: (0,_shared_runtime_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .stderrLogger */ .D7)({ quiet: true }),
        });
        if ('missing' in collected)
            return 2;
        const pct = (0,_shared_coverage_headline_js__WEBPACK_IMPORTED_MODULE_7__/* .headline */ .Pl)(collected.totals, collected.sources.map((s) => s.format)).pct;
        const svg = (0,_shared_report_badge_js__WEBPACK_IMPORTED_MODULE_4__/* .renderBadge */ ._s)({
            label: values.label ?? 'coverage',
            message: (0,_shared_coverage_headline_js__WEBPACK_IMPORTED_MODULE_7__/* .displayPercent */ .aL)(pct, 1),
            color: (0,_shared_report_badge_js__WEBPACK_IMPORTED_MODULE_4__/* .coverageColor */ .IA)(pct, { red: 60, green: greenAt }),
        });
        const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(values.out);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(out, svg);
        process.stdout.write(`${values.out}: ${(0,_shared_coverage_headline_js__WEBPACK_IMPORTED_MODULE_7__/* .displayPercent */ .aL)(pct)}\n`);
        return 0;
    }
    catch (error) {
        const { exitCode, message } = (0,_shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyFailure */ .XE)(error);
        process.stderr.write(`shipshape coverage-badge: ${message}\n`);
        return exitCode;
    }
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

/***/ 65186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d9: () => (/* binding */ smokeRunbookAnchor),
/* harmony export */   np: () => (/* binding */ coverageGateAnchor),
/* harmony export */   oV: () => (/* binding */ runbookUrl)
/* harmony export */ });
/* unused harmony export RUNBOOK_BASE */
// Every report and alert links to the runbook entry that says what its failure means and what to do
// first. Pages live in docs/runbooks/ with explicit anchors (a test checks they exist).
const RUNBOOK_BASE = 'https://github.com/shipshape/shipshape/blob/v1/docs/runbooks/';
function runbookUrl(page, anchor) {
    return `${RUNBOOK_BASE}${page}.md#${anchor}`;
}
/** The coverage-gate runbook anchor of a gate id (`min-lines`, `path:<glob>:lines`, `min-patch`, ...). */
function coverageGateAnchor(gateId) {
    if (gateId.startsWith('path:'))
        return 'per-path';
    if (gateId === 'min-patch')
        return 'patch';
    if (gateId === 'max-drop')
        return 'max-drop';
    return gateId.replace(/^min-/, '');
}
const SMOKE_ANCHORS = {
    dns: 'dns',
    connect: 'connect',
    tls: 'tls-expiring',
    timeout: 'timeout',
    status: 'status',
    assertion: 'assertion',
};
/** The deploy-smoke-health runbook anchor for a failure class (or a degraded / down check). */
function smokeRunbookAnchor(failureClass, degraded = false) {
    if (failureClass && SMOKE_ANCHORS[failureClass])
        return SMOKE_ANCHORS[failureClass];
    return degraded ? 'degraded' : 'down';
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

/***/ 65403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   h: () => (/* binding */ createLogger)
/* harmony export */ });
/* unused harmony exports progressLine, silentLogger, recordingLogger */
// The one logger every part of shipshape writes to. The action maps it to workflow commands (groups
// fold in the log), the CLI to stderr; tests pass silentLogger or a recording one.
function progressLine(phase, done, total, detail) {
    const width = String(total).length;
    return `${phase} ${String(done).padStart(width)}/${total}${detail ? `: ${detail}` : ''}`;
}
/** A Logger over any line sink; groups use the sink's own grouping when it has one. */
function createLogger(sink) {
    let depth = 0;
    return {
        info: (m) => sink.info(m),
        warning: (m) => sink.warning(m),
        debug: (m) => sink.debug(m),
        progress: (phase, done, total, detail) => sink.info(progressLine(phase, done, total, detail)),
        async group(title, work) {
            const own = depth === 0 && sink.startGroup !== undefined;
            if (own)
                sink.startGroup?.(title);
            else
                sink.info(title);
            depth++;
            try {
                return await work();
            }
            finally {
                depth--;
                if (own)
                    sink.endGroup?.();
            }
        },
    };
}
const silentLogger = createLogger({ info() { }, warning() { }, debug() { } });
/** For tests: a logger that keeps every line, warnings prefixed with `warning: `. */
function recordingLogger() {
    const lines = [];
    const logger = createLogger({
        info: (m) => lines.push(m),
        warning: (m) => lines.push(`warning: ${m}`),
        debug: () => { },
    });
    return Object.assign(logger, { lines });
}
/** The CLI's logger: everything on stderr, so stdout carries only the command's result. */
function stderrLogger(o = {}) {
    return createLogger({
        info: (m) => {
            if (!o.quiet)
                process.stderr.write(`${m}\n`);
        },
        warning: (m) => process.stderr.write(`warning: ${m}\n`),
        debug: (m) => {
            if (process.env.SHIPSHAPE_DEBUG)
                process.stderr.write(`debug: ${m}\n`);
        },
    });
}


/***/ })

};
