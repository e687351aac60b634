export const id = 8943;
export const ids = [8943];
export const modules = {

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


/***/ }),

/***/ 14830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hy: () => (/* binding */ truncateDescription),
/* harmony export */   MX: () => (/* binding */ setCommitStatus)
/* harmony export */ });
/* unused harmony export MAX_STATUS_DESCRIPTION */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36199);

/** GitHub rejects longer descriptions with a 422. */
const MAX_STATUS_DESCRIPTION = 140;
/**
 * Shortens to at most `max` UTF-16 units (the strictest way to count GitHub's limit), ending in
 * '…' and never splitting a character, emoji sequence or accented letter.
 */
function truncateDescription(text, max = MAX_STATUS_DESCRIPTION) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    if (oneLine.length <= max)
        return oneLine;
    let out = '';
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(oneLine)) {
        if (out.length + segment.length > max - 1)
            break;
        out += segment;
    }
    return `${out.trimEnd()}…`;
}
const FAILURE_REASONS = { 401: 'unauthorized', 403: 'forbidden', 404: 'not-found' };
async function setCommitStatus(octokit, input) {
    const description = truncateDescription(input.description);
    try {
        const { data } = await octokit.rest.repos.createCommitStatus({
            owner: input.owner,
            repo: input.repo,
            sha: input.sha,
            context: input.context,
            state: input.state,
            description,
            ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
        });
        return { ok: true, id: data.id, url: data.url, description };
    }
    catch (error) {
        const status = error.status;
        const isRateLimit = /rate limit/i.test(String(error.message));
        if ((status === 401 || status === 403 || status === 404) && !isRateLimit) {
            return { ok: false, reason: FAILURE_REASONS[status], status, message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubError */ .d)(error) };
        }
        throw new Error(`Setting commit status '${input.context}' on ${input.sha}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubError */ .d)(error)}`, {
            cause: error,
        });
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

/***/ 6880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: actionInputs, actionLogger, buildShellEnv

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: ./build/shared/runtime/inputs.js
var runtime_inputs = __webpack_require__(8998);
;// CONCATENATED MODULE: ./build/shared/export/settings.js
// The export inputs every action shares: where to send its figures, and the headers (credentials)
// to send with them. All off by default.


const EXPORT_INPUTS = (/* unused pure expression or super */ null && ([
    'metrics-remote-write',
    'metrics-otlp',
    'metrics-pushgateway',
    'metrics-headers',
]));
function readExportSettings(source) {
    const headers = {};
    for (const line of (0,runtime_inputs/* readLines */.Se)(source, 'metrics-headers')) {
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
            // Never echo the line: it holds a credential.
            throw new errors/* InputError */.dz('metrics-headers', 'expected one `Name: value` header per line');
        }
        headers[name] = line.slice(colon + 1).trim();
    }
    const remoteWrite = (0,runtime_inputs/* readUrl */.wo)(source, 'metrics-remote-write');
    const otlp = (0,runtime_inputs/* readUrl */.wo)(source, 'metrics-otlp');
    const pushgateway = (0,runtime_inputs/* readUrl */.wo)(source, 'metrics-pushgateway');
    return {
        ...(remoteWrite ? { remoteWrite } : {}),
        ...(otlp ? { otlp } : {}),
        ...(pushgateway ? { pushgateway } : {}),
        headers,
    };
}
function exportConfigured(s) {
    return Boolean(s.remoteWrite || s.otlp || s.pushgateway);
}

;// CONCATENATED MODULE: ./build/shared/github/context.js
// What a run is about, read from the runner's environment and event payload. Pure: the caller
// passes the environment and a file reader, so the CLI and tests need no real runner.

const ZERO_SHA = /^0+$/;
function obj(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function required(env, name) {
    const value = env[name];
    if (!value) {
        throw new errors/* EnvironmentError */.eG(`${name} is not set: run this inside a GitHub Actions job (the runner sets it), or set it explicitly`);
    }
    return value;
}
function readPayload(env, readFile) {
    const path = required(env, 'GITHUB_EVENT_PATH');
    let text;
    try {
        text = readFile(path);
    }
    catch (error) {
        throw new errors/* EnvironmentError */.eG(`GITHUB_EVENT_PATH ${path} cannot be read: ${error.message}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* EnvironmentError */.eG(`GITHUB_EVENT_PATH ${path} is not valid JSON: ${error.message}`);
    }
    const payload = obj(parsed);
    if (!payload)
        throw new errors/* EnvironmentError */.eG(`GITHUB_EVENT_PATH ${path} does not hold a JSON object`);
    return payload;
}
function wholeNumber(env, name, fallback) {
    const text = env[name];
    if (text === undefined || text === '')
        return fallback;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 0)
        throw new errors/* EnvironmentError */.eG(`${name} '${text}' is not a whole number`);
    return value;
}
function readEventContext(env, readFile) {
    const eventName = required(env, 'GITHUB_EVENT_NAME');
    const repository = required(env, 'GITHUB_REPOSITORY');
    const [owner, repo, ...extra] = repository.split('/');
    if (!owner || !repo || extra.length > 0) {
        throw new errors/* EnvironmentError */.eG(`GITHUB_REPOSITORY '${repository}' is not of the form owner/repo`);
    }
    const sha = required(env, 'GITHUB_SHA');
    const payload = readPayload(env, readFile);
    const eventPath = env.GITHUB_EVENT_PATH;
    let headSha = sha;
    let baseSha;
    let prNumber;
    let isFork = false;
    // pull_request, pull_request_target, pull_request_review and friends all carry pull_request.
    const pull = obj(payload.pull_request);
    const mergeGroup = obj(payload.merge_group);
    if (pull) {
        const head = obj(pull.head);
        const base = obj(pull.base);
        const pullHead = str(head?.sha);
        if (!pullHead)
            throw new errors/* EnvironmentError */.eG(`GITHUB_EVENT_PATH ${eventPath}: pull_request.head.sha is missing`);
        headSha = pullHead;
        baseSha = str(base?.sha);
        const number = pull.number ?? payload.number;
        prNumber = typeof number === 'number' ? number : undefined;
        const headRepo = str(obj(head?.repo)?.full_name);
        const baseRepo = str(obj(base?.repo)?.full_name) ?? repository;
        // A deleted fork leaves head.repo null; treat it as foreign.
        isFork = headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase();
    }
    else if (mergeGroup) {
        headSha = str(mergeGroup.head_sha) ?? sha;
        baseSha = str(mergeGroup.base_sha);
    }
    else if (eventName === 'push') {
        const before = str(payload.before);
        baseSha = before && !ZERO_SHA.test(before) ? before : undefined;
    }
    const defaultBranch = str(obj(payload.repository)?.default_branch);
    const triggering = obj(payload.workflow_run);
    const workflowRun = triggering && typeof triggering.id === 'number' && str(triggering.head_sha)
        ? { id: triggering.id, headSha: str(triggering.head_sha) }
        : undefined;
    return {
        eventName,
        repo: { owner, repo },
        sha,
        headSha,
        ...(baseSha !== undefined ? { baseSha } : {}),
        ...(prNumber !== undefined ? { prNumber } : {}),
        ...(defaultBranch !== undefined ? { defaultBranch } : {}),
        ref: env.GITHUB_REF ?? '',
        isFork,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        runId: wholeNumber(env, 'GITHUB_RUN_ID', 0),
        runAttempt: wholeNumber(env, 'GITHUB_RUN_ATTEMPT', 1),
        ...(workflowRun ? { workflowRun } : {}),
        payload,
    };
}

// EXTERNAL MODULE: ./build/shared/github/errors.js
var github_errors = __webpack_require__(36199);
// EXTERNAL MODULE: ./build/shared/github/identity.js
var identity = __webpack_require__(82582);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./build/shared/report/markdown.js
var markdown = __webpack_require__(15210);
;// CONCATENATED MODULE: ./build/shared/github/sticky-comment.js


/** GitHub rejects issue comment bodies longer than this. */
const MAX_COMMENT_LENGTH = 65_536;
/** Without `authors`: the default GITHUB_TOKEN's account (the shell passes ownLogins). */
const DEFAULT_STICKY_AUTHORS = [identity/* ACTIONS_BOT_LOGIN */.y];
/**
 * The hidden marker line. An HTML comment may not contain `--` and `<`/`>` would end it early, so
 * those are rewritten; two markers differing only in such characters therefore collide.
 */
function markerComment(marker) {
    const clean = marker
        .replace(/[<>\r\n]/g, ' ')
        .replace(/-{2,}/g, '-')
        .replace(/\s+/g, ' ')
        .trim();
    if (clean === '')
        throw new Error(`sticky comment marker ${JSON.stringify(marker)} is empty once sanitised`);
    return `<!-- ${clean} -->`;
}
/** The full text sent to GitHub; callers budgeting against MAX_COMMENT_LENGTH measure this. */
function stickyCommentText(marker, body) {
    return `${markerComment(marker)}\n${body}`;
}
function carriesMarker(body, markerLine) {
    const firstLine = body.split('\n', 1)[0] ?? '';
    return firstLine.trim().startsWith(markerLine);
}
async function upsertStickyComment(octokit, input) {
    const { owner, repo, issueNumber, log } = input;
    const markerLine = markerComment(input.marker);
    const text = stickyCommentText(input.marker, input.body);
    // UTF-16 units: never fewer than the characters GitHub counts, so a body passing here fits.
    if (text.length > MAX_COMMENT_LENGTH) {
        return {
            ok: false,
            reason: 'too-long',
            message: `Comment '${input.marker}' on #${issueNumber} is ${text.length} characters with its marker, ` +
                `over GitHub's limit of ${MAX_COMMENT_LENGTH}; shorten the body before posting`,
        };
    }
    const authors = new Set((input.authors ?? DEFAULT_STICKY_AUTHORS).map((login) => login.toLowerCase()));
    const where = `comment '${input.marker}' on #${issueNumber}`;
    const listOurs = async () => {
        const all = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        const ours = all
            .filter((c) => c.user && authors.has(c.user.login.toLowerCase()) && carriesMarker(c.body ?? '', markerLine))
            .map((c) => ({ id: c.id, body: c.body ?? '', url: c.html_url }))
            .sort((a, b) => a.id - b.id);
        log.debug?.(`${where}: ${all.length} comments listed, ${ours.length} carry the marker`);
        return ours;
    };
    /** Deleting a twin another job already deleted is the outcome we wanted. */
    const deleteComment = async (id) => {
        try {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
        }
        catch (error) {
            if (error.status !== 404)
                throw error;
        }
    };
    /** Gives `target` our text, unless it has it already. */
    const settle = async (target) => {
        if (target.body === text) {
            log.info(`Sticky ${where} is already up to date`);
            return { ok: true, id: target.id, url: target.url, action: 'unchanged' };
        }
        const { data } = await octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: target.id,
            body: text,
        });
        log.info(`Updated sticky ${where}: ${data.html_url}`);
        return { ok: true, id: data.id, url: data.html_url, action: 'updated' };
    };
    try {
        const existing = await listOurs();
        const [oldest, ...twins] = existing;
        if (oldest) {
            // Left over from an earlier race that did not finish converging.
            for (const twin of twins)
                await deleteComment(twin.id);
            try {
                return await settle(oldest);
            }
            catch (error) {
                // Someone deleted it since we listed; a new one takes its place.
                if (error.status !== 404)
                    throw error;
            }
        }
        const { data: created } = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body: text,
        });
        const mine = { id: created.id, body: text, url: created.html_url };
        // Another job with the same marker may have created its comment at the same moment.
        const after = await listOurs();
        const winner = after[0];
        if (!winner || winner.id >= mine.id) {
            for (const twin of after)
                if (twin.id > mine.id)
                    await deleteComment(twin.id);
            log.info(`Created sticky ${where}: ${mine.url}`);
            return { ok: true, id: mine.id, url: mine.url, action: 'created' };
        }
        let result;
        try {
            result = await settle(winner);
        }
        catch (error) {
            // The older twin vanished between listing and editing; ours is then the one to keep.
            if (error.status === 404) {
                log.info(`Created sticky ${where}: ${mine.url}`);
                return { ok: true, id: mine.id, url: mine.url, action: 'created' };
            }
            throw error;
        }
        await deleteComment(mine.id);
        log.info(`Sticky ${where} raced another job; kept the older comment ${winner.id}`);
        return result;
    }
    catch (error) {
        return commentFailure(error, where);
    }
}
/** A failed comment write as a result the caller can show, or a thrown error when it is not one of those. */
function commentFailure(error, where) {
    const status = error.status;
    const described = (0,github_errors/* describeGitHubError */.d)(error);
    const isRateLimit = /rate limit/i.test(described);
    if (status === 403 && !isRateLimit) {
        return {
            ok: false,
            reason: 'forbidden',
            message: `Cannot write ${where}: ${described}. Commenting needs 'pull-requests: write' in the workflow's ` +
                'permissions: block; pull requests from forks only get a read-only token, so skip the comment there ' +
                'or post it from a pull_request_target / workflow_run job',
        };
    }
    if (status === 404) {
        return { ok: false, reason: 'not-found', message: `Cannot write ${where}: ${described}` };
    }
    if (status === 422 && /too long/i.test(described)) {
        return { ok: false, reason: 'too-long', message: `Cannot write ${where}: ${described}` };
    }
    throw new Error(`Writing sticky ${where}: ${described}`, { cause: error });
}

;// CONCATENATED MODULE: ./build/shared/github/comment-sections.js
// The layout of the one shared pull request comment, as pure functions: every action and instance
// owns a section between hidden markers; sections are ordered by key so that every writer produces
// the same text, and together they fit GitHub's size limit. A section that does not fit its share is
// replaced whole by a pointer to its job summary (never cut mid-markup).


const SHARED_COMMENT_MARKER = 'shipshape:pr-comment';
/** GitHub allows 65,536; the margin absorbs counting differences (code points vs UTF-16 units). */
const SHARED_COMMENT_BUDGET = 65_000;
/** Marker fields may hold any name: encoded so that no space, `>` or `--` can end the comment early. */
function encodeField(value) {
    return encodeURIComponent(value).replace(/-/g, '%2D');
}
function decodeField(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return undefined;
    }
}
function openMarker(s) {
    const url = s.summaryUrl ? ` ${encodeField(s.summaryUrl)}` : '';
    return `<!-- shipshape:section ${encodeField(s.key)}${url} -->`;
}
function closeMarker(key) {
    return `<!-- /shipshape:section ${encodeField(key)} -->`;
}
const SECTION = /<!-- shipshape:section ([^\s>]+)(?: ([^\s>]+))? -->\n([\s\S]*?)\n<!-- \/shipshape:section \1 -->/g;
/**
 * A section body as it is stored: anything that looks like one of our markers is defused (a file
 * name from a pull request could otherwise close a section early or forge another one).
 */
function storableBody(body) {
    return body
        .replace(/(<!--\s*\/?\s*shipshape)(\s*:)/gi, '$1\u200b$2')
        .replace(/\r\n?/g, '\n')
        .trimEnd();
}
/** The sections of a shared comment's body, in their order; unreadable parts are ignored. */
function parseSections(body) {
    const sections = [];
    const seen = new Set();
    for (const match of body.matchAll(SECTION)) {
        const key = decodeField(match[1]);
        if (key === undefined || seen.has(key))
            continue;
        seen.add(key);
        const url = match[2] === undefined ? undefined : decodeField(match[2]);
        sections.push({ key, ...(url ? { summaryUrl: url } : {}), body: match[3] });
    }
    return sections;
}
function byKey(a, b) {
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
/** The complete comment text, marker line first; sections ordered by key. */
function renderSharedComment(sections) {
    const parts = [...sections].sort(byKey).map((s) => `${openMarker(s)}\n${s.body}\n${closeMarker(s.key)}`);
    return `${markerComment(SHARED_COMMENT_MARKER)}\n${parts.join('\n\n')}`;
}
/** `coverage-comment:api` -> `coverage-comment (api)`. */
function keyTitle(key) {
    const at = key.indexOf(':');
    return at < 0 ? key : `${key.slice(0, at)} (${key.slice(at + 1)})`;
}
/**
 * The pointer that stands in for a section without room: its own heading line when it starts with
 * one (a whole line, so no markup is left open), then where the full report is. Idempotent.
 */
function sectionPointer(s) {
    const first = s.body.split('\n', 1)[0] ?? '';
    const heading = /^#{1,6} \S/.test(first) ? first : `### ${(0,markdown/* escapeText */.X1)(keyTitle(s.key))}`;
    const where = s.summaryUrl ? `its ${(0,markdown/* link */.nf)('job summary', s.summaryUrl)}` : 'its job summary';
    return `${heading}\n\n_This section did not fit in GitHub's comment size limit next to the others; the full report is in ${where}._`;
}
/** The most each section may use when all do not fit: max-min fair shares of the room (water filling). */
function fairShare(lengths, room) {
    const sorted = [...lengths].sort((a, b) => a - b);
    let left = room;
    for (let i = 0; i < sorted.length; i++) {
        const share = left / (sorted.length - i);
        if (sorted[i] > share)
            return Math.floor(share);
        left -= sorted[i];
    }
    return Number.POSITIVE_INFINITY;
}
/**
 * Places `mine` among the `others` already in the comment within `budget` characters. When all do
 * not fit, every other section longer than its fair share becomes its pointer, and mine takes the
 * largest of its forms that fits the room left (at worst its own pointer).
 */
function layoutSections(others, mine, budget = SHARED_COMMENT_BUDGET) {
    const rest = others.filter((s) => s.key !== mine.key);
    const base = { key: mine.key, ...(mine.summaryUrl ? { summaryUrl: mine.summaryUrl } : {}) };
    const forms = mine.forms.map(storableBody);
    const full = { ...base, body: forms[0] ?? '' };
    const whole = renderSharedComment([...rest, full]);
    if (whole.length <= budget)
        return { ok: true, sections: [...rest, full], mine: full, text: whole, shortened: false };
    const wrappers = renderSharedComment([...rest, full].map((s) => ({ ...s, body: '' }))).length;
    const share = fairShare([...rest, full].map((s) => s.body.length), budget - wrappers);
    const kept = rest.map((s) => (s.body.length > share ? { ...s, body: sectionPointer(s) } : s));
    const candidates = [...forms, sectionPointer(full)];
    for (const body of candidates) {
        const section = { ...base, body };
        const text = renderSharedComment([...kept, section]);
        if (text.length <= budget)
            return { ok: true, sections: [...kept, section], mine: section, text, shortened: true };
    }
    return {
        ok: false,
        length: renderSharedComment([...kept, { ...base, body: sectionPointer(full) }]).length,
    };
}
/** Whether `body` is mine as I wrote it, or as another writer had to shorten it (my pointer). */
function sectionSurvived(stored, written) {
    if (!stored)
        return false;
    return stored.body === written.body || stored.body === sectionPointer(written);
}

;// CONCATENATED MODULE: ./build/shared/github/pr-comment.js
// The one shipshape comment on a pull request: every action and instance owns one section of it
// and replaces only its own. GitHub offers no conditional update of a comment, so two jobs that
// read the comment at the same moment could each write back a copy without the other's section.
// Each writer therefore reads the comment just before it writes, then re-reads after a settling
// delay and writes again (after a jittered pause) until its section has survived; twin comments
// created by a race are merged into the oldest. `comment: separate` keeps one comment per section.




const DEFAULT_SECTION_TIMING = {
    settleMs: [1_500, 3_000],
    retryMs: [500, 2_500],
    rounds: 12,
};
async function postCommentSection(octokit, input) {
    if (input.mode === 'separate')
        return postSeparate(octokit, input);
    const where = `section '${input.key}' of the shipshape comment on #${input.issueNumber}`;
    try {
        return await postShared(octokit, input, where);
    }
    catch (error) {
        return commentFailure(error, where);
    }
}
/** One sticky comment of its own: the first form that fits, else the pointer. */
async function postSeparate(octokit, input) {
    const marker = `shipshape:${input.key}`;
    const forms = [input.body, ...(input.shorter ?? [])];
    const pointer = sectionPointer({ key: input.key, body: input.body, ...summary(input) });
    const body = forms.find((f) => stickyCommentText(marker, f).length <= MAX_COMMENT_LENGTH) ?? pointer;
    const result = await upsertStickyComment(octokit, {
        owner: input.owner,
        repo: input.repo,
        issueNumber: input.issueNumber,
        marker,
        body,
        log: input.log,
        ...(input.authors ? { authors: input.authors } : {}),
    });
    return result.ok ? { ...result, shortened: body !== input.body } : result;
}
function summary(input) {
    return input.summaryUrl ? { summaryUrl: input.summaryUrl } : {};
}
async function postShared(octokit, input, where) {
    const { owner, repo, issueNumber, log } = input;
    const timing = input.timing ?? DEFAULT_SECTION_TIMING;
    const random = input.random ?? Math.random;
    const wait = ([min, max]) => (0,promises_.setTimeout)(min + (max - min) * random());
    const authors = new Set((input.authors ?? DEFAULT_STICKY_AUTHORS).map((l) => l.toLowerCase()));
    const markerLine = markerComment(SHARED_COMMENT_MARKER);
    const mine = { key: input.key, forms: [input.body, ...(input.shorter ?? [])], ...summary(input) };
    const listOurs = async () => {
        const all = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        return all
            .filter((c) => c.user &&
            authors.has(c.user.login.toLowerCase()) &&
            (c.body ?? '').split('\n', 1)[0]?.trim().startsWith(markerLine))
            .map((c) => ({ id: c.id, body: c.body ?? '', url: c.html_url }))
            .sort((a, b) => a.id - b.id);
    };
    const fresh = async (id) => {
        try {
            const { data } = await octokit.rest.issues.getComment({ owner, repo, comment_id: id });
            return { id: data.id, body: data.body ?? '', url: data.html_url };
        }
        catch (error) {
            if (error.status === 404)
                return undefined;
            throw error;
        }
    };
    const remove = async (id) => {
        try {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
        }
        catch (error) {
            // A twin another job already merged and deleted is the outcome we wanted.
            if (error.status !== 404)
                throw error;
        }
    };
    const tooLong = (layout) => ({
        ok: false,
        reason: 'too-long',
        message: `Cannot write ${where}: even with every section shortened to a pointer the comment is ${layout.length} characters, over GitHub's limit`,
    });
    let written;
    let action = 'unchanged';
    let shortened = false;
    let lastSeen;
    for (let round = 1; round <= timing.rounds; round++) {
        const ours = await listOurs();
        const [oldest, ...twins] = ours;
        const target = oldest ? await fresh(oldest.id) : undefined;
        if (written && target && twins.length === 0) {
            // Checking the last write: did it survive, and has the comment settled?
            const stored = parseSections(target.body).find((s) => s.key === input.key);
            if (sectionSurvived(stored, written)) {
                if (lastSeen === target.body) {
                    log.info(`${action === 'unchanged' ? 'Kept' : 'Wrote'} ${where}: ${target.url}`);
                    return { ok: true, id: target.id, url: target.url, action, shortened };
                }
                // Others wrote since: look once more after they had time to finish.
                lastSeen = target.body;
                await wait(timing.settleMs);
                continue;
            }
            // Lost to a concurrent writer: pause, then read afresh and write again.
            log.info(`${where} was overwritten by a concurrent writer; writing it again (round ${round})`);
            written = undefined;
            await wait(timing.retryMs);
            continue;
        }
        if (!target) {
            const layout = layoutSections([], mine);
            if (!layout.ok)
                return tooLong(layout);
            const { data } = await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: issueNumber,
                body: layout.text,
            });
            written = layout.mine;
            shortened = layout.shortened;
            action = 'created';
            lastSeen = layout.text;
            log.debug?.(`created comment ${data.id} for ${where}`);
        }
        else {
            // Sections only a twin holds move into the oldest comment before the twin goes.
            const sections = parseSections(target.body);
            for (const twin of twins) {
                for (const s of parseSections(twin.body))
                    if (!sections.some((t) => t.key === s.key))
                        sections.push(s);
            }
            const layout = layoutSections(sections, mine);
            if (!layout.ok)
                return tooLong(layout);
            written = layout.mine;
            shortened = layout.shortened;
            if (layout.text !== target.body) {
                try {
                    await octokit.rest.issues.updateComment({ owner, repo, comment_id: target.id, body: layout.text });
                }
                catch (error) {
                    // Deleted since we read it (a twin converging the other way): start over.
                    if (error.status === 404) {
                        written = undefined;
                        continue;
                    }
                    throw error;
                }
                if (action !== 'created')
                    action = 'updated';
            }
            lastSeen = layout.text;
            for (const twin of twins)
                await remove(twin.id);
        }
        await wait(timing.settleMs);
    }
    return {
        ok: false,
        reason: 'conflict',
        message: `Cannot write ${where}: other jobs kept rewriting the comment for ${timing.rounds} rounds; the section may be missing until the next run`,
    };
}

// EXTERNAL MODULE: ./build/shared/github/status.js
var github_status = __webpack_require__(14830);
// EXTERNAL MODULE: ./build/shared/history/select.js + 3 modules
var history_select = __webpack_require__(76656);
// EXTERNAL MODULE: ./build/shared/history/settings.js
var settings = __webpack_require__(38034);
// EXTERNAL MODULE: ./build/shared/runtime/child-env.js
var child_env = __webpack_require__(69871);
// EXTERNAL MODULE: ./build/shared/runtime/logger.js
var logger = __webpack_require__(65403);
// EXTERNAL MODULE: ./build/shared/runtime/shell.js
var shell = __webpack_require__(54029);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/shared/runtime/workflow-commands.js
// The runner's side of the workflow-command protocol, written by hand: `::command props::data`
// lines on stdout and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. @actions/core does the same but
// loads its HTTP client (undici, about 0.9 MB of bundle) at import, which every action step paid
// before reading one input. workflow-commands.test.ts checks every function here byte for byte
// against @actions/core, which stays a dev dependency as the oracle.



function commandValue(value) {
    if (value === undefined || value === null)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function escapeData(value) {
    return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One command line; properties without a value are left out (as the runner's own toolkit does). */
function commandLine(command, properties, message) {
    const keys = Object.keys(properties);
    const props = keys
        .filter((key) => properties[key])
        .map((key) => `${key}=${escapeProperty(properties[key])}`)
        .join(',');
    return `::${command}${keys.length > 0 ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issue(command, properties, message) {
    process.stdout.write(commandLine(command, properties, message) + external_node_os_.EOL);
}
function annotationProperties(p) {
    // No properties at all is `::warning::`; any property object, even all empty, is `::warning ::`.
    if (Object.keys(p).length === 0)
        return {};
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
/** The value of input `name` as the runner passes it (INPUT_<NAME>, spaces as `_`), trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setSecret(secret) {
    issue('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function debug(message) {
    issue('debug', {}, message);
}
function warning(message, properties = {}) {
    issue('warning', annotationProperties(properties), message);
}
function error(message, properties = {}) {
    issue('error', annotationProperties(properties), message);
}
function notice(message, properties = {}) {
    issue('notice', annotationProperties(properties), message);
}
function startGroup(title) {
    issue('group', {}, title);
}
function endGroup() {
    issue('endgroup', {}, '');
}
/** A failed step: exit code 1 unless the caller sets another, and the message as an error. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function appendFileCommand(file, message) {
    (0,external_node_fs_.appendFileSync)(file, message + external_node_os_.EOL, { encoding: 'utf8' });
}
/** `name<<delimiter` block for GITHUB_OUTPUT; the delimiter is random so a value cannot end it. */
function keyValueBlock(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    const text = commandValue(value);
    if (name.includes(delimiter))
        throw new Error(`output name must not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`output value must not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}`;
}
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (file) {
        appendFileCommand(file, keyValueBlock(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issue('set-output', { name }, commandValue(value));
}
/** Appends Markdown to the job summary; nothing happens outside a runner. */
function appendSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(file, markdown, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./build/shared/runtime/action.js
// The GitHub Actions side of the runtime: the only place shipshape speaks the runner's workflow
// commands. It builds the environment once, runs an action's spec and applies what the spec asks to
// publish. What only some runs need (Octokit, the export clients) is imported when a run needs it.
















/** Names of the inputs this run read, for the test that action.yml declares exactly those. */
const inputsRead = new Set();
const actionInputs = {
    get: (name) => {
        inputsRead.add(name);
        return getInput(name);
    },
};
/**
 * With SHIPSHAPE_INPUTS_TRACE set (tests only), a run stops once every input is read and writes
 * their names to that file: since all inputs are read before any evidence, that is all of them.
 */
function traceInputs() {
    const file = process.env.SHIPSHAPE_INPUTS_TRACE;
    if (file)
        (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify([...inputsRead].sort())}\n`);
    return Boolean(file);
}
const actionLogger = (0,logger/* createLogger */.h)({
    info: (m) => info(m),
    warning: (m) => warning(m),
    debug: (m) => debug(m),
    startGroup: (t) => startGroup(t),
    endGroup: () => endGroup(),
});
const COMMENT_MODES = ['shared', 'separate', 'off'];
const RETIRED_COMMENT_WORDS = {
    true: 'shared',
    false: 'off',
    none: 'off',
    no: 'off',
};
function readShellSettings(inputs, publishes = {}) {
    const { status = true, comment = true } = publishes;
    return {
        status: status ? (0,runtime_inputs/* readBoolean */.Vf)(inputs, 'status', true) : false,
        // The comment switch was a boolean before sections existed.
        comment: comment
            ? (0,runtime_inputs/* readChoiceRetiring */.Mk)(inputs, 'comment', COMMENT_MODES, 'shared', {
                what: 'comment mode',
                words: RETIRED_COMMENT_WORDS,
            })
            : 'off',
    };
}
/**
 * Builds the environment every action runs in; `inputs` is read for the token and history only.
 * `connect()` adds the GitHub client once the action's own inputs are read.
 */
function buildShellEnv(action, inputs, log, env = process.env) {
    const token = inputs.get('token');
    if (token)
        setSecret(token);
    let context;
    let contextError;
    try {
        context = readEventContext(env, (p) => (0,external_node_fs_.readFileSync)(p, 'utf8'));
    }
    catch (error) {
        contextError = error;
    }
    const repository = context?.repo ?? splitRepository(env.GITHUB_REPOSITORY);
    const identity = token && repository ? { token, ...repository } : undefined;
    let github;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const tempDir = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_path_.join)(workspace, '.tmp'), 'shipshape');
    (0,external_node_fs_.mkdirSync)(tempDir, { recursive: true });
    const historySettings = (0,settings/* readHistorySettings */.cw)(inputs);
    const abort = new AbortController();
    // GitHub cancels with SIGINT, then SIGTERM: stop waiting, report what was seen, exit.
    process.once('SIGINT', () => abort.abort());
    process.once('SIGTERM', () => abort.abort());
    const runUrl = context?.runId && repository
        ? `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${context.runId}`
        : undefined;
    const readEnv = {
        action,
        workspace,
        tempDir,
        log,
        env,
        context,
        requireContext() {
            if (context)
                return context;
            throw contextError instanceof Error
                ? contextError
                : new errors/* EnvironmentError */.eG('no event context: run this inside a GitHub Actions job');
        },
        github: identity,
        history: {
            settings: historySettings,
            decision: (0,settings/* recordDecision */.Q6)(context, historySettings),
            open: () => historySettings.backend === 'off'
                ? undefined
                : (0,history_select/* openHistory */.jC)({
                    backend: historySettings.backend,
                    folder: historySettings.folder,
                    ...(github ? { github } : {}),
                    ...(context?.defaultBranch ? { branch: context.defaultBranch } : {}),
                    log,
                    env,
                }),
        },
        signal: abort.signal,
        mask: (secret) => {
            if (secret)
                setSecret(secret);
        },
        childEnv: (extra) => (0,child_env/* childEnvironment */.Q)(env, extra),
        runUrl,
    };
    return {
        env: readEnv,
        async connect() {
            if (identity && !github) {
                const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6913), __webpack_require__.e(6365)]).then(__webpack_require__.bind(__webpack_require__, 76365));
                github = { ...identity, octokit: createGitHubClient({ token: identity.token, log }) };
            }
            return { ...readEnv, github };
        },
    };
}
function splitRepository(value) {
    const [owner, repo] = (value ?? '').split('/');
    return owner && repo ? { owner, repo } : undefined;
}
/** Posts statuses and the comment section; what could not be posted comes back as notes for the summary. */
async function publishToGitHub(pub, env, shell) {
    const notes = [];
    const { github, context, log } = env;
    if (pub.statuses?.length && shell.status) {
        if (!github)
            notes.push('No token was given, so no commit status was posted.');
        else if (!context)
            notes.push('Not in a GitHub Actions job, so no commit status was posted.');
        else {
            for (const s of pub.statuses) {
                // A status that cannot be posted (GitHub down after retries) is reported, never a defect:
                // the gate's verdict is already decided and stands in the job's own result.
                const result = await (0,github_status/* setCommitStatus */.MX)(github.octokit, {
                    owner: github.owner,
                    repo: github.repo,
                    sha: s.sha ?? context.headSha,
                    context: s.context,
                    state: s.state,
                    description: s.description,
                    ...((s.targetUrl ?? env.runUrl) ? { targetUrl: s.targetUrl ?? env.runUrl } : {}),
                }).catch((error) => ({
                    ok: false,
                    message: error instanceof Error ? error.message : String(error),
                }));
                if (!result.ok) {
                    const message = `Commit status '${s.context}' not posted: ${result.message}`;
                    log.warning(message);
                    notes.push(message);
                }
            }
        }
    }
    const section = pub.comment;
    const issueNumber = section?.issueNumber ?? context?.prNumber;
    if (section && shell.comment !== 'off' && issueNumber !== undefined) {
        if (!github)
            notes.push('No token was given, so the pull request comment was not written.');
        else {
            try {
                const result = await postCommentSection(github.octokit, {
                    owner: github.owner,
                    repo: github.repo,
                    issueNumber,
                    key: section.key,
                    body: section.body,
                    ...(section.shorter ? { shorter: section.shorter } : {}),
                    ...(env.runUrl ? { summaryUrl: env.runUrl } : {}),
                    mode: shell.comment,
                    // The comment is found again by its author: with a personal access token or a GitHub
                    // App's token that is not github-actions[bot].
                    authors: await (0,identity/* ownLogins */.z)(github.octokit),
                    log,
                });
                if (!result.ok) {
                    log.warning(result.message);
                    notes.push(result.message);
                }
                else {
                    if ('comment-id' in pub.outputs)
                        pub.outputs['comment-id'] = result.id;
                    if ('comment-url' in pub.outputs)
                        pub.outputs['comment-url'] = result.url;
                    if (result.shortened)
                        notes.push('The pull request comment shows this report shortened; it is complete here.');
                }
            }
            catch (error) {
                const message = `Pull request comment not written: ${(0,github_errors/* describeGitHubError */.d)(error)}`;
                log.warning(message);
                notes.push(message);
            }
        }
    }
    return notes;
}
function applyOutputs(pub) {
    for (const [name, value] of Object.entries(pub.outputs))
        setOutput(name, value === undefined ? '' : String(value));
    for (const a of pub.annotations ?? []) {
        const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
        if (a.level === 'error')
            error(a.message, props);
        else if (a.level === 'notice')
            notice(a.message, props);
        else
            warning(a.message, props);
    }
}
async function writeSummary(markdown) {
    appendSummary(markdown);
}
/** Runs one action: inputs, core, publication. Every error ends as a clear message and exit code. */
async function runAction(spec) {
    let exitCode = errors/* EXIT */.dc.internal;
    try {
        const shell = readShellSettings(actionInputs, spec.publishes);
        const exports = spec.publishes?.metrics === false ? { headers: {} } : readExportSettings(actionInputs);
        for (const value of Object.values(exports.headers))
            setSecret(value);
        const shellEnv = buildShellEnv(spec.name, actionInputs, actionLogger);
        const settings = spec.read(actionInputs, shellEnv.env);
        if (traceInputs()) {
            process.exitCode = errors/* EXIT */.dc.ok;
            return;
        }
        const env = await shellEnv.connect();
        const report = await spec.run(settings, env);
        const pub = spec.present(report, settings, env);
        const notes = await publishToGitHub(pub, env, shell);
        applyOutputs(pub);
        if (exportConfigured(exports) && pub.metrics?.length) {
            const { exportMetrics } = await Promise.all(/* import() */[__webpack_require__.e(1175), __webpack_require__.e(3843)]).then(__webpack_require__.bind(__webpack_require__, 13843));
            notes.push(...(await exportMetrics(pub.metrics, env, exports)));
        }
        const summary = [pub.summary, ...notes.map((n) => `> ${n}`)].filter(Boolean).join('\n\n');
        if (summary)
            await writeSummary(`${summary}\n`);
        if (pub.exitCode !== errors/* EXIT */.dc.ok)
            setFailed(pub.failure ?? `${spec.name} failed`);
        exitCode = pub.exitCode;
    }
    catch (error) {
        const failure = (0,errors/* classifyFailure */.XE)(error);
        setFailed(failure.message);
        if (failure.exitCode === errors/* EXIT */.dc.internal) {
            debug(error instanceof Error && error.stack ? error.stack : String(error));
        }
        await writeSummary((0,shell/* failureSummary */.j)(spec.name, failure.message)).catch(() => { });
        exitCode = failure.exitCode;
    }
    process.exitCode = exitCode;
    // Abandoned network retries (an artifact download given up on, say) must not keep the step
    // alive: once the run is done, give pending output a moment, then leave.
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}
const EXIT_GRACE_MS = 3_000;


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
