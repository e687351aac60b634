export const id = 3141;
export const ids = [3141];
export const modules = {

/***/ 76365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LX: () => (/* binding */ createGitHubClient),
  dZ: () => (/* binding */ describeGitHubError)
});

// UNUSED EXPORTS: GitHubServiceError

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
;// CONCATENATED MODULE: ./build/shared/github/client.js
// The one way shared code talks to the GitHub REST API: an Octokit that survives the faults a busy
// runner sees (5xx, dropped connections, rate limits, hung responses) a bounded number of times,
// then stops with an error describeGitHubError() can turn into one line.





/** Retry and throttling plugins handle these; retrying them here too would multiply attempts. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/**
 * Gives every attempt its own deadline. Registered before the retry plugin so that it sits
 * innermost and each retry starts a fresh timer. Octokit's hook chain binds one options object
 * to every layer, so the signal is set on it rather than passed down in a copy.
 */
function attemptTimeout(timeoutMs) {
    const callerSignals = new WeakMap();
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            if (!callerSignals.has(options))
                callerSignals.set(options, options.request?.signal);
            const own = callerSignals.get(options);
            const deadline = AbortSignal.timeout(timeoutMs);
            options.request = { ...options.request, signal: own ? AbortSignal.any([own, deadline]) : deadline };
            try {
                return await request(options);
            }
            catch (error) {
                if (deadline.aborted && error instanceof Error) {
                    // Octokit reports the abort as a 500 with the DOMException's wording; say what happened.
                    error.message = `no response within ${timeoutMs} ms`;
                }
                throw error;
            }
        });
        return {};
    };
}
/** `GET /repos/o/r/pulls/9`: the request's real path (hooks see the `{owner}` template), no query. */
function endpointOf(octokit, options) {
    try {
        const { method, url } = octokit.request.endpoint.parse(options);
        return `${method} ${pathOf(url)}`;
    }
    catch {
        return `${options.method} ${pathOf(options.url)}`;
    }
}
function retryAfterSeconds(value) {
    if (value === undefined || value === '')
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds;
    const at = Date.parse(value); // retry-after may also be an HTTP date
    return Number.isFinite(at) ? Math.max(0, Math.ceil((at - Date.now()) / 1000)) : undefined;
}
/**
 * A 429 that names a wait in retry-after but neither GitHub's "secondary rate limit" wording nor an
 * exhausted quota (what proxies and some GitHub front ends send) is waited out and retried here;
 * the throttling plugin only knows the two documented shapes. Registered after it, so outside it.
 */
function plainRateLimits(o) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            for (let attempt = 0;; attempt++) {
                try {
                    return await request(options);
                }
                catch (error) {
                    const e = error;
                    const headers = e.response?.headers ?? {};
                    const wait = retryAfterSeconds(headers['retry-after']);
                    const throttlingKnowsIt = /\bsecondary rate\b/i.test(String(e.message)) || headers['x-ratelimit-remaining'] === '0';
                    if (e.status !== 429 || wait === undefined || throttlingKnowsIt)
                        throw error;
                    const endpoint = endpointOf(octokit, options);
                    if (attempt >= o.retries || wait > o.maxWait) {
                        o.log.warning(`GitHub answered 429 on ${endpoint} ${attempt + 1} times (retry-after ${wait} s); giving up`);
                        throw error;
                    }
                    o.log.info(`GitHub answered 429 on ${endpoint}; retrying in ${wait} s (retry ${attempt + 1}/${o.retries})`);
                    await (0,promises_.setTimeout)(wait * o.base);
                }
            }
        });
        return {};
    };
}
/** A GitHub request that kept failing after every retry: exit 2 with the endpoint and status, not a defect. */
class GitHubServiceError extends errors/* ServiceError */._7 {
    name = 'GitHubServiceError';
    status;
    request;
    response;
    constructor(cause) {
        super('GitHub', describeGitHubError(cause));
        const e = cause;
        this.status = typeof e.status === 'number' ? e.status : undefined;
        this.request = e.request;
        this.response = e.response;
        this.message = `${describeGitHubError(cause)}. GitHub kept failing after retries: run the job again later (status: https://www.githubstatus.com)`;
        this.cause = cause;
    }
}
/** Outage-like failures: server errors, no answer at all, or a rate limit that outlasted our retries. */
function isOutage(error) {
    const e = error;
    if (!e || typeof e !== 'object' || !e.request)
        return false;
    const status = typeof e.status === 'number' ? e.status : undefined;
    if (status === undefined || status >= 500)
        return true;
    const headers = e.response?.headers ?? {};
    const limited = /rate limit/i.test(String(e.message)) || headers['x-ratelimit-remaining'] === '0';
    return status === 429 || (status === 403 && limited);
}
function serviceErrors() {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            try {
                return await request(options);
            }
            catch (error) {
                throw isOutage(error) && !(error instanceof GitHubServiceError)
                    ? new GitHubServiceError(error)
                    : error;
            }
        });
        return {};
    };
}
function createGitHubClient(o) {
    const { log } = o;
    const base = o.retryAfterBaseMs ?? 1000;
    const rateLimitRetries = o.rateLimitRetries ?? 3;
    const maxWait = o.maxRetryAfterSeconds ?? 120;
    const onLimit = (kind) => (retryAfter, options, octokit, retryCount) => {
        const endpoint = endpointOf(octokit, options);
        if (retryCount >= rateLimitRetries) {
            log.warning(`GitHub ${kind} on ${endpoint} persists after ${retryCount} retries; giving up`);
            return false;
        }
        if (retryAfter > maxWait) {
            log.warning(`GitHub ${kind} on ${endpoint} asks to wait ${retryAfter} s, longer than the ${maxWait} s allowed; giving up`);
            return false;
        }
        log.info(`GitHub ${kind} on ${endpoint}; retrying in ${retryAfter} s (retry ${retryCount + 1}/${rateLimitRetries})`);
        return true;
    };
    return (0,github/* getOctokit */.Q)(o.token, {
        baseUrl: o.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com',
        userAgent: o.userAgent ?? 'shipshape',
        log: {
            debug: (m) => log.debug?.(m),
            info: (m) => log.debug?.(m),
            warn: (m) => log.warning(m),
            error: (m) => log.warning(m),
        },
        retry: { retries: o.retries ?? 3, retryAfterBaseValue: base, doNotRetry: DO_NOT_RETRY },
        throttle: {
            retryAfterBaseValue: base,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, attemptTimeout(o.timeoutMs ?? 30_000), dist_bundle/* retry */.L, throttling, plainRateLimits({ retries: rateLimitRetries, maxWait, base, log }), serviceErrors());
}
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

/***/ 68299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qD: () => (/* binding */ upsertStickyComment),
/* harmony export */   qQ: () => (/* binding */ commentFailure),
/* harmony export */   tb: () => (/* binding */ DEFAULT_STICKY_AUTHORS),
/* harmony export */   wT: () => (/* binding */ MAX_COMMENT_LENGTH),
/* harmony export */   wV: () => (/* binding */ markerComment),
/* harmony export */   y0: () => (/* binding */ stickyCommentText)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76365);

/** GitHub rejects issue comment bodies longer than this. */
const MAX_COMMENT_LENGTH = 65_536;
const DEFAULT_STICKY_AUTHORS = ['github-actions[bot]'];
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
    const described = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubError */ .dZ)(error);
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
// The one logger every part of shipshape writes to. The action maps it to @actions/core (groups
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
