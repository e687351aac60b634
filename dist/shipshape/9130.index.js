export const id = 9130;
export const ids = [9130];
export const modules = {

/***/ 77182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  perfRegressionCommand: () => (/* binding */ perfRegressionCommand),
  runPerfRegressionCli: () => (/* binding */ runPerfRegressionCli)
});

// EXTERNAL MODULE: ./build/actions/perf-regression/src/spec.js + 20 modules
var spec = __webpack_require__(13340);
// EXTERNAL MODULE: ./build/cli/action-inputs.js
var action_inputs = __webpack_require__(60469);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/shared/history/select.js + 3 modules
var history_select = __webpack_require__(76656);
// EXTERNAL MODULE: ./build/shared/history/settings.js
var history_settings = __webpack_require__(38034);
// EXTERNAL MODULE: ./build/shared/runtime/child-env.js
var child_env = __webpack_require__(69871);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: ./build/shared/runtime/logger.js
var logger = __webpack_require__(65403);
// EXTERNAL MODULE: ./build/cli/exit-codes.js
var exit_codes = __webpack_require__(65158);
// EXTERNAL MODULE: ./build/cli/flags.js
var flags = __webpack_require__(6222);
;// CONCATENATED MODULE: ./build/cli/run-spec.js
// The CLI side of the action shell: runs an action's spec (read -> run -> present) on a developer's
// machine. Its flags are the action's inputs, as listed in action.yml (cli/action-inputs.ts is
// generated from those files), so the CLI and the action accept the same names and values. Inputs
// that only mean something inside a GitHub job (the token, commit statuses, the PR comment) are
// refused with a message saying so, and listed as such in --help.










/** The shell's inputs that publish to GitHub: they have no meaning on a developer's machine. */
const GITHUB_ONLY_INPUTS = {
    token: 'the CLI talks to no GitHub API; it reads local files and git',
    status: 'commit statuses are posted from GitHub Actions only',
    comment: 'the pull request comment is written from GitHub Actions only',
};
/** Flags of the CLI itself, next to the action's inputs. */
const OWN_FLAGS = {
    help: 'this text',
    quiet: 'print only the failure, not the summary',
    outputs: "also print the action's outputs as name=value lines",
};
function actionOnlyInputs(c) {
    const all = { ...GITHUB_ONLY_INPUTS, ...c.actionOnly };
    return Object.fromEntries(c.inputs.filter((i) => i.name in all).map((i) => [i.name, all[i.name] ?? '']));
}
/** The inputs that are flags of the command. */
function flagInputs(c) {
    const only = actionOnlyInputs(c);
    return c.inputs.filter((i) => !(i.name in only));
}
function firstSentence(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    const end = line.search(/\.(\s|$)/);
    return end === -1 ? line : line.slice(0, end + 1);
}
function specHelp(c) {
    const flags = flagInputs(c);
    const defaults = { ...Object.fromEntries(c.inputs.map((i) => [i.name, i.default])), ...c.cliDefaults };
    const rows = flags.map((i) => {
        const def = defaults[i.name];
        const suffix = i.required ? ' (required)' : def ? ` (default: ${def.replace(/\n/g, ', ')})` : '';
        return `  --${i.name} <value>\n      ${firstSentence(i.description)}${suffix}`;
    });
    const only = Object.entries(actionOnlyInputs(c)).map(([name, why]) => `  ${name}: ${why}`);
    return [
        `Usage: shipshape ${c.name} [--<input> <value>]...`,
        ...(c.summary ? ['', c.summary] : []),
        '',
        `Flags are the inputs of the ${c.spec.name} action (actions/${c.spec.name}/action.yml), with the same values;`,
        'repeat a flag, or give it several lines, for list inputs. A boolean flag alone means true.',
        '',
        ...rows,
        '',
        ...Object.entries(OWN_FLAGS).map(([name, what]) => `  --${name}  ${what}`),
        ...(only.length ? ['', 'Action-only inputs (GitHub Actions only, not flags):', ...only] : []),
        '',
        exit_codes/* EXIT_CODES_HELP */.c,
    ].join('\n');
}
/** `--name value`, `--name=value`, `--flag` (true), `--no-flag` (false); repeats collect. */
function parseFlags(c, argv) {
    const known = new Map(flagInputs(c).map((i) => [i.name, i]));
    const only = actionOnlyInputs(c);
    const values = new Map();
    const own = new Set();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        if (arg === '-h') {
            own.add('help');
            continue;
        }
        if (!arg.startsWith('--') || arg === '--')
            throw (0,flags/* unexpectedArgument */.zZ)(arg);
        const eq = arg.indexOf('=');
        let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        let value = eq === -1 ? undefined : arg.slice(eq + 1);
        if (name in OWN_FLAGS && value === undefined) {
            own.add(name);
            continue;
        }
        if (!known.has(name) && name.startsWith('no-') && known.has(name.slice(3)) && value === undefined) {
            name = name.slice(3);
            value = 'false';
        }
        if (!known.has(name))
            throw (0,flags/* wrongFlag */.ae)(c.name, name, { actionOnly: only });
        if (value === undefined) {
            const next = argv[i + 1];
            if (next === undefined || next.startsWith('--'))
                value = 'true';
            else {
                value = next;
                i++;
            }
        }
        values.set(name, [...(values.get(name) ?? []), value]);
    }
    return { values, own };
}
function sourceOf(c, values) {
    const defaults = { ...c.cliDefaults };
    return {
        get(name) {
            const given = values.get(name);
            // Several values of one input are its lines, as a multi-line input in a workflow.
            return (given ? given.join('\n') : (defaults[name] ?? '')).trim();
        },
    };
}
/** The environment a spec runs in on a machine: no event, no GitHub, history in a local folder. */
function localShellEnv(action, inputs, log, env = process.env) {
    const workspace = process.cwd();
    const tempDir = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `shipshape-${process.pid}`);
    (0,external_node_fs_.mkdirSync)(tempDir, { recursive: true });
    const settings = (0,history_settings/* readHistorySettings */.cw)(inputs);
    const abort = new AbortController();
    process.once('SIGINT', () => abort.abort());
    process.once('SIGTERM', () => abort.abort());
    // The CLI never counts as a GitHub job, even when run inside one: no artifacts or cache backend.
    const localEnv = { ...env, GITHUB_ACTIONS: '' };
    return {
        action,
        workspace,
        tempDir,
        log,
        env: localEnv,
        context: undefined,
        requireContext() {
            throw new errors/* EnvironmentError */.eG(`'shipshape ${action}' needs a GitHub Actions job for this: use the action there`);
        },
        github: undefined,
        history: {
            settings,
            decision: (0,history_settings/* recordDecision */.Q6)(undefined, settings),
            open: () => settings.backend === 'off'
                ? undefined
                : (0,history_select/* openHistory */.jC)({ backend: settings.backend, folder: settings.folder, log, env: localEnv }),
        },
        signal: abort.signal,
        mask: () => { },
        childEnv: (extra) => (0,child_env/* childEnvironment */.Q)(env, extra),
        runUrl: undefined,
    };
}
function annotationLine(a) {
    const where = a.file ? `${a.file}${a.startLine ? `:${a.startLine}` : ''}: ` : '';
    return `${where}${a.level}: ${a.title ? `${a.title}: ` : ''}${a.message}`;
}
/** Writes the publication the way a terminal reads it; returns the exit code. */
function printPublication(pub, own) {
    if (!own.has('quiet') && pub.summary)
        process.stdout.write(`${pub.summary.trimEnd()}\n`);
    if (own.has('outputs')) {
        for (const [name, value] of Object.entries(pub.outputs))
            process.stdout.write(`${name}=${value === undefined ? '' : String(value)}\n`);
    }
    for (const a of pub.annotations ?? [])
        process.stderr.write(`${annotationLine(a)}\n`);
    if (pub.exitCode !== errors/* EXIT */.dc.ok && pub.failure)
        process.stderr.write(`${pub.failure}\n`);
    return pub.exitCode;
}
/** Runs `shipshape <name> [flags]` over the action's spec; every error ends as a message and exit code. */
async function runSpecCli(c, argv) {
    try {
        const { values, own } = parseFlags(c, argv);
        if (own.has('help')) {
            process.stdout.write(`${specHelp(c)}\n`);
            return errors/* EXIT */.dc.ok;
        }
        const inputs = sourceOf(c, values);
        const log = (0,logger/* stderrLogger */.D7)({ quiet: own.has('quiet') });
        const env = localShellEnv(c.spec.name, inputs, log);
        const settings = c.spec.read(inputs, env);
        const report = await c.spec.run(settings, env);
        return printPublication(c.spec.present(report, settings, env), own);
    }
    catch (error) {
        const { exitCode, message } = (0,errors/* classifyFailure */.XE)(error);
        process.stderr.write(`shipshape ${c.name}: ${message}\n`);
        return exitCode;
    }
}

;// CONCATENATED MODULE: ./build/cli/perf-regression.js
// `shipshape perf-regression`: the action's spec on a developer's machine (cli/run-spec.ts), with
// the action's inputs as flags: the same names, values and defaults as in a workflow.



const perfRegressionCommand = {
    name: 'perf-regression',
    spec: spec/* spec */.I,
    inputs: action_inputs/* ACTION_INPUTS */.b['perf-regression'] ?? [],
    actionOnly: { url: "renamed to 'path'" },
    // A run on a developer's machine keeps no history unless asked to.
    cliDefaults: { history: 'off' },
    summary: 'Load-test the merge-base of --base-ref and HEAD against HEAD (or compare --base-file / --head-file benchmarks).',
};
function runPerfRegressionCli(argv) {
    return runSpecCli(perfRegressionCommand, argv);
}


/***/ }),

/***/ 69871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childEnvironment)
/* harmony export */ });
// Commands that shipshape runs on the user's behalf (build and start commands of the code under
// test, which on a pull request is the PR's code) must not see the job's credentials.
/** Variables that carry the runner's service credentials or endpoints. */
const RUNNER_SECRETS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'GITHUB_TOKEN',
    'GH_TOKEN',
];
/** The environment without INPUT_* values (the action's inputs, token included) and the runner's tokens. */
function childEnvironment(env, extra = {}) {
    const out = {};
    for (const [key, value] of Object.entries(env)) {
        if (key.startsWith('INPUT_') || RUNNER_SECRETS.includes(key))
            continue;
        out[key] = value;
    }
    return { ...out, ...extra };
}


/***/ }),

/***/ 54029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction),
/* harmony export */   j: () => (/* binding */ failureSummary)
/* harmony export */ });
/** Identity helper that keeps the Settings and Report types tied together. */
function defineAction(spec) {
    return spec;
}
/** The job-summary text written when an action stops with an error before it could publish. */
function failureSummary(action, message) {
    return `## ${action}\n\n❌ ${message.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))}\n`;
}


/***/ })

};
