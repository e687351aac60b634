export const id = 6137;
export const ids = [6137];
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
                throw new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('flags', `unexpected '${flag}'\n\n${HELP}`);
            const value = argv[i + 1];
            if (value === undefined)
                throw new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(flag.slice(2), 'needs a value');
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


/***/ })

};
