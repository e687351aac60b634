export const id = 7407;
export const ids = [7407];
export const modules = {

/***/ 47407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: actionInputs, actionLogger, buildShellEnv, runActionMain

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(33838);
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

// EXTERNAL MODULE: ./build/shared/github/client.js + 1 modules
var client = __webpack_require__(76365);
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
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./build/shared/report/markdown.js
var markdown = __webpack_require__(15210);
// EXTERNAL MODULE: ./build/shared/github/sticky-comment.js
var sticky_comment = __webpack_require__(68299);
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
    return `${(0,sticky_comment/* markerComment */.wV)(SHARED_COMMENT_MARKER)}\n${parts.join('\n\n')}`;
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
        return (0,sticky_comment/* commentFailure */.qQ)(error, where);
    }
}
/** One sticky comment of its own: the first form that fits, else the pointer. */
async function postSeparate(octokit, input) {
    const marker = `shipshape:${input.key}`;
    const forms = [input.body, ...(input.shorter ?? [])];
    const pointer = sectionPointer({ key: input.key, body: input.body, ...summary(input) });
    const body = forms.find((f) => (0,sticky_comment/* stickyCommentText */.y0)(marker, f).length <= sticky_comment/* MAX_COMMENT_LENGTH */.wT) ?? pointer;
    const result = await (0,sticky_comment/* upsertStickyComment */.qD)(octokit, {
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
    const authors = new Set((input.authors ?? sticky_comment/* DEFAULT_STICKY_AUTHORS */.tb).map((l) => l.toLowerCase()));
    const markerLine = (0,sticky_comment/* markerComment */.wV)(SHARED_COMMENT_MARKER);
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

;// CONCATENATED MODULE: ./build/shared/github/status.js

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
            return { ok: false, reason: FAILURE_REASONS[status], status, message: (0,client/* describeGitHubError */.dZ)(error) };
        }
        throw new Error(`Setting commit status '${input.context}' on ${input.sha}: ${(0,client/* describeGitHubError */.dZ)(error)}`, {
            cause: error,
        });
    }
}

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
;// CONCATENATED MODULE: ./build/shared/runtime/action.js
// The GitHub Actions side of the runtime: the only place shipshape meets @actions/core. It builds
// the environment once, runs an action's spec and applies what the spec asks to publish.















/** Names of the inputs this run read, for the test that action.yml declares exactly those. */
const inputsRead = new Set();
const actionInputs = {
    get: (name) => {
        inputsRead.add(name);
        return lib_core/* getInput */.V4(name);
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
    info: (m) => lib_core/* info */.pq(m),
    warning: (m) => lib_core/* warning */.$e(m),
    debug: (m) => lib_core/* debug */.Yz(m),
    startGroup: (t) => lib_core/* startGroup */.Oh(t),
    endGroup: () => lib_core/* endGroup */.N4(),
});
function readShellSettings(inputs, publishes = {}) {
    const { status = true, comment = true } = publishes;
    const raw = comment ? inputs.get('comment').toLowerCase() : 'off';
    // `true` / `false` stay accepted: the comment switch was a boolean before sections existed.
    const mode = raw === 'true' ? 'shared' : raw === 'false' ? 'off' : raw;
    return {
        status: status ? (0,runtime_inputs/* readBoolean */.Vf)(inputs, 'status', true) : false,
        comment: (0,runtime_inputs/* readChoice */.Kf)({ get: () => mode }, 'comment', ['shared', 'separate', 'off'], 'shared'),
    };
}
/** Builds the environment every action runs in; `inputs` is read for the token and history only. */
function buildShellEnv(action, inputs, log, env = process.env) {
    const token = inputs.get('token');
    if (token)
        lib_core/* setSecret */.Pq(token);
    let context;
    let contextError;
    try {
        context = readEventContext(env, (p) => (0,external_node_fs_.readFileSync)(p, 'utf8'));
    }
    catch (error) {
        contextError = error;
    }
    const repository = context?.repo ?? splitRepository(env.GITHUB_REPOSITORY);
    const github = token && repository ? { octokit: (0,client/* createGitHubClient */.LX)({ token, log }), token, ...repository } : undefined;
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
    return {
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
        github,
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
                lib_core/* setSecret */.Pq(secret);
        },
        childEnv: (extra) => (0,child_env/* childEnvironment */.Q)(env, extra),
        runUrl,
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
                const result = await setCommitStatus(github.octokit, {
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
                const message = `Pull request comment not written: ${(0,client/* describeGitHubError */.dZ)(error)}`;
                log.warning(message);
                notes.push(message);
            }
        }
    }
    return notes;
}
function applyOutputs(pub) {
    for (const [name, value] of Object.entries(pub.outputs))
        lib_core/* setOutput */.uH(name, value === undefined ? '' : String(value));
    for (const a of pub.annotations ?? []) {
        const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
        if (a.level === 'error')
            lib_core/* error */.z3(a.message, props);
        else if (a.level === 'notice')
            lib_core/* notice */.lm(a.message, props);
        else
            lib_core/* warning */.$e(a.message, props);
    }
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await lib_core/* summary */.z.addRaw(markdown).write();
}
/** Runs one action: inputs, core, publication. Every error ends as a clear message and exit code. */
async function runAction(spec) {
    let exitCode = errors/* EXIT */.dc.internal;
    try {
        const shell = readShellSettings(actionInputs, spec.publishes);
        const exports = spec.publishes?.metrics === false ? { headers: {} } : readExportSettings(actionInputs);
        for (const value of Object.values(exports.headers))
            lib_core/* setSecret */.Pq(value);
        const env = buildShellEnv(spec.name, actionInputs, actionLogger);
        const settings = spec.read(actionInputs, env);
        if (traceInputs()) {
            process.exitCode = errors/* EXIT */.dc.ok;
            return;
        }
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
            lib_core/* setFailed */.C1(pub.failure ?? `${spec.name} failed`);
        exitCode = pub.exitCode;
    }
    catch (error) {
        const failure = (0,errors/* classifyFailure */.XE)(error);
        lib_core/* setFailed */.C1(failure.message);
        if (failure.exitCode === errors/* EXIT */.dc.internal) {
            lib_core/* debug */.Yz(error instanceof Error && error.stack ? error.stack : String(error));
        }
        await writeSummary((0,shell/* failureSummary */.j)(spec.name, failure.message)).catch(() => { });
        exitCode = failure.exitCode;
    }
    process.exitCode = exitCode;
    // Abandoned network retries (an artifact download given up on, say) must not keep the step
    // alive: once the run is done, give pending output a moment, then leave.
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}
/** The entry point of actions not yet moved to a spec; same error handling as runAction. */
async function runActionMain(main) {
    try {
        process.exitCode = await main();
    }
    catch (error) {
        const { exitCode, message } = classifyFailure(error);
        core.setFailed(message);
        if (exitCode === EXIT.internal)
            core.debug(error instanceof Error && error.stack ? error.stack : String(error));
        process.exitCode = exitCode;
    }
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
