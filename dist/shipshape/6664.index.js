export const id = 6664;
export const ids = [6664];
export const modules = {

/***/ 62378:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ runVitals)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: ./build/shared/vitals/budgets.js
var budgets = __webpack_require__(36496);
// EXTERNAL MODULE: ./build/shared/vitals/report.js
var report = __webpack_require__(89226);
;// CONCATENATED MODULE: ./build/shared/vitals/urls.js
// URLs as shown in reports, logs and history: no credentials, no query values (tokens hide there).
/** `https://user:pw@host/p?token=x` → `https://host/p?token=***`; text that is no URL is returned as is. */
function redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url;
    }
    u.username = '';
    u.password = '';
    const keys = [...u.searchParams.keys()];
    if (keys.length === 0)
        return u.href;
    const query = keys.map((k) => `${encodeURIComponent(k)}=***`).join('&');
    return `${u.origin}${u.pathname}?${query}${u.hash}`;
}
/** The same path and query on another origin: where the base build serves the page. */
function onOrigin(url, origin) {
    const u = new URL(url);
    const o = new URL(origin);
    const basePath = o.pathname.replace(/\/$/, '');
    return `${o.origin}${basePath}${u.pathname}${u.search}`;
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
/**
 * What names a page in history and trends. A page on a loopback address is served on whatever
 * port the job got (often a random one), so its series is its path: the port would start a new
 * series on every run. Elsewhere the shown URL (query values redacted) is the identity.
 */
function seriesKey(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url;
    }
    if (!LOOPBACK.test(u.hostname))
        return redactUrl(url);
    const shown = new URL(redactUrl(url));
    return `${shown.pathname}${shown.search}`;
}

// EXTERNAL MODULE: ./build/shared/runtime/names.js
var names = __webpack_require__(34359);
// EXTERNAL MODULE: ./build/shared/stats/describe.js
var describe = __webpack_require__(97967);
// EXTERNAL MODULE: ./build/shared/stats/normal.js
var normal = __webpack_require__(40037);
;// CONCATENATED MODULE: ./build/shared/stats/signed-rank.js
// The signed-rank distribution and the Hodges-Lehmann estimate of a one-sample (paired) location,
// with the distribution-free confidence interval that inverts the test (Hollander & Wolfe, ch. 3).


/** Above this many values the exact null distribution gives way to the normal approximation. */
const EXACT_SIGNED_RANK_LIMIT = 50;
/** P(T+ = t) for t = 0 … n(n+1)/2 under H0 (every sign pattern of ranks 1…n equally likely). */
function signedRankDistribution(n) {
    const max = (n * (n + 1)) / 2;
    let counts = new Array(max + 1).fill(0);
    counts[0] = 1;
    for (let rank = 1; rank <= n; rank++) {
        const next = [...counts];
        for (let s = rank; s <= max; s++)
            next[s] = next[s] + counts[s - rank];
        counts = next;
    }
    const total = 2 ** n;
    return counts.map((c) => c / total);
}
/** Pairwise means (x_i + x_j)/2 for i ≤ j, sorted: the Walsh averages. */
function walshAverages(values) {
    const out = [];
    for (let i = 0; i < values.length; i++) {
        for (let j = i; j < values.length; j++)
            out.push((values[i] + values[j]) / 2);
    }
    return out.sort((a, b) => a - b);
}
/**
 * The number of Walsh averages to cut from each end for a two-sided interval of at least `level`:
 * the largest c with P(T+ ≤ c − 1) ≤ (1 − level)/2. 0 means the level cannot be reached.
 */
function signedRankCut(n, level) {
    const tail = (1 - level) / 2;
    if (n <= EXACT_SIGNED_RANK_LIMIT) {
        const dist = signedRankDistribution(n);
        let cumulative = 0;
        let cut = 0;
        for (let t = 0; t < dist.length; t++) {
            cumulative += dist[t];
            if (cumulative > tail)
                break;
            cut = t + 1;
        }
        const below = dist.slice(0, cut).reduce((a, b) => a + b, 0);
        return { cut, achievedLevel: 1 - 2 * below };
    }
    const mean = (n * (n + 1)) / 4;
    const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
    const cut = Math.max(0, Math.floor(mean - (0,normal/* normalQuantile */.Z)(1 - tail) * sd));
    return { cut, achievedLevel: level };
}
/** Hodges-Lehmann estimate and the signed-rank confidence interval for the centre of `values`. */
function hodgesLehmannInterval(values, level) {
    if (values.length === 0)
        throw new RangeError('no values');
    const walsh = walshAverages(values);
    const estimate = (0,describe/* median */.JZ)(walsh);
    const { cut, achievedLevel } = signedRankCut(values.length, level);
    if (cut === 0) {
        return {
            estimate,
            lower: Number.NEGATIVE_INFINITY,
            upper: Number.POSITIVE_INFINITY,
            achievedLevel: 1,
            attainable: false,
        };
    }
    return {
        estimate,
        lower: walsh[cut - 1],
        upper: walsh[walsh.length - cut],
        achievedLevel,
        attainable: true,
    };
}

// EXTERNAL MODULE: ./build/shared/stats/verdict.js
var verdict = __webpack_require__(40025);
// EXTERNAL MODULE: ./build/shared/vitals/metrics.js
var metrics = __webpack_require__(37575);
;// CONCATENATED MODULE: ./build/shared/vitals/compare.js
// Base against head, from rounds in which both were audited on the same machine one after the
// other: a Hodges-Lehmann interval on the paired changes and the verdict rule of shared/stats.
// Timings change by ratios (log scale); TBT and CLS are often exactly 0 and scores are bounded,
// so those are compared as plain differences with an absolute threshold.




const DEFAULT_ABSOLUTE = {
    tbt: 50,
    cls: 0.025,
    performance: 5,
    accessibility: 5,
    'best-practices': 5,
    seo: 5,
};
const LOG_FLOOR_MS = 1;
function classifyDifference(estimate, lower, upper, t, id) {
    const f = (v) => (0,metrics/* formatMetric */.gI)(id, Math.abs(v));
    if (lower > 0 && estimate > t)
        return { verdict: 'regression', reason: `worse by ${f(estimate)}` };
    if (upper < 0 && estimate < -t)
        return { verdict: 'improvement', reason: `better by ${f(estimate)}` };
    if (lower > -t && upper < t)
        return { verdict: 'no-change', reason: `within ±${f(t)}` };
    if (!Number.isFinite(lower) || !Number.isFinite(upper)) {
        return { verdict: 'inconclusive', reason: 'too few rounds for an interval at this level' };
    }
    return { verdict: 'inconclusive', reason: `the interval is wider than ±${f(t)}` };
}
function compareMetric(id, rounds, o) {
    const pairs = rounds.flatMap((r) => {
        const b = r.base[id];
        const h = r.head[id];
        return b === undefined || h === undefined ? [] : [{ b, h }];
    });
    if (pairs.length === 0)
        return undefined;
    const spec = (0,metrics/* metricSpec */.yD)(id);
    const base = (0,describe/* median */.JZ)(pairs.map((p) => p.b));
    const head = (0,describe/* median */.JZ)(pairs.map((p) => p.h));
    const absolute = o.absolute?.[id] ?? DEFAULT_ABSOLUTE[id];
    if (absolute === undefined && spec.unit === 'ms') {
        const logs = pairs.map((p) => Math.log(Math.max(p.h, LOG_FLOOR_MS) / Math.max(p.b, LOG_FLOOR_MS)));
        const hl = hodgesLehmannInterval(logs, o.level);
        const c = (0,verdict/* classifyChange */.F)(hl, o.relative);
        return {
            metric: id,
            scale: 'ratio',
            base,
            head,
            change: Math.expm1(hl.estimate),
            lower: Math.expm1(hl.lower),
            upper: Math.expm1(hl.upper),
            ...c,
            rounds: pairs.length,
        };
    }
    const t = absolute ?? 0;
    const diffs = pairs.map((p) => p.h - p.b);
    const hl = hodgesLehmannInterval(diffs, o.level);
    // Oriented so that positive means worse, as the verdict rule expects.
    const sign = spec.higherIsBetter ? -1 : 1;
    const [worseLower, worseUpper] = sign === 1 ? [hl.lower, hl.upper] : [-hl.upper, -hl.lower];
    const c = classifyDifference(sign * hl.estimate, worseLower, worseUpper, t, id);
    return {
        metric: id,
        scale: 'difference',
        base,
        head,
        change: hl.estimate,
        lower: hl.lower,
        upper: hl.upper,
        ...c,
        rounds: pairs.length,
    };
}
function compareRounds(ids, rounds, o) {
    return ids.flatMap((id) => compareMetric(id, rounds, o) ?? []);
}

;// CONCATENATED MODULE: ./build/shared/lighthouse/errors.js
// Turns Lighthouse's error codes into messages that say what is wrong with the page or machine.
/** A run that produced no usable result; `retryable` ones may succeed when simply run again. */
class LighthouseRunError extends Error {
    code;
    retryable;
    name = 'LighthouseRunError';
    constructor(message, code, retryable) {
        super(message);
        this.code = code;
        this.retryable = retryable;
    }
}
const RETRYABLE = new Set(['PROTOCOL_TIMEOUT', 'CHROME_LAUNCH_FAILED']);
function statusOf(message) {
    return /status code:?\s*(\d{3})/i.exec(message)?.[1];
}
function detailOf(message) {
    return /\(Details: ([^)]*)\)/.exec(message)?.[1] ?? message;
}
/** Codes meaning the document never arrived, where asking the server ourselves tells why. */
const UNREACHABLE_CODES = new Set([
    'FAILED_DOCUMENT_REQUEST',
    'DNS_FAILURE',
    'CHROME_INTERSTITIAL_ERROR',
]);
/** Why a plain request to `url` fails, in words (Chrome's interstitial hides the network error). */
async function probeUnreachable(url, headers) {
    try {
        const res = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
        await res.body?.cancel();
        return `Chrome could not load it, though a plain request got HTTP ${res.status}`;
    }
    catch (error) {
        const cause = error.cause;
        const code = cause?.code ?? error.name;
        const words = {
            ECONNREFUSED: 'connection refused: nothing listens on that address and port. Is the server running?',
            ENOTFOUND: 'the host name does not resolve (DNS)',
            EAI_AGAIN: 'the host name could not be resolved right now (DNS)',
            ECONNRESET: 'the server closed the connection',
            ETIMEDOUT: 'the connection timed out',
            TimeoutError: 'no answer within 10 s',
            UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
        };
        return words[code] ?? `${code}: ${cause?.message ?? error.message}`;
    }
}
/** One line naming the URL, what went wrong, and Lighthouse's code. */
function describeLighthouseError(url, code, message) {
    const say = (text) => new LighthouseRunError(`${url}: ${text} (Lighthouse ${code})`, code, RETRYABLE.has(code));
    switch (code) {
        case 'FAILED_DOCUMENT_REQUEST':
        case 'DNS_FAILURE':
        case 'CHROME_INTERSTITIAL_ERROR':
            return say(`the page could not be reached: ${detailOf(message)}`);
        case 'ERRORED_DOCUMENT_REQUEST': {
            const status = statusOf(message);
            return say(`the server answered HTTP ${status ?? 'error'} instead of a page`);
        }
        case 'NOT_HTML':
            return say(`the response is not an HTML page (${message.replace(/^.*?(content[- ]type|MIME)/i, '$1')})`);
        case 'NO_FCP':
            return say('the page painted nothing within the load time limit (it never finished loading, or renders nothing)');
        case 'PAGE_HUNG':
            return say('the page hung: its main thread never became idle within the load time limit');
        case 'NO_NAVSTART':
        case 'NO_LCP':
        case 'NO_TTI_CPU_IDLE_PERIOD':
            return say(`the trace had no usable ${code.replace(/^NO_/, '').toLowerCase()} event (${message})`);
        case 'PROTOCOL_TIMEOUT':
            return say('Chrome stopped answering the DevTools protocol in time (an overloaded machine or a stuck page)');
        case 'CHROME_CRASHED':
            return say('Chrome exited during the run (it crashed or was killed)');
        case 'RUN_TIMEOUT':
            return say(message);
        default:
            return say(message);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./build/shared/lighthouse/runtime/package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"name":"shipshape-lighthouse","private":true,"type":"module","dependencies":{"chrome-launcher":"1.2.1","lighthouse":"13.5.0"}}');
;// CONCATENATED MODULE: ./build/shared/lighthouse/runtime/package-lock.json
const package_lock_namespaceObject = /*#__PURE__*/JSON.parse('{"name":"shipshape-lighthouse","lockfileVersion":3,"requires":true,"packages":{"":{"name":"shipshape-lighthouse","dependencies":{"chrome-launcher":"1.2.1","lighthouse":"13.5.0"}},"node_modules/@formatjs/ecma402-abstract":{"version":"2.3.6","integrity":"sha512-HJnTFeRM2kVFVr5gr5kH1XP6K0JcJtE7Lzvtr3FS/so5f1kpsqqqxy5JF+FRaO6H2qmcMfAUIox7AJteieRtVw==","license":"MIT","dependencies":{"@formatjs/fast-memoize":"2.2.7","@formatjs/intl-localematcher":"0.6.2","decimal.js":"^10.4.3","tslib":"^2.8.0"}},"node_modules/@formatjs/fast-memoize":{"version":"2.2.7","integrity":"sha512-Yabmi9nSvyOMrlSeGGWDiH7rf3a7sIwplbvo/dlz9WCIjzIQAfy1RMf4S0X3yG724n5Ghu2GmEl5NJIV6O9sZQ==","license":"MIT","dependencies":{"tslib":"^2.8.0"}},"node_modules/@formatjs/icu-messageformat-parser":{"version":"2.11.4","integrity":"sha512-7kR78cRrPNB4fjGFZg3Rmj5aah8rQj9KPzuLsmcSn4ipLXQvC04keycTI1F7kJYDwIXtT2+7IDEto842CfZBtw==","license":"MIT","dependencies":{"@formatjs/ecma402-abstract":"2.3.6","@formatjs/icu-skeleton-parser":"1.8.16","tslib":"^2.8.0"}},"node_modules/@formatjs/icu-skeleton-parser":{"version":"1.8.16","integrity":"sha512-H13E9Xl+PxBd8D5/6TVUluSpxGNvFSlN/b3coUp0e0JpuWXXnQDiavIpY3NnvSp4xhEMoXyyBvVfdFX8jglOHQ==","license":"MIT","dependencies":{"@formatjs/ecma402-abstract":"2.3.6","tslib":"^2.8.0"}},"node_modules/@formatjs/intl-localematcher":{"version":"0.6.2","integrity":"sha512-XOMO2Hupl0wdd172Y06h6kLpBz6Dv+J4okPLl4LPtzbr8f66WbIoy4ev98EBuZ6ZK4h5ydTN6XneT4QVpD7cdA==","license":"MIT","dependencies":{"tslib":"^2.8.0"}},"node_modules/@opentelemetry/api":{"version":"1.9.1","integrity":"sha512-gLyJlPHPZYdAk1JENA9LeHejZe1Ti77/pTeFm/nMXmQH/HFZlcS/O2XJB+L8fkbrNSqhdtlvjBVjxwUYanNH5Q==","license":"Apache-2.0","engines":{"node":">=8.0.0"}},"node_modules/@opentelemetry/api-logs":{"version":"0.220.0","integrity":"sha512-CmVa4ImJ+ynfrPMNaAXHET6Bhb44SwzmfyVJFq9ni2jgXJR/l7C6gfVFddNmHP+ZOkP9cf4f9DBe68qVLTHc9w==","license":"Apache-2.0","dependencies":{"@opentelemetry/api":"^1.3.0"},"engines":{"node":">=8.0.0"}},"node_modules/@opentelemetry/core":{"version":"2.12.1","integrity":"sha512-3hr6Pj0/G0oVgIGb97IVcw9BjZ6eudonKjrmQxw7JquyU/XmVbJelkmyoU0sT/OvHGkv+r1tcrwv8MbSX7aKHw==","license":"Apache-2.0","dependencies":{"@opentelemetry/semantic-conventions":"^1.29.0"},"engines":{"node":"^18.19.0 || >=20.6.0"},"peerDependencies":{"@opentelemetry/api":">=1.0.0 <1.10.0"}},"node_modules/@opentelemetry/instrumentation":{"version":"0.220.0","integrity":"sha512-xQx3E2WxP1mDvKzxLxX+CTCtNLa560YJZ3087qYHerl2YmiKpv7AH+dAy7vmx+eVrZ5BwhfWUAVoKOoxCNHcpw==","license":"Apache-2.0","dependencies":{"@opentelemetry/api-logs":"0.220.0","import-in-the-middle":"^3.0.0","require-in-the-middle":"^8.0.0"},"engines":{"node":"^18.19.0 || >=20.6.0"},"peerDependencies":{"@opentelemetry/api":"^1.3.0"}},"node_modules/@opentelemetry/resources":{"version":"2.12.1","integrity":"sha512-IwrNcuLCvnJAnNLkXxx0Uw+rjBkVW6VGQrhd7PanNf0LavOzkTk9sDAjdqegM7p/VdxefNRrii6d+wBRJfz35g==","license":"Apache-2.0","dependencies":{"@opentelemetry/core":"2.12.1","@opentelemetry/semantic-conventions":"^1.29.0"},"engines":{"node":"^18.19.0 || >=20.6.0"},"peerDependencies":{"@opentelemetry/api":">=1.3.0 <1.10.0"}},"node_modules/@opentelemetry/sdk-trace":{"version":"2.12.1","integrity":"sha512-vANdmCYnn+Ka/alBKxwICMl4Koa+aQBlRC9zAZy+Ig1Obbo3RZt2oiyv+8/gET5rrBBYrO3YniPcXfwZrN01rg==","license":"Apache-2.0","dependencies":{"@opentelemetry/core":"2.12.1","@opentelemetry/resources":"2.12.1","@opentelemetry/semantic-conventions":"^1.29.0"},"engines":{"node":"^18.19.0 || >=20.6.0"},"peerDependencies":{"@opentelemetry/api":">=1.3.0 <1.10.0"}},"node_modules/@opentelemetry/sdk-trace-base":{"version":"2.12.1","integrity":"sha512-CMrcqFxTikYmYQCuHToBO4kQvWIseRk2ztzWidTd7VutIxj1rljvJZCZnFPJEGNOS7FvaSmRL21Jeuu3/wrCAQ==","license":"Apache-2.0","dependencies":{"@opentelemetry/core":"2.12.1","@opentelemetry/resources":"2.12.1","@opentelemetry/sdk-trace":"2.12.1","@opentelemetry/semantic-conventions":"^1.29.0"},"engines":{"node":"^18.19.0 || >=20.6.0"},"peerDependencies":{"@opentelemetry/api":">=1.3.0 <1.10.0"}},"node_modules/@opentelemetry/semantic-conventions":{"version":"1.45.0","integrity":"sha512-aOP45mbcOKbQVvFWfQmgoOPT8R2iwbbbgl83k4CujGV9BrJhFr3qG55MFpwFs4YLabpuW3HhzUY9eQxPlDqaZw==","license":"Apache-2.0","engines":{"node":">=14"}},"node_modules/@paulirish/trace_engine":{"version":"0.0.65","integrity":"sha512-Qsm6F5C8xf6ZzQXbQc2+wcpe6sggfs/gvc/ytqSurdvYg3kyW0ECHCqE0CWBKZpqgjVfPNX9c7SCS3r2nEIRGg==","license":"BSD-3-Clause","dependencies":{"legacy-javascript":"latest","third-party-web":"latest"}},"node_modules/@puppeteer/browsers":{"version":"3.2.6","integrity":"sha512-MJP29gVoHznmqmwhH1tlZqzfeQ3aylTpSSa6WKZXtkwYUH02i9imBmWGTyZrbnAou5paX78SE4jMAUqnEPf8ug==","license":"Apache-2.0","dependencies":{"modern-tar":"^0.8.6","yargs":"^18.0.0"},"bin":{"browsers":"lib/main-cli.js"},"engines":{"node":">=22.12.0"},"peerDependencies":{"proxy-agent":">=8.0.1","yauzl":"^2.10.0 || ^3.4.0"},"peerDependenciesMeta":{"proxy-agent":{"optional":true},"yauzl":{"optional":true}}},"node_modules/@puppeteer/browsers/node_modules/ansi-regex":{"version":"6.6.0","integrity":"sha512-XZ5apbzreCbXSKwPjJstu8R0zOi247w3XYwWxtwBXgpZrCyc1Ka7p9/xY0A9/diMewmHbEKz+FIraWaEWjlN5g==","license":"MIT","engines":{"node":">=12"},"funding":{"url":"https://github.com/chalk/ansi-regex?sponsor=1"}},"node_modules/@puppeteer/browsers/node_modules/ansi-styles":{"version":"6.2.3","integrity":"sha512-4Dj6M28JB+oAH8kFkTLUo+a2jwOFkuqb3yucU0CANcRRUbxS0cP0nZYCGjcc3BNXwRIsUVmDGgzawme7zvJHvg==","license":"MIT","engines":{"node":">=12"},"funding":{"url":"https://github.com/chalk/ansi-styles?sponsor=1"}},"node_modules/@puppeteer/browsers/node_modules/cliui":{"version":"9.0.1","integrity":"sha512-k7ndgKhwoQveBL+/1tqGJYNz097I7WOvwbmmU2AR5+magtbjPWQTS1C5vzGkBC8Ym8UWRzfKUzUUqFLypY4Q+w==","license":"ISC","dependencies":{"string-width":"^7.2.0","strip-ansi":"^7.1.0","wrap-ansi":"^9.0.0"},"engines":{"node":">=20"}},"node_modules/@puppeteer/browsers/node_modules/cliui/node_modules/string-width":{"version":"7.2.0","integrity":"sha512-tsaTIkKW9b4N+AEj+SVA+WhJzV7/zMhcSu78mLKWSk7cXMOSHsBKFWUs0fWwq8QyK3MgJBQRX6Gbi4kYbdvGkQ==","license":"MIT","dependencies":{"emoji-regex":"^10.3.0","get-east-asian-width":"^1.0.0","strip-ansi":"^7.1.0"},"engines":{"node":">=18"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/@puppeteer/browsers/node_modules/emoji-regex":{"version":"10.6.0","integrity":"sha512-toUI84YS5YmxW219erniWD0CIVOo46xGKColeNQRgOzDorgBi1v4D71/OFzgD9GO2UGKIv1C3Sp8DAn0+j5w7A==","license":"MIT"},"node_modules/@puppeteer/browsers/node_modules/string-width":{"version":"8.3.0","integrity":"sha512-ZbmZM0JCihQN91dWnxoipT2KOEyHqEyfRXUyjuRhW8b/xnqPDoq4gWEVApTVa9db2wN8mmoikgFBbjh71+cGeQ==","license":"MIT","dependencies":{"get-east-asian-width":"^1.5.0","strip-ansi":"^7.1.2"},"engines":{"node":">=20"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/@puppeteer/browsers/node_modules/strip-ansi":{"version":"7.2.0","integrity":"sha512-yDPMNjp4WyfYBkHnjIRLfca1i6KMyGCtsVgoKe/z1+6vukgaENdgGBZt+ZmKPc4gavvEZ5OgHfHdrazhgNyG7w==","license":"MIT","dependencies":{"ansi-regex":"^6.2.2"},"engines":{"node":">=12"},"funding":{"url":"https://github.com/chalk/strip-ansi?sponsor=1"}},"node_modules/@puppeteer/browsers/node_modules/wrap-ansi":{"version":"9.0.2","integrity":"sha512-42AtmgqjV+X1VpdOfyTGOYRi0/zsoLqtXQckTmqTeybT+BDIbM/Guxo7x3pE2vtpr1ok6xRqM9OpBe+Jyoqyww==","license":"MIT","dependencies":{"ansi-styles":"^6.2.1","string-width":"^7.0.0","strip-ansi":"^7.1.0"},"engines":{"node":">=18"},"funding":{"url":"https://github.com/chalk/wrap-ansi?sponsor=1"}},"node_modules/@puppeteer/browsers/node_modules/wrap-ansi/node_modules/string-width":{"version":"7.2.0","integrity":"sha512-tsaTIkKW9b4N+AEj+SVA+WhJzV7/zMhcSu78mLKWSk7cXMOSHsBKFWUs0fWwq8QyK3MgJBQRX6Gbi4kYbdvGkQ==","license":"MIT","dependencies":{"emoji-regex":"^10.3.0","get-east-asian-width":"^1.0.0","strip-ansi":"^7.1.0"},"engines":{"node":">=18"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/@puppeteer/browsers/node_modules/yargs":{"version":"18.2.0","integrity":"sha512-9OpKOLeaoNFecEp7P6iYbzze/5CqWoH7N3SMs/6y1XF4nMvFMspEGZzJ6uFi9MmQwXhyzqYoSEKO3tvA3Z/o2w==","license":"MIT","dependencies":{"cliui":"^9.0.1","escalade":"^3.1.1","get-caller-file":"^2.0.5","string-width":"^8.2.1","y18n":"^5.0.5","yargs-parser":"^22.0.0"},"engines":{"node":"^20.19.0 || ^22.12.0 || >=23"}},"node_modules/@puppeteer/browsers/node_modules/yargs-parser":{"version":"22.0.0","integrity":"sha512-rwu/ClNdSMpkSrUb+d6BRsSkLUq1fmfsY6TOpYzTwvwkg1/NRG85KBy3kq++A8LKQwX6lsu+aWad+2khvuXrqw==","license":"ISC","engines":{"node":"^20.19.0 || ^22.12.0 || >=23"}},"node_modules/@sentry/conventions":{"version":"0.16.0","integrity":"sha512-fO9PLmHdVURcSPUpWCItWAtgKiMwGdJHbovoSEyLplX5sxs2ugvI4CBPTrkkgqhObnZOD0CnWBKDzSVQYBKEyQ==","license":"MIT","engines":{"node":">=14"}},"node_modules/@sentry/core":{"version":"10.78.0","integrity":"sha512-MMR4ME+agrjbvQ0DtTYJJypm+QlCoz9UJgWN8gjcXqlyDjYk69LwPjnaocYN1JyQMy2dx5Hk4S/Rt12gTQ5cGw==","license":"MIT","dependencies":{"@sentry/conventions":"^0.16.0"},"engines":{"node":">=18"}},"node_modules/@sentry/node":{"version":"10.78.0","integrity":"sha512-AE6nyehiCK6zcktrqzzBby5OCBqIL2ZwOyOLqoenczI7ufumfmcOMSpD0IVqjeIC/Kf0N0ymujqGPzqXgu9KrA==","license":"MIT","dependencies":{"@opentelemetry/api":">=1.9.1 <1.10.0","@opentelemetry/instrumentation":"^0.220.0","@opentelemetry/sdk-trace-base":"^2.9.0","@sentry/conventions":"^0.16.0","@sentry/core":"10.78.0","@sentry/node-core":"10.78.0","@sentry/opentelemetry":"10.78.0","@sentry/server-utils":"10.78.0","import-in-the-middle":"^3.0.0"},"engines":{"node":">=18"}},"node_modules/@sentry/node-core":{"version":"10.78.0","integrity":"sha512-HJ3k7xINBiiTzc/QaIRHdt5ugctVYtcZnjruTxFa2tXFJSJYhVtgCE+DzLSkHXbVAlVS/rilAMGcO9GUiIqWTQ==","license":"MIT","dependencies":{"@sentry/conventions":"^0.16.0","@sentry/core":"10.78.0","@sentry/opentelemetry":"10.78.0","import-in-the-middle":"^3.0.0"},"engines":{"node":">=18"},"peerDependencies":{"@opentelemetry/api":">=1.9.0 <1.10.0","@opentelemetry/core":"^1.30.1 || ^2.1.0","@opentelemetry/exporter-trace-otlp-http":">=0.57.0 <0.300.0","@opentelemetry/instrumentation":">=0.57.1 <0.300.0","@opentelemetry/sdk-trace-base":"^1.30.1 || ^2.1.0"},"peerDependenciesMeta":{"@opentelemetry/api":{"optional":true},"@opentelemetry/core":{"optional":true},"@opentelemetry/exporter-trace-otlp-http":{"optional":true},"@opentelemetry/instrumentation":{"optional":true},"@opentelemetry/sdk-trace-base":{"optional":true}}},"node_modules/@sentry/opentelemetry":{"version":"10.78.0","integrity":"sha512-s47uqNaHres6ijiMsaoI6/DRev80vUqTqRMk0u/DfF9xAJttK7gOGqZBESr0YD2BXA21O+sUPsPeWuHlYHiScA==","license":"MIT","dependencies":{"@sentry/conventions":"^0.16.0","@sentry/core":"10.78.0"},"engines":{"node":">=18"},"peerDependencies":{"@opentelemetry/api":">=1.9.0 <1.10.0","@opentelemetry/core":"^1.30.1 || ^2.1.0","@opentelemetry/sdk-trace-base":"^1.30.1 || ^2.1.0"}},"node_modules/@sentry/server-utils":{"version":"10.78.0","integrity":"sha512-MssOiA9SansFX4E51cloHZEy4bYSZyszFNWUWeIGgQiYyTN84PbPJmyLuboj26G/ycSBW2pUERPbcfjxcs7BrA==","license":"MIT","dependencies":{"@sentry/conventions":"^0.16.0","@sentry/core":"10.78.0"},"engines":{"node":">=18"}},"node_modules/@types/node":{"version":"26.6.7","integrity":"sha512-tovuRfrUILu6v46bMG+BgXxMvsqPBx2WO2as8Rpln+JTff1dbexMtAM4KFTejmL0axsnSWViCW7MecUQpLuBRA==","license":"MIT","dependencies":{"undici-types":"~8.9.0"}},"node_modules/ajv":{"version":"8.20.0","integrity":"sha512-Thbli+OlOj+iMPYFBVBfJ3OmCAnaSyNn4M1vz9T6Gka5Jt9ba/HIR56joy65tY6kx/FCF5VXNB819Y7/GUrBGA==","license":"MIT","dependencies":{"fast-deep-equal":"^3.1.3","fast-uri":"^3.0.1","json-schema-traverse":"^1.0.0","require-from-string":"^2.0.2"},"funding":{"type":"github","url":"https://github.com/sponsors/epoberezkin"}},"node_modules/ajv-formats":{"version":"3.0.1","integrity":"sha512-8iUql50EUR+uUcdRQ3HDqa6EVyo3docL8g5WJ3FNcWmu62IbkGUue/pEyLBW8VGKKucTPgqeks4fIU1DA4yowQ==","license":"MIT","dependencies":{"ajv":"^8.0.0"},"peerDependencies":{"ajv":"^8.0.0"},"peerDependenciesMeta":{"ajv":{"optional":true}}},"node_modules/ansi-colors":{"version":"4.1.3","integrity":"sha512-/6w/C21Pm1A7aZitlI5Ni/2J6FFQN8i1Cvz3kHABAAbw93v/NlvKdVOqz7CCWz/3iv/JplRSEEZ83XION15ovw==","license":"MIT","engines":{"node":">=6"}},"node_modules/ansi-regex":{"version":"5.0.1","integrity":"sha512-quJQXlTSUGL2LH9SUXo8VwsY4soanhgo6LNSm84E1LBcE8s3O0wpdiRzyR9z/ZZJMlMWv37qOOb9pdJlMUEKFQ==","license":"MIT","engines":{"node":">=8"}},"node_modules/ansi-styles":{"version":"4.3.0","integrity":"sha512-zbB9rCJAT1rbjiVDb2hqKFHNYLxgtk8NURxZ3IZwD3F6NtxbXZQCnnSi1Lkx+IDohdPlFp222wVALIheZJQSEg==","license":"MIT","dependencies":{"color-convert":"^2.0.1"},"engines":{"node":">=8"},"funding":{"url":"https://github.com/chalk/ansi-styles?sponsor=1"}},"node_modules/atomically":{"version":"2.1.1","integrity":"sha512-P4w9o2dqARji6P7MHprklbfiArZAWvo07yW7qs3pdljb3BWr12FIB7W+p0zJiuiVsUpRO0iZn1kFFcpPegg0tQ==","license":"MIT","dependencies":{"stubborn-fs":"^2.0.0","when-exit":"^2.1.4"}},"node_modules/axe-core":{"version":"4.14.1","integrity":"sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==","license":"MPL-2.0","engines":{"node":">=4"}},"node_modules/chrome-launcher":{"version":"1.2.1","integrity":"sha512-qmFR5PLMzHyuNJHwOloHPAHhbaNglkfeV/xDtt5b7xiFFyU1I+AZZX0PYseMuhenJSSirgxELYIbswcoc+5H4A==","license":"Apache-2.0","dependencies":{"@types/node":"*","escape-string-regexp":"^4.0.0","is-wsl":"^2.2.0","lighthouse-logger":"^2.0.1"},"bin":{"print-chrome-path":"bin/print-chrome-path.cjs"},"engines":{"node":">=12.13.0"}},"node_modules/chromium-bidi":{"version":"157.0.8090-0","integrity":"sha512-KJw7IQgqXwxpJgJlEIPg5mr2ZoqA+jkTRtc5EABI7sUJ3bu3cpI7NuEBoj4Gn1AsF78CaT9So5WQWspK3/wYag==","license":"Apache-2.0","dependencies":{"mitt":"^3.0.1","zod":"^4.6.5"},"engines":{"node":">=20.19.0 <22.0.0 || >=22.12.0"},"peerDependencies":{"devtools-protocol":"*"}},"node_modules/cjs-module-lexer":{"version":"2.3.0","integrity":"sha512-lmNyBzi6iYiqyrExTctfmjd8tInx+dHu9PBomTfH5RXS53c27JMFJgzNv5TyAnm3PgGf+MLy0+Ws41/HlVxdKQ==","license":"MIT"},"node_modules/cliui":{"version":"8.0.1","integrity":"sha512-BSeNnyus75C4//NQ9gQt1/csTXyo/8Sb+afLAkzAptFuMsod9HFokGNudZpi/oQV73hnVK+sR+5PVRMd+Dr7YQ==","license":"ISC","dependencies":{"string-width":"^4.2.0","strip-ansi":"^6.0.1","wrap-ansi":"^7.0.0"},"engines":{"node":">=12"}},"node_modules/color-convert":{"version":"2.0.1","integrity":"sha512-RRECPsj7iu/xb5oKYcsFHSppFNnsj/52OVTRKb4zP5onXwVF3zVmmToNcOfGC+CRDpfK/U584fMg38ZHCaElKQ==","license":"MIT","dependencies":{"color-name":"~1.1.4"},"engines":{"node":">=7.0.0"}},"node_modules/color-name":{"version":"1.1.4","integrity":"sha512-dOy+3AuW3a2wNbZHIuMZpTcgjGuLU/uBL/ubcZF9OXbDo8ff4O8yVp5Bf0efS8uEoYo5q4Fx7dY9OgQGXgAsQA==","license":"MIT"},"node_modules/configstore":{"version":"7.1.0","integrity":"sha512-N4oog6YJWbR9kGyXvS7jEykLDXIE2C0ILYqNBZBp9iwiJpoCBWYsuAdW6PPFn6w06jjnC+3JstVvWHO4cZqvRg==","license":"BSD-2-Clause","dependencies":{"atomically":"^2.0.3","dot-prop":"^9.0.0","graceful-fs":"^4.2.11","xdg-basedir":"^5.1.0"},"engines":{"node":">=18"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/csp_evaluator":{"version":"1.1.8","integrity":"sha512-EwOnfYuNbTytvbMKsLixTrRgnjOa0WZCxGy8A9nnSYAicrdwn+T/epU/yjgymmOxlgKnvH+8wXt+7p/8ak5Feg==","license":"Apache-2.0"},"node_modules/debug":{"version":"4.4.3","integrity":"sha512-RGwwWnwQvkVfavKVt22FGLw+xYSdzARwm0ru6DhTVA3umU5hZc28V3kO4stgYryrTlLpuvgI9GiijltAjNbcqA==","license":"MIT","dependencies":{"ms":"^2.1.3"},"engines":{"node":">=6.0"},"peerDependenciesMeta":{"supports-color":{"optional":true}}},"node_modules/decimal.js":{"version":"10.6.0","integrity":"sha512-YpgQiITW3JXGntzdUmyUR1V812Hn8T1YVXhCu+wO3OpS4eU9l4YdD3qjyiKdV6mvV29zapkMeD390UVEf2lkUg==","license":"MIT"},"node_modules/define-lazy-prop":{"version":"2.0.0","integrity":"sha512-Ds09qNh8yw3khSjiJjiUInaGX9xlqZDY7JVryGxdxV7NPeuqQfplOpQ66yJFZut3jLa5zOwkXw1g9EI2uKh4Og==","license":"MIT","engines":{"node":">=8"}},"node_modules/devtools-protocol":{"version":"0.0.1687809","integrity":"sha512-t7kSb+UKYdyxcmqy98U2P86ne6rCve3DIJ4+lp54i/hhClgFuG35JrLj23rO14Jw3sWDsp7i+22QhNU0+/qk8g==","license":"BSD-3-Clause"},"node_modules/dot-prop":{"version":"9.0.0","integrity":"sha512-1gxPBJpI/pcjQhKgIU91II6Wkay+dLcN3M6rf2uwP8hRur3HtQXjVrdAK3sjC0piaEuxzMwjXChcETiJl47lAQ==","license":"MIT","dependencies":{"type-fest":"^4.18.2"},"engines":{"node":">=18"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/emoji-regex":{"version":"8.0.0","integrity":"sha512-MSjYzcWNOA0ewAHpz0MxpYFvwg6yjy1NG3xteoqz644VCo/RPgnr1/GGt+ic3iJTzQ8Eu3TdM14SawnVUmGE6A==","license":"MIT"},"node_modules/enquirer":{"version":"2.4.1","integrity":"sha512-rRqJg/6gd538VHvR3PSrdRBb/1Vy2YfzHqzvbhGIQpDRKIa4FgV/54b5Q1xYSxOOwKvjXweS26E0Q+nAMwp2pQ==","license":"MIT","dependencies":{"ansi-colors":"^4.1.1","strip-ansi":"^6.0.1"},"engines":{"node":">=8.6"}},"node_modules/es-module-lexer":{"version":"3.0.5","integrity":"sha512-RNq2lKJw53c7z9QRHeiKeA6Ez0oikOqiBGdmxQhKDxEiOX1g5QJR4IoFVwicn8uCZcRWNrXC3NZaJihgK7aEbg==","license":"MIT"},"node_modules/escalade":{"version":"3.2.0","integrity":"sha512-WUj2qlxaQtO4g6Pq5c29GTcWGDyd8itL8zTlipgECz3JesAiiOKotd8JU6otB3PACgG6xkJUyVhboMS+bje/jA==","license":"MIT","engines":{"node":">=6"}},"node_modules/escape-string-regexp":{"version":"4.0.0","integrity":"sha512-TtpcNJ3XAzx3Gq8sWRzJaVajRs0uVxA2YAkdb1jm2YkPz4G6egUFAyA3n5vtEIZefPk5Wa4UXbKuS5fKkJWdgA==","license":"MIT","engines":{"node":">=10"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/fast-deep-equal":{"version":"3.1.3","integrity":"sha512-f3qQ9oQy9j2AhBe/H9VC91wLmKBCCU/gDOnKNAYG5hswO7BLKj09Hc5HYNz9cGI++xlpDCIgDaitVs03ATR84Q==","license":"MIT"},"node_modules/fast-uri":{"version":"3.1.9","integrity":"sha512-hS/0Wt3Ya043oKXs0sIxrMpKQITXhMLIrVAKKXi4gozGC9v7YRWVnXIZzjNPTO02M9BdxLCWqK1yRXgNziVyJQ==","funding":[{"type":"github","url":"https://github.com/sponsors/fastify"},{"type":"opencollective","url":"https://opencollective.com/fastify"}],"license":"BSD-3-Clause"},"node_modules/get-caller-file":{"version":"2.0.5","integrity":"sha512-DyFP3BM/3YHTQOCUL/w0OZHR0lpKeGrxotcHWcqNEdnltqFwXVfhEBQ94eIo34AfQpo0rGki4cyIiftY06h2Fg==","license":"ISC","engines":{"node":"6.* || 8.* || >= 10.*"}},"node_modules/get-east-asian-width":{"version":"1.7.0","integrity":"sha512-XjH1AECxf0giL2V1aU8vKyRR2ppRUb5c0EvT7zuJTokQ74bNo52zOtghqdWIqrhUD79fo3x0WfKZdOqxF6LG1Q==","license":"MIT","engines":{"node":">=18"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/graceful-fs":{"version":"4.2.12","integrity":"sha512-iuyGF2E4oafQfPsRrG2wtY2ILupMhvtdrhzrxB+0VcjsPpSPttpfYdjnGFGsTi5MaJFjI1jOKHPQ6UTbTj9TAw==","license":"BlueOak-1.0.0"},"node_modules/http-link-header":{"version":"1.1.4","integrity":"sha512-xT3GPW6/ZbGuw4UvwHqErSCEjNUlwbQJuZn9/q5U4WEKfp2kENVCAlousG1zLxHeaQ/ffOHUNpWamvkbBW0eNw==","license":"MIT","engines":{"node":">=6.0.0"}},"node_modules/image-ssim":{"version":"0.2.0","integrity":"sha512-W7+sO6/yhxy83L0G7xR8YAc5Z5QFtYEXXRV6EaE8tuYBZJnA3gVgp3q7X7muhLZVodeb9UfvjSbwt9VJwjIYAg==","license":"MIT"},"node_modules/import-in-the-middle":{"version":"3.6.0","integrity":"sha512-xRU7hI24S2FhucXtuZXn8EpcOjfVP6iiEQyR0USayPeaOroEmSsNlqnl95866iRdRtkHrd6Q/Z4D14R60au0+A==","license":"Apache-2.0","dependencies":{"cjs-module-lexer":"^2.2.0","es-module-lexer":"^3.0.4","module-details-from-path":"^1.0.4"},"engines":{"node":">=18"}},"node_modules/intl-messageformat":{"version":"10.7.18","integrity":"sha512-m3Ofv/X/tV8Y3tHXLohcuVuhWKo7BBq62cqY15etqmLxg2DZ34AGGgQDeR+SCta2+zICb1NX83af0GJmbQ1++g==","license":"BSD-3-Clause","dependencies":{"@formatjs/ecma402-abstract":"2.3.6","@formatjs/fast-memoize":"2.2.7","@formatjs/icu-messageformat-parser":"2.11.4","tslib":"^2.8.0"}},"node_modules/is-docker":{"version":"2.2.1","integrity":"sha512-F+i2BKsFrH66iaUFc0woD8sLy8getkwTwtOBjvs56Cx4CgJDeKQeqfz8wAYiSb8JOprWhHH5p77PbmYCvvUuXQ==","license":"MIT","bin":{"is-docker":"cli.js"},"engines":{"node":">=8"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/is-fullwidth-code-point":{"version":"3.0.0","integrity":"sha512-zymm5+u+sCsSWyD9qNaejV3DFvhCKclKdizYaJUuHA83RLjb7nSuGnddCHGv0hk+KY7BMAlsWeK4Ueg6EV6XQg==","license":"MIT","engines":{"node":">=8"}},"node_modules/is-wsl":{"version":"2.2.0","integrity":"sha512-fKzAra0rGJUUBwGBgNkHZuToZcn+TtXHpeCgmkMJMMYx1sQDYaCSyjJBSCa2nH1DGm7s3n1oBnohoVTBaN7Lww==","license":"MIT","dependencies":{"is-docker":"^2.0.0"},"engines":{"node":">=8"}},"node_modules/jpeg-js":{"version":"0.4.4","integrity":"sha512-WZzeDOEtTOBK4Mdsar0IqEU5sMr3vSV2RqkAIzUEV2BHnUfKGyswWFPFwK5EeDo93K3FohSHbLAjj0s1Wzd+dg==","license":"BSD-3-Clause"},"node_modules/js-library-detector":{"version":"6.7.0","integrity":"sha512-c80Qupofp43y4cJ7+8TTDN/AsDwLi5oOm/plBrWI+iQt485vKXCco+yVmOwEgdo9VOdsYTuV0UlTeetVPTriXA==","license":"MIT","engines":{"node":">=12"}},"node_modules/json-schema-traverse":{"version":"1.0.0","integrity":"sha512-NM8/P9n3XjXhIZn1lLhkFaACTOURQXjWhV4BA/RnOv8xvgqtqpAX9IO4mRQxSx1Rlo4tqzeqb0sOlruaOy3dug==","license":"MIT"},"node_modules/legacy-javascript":{"version":"0.0.1","integrity":"sha512-lPyntS4/aS7jpuvOlitZDFifBCb4W8L/3QU0PLbUTUj+zYah8rfVjYic88yG7ZKTxhS5h9iz7duT8oUXKszLhg==","license":"Apache-2.0"},"node_modules/lighthouse":{"version":"13.5.0","integrity":"sha512-w/yYIwg7mP9pCwkcbAXRztnvKHua2dJnZaNptPLa1cEw+akr6lbsIDiUOLsQwvaiAUr0xvxdmwvAzl3pj3Np0A==","license":"Apache-2.0","dependencies":{"@paulirish/trace_engine":"0.0.65","@sentry/node":"^10.0.0","ajv":"^8.20.0","ajv-formats":"^3.0.1","axe-core":"^4.13.0","chrome-launcher":"^1.2.1","configstore":"^7.0.0","csp_evaluator":"1.1.8","devtools-protocol":"0.0.1687809","enquirer":"^2.3.6","http-link-header":"^1.1.1","intl-messageformat":"^10.5.3","jpeg-js":"^0.4.4","js-library-detector":"^6.7.0","lighthouse-logger":"^2.0.2","lighthouse-stack-packs":"1.12.3","lodash-es":"^4.17.21","lookup-closest-locale":"6.2.0","open":"^8.4.0","puppeteer-core":"^25.9.0","robots-parser":"^3.0.1","speedline-core":"^1.4.3","third-party-web":"^0.30.0","tldts-icann":"^7.4.13","web-features":"^3.39.0","ws":"^7.0.0","yargs":"^17.3.1","yargs-parser":"^21.0.0"},"bin":{"chrome-debug":"core/scripts/manual-chrome-launcher.js","lighthouse":"cli/index.js","smokehouse":"cli/test/smokehouse/frontends/smokehouse-bin.js"},"engines":{"node":">=22.19"}},"node_modules/lighthouse-logger":{"version":"2.0.2","integrity":"sha512-vWl2+u5jgOQuZR55Z1WM0XDdrJT6mzMP8zHUct7xTlWhuQs+eV0g+QL0RQdFjT54zVmbhLCP8vIVpy1wGn/gCg==","license":"Apache-2.0","dependencies":{"debug":"^4.4.1","marky":"^1.2.2"}},"node_modules/lighthouse-stack-packs":{"version":"1.12.3","integrity":"sha512-d8IsOpE83kbANgnM+Tp8+x6HcMpX9o2ITBiUERssgzAIFdZCQzs/f4k6D0DLQTE59enml9mbAOU52Wu35exWtg==","license":"Apache-2.0"},"node_modules/lodash-es":{"version":"4.18.1","integrity":"sha512-J8xewKD/Gk22OZbhpOVSwcs60zhd95ESDwezOFuA3/099925PdHJ7OFHNTGtajL3AlZkykD32HykiMo+BIBI8A==","license":"MIT"},"node_modules/lookup-closest-locale":{"version":"6.2.0","integrity":"sha512-/c2kL+Vnp1jnV6K6RpDTHK3dgg0Tu2VVp+elEiJpjfS1UyY7AjOYHohRug6wT0OpoX2qFgNORndE9RqesfVxWQ==","license":"MIT"},"node_modules/marky":{"version":"1.3.0","integrity":"sha512-ocnPZQLNpvbedwTy9kNrQEsknEfgvcLMvOtz3sFeWApDq1MXH1TqkCIx58xlpESsfwQOnuBO9beyQuNGzVvuhQ==","license":"Apache-2.0"},"node_modules/mitt":{"version":"3.0.1","integrity":"sha512-vKivATfr97l2/QBCYAkXYDbrIWPM2IIKEl7YPhjCvKlG3kE2gm+uBo6nEXK3M5/Ffh/FLpKExzOQ3JJoJGFKBw==","license":"MIT"},"node_modules/modern-tar":{"version":"0.8.6","integrity":"sha512-LYSks0tNVqbtez/9OB0YFP6qLRSqkdAxJWOQpVaR67lNTbj2zNLyYpowkRMia5lXLCZKzxwoxkxH2MbbBR2aEg==","license":"MIT","engines":{"node":">=18.0.0"}},"node_modules/module-details-from-path":{"version":"1.0.4","integrity":"sha512-EGWKgxALGMgzvxYF1UyGTy0HXX/2vHLkw6+NvDKW2jypWbHpjQuj4UMcqQWXHERJhVGKikolT06G3bcKe4fi7w==","license":"MIT"},"node_modules/ms":{"version":"2.1.3","integrity":"sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==","license":"MIT"},"node_modules/open":{"version":"8.4.2","integrity":"sha512-7x81NCL719oNbsq/3mh+hVrAWmFuEYUqrq/Iw3kUzH8ReypT9QQ0BLoJS7/G9k6N81XjW4qHWtjWwe/9eLy1EQ==","license":"MIT","dependencies":{"define-lazy-prop":"^2.0.0","is-docker":"^2.1.1","is-wsl":"^2.2.0"},"engines":{"node":">=12"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/puppeteer-core":{"version":"25.16.0","integrity":"sha512-VA5Pf54N8shfopNkZZXCdiiwfnnY8ZJYAMqFQRhlH5mGUhfwf53Ar770GPtdpTDLUqvQeYpIBtC9/G2Jij2IJw==","license":"Apache-2.0","dependencies":{"@puppeteer/browsers":"3.2.6","chromium-bidi":"157.0.8090-0","devtools-protocol":"0.0.1704951","typed-query-selector":"^2.12.3","webdriver-bidi-protocol":"1.0.1","ws":"^8.22.0"},"engines":{"node":">=22.12.0"}},"node_modules/puppeteer-core/node_modules/devtools-protocol":{"version":"0.0.1704951","integrity":"sha512-GQhQOs9u/Mvm1zMtJIH872JS4AskuZdUSsPNPk4ChahtWAUqgz6atEtIsMt+nO7MqF1Ic4HxII/k8Cu36JivNg==","license":"BSD-3-Clause"},"node_modules/puppeteer-core/node_modules/ws":{"version":"8.23.0","integrity":"sha512-wCkmX8QMOrKjgO8HW2WyDbTSGeqkocxgDzS9iR79rEAexty6/2qzilx3Ag8Tqf9ykop3irLKle0MtVn5qjVnoQ==","license":"MIT","engines":{"node":">=10.0.0"},"peerDependencies":{"bufferutil":"^4.0.1","utf-8-validate":">=5.0.2"},"peerDependenciesMeta":{"bufferutil":{"optional":true},"utf-8-validate":{"optional":true}}},"node_modules/require-directory":{"version":"2.1.1","integrity":"sha512-fGxEI7+wsG9xrvdjsrlmL22OMTTiHRwAMroiEeMgq8gzoLC/PQr7RsRDSTLUg/bZAZtF+TVIkHc6/4RIKrui+Q==","license":"MIT","engines":{"node":">=0.10.0"}},"node_modules/require-from-string":{"version":"2.0.2","integrity":"sha512-Xf0nWe6RseziFMu+Ap9biiUbmplq6S9/p+7w7YXP/JBHhrUDDUhwa+vANyubuqfZWTveU//DYVGsDG7RKL/vEw==","license":"MIT","engines":{"node":">=0.10.0"}},"node_modules/require-in-the-middle":{"version":"8.0.1","integrity":"sha512-QT7FVMXfWOYFbeRBF6nu+I6tr2Tf3u0q8RIEjNob/heKY/nh7drD/k7eeMFmSQgnTtCzLDcCu/XEnpW2wk4xCQ==","license":"MIT","dependencies":{"debug":"^4.3.5","module-details-from-path":"^1.0.3"},"engines":{"node":">=9.3.0 || >=8.10.0 <9.0.0"}},"node_modules/robots-parser":{"version":"3.0.1","integrity":"sha512-s+pyvQeIKIZ0dx5iJiQk1tPLJAWln39+MI5jtM8wnyws+G5azk+dMnMX0qfbqNetKKNgcWWOdi0sfm+FbQbgdQ==","license":"MIT","engines":{"node":">=10.0.0"}},"node_modules/speedline-core":{"version":"1.4.3","integrity":"sha512-DI7/OuAUD+GMpR6dmu8lliO2Wg5zfeh+/xsdyJZCzd8o5JgFUjCeLsBDuZjIQJdwXS3J0L/uZYrELKYqx+PXog==","license":"MIT","dependencies":{"@types/node":"*","image-ssim":"^0.2.0","jpeg-js":"^0.4.1"},"engines":{"node":">=8.0"}},"node_modules/string-width":{"version":"4.2.3","integrity":"sha512-wKyQRQpjJ0sIp62ErSZdGsjMJWsap5oRNihHhu6G7JVO/9jIB6UyevL+tXuOqrng8j/cxKTWyWUwvSTriiZz/g==","license":"MIT","dependencies":{"emoji-regex":"^8.0.0","is-fullwidth-code-point":"^3.0.0","strip-ansi":"^6.0.1"},"engines":{"node":">=8"}},"node_modules/strip-ansi":{"version":"6.0.1","integrity":"sha512-Y38VPSHcqkFrCpFnQ9vuSXmquuv5oXOKpGeT6aGrr3o3Gc9AlVa6JBfUSOCnbxGGZF+/0ooI7KrPuUSztUdU5A==","license":"MIT","dependencies":{"ansi-regex":"^5.0.1"},"engines":{"node":">=8"}},"node_modules/stubborn-fs":{"version":"2.0.0","integrity":"sha512-Y0AvSwDw8y+nlSNFXMm2g6L51rBGdAQT20J3YSOqxC53Lo3bjWRtr2BKcfYoAf352WYpsZSTURrA0tqhfgudPA==","license":"MIT","dependencies":{"stubborn-utils":"^1.0.1"}},"node_modules/stubborn-utils":{"version":"1.0.2","integrity":"sha512-zOh9jPYI+xrNOyisSelgym4tolKTJCQd5GBhK0+0xJvcYDcwlOoxF/rnFKQ2KRZknXSG9jWAp66fwP6AxN9STg==","license":"MIT"},"node_modules/third-party-web":{"version":"0.30.0","integrity":"sha512-p+PfyL5U0ediGzvwPzMSdD9MnC8rHW6nWJJVLIQvqN7RsSqfaZ+7n4c9GILqH36EYR0eXB9CzAeCRnKFr/9uJg==","license":"MIT"},"node_modules/tldts-core":{"version":"7.6.0","integrity":"sha512-0By9U6fw2hNzfJAbBMuo1bsX/OyVlsj0wjGyMPV50RZKoLCRwXBOX0FQqgZDaMo2WjjaEW/ZGyVXicLUFTmXqQ==","license":"MIT"},"node_modules/tldts-icann":{"version":"7.4.16","integrity":"sha512-an/Hu/iTuWk9/nSmLLd90sf4IynZ/qL4uojFPZSU7a04IM+RnQ62VL9yezC2gaugUXdmDy7lPoUxcTwsvQUiDQ==","license":"MIT","dependencies":{"tldts-core":"^7.4.16"}},"node_modules/tslib":{"version":"2.9.1","integrity":"sha512-a4Ux9VKuIMHsOS7ENbEq6hK2ZGYIT27Rtl0E4eD9KqwxhKiQeMZE/9xb3IdYwWaSOyIBQLExhQgXDTYoiCxnWA==","license":"0BSD"},"node_modules/type-fest":{"version":"4.41.0","integrity":"sha512-TeTSQ6H5YHvpqVwBRcnLDCBnDOHWYu7IvGbHT6N8AOymcr9PJGjc1GTtiWZTYg0NCgYwvnYWEkVChQAr9bjfwA==","license":"(MIT OR CC0-1.0)","engines":{"node":">=16"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/typed-query-selector":{"version":"2.12.3","integrity":"sha512-/dtuMZyutHLlrxWhhC1uib00ELUr2dZ8C9B8YzZYsJmeE3V56OxRblrSM2UaF142pcMtak7ehZ6+poWGeehNIg==","license":"MIT"},"node_modules/undici-types":{"version":"8.9.0","integrity":"sha512-KTDyRTYX8sWmKXAikPHHSyc63CRPETMctyjKFupcC6OBLXT3xsN0e9aF7m+mIXutFWpUXuedtowG7iLOzp0kQg==","license":"MIT"},"node_modules/web-features":{"version":"3.40.0","integrity":"sha512-3AzfKxVv7hWTRZSubYBVu1LHk62mdGg+vIpVAf6+nNC3pC7g455nKSry5OlwsaSYMzuzL2DxSTwlyb5z0+XZdQ==","license":"Apache-2.0"},"node_modules/webdriver-bidi-protocol":{"version":"1.0.1","integrity":"sha512-WXWs/aXF2a6Al1Z2/V/7Gp2oPZOAAmHjJOTmv4KCXRJ122IMj3tSSMc6a4q3K4QOmhQbse/Ahr+oTVJOU2dUiw==","license":"Apache-2.0"},"node_modules/when-exit":{"version":"2.1.5","integrity":"sha512-VGkKJ564kzt6Ms1dbgPP/yuIoQCrsFAnRbptpC5wOEsDaNsbCB2bnfnaA8i/vRs5tjUSEOtIuvl9/MyVsvQZCg==","license":"MIT"},"node_modules/wrap-ansi":{"version":"7.0.0","integrity":"sha512-YVGIj2kamLSTxw6NsZjoBxfSwsn0ycdesmc4p+Q21c5zPuZ1pl+NfxVdxPtdHvmNVOQ6XSYG4AUtyt/Fi7D16Q==","license":"MIT","dependencies":{"ansi-styles":"^4.0.0","string-width":"^4.1.0","strip-ansi":"^6.0.0"},"engines":{"node":">=10"},"funding":{"url":"https://github.com/chalk/wrap-ansi?sponsor=1"}},"node_modules/ws":{"version":"7.5.14","integrity":"sha512-u9Oi2nQ8SZnTUAf6spLLKF5TyqoG3Nbbrd4ai6Sjo4P24bycDewhQqtNMIg4bFpnpH/TD4qk4IuAVhT0HIIqug==","license":"MIT","engines":{"node":">=8.3.0"},"peerDependencies":{"bufferutil":"^4.0.1","utf-8-validate":"^5.0.2"},"peerDependenciesMeta":{"bufferutil":{"optional":true},"utf-8-validate":{"optional":true}}},"node_modules/xdg-basedir":{"version":"5.1.0","integrity":"sha512-GCPAHLvrIH13+c0SuacwvRYj2SxJXQ4kaVTT5xgL3kPrz56XxkF21IGhjSE1+W0aw7gpBWRGXLCPnPby6lSpmQ==","license":"MIT","engines":{"node":">=12"},"funding":{"url":"https://github.com/sponsors/sindresorhus"}},"node_modules/y18n":{"version":"5.0.8","integrity":"sha512-0pfFzegeDWJHJIAmTLRP2DwHjdF5s7jo9tuztdQxAhINCdvS+3nGINqPd00AphqJR/0LhANUS6/+7SCb98YOfA==","license":"ISC","engines":{"node":">=10"}},"node_modules/yargs":{"version":"17.7.3","integrity":"sha512-GZtjxm/J/4TSxuL3FNYjCmLktBTnIw/rVmKSIyKeYAZpmJB2ig9VauCC5xsa82GNKVKDAqpOn3KVzNt0zmrU0g==","license":"MIT","dependencies":{"cliui":"^8.0.1","escalade":"^3.1.1","get-caller-file":"^2.0.5","require-directory":"^2.1.1","string-width":"^4.2.3","y18n":"^5.0.5","yargs-parser":"^21.1.1"},"engines":{"node":">=12"}},"node_modules/yargs-parser":{"version":"21.1.1","integrity":"sha512-tVpsJW7DdjecAiFpbIB1e3qxIQsE6NoPc5/eTdrbbIC4h0LVsWhnoa3g+m2HclBIujHzsxZ4VJVA+GUuc2/LBw==","license":"ISC","engines":{"node":">=12"}},"node_modules/zod":{"version":"4.6.7","integrity":"sha512-g8W2D2kU6a8untc053fX1uVBKzM7yqAxW/3zwk83+6RyF2+SKOuV+c0wBDhUwzV1PaGapmZH+rmcUzPf+3CGwg==","license":"MIT","funding":{"url":"https://github.com/sponsors/colinhacks"}}}}');
;// CONCATENATED MODULE: ./build/shared/lighthouse/versions.js
// The Lighthouse and chrome-launcher the action installs at run time. Kept equal to the exact
// devDependencies in package.json (a test checks) so unit tests run what users run.
const LIGHTHOUSE_VERSION = '13.5.0';
const CHROME_LAUNCHER_VERSION = '1.2.1';

;// CONCATENATED MODULE: ./build/shared/lighthouse/install.js
// Lighthouse cannot be bundled by ncc (it imports audits and locales by computed paths), so the
// action installs the pinned version into the runner's tool cache once and imports it from there.
// The install is `npm ci` against a lockfile committed here (every package pinned with its
// integrity hash), through the user's own npm configuration (registry, proxy, .npmrc), and it
// fails fast, naming the registry, when that registry cannot be reached.








const MARKER = '.shipshape-complete';
function installKey() {
    const nodeMajor = process.versions.node.split('.')[0];
    return `shipshape-lighthouse-${LIGHTHOUSE_VERSION}-chrome-launcher-${CHROME_LAUNCHER_VERSION}-${process.platform}-${process.arch}-node${nodeMajor}`;
}
function installDir(root) {
    return (0,external_node_path_.join)(root, 'shipshape-lighthouse', `${LIGHTHOUSE_VERSION}-${CHROME_LAUNCHER_VERSION}`);
}
function isComplete(dir) {
    return ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, MARKER)) &&
        (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'node_modules', 'lighthouse', 'package.json')) &&
        (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'node_modules', 'chrome-launcher', 'package.json')));
}
/**
 * The environment for npm: the user's configuration (npm_config_registry, NPM_CONFIG_USERCONFIG as
 * setup-node sets it, proxies) stays; what an npm that started us (npm run, npx) injects about its
 * own project would redirect the install, so that goes.
 */
function npmEnvironment(env) {
    const injected = /^npm_(lifecycle_|package_|command$|execpath$|node_execpath$|config_(local_prefix|global_prefix|prefix|argv|npm_version|user_agent)$)/i;
    return Object.fromEntries(Object.entries(env).filter(([k]) => !injected.test(k)));
}
/** Without credentials or query: what a message may show of a registry URL. */
function shownRegistry(registry) {
    try {
        const u = new URL(registry);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return registry;
    }
}
function runNpm(npm, args, o) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(npm, args, { cwd: o.cwd, env: o.env, timeout: o.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ stdout: String(stdout) });
            const e = error;
            const tail = String(stderr).trim().split('\n').slice(-5).join('\n');
            if (e.code === 'ENOENT')
                reject(new errors/* EnvironmentError */.eG(`'${npm}' was not found on PATH: install Node.js with npm`));
            else
                reject(Object.assign(new Error(tail || error.message), { timedOut: e.killed === true }));
        });
    });
}
/** Any HTTP answer means npm can talk to the registry; no answer at all fails now, not after npm's retries. */
async function probeRegistry(registry, timeoutMs) {
    try {
        const res = await fetch(registry, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
        await res.body?.cancel();
        return undefined;
    }
    catch (error) {
        const cause = error.cause;
        if (error.name === 'TimeoutError')
            return `no answer within ${Math.round(timeoutMs / 1000)} s`;
        return cause?.code ?? error.message;
    }
}
function usesProxy(env, proxy) {
    return (Boolean(proxy && proxy !== 'null') ||
        ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => env[k]));
}
async function npmCi(o, scratch) {
    const npm = o.npm ?? 'npm';
    const env = npmEnvironment(o.env ?? process.env);
    const timeoutMs = o.timeoutMs ?? 300_000;
    const config = await runNpm(npm, ['config', 'get', 'registry', 'https-proxy'], {
        cwd: scratch,
        env,
        timeoutMs: 30_000,
    }).catch((error) => {
        if (error instanceof errors/* EnvironmentError */.eG)
            throw error;
        throw new errors/* EnvironmentError */.eG(`npm could not read its configuration: ${error.message}`);
    });
    const [registryLine = '', proxyLine = ''] = config.stdout.trim().split('\n');
    const registry = (registryLine.split('=').pop() ?? '').trim() || 'https://registry.npmjs.org/';
    const shown = shownRegistry(registry);
    const what = `lighthouse@${LIGHTHOUSE_VERSION} and chrome-launcher@${CHROME_LAUNCHER_VERSION}`;
    const advice = 'Check the npm registry configuration (npm_config_registry, .npmrc) or preinstall Lighthouse and point SHIPSHAPE_LIGHTHOUSE_DIR at it';
    // A proxy only npm knows how to use would make a direct probe fail for no reason.
    if (!usesProxy(env, (proxyLine.split('=').pop() ?? '').trim())) {
        const unreachable = await probeRegistry(registry, o.probeTimeoutMs ?? 15_000);
        if (unreachable) {
            throw new errors/* EnvironmentError */.eG(`the npm registry ${shown} cannot be reached (${unreachable}), so ${what} cannot be installed. ${advice}`);
        }
    }
    try {
        await runNpm(npm, [
            'ci',
            '--no-audit',
            '--no-fund',
            '--omit=dev',
            '--ignore-scripts',
            '--fetch-retries=2',
            '--fetch-timeout=60000',
        ], { cwd: scratch, env, timeoutMs });
    }
    catch (error) {
        if (error instanceof errors/* EnvironmentError */.eG)
            throw error;
        const timedOut = error.timedOut;
        throw new errors/* EnvironmentError */.eG(`could not install ${what} with npm ci from ${shown} into ${scratch.replace(/\.partial-\d+$/, '')}: ${timedOut ? `npm did not finish within ${Math.round(timeoutMs / 1000)} s` : error.message}. ${advice}`);
    }
}
/**
 * Makes sure the pinned Lighthouse is installed under `root`: already there, restored from the
 * cache, or installed with npm ci (then saved to the cache). A half-finished install is never
 * used: npm writes to a scratch folder that is renamed into place only when complete.
 */
async function ensureLighthouse(o) {
    const dir = installDir(o.root);
    if (isComplete(dir))
        return { dir, source: 'present' };
    const key = installKey();
    if (o.cache) {
        try {
            if ((await o.cache.restore(dir, key)) && isComplete(dir)) {
                o.log.info(`Lighthouse ${LIGHTHOUSE_VERSION} restored from the cache (${key})`);
                return { dir, source: 'cache' };
            }
        }
        catch (error) {
            o.log.warning(`Lighthouse cache not restored: ${error.message}`);
        }
    }
    o.log.info(`Installing lighthouse@${LIGHTHOUSE_VERSION} and chrome-launcher@${CHROME_LAUNCHER_VERSION} into ${dir} (npm ci, committed lockfile)`);
    const scratch = `${dir}.partial-${process.pid}`;
    (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(scratch, { recursive: true });
    // Our own package.json stops npm from walking up into an enclosing project; the lockfile pins
    // every package with its integrity hash.
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(scratch, 'package.json'), `${JSON.stringify(package_namespaceObject, null, 2)}\n`);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(scratch, 'package-lock.json'), `${JSON.stringify(package_lock_namespaceObject, null, 2)}\n`);
    const projectRc = o.projectDir ? (0,external_node_path_.join)(o.projectDir, '.npmrc') : undefined;
    if (projectRc && (0,external_node_fs_.existsSync)(projectRc))
        (0,external_node_fs_.copyFileSync)(projectRc, (0,external_node_path_.join)(scratch, '.npmrc'));
    try {
        await npmCi(o, scratch);
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(scratch, '.npmrc'), { force: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(scratch, MARKER), `${new Date().toISOString()}\n`);
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        (0,external_node_fs_.renameSync)(scratch, dir);
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
    if (o.cache) {
        try {
            await o.cache.save(dir, key);
        }
        catch (error) {
            o.log.warning(`Lighthouse install not saved to the cache: ${error.message}`);
        }
    }
    return { dir, source: 'npm' };
}
/** Imports a module file of the install by absolute path (bundlers leave such imports alone). */
async function importFromInstall(dir, relativePath) {
    const file = (0,external_node_path_.join)(dir, 'node_modules', relativePath);
    return (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(file).href));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/shared/lighthouse/child-script.js
// The Lighthouse worker: a Node process of its own that imports Lighthouse once and then runs one
// audit per message, each against a fresh Chrome the parent started (a fresh profile per run, as
// Lighthouse recommends). Importing Lighthouse and resolving its config cost 2-3 s per run when
// every run had its own process; Node-side warmth does not touch what is measured (the page's
// timings come from Chrome's trace), and base and head runs share the same worker. A run that hangs
// is ended by killing the worker, which the next run replaces. It is written to a temp file at run
// time: the bundled action has no separate file to ship.
//
// Credentials stay with the audited origin: headers are added through the DevTools protocol's
// Fetch domain to requests matching that origin only (Lighthouse's extraHeaders would send them
// to every host the page loads from), and cookies are set in Chrome for the audited host, so the
// browser's own rules keep them there.
const CHILD_SCRIPT = `
import { writeFileSync } from 'node:fs';
const [lighthouseModule, puppeteerModule] = process.argv.slice(2);
const imported = Promise.all([import(lighthouseModule), import(puppeteerModule)]);
// Unhandled failures must not leave the parent waiting.
imported.catch(() => {});
async function scopedPage(browser, job) {
  const page = await browser.newPage();
  const origin = new URL(job.url).origin;
  const session = await page.createCDPSession();
  if (job.cookies.length > 0) {
    await session.send('Network.setCookies', {
      cookies: job.cookies.map((c) => ({ name: c.name, value: c.value, url: origin + '/' })),
    });
  }
  const extra = Object.entries(job.headers);
  if (extra.length > 0) {
    const lower = new Set(extra.map(([name]) => name.toLowerCase()));
    session.on('Fetch.requestPaused', (event) => {
      let sameOrigin = false;
      try {
        sameOrigin = new URL(event.request.url).origin === origin;
      } catch {}
      const headers = sameOrigin
        ? [
            ...Object.entries(event.request.headers)
              .filter(([name]) => !lower.has(name.toLowerCase()))
              .map(([name, value]) => ({ name, value })),
            ...extra.map(([name, value]) => ({ name, value })),
          ]
        : undefined;
      session
        .send('Fetch.continueRequest', { requestId: event.requestId, ...(headers ? { headers } : {}) })
        .catch(() => {});
    });
    await session.send('Fetch.enable', { patterns: [{ urlPattern: origin + '/*', requestStage: 'Request' }] });
  }
  return page;
}
async function audit(job) {
  const started = Date.now();
  const [{ default: lighthouse }, { default: puppeteer }] = await imported;
  const config = job.configModule ? (await import(job.configModule)).default : undefined;
  const ready = Date.now();
  const flags = {
    port: job.port,
    hostname: '127.0.0.1',
    output: ['json', 'html'],
    logLevel: 'error',
    maxWaitForLoad: job.maxWaitForLoad,
    maxWaitForFcp: job.maxWaitForFcp,
    throttlingMethod: job.throttlingMethod,
    // Element screenshots for the HTML report only: about a second per run that no metric uses.
    disableFullPageScreenshot: true,
  };
  const browser = await puppeteer.connect({ browserURL: 'http://127.0.0.1:' + job.port, defaultViewport: null });
  try {
    const page = await scopedPage(browser, job);
    const result = await lighthouse(job.url, flags, config, page);
    if (!result) throw new Error('Lighthouse returned no result');
    const audited = Date.now();
    writeFileSync(job.lhrPath, result.report[0]);
    writeFileSync(job.htmlPath, result.report[1]);
    return { importMs: ready - started, lighthouseMs: audited - ready, writeMs: Date.now() - audited };
  } finally {
    await browser.disconnect().catch(() => {});
  }
}
process.on('message', (job) => {
  audit(job).then(
    (timings) => process.send({ ok: true, timings }),
    (error) => {
      const message = (error && (error.friendlyMessage || error.message)) || String(error);
      process.send({ ok: false, code: (error && error.code) || 'ERROR', message });
    },
  );
});
process.on('disconnect', () => process.exit(0));
`;

;// CONCATENATED MODULE: ./build/shared/lighthouse/chrome.js
// Starting and stopping one headless Chrome per Lighthouse run, through chrome-launcher.





/**
 * Flags that work as root in a CI container: no sandbox (root cannot use it), no GPU, /tmp
 * instead of a small /dev/shm, and nothing that reaches the network by itself. Never
 * --single-process, which makes Lighthouse runs hang or crash.
 */
const CHROME_FLAGS = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
];
/** The chrome-path input, else CHROME_PATH, else whatever chrome-launcher finds (undefined). */
function chooseChromePath(input, env) {
    if (input)
        return { path: input, from: "input 'chrome-path'" };
    if (env.CHROME_PATH)
        return { path: env.CHROME_PATH, from: 'CHROME_PATH' };
    return { from: 'chrome-launcher' };
}
/** Fails early, naming where the path came from, when a given Chrome path cannot be executed. */
function checkChromePath(choice) {
    if (!choice.path)
        return;
    try {
        (0,external_node_fs_.accessSync)(choice.path, external_node_fs_.constants.X_OK);
    }
    catch {
        const message = `Chrome not found: '${choice.path}' (from ${choice.from}) does not exist or is not executable. Install Chromium (Debian/Ubuntu: apt-get install -y chromium) or point chrome-path at it`;
        if (choice.from === "input 'chrome-path'")
            throw new errors/* InputError */.dz('chrome-path', message.replace(/^Chrome not found: /, ''));
        throw new Error(message);
    }
}
class ChromeLaunchError extends Error {
    notFound;
    name = 'ChromeLaunchError';
    constructor(message, 
    /** No Chrome at all: retrying cannot help. */
    notFound = false) {
        super(message);
        this.notFound = notFound;
    }
}
async function loadChromeLauncher(installDir) {
    const mod = await importFromInstall(installDir, 'chrome-launcher/dist/index.js');
    return typeof mod.launch === 'function'
        ? mod
        : mod.default;
}
/** Launches Chrome with a fresh profile folder; the caller must call stop(), which is idempotent. */
async function launchChrome(launcher, chromePath, 
/** How long to wait for Chrome's DevTools port. */
connectTimeoutMs = 30_000) {
    const userDataDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipshape-chrome-'));
    let chrome;
    try {
        chrome = await launcher.launch({
            chromePath,
            chromeFlags: [...CHROME_FLAGS],
            userDataDir,
            logLevel: 'silent',
            handleSIGINT: false,
            connectionPollInterval: 250,
            maxConnectionRetries: Math.max(1, Math.ceil(connectTimeoutMs / 250)),
        });
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(userDataDir, { recursive: true, force: true });
        const raw = error instanceof Error ? error.message : String(error);
        const notFound = /CHROME_PATH|No Chrome installations found|ENOENT/i.test(raw);
        const hint = notFound
            ? 'no Chrome or Chromium was found; install it (Debian/Ubuntu: apt-get install -y chromium) or set chrome-path'
            : raw.split('\n')[0];
        throw new ChromeLaunchError(`Chrome did not start (${chromePath ?? 'found by chrome-launcher'}): ${hint}`, notFound);
    }
    let exited = false;
    let stopped = false;
    const listeners = [];
    const exitedPromise = new Promise((resolve) => {
        chrome.process.once('exit', () => {
            exited = true;
            if (!stopped)
                for (const l of listeners)
                    l();
            resolve();
        });
    });
    return {
        pid: chrome.pid,
        port: chrome.port,
        userDataDir,
        exitedEarly: () => exited && !stopped,
        // A killed process lingers until it is reaped; callers that check for leftovers wait here.
        exited: async (timeoutMs = 5_000) => {
            const deadline = Date.now() + timeoutMs;
            await Promise.race([
                exitedPromise,
                new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
            ]);
            // Helpers that left Chrome's process group (zygotes) still name the profile folder: end them too.
            while (Date.now() < deadline) {
                const left = processesUsing(userDataDir);
                if (left.length === 0)
                    return;
                for (const pid of left) {
                    try {
                        process.kill(pid, 'SIGKILL');
                    }
                    catch {
                        // Gone meanwhile.
                    }
                }
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
        },
        onUnexpectedExit: (listener) => {
            listeners.push(listener);
        },
        stop() {
            if (stopped)
                return;
            stopped = true;
            try {
                chrome.kill();
            }
            catch {
                // Already gone: nothing to stop.
            }
            try {
                // chrome-launcher kills the process group; a straggler of the group is killed here too.
                process.kill(-chrome.pid, 'SIGKILL');
            }
            catch {
                // No such group any more.
            }
            (0,external_node_fs_.rmSync)(userDataDir, { recursive: true, force: true, maxRetries: 3 });
        },
    };
}
/** Processes whose command line names `marker` (Linux /proc); empty where /proc is absent. */
function processesUsing(marker) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const found = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        try {
            if ((0,external_node_fs_.readFileSync)(`/proc/${entry}/cmdline`, 'latin1').includes(marker))
                found.push(Number(entry));
        }
        catch {
            // Exited while we looked.
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./build/shared/lighthouse/run.js
// Lighthouse runs of one URL: each in a fresh Chrome and its own Node process, one at a time, with
// bounded retries of failures that are the machine's fault, and Chrome always stopped.








const active = new Set();
let signalsHooked = false;
/**
 * Stops every Chrome, Lighthouse process and started app on SIGINT/SIGTERM (how GitHub cancels a
 * job), then exits 130/143 so that 'exit' handlers run too.
 */
function hookSignals() {
    if (signalsHooked)
        return;
    signalsHooked = true;
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            stopAll();
            process.exit(signal === 'SIGINT' ? 130 : 143);
        });
    }
    process.once('exit', stopAll);
}
function stopAll() {
    for (const stop of [...active])
        stop();
    if (workerScript)
        (0,external_node_fs_.rmSync)(workerScript.dir, { recursive: true, force: true });
}
function lighthouseModules(installDir) {
    const root = (0,external_node_path_.join)(installDir, 'node_modules', 'lighthouse');
    return {
        lighthouseModule: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(root, 'core', 'index.js')).href,
        // Lighthouse's own puppeteer-core, so the page handed to it is of the version it expects.
        puppeteerModule: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(installDir, 'node_modules', 'puppeteer-core', 'lib', 'puppeteer', 'puppeteer-core.js')).href,
        desktopConfig: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(root, 'core', 'config', 'desktop-config.js')).href,
    };
}
/** One long-lived Lighthouse process (see child-script.ts); replaced whenever a run ends it. */
class LighthouseWorker {
    installDir;
    child;
    stderr = '';
    exited = false;
    exitListeners = [];
    kill = () => {
        if (!this.exited)
            this.child.kill('SIGKILL');
    };
    constructor(script, installDir) {
        this.installDir = installDir;
        const m = lighthouseModules(installDir);
        this.child = (0,external_node_child_process_.spawn)(process.execPath, [script, m.lighthouseModule, m.puppeteerModule], {
            stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        });
        this.child.stderr?.on('data', (d) => {
            if (this.stderr.length < 20_000)
                this.stderr += d.toString();
        });
        this.child.once('exit', (code) => {
            this.exited = true;
            active.delete(this.kill);
            for (const l of this.exitListeners.splice(0))
                l(code);
        });
        this.child.once('error', () => {
            this.exited = true;
        });
        active.add(this.kill);
    }
    get alive() {
        return !this.exited && this.child.connected;
    }
    run(job, timeoutMs, chrome) {
        return new Promise((resolve) => {
            let timedOut = false;
            const done = (outcome) => {
                clearTimeout(timer);
                this.child.removeListener('message', onMessage);
                resolve(outcome);
            };
            const onMessage = (reply) => done({ reply });
            this.child.on('message', onMessage);
            this.exitListeners.push((code) => done({ exit: { code, timedOut, stderr: this.stderr } }));
            const timer = setTimeout(() => {
                timedOut = true;
                this.kill();
            }, timeoutMs);
            // Without Chrome the run cannot finish; Lighthouse would only notice at its protocol timeout.
            chrome.onUnexpectedExit(this.kill);
            this.child.send(job);
        });
    }
}
let worker;
let workerScript;
function workerFor(installDir) {
    if (worker?.alive && worker.installDir === installDir)
        return worker;
    worker?.kill();
    if (!workerScript || !(0,external_node_fs_.existsSync)(workerScript.path)) {
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipshape-lh-'));
        workerScript = { dir, path: (0,external_node_path_.join)(dir, 'lighthouse-worker.mjs') };
        (0,external_node_fs_.writeFileSync)(workerScript.path, CHILD_SCRIPT);
    }
    worker = new LighthouseWorker(workerScript.path, installDir);
    return worker;
}
/** Ends the Lighthouse worker and removes its script; the next run starts a new one. */
function stopLighthouseWorker() {
    worker?.kill();
    worker = undefined;
    if (workerScript)
        (0,external_node_fs_.rmSync)(workerScript.dir, { recursive: true, force: true });
    workerScript = undefined;
}
/**
 * Starts the worker (and its Lighthouse import) ahead of the first run, so that the import
 * overlaps the servers' and Chrome's start instead of following them.
 */
function warmLighthouseWorker(installDir) {
    workerFor(installDir);
}
async function browserVersionOf(port) {
    try {
        const res = await fetch(`http://127.0.0.1:${port}/json/version`, { signal: AbortSignal.timeout(5000) });
        const body = (await res.json());
        return /\/([\d.]+)$/.exec(body.Browser ?? '')?.[1] ?? '';
    }
    catch {
        return '';
    }
}
/** One Lighthouse run in a fresh Chrome; throws LighthouseRunError with a specific message. */
async function runOnce(url, settings, ctx, label) {
    hookSignals();
    (0,external_node_fs_.mkdirSync)(ctx.outDir, { recursive: true });
    const started = Date.now();
    let phases;
    let chrome;
    // Also run by the signal handler, which exits before `finally` could.
    const stop = () => {
        chrome?.stop();
    };
    active.add(stop);
    try {
        try {
            chrome = await launchChrome(ctx.launcher, settings.chromePath, settings.chromeStartTimeoutMs);
        }
        catch (error) {
            if (error instanceof ChromeLaunchError) {
                throw new LighthouseRunError(error.message, error.notFound ? 'CHROME_NOT_FOUND' : 'CHROME_LAUNCH_FAILED', !error.notFound);
            }
            throw error;
        }
        ctx.onChromeStarted?.({ pid: chrome.pid, userDataDir: chrome.userDataDir });
        const chromeReady = Date.now();
        const browserVersion = await browserVersionOf(chrome.port);
        const lhrPath = (0,external_node_path_.join)(ctx.outDir, `${label}.report.json`);
        const htmlPath = (0,external_node_path_.join)(ctx.outDir, `${label}.report.html`);
        const modules = lighthouseModules(ctx.installDir);
        const job = {
            url,
            port: chrome.port,
            configModule: settings.preset === 'desktop' ? modules.desktopConfig : undefined,
            maxWaitForLoad: settings.maxWaitForLoad,
            maxWaitForFcp: Math.min(settings.maxWaitForLoad, 30_000),
            headers: settings.headers,
            cookies: settings.cookies,
            throttlingMethod: settings.throttling,
            lhrPath,
            htmlPath,
        };
        // Lighthouse's own limits come first; this catches a page whose document never arrives, where
        // Lighthouse itself would wait far longer than maxWaitForLoad.
        const timeoutMs = settings.maxWaitForLoad + 30_000;
        const outcome = await workerFor(ctx.installDir).run(job, timeoutMs, chrome);
        if (chrome.exitedEarly())
            throw describeLighthouseError(url, 'CHROME_CRASHED', '');
        if (outcome.exit?.timedOut) {
            throw describeLighthouseError(url, 'RUN_TIMEOUT', `the page never finished loading: no result ${Math.round(timeoutMs / 1000)} s after the start (max-wait-for-load ${Math.round(settings.maxWaitForLoad / 1000)} s), so the run was stopped`);
        }
        if (outcome.exit) {
            const tail = outcome.exit.stderr.trim().split('\n').slice(-3).join(' ');
            throw new LighthouseRunError(`${url}: the Lighthouse process exited with code ${outcome.exit.code}: ${tail}`, 'CHILD_FAILED', false);
        }
        const reply = outcome.reply;
        if (!reply.ok) {
            if (/Target closed|WebSocket is not open|socket hang up|ECONNRESET|Session closed/i.test(reply.message)) {
                throw describeLighthouseError(url, 'CHROME_CRASHED', reply.message);
            }
            throw describeLighthouseError(url, reply.code, reply.message);
        }
        // chromeStopMs is filled in by `finally`, before the caller sees this object.
        phases = { chromeStartMs: chromeReady - started, ...reply.timings, chromeStopMs: 0 };
        const lhr = JSON.parse((0,external_node_fs_.readFileSync)(lhrPath, 'utf8'));
        if (lhr.runtimeError) {
            const { code, message } = lhr.runtimeError;
            if (UNREACHABLE_CODES.has(code))
                throw describeLighthouseError(url, code, await probeUnreachable(url, settings.headers));
            throw describeLighthouseError(url, code, message);
        }
        return { lhr, htmlPath, lhrPath, browserVersion, phases };
    }
    finally {
        const stopping = Date.now();
        stop();
        active.delete(stop);
        await chrome?.exited();
        if (phases)
            phases.chromeStopMs = Date.now() - stopping;
    }
}
/** runOnce with up to `attempts` tries for failures that are the machine's, not the page's. */
async function runWithRetries(url, settings, ctx, label) {
    const attempts = Math.max(1, settings.attempts ?? 3);
    for (let attempt = 1;; attempt++) {
        try {
            return await runOnce(url, settings, ctx, label);
        }
        catch (error) {
            if (!(error instanceof LighthouseRunError) || !error.retryable || attempt >= attempts) {
                if (error instanceof LighthouseRunError && error.retryable) {
                    throw new LighthouseRunError(`${error.message}; gave up after ${attempt} attempts`, error.code, false);
                }
                throw error;
            }
            ctx.log.warning(`${error.message}; retrying (attempt ${attempt + 1} of ${attempts})`);
        }
    }
}

;// CONCATENATED MODULE: ./build/shared/lighthouse/audit.js
// The whole measurement: every URL, N runs (or K alternating base/head rounds), median run,
// slow-machine handling, then the pure decisions of shared/vitals.











/** A report file name for a page: the one name-cleaning helper, trimmed to a readable length. */
function slug(text) {
    return ((0,names/* fileSlug */.M)(text.replace(/^https?:\/\//, ''))
        .replace(/^-+|-+$/g, '')
        .slice(0, 80) || 'page');
}
/** Fatal for the whole audit: no page can be measured without Chrome. */
function isFatal(error) {
    return (error instanceof LighthouseRunError &&
        (error.code === 'CHROME_NOT_FOUND' || error.code === 'CHROME_LAUNCH_FAILED'));
}
async function measure(o, url, label, budgetLeft, 
/** Runs thrown away for a slow machine, kept for the report. */
discarded, progress, what) {
    for (;;) {
        const started = Date.now();
        const out = await runWithRetries(url, o.settings, o.ctx, label);
        const facts = (0,metrics/* extractRunFacts */.Am)(out.lhr, out.browserVersion);
        const m = facts.metrics;
        const p = out.phases;
        o.log.debug(`${label}: Chrome start ${p.chromeStartMs} ms, Lighthouse import ${p.importMs} ms, Lighthouse ${p.lighthouseMs} ms, reports ${p.writeMs} ms, Chrome stop ${p.chromeStopMs} ms`);
        o.log.progress(progress.phase, ++progress.done, Math.max(progress.total, progress.done), `${what}: performance ${m.performance ?? '-'}, LCP ${m.lcp === undefined ? '-' : `${Math.round(m.lcp)} ms`}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
        const low = facts.benchmarkIndex < o.minBenchmarkIndex;
        const summary = {
            metrics: facts.metrics,
            benchmarkIndex: facts.benchmarkIndex,
            lowBenchmark: low,
            discarded: false,
            htmlReport: `${label}.report.html`,
            warnings: facts.warnings,
        };
        if (!low || budgetLeft.repeats <= 0)
            return { lhr: out.lhr, facts, summary };
        budgetLeft.repeats--;
        discarded.push({ ...summary, discarded: true });
        o.log.warning(`${redactUrl(url)}: benchmarkIndex ${Math.round(facts.benchmarkIndex)} is below min-benchmark-index ${o.minBenchmarkIndex} (the machine was too slow); run repeated`);
        label = `${label}-repeat`;
    }
}
function pickMedian(measured, median) {
    const fine = measured.filter((m) => !m.summary.lowBenchmark);
    const pool = fine.length > 0 ? fine : measured;
    for (const m of measured)
        m.summary.discarded = fine.length > 0 && m.summary.lowBenchmark;
    const chosen = pool.length === 1 ? pool[0].lhr : median(pool.map((m) => m.lhr));
    return measured.findIndex((m) => m.lhr === chosen);
}
async function auditTarget(o, target, median, index) {
    const display = redactUrl(target.url);
    const prefix = `${o.settings.preset}-${String(index + 1).padStart(2, '0')}-${slug(target.key)}`;
    const repeats = { repeats: o.maxRepeats };
    const head = [];
    const rounds = [];
    const warnings = [];
    const discarded = [];
    const progress = {
        phase: `Lighthouse ${display} (${o.settings.preset})`,
        done: 0,
        total: target.baseUrl ? 2 * o.compare.rounds : o.runs,
    };
    try {
        if (target.baseUrl) {
            // ABBA order: drift of the machine during the job falls on both sides alike.
            for (let r = 0; r < o.compare.rounds; r++) {
                const baseFirst = r % 2 === 0;
                const order = baseFirst ? ['base', 'head'] : ['head', 'base'];
                const got = {};
                for (const side of order) {
                    const url = side === 'base' ? target.baseUrl : target.url;
                    got[side] = await measure(o, url, `${prefix}-${side}-${r + 1}`, repeats, discarded, progress, `round ${r + 1}/${o.compare.rounds}, ${side}`);
                }
                const b = got.base;
                const h = got.head;
                head.push(h);
                if (b.summary.lowBenchmark || h.summary.lowBenchmark) {
                    warnings.push(`round ${r + 1} ran on a slow machine (benchmarkIndex below ${o.minBenchmarkIndex}) and is left out of the comparison`);
                    continue;
                }
                if (b.facts.lighthouseVersion !== h.facts.lighthouseVersion)
                    warnings.push('base and head ran different Lighthouse versions');
                rounds.push({ base: b.facts.metrics, head: h.facts.metrics });
            }
        }
        else {
            for (let r = 0; r < o.runs; r++) {
                head.push(await measure(o, target.url, `${prefix}-run-${r + 1}`, repeats, discarded, progress, `run ${r + 1}`));
            }
        }
    }
    catch (error) {
        if (isFatal(error))
            throw new errors/* UsageError */.eb(error.message);
        if (!(error instanceof LighthouseRunError))
            throw error;
        const message = error.message.split(target.url).join(display);
        if (target.baseUrl) {
            const baseDisplay = redactUrl(target.baseUrl);
            return (0,report/* failedUrl */.XH)(display, target.key, o.settings.preset, message.split(target.baseUrl).join(baseDisplay), head.map((m) => m.summary));
        }
        return (0,report/* failedUrl */.XH)(display, target.key, o.settings.preset, message, head.map((m) => m.summary));
    }
    const medianRun = pickMedian(head, median);
    const chosen = head[medianRun];
    const slow = head.filter((m) => m.summary.lowBenchmark).length + discarded.length;
    if (head.every((m) => m.summary.lowBenchmark)) {
        warnings.push(`every run ran on a slow machine (benchmarkIndex below ${o.minBenchmarkIndex}); figures are unreliable`);
    }
    else if (slow > 0) {
        warnings.push(`${slow} run(s) on a slow machine (benchmarkIndex below ${o.minBenchmarkIndex}) left out of the median`);
    }
    for (const w of new Set(head.flatMap((m) => m.summary.warnings)))
        warnings.push(`Lighthouse: ${w}`);
    let comparison;
    if (target.baseUrl) {
        comparison = {
            baseUrl: redactUrl(target.baseUrl),
            rounds: rounds.length,
            level: o.compare.level,
            metrics: compareRounds(metrics/* METRIC_IDS */.Ah, rounds, o.compare),
            versionMismatch: warnings.includes('base and head ran different Lighthouse versions'),
        };
    }
    return (0,report/* evaluateUrl */.Lo)({
        url: display,
        key: target.key,
        preset: o.settings.preset,
        // Kept runs first, so medianRun indexes into the same list.
        runs: [...head.map((m) => m.summary), ...discarded],
        medianRun,
        facts: chosen.facts,
        rules: (0,budgets/* budgetsFor */.u8)(o.rules, target.url),
        cwvGate: o.cwvGate,
        comparison,
        failOnRegression: o.compare.failOnRegression,
        warnings,
    });
}
/** Audits every target with one preset, one run at a time. */
async function runAudit(o) {
    // The worker's Lighthouse import overlaps with what comes before the first run.
    warmLighthouseWorker(o.ctx.installDir);
    try {
        const mod = await importFromInstall(o.ctx.installDir, (0,external_node_path_.join)('lighthouse', 'core', 'lib', 'median-run.js'));
        const urls = [];
        for (const [i, target] of o.targets.entries()) {
            const title = `Lighthouse: ${redactUrl(target.url)} (${o.settings.preset})${target.baseUrl ? ` against base ${redactUrl(target.baseUrl)}` : ''}`;
            urls.push(await o.log.group(title, () => auditTarget(o, target, mod.computeMedianRun, i)));
        }
        return urls;
    }
    finally {
        stopLighthouseWorker();
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./build/shared/lighthouse/serve.js
// What is audited when there is no public URL: a static folder served here on 127.0.0.1, or an app
// the user's start-command runs, whose URL is polled until it answers. Both are always stopped.





const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.htm': 'text/html; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.webp': 'image/webp',
    '.avif': 'image/avif',
    '.ico': 'image/x-icon',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.txt': 'text/plain; charset=utf-8',
    '.xml': 'application/xml',
    '.wasm': 'application/wasm',
};
/** Serves `dir` on 127.0.0.1 (a free port); `/x/` serves `/x/index.html`. Never leaves `dir`. */
async function serveFolder(dir, input) {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new errors/* UsageError */.eb(`input '${input}': ${dir} is not a folder`);
    }
    const root = (0,external_node_fs_.realpathSync)(dir);
    const server = (0,external_node_http_.createServer)((req, res) => {
        let path;
        try {
            path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
        }
        catch {
            res.writeHead(400).end();
            return;
        }
        // Plain string building: ncc rewrites path.resolve/join calls it cannot evaluate into asset paths.
        const clean = external_node_path_.posix.normalize(path);
        if (clean.split('/').includes('..')) {
            res.writeHead(403).end();
            return;
        }
        let file = `${root}${clean}`;
        if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isDirectory())
            file = `${file.replace(/\/$/, '')}/index.html`;
        if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
            res
                .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
                .end('<!doctype html><title>Not found</title>');
            return;
        }
        res.writeHead(200, {
            'content-type': TYPES[(0,external_node_path_.extname)(file).toLowerCase()] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
        });
        (0,external_node_fs_.createReadStream)(file).pipe(res);
    });
    await new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(0, '127.0.0.1', ok);
    });
    const { port } = server.address();
    return {
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((ok) => {
            server.closeAllConnections();
            server.close(() => ok());
        }),
    };
}
async function answers(url) {
    try {
        const res = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
        await res.body?.cancel();
        return res.status < 500;
    }
    catch {
        return false;
    }
}
function stopGroup(child) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
        return;
    try {
        process.kill(-child.pid, 'SIGTERM');
    }
    catch {
        // Already gone.
    }
}
/**
 * Runs `command` with the shell in its own process group and waits until `url` answers (any
 * status below 500). Fails naming the command when it exits first or the wait times out.
 */
async function startApp(o) {
    const child = (0,external_node_child_process_.spawn)(o.command, {
        shell: true,
        cwd: o.cwd,
        env: o.env,
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => {
        if (stderr.length < 4000)
            stderr += d.toString();
    });
    const onSignal = () => stopGroup(child);
    process.once('exit', onSignal);
    const close = async () => {
        process.removeListener('exit', onSignal);
        if (child.exitCode !== null || child.signalCode !== null)
            return;
        const exited = new Promise((ok) => child.once('exit', () => ok()));
        stopGroup(child);
        const timer = setTimeout(() => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // Already gone.
            }
        }, 5000);
        await exited;
        clearTimeout(timer);
    };
    const started = Date.now();
    const deadline = started + o.timeoutMs;
    let reported = 0;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) {
            const tail = stderr.trim().split('\n').slice(-3).join(' | ');
            throw new errors/* UsageError */.eb(`input 'start-command': '${o.command}' exited with code ${child.exitCode} before ${o.url} answered${tail ? `: ${tail}` : ''}`);
        }
        if (await answers(o.url)) {
            o.log?.info(`start-command: ${o.url} answered after ${((Date.now() - started) / 1000).toFixed(1)} s`);
            return { close };
        }
        const waited = Math.floor((Date.now() - started) / 5000);
        if (waited > reported) {
            reported = waited;
            o.log?.progress('start-command warm-up', Math.round((Date.now() - started) / 1000), Math.round(o.timeoutMs / 1000), `waiting for ${o.url}`);
        }
        await new Promise((ok) => setTimeout(ok, 250));
    }
    await close();
    throw new errors/* UsageError */.eb(`input 'start-command': ${o.url} did not answer within ${Math.round(o.timeoutMs / 1000)} s of starting '${o.command}'`);
}

;// CONCATENATED MODULE: ./build/shared/lighthouse/pipeline.js
// One lighthouse-vitals run from options to report, shared by the action and the CLI: serve or
// start what is audited, install Lighthouse, audit each preset, always stop what was started.












/** Like Promise.all, but waits for every task to settle, so nothing started is left unclosed. */
async function allOrFirstError(tasks) {
    const settled = await Promise.allSettled(tasks);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((r) => r.value);
}
function within(workspace, dir) {
    return (0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.resolve)(workspace, dir);
}
function loadRules(o, cwd) {
    if (!o.budgetFile)
        return o.budgetRules;
    const file = within(cwd, o.budgetFile);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* UsageError */.eb(`input 'budget-file': ${o.budgetFile} does not exist`);
    // File rules first: a rule in the input is more specific to this job and wins on a tie.
    return [...(0,budgets/* parseBudgetFile */.xR)((0,external_node_fs_.readFileSync)(file, 'utf8'), o.budgetFile), ...o.budgetRules];
}
async function runVitals(o, deps) {
    const cwd = within(deps.workspace, o.workingDirectory);
    const rules = loadRules(o, cwd);
    const chrome = chooseChromePath(o.chromePath, deps.env);
    checkChromePath(chrome);
    const notes = [];
    const closers = [];
    // Before anything is started, so a cancelled job also stops the app and the static server.
    hookSignals();
    try {
        // Head, base and the Lighthouse install are independent: prepared side by side.
        const serve = async (dir, input) => {
            const served = await serveFolder(within(cwd, dir), input);
            closers.push(served.close);
            return served.origin;
        };
        const [headOrigin, servedBase, install] = await deps.log.group('Preparing: servers and Lighthouse', () => allOrFirstError([
            o.staticDir ? serve(o.staticDir, 'static-dir') : Promise.resolve(undefined),
            o.baseStaticDir ? serve(o.baseStaticDir, 'base-static-dir') : Promise.resolve(undefined),
            deps.installDir
                ? Promise.resolve({ dir: deps.installDir, source: 'given' })
                : ensureLighthouse({
                    root: deps.installRoot,
                    cache: deps.cache,
                    log: deps.log,
                    env: deps.childEnv,
                    projectDir: cwd,
                }),
            o.startCommand
                ? startApp({
                    command: o.startCommand,
                    url: o.urls[0],
                    timeoutMs: o.startTimeoutMs,
                    cwd,
                    env: deps.childEnv,
                    log: deps.log,
                }).then((app) => {
                    closers.push(app.close);
                })
                : Promise.resolve(),
        ]));
        const baseOrigin = servedBase ?? (o.baseOrigin || undefined);
        const targets = o.urls.map((u) => {
            const url = headOrigin ? `${headOrigin}${u}` : u;
            return {
                url,
                key: seriesKey(url),
                baseUrl: baseOrigin ? onOrigin(url, baseOrigin) : undefined,
            };
        });
        const launcher = await loadChromeLauncher(install.dir);
        const urls = [];
        for (const preset of o.presets) {
            urls.push(...(await runAudit({
                name: o.name,
                targets,
                runs: o.runs,
                settings: {
                    preset,
                    throttling: o.throttling,
                    headers: o.headers,
                    cookies: o.cookies,
                    maxWaitForLoad: o.maxWaitForLoadMs,
                    chromePath: chrome.path,
                },
                rules,
                cwvGate: o.cwvGate,
                minBenchmarkIndex: o.minBenchmarkIndex,
                maxRepeats: 2,
                compare: {
                    relative: o.threshold,
                    level: o.confidence,
                    rounds: o.compareRounds,
                    failOnRegression: o.failOnRegression,
                },
                ctx: { installDir: install.dir, launcher, outDir: deps.outDir, log: deps.log },
                log: deps.log,
            })));
        }
        if (targets.some((t) => t.baseUrl) && o.compareRounds < 6 && o.confidence >= 0.95) {
            notes.push(`With ${o.compareRounds} round(s) no interval at 95% confidence exists: use compare-rounds: 6 or more for a verdict.`);
        }
        return {
            report: (0,report/* buildReport */.FK)({ name: o.name, presets: o.presets, runsPerUrl: o.runs, urls }),
            notes,
            installed: {
                lighthouse: LIGHTHOUSE_VERSION,
                chromeLauncher: CHROME_LAUNCHER_VERSION,
                source: install.source,
            },
        };
    }
    finally {
        for (const close of closers.reverse())
            await close().catch(() => undefined);
    }
}


/***/ }),

/***/ 81428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KM: () => (/* binding */ sparkline),
/* harmony export */   Rx: () => (/* binding */ mermaidTrend),
/* harmony export */   uh: () => (/* binding */ deltaArrow)
/* harmony export */ });
/* unused harmony export mermaidText */
// Small trend views for PR comments: an inline sparkline, a delta with an arrow, and a Mermaid
// line chart (GitHub renders ```mermaid blocks). Chart labels come from branch names and commit
// subjects, so everything placed in the Mermaid source is reduced to a safe character set.
const BARS = '▁▂▃▄▅▆▇█';
/** A flat series has no highs or lows; the half-height block says "steady". */
const FLAT_BAR = '▄';
const MISSING = ' ';
function isPresent(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
/** One block character per value, scaled between the series' min and max; gaps for missing values. */
function sparkline(values) {
    const present = Array.from(values).filter(isPresent);
    const lo = Math.min(...present);
    const hi = Math.max(...present);
    return Array.from({ length: values.length }, (_, i) => {
        const v = values[i];
        if (!isPresent(v))
            return MISSING;
        if (hi === lo)
            return FLAT_BAR;
        return BARS[Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))] ?? MISSING;
    }).join('');
}
/** `▲ +1.23`, `▼ -0.50`, or `= 0.00` when the change is smaller than `epsilon`; `n/a` when unknown. */
function deltaArrow(delta, epsilon = 0.005) {
    if (delta === null || !Number.isFinite(delta))
        return 'n/a';
    if (Math.abs(delta) < epsilon)
        return '= 0.00';
    return delta > 0 ? `▲ +${delta.toFixed(2)}` : `▼ ${delta.toFixed(2)}`;
}
const LABEL_MAX = 24;
const TITLE_MAX = 80;
/**
 * Reduces user text to letters, digits, marks and a few inert punctuation marks: no quotes,
 * brackets, backticks, `#`/`;` (Mermaid entities), `%%` (directives, comments) or line breaks survive.
 */
function mermaidText(text, maxLength, fallback) {
    const cleaned = text
        .replace(/[^\p{L}\p{M}\p{N} ._\-/:+=,@!?~^$*%]+/gu, ' ')
        .replace(/%+/g, '%')
        .replace(/\s+/g, ' ')
        .trim();
    const chars = Array.from(cleaned);
    const short = chars.length > maxLength
        ? `${chars
            .slice(0, maxLength - 1)
            .join('')
            .trimEnd()}…`
        : cleaned;
    return short === '' ? fallback : short;
}
/** Decimal notation only (Mermaid's parser does not read exponents); four decimals are plenty. */
function mermaidNumber(value) {
    const rounded = Number(value.toFixed(4));
    return Object.is(rounded, -0) ? '0' : String(rounded);
}
function axisRange(values, min, max) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const span = hi - lo;
    const pad = span > 0 ? span * 0.1 : Math.max(Math.abs(hi) * 0.05, 1);
    const step = 10 ** Math.floor(Math.log10(pad));
    let lower = Math.floor((lo - pad) / step) * step;
    let upper = Math.ceil((hi + pad) / step) * step;
    if (min !== undefined && Number.isFinite(min))
        lower = Math.max(lower, Math.min(min, lo));
    if (max !== undefined && Number.isFinite(max))
        upper = Math.min(upper, Math.max(max, hi));
    if (upper <= lower)
        upper = lower + 1;
    return [lower, upper];
}
/** Our own directive (never user text): a dark, thick line on any theme and a plot sized to the points. */
function mermaidInit(points) {
    // About 32 px per point keeps the x labels (short SHAs) readable; GitHub scales wider charts down.
    const width = Math.min(900, Math.max(420, 120 + 32 * points));
    const init = {
        xyChart: { width, height: 320, xAxis: { labelFontSize: 12 }, yAxis: { labelFontSize: 12 } },
        themeVariables: { xyChart: { plotColorPalette: '#1d4ed8' } },
    };
    return `%%{init: ${JSON.stringify(init)}}%%`;
}
/**
 * A fenced Mermaid `xychart-beta` line chart of `values` (inside a closed `<details>` unless
 * `collapsible` is false), or '' when no value is a finite number. Points with missing values are
 * dropped along with their labels, as Mermaid cannot draw gaps.
 */
function mermaidTrend(chart) {
    const { labels, values } = chart;
    if (labels.length !== values.length) {
        throw new RangeError(`mermaidTrend: got ${labels.length} labels for ${values.length} values`);
    }
    const maxPoints = chart.maxPoints ?? 30;
    if (!Number.isInteger(maxPoints) || maxPoints < 1) {
        throw new RangeError(`mermaidTrend: maxPoints must be a positive integer, got ${maxPoints}`);
    }
    const points = values
        .map((value, i) => ({ value, label: labels[i] ?? '' }))
        .filter((p) => isPresent(p.value))
        .slice(-maxPoints);
    if (points.length === 0)
        return '';
    const ys = points.map((p) => p.value);
    const [lower, upper] = axisRange(ys, chart.min, chart.max);
    const xs = points.map((p, i) => `"${mermaidText(p.label, LABEL_MAX, String(i + 1))}"`);
    const title = mermaidText(chart.title, TITLE_MAX, 'Trend');
    const block = [
        '```mermaid',
        mermaidInit(points.length),
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${xs.join(', ')}]`,
        `  y-axis "${mermaidText(chart.yLabel, TITLE_MAX, 'value')}" ${mermaidNumber(lower)} --> ${mermaidNumber(upper)}`,
        `  line [${ys.map(mermaidNumber).join(', ')}]`,
        '```',
    ].join('\n');
    if (chart.collapsible === false)
        return block;
    // mermaidText leaves no markup characters, so the title is safe as HTML too.
    const runs = `${points.length} run${points.length === 1 ? '' : 's'}`;
    return `<details><summary>${title} (chart, ${runs})</summary>\n\n${block}\n\n</details>`;
}


/***/ }),

/***/ 34359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ fileSlug)
/* harmony export */ });
/** An instance name as a file-name fragment: unsafe characters become '-', empty is 'default'. */
function fileSlug(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'default';
}


/***/ }),

/***/ 97967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ standardDeviation),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   i2: () => (/* binding */ mean)
/* harmony export */ });
/* unused harmony exports quantile, robustSpread */
// Descriptive statistics over plain arrays of numbers.
function sorted(values) {
    return [...values].sort((a, b) => a - b);
}
/** The p-quantile by linear interpolation between order statistics (R type 7). */
function quantile(values, p) {
    if (values.length === 0)
        return Number.NaN;
    const s = sorted(values);
    const h = (s.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.ceil(h);
    const a = s[lo];
    const b = s[hi];
    return a + (b - a) * (h - lo);
}
function median(values) {
    return quantile(values, 0.5);
}
function mean(values) {
    if (values.length === 0)
        return Number.NaN;
    return values.reduce((a, b) => a + b, 0) / values.length;
}
/** Sample standard deviation (n − 1 in the denominator). */
function standardDeviation(values) {
    if (values.length < 2)
        return Number.NaN;
    const m = mean(values);
    return Math.sqrt(values.reduce((acc, v) => acc + (v - m) ** 2, 0) / (values.length - 1));
}
/** Median absolute deviation scaled by 1.4826, a standard-deviation estimate that ignores outliers. */
function robustSpread(values) {
    if (values.length < 2)
        return Number.NaN;
    const m = median(values);
    return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}


/***/ }),

/***/ 40037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ normalQuantile),
/* harmony export */   v: () => (/* binding */ normalCdf)
/* harmony export */ });
// The standard normal distribution, for the large-sample approximations of the rank tests.
/** P(Z ≤ z) for a standard normal Z (Zelen & Severo 26.2.17 via erfc; absolute error < 1e-7). */
function normalCdf(z) {
    if (z === Number.POSITIVE_INFINITY)
        return 1;
    if (z === Number.NEGATIVE_INFINITY)
        return 0;
    return 0.5 * erfc(-z / Math.SQRT2);
}
function erfc(x) {
    // Numerical Recipes' Chebyshev fit, fractional error below 1.2e-7 everywhere.
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 +
                                                    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** The z with P(Z ≤ z) = p (Acklam's rational approximation, relative error < 1.2e-9). */
function normalQuantile(p) {
    if (!(p > 0 && p < 1)) {
        if (p === 0)
            return Number.NEGATIVE_INFINITY;
        if (p === 1)
            return Number.POSITIVE_INFINITY;
        throw new RangeError(`probability must be in [0, 1], got ${p}`);
    }
    const a = [
        -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
        2.506628277459239,
    ];
    const b = [
        -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
    ];
    const c = [
        -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
        2.938163982698783,
    ];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
    const low = 0.02425;
    const poly = (k, x) => k.reduce((acc, v) => acc * x + v, 0);
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        return poly(c, q) / (poly(d, q) * q + 1);
    }
    if (p > 1 - low) {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        return -poly(c, q) / (poly(d, q) * q + 1);
    }
    const q = p - 0.5;
    const r = q * q;
    return (poly(a, r) * q) / (poly(b, r) * r + 1);
}


/***/ }),

/***/ 40025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ classifyChange),
/* harmony export */   u: () => (/* binding */ simultaneousLevel)
/* harmony export */ });
// The decision rule shared by every comparison: a confidence interval for the change, read against a
// practical threshold. All figures are on the log scale and oriented so that positive means worse.
/**
 * The rule, with t = ln(1 + threshold):
 * - regression: the interval lies above 0 (the change is real) and the estimate is above t (it matters);
 * - improvement: the mirror image, interval below 0 and estimate below −t;
 * - no change: the whole interval lies inside (−t, t), an equivalence test at the same level;
 * - inconclusive: anything else (too noisy, or a real change whose size cannot yet be told from t).
 * Requiring both a significant interval and an estimate past t keeps tiny but real shifts (a 1%
 * change measured very precisely) from failing a build, and keeps noisy runs from passing as "no change".
 */
function classifyChange(change, threshold) {
    const t = Math.log1p(threshold);
    const { estimate, lower, upper } = change;
    const pct = (v) => `${(Math.expm1(v) * 100).toFixed(1)}%`;
    if (lower > 0 && estimate > t)
        return { verdict: 'regression', reason: `worse by ${pct(estimate)}` };
    if (upper < 0 && estimate < -t)
        return { verdict: 'improvement', reason: `better by ${pct(-estimate)}` };
    if (lower > -t && upper < t)
        return { verdict: 'no-change', reason: `within ±${pct(t)}` };
    if (!Number.isFinite(lower) || !Number.isFinite(upper)) {
        return { verdict: 'inconclusive', reason: 'too few rounds for an interval at this level' };
    }
    if (lower > 0 || upper < 0) {
        return {
            verdict: 'inconclusive',
            reason: `a change of ${pct(estimate)} is real but the interval [${pct(lower)}, ${pct(upper)}] reaches past the ${pct(t)} threshold`,
        };
    }
    return {
        verdict: 'inconclusive',
        reason: `the interval [${pct(lower)}, ${pct(upper)}] is wider than ±${pct(t)}`,
    };
}
/** Bonferroni: the level of each of `comparisons` intervals so that all hold together with `level`. */
function simultaneousLevel(level, comparisons) {
    return 1 - (1 - level) / Math.max(1, comparisons);
}


/***/ }),

/***/ 36496:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ checkBudgets),
/* harmony export */   Qx: () => (/* binding */ parseBudgetLines),
/* harmony export */   u8: () => (/* binding */ budgetsFor),
/* harmony export */   xR: () => (/* binding */ parseBudgetFile)
/* harmony export */ });
/* unused harmony exports parseBudgetValue, ruleMatches */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29556);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37575);
// Per-URL budgets for any metric or score. Times and CLS are maxima, scores minima, so a budget
// is just `metric=value`. Lines: `[<url glob>:] metric=value, metric=value`, e.g.
//   lcp=2.5s, cls=0.1, performance=90
//   /checkout/**: tbt=300ms
// A budget file holds the same, as YAML or JSON: a list of { url?, <metric>: value } objects.




/** `2.5s`, `2500ms`, `2500` (ms for times); plain numbers otherwise. */
function parseBudgetValue(metric, raw, where) {
    const unit = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .metricSpec */ .yD)(metric).unit;
    if (typeof raw === 'number') {
        if (!Number.isFinite(raw) || raw < 0)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: ${metric} budget must be a number ≥ 0, got ${raw}`);
        return raw;
    }
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(raw);
    if (!m)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: ${metric} budget '${raw}' is not a number${unit === 'ms' ? ' (e.g. 2.5s or 2500ms)' : ''}`);
    const value = Number(m[1]);
    const suffix = m[2]?.toLowerCase();
    if (suffix && unit !== 'ms')
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: ${metric} takes no unit, got '${raw}'`);
    if (unit === 'score' && value > 100)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: ${metric} is a score from 0 to 100, got ${value}`);
    return suffix === 's' ? value * 1000 : value;
}
function metricOf(name, where) {
    const id = name.trim().toLowerCase();
    if (!(0,_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .isMetricId */ .qc)(id))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: unknown metric '${name.trim()}'; use one of ${_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .METRIC_IDS */ .Ah.join(', ')}`);
    return id;
}
/** Budget lines as given in the `budgets` input (or `--budget` flags). */
function parseBudgetLines(text, source) {
    const rules = [];
    text.split('\n').forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `${source} line ${index + 1}`;
        // The URL part ends at the last ':' followed by space before the first '='; URLs keep their own colons.
        const split = /^(.*?):\s+([A-Za-z-]+\s*=.*)$/.exec(line);
        const url = split ? split[1].trim() : '';
        const body = split ? split[2] : line;
        for (const part of body.split(',')) {
            if (part.trim() === '')
                continue;
            const eq = part.indexOf('=');
            if (eq < 0)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected metric=value, got '${part.trim()}'`);
            const metric = metricOf(part.slice(0, eq), where);
            rules.push({ url, metric, limit: parseBudgetValue(metric, part.slice(eq + 1), where), origin: where });
        }
    });
    return rules;
}
/** A budget file (YAML or JSON): a list, or `{ budgets: [...] }`, of `{ url?, <metric>: value }`. */
function parseBudgetFile(text, file) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        const line = error.linePos?.[0]?.line;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}${line ? `:${line}` : ''}: not valid YAML or JSON: ${error.message.split('\n')[0]}`);
    }
    const list = Array.isArray(doc) ? doc : doc?.budgets;
    if (!Array.isArray(list))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: expected a list of budgets (or a 'budgets:' list)`);
    const rules = [];
    list.forEach((item, index) => {
        const where = `${file} budget ${index + 1}`;
        if (typeof item !== 'object' || item === null || Array.isArray(item))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected an object`);
        const { url = '', ...metrics } = item;
        if (typeof url !== 'string')
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: 'url' must be a string`);
        for (const [name, value] of Object.entries(metrics)) {
            const metric = metricOf(name, where);
            if (typeof value !== 'number' && typeof value !== 'string')
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: ${metric} must be a number or text`);
            rules.push({ url, metric, limit: parseBudgetValue(metric, value, where), origin: where });
        }
    });
    return rules;
}
function ruleMatches(rule, url) {
    if (rule.url === '' || rule.url === '*' || rule.url === '**')
        return true;
    if (rule.url === url)
        return true;
    let target = url;
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(rule.url)) {
        try {
            target = new URL(url).pathname;
        }
        catch {
            target = url;
        }
    }
    return picomatch__WEBPACK_IMPORTED_MODULE_3__.isMatch(target, rule.url, { dot: true });
}
/** The budgets that apply to `url`: for each metric the last matching rule wins (specific after general). */
function budgetsFor(rules, url) {
    const byMetric = new Map();
    for (const rule of rules)
        if (ruleMatches(rule, url))
            byMetric.set(rule.metric, rule);
    return [...byMetric.values()];
}
function checkBudgets(rules, metrics) {
    return rules.map((rule) => {
        const kind = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .metricSpec */ .yD)(rule.metric).higherIsBetter ? 'min' : 'max';
        const actual = metrics[rule.metric];
        // A metric Lighthouse could not measure cannot prove the budget is met.
        const passed = actual !== undefined && (kind === 'max' ? actual <= rule.limit : actual >= rule.limit);
        return { metric: rule.metric, limit: rule.limit, kind, actual, passed, origin: rule.origin };
    });
}


/***/ }),

/***/ 37575:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ METRIC_IDS),
/* harmony export */   Am: () => (/* binding */ extractRunFacts),
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   qc: () => (/* binding */ isMetricId),
/* harmony export */   yD: () => (/* binding */ metricSpec)
/* harmony export */ });
/* unused harmony exports chromeVersionOf, extractMetrics */
const METRICS = [
    {
        id: 'lcp',
        label: 'Largest Contentful Paint',
        source: { audit: 'largest-contentful-paint' },
        unit: 'ms',
        higherIsBetter: false,
    },
    {
        id: 'cls',
        label: 'Cumulative Layout Shift',
        source: { audit: 'cumulative-layout-shift' },
        unit: 'unitless',
        higherIsBetter: false,
    },
    {
        id: 'tbt',
        label: 'Total Blocking Time (lab stand-in for INP)',
        source: { audit: 'total-blocking-time' },
        unit: 'ms',
        higherIsBetter: false,
    },
    {
        id: 'fcp',
        label: 'First Contentful Paint',
        source: { audit: 'first-contentful-paint' },
        unit: 'ms',
        higherIsBetter: false,
    },
    { id: 'si', label: 'Speed Index', source: { audit: 'speed-index' }, unit: 'ms', higherIsBetter: false },
    {
        id: 'ttfb',
        label: 'Time to First Byte',
        source: { audit: 'server-response-time' },
        unit: 'ms',
        higherIsBetter: false,
    },
    {
        id: 'performance',
        label: 'Performance score',
        source: { category: 'performance' },
        unit: 'score',
        higherIsBetter: true,
    },
    {
        id: 'accessibility',
        label: 'Accessibility score',
        source: { category: 'accessibility' },
        unit: 'score',
        higherIsBetter: true,
    },
    {
        id: 'best-practices',
        label: 'Best Practices score',
        source: { category: 'best-practices' },
        unit: 'score',
        higherIsBetter: true,
    },
    { id: 'seo', label: 'SEO score', source: { category: 'seo' }, unit: 'score', higherIsBetter: true },
];
const METRIC_IDS = METRICS.map((m) => m.id);
function metricSpec(id) {
    return METRICS.find((m) => m.id === id);
}
function isMetricId(value) {
    return METRIC_IDS.includes(value);
}
/** Chrome's version from a user agent string such as `… HeadlessChrome/156.0.0.0 …`. */
function chromeVersionOf(userAgent) {
    return /(?:Headless)?Chrom(?:e|ium)\/([\d.]+)/.exec(userAgent ?? '')?.[1] ?? '';
}
/** Every metric present in the result; a metric Lighthouse could not compute is left out, not zeroed. */
function extractMetrics(lhr) {
    const out = {};
    for (const spec of METRICS) {
        if ('audit' in spec.source) {
            const value = lhr.audits[spec.source.audit]?.numericValue;
            if (typeof value === 'number' && Number.isFinite(value))
                out[spec.id] = value;
        }
        else {
            const score = lhr.categories[spec.source.category]?.score;
            if (typeof score === 'number' && Number.isFinite(score))
                out[spec.id] = Math.round(score * 100);
        }
    }
    return out;
}
/** `browserVersion`: Chrome's full version when known; the LHR's user agent only has the major version. */
function extractRunFacts(lhr, browserVersion = '') {
    return {
        metrics: extractMetrics(lhr),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        lighthouseVersion: lhr.lighthouseVersion,
        chromeVersion: browserVersion || chromeVersionOf(lhr.environment.hostUserAgent ?? lhr.userAgent),
        formFactor: lhr.configSettings?.formFactor ?? '',
        warnings: [...(lhr.runWarnings ?? [])],
    };
}
/** Human form of a value: `1.23 s`, `340 ms`, `0.105`, `92`. */
function formatMetric(id, value) {
    if (value === undefined || !Number.isFinite(value))
        return '–';
    const { unit } = metricSpec(id);
    if (unit === 'score')
        return String(Math.round(value));
    if (unit === 'unitless')
        return value.toFixed(3);
    return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}


/***/ }),

/***/ 98752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   eg: () => (/* binding */ readVitalsOptions)
/* harmony export */ });
/* unused harmony export parseHeaders */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29556);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8998);
/* harmony import */ var _budgets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36496);
// Inputs of the action and flags of the CLI, read into one typed, validated value before anything
// is started. The shell's own inputs (token, comment, history*) are read by the runtime.



const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function cookiePairs(text, input, what) {
    const out = [];
    text.split(/;\s*/).forEach((part, i) => {
        const pair = part.trim();
        if (pair === '')
            return;
        const eq = pair.indexOf('=');
        if (eq <= 0 || /[;\s]/.test(pair.slice(0, eq)))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${what(i)}: expected 'name=value' (the value is not shown)`);
        out.push({ name: pair.slice(0, eq), value: pair.slice(eq + 1) });
    });
    return out;
}
/**
 * `Name: value` header lines and `name=value` cookie lines. A `Cookie:` header line is read as
 * cookies: cookies are set in the browser for the audited host, never sent as a raw header.
 */
function parseHeaders(headerText, cookieText) {
    const headers = {};
    const cookies = [];
    headerText.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        if (!HEADER_NAME.test(name))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('headers', `line ${i + 1}: expected 'Name: value' (the value is not shown)`);
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'cookie')
            cookies.push(...cookiePairs(value, 'headers', () => `line ${i + 1}`));
        else
            headers[name] = value;
    });
    cookieText.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        if (eq <= 0 || /[;\s]/.test(line.slice(0, eq)))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('cookies', `line ${i + 1}: expected 'name=value' (the value is not shown)`);
        cookies.push({ name: line.slice(0, eq), value: line.slice(eq + 1) });
    });
    return { headers, cookies };
}
/** The secret parts of headers and cookies, for masking. */
function secretValues(headers, cookies = []) {
    const out = new Set();
    for (const value of Object.values(headers))
        if (value)
            out.add(value);
    for (const c of cookies)
        if (c.value.length >= 3)
            out.add(c.value);
    return [...out];
}
/** Words this action used to accept, with the one to write now. */
const RENAMED = {
    'base-url': "is now 'base-origin' (the origin where the base build serves the same pages; deploy-smoke-health's 'base-url' is a prefix for paths, a different thing)",
    'history-backend': "is now 'history' itself: auto, artifacts, cache, folder or off",
};
function readVitalsOptions(source) {
    for (const [old, message] of Object.entries(RENAMED))
        if (source.get(old))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(old, message);
    const staticDir = source.get('static-dir');
    const startCommand = source.get('start-command');
    if (staticDir && startCommand)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('start-command', "give either 'static-dir' or 'start-command', not both");
    const urls = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(source, 'urls');
    if (urls.length === 0 && !staticDir) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('urls', startCommand
            ? 'give the URL(s) the start-command serves'
            : "give at least one URL, or a 'static-dir' to serve");
    }
    const fromOrigin = Boolean(staticDir);
    for (const u of urls) {
        if (/^https?:\/\//i.test(u)) {
            try {
                new URL(u);
            }
            catch {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('urls', `'${u}' is not a valid URL`);
            }
            if (fromOrigin)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('urls', `with 'static-dir' give paths such as /about/, not '${u}'`);
        }
        else if (!fromOrigin) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('urls', `'${u}' is not an http(s) URL (paths are allowed only with 'static-dir')`);
        }
        else if (!u.startsWith('/')) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('urls', `'${u}' must start with / (a path under static-dir)`);
        }
    }
    const presets = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(source, 'presets').map((p) => p.toLowerCase());
    for (const p of presets) {
        if (p !== 'desktop' && p !== 'mobile')
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('presets', `expected desktop and/or mobile, got '${p}'`);
    }
    const baseOrigin = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readUrl */ .wo)(source, 'base-origin');
    const baseStaticDir = source.get('base-static-dir');
    if (baseOrigin && baseStaticDir)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('base-origin', "give either 'base-origin' or 'base-static-dir', not both");
    if (baseStaticDir && !staticDir)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('base-static-dir', "needs 'static-dir' (the head build served beside it)");
    if (baseOrigin && (baseOrigin.search || baseOrigin.hash || baseOrigin.username || baseOrigin.password))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('base-origin', 'give an origin with at most a path prefix, no query or credentials');
    const budgetText = source.get('budgets');
    const { headers, cookies } = parseHeaders(source.get('headers'), source.get('cookies'));
    return {
        name: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(source, 'name'),
        urls: urls.length > 0 ? urls : ['/'],
        staticDir,
        startCommand,
        startTimeoutMs: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)(source, 'start-timeout', 60_000, { minMs: 1000, maxMs: 3_600_000 }),
        baseOrigin: baseOrigin ? baseOrigin.href.replace(/\/$/, '') : '',
        baseStaticDir,
        presets: presets.length > 0 ? [...new Set(presets)] : ['desktop'],
        runs: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'runs', 3, { min: 1, max: 25 }),
        throttling: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(source, 'throttling', ['devtools', 'simulate', 'provided'], 'devtools'),
        budgetRules: budgetText ? (0,_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBudgetLines */ .Qx)(budgetText, "input 'budgets'") : [],
        budgetFile: source.get('budget-file'),
        cwvGate: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(source, 'cwv-gate', ['off', 'poor', 'needs-improvement'], 'poor'),
        minBenchmarkIndex: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(source, 'min-benchmark-index', 500, { min: 0, max: 1e9 }),
        compareRounds: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'compare-rounds', 6, { min: 1, max: 30 }),
        threshold: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readPercent */ .oO)(source, 'threshold', 10, { min: 0, max: 1000 }) / 100,
        confidence: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readPercent */ .oO)(source, 'confidence', 95, { min: 50, max: 99.9 }) / 100,
        failOnRegression: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(source, 'fail-on-regression', true),
        headers,
        cookies,
        chromePath: source.get('chrome-path'),
        maxWaitForLoadMs: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)(source, 'max-wait-for-load', 45_000, { minMs: 1000, maxMs: 600_000 }),
        uploadReports: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(source, 'upload-reports', true),
        workingDirectory: source.get('working-directory') || '.',
    };
}


/***/ }),

/***/ 95916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ RATING_EMOJI),
/* harmony export */   T8: () => (/* binding */ CORE_WEB_VITALS),
/* harmony export */   TS: () => (/* binding */ rate)
/* harmony export */ });
/* unused harmony export ratingLimits */
const GOOGLE = 'Google Core Web Vitals thresholds';
const LIGHTHOUSE = 'Lighthouse scoring thresholds';
function ratingLimits(id, formFactor) {
    switch (id) {
        case 'lcp':
            return { good: 2500, poor: 4000, source: GOOGLE };
        case 'cls':
            return { good: 0.1, poor: 0.25, source: GOOGLE };
        case 'fcp':
            return { good: 1800, poor: 3000, source: GOOGLE };
        case 'ttfb':
            return { good: 800, poor: 1800, source: GOOGLE };
        case 'tbt':
            return formFactor === 'desktop'
                ? { good: 150, poor: 350, source: LIGHTHOUSE }
                : { good: 200, poor: 600, source: LIGHTHOUSE };
        case 'si':
            return formFactor === 'desktop'
                ? { good: 1311, poor: 2300, source: LIGHTHOUSE }
                : { good: 3387, poor: 5800, source: LIGHTHOUSE };
        case 'performance':
        case 'accessibility':
        case 'best-practices':
        case 'seo':
            return undefined;
    }
}
function rate(id, value, formFactor) {
    if (value === undefined)
        return undefined;
    if (id === 'performance' || id === 'accessibility' || id === 'best-practices' || id === 'seo') {
        // Lighthouse's own colours for category scores: 90-100 green, 50-89 orange, 0-49 red.
        return value >= 90 ? 'good' : value >= 50 ? 'needs-improvement' : 'poor';
    }
    const limits = ratingLimits(id, formFactor);
    if (!limits)
        return undefined;
    return value <= limits.good ? 'good' : value <= limits.poor ? 'needs-improvement' : 'poor';
}
const RATING_EMOJI = { good: '🟢', 'needs-improvement': '🟠', poor: '🔴' };
/** The metrics the Core Web Vitals gate looks at (TBT standing in for INP). */
const CORE_WEB_VITALS = ['lcp', 'cls', 'tbt'];


/***/ }),

/***/ 41808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   sW: () => (/* binding */ commentSections)
/* harmony export */ });
/* unused harmony export renderTitle */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15210);
/* harmony import */ var _report_runbooks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65186);
/* harmony import */ var _report_trend_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81428);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37575);
/* harmony import */ var _ratings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95916);





const VERDICT_TEXT = {
    regression: '🔺 regression',
    improvement: '✅ improvement',
    'no-change': '➖ no change',
    inconclusive: '❔ inconclusive',
};
function formatChange(c) {
    if (c.scale === 'ratio') {
        const p = (v) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%`;
        const interval = Number.isFinite(c.lower) && Number.isFinite(c.upper) ? ` [${p(c.lower)}, ${p(c.upper)}]` : '';
        return `${p(c.change)}${interval}`;
    }
    const d = (v) => `${v >= 0 ? '+' : '−'}${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(c.metric, Math.abs(v))}`;
    const interval = Number.isFinite(c.lower) && Number.isFinite(c.upper) ? ` [${d(c.lower)}, ${d(c.upper)}]` : '';
    return `${d(c.change)}${interval}`;
}
function budgetCell(u, id) {
    const b = u.budgets.find((x) => x.metric === id);
    if (!b)
        return '';
    return `${b.passed ? '✅' : '❌'} ${b.kind === 'max' ? '≤' : '≥'} ${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(id, b.limit)}`;
}
function metricRows(u) {
    const rows = [];
    for (const spec of _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS */ .Cb) {
        const value = u.median[spec.id];
        if (value === undefined)
            continue;
        const rating = u.ratings[spec.id];
        const cmp = u.comparison?.metrics.find((m) => m.metric === spec.id);
        const prev = u.previous?.metrics[spec.id];
        const base = cmp
            ? (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(spec.id, cmp.base)
            : prev !== undefined
                ? `${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(spec.id, prev)} (history)`
                : '';
        const change = cmp ? formatChange(cmp) : '';
        const verdict = cmp
            ? `${VERDICT_TEXT[cmp.verdict]}${cmp.verdict === 'inconclusive' ? `: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(cmp.reason)}` : ''}`
            : '';
        rows.push([
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(spec.label),
            (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(spec.id, value),
            rating ? `${_ratings_js__WEBPACK_IMPORTED_MODULE_2__/* .RATING_EMOJI */ .B_[rating]} ${rating}` : '',
            budgetCell(u, spec.id),
            base,
            change,
            verdict,
        ]);
    }
    return rows;
}
function runsLine(u) {
    const used = u.runs.filter((r) => !r.discarded);
    const perf = u.runs.map((r) => (r.metrics.performance === undefined ? '–' : String(r.metrics.performance)));
    const lcp = u.runs.map((r) => (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)('lcp', r.metrics.lcp));
    const slow = u.runs.filter((r) => r.lowBenchmark).length;
    return [
        `${u.runs.length} run(s), median run #${(u.medianRun ?? 0) + 1} of the ${used.length} used; performance per run: ${perf.join(', ')}; LCP per run: ${lcp.join(', ')}.`,
        `Lighthouse ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(u.lighthouseVersion)}, Chrome ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(u.chromeVersion || 'unknown')}, benchmarkIndex ${u.benchmarkIndex ?? '–'}${slow > 0 ? ` (⚠️ ${slow} run(s) on a slow machine)` : ''}.`,
    ].join(' ');
}
function renderUrl(u, o) {
    const head = `### ${u.passed ? '✅' : '❌'} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(u.url)} (${u.preset})`;
    if (u.status === 'failed')
        return `${head}\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(u.error ?? 'not measured')}`;
    const parts = [head];
    if (u.reasons.length > 0)
        parts.push(u.reasons.map((r) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(r)}`).join('\n'));
    parts.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Metric', 'Value', 'Rating', 'Budget', 'Base', 'Change', 'Verdict'], metricRows(u), [
        'l',
        'r',
        'l',
        'l',
        'r',
        'r',
        'l',
    ]));
    if (u.comparison) {
        const c = u.comparison;
        parts.push(`Base ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(c.baseUrl)} and head audited alternately, ${c.rounds} round(s); intervals at ${(c.level * 100).toFixed(0)}% confidence.${c.versionMismatch ? ' ⚠️ Base and head ran different Lighthouse versions: shown, not gated.' : ''}`);
    }
    if (u.previous?.versionMismatch) {
        parts.push(`⚠️ The history baseline (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(u.previous.sha.slice(0, 7))}) was measured with Lighthouse ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(u.previous.lighthouseVersion)}: compare with care.`);
    }
    for (const w of u.warnings)
        parts.push(`⚠️ ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(w)}`);
    parts.push(runsLine(u));
    const trend = o.trends?.[`${u.preset} ${u.key}`];
    if (trend && trend.length >= 2) {
        parts.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .details */ .zH)('Performance score on the default branch', (0,_report_trend_js__WEBPACK_IMPORTED_MODULE_4__/* .mermaidTrend */ .Rx)({
            title: 'Performance score',
            labels: trend.map((p) => p.label),
            values: trend.map((p) => p.value),
            yLabel: 'score',
            min: 0,
            max: 100,
        })));
    }
    return parts.join('\n\n');
}
function renderTitle(report) {
    const failed = report.urls.filter((u) => !u.passed).length;
    const name = report.name ? ` (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(report.name)})` : '';
    const verdict = report.passed
        ? '✅ passed'
        : `❌ failed (${failed} of ${report.urls.length} URL(s)) ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)('What to do', (0,_report_runbooks_js__WEBPACK_IMPORTED_MODULE_0__/* .runbookUrl */ .oV)('lighthouse-vitals', 'budget'))}`;
    return `## Lighthouse vitals${name}: ${verdict}`;
}
/** The job summary: every URL with its table, reasons, runs and trend. */
function renderSummary(report, o = {}) {
    const parts = [renderTitle(report)];
    parts.push(`Preset ${report.presets.join(' and ')}, ${report.runsPerUrl} run(s) per URL. TBT is the lab stand-in for INP. Ratings: Core Web Vitals thresholds (LCP, CLS, FCP, TTFB); Lighthouse's scoring thresholds for TBT and Speed Index.`);
    for (const n of o.notes ?? [])
        parts.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(n));
    if (o.reportsArtifact)
        parts.push(`HTML reports: workflow artifact ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(o.reportsArtifact)}.`);
    for (const u of report.urls)
        parts.push(renderUrl(u, o));
    return `${parts.join('\n\n')}\n`;
}
/** The compact pull request comment, as sections that renderWithinBudget can shorten. */
function commentSections(report, o = {}) {
    const main = ['performance', 'lcp', 'cls', 'tbt'];
    const rows = report.urls.map((u) => {
        if (u.status === 'failed')
            return [`${'❌'} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(u.url)}`, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(u.error ?? ''), '', '', ''];
        const cell = (id) => {
            const rating = u.ratings[id];
            const cmp = u.comparison?.metrics.find((m) => m.metric === id);
            const verdict = cmp && cmp.verdict !== 'no-change' ? ` ${VERDICT_TEXT[cmp.verdict].split(' ')[0]}` : '';
            return `${rating ? `${_ratings_js__WEBPACK_IMPORTED_MODULE_2__/* .RATING_EMOJI */ .B_[rating]} ` : ''}${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(id, u.median[id])}${verdict}`;
        };
        return [
            `${u.passed ? '✅' : '❌'} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(u.url)}${report.presets.length > 1 ? ` (${u.preset})` : ''}`,
            ...main.map(cell),
        ];
    });
    const headers = ['URL', ...main.map((id) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)((0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .metricSpec */ .yD)(id).label.replace(/ \(.*\)$/, '')))];
    const where = o.reportsArtifact ? ` HTML reports: artifact ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(o.reportsArtifact)}.` : '';
    const sections = [
        {
            id: 'title',
            label: 'Result',
            priority: 0,
            required: true,
            markdown: `${renderTitle(report)}\n\nTBT is the lab stand-in for INP.${where}`,
        },
        { id: 'table', label: 'Metrics per URL', priority: 1, markdown: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(headers, rows) },
    ];
    const reasons = report.urls.flatMap((u) => u.reasons.map((r) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(u.url)} (${u.preset}): ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(r)}`));
    if (reasons.length > 0)
        sections.push({ id: 'reasons', label: 'Why it failed', priority: 0, markdown: reasons.join('\n') });
    return sections;
}


/***/ }),

/***/ 89226:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Lo: () => (/* binding */ evaluateUrl),
/* harmony export */   UP: () => (/* binding */ withPrevious),
/* harmony export */   VF: () => (/* binding */ scoresOutput),
/* harmony export */   XH: () => (/* binding */ failedUrl)
/* harmony export */ });
/* unused harmony export REPORT_SCHEMA */
/* harmony import */ var _budgets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36496);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37575);
/* harmony import */ var _ratings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95916);
// The decision for each audited URL and the JSON report every renderer and output reads.



const REPORT_SCHEMA = 'shipshape.lighthouse-vitals/v1';
function failsCwv(rating, gate) {
    if (gate === 'off' || rating === undefined)
        return false;
    return gate === 'poor' ? rating === 'poor' : rating !== 'good';
}
/** Ratings, budgets, the Core Web Vitals gate and regressions against the base, with reasons. */
function evaluateUrl(o) {
    const median = o.runs[o.medianRun]?.metrics ?? {};
    const ratings = {};
    for (const id of _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_IDS */ .Ah) {
        const r = (0,_ratings_js__WEBPACK_IMPORTED_MODULE_2__/* .rate */ .TS)(id, median[id], o.preset);
        if (r)
            ratings[id] = r;
    }
    const budgets = (0,_budgets_js__WEBPACK_IMPORTED_MODULE_0__/* .checkBudgets */ .N3)(o.rules, median);
    const cwv = _ratings_js__WEBPACK_IMPORTED_MODULE_2__/* .CORE_WEB_VITALS */ .T8.map((metric) => ({
        metric,
        rating: ratings[metric],
        passed: !failsCwv(ratings[metric], o.cwvGate),
    }));
    const reasons = [];
    for (const b of budgets) {
        if (b.passed)
            continue;
        const actual = b.actual === undefined ? 'not measured' : (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(b.metric, b.actual);
        reasons.push(`${b.metric} ${actual} ${b.kind === 'max' ? 'is over' : 'is under'} its budget of ${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(b.metric, b.limit)} (${b.origin})`);
    }
    for (const c of cwv) {
        if (!c.passed)
            reasons.push(`${c.metric} ${(0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(c.metric, median[c.metric])} is rated ${c.rating} (Core Web Vitals gate: ${o.cwvGate})`);
    }
    if (o.comparison && o.failOnRegression && !o.comparison.versionMismatch) {
        for (const m of o.comparison.metrics) {
            if (m.verdict === 'regression')
                reasons.push(`${m.metric} regressed against the base: ${m.reason}`);
        }
    }
    return {
        url: o.url,
        key: o.key,
        preset: o.preset,
        status: 'measured',
        median,
        medianRun: o.medianRun,
        runs: o.runs,
        ratings,
        budgets,
        cwv,
        comparison: o.comparison,
        previous: o.previous,
        lighthouseVersion: o.facts.lighthouseVersion,
        chromeVersion: o.facts.chromeVersion,
        benchmarkIndex: o.facts.benchmarkIndex,
        passed: reasons.length === 0,
        reasons,
        warnings: o.warnings ?? [],
    };
}
function failedUrl(url, key, preset, error, runs = []) {
    return {
        url,
        key,
        preset,
        status: 'failed',
        error,
        median: {},
        runs,
        ratings: {},
        budgets: [],
        cwv: [],
        lighthouseVersion: '',
        chromeVersion: '',
        passed: false,
        reasons: [error],
        warnings: [],
    };
}
function buildReport(o) {
    const measured = o.urls.find((u) => u.status === 'measured');
    return {
        schema: REPORT_SCHEMA,
        name: o.name,
        presets: o.presets,
        runsPerUrl: o.runsPerUrl,
        lighthouseVersion: measured?.lighthouseVersion ?? '',
        chromeVersion: measured?.chromeVersion ?? '',
        passed: o.urls.every((u) => u.passed),
        urls: o.urls,
    };
}
/** `{ "<url>": { "performance": 97, ... } }` (`"<url> (mobile)"` beside desktop): the `scores` output. */
function scoresOutput(report) {
    const out = {};
    for (const u of report.urls) {
        const s = {};
        for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
            if (u.median[id] !== undefined)
                s[id] = u.median[id];
        }
        out[report.presets.length > 1 ? `${u.url} (${u.preset})` : u.url] = s;
    }
    return out;
}
/** Attaches the history baseline: shown beside the figures, never gated. */
function withPrevious(u, previous) {
    if (!previous || u.status !== 'measured')
        return u;
    return {
        ...u,
        previous: { ...previous, versionMismatch: previous.lighthouseVersion !== u.lighthouseVersion },
    };
}


/***/ }),

/***/ 73943:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ vitalsVerdict)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29556);
// The exit code of a lighthouse-vitals run, decided from its report alone.

/**
 * A page that could not be measured is an input or environment problem (exit 2) and wins over a
 * missed budget, which is a gate failure (exit 1): the run's evidence is incomplete.
 */
function vitalsVerdict(report) {
    const failed = report.urls.filter((u) => !u.passed);
    if (failed.length === 0 && report.passed)
        return { exitCode: _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok };
    const reasons = failed.flatMap((u) => (u.reasons.length > 0 ? u.reasons : [u.error ?? 'failed']).map((r) => `${u.url} (${u.preset}): ${r}`));
    const failure = `${failed.length} of ${report.urls.length} page(s) failed:\n${reasons.join('\n')}`;
    if (report.urls.some((u) => u.status === 'failed'))
        return { exitCode: _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.badInput, failure };
    return { exitCode: _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.gateFailed, failure };
}


/***/ })

};
