export const id = 7875;
export const ids = [7875];
export const modules = {

/***/ 58455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   M$: () => (/* binding */ renderInputNotes),
/* harmony export */   Zv: () => (/* binding */ findCommand),
/* harmony export */   eY: () => (/* binding */ renderUsage)
/* harmony export */ });
/* unused harmony export WITHOUT_COMMAND */
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65158);
// Every `shipshape` command: the table `shipshape --help` lists and main.ts dispatches from. Each
// command's module is imported only when that command runs, so `--help`, `--version` and a
// coverage gate in a pre-commit hook load none of the load-testing or Lighthouse code.

const TOKEN = 'the CLI talks to no GitHub API; it reads local files and git';
const STATUS = 'commit statuses are posted from GitHub Actions only';
const COMMENT = 'the pull request comment is written from GitHub Actions only';
/** Actions without a command of their own yet, and why. */
const WITHOUT_COMMAND = {
    'coverage-comment': 'its settings need the event of a GitHub Actions job (the spec reads the pull request, the workflow_run and the default branch from it), so it has no local preview yet; shipshape coverage-gate --markdown prints the figures',
};
const METRICS = "metrics go to the team's backend from CI runs (docs/metrics.md); a local run is not a data point";
const COMMANDS = [
    {
        name: 'coverage-gate',
        summary: 'Check coverage reports against thresholds (lines, branches, per path, patch)',
        action: 'coverage-gate',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3407), __webpack_require__.e(6376), __webpack_require__.e(6993), __webpack_require__.e(2128)]).then(__webpack_require__.bind(__webpack_require__, 83463))).runCoverageGateCli,
        actionOnly: {
            token: TOKEN,
            status: STATUS,
            annotate: 'annotations are workflow commands; the CLI prints every failing gate instead',
            'metrics-remote-write': METRICS,
            'metrics-otlp': METRICS,
            'metrics-pushgateway': METRICS,
            'metrics-headers': METRICS,
        },
        notYetFlags: ['max-drop', 'history', 'history-folder', 'history-keep'],
    },
    {
        name: 'coverage-badge',
        summary: 'Draw an SVG coverage badge from local coverage reports',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3407), __webpack_require__.e(6376), __webpack_require__.e(1402)]).then(__webpack_require__.bind(__webpack_require__, 75817))).runCoverageBadgeCli,
    },
    {
        name: 'perf-regression',
        summary: 'Load-test base and head alternately and report regressions with confidence',
        action: 'perf-regression',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9920), __webpack_require__.e(6656), __webpack_require__.e(3340), __webpack_require__.e(4566), __webpack_require__.e(9130)]).then(__webpack_require__.bind(__webpack_require__, 77182))).runPerfRegressionCli,
    },
    {
        name: 'lighthouse-vitals',
        summary: 'Audit pages with Lighthouse and check web-vitals budgets, or compare base and head',
        action: 'lighthouse-vitals',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(6664), __webpack_require__.e(1526)]).then(__webpack_require__.bind(__webpack_require__, 90837))).runLighthouseVitalsCli,
        actionOnly: {
            status: STATUS,
            token: TOKEN,
            comment: COMMENT,
            'upload-reports': 'workflow artifacts exist only in a GitHub job; the CLI writes reports with --report',
            'metrics-remote-write': 'the CLI prints its figures (--report writes them as JSON) instead of exporting them',
            'metrics-otlp': 'the CLI prints its figures (--report writes them as JSON) instead of exporting them',
            'metrics-pushgateway': 'the CLI prints its figures (--report writes them as JSON) instead of exporting them',
            'metrics-headers': 'the CLI prints its figures (--report writes them as JSON) instead of exporting them',
        },
        notYetFlags: ['history', 'history-folder', 'history-keep'],
    },
    {
        name: 'deploy-smoke-health',
        summary: 'Check health endpoints after a deploy or on a schedule',
        action: 'deploy-smoke-health',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9920), __webpack_require__.e(3920), __webpack_require__.e(4566), __webpack_require__.e(5320)]).then(__webpack_require__.bind(__webpack_require__, 56137))).runDeploySmokeHealthCli,
        acceptsEveryInput: true,
        actionOnly: {
            token: TOKEN,
            status: STATUS,
            issues: 'incident issues are opened from GitHub Actions only; the CLI reports on stdout',
        },
    },
    {
        name: 'dashboard',
        summary: 'Write a static site charting the history store',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9920), __webpack_require__.e(6656), __webpack_require__.e(8978)]).then(__webpack_require__.bind(__webpack_require__, 28978))).runDashboardCli,
    },
];
function findCommand(name) {
    return COMMANDS.find((c) => c.name === name);
}
/** What `shipshape <command> --help` adds after the command's own help: inputs that are not flags. */
function renderInputNotes(command) {
    const lines = [];
    const only = Object.entries(command.actionOnly ?? {});
    if (only.length > 0) {
        lines.push('', `Action-only inputs of ${command.action} (GitHub Actions only, not flags):`);
        for (const [name, why] of only)
            lines.push(`  ${name}: ${why}`);
    }
    if (command.notYetFlags?.length) {
        lines.push('', `Inputs of ${command.action} not yet available as flags here: ${command.notYetFlags.join(', ')}`);
    }
    return lines.join('\n');
}
function renderUsage() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return [
        'Usage: shipshape <command> [flags]',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'Run `shipshape <command> --help` (or `shipshape help <command>`) for its flags.',
        '  --help, -h     this text',
        '  --version, -v  the version of shipshape',
        '',
        _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES_HELP */ .c,
    ].join('\n');
}


/***/ }),

/***/ 65158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ EXIT_CODES_HELP)
/* harmony export */ });
// The exit codes every command and every action share (shared/runtime/errors.ts EXIT), as --help shows them.
const EXIT_CODES_HELP = `Exit codes:
  0  passed
  1  a gate failed (the evidence was read and did not meet a threshold)
  2  bad input or environment: a wrong flag, an unreadable report, a missing tool (the message says what to do)
  3  a defect in shipshape (please report it)`;


/***/ }),

/***/ 77875:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./build/cli/commands.js
var commands = __webpack_require__(58455);
;// CONCATENATED MODULE: ./build/cli/node-version.js
// Which Node.js versions the CLI runs on: the maintained LTS lines, 22 (from 22.12, the first 22
// with everything the bundle uses unflagged) and 24 and later.
const SUPPORTED_NODE = '>=22.12.0';
function nodeSupport(version) {
    const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
    if (major > 22 || (major === 22 && minor >= 12))
        return { ok: true };
    return {
        ok: false,
        message: `shipshape needs Node.js 22.12 or newer (22 LTS, 24 LTS or later); this is ${version}. Install a newer Node, or put one first on PATH (the pre-commit hook finds one by itself; see the README).`,
    };
}

;// CONCATENATED MODULE: ./build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./build/cli/version.js
// The package's version, from package.json (the bundler inlines it).

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./build/cli/main.js
// `shipshape <command> [flags]`: the actions' gates on a developer's machine or in a pre-commit
// hook. Flags carry the same names and accept the same values as the action inputs.



async function main(argv) {
    const support = nodeSupport(process.versions.node);
    if (!support.ok) {
        process.stderr.write(`shipshape: ${support.message}\n`);
        return 2;
    }
    const [name, ...rest] = argv;
    switch (name) {
        case undefined:
            process.stderr.write(`${(0,commands/* renderUsage */.eY)()}\n`);
            return 2;
        case '-h':
        case '--help':
            process.stdout.write(`${(0,commands/* renderUsage */.eY)()}\n`);
            return 0;
        case '-v':
        case '--version':
            process.stdout.write(`${VERSION}\n`);
            return 0;
        case 'help': {
            // `shipshape help <command>` is `shipshape <command> --help`.
            if (rest[0] === undefined) {
                process.stdout.write(`${(0,commands/* renderUsage */.eY)()}\n`);
                return 0;
            }
            const command = (0,commands/* findCommand */.Zv)(rest[0]);
            if (!command)
                return unknown(rest[0]);
            return run(command, ['--help']);
        }
    }
    const command = (0,commands/* findCommand */.Zv)(name);
    if (!command)
        return unknown(name);
    return run(command, rest);
}
async function run(command, argv) {
    const code = await (await command.load())(argv);
    if (code === 0 && (argv.includes('--help') || argv.includes('-h'))) {
        const notes = (0,commands/* renderInputNotes */.M$)(command);
        if (notes)
            process.stdout.write(`${notes}\n`);
    }
    return code;
}
function unknown(name) {
    process.stderr.write(`shipshape: unknown command '${name}' (one of ${commands/* COMMANDS */.Lo.map((c) => c.name).join(', ')})\n\n${(0,commands/* renderUsage */.eY)()}\n`);
    return 2;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`shipshape: unexpected error: ${error instanceof Error ? error.message : String(error)}. This is a bug in shipshape: please report it\n`);
    process.exitCode = 3;
});


/***/ })

};
