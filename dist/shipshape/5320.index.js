export const id = 5320;
export const ids = [5320];
export const modules = {

/***/ 56137:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDeploySmokeHealthCli: () => (/* binding */ runDeploySmokeHealthCli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _shared_deploy_smoke_health_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6845);
/* harmony import */ var _shared_deploy_smoke_health_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30230);
/* harmony import */ var _shared_deploy_smoke_health_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91179);
/* harmony import */ var _shared_history_folder_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2959);
/* harmony import */ var _shared_history_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38034);
/* harmony import */ var _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29556);
/* harmony import */ var _shared_runtime_logger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65403);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(60469);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(58455);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6222);
// `shipshape deploy-smoke-health`: the same checks from a laptop or a cron job outside GitHub.
// Flags carry the action's input names; history goes to a local folder; no issues, no statuses.












const HELP = `Usage: shipshape deploy-smoke-health [--<input> <value>]... [--report <file>]

  Any input of the action as a flag, e.g.
  --endpoints 'health=https://shop.example.com/health'   (repeatable)
  --config monitor.yml --environment prod --mode uptime|watch|post-deploy
  --interval 30s --watch-duration 1h   watch: check every interval for this long
  --conditions '[BODY].status == pass'                    (repeatable)
  --version <sha>   the version post-deploy mode must find
  --history folder|off (default folder, in .shipshape/history)
  --report <file>   write the JSON report

Exit codes: 0 passed, 1 a check failed (post-deploy) or an incident is confirmed (uptime), 2 bad input, 3 internal error.`;
const ACTION_ONLY = (0,_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .findCommand */ .Zv)('deploy-smoke-health')?.actionOnly ?? {};
/** The action's inputs, and the CLI's own `--report`. */
const FLAG_NAMES = new Set([...(_action_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .ACTION_INPUTS */ .b['deploy-smoke-health'] ?? []).map((i) => i.name), 'report']);
async function runDeploySmokeHealthCli(argv) {
    try {
        const values = new Map();
        for (let i = 0; i < argv.length; i++) {
            const flag = argv[i] ?? '';
            if (flag === '-h' || flag === '--help') {
                process.stdout.write(`${HELP}\n`);
                return 0;
            }
            if (!flag.startsWith('--'))
                throw (0,_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .unexpectedArgument */ .zZ)(flag);
            // Flags carry the action's input names: a misspelt one is refused, never silently ignored.
            if (!FLAG_NAMES.has(flag.slice(2)) || flag.slice(2) in ACTION_ONLY)
                throw (0,_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .wrongFlag */ .ae)('deploy-smoke-health', flag.slice(2));
            const value = argv[i + 1];
            if (value === undefined)
                throw (0,_flags_js__WEBPACK_IMPORTED_MODULE_11__/* .missingValue */ .Qh)(flag.slice(2));
            values.set(flag.slice(2), [...(values.get(flag.slice(2)) ?? []), value]);
            i++;
        }
        const get = (name) => (values.get(name) ?? []).join('\n').trim();
        const source = {
            get: (name) => name === 'history' ? get(name) || 'folder' : name === 'issues' ? 'false' : get(name),
        };
        const history = (0,_shared_history_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .readHistorySettings */ .cw)(source);
        const inputs = (0,_shared_deploy_smoke_health_options_js__WEBPACK_IMPORTED_MODULE_2__/* .readSmokeInputs */ .Pe)(source, history);
        const mode = inputs.mode === 'auto' ? 'uptime' : inputs.mode;
        const timing = (0,_shared_deploy_smoke_health_options_js__WEBPACK_IMPORTED_MODULE_2__/* .checkModeInputs */ .R_)(inputs, mode, { hosted: false });
        const abort = new AbortController();
        const stop = () => abort.abort();
        process.once('SIGINT', stop);
        const outcome = await (0,_shared_deploy_smoke_health_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runSmoke */ .Lw)({ inputs, mode, ...timing }, {
            event: { name: 'cli', payload: {} },
            repo: { owner: 'local', repo: 'local' },
            sha: inputs.version,
            branch: 'local',
            runId: Date.now(),
            runAttempt: 1,
            workspace: process.cwd(),
            ...(history.backend !== 'off' ? { history: new _shared_history_folder_js__WEBPACK_IMPORTED_MODULE_5__/* .FolderHistory */ .V((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(history.folder)) } : {}),
            record: history.backend === 'off' ? { record: false, why: 'history is off' } : { record: true },
            log: (0,_shared_runtime_logger_js__WEBPACK_IMPORTED_MODULE_8__/* .stderrLogger */ .D7)(),
            signal: abort.signal,
        });
        process.off('SIGINT', stop);
        const report = outcome.report;
        if (report) {
            const out = get('report');
            if (out)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(out), `${JSON.stringify(report, null, 2)}\n`);
            process.stdout.write((0,_shared_deploy_smoke_health_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderSummary */ .B)(report));
        }
        if (outcome.failure)
            process.stderr.write(`${outcome.failure}\n`);
        return outcome.exitCode;
    }
    catch (error) {
        const { exitCode, message } = (0,_shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .classifyFailure */ .XE)(error);
        process.stderr.write(`shipshape deploy-smoke-health: ${message}\n`);
        return exitCode;
    }
}


/***/ }),

/***/ 36199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ pathOf),
/* harmony export */   d: () => (/* binding */ describeGitHubError)
/* harmony export */ });
// What a failed GitHub API call means, in one line: endpoint, status, GitHub's words and what to do.
// Kept apart from client.ts so that code which only describes errors does not load Octokit.
/** Which permission an endpoint needs, for the hint on 'Resource not accessible by integration'. */
function permissionFor(method, path) {
    const write = method !== 'GET' && method !== 'HEAD';
    if (/\/statuses\//.test(path))
        return 'statuses: write';
    if (/\/check-runs/.test(path))
        return write ? 'checks: write' : 'checks: read';
    if (/\/(issues|pulls)\/\d+\/comments/.test(path))
        return write ? 'pull-requests: write' : 'pull-requests: read';
    if (/\/pulls\b/.test(path))
        return write ? 'pull-requests: write' : 'pull-requests: read';
    if (/\/deployments/.test(path))
        return write ? 'deployments: write' : 'deployments: read';
    return write ? 'contents: write' : 'contents: read';
}
function pathOf(url) {
    if (!url)
        return '?';
    try {
        return new URL(url, 'https://api.github.com').pathname; // the query may carry secrets
    }
    catch {
        return url.split('?')[0] ?? url;
    }
}
function githubMessage(e) {
    const data = e.response?.data;
    let message = typeof e.message === 'string' ? e.message : String(e.message);
    if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') {
        message = data.message;
        const errors = 'errors' in data && Array.isArray(data.errors) ? data.errors : [];
        const details = errors
            .map((x) => x && typeof x === 'object' && 'message' in x ? String(x.message) : JSON.stringify(x))
            .filter(Boolean);
        if (details.length > 0)
            message += ` (${details.join('; ')})`;
    }
    const oneLine = message.replace(/\s+/g, ' ').trim();
    return oneLine.length > 300 ? `${oneLine.slice(0, 297)}...` : oneLine;
}
/** One line for a failed GitHub API call: endpoint, status, GitHub's words and what to do about it. */
function describeGitHubError(err) {
    if (!err || typeof err !== 'object')
        return String(err);
    const e = err;
    const status = typeof e.status === 'number' ? e.status : undefined;
    if (status === undefined || !e.request)
        return err instanceof Error ? err.message : String(err);
    const method = (e.request.method ?? 'GET').toUpperCase();
    const path = pathOf(e.request.url);
    const message = githubMessage(e);
    const retries = e.request.request?.retryCount;
    const after = retries ? ` (after ${retries} ${retries === 1 ? 'retry' : 'retries'})` : '';
    if (!e.response)
        return `GitHub API ${method} ${path} failed: ${message}${after}`;
    const headers = e.response.headers ?? {};
    let hint = '';
    if (status === 401) {
        hint = 'the token is missing, invalid or expired';
    }
    else if ((status === 403 || status === 429) &&
        (/rate limit/i.test(message) || headers['x-ratelimit-remaining'] === '0')) {
        const retryAfter = headers['retry-after'];
        const reset = Number(headers['x-ratelimit-reset']);
        hint = retryAfter
            ? `rate limited; GitHub asked to wait ${retryAfter} s`
            : Number.isFinite(reset) && reset > 0
                ? `rate limit exhausted until ${new Date(reset * 1000).toISOString()}`
                : 'rate limited';
    }
    else if (status === 403 && /not accessible by integration/i.test(message)) {
        hint =
            `the token lacks a permission: grant '${permissionFor(method, path)}' in the workflow's permissions: block ` +
                '(pull requests from forks only get a read-only token)';
    }
    else if (status === 404) {
        hint = 'check the repository, number or sha, and that the token can see the repository';
    }
    return `GitHub API ${method} ${path} failed with ${status}: ${message}${hint ? ` — ${hint}` : ''}${after}`;
}


/***/ }),

/***/ 82582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ACTIONS_BOT_LOGIN),
/* harmony export */   z: () => (/* binding */ ownLogins)
/* harmony export */ });
/** The login of the default GITHUB_TOKEN. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
async function viewerLogin(octokit) {
    try {
        const data = await octokit.graphql('query { viewer { login } }', {
            request: { retries: 0 },
        });
        return typeof data?.viewer?.login === 'string' ? data.viewer.login : undefined;
    }
    catch {
        return undefined;
    }
}
async function userLogin(octokit) {
    try {
        const { data } = await octokit.request('GET /user', { request: { retries: 0 } });
        return typeof data?.login === 'string' ? data.login : undefined;
    }
    catch {
        return undefined;
    }
}
const asked = new WeakMap();
/**
 * The lower-cased logins whose comments and issues count as this workflow's: github-actions[bot]
 * and the token's own account when GitHub names it. Asked once per client; never throws.
 */
function ownLogins(octokit) {
    let logins = asked.get(octokit);
    if (!logins) {
        logins = (async () => {
            const own = (await viewerLogin(octokit)) ?? (await userLogin(octokit));
            return [...new Set([ACTIONS_BOT_LOGIN, ...(own ? [own] : [])].map((l) => l.toLowerCase()))];
        })();
        asked.set(octokit, logins);
    }
    return logins;
}


/***/ })

};
