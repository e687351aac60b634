export const id = 6365;
export const ids = [6365];
export const modules = {

/***/ 76365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
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


// EXTERNAL MODULE: ./build/shared/http/retry-after.js
var retry_after = __webpack_require__(13180);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: ./build/shared/github/errors.js
var github_errors = __webpack_require__(36199);
;// CONCATENATED MODULE: ./build/shared/github/client.js
// The one way shared code talks to the GitHub REST API: an Octokit that survives the faults a busy
// runner sees (5xx, dropped connections, rate limits, hung responses) a bounded number of times,
// then stops with an error describeGitHubError() (errors.ts) can turn into one line.







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
        return `${method} ${(0,github_errors/* pathOf */.X)(url)}`;
    }
    catch {
        return `${options.method} ${(0,github_errors/* pathOf */.X)(options.url)}`;
    }
}
function retryAfterSeconds(value) {
    const ms = (0,retry_after/* retryAfterHeaderMs */.u)(value);
    return ms === undefined ? undefined : ms / 1000;
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
        super('GitHub', (0,github_errors/* describeGitHubError */.d)(cause));
        const e = cause;
        this.status = typeof e.status === 'number' ? e.status : undefined;
        this.request = e.request;
        this.response = e.response;
        this.message = `${(0,github_errors/* describeGitHubError */.d)(cause)}. GitHub kept failing after retries: run the job again later (status: https://www.githubstatus.com)`;
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


/***/ }),

/***/ 13180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ retryAfterHeaderMs)
/* harmony export */ });
// What a server asked for in `retry-after` (RFC 9110 §10.2.3): delay-seconds or an HTTP date. The one
// reading of it for every client shipshape has: GitHub, alert channels, Sentry.
/** Milliseconds to wait, or undefined when the header says nothing usable. A date in the past is 0. */
function retryAfterHeaderMs(header, now = new Date()) {
    const raw = header?.trim();
    if (!raw)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(raw))
        return Math.round(Number(raw) * 1000);
    // An HTTP date names its weekday and month; Date.parse alone would take '-3' for a year.
    const at = /[a-z]/i.test(raw) ? Date.parse(raw) : Number.NaN;
    return Number.isFinite(at) ? Math.max(0, at - now.getTime()) : undefined;
}


/***/ })

};
