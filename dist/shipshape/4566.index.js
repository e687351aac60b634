export const id = 4566;
export const ids = [4566];
export const modules = {

/***/ 60469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ ACTION_INPUTS)
/* harmony export */ });
const ACTION_INPUTS = {
    'coverage-comment': [
        {
            name: 'mode',
            description: 'comment: compute and post (same-repository pull requests and pushes). compute: on a fork pull request with a read-only token, compute the comment data and upload it as an artifact. publish: on workflow_run, download that artifact, re-check it against the API and post the comment and status; no pull request code runs in this mode.',
            default: 'comment',
            required: false,
        },
        {
            name: 'name',
            description: 'Instance name: one comment section, history series and badge per name (monorepo packages, matrix jobs). In publish mode the data must name the same instance.',
            default: '',
            required: false,
        },
        {
            name: 'files',
            description: 'Coverage reports: globs relative to working-directory (same as coverage-gate). Empty discovers the usual report locations.',
            default: '',
            required: false,
        },
        {
            name: 'format',
            description: 'Report format: auto, lcov, go, istanbul, istanbul-summary or cobertura.',
            default: 'auto',
            required: false,
        },
        {
            name: 'working-directory',
            description: 'Folder, relative to the repository root, where the tests ran.',
            default: '.',
            required: false,
        },
        {
            name: 'if-no-files',
            description: 'What to do when no coverage report is found: error, warn or ignore.',
            default: 'error',
            required: false,
        },
        {
            name: 'gate-report',
            description: 'Path of a coverage-gate JSON report whose verdicts the comment shows. Empty uses the report coverage-gate wrote in this job for the same name, if any.',
            default: '',
            required: false,
        },
        {
            name: 'history',
            description: 'Where coverage history is kept: auto (artifacts, with the Actions cache as fallback), artifacts, cache, folder or off. Default-branch pushes and schedules record it; pull requests only read it.',
            default: 'auto',
            required: false,
        },
        {
            name: 'history-folder',
            description: 'Folder for history: folder (local runs and self-hosted runners with a persistent disk).',
            default: '.shipshape/history',
            required: false,
        },
        {
            name: 'history-keep',
            description: "How many records of this instance's series each history write keeps.",
            default: '1000',
            required: false,
        },
        {
            name: 'trend-length',
            description: 'How many default-branch runs the trend shows.',
            default: '20',
            required: false,
        },
        {
            name: 'min-coverage',
            description: "The headline figure in percent (statement coverage for Go reports, line coverage otherwise, as coverage-gate's `min-coverage`) at which the badge turns green (it is red below 60%); in publish mode also the minimum the posted gate status is recomputed against.",
            default: '80',
            required: false,
        },
        {
            name: 'min-lines',
            description: "Publish mode: minimum line coverage in percent the posted gate status is recomputed against; empty means no separate line gate (as coverage-gate's `min-lines`).",
            default: '',
            required: false,
        },
        {
            name: 'min-branches',
            description: 'publish mode: minimum branch coverage in percent the posted gate status is recomputed against; empty means no branch gate.',
            default: '',
            required: false,
        },
        {
            name: 'min-functions',
            description: 'publish mode: minimum function coverage in percent; empty means no function gate.',
            default: '',
            required: false,
        },
        {
            name: 'min-patch',
            description: 'publish mode: minimum coverage of the changed lines in percent; empty means no patch gate.',
            default: '',
            required: false,
        },
        {
            name: 'max-drop',
            description: "publish mode: largest allowed drop of line coverage against the base recorded in this repository's history, in points; empty means no drop gate.",
            default: '',
            required: false,
        },
        {
            name: 'badge-path',
            description: 'Where to write the SVG coverage badge. Empty writes it under RUNNER_TEMP.',
            default: '',
            required: false,
        },
        {
            name: 'badge-branch',
            description: 'Opt-in: on default-branch pushes, publish the badge SVG and a shields.io endpoint JSON to this branch through the contents API (needs `contents: write`). Empty publishes nothing.',
            default: '',
            required: false,
        },
        {
            name: 'comment',
            description: "shared: this instance's section of the one shipshape pull request comment; separate: a comment of its own; off: no comment.",
            default: 'shared',
            required: false,
        },
        {
            name: 'status',
            description: 'publish mode: post the recomputed `shipshape/coverage-gate` commit status on the pull request head.',
            default: 'true',
            required: false,
        },
        {
            name: 'token',
            description: 'GitHub token for comments, statuses, history artifacts and the badge branch. Never printed.',
            default: '${{ github.token }}',
            required: false,
        },
    ],
    'coverage-gate': [
        {
            name: 'files',
            description: 'Coverage reports to read: globs relative to working-directory, one per line or comma-separated; `!` excludes. Empty discovers lcov.info, coverage.info, coverage-final.json, jacoco.xml, cobertura.xml, coverage.xml, clover.xml, coverage.out and similar below working-directory, reading the richest report of each folder. Several reports are merged (matrix shards add up like `lcov -a`); one source file in reports of several formats (lcov and cobertura of one run) is counted once.',
            default: '',
            required: false,
        },
        {
            name: 'format',
            description: 'Report format: auto, lcov, go, istanbul, istanbul-summary, cobertura, jacoco or clover. auto detects each file by its content (SonarQube generic coverage is refused with exit code 2).',
            default: 'auto',
            required: false,
        },
        {
            name: 'min-coverage',
            description: 'Minimum of the headline figure, in percent: the figure the producing tool prints, i.e. statement coverage for Go coverprofiles (`go test -cover`) and line coverage for lcov, istanbul, cobertura, JaCoCo and Clover. A mix of Go and other formats is headed by lines of all files (with a warning). 0 lets every figure pass.',
            default: '80',
            required: false,
        },
        {
            name: 'min-lines',
            description: 'Minimum line coverage in percent; empty means no separate line gate (the default gate is min-coverage).',
            default: '',
            required: false,
        },
        {
            name: 'min-branches',
            description: 'Minimum branch coverage in percent; empty means no branch gate.',
            default: '',
            required: false,
        },
        {
            name: 'min-functions',
            description: 'Minimum function coverage in percent; empty means no function gate.',
            default: '',
            required: false,
        },
        {
            name: 'min-statements',
            description: 'Minimum statement coverage in percent (Go and istanbul reports carry statements; the Go figure equals `go tool cover -func`); empty means no statement gate.',
            default: '',
            required: false,
        },
        {
            name: 'thresholds',
            description: 'Per-path minimums, one rule a line: `<glob>: <metric>=<percent>[, <metric>=<percent>]`, e.g. `services/api/**: lines=85, branches=70`. Metrics: lines, branches, functions, statements.',
            default: '',
            required: false,
        },
        {
            name: 'min-patch',
            description: 'Minimum coverage of the executable lines this pull request adds or changes, in percent; empty means no patch gate. Measured on pull_request events only.',
            default: '',
            required: false,
        },
        {
            name: 'max-drop',
            description: 'Largest allowed drop of line coverage against the base, in percentage points (e.g. 0.5). The baseline is the record coverage-comment keeps in history for the merge-base (or the nearest recorded ancestor); without one the gate is skipped and says why.',
            default: '',
            required: false,
        },
        {
            name: 'name',
            description: 'Name of this gate instance, to tell several apart (monorepo packages, matrix jobs): used in the commit status context, the summary title and the report file name.',
            default: '',
            required: false,
        },
        {
            name: 'if-no-files',
            description: 'What to do when no coverage report is found: error (fail the step, exit code 2), warn or ignore.',
            default: 'error',
            required: false,
        },
        {
            name: 'if-empty',
            description: 'What to do when the reports hold nothing to measure (0 lines and 0 statements: an empty istanbul report, a Go profile without statements): fail (the gate fails and says so) or pass.',
            default: 'fail',
            required: false,
        },
        {
            name: 'status',
            description: 'Post a commit status named `shipshape/coverage-gate (<name>)` on the pull request head commit (needs `statuses: write`; skipped with a warning when the token may not write, as on fork pull requests).',
            default: 'true',
            required: false,
        },
        {
            name: 'annotate',
            description: 'Annotate uncovered changed lines on the pull request diff (at most 10, longest uncovered runs first; the summary says how many were left out).',
            default: 'true',
            required: false,
        },
        {
            name: 'token',
            description: 'GitHub token for the commit status and the pull request files API. Never printed.',
            default: '${{ github.token }}',
            required: false,
        },
        {
            name: 'working-directory',
            description: 'Folder, relative to the repository root, where the tests ran and the report paths are relative to.',
            default: '.',
            required: false,
        },
        {
            name: 'history',
            description: 'Where the coverage history that max-drop reads lives: auto, artifacts, cache, folder or off (the vocabulary of every shipshape action). coverage-gate only reads it; coverage-comment records it.',
            default: 'auto',
            required: false,
        },
        {
            name: 'history-folder',
            description: 'Folder of the history store when history is folder (relative to the workspace).',
            default: '.shipshape/history',
            required: false,
        },
        {
            name: 'history-keep',
            description: 'Records kept per series when history is written (read here for the one vocabulary; coverage-gate itself never writes).',
            default: '1000',
            required: false,
        },
        {
            name: 'metrics-remote-write',
            description: "Prometheus remote-write URL to send this run's figures to (Grafana Cloud, Mimir, Thanos, VictoriaMetrics, Prometheus with --web.enable-remote-write-receiver). Empty: not sent. See docs/metrics.md.",
            default: '',
            required: false,
        },
        {
            name: 'metrics-otlp',
            description: "OTLP/HTTP metrics URL (e.g. https://collector.example/v1/metrics) to send this run's figures to (OpenTelemetry Collector, Datadog, Honeycomb, New Relic). Empty: not sent.",
            default: '',
            required: false,
        },
        {
            name: 'metrics-pushgateway',
            description: "Prometheus Pushgateway base URL to push this run's figures to. Empty: not pushed.",
            default: '',
            required: false,
        },
        {
            name: 'metrics-headers',
            description: 'Headers sent to every metrics target, one `Name: value` per line (credentials such as `Authorization: Bearer ...`). Values are masked. A failing metrics target is a warning, never a failed gate.',
            default: '',
            required: false,
        },
    ],
    'deploy-smoke-health': [
        {
            name: 'mode',
            description: '`auto` (post-deploy on `deployment_status`/`deployment` events, uptime otherwise), `post-deploy`, `uptime` (check once per run) or `watch` (check every `interval` for `watch-duration` in one job: detection in about a minute instead of waiting for cron; see docs/deploy-smoke-health.md#watch-mode).',
            default: 'auto',
            required: false,
        },
        {
            name: 'endpoints',
            description: "Endpoints to check, one per line: `URL` or `name=URL`. A path such as `/health` resolves against `base-url` or the deployment's `environment_url`. Credentials in a URL are used but never shown; prefer headers in a `config` file.",
            default: '',
            required: false,
        },
        {
            name: 'domains',
            description: 'Custom domains to check, one per line: DNS resolves, the TLS certificate is valid for the host with at least `min-cert-days` left, `http://` redirects to `https://`, and the answer comes within `max-response-time`.',
            default: '',
            required: false,
        },
        {
            name: 'config',
            description: "A YAML or JSON file (relative to the workspace) listing endpoints and domains per environment (dev, staging, prod, ...), with methods, headers (`${env.NAME}` reads a secret from the step's env), bodies, expected statuses and conditions. See docs/deploy-smoke-health.md.",
            default: '',
            required: false,
        },
        {
            name: 'environment',
            description: 'Environment name for `endpoints`/`domains` given as inputs, and the only environment of `config` to check when set. Post-deploy: a deployment to any other environment is not checked (no request, no status); without this input only the environments the `config` file names (or `allowed-hosts`) are trusted.',
            default: '',
            required: false,
        },
        {
            name: 'allowed-hosts',
            description: 'Post-deploy: host names (or `*.example.com` for their subdomains) whose `environment_url` may be checked. With no environment configured, a deployment is checked only when its URL is on one of these hosts; with environments configured, an event URL that would be requested must also be on one of them when this is set.',
            default: '',
            required: false,
        },
        {
            name: 'base-url',
            description: "Base URL that relative endpoint paths resolve against (post-deploy default: the deployment's `environment_url`).",
            default: '',
            required: false,
        },
        {
            name: 'conditions',
            description: 'Conditions every endpoint given in `endpoints` must meet, one per line, e.g. `[STATUS] == 200`, `[BODY].status == pass`, `[RESPONSE_TIME] < 500`, `[CERTIFICATE_EXPIRATION] > 14d`, `[HEADER].strict-transport-security != ""`.',
            default: '',
            required: false,
        },
        {
            name: 'expected-status',
            description: 'Accepted HTTP statuses: codes, ranges (`200-299`) or classes (`2xx`), comma-separated.',
            default: '200',
            required: false,
        },
        {
            name: 'timeout',
            description: 'Time allowed for one request (e.g. `10s`, `500ms`; a plain number means seconds).',
            default: '10s',
            required: false,
        },
        {
            name: 'retries',
            description: 'Extra attempts after a transient failure (dns, connect, timeout, HTTP 429/502/503/504), with exponential backoff and jitter. TLS, status and assertion failures are never retried.',
            default: '2',
            required: false,
        },
        {
            name: 'backoff',
            description: 'Wait before the first retry; doubles per retry (with jitter), at most 30 s.',
            default: '1s',
            required: false,
        },
        {
            name: 'concurrency',
            description: 'Checks in flight at once, so monitoring never loads a service noticeably.',
            default: '10',
            required: false,
        },
        {
            name: 'max-response-time',
            description: 'Slowest acceptable answer (e.g. `800ms`); empty means no latency limit.',
            default: '',
            required: false,
        },
        {
            name: 'min-cert-days',
            description: 'Fewest days a TLS certificate may have left before the check fails.',
            default: '14',
            required: false,
        },
        {
            name: 'check-redirect',
            description: 'For `domains`: require `http://<domain>/` to redirect to `https://<domain>/`.',
            default: 'true',
            required: false,
        },
        {
            name: 'wait-timeout',
            description: "Post-deploy: how long to wait for each endpoint to become healthy on the new version (Railway's health-check limit is 300 s).",
            default: '300s',
            required: false,
        },
        {
            name: 'consecutive-successes',
            description: 'Post-deploy: passes in a row required after the first healthy answer.',
            default: '3',
            required: false,
        },
        {
            name: 'interval',
            description: 'Watch: time between rounds of checks (default `30s`, at least `10s`). Post-deploy: pause between the confirming passes and between watch rounds (default `5s`).',
            default: '',
            required: false,
        },
        {
            name: 'watch-duration',
            description: "Watch: how long one job keeps checking before it ends cleanly with history written (default `5h50m`, under GitHub's 6-hour job limit; the next scheduled run takes over). Post-deploy: keep probing this long after warm-up and list every failed request (default `0`, off).",
            default: '',
            required: false,
        },
        {
            name: 'confirm-version',
            description: 'Post-deploy: require the deployed SHA (or `version`) in the health answer (`version`, `releaseId`, `commit`, `sha`... fields, or an `x-version`/`x-commit-sha` header), so the old instance cannot pass during cut-over.',
            default: 'true',
            required: false,
        },
        {
            name: 'version',
            description: "Version the endpoints must report; empty means the deployment's SHA.",
            default: '',
            required: false,
        },
        {
            name: 'confirm-after',
            description: 'Uptime and watch: consecutive failing checks before an incident is opened and alerted. Uptime mode needs history for values above 1.',
            default: '2',
            required: false,
        },
        {
            name: 'recover-after',
            description: 'Uptime and watch: consecutive passing checks before an incident is closed and its recovery alerted.',
            default: '2',
            required: false,
        },
        {
            name: 'cooldown',
            description: 'Uptime: a check failing again this soon after recovering is flapping: its issue is reopened and no second alert is sent within this time of the last.',
            default: '30m',
            required: false,
        },
        {
            name: 'issues',
            description: 'Uptime and watch: keep one GitHub issue per failing check (needs `issues: write`). Alerts never depend on it: when the issues cannot be read or written, alerts still go out and the step fails about the issues.',
            default: 'true',
            required: false,
        },
        {
            name: 'issue-label',
            description: 'Label of incident issues (created by GitHub on first use).',
            default: 'incident',
            required: false,
        },
        {
            name: 'slack-webhook',
            description: 'Slack incoming webhook URL (a secret); alerts on state change only.',
            default: '',
            required: false,
        },
        {
            name: 'discord-webhook',
            description: 'Discord webhook URL (a secret); alerts on state change only.',
            default: '',
            required: false,
        },
        {
            name: 'teams-webhook',
            description: 'Microsoft Teams Workflows webhook URL (a secret; "Post to a channel when a webhook request is received"); alerts on state change only.',
            default: '',
            required: false,
        },
        {
            name: 'webhook-url',
            description: 'Generic JSON webhook URL (a secret); payload schema `shipshape.alert/v1`, signed with `webhook-secret`.',
            default: '',
            required: false,
        },
        {
            name: 'webhook-secret',
            description: 'HMAC-SHA256 key for `webhook-url`: sent as `X-Shipshape-Signature: sha256=<hex>` over `<X-Shipshape-Timestamp>.<body>`.',
            default: '',
            required: false,
        },
        {
            name: 'runbook-url',
            description: 'Runbook linked from every alert and incident issue.',
            default: '',
            required: false,
        },
        {
            name: 'heartbeat-url',
            description: "URL pinged (GET) after every completed run, and after every round in watch mode: a dead-man's switch (healthchecks.io, Better Stack heartbeats) notices when no monitor runs.",
            default: '',
            required: false,
        },
        {
            name: 'cron',
            description: 'Schedule the workflow runs on, to report how late each run started; empty reads it from the `schedule` event.',
            default: '',
            required: false,
        },
        {
            name: 'history',
            description: 'Where uptime history and incident state are kept: `auto` (artifacts, with the cache as fallback, on GitHub; a folder elsewhere), `artifacts`, `cache`, `folder` or `off`. Written only by default-branch runs.',
            default: 'auto',
            required: false,
        },
        {
            name: 'history-folder',
            description: 'Folder for `history: folder` (and `auto` outside GitHub Actions).',
            default: '.shipshape/history',
            required: false,
        },
        {
            name: 'name',
            description: 'Name of this monitor: its history series, kept apart from other monitors in the same repository.',
            default: 'uptime',
            required: false,
        },
        {
            name: 'history-name',
            description: 'Former name of `name`, still read when `name` is not given.',
            default: '',
            required: false,
        },
        {
            name: 'history-keep',
            description: 'Raw results kept per check (at most the last 48 h); older results live on in hourly rollups (92 days) and daily rollups (400 days).',
            default: '1000',
            required: false,
        },
        {
            name: 'status',
            description: 'Post-deploy: set a commit status and a deployment status on the deployed SHA (needs `statuses: write`, `deployments: write`).',
            default: 'true',
            required: false,
        },
        {
            name: 'ca-file',
            description: "PEM file of extra CA certificates to trust (a private CA); Node's own CAs stay trusted and verification is never turned off.",
            default: '',
            required: false,
        },
        {
            name: 'resolve',
            description: "Host name overrides, one per line `host=address`, like curl's --resolve: check a new origin before DNS points at it.",
            default: '',
            required: false,
        },
        {
            name: 'fail-on',
            description: 'Uptime: fail the step on a confirmed `down` incident, also on `degraded`, or `never`.',
            default: 'down',
            required: false,
        },
        {
            name: 'metrics-remote-write',
            description: "Prometheus remote-write endpoint: each check's `shipshape_check_up`, latency and certificate expiry are sent there after the run (see docs/metrics.md).",
            default: '',
            required: false,
        },
        {
            name: 'metrics-otlp',
            description: 'OTLP/HTTP metrics endpoint (OpenTelemetry Collector, Datadog, Honeycomb, New Relic) for the same figures.',
            default: '',
            required: false,
        },
        {
            name: 'metrics-pushgateway',
            description: 'Prometheus Pushgateway base URL for the same figures.',
            default: '',
            required: false,
        },
        {
            name: 'metrics-headers',
            description: 'Headers sent to every metrics target, one `Name: value` per line (credentials; masked).',
            default: '',
            required: false,
        },
        {
            name: 'token',
            description: 'GitHub token for issues, statuses and history. Never printed.',
            default: '${{ github.token }}',
            required: false,
        },
        {
            name: 'sentry-org',
            description: 'Sentry organisation slug: on a confirmed post-deploy check, create the release (the deployed commit) and its deploy to the environment in Sentry. Empty: no Sentry markers. See docs/metrics.md.',
            default: '',
            required: false,
        },
        {
            name: 'sentry-projects',
            description: 'Sentry project slugs the release belongs to (comma or newline separated); required with sentry-org.',
            default: '',
            required: false,
        },
        {
            name: 'sentry-token',
            description: 'Sentry auth token with the project:releases scope; required with sentry-org. Never printed.',
            default: '',
            required: false,
        },
        {
            name: 'sentry-url',
            description: 'Sentry base URL, for self-hosted Sentry.',
            default: 'https://sentry.io',
            required: false,
        },
    ],
    'lighthouse-vitals': [
        {
            name: 'urls',
            description: 'Pages to audit, one per line or comma-separated. Absolute http(s) URLs; with `static-dir`, paths under it such as `/` or `/pricing/` (default `/`). With `start-command`, the first URL is polled until it answers. Query values and credentials in URLs are never shown.',
            default: '',
            required: false,
        },
        {
            name: 'static-dir',
            description: 'A built static site to serve on 127.0.0.1 (a free port) and audit; `urls` are then paths. Relative to working-directory.',
            default: '',
            required: false,
        },
        {
            name: 'start-command',
            description: "Shell command that starts the app to audit (e.g. `npm run preview -- --port 4173`); it runs in its own process group and is stopped at the end, also on cancellation. It runs the code under test, so it gets the job's environment without shipshape's inputs (the token) and without the runner's service tokens.",
            default: '',
            required: false,
        },
        {
            name: 'start-timeout',
            description: 'How long to wait for the first URL to answer after start-command: a duration such as `60s` or `2m` (a bare number means seconds).',
            default: '60s',
            required: false,
        },
        {
            name: 'base-origin',
            description: "Origin of the base build (e.g. `http://127.0.0.1:4174`, optionally with a path prefix): every URL's path is also audited there, base and head alternately, and each metric gets an interval and a verdict. (Replaces `base-url`; deploy-smoke-health's `base-url` is a prefix for endpoint paths.)",
            default: '',
            required: false,
        },
        {
            name: 'base-url',
            description: "Retired: write `base-origin`. Giving it stops the step with a message saying so (deploy-smoke-health's `base-url` means a prefix for endpoint paths).",
            default: '',
            required: false,
        },
        {
            name: 'base-static-dir',
            description: 'The base build as a static folder, served beside `static-dir` for the side-by-side comparison (e.g. the base branch built into another folder).',
            default: '',
            required: false,
        },
        {
            name: 'presets',
            description: "`desktop`, `mobile` or both (one per line or comma-separated): Lighthouse's desktop config or its default mobile emulation.",
            default: 'desktop',
            required: false,
        },
        {
            name: 'runs',
            description: "Lighthouse runs per URL and preset (one at a time, each in its own process); the median run is picked with Lighthouse's computeMedianRun.",
            default: '3',
            required: false,
        },
        {
            name: 'throttling',
            description: "`devtools` (default: real throttling, observed timings, so server delays of local pages count), `simulate` (Lighthouse's default, as PageSpeed Insights; it models the network and misses server-side delays of pages on 127.0.0.1) or `provided` (none).",
            default: 'devtools',
            required: false,
        },
        {
            name: 'budgets',
            description: 'Budgets, one rule a line: `[<url glob>:] metric=value, ...`, e.g. `lcp=2.5s, cls=0.1, performance=90` or `/checkout/**: tbt=300ms`. Metrics: lcp, cls, tbt, fcp, si, ttfb (maxima; ms or s) and performance, accessibility, best-practices, seo (minimum scores 0-100). The glob matches the URL path; the last matching rule per metric wins.',
            default: '',
            required: false,
        },
        {
            name: 'budget-file',
            description: 'YAML or JSON file of budgets: a list of `{ url: <glob>, <metric>: <value> }`; rules in `budgets` are applied after it. Relative to working-directory.',
            default: '',
            required: false,
        },
        {
            name: 'cwv-gate',
            description: 'Fail a URL whose LCP, CLS or TBT (the lab stand-in for INP) is rated `poor` (default), worse than good (`needs-improvement`), or never (`off`).',
            default: 'poor',
            required: false,
        },
        {
            name: 'min-benchmark-index',
            description: 'Runs on a machine slower than this `lhr.environment.benchmarkIndex` are repeated (twice at most per URL) and left out of the median and the comparison; 0 turns it off.',
            default: '500',
            required: false,
        },
        {
            name: 'compare-rounds',
            description: 'Rounds of base and head runs for the base comparison (ABBA order). At 95% confidence at least 6 are needed for any verdict but inconclusive.',
            default: '6',
            required: false,
        },
        {
            name: 'threshold',
            description: 'Smallest change of a timing that matters, in percent (regression / improvement need the interval past zero and the estimate past this). TBT, CLS and scores use fixed absolute thresholds: 50 ms, 0.025, 5 points.',
            default: '10',
            required: false,
        },
        {
            name: 'confidence',
            description: 'Confidence level of each comparison interval, in percent (`95`, as in perf-regression).',
            default: '95',
            required: false,
        },
        {
            name: 'fail-on-regression',
            description: 'Fail the check when a metric regressed against the base (never when base and head ran different Lighthouse versions).',
            default: 'true',
            required: false,
        },
        {
            name: 'headers',
            description: "Extra request headers for authenticated pages, `Name: value` per line (values usually come from secrets, e.g. `x-vercel-protection-bypass: <the BYPASS secret>` written with a secrets expression in your workflow). Values are masked. They are added only to requests to the audited origin (the page's own scheme, host and port; the base origin for base runs), never to images, scripts or APIs on other origins.",
            default: '',
            required: false,
        },
        {
            name: 'cookies',
            description: 'Cookies for authenticated pages, `name=value` per line (a `Cookie:` line in `headers` is read the same way). They are set in Chrome as host-only cookies of the audited host, so the browser sends them to that host only. Values are masked.',
            default: '',
            required: false,
        },
        {
            name: 'chrome-path',
            description: "Chrome or Chromium to run; empty uses CHROME_PATH, else whatever chrome-launcher finds (GitHub's Ubuntu runners have Chrome).",
            default: '',
            required: false,
        },
        {
            name: 'max-wait-for-load',
            description: 'How long Lighthouse waits for a page to load, a duration such as `45s` (a bare number means seconds, at most `10m`); a page whose document never completes is stopped 30 s after that with a message.',
            default: '45s',
            required: false,
        },
        {
            name: 'name',
            description: 'Name of this instance, to tell several apart: its section `lighthouse-vitals:<name>` of the pull request comment, the artifact and history names.',
            default: '',
            required: false,
        },
        {
            name: 'comment',
            description: "`shared` (default): this run's section of the one shipshape comment on the pull request, updated in place; `separate`: a sticky comment of its own; `off`: none. Needs `pull-requests: write`; skipped with a note when the token may not write.",
            default: 'shared',
            required: false,
        },
        {
            name: 'upload-reports',
            description: "Upload every run's HTML and JSON Lighthouse report as a private workflow artifact (never to public storage).",
            default: 'true',
            required: false,
        },
        {
            name: 'history',
            description: "Where history lives: `auto`, `artifacts`, `cache`, `folder` or `off` (see docs/history.md). Every run reads it for the trend and the baseline; only default-branch pushes, schedules and dispatches of this repository record this run's medians (one series per instance, preset and page; pages on loopback are named by their path, not their port).",
            default: 'auto',
            required: false,
        },
        {
            name: 'history-backend',
            description: 'Retired: the backend is `history` itself (auto, artifacts, cache, folder or off). Giving it stops the step with a message saying so.',
            default: '',
            required: false,
        },
        {
            name: 'history-folder',
            description: 'The folder for `history: folder` (and `auto` outside GitHub Actions).',
            default: '.shipshape/history',
            required: false,
        },
        {
            name: 'history-keep',
            description: 'Records kept per series (instance, preset and page).',
            default: '1000',
            required: false,
        },
        {
            name: 'metrics-remote-write',
            description: 'Prometheus remote-write endpoint to send the vitals to (see docs/metrics.md); empty sends nothing.',
            default: '',
            required: false,
        },
        {
            name: 'metrics-otlp',
            description: 'OTLP/HTTP metrics endpoint to send the vitals to (see docs/metrics.md); empty sends nothing.',
            default: '',
            required: false,
        },
        {
            name: 'metrics-pushgateway',
            description: 'Prometheus Pushgateway base URL to send the vitals to (see docs/metrics.md); empty sends nothing.',
            default: '',
            required: false,
        },
        {
            name: 'metrics-headers',
            description: 'Headers for the metrics targets, `Name: value` per line (credentials; masked).',
            default: '',
            required: false,
        },
        {
            name: 'status',
            description: "Commit statuses: lighthouse-vitals posts none (its verdict is the step's result and its comment section); read by the shared runtime like in every action.",
            default: 'true',
            required: false,
        },
        {
            name: 'token',
            description: 'GitHub token for the PR comment and history artifacts. Never printed, never given to start-command.',
            default: '${{ github.token }}',
            required: false,
        },
        {
            name: 'working-directory',
            description: 'Folder that static-dir, budget-file and start-command are relative to.',
            default: '.',
            required: false,
        },
    ],
    'perf-regression': [
        {
            name: 'mode',
            description: 'ab: base (merge-base, in a temporary git worktree) against head. aa: the head against itself, to calibrate the noise floor and false-alarm rate of these settings on this runner (never fails). go-bench: compare `go test -bench -count=N` output files. json-bench: compare github-action-benchmark style JSON ([{name, unit, value}]).',
            default: 'ab',
            required: false,
        },
        {
            name: 'name',
            description: 'Name of this comparison, to tell several apart: used in the commit status context, the summary title, the PR comment marker and history.',
            default: '',
            required: false,
        },
        {
            name: 'start-command',
            description: "Shell command that starts the service in the foreground and listens on 127.0.0.1:$PORT (PORT is set to a free port). Run in working-directory of each checkout, like build-command without the action's inputs and the runner's tokens. Required in ab and aa modes.",
            default: '',
            required: false,
        },
        {
            name: 'build-command',
            description: "Shell command run once in each checkout before starting (e.g. `npm ci && npm run build`); empty for none. It runs the pull request's code, so it gets the job's environment without the action's inputs and the runner's tokens.",
            default: '',
            required: false,
        },
        {
            name: 'working-directory',
            description: 'Folder, relative to the repository root, where build-command and start-command run (the same folder inside the base worktree).',
            default: '.',
            required: false,
        },
        {
            name: 'base-ref',
            description: "What to compare against in ab mode: its merge-base with HEAD is checked out. Empty means the pull request's base commit. Needs the history (actions/checkout with fetch-depth: 0). Always read as a revision, never as a git option.",
            default: '',
            required: false,
        },
        {
            name: 'path',
            description: 'Path on the service to load when no scenario file is given, e.g. /api/items (GET, any 2xx counts as success). Both services run on 127.0.0.1 on ports of their own, so a path is all there is to give.',
            default: '/',
            required: false,
        },
        {
            name: 'url',
            description: 'Renamed to `path` (it only ever took a path on the service); setting it is an error that says so.',
            default: '',
            required: false,
        },
        {
            name: 'scenario',
            description: 'YAML or JSON file (relative to working-directory) listing requests: name, method, path, headers, body, status (expected status or list), weight. Each connection cycles through them in weighted order.',
            default: '',
            required: false,
        },
        {
            name: 'health-path',
            description: 'Path polled every 100 ms until it answers 2xx/3xx before load starts.',
            default: '/',
            required: false,
        },
        {
            name: 'ready-timeout',
            description: "How long to wait for health-path to answer before failing with the service's last output: a duration such as `60s` or `2m` (a bare number means seconds).",
            default: '60s',
            required: false,
        },
        {
            name: 'trial-duration',
            description: 'Length of each trial in whole seconds (`2s`, or `2`; autocannon measures per second). A round runs a throughput and a latency trial on base and head.',
            default: '2s',
            required: false,
        },
        {
            name: 'max-duration',
            description: 'Time budget of the comparison (a duration: `90s`, `3m`). The first look always runs (1 warm-up + 6 measured rounds); later looks run while a gated metric is undecided and the next look fits the budget.',
            default: '90s',
            required: false,
        },
        {
            name: 'connections',
            description: 'Concurrent connections autocannon keeps open.',
            default: '10',
            required: false,
        },
        {
            name: 'rate',
            description: "Request rate of the latency trials (open loop, coordinated-omission corrected): a share of the base's throughput measured in the warm-up (`50%`) or a fixed number of requests per second.",
            default: '50%',
            required: false,
        },
        {
            name: 'request-timeout',
            description: 'How long before a request counts as a timeout, in whole seconds (`10s`).',
            default: '10s',
            required: false,
        },
        {
            name: 'metrics',
            description: 'Metrics that decide the verdict (and when the comparison may stop), comma-separated: cpu (service CPU per request), rps (throughput), p50, p90, p99 (latency), rss (service peak memory). The others are measured and shown, not gated. CPU per request is the default because it is the one least moved by other work on the runner (docs/perf-regression.md).',
            default: 'cpu',
            required: false,
        },
        {
            name: 'threshold',
            description: 'Smallest change that matters, in percent: a regression needs an interval above 0 and an estimate above this; no change needs the whole interval within ±this.',
            default: '5',
            required: false,
        },
        {
            name: 'memory-threshold',
            description: 'The threshold for peak RSS, in percent (wider, because memory carries over between rounds of the same process).',
            default: '20',
            required: false,
        },
        {
            name: 'confidence',
            description: 'Family-wise confidence in percent (95 means 95%), held over every look and every gated metric together.',
            default: '95',
            required: false,
        },
        {
            name: 'max-error-rate',
            description: 'Hard limit: connection errors (timeouts included) of the head, in percent of requests.',
            default: '0.1',
            required: false,
        },
        {
            name: 'max-non2xx-rate',
            description: 'Hard limit: responses of the head with a status the scenario did not expect (any non-2xx without a scenario), in percent.',
            default: '0.1',
            required: false,
        },
        {
            name: 'max-timeouts',
            description: 'Hard limit: number of request timeouts of the head.',
            default: '0',
            required: false,
        },
        {
            name: 'base-file',
            description: "go-bench / json-bench: benchmark output of the base, one or more files (comma or newline separated; several files add samples). Empty: the head's figures are shown and recorded for the trend only.",
            default: '',
            required: false,
        },
        {
            name: 'head-file',
            description: 'go-bench / json-bench: benchmark output of the head.',
            default: '',
            required: false,
        },
        {
            name: 'bigger-is-better',
            description: "json-bench: true when larger values are better (github-action-benchmark's customBiggerIsBetter).",
            default: 'false',
            required: false,
        },
        {
            name: 'history',
            description: 'Where runs are kept for the trend chart (every mode): auto, artifacts, cache, folder or off. Default-branch pushes and schedules append; every run reads. Never used for the pull request verdict.',
            default: 'auto',
            required: false,
        },
        {
            name: 'history-folder',
            description: 'Folder for the folder backend (relative to the workspace).',
            default: '.shipshape/history',
            required: false,
        },
        {
            name: 'history-keep',
            description: "Records kept per series (this comparison's name) each time history is written.",
            default: '1000',
            required: false,
        },
        {
            name: 'status',
            description: 'Post a commit status `shipshape/perf-regression (<name>)` on the head commit (needs `statuses: write`).',
            default: 'true',
            required: false,
        },
        {
            name: 'comment',
            description: 'The pull request comment: `shared` (a section in the one shipshape comment), `separate` (a comment of its own) or `off` (needs `pull-requests: write`).',
            default: 'shared',
            required: false,
        },
        {
            name: 'token',
            description: 'GitHub token for the status, the comment and artifact history. Never printed, never given to build-command or start-command.',
            default: '${{ github.token }}',
            required: false,
        },
        {
            name: 'metrics-remote-write',
            description: "Prometheus remote-write URL to send this run's figures to (Grafana Cloud, Mimir, Thanos, VictoriaMetrics, Prometheus with --web.enable-remote-write-receiver). Empty: not sent. See docs/metrics.md.",
            default: '',
            required: false,
        },
        {
            name: 'metrics-otlp',
            description: "OTLP/HTTP metrics URL (e.g. https://collector.example/v1/metrics) to send this run's figures to (OpenTelemetry Collector, Datadog, Honeycomb, New Relic). Empty: not sent.",
            default: '',
            required: false,
        },
        {
            name: 'metrics-pushgateway',
            description: "Prometheus Pushgateway base URL to push this run's figures to. Empty: not pushed.",
            default: '',
            required: false,
        },
        {
            name: 'metrics-headers',
            description: 'Headers sent to every metrics target, one `Name: value` per line (credentials such as `Authorization: Bearer ...`). Values are masked. A failing metrics target is a warning, never a failed gate.',
            default: '',
            required: false,
        },
    ],
};


/***/ }),

/***/ 6222:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ missingValue),
/* harmony export */   ae: () => (/* binding */ wrongFlag),
/* harmony export */   uW: () => (/* binding */ readFlags),
/* harmony export */   zZ: () => (/* binding */ unexpectedArgument)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29556);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58455);
// How every `shipshape` command answers a flag it cannot take: the same words and exit code (2)
// whether the command's flags are the action's inputs (cli/run-spec.ts, deploy-smoke-health) or
// declared for node:util's parseArgs (coverage-gate, coverage-badge, lighthouse-vitals, dashboard).



/**
 * A flag the command does not have: an input that works only inside a GitHub job (`actionOnly`,
 * by default the command's list in cli/commands.ts), an older name (`refused`), or a misspelling.
 */
function wrongFlag(command, name, o = {}) {
    const known = (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .findCommand */ .Zv)(command);
    const actionOnly = o.actionOnly ?? known?.actionOnly ?? {};
    if (name in actionOnly)
        return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is an action-only input: ${actionOnly[name]}`);
    const refused = o.refused?.[name];
    if (refused !== undefined)
        return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is not a flag of 'shipshape ${command}': ${refused}`);
    if (known?.notYetFlags?.includes(name))
        return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is an input of the action that 'shipshape ${command}' does not take yet`);
    return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is not a flag of 'shipshape ${command}' (see shipshape ${command} --help)`);
}
/** A flag given last, without the value it needs. */
function missingValue(name) {
    return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'needs a value');
}
/** Something that is not a flag where a flag belongs. */
function unexpectedArgument(arg) {
    return new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('flags', `unexpected argument '${arg}'; flags are --<name> <value>`);
}
/**
 * parseArgs in strict mode, with its errors (thrown as plain TypeErrors) turned into the input
 * errors every command gives.
 */
function readFlags(command, config, argv, refused = {}) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ ...config, args: argv, strict: true });
    }
    catch (error) {
        const { code, message } = error;
        // "Unknown option '--x'", "Unknown option '-x'", "Option '-o, --out <value>' argument missing".
        const name = /'(?:-\w, )?--([^' =]+)/.exec(message)?.[1] ?? /'-([^' ,]+)/.exec(message)?.[1] ?? '';
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
            throw wrongFlag(command, name, { refused });
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
            if (/does not take an argument/.test(message))
                throw new _shared_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'takes no value');
            throw missingValue(name);
        }
        if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
            throw unexpectedArgument(/'([^']*)'/.exec(message)?.[1] ?? '');
        throw error;
    }
}


/***/ }),

/***/ 15210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
// Everything user-controlled (file names, URLs, messages from tools) reaches Markdown through
// these helpers, so a file called `@team <img src=x>.ts` can neither ping anyone nor inject HTML.
const ZERO_WIDTH_SPACE = '\u200b';
function breakMentions(text) {
    return text.replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}
/**
 * Escapes text for Markdown prose and table cells; `@` is broken so it can never mention.
 * `$` is escaped too: GitHub renders `$…$` as math, and Remix routes are named `$id.tsx`.
 */
function escapeText(text) {
    return breakMentions(text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+\-.!|~$]/g, (c) => `\\${c}`));
}
/** Escapes text inside raw HTML, where Markdown backslash escapes would show as written. */
function escapeHtmlText(text) {
    return breakMentions(text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
/** A code span safe inside table cells: pipes escaped, fence longer than any backtick run. */
function code(text) {
    const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // Markdown strips one space from each end of a code span that has both, so pad those as well.
    const spaced = flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '';
    const pad = flat.startsWith('`') || flat.endsWith('`') || spaced ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A link only for http(s) URLs; anything else is shown as escaped text. */
function link(text, url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return escapeText(text);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return escapeText(text);
    // The URL parser leaves `|`, `\` and quotes in queries (and its output is ASCII): a `|` would
    // split a table cell and a trailing `\` would escape the closing parenthesis, leaving plain text.
    const href = parsed.href.replace(/[()<>\s|\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeText(text)}](${href})`;
}
function table(headers, rows, align) {
    const rule = headers.map((_, i) => {
        const a = align?.[i] ?? 'l';
        return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(rule), ...rows.map(line)].join('\n');
}
/**
 * A collapsible section; the summary is escaped, the body is Markdown made by our renderers.
 * The summary sits inside an HTML block where GitHub shows backslash escapes literally (a
 * summary of "files (3 of 10)" came out as "files \(3 of 10\)"), so it gets HTML escaping.
 */
function details(summary, body) {
    return `<details><summary>${escapeHtmlText(summary)}</summary>\n\n${body}\n\n</details>`;
}
function pct(value) {
    return value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}%`;
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
