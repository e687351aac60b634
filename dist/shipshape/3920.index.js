export const id = 3920;
export const ids = [3920];
export const modules = {

/***/ 8910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wz: () => (/* binding */ evaluateConditions),
  E9: () => (/* binding */ parseDuration)
});

// UNUSED EXPORTS: MAX_PATTERN_SCAN_CHARS

;// CONCATENATED MODULE: ./build/shared/conditions/glob.js
// `pat()` globs (`*` matches any run of characters, everything else is literal) matched in linear
// time. A regular expression `^.*ok.*healthy.*$` backtracks quadratically on a body without
// `healthy`, so a monitored service could stall a check for minutes; here each literal piece is found
// once, leftmost, with Knuth–Morris–Pratt, so the text is scanned at most once per piece boundary.
function failureTable(piece) {
    const table = new Int32Array(piece.length);
    let k = 0;
    for (let i = 1; i < piece.length; i++) {
        while (k > 0 && piece[i] !== piece[k])
            k = table[k - 1];
        if (piece[i] === piece[k])
            k++;
        table[i] = k;
    }
    return table;
}
/** Leftmost index ≥ from where `piece` starts and ends by `end`, or -1; counts comparisons. */
function find(text, piece, from, end, count) {
    if (piece.length === 0)
        return from;
    const table = failureTable(piece);
    count.steps += piece.length;
    let k = 0;
    for (let i = from; i < end; i++) {
        while (k > 0 && text[i] !== piece[k]) {
            k = table[k - 1];
            count.steps++;
        }
        count.steps++;
        if (text[i] === piece[k])
            k++;
        if (k === piece.length)
            return i - piece.length + 1;
    }
    return -1;
}
function globMatch(pattern, text) {
    const count = { steps: 0 };
    const pieces = pattern.split('*');
    if (pieces.length === 1) {
        count.steps = Math.min(pattern.length, text.length);
        return { matched: pattern === text, steps: count.steps };
    }
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    count.steps += first.length + last.length;
    if (first.length + last.length > text.length || !text.startsWith(first) || !text.endsWith(last)) {
        return { matched: false, steps: count.steps };
    }
    // Greedy leftmost placement of the middle pieces is complete for `*`-only globs: if any placement
    // fits before the suffix, the leftmost one does too.
    let at = first.length;
    const end = text.length - last.length;
    for (const piece of pieces.slice(1, -1)) {
        const found = find(text, piece, at, end, count);
        if (found < 0)
            return { matched: false, steps: count.steps };
        at = found + piece.length;
    }
    return { matched: true, steps: count.steps };
}

;// CONCATENATED MODULE: ./build/shared/conditions/evaluate.js
// Evaluates parsed conditions against one response. Pure: the probe's result comes in as data.

/**
 * The most text one pat() condition scans. Bodies are already cut at 1 MiB by the probe; the bound
 * here keeps a condition's cost fixed whatever calls it (linear matching × this many characters).
 */
const MAX_PATTERN_SCAN_CHARS = 1024 * 1024;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `500ms`, `30s`, `5m`, `48h`, `14d`, `1h30m` in milliseconds; undefined when not a duration. */
function parseDuration(text) {
    const t = text.trim();
    if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(t))
        return undefined;
    let total = 0;
    for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g))
        total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
    return total;
}
function walk(root, path) {
    let node = root;
    for (const step of path) {
        if ('index' in step) {
            if (!Array.isArray(node))
                return undefined;
            node = node[step.index];
        }
        else {
            if (!node || typeof node !== 'object' || Array.isArray(node))
                return undefined;
            node = node[step.key];
        }
    }
    return node;
}
function fromJson(v) {
    if (v === undefined)
        return { kind: 'missing' };
    if (typeof v === 'number')
        return { kind: 'number', value: v };
    if (typeof v === 'boolean')
        return { kind: 'bool', value: v };
    if (typeof v === 'string')
        return { kind: 'string', value: v };
    if (v === null)
        return { kind: 'string', value: 'null' };
    return { kind: 'string', value: JSON.stringify(v) };
}
class Evaluator {
    ctx;
    json;
    jsonRead = false;
    constructor(ctx) {
        this.ctx = ctx;
    }
    body() {
        if (!this.jsonRead) {
            this.jsonRead = true;
            try {
                this.json = JSON.parse(this.ctx.body);
            }
            catch {
                this.json = undefined;
            }
        }
        return this.json;
    }
    raw(op) {
        switch (op.name) {
            case 'STATUS':
                return this.ctx.status;
            case 'RESPONSE_TIME':
                return this.ctx.responseTimeMs;
            case 'CERTIFICATE_EXPIRATION':
                return this.ctx.certificateExpiresInMs;
            case 'CONNECTED':
                return this.ctx.connected;
            case 'IP':
                return this.ctx.ip;
            case 'HEADER': {
                const step = op.path[0];
                return step && 'key' in step ? this.ctx.headers[step.key.toLowerCase()] : undefined;
            }
            case 'BODY':
                return op.path.length === 0 ? this.ctx.body : walk(this.body(), op.path);
        }
    }
    value(op) {
        switch (op.kind) {
            case 'placeholder': {
                const v = fromJson(this.raw(op));
                if (v.kind === 'number' && (op.name === 'RESPONSE_TIME' || op.name === 'CERTIFICATE_EXPIRATION')) {
                    return { ...v, duration: true };
                }
                return v;
            }
            case 'function': {
                const inner = this.raw(op.arg);
                if (op.fn === 'has')
                    return { kind: 'bool', value: inner !== undefined && inner !== null };
                if (Array.isArray(inner))
                    return { kind: 'number', value: inner.length };
                if (typeof inner === 'string')
                    return { kind: 'number', value: [...inner].length };
                if (inner && typeof inner === 'object')
                    return { kind: 'number', value: Object.keys(inner).length };
                return { kind: 'missing' };
            }
            case 'pattern':
                return { kind: 'string', value: op.pattern };
            case 'literal': {
                if (op.quoted)
                    return { kind: 'string', value: op.value };
                const duration = parseDuration(op.value);
                if (duration !== undefined)
                    return { kind: 'number', value: duration, duration: true };
                if (op.value !== '' && Number.isFinite(Number(op.value)))
                    return { kind: 'number', value: Number(op.value) };
                if (op.value === 'true' || op.value === 'false')
                    return { kind: 'bool', value: op.value === 'true' };
                return { kind: 'string', value: op.value };
            }
        }
    }
}
function asNumber(v) {
    if (v.kind === 'number')
        return v.value;
    if (v.kind === 'string' && v.value.trim() !== '' && Number.isFinite(Number(v.value)))
        return Number(v.value);
    return undefined;
}
function asText(v) {
    return v.kind === 'missing' ? '' : String(v.value);
}
function show(v) {
    if (v.kind === 'missing')
        return '(missing)';
    if (v.kind === 'number' && v.duration)
        return `${Math.round(v.value)}ms`;
    const text = String(v.value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function compare(op, l, r, rightIsPattern) {
    if (rightIsPattern) {
        const text = asText(l);
        // Too long to scan: neither == nor != can be vouched for, so the condition fails.
        if (text.length > MAX_PATTERN_SCAN_CHARS)
            return false;
        const { matched } = globMatch(asText(r), text);
        return op === '==' ? matched : !matched;
    }
    const ln = asNumber(l);
    const rn = asNumber(r);
    const numeric = ln !== undefined && rn !== undefined;
    switch (op) {
        case '==':
            return numeric ? ln === rn : asText(l) === asText(r);
        case '!=':
            return numeric ? ln !== rn : asText(l) !== asText(r);
        default: {
            if (!numeric)
                return false;
            if (op === '<')
                return ln < rn;
            if (op === '<=')
                return ln <= rn;
            if (op === '>')
                return ln > rn;
            return ln >= rn;
        }
    }
}
function evaluateConditions(conditions, ctx) {
    const e = new Evaluator(ctx);
    return conditions.map((c) => {
        const l = e.value(c.left);
        const r = e.value(c.right);
        const ok = compare(c.operator, l, r, c.right.kind === 'pattern');
        const leftShown = c.left.kind === 'literal' ? c.left.text : `${c.left.text} (${show(l)})`;
        const tooLong = c.right.kind === 'pattern' && asText(l).length > MAX_PATTERN_SCAN_CHARS
            ? ` (not scanned: over ${MAX_PATTERN_SCAN_CHARS} characters)`
            : '';
        return { condition: c.source, ok, explanation: `${leftShown} ${c.operator} ${c.right.text}${tooLong}` };
    });
}


/***/ }),

/***/ 94018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ax: () => (/* binding */ fingerprintOf),
  k_: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: checkDomain, checkEndpoint

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/shared/conditions/evaluate.js + 1 modules
var evaluate = __webpack_require__(8910);
// EXTERNAL MODULE: ./build/shared/http/backoff.js
var backoff = __webpack_require__(41577);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./build/shared/probes/certificate.js

const DAY_MS = 86_400_000;
function certificateInfo(peer, host, trusted, problem, now = Date.now()) {
    const validTo = new Date(peer.valid_to);
    const expiresInMs = validTo.getTime() - now;
    const altNames = (peer.subjectaltname ?? '')
        .split(/,\s*/)
        .map((n) => n.replace(/^(DNS|IP Address):/, ''))
        .filter((n) => n !== '');
    const hostValid = (0,external_node_tls_.checkServerIdentity)(host.replace(/^\[|\]$/g, ''), peer) === undefined;
    return {
        subject: peer.subject?.CN ? String(peer.subject.CN) : '',
        issuer: peer.issuer?.CN ? String(peer.issuer.CN) : peer.issuer?.O ? String(peer.issuer.O) : '',
        validFrom: new Date(peer.valid_from).toISOString(),
        validTo: validTo.toISOString(),
        expiresInMs,
        daysLeft: Math.floor(expiresInMs / DAY_MS),
        altNames,
        hostValid,
        trusted,
        ...(problem ? { problem } : {}),
    };
}
/**
 * A TLS handshake that sends no application data, so it is safe with an untrusted server: reports
 * the certificate even when it is expired or for another name, with what is wrong with it.
 */
function inspectCertificate(host, port, o) {
    const servername = /^[\d.]+$|:/.test(host) ? undefined : host;
    return new Promise((resolve, reject) => {
        const socket = (0,external_node_tls_.connect)({
            host: host.replace(/^\[|\]$/g, ''),
            port,
            ...(servername ? { servername } : {}),
            rejectUnauthorized: false,
            ...(o.ca ? { ca: [...external_node_tls_.rootCertificates, ...(typeof o.ca === 'string' ? [o.ca] : o.ca)] } : {}),
            ...(o.lookup ? { lookup: o.lookup } : {}),
        });
        const timer = setTimeout(() => socket.destroy(new Error(`no TLS handshake within ${o.timeoutMs} ms`)), o.timeoutMs);
        socket.once('secureConnect', () => {
            clearTimeout(timer);
            const peer = socket.getPeerCertificate();
            const problem = socket.authorizationError ? String(socket.authorizationError) : undefined;
            socket.destroy();
            if (!peer || Object.keys(peer).length === 0) {
                reject(new Error('the server sent no certificate'));
                return;
            }
            resolve(certificateInfo(peer, host, socket.authorized, problem));
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}

// EXTERNAL MODULE: ./build/shared/probes/dns.js
var probes_dns = __webpack_require__(30797);
// EXTERNAL MODULE: ./build/shared/probes/failure.js
var failure = __webpack_require__(52228);
;// CONCATENATED MODULE: ./build/shared/probes/health-json.js
// application/health+json (draft-inadarei-api-health-check): `status` pass/warn/fail (with the
// aliases ok/up, down/error the draft allows) and `checks`, a map of component name to a list of
// measurements each with its own status.
const PASS = new Set(['pass', 'ok', 'up']);
const WARN = new Set(['warn']);
const FAIL = new Set(['fail', 'down', 'error']);
function healthOf(status) {
    const s = status.toLowerCase();
    if (PASS.has(s))
        return 'up';
    if (WARN.has(s))
        return 'degraded';
    if (FAIL.has(s))
        return 'down';
    return undefined;
}
function isHealthJson(contentType) {
    return /^application\/health\+json\b/i.test(contentType ?? '');
}
/** Reads a health document; undefined when the body is not one (no status word). */
function readHealthDocument(body) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return undefined;
    const doc = body;
    if (typeof doc.status !== 'string')
        return undefined;
    const health = healthOf(doc.status);
    if (!health)
        return undefined;
    const failing = [];
    const checks = doc.checks && typeof doc.checks === 'object' ? doc.checks : {};
    for (const [component, entries] of Object.entries(checks)) {
        for (const entry of Array.isArray(entries) ? entries : [entries]) {
            if (!entry || typeof entry !== 'object')
                continue;
            const e = entry;
            const h = typeof e.status === 'string' ? healthOf(e.status) : undefined;
            if (!h || h === 'up')
                continue;
            const id = typeof e.componentId === 'string' ? `${component}[${e.componentId}]` : component;
            const output = typeof e.output === 'string' && e.output !== '' ? `: ${e.output}` : '';
            failing.push(`${id} (${e.status})${output}`);
        }
    }
    return {
        // The top-level status is the service's own verdict: a failing optional component may leave it passing.
        health,
        status: doc.status,
        ...(typeof doc.version === 'string' ? { version: doc.version } : {}),
        ...(typeof doc.releaseId === 'string' ? { releaseId: doc.releaseId } : {}),
        failing,
    };
}

// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(40610);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./build/shared/probes/redact.js
var redact = __webpack_require__(69141);
;// CONCATENATED MODULE: ./build/shared/probes/http.js
// One HTTP(S) request with its timing phases, the server's certificate and a classified failure.
// Every request opens a fresh connection (no keep-alive agent) so that DNS, connect and TLS are
// measured each time, and carries no-cache headers so a CDN cannot answer for a dead origin.







/** Reported when an https request is redirected to plain http: whatever follows is readable on the wire. */
const DOWNGRADE_CODE = 'ERR_REDIRECT_DOWNGRADE';
const NO_CACHE_HEADERS = {
    'cache-control': 'no-cache, no-store, max-age=0',
    pragma: 'no-cache',
};
const DEFAULT_ACCEPT = 'application/health+json, application/json;q=0.9, */*;q=0.8';
const DEFAULT_MAX_BODY = 1024 * 1024;
class ProbeTimeout extends Error {
    name = 'ProbeTimeout';
}
function flatHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers)) {
        if (v !== undefined)
            out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    return out;
}
function once(url, req, env, deadline) {
    const start = performance.now();
    const timings = { totalMs: 0 };
    const since = () => Math.round((performance.now() - start) * 10) / 10;
    const https = url.protocol === 'https:';
    // The configured headers travel only as far as probeHttp lets them (the request's own origin).
    const headers = {
        accept: DEFAULT_ACCEPT,
        'user-agent': env.userAgent ?? 'shipshape-deploy-smoke-health',
        ...NO_CACHE_HEADERS,
        ...Object.fromEntries(Object.entries(req.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    };
    if (url.username || url.password) {
        const user = decodeURIComponent(url.username);
        const pass = decodeURIComponent(url.password);
        headers.authorization ??= `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    }
    if (req.body !== undefined)
        headers['content-length'] = String(Buffer.byteLength(req.body));
    const options = {
        method: req.method ?? 'GET',
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || (https ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        headers,
        agent: false,
        // Timed here rather than by the socket's 'lookup' event, which can fire before a listener exists.
        lookup: ((host, opts, cb) => {
            const started = performance.now();
            const resolver = (env.lookup ?? external_node_dns_.lookup);
            resolver(host, opts, (...args) => {
                timings.dnsMs = Math.round((performance.now() - started) * 10) / 10;
                cb(...args);
            });
        }),
    };
    if (https && env.ca) {
        options.ca = [...external_node_tls_.rootCertificates, ...(typeof env.ca === 'string' ? [env.ca] : env.ca)];
    }
    const maxBody = env.maxBodyBytes ?? DEFAULT_MAX_BODY;
    return new Promise((resolve) => {
        let settled = false;
        let certificate;
        let remoteAddress;
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            timings.totalMs = since();
            resolve({
                ...r,
                timings,
                ...(certificate ? { certificate } : {}),
                ...(remoteAddress ? { remoteAddress } : {}),
            });
        };
        const r = (https ? external_node_https_.request : external_node_http_.request)(options, (res) => {
            timings.firstByteMs = since();
            const chunks = [];
            let size = 0;
            let truncated = false;
            res.on('data', (chunk) => {
                if (size < maxBody)
                    chunks.push(chunk.subarray(0, maxBody - size));
                if (size + chunk.length > maxBody)
                    truncated = true;
                size += chunk.length;
            });
            res.on('end', () => finish({
                response: {
                    status: res.statusCode ?? 0,
                    headers: flatHeaders(res.headers),
                    body: Buffer.concat(chunks).toString('utf8'),
                    bodyTruncated: truncated,
                },
            }));
            res.on('error', (error) => finish({ error: (0,failure/* classifyError */.fe)(error) }));
        });
        r.on('socket', (socket) => {
            socket.once('connect', () => {
                timings.connectMs = since();
                remoteAddress = socket.remoteAddress;
            });
            socket.once('secureConnect', () => {
                timings.tlsMs = since();
                const peer = socket.getPeerCertificate();
                if (peer && Object.keys(peer).length > 0)
                    certificate = certificateInfo(peer, url.hostname, true);
            });
        });
        r.on('error', (error) => finish({ error: (0,failure/* classifyError */.fe)(error) }));
        const timer = setTimeout(() => {
            r.destroy(new ProbeTimeout(`no complete response within ${req.timeoutMs} ms`));
        }, Math.max(1, deadline - performance.now()));
        r.end(req.body);
    });
}
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Sends one request (following up to `maxRedirects` redirects) and never throws. */
async function probeHttp(req, env = {}) {
    const shown = (0,redact/* redactUrl */.BO)(req.url);
    let url;
    try {
        url = new URL(req.url);
    }
    catch {
        return {
            url: shown,
            finalUrl: shown,
            redirects: [],
            timings: { totalMs: 0 },
            error: { class: 'connect', message: `'${shown}' is not a valid URL` },
        };
    }
    const started = performance.now();
    const deadline = started + req.timeoutMs;
    const redirects = [];
    const maxRedirects = req.maxRedirects ?? 5;
    const failed = (message, code, cls = 'status') => ({
        url: shown,
        finalUrl: (0,redact/* redactUrl */.BO)(url.toString()),
        redirects,
        timings: { totalMs: Math.round((performance.now() - started) * 10) / 10 },
        error: { class: cls, ...(code ? { code } : {}), message },
    });
    let method = req.method ?? 'GET';
    let body = req.body;
    // Like fetch and curl without --location-trusted: the configured headers (Authorization, API
    // keys, cookies) and URL credentials go to the requested origin only. Once a redirect leaves it,
    // they stay behind for the rest of the chain, even if a later hop comes back.
    let trusted = true;
    const origin = url.origin;
    for (;;) {
        const headers = trusted ? req.headers : undefined;
        const result = await once(url, { ...req, method, body, headers }, env, deadline);
        const location = result.response?.headers.location;
        if (result.response &&
            REDIRECT_STATUSES.has(result.response.status) &&
            location &&
            redirects.length < maxRedirects) {
            let next;
            try {
                next = new URL(location, url);
            }
            catch {
                return failed(`redirect to an invalid location '${(0,redact/* redactUrl */.BO)(location)}'`);
            }
            if (next.protocol !== 'http:' && next.protocol !== 'https:') {
                return failed(`redirect to a ${next.protocol} URL, which is not followed`);
            }
            if (url.protocol === 'https:' && next.protocol === 'http:') {
                redirects.push((0,redact/* redactUrl */.BO)(next.toString()));
                return failed(`redirected from https to plain http (${(0,redact/* redactUrl */.BO)(next.toString())}): not followed`, DOWNGRADE_CODE, 'tls');
            }
            if (next.origin !== origin) {
                trusted = false;
                next.username = '';
                next.password = '';
            }
            redirects.push((0,redact/* redactUrl */.BO)(next.toString()));
            if (result.response.status === 303) {
                method = 'GET';
                body = undefined;
            }
            url = next;
            continue;
        }
        let certificate = result.certificate;
        if (!certificate && result.error?.class === 'tls') {
            // The request was refused before a byte was sent; a separate handshake that sends nothing
            // tells how the certificate is wrong (expiry, host name).
            certificate = await inspectCertificate(url.hostname, Number(url.port || 443), {
                lookup: env.lookup,
                ca: env.ca,
                timeoutMs: Math.max(500, deadline - performance.now()),
            }).catch(() => undefined);
        }
        return {
            url: shown,
            finalUrl: (0,redact/* redactUrl */.BO)(url.toString()),
            redirects,
            ...(result.response ? { response: result.response } : {}),
            timings: { ...result.timings, totalMs: Math.round((performance.now() - started) * 10) / 10 },
            ...(certificate ? { certificate } : {}),
            ...(result.remoteAddress ? { remoteAddress: result.remoteAddress } : {}),
            ...(result.error ? { error: result.error } : {}),
        };
    }
}

;// CONCATENATED MODULE: ./build/shared/deploy-smoke-health/version.js
// Is the deployed commit the one answering? Health endpoints expose it under many names; the old
// instance still serving during cut-over must not pass as the new one.
const BODY_FIELDS = [
    'version',
    'releaseId',
    'release_id',
    'commit',
    'sha',
    'gitSha',
    'git_sha',
    'revision',
    'build',
];
const HEADER_NAMES = ['x-version', 'x-release', 'x-commit-sha', 'x-git-sha', 'x-revision', 'x-deployment-id'];
/** A short SHA (7+ hex digits) matches the full one; anything else must be equal. */
function versionsMatch(expected, found) {
    const e = expected.trim().toLowerCase();
    const f = found.trim().toLowerCase();
    if (e === '' || f === '')
        return false;
    if (e === f)
        return true;
    const hex = /^[0-9a-f]{7,40}$/;
    if (hex.test(e) && hex.test(f))
        return e.startsWith(f) || f.startsWith(e);
    // "1.4.2+abc1234" or "abc1234-dirty": the SHA as a whole word of the version.
    return hex.test(e) && new RegExp(`(^|[^0-9a-f])${e.slice(0, Math.max(7, Math.min(e.length, 12)))}`).test(f);
}
function candidates(json, headers) {
    const out = [];
    const scan = (node, prefix) => {
        if (!node || typeof node !== 'object' || Array.isArray(node))
            return;
        const o = node;
        for (const f of BODY_FIELDS) {
            const v = o[f];
            if (typeof v === 'string' || typeof v === 'number')
                out.push({ where: `[BODY]${prefix}.${f}`, value: String(v) });
        }
    };
    scan(json, '');
    if (json && typeof json === 'object') {
        for (const nest of ['build', 'app', 'release', 'info', 'git']) {
            scan(json[nest], `.${nest}`);
        }
    }
    for (const h of HEADER_NAMES)
        if (headers[h])
            out.push({ where: `[HEADER].${h}`, value: headers[h] });
    return out;
}
function findVersion(expected, json, headers) {
    const found = candidates(json, headers);
    const hit = found.find((c) => versionsMatch(expected, c.value));
    if (hit)
        return { expected, found: hit.value, where: hit.where, confirmed: true };
    const first = found[0];
    return { expected, ...(first ? { found: first.value, where: first.where } : {}), confirmed: false };
}

;// CONCATENATED MODULE: ./build/shared/deploy-smoke-health/check.js
// One check of one endpoint or domain: probe, retry transient failures after a real wait, then judge
// the answer (status, conditions, health+json, certificate, latency, version).










function fingerprintOf(c) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${c.environment}\0${c.name}\0${(0,redact/* redactUrl */.BO)(c.url)}`)
        .digest('hex')
        .slice(0, 12);
}
function shortCert(c) {
    return {
        daysLeft: c.daysLeft,
        validTo: c.validTo,
        hostValid: c.hostValid,
        trusted: c.trusted,
        subject: c.subject,
    };
}
function transportFailure(error, certificate) {
    let message = error.message;
    if (error.class === 'tls' && certificate) {
        const why = !certificate.hostValid
            ? `certificate is not valid for this host (names: ${certificate.altNames.join(', ') || certificate.subject})`
            : certificate.daysLeft < 0
                ? `certificate expired on ${certificate.validTo.slice(0, 10)}`
                : certificate.problem
                    ? `certificate not trusted: ${certificate.problem}`
                    : undefined;
        if (why)
            message = `${why} (${error.message})`;
    }
    return { class: error.class, message, transient: (0,failure/* isTransient */.dg)(error) };
}
function judgeHttp(ep, out, o) {
    const response = out.response;
    if (!response) {
        return {
            health: 'down',
            failure: transportFailure(out.error ?? { class: 'connect', message: 'no response' }, out.certificate),
            conditions: [],
            components: [],
        };
    }
    const conditions = (0,evaluate/* evaluateConditions */.wz)(ep.conditions, {
        status: response.status,
        body: response.body,
        headers: response.headers,
        responseTimeMs: out.timings.totalMs,
        ...(out.certificate ? { certificateExpiresInMs: out.certificate.expiresInMs } : {}),
        connected: true,
        ...(out.remoteAddress ? { ip: out.remoteAddress } : {}),
    });
    let json;
    try {
        json = JSON.parse(response.body);
    }
    catch {
        json = undefined;
    }
    const doc = isHealthJson(response.headers['content-type']) || (json && typeof json === 'object')
        ? readHealthDocument(json)
        : undefined;
    const components = doc?.failing ?? [];
    const version = o.expectedVersion !== undefined && ep.confirmVersion
        ? findVersion(o.expectedVersion, json, response.headers)
        : undefined;
    const j = (health, failure) => ({
        health,
        ...(failure ? { failure } : {}),
        conditions,
        components,
        ...(version ? { version } : {}),
    });
    if (!ep.expectedStatus.includes(response.status)) {
        const transient = (0,failure/* isTransient */.dg)({ class: 'status', message: '' }, response.status);
        const detail = doc && doc.health !== 'up'
            ? `; health ${doc.status}: ${components.join('; ') || 'no component named'}`
            : '';
        return j('down', {
            class: 'status',
            message: `HTTP ${response.status}, expected ${describeStatuses(ep.expectedStatus)}${detail}`,
            transient,
        });
    }
    const failed = conditions.filter((c) => !c.ok);
    if (failed.length > 0) {
        return j('down', {
            class: 'assertion',
            message: `condition failed: ${failed.map((c) => c.explanation).join('; ')}`,
            transient: false,
        });
    }
    if (doc?.health === 'down') {
        return j('down', {
            class: 'assertion',
            message: `health ${doc.status}: ${components.join('; ') || 'no failing component named'}`,
            transient: false,
        });
    }
    if (out.certificate) {
        const c = out.certificate;
        if (ep.minCertDays !== undefined && c.daysLeft < ep.minCertDays) {
            return j('down', {
                class: 'tls',
                message: `certificate expires in ${c.daysLeft} days (${c.validTo.slice(0, 10)}), fewer than ${ep.minCertDays}`,
                transient: false,
            });
        }
    }
    if (ep.maxResponseMs !== undefined && out.timings.totalMs > ep.maxResponseMs) {
        // A slow answer is often one slow request; it is retried like a timeout.
        return j('down', {
            class: 'timeout',
            message: `answered in ${Math.round(out.timings.totalMs)} ms, over the ${ep.maxResponseMs} ms limit`,
            transient: true,
        });
    }
    if (version && !version.confirmed) {
        // The old instance still answering during cut-over: worth waiting for, never a pass.
        return j('down', {
            class: 'assertion',
            message: version.found
                ? `version ${version.found} (from ${version.where}) is live, expected ${version.expected}`
                : `no version found in the answer (expected ${version.expected})`,
            transient: true,
        });
    }
    if (doc?.health === 'degraded')
        return j('degraded');
    return j('up');
}
function describeStatuses(list) {
    if (list.length <= 3)
        return list.join(' or ');
    return `${list[0]}-${list[list.length - 1]} (${list.length} codes)`;
}
async function withRetries(attempt, o) {
    let attempts = 0;
    for (;;) {
        attempts++;
        const result = await attempt();
        const f = result.judgement.failure;
        if (!f?.transient || attempts > o.retries || o.signal?.aborted)
            return { ...result, attempts };
        await (0,backoff/* sleep */.y)((0,backoff/* backoffDelay */.E)(attempts, o.backoff, o.random), o.signal);
    }
}
async function checkEndpoint(ep, o) {
    const { judgement, outcome, attempts } = await withRetries(async () => {
        const outcome = await probeHttp({
            url: ep.url,
            method: ep.method,
            headers: ep.headers,
            ...(ep.body !== undefined ? { body: ep.body } : {}),
            timeoutMs: ep.timeoutMs,
            maxRedirects: ep.maxRedirects,
        }, o.probe);
        return { outcome, judgement: judgeHttp(ep, outcome, o) };
    }, o);
    return {
        fingerprint: fingerprintOf(ep),
        name: ep.name,
        environment: ep.environment,
        kind: 'http',
        url: (0,redact/* redactUrl */.BO)(ep.url),
        health: judgement.health,
        ...(judgement.failure
            ? { failure: { class: judgement.failure.class, message: judgement.failure.message } }
            : {}),
        ...(outcome.response ? { status: outcome.response.status } : {}),
        latencyMs: outcome.timings.totalMs,
        timings: outcome.timings,
        ...(outcome.certificate ? { certificate: shortCert(outcome.certificate) } : {}),
        attempts,
        conditions: judgement.conditions,
        components: judgement.components,
        ...(judgement.version ? { version: judgement.version } : {}),
        checkedAt: (o.now?.() ?? new Date()).toISOString(),
    };
}
/** DNS resolves, the certificate is valid for the host with days to spare, http redirects to https, fast enough. */
async function checkDomain(d, o) {
    const [hostname, portText] = d.host.split(':');
    const result = await withRetries(async () => {
        const dns = await (0,probes_dns/* resolveHost */.p)(hostname, o.probe.lookup);
        if (dns.error) {
            return {
                dns,
                judgement: {
                    health: 'down',
                    failure: { class: 'dns', message: dns.error.message, transient: true },
                    conditions: [],
                    components: [],
                },
            };
        }
        const https = await probeHttp({ url: d.url, timeoutMs: d.timeoutMs }, o.probe);
        let certificate = https.certificate;
        if (!certificate) {
            certificate = await inspectCertificate(hostname, Number(portText ?? 443), {
                lookup: o.probe.lookup,
                ca: o.probe.ca,
                timeoutMs: d.timeoutMs,
            }).catch(() => undefined);
        }
        const base = { dns, https, certificate };
        const fail = (cls, message, transient) => ({
            ...base,
            judgement: {
                health: 'down',
                failure: { class: cls, message, transient },
                conditions: [],
                components: [],
            },
        });
        if (!https.response)
            return {
                ...fail('connect', '', false),
                judgement: {
                    health: 'down',
                    failure: transportFailure(https.error ?? { class: 'connect', message: 'no response' }, certificate),
                    conditions: [],
                    components: [],
                },
            };
        if (https.response.status >= 500)
            return fail('status', `HTTP ${https.response.status} from ${(0,redact/* redactUrl */.BO)(d.url)}`, (0,failure/* isTransient */.dg)({ class: 'status', message: '' }, https.response.status));
        if (certificate && certificate.daysLeft < d.minCertDays) {
            return fail('tls', `certificate expires in ${certificate.daysLeft} days (${certificate.validTo.slice(0, 10)}), fewer than ${d.minCertDays}`, false);
        }
        if (d.maxResponseMs !== undefined && https.timings.totalMs > d.maxResponseMs) {
            return fail('timeout', `answered in ${Math.round(https.timings.totalMs)} ms, over the ${d.maxResponseMs} ms limit`, true);
        }
        let redirect;
        if (d.checkRedirect) {
            const plain = await probeHttp({ url: d.redirectFrom, timeoutMs: d.timeoutMs, maxRedirects: 0 }, o.probe);
            const location = plain.response?.headers.location;
            const target = location ? new URL(location, d.redirectFrom) : undefined;
            const ok = Boolean(plain.response &&
                [301, 302, 307, 308].includes(plain.response.status) &&
                target?.protocol === 'https:' &&
                target.hostname === hostname);
            redirect = { ok, ...(location ? { location: (0,redact/* redactUrl */.BO)(target?.toString() ?? location) } : {}) };
            if (!ok) {
                const what = plain.response
                    ? `HTTP ${plain.response.status}${location ? ` to ${(0,redact/* redactUrl */.BO)(location)}` : ''}`
                    : (plain.error?.message ?? 'no answer');
                return {
                    ...fail('assertion', `${(0,redact/* redactUrl */.BO)(d.redirectFrom)} does not redirect to https (${what})`, false),
                    redirect,
                };
            }
        }
        return {
            ...base,
            redirect,
            judgement: { health: 'up', conditions: [], components: [] },
        };
    }, o);
    const r = result;
    const j = r.judgement;
    return {
        fingerprint: fingerprintOf(d),
        name: d.name,
        environment: d.environment,
        kind: 'domain',
        url: (0,redact/* redactUrl */.BO)(d.url),
        health: j.health,
        ...(j.failure ? { failure: { class: j.failure.class, message: j.failure.message } } : {}),
        ...(r.https?.response ? { status: r.https.response.status } : {}),
        ...(r.https ? { latencyMs: r.https.timings.totalMs, timings: r.https.timings } : {}),
        ...(r.certificate ? { certificate: shortCert(r.certificate) } : {}),
        attempts: r.attempts,
        conditions: [],
        components: [],
        dns: { addresses: r.dns.addresses, ms: r.dns.ms },
        ...(r.redirect ? { redirect: r.redirect } : {}),
        checkedAt: (o.now?.() ?? new Date()).toISOString(),
    };
}
function runCheck(c, o) {
    return c.kind === 'domain' ? checkDomain(c, o) : checkEndpoint(c, o);
}


/***/ }),

/***/ 22395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mw: () => (/* binding */ domainsFromList),
  Tv: () => (/* binding */ endpointsFromList),
  me: () => (/* binding */ parseConfigFile),
  AQ: () => (/* binding */ parseStatusList)
});

// UNUSED EXPORTS: DEFAULT_MAX_REDIRECTS, parseMs

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/shared/conditions/evaluate.js + 1 modules
var evaluate = __webpack_require__(8910);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
;// CONCATENATED MODULE: ./build/shared/conditions/syntax.js
// The condition language, after Gatus: `<operand> <operator> <operand>`, where an operand is a
// placeholder ([STATUS], [BODY].a.b[0].c, [HEADER].name, [RESPONSE_TIME], [CERTIFICATE_EXPIRATION],
// [CONNECTED], [IP]), a function of one (len(), has(), pat()), or a literal: a number, a duration
// (500ms, 30s, 5m, 48h, 14d), a quoted string or a bare word (`pass`, a commit SHA).

const PLACEHOLDERS = [
    'STATUS',
    'BODY',
    'HEADER',
    'RESPONSE_TIME',
    'CERTIFICATE_EXPIRATION',
    'CONNECTED',
    'IP',
];
class ConditionSyntaxError extends errors/* UsageError */.eb {
    endpoint;
    condition;
    column;
    reason;
    constructor(endpoint, condition, 
    /** 1-based column in the condition. */
    column, reason) {
        super(`endpoint '${endpoint}': condition '${condition}': column ${column}: ${reason}`);
        this.endpoint = endpoint;
        this.condition = condition;
        this.column = column;
        this.reason = reason;
    }
}
const OPERATORS = ['==', '!=', '<=', '>=', '<', '>'];
class Cursor {
    text;
    endpoint;
    pos = 0;
    constructor(text, endpoint) {
        this.text = text;
        this.endpoint = endpoint;
    }
    fail(reason, at = this.pos) {
        throw new ConditionSyntaxError(this.endpoint, this.text, at + 1, reason);
    }
    skipSpace() {
        while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? ''))
            this.pos++;
    }
    peek(s) {
        return this.text.startsWith(s, this.pos);
    }
    get done() {
        return this.pos >= this.text.length;
    }
}
function parsePath(c, name) {
    const path = [];
    for (;;) {
        if (c.peek('.')) {
            c.pos++;
            const pattern = name === 'HEADER' ? /^[A-Za-z0-9!#$%&'*+\-^_`|~]+/ : /^[A-Za-z0-9_$@-]+/;
            const m = pattern.exec(c.text.slice(c.pos));
            if (!m)
                c.fail(name === 'HEADER' ? 'expected a header name after [HEADER].' : 'expected a field name after .');
            path.push({ key: m[0] });
            c.pos += m[0].length;
        }
        else if (c.peek('[')) {
            const m = /^\[(\d+)\]/.exec(c.text.slice(c.pos));
            if (!m)
                c.fail('expected an array index such as [0]');
            path.push({ index: Number(m[1]) });
            c.pos += m[0].length;
        }
        else {
            return path;
        }
    }
}
function parsePlaceholder(c) {
    const start = c.pos;
    const m = /^\[([A-Z_]+)\]/.exec(c.text.slice(c.pos));
    if (!m)
        c.fail('expected a placeholder such as [STATUS]');
    const name = m[1];
    if (!PLACEHOLDERS.includes(name)) {
        c.fail(`unknown placeholder [${m[1]}]; known: ${PLACEHOLDERS.map((p) => `[${p}]`).join(', ')}`);
    }
    c.pos += m[0].length;
    const path = parsePath(c, name);
    if (name === 'HEADER' && path.length !== 1)
        c.fail('[HEADER] needs one header name, e.g. [HEADER].content-type', start);
    if (path.length > 0 && name !== 'BODY' && name !== 'HEADER')
        c.fail(`[${name}] has no fields`, start);
    return { kind: 'placeholder', name, path, text: c.text.slice(start, c.pos) };
}
function parseQuoted(c) {
    const quote = c.text[c.pos];
    const start = c.pos;
    c.pos++;
    let value = '';
    while (!c.done && c.text[c.pos] !== quote) {
        if (c.text[c.pos] === '\\' && c.pos + 1 < c.text.length)
            c.pos++;
        value += c.text[c.pos];
        c.pos++;
    }
    if (c.done)
        c.fail('unterminated string', start);
    c.pos++;
    return value;
}
function parseOperand(c, side) {
    c.skipSpace();
    const start = c.pos;
    if (c.done)
        c.fail(side === 'left' ? 'empty condition' : 'expected a value after the operator');
    if (c.peek('['))
        return parsePlaceholder(c);
    const fn = /^(len|has|pat)\(/.exec(c.text.slice(c.pos));
    if (fn) {
        c.pos += fn[0].length;
        if (fn[1] === 'pat') {
            const close = c.text.lastIndexOf(')');
            if (close < c.pos)
                c.fail('pat( is not closed with )', start);
            const pattern = c.text.slice(c.pos, close);
            c.pos = close + 1;
            return { kind: 'pattern', pattern, text: c.text.slice(start, c.pos) };
        }
        const arg = parsePlaceholder(c);
        if (!c.peek(')'))
            c.fail(`expected ) to close ${fn[1]}(`);
        c.pos++;
        return { kind: 'function', fn: fn[1], arg, text: c.text.slice(start, c.pos) };
    }
    if (c.peek('"') || c.peek("'")) {
        const value = parseQuoted(c);
        return { kind: 'literal', value, quoted: true, text: c.text.slice(start, c.pos) };
    }
    if (side === 'right') {
        // A bare right-hand side is the rest of the line, as in Gatus: `[BODY].status == all good`.
        const value = c.text.slice(c.pos).trim();
        c.pos = c.text.length;
        return { kind: 'literal', value, quoted: false, text: value };
    }
    const m = /^[^\s=!<>]+/.exec(c.text.slice(c.pos));
    if (!m)
        c.fail('expected a placeholder or a value');
    c.pos += m[0].length;
    return { kind: 'literal', value: m[0], quoted: false, text: m[0] };
}
/** Parses one condition; `endpoint` names the endpoint in error messages. */
function parseCondition(source, endpoint) {
    const c = new Cursor(source, endpoint);
    const left = parseOperand(c, 'left');
    c.skipSpace();
    const found = OPERATORS.find((op) => c.peek(op));
    if (!found) {
        if (c.peek('='))
            c.fail("'=' is not an operator; use '=='");
        return c.fail(c.done
            ? 'expected an operator (==, !=, <, <=, >, >=) after the value'
            : `expected an operator (==, !=, <, <=, >, >=), found '${c.text[c.pos]}'`);
    }
    const operator = found;
    c.pos += operator.length;
    const right = parseOperand(c, 'right');
    c.skipSpace();
    if (!c.done)
        c.fail(`unexpected '${c.text.slice(c.pos)}' after the condition`);
    if (left.kind === 'pattern')
        c.fail('pat() belongs on the right-hand side', 0);
    if (right.kind === 'pattern' && operator !== '==' && operator !== '!=') {
        c.fail('pat() can only be compared with == or !=');
    }
    return { source, left, operator, right };
}

// EXTERNAL MODULE: ./build/shared/probes/redact.js
var redact = __webpack_require__(69141);
// EXTERNAL MODULE: ./build/shared/runtime/inputs.js
var inputs = __webpack_require__(8998);
;// CONCATENATED MODULE: ./build/shared/deploy-smoke-health/config.js
// Which endpoints and domains to check, per environment: from the `endpoints`/`domains` inputs or
// from a YAML/JSON file. Every mistake is reported with the file, the line and the key.






/** Redirects an endpoint follows unless its `follow-redirects` says otherwise. */
const DEFAULT_MAX_REDIRECTS = 5;
const MOST_REDIRECTS = 20;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function fail(where, message) {
    throw new errors/* UsageError */.eb(`${where}: ${message}`);
}
function parseStatusList(text, where) {
    const list = text
        .split(/[\s,]+/)
        .filter((s) => s !== '')
        .flatMap((s) => {
        const range = /^(\d{3})-(\d{3})$/.exec(s);
        if (range) {
            const [from, to] = [Number(range[1]), Number(range[2])];
            if (from > to)
                fail(where, `status range '${s}' runs backwards`);
            return Array.from({ length: to - from + 1 }, (_, i) => from + i);
        }
        if (/^[1-5]xx$/i.test(s))
            return Array.from({ length: 100 }, (_, i) => Number(s[0]) * 100 + i);
        if (!/^\d{3}$/.test(s) || Number(s) < 100 || Number(s) > 599) {
            fail(where, `'${s}' is not an HTTP status (100-599, a range 200-299 or a class 2xx)`);
        }
        return [Number(s)];
    });
    if (list.length === 0)
        fail(where, 'no expected status given');
    return [...new Set(list)];
}
/**
 * `10s`, `500ms`, `2m`: a duration with its unit. A bare number is refused: the inputs read one as
 * seconds (`timeout: 10`), and a config file that read it as milliseconds would time every check
 * out at 10 ms; which one the writer meant cannot be known.
 */
function parseMs(text, where) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t)) {
        fail(where, `'${text}' has no unit: write ${t}s for seconds or ${t}ms for milliseconds`);
    }
    const ms = (0,evaluate/* parseDuration */.E9)(t);
    if (ms === undefined || !Number.isFinite(ms) || ms < 0) {
        fail(where, `'${text}' is not a duration (e.g. 500ms, 10s, 5m, 1h, 14d)`);
    }
    // Node's timers overflow past 2^31-1 ms and then fire at once; the same bound as every input.
    if (ms > inputs/* MAX_DURATION_MS */.rG)
        fail(where, `'${text}' is longer than the maximum of 24h`);
    return ms;
}
function resolveUrl(raw, base, where) {
    try {
        return new URL(raw, base).toString();
    }
    catch {
        if (!base && raw.startsWith('/')) {
            fail(where, `'${raw}' is a path, but there is no base URL (set base-url, or run on deployment_status)`);
        }
        fail(where, `'${raw}' is not a valid URL`);
    }
}
function httpUrl(url, where) {
    const p = new URL(url).protocol;
    if (p !== 'http:' && p !== 'https:')
        fail(where, `only http and https URLs can be checked, got ${p}`);
    return url;
}
function expandEnv(text, env, where, secrets) {
    return text.replace(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name) => {
        const value = env[name];
        if (value === undefined)
            fail(where, `environment variable ${name} is not set`);
        if (value !== '')
            secrets.push(value);
        return value;
    });
}
/** Endpoints from the `endpoints` input: one per line, `URL` or `name=URL`. */
function endpointsFromList(lines, d, input = 'endpoints') {
    const secrets = [];
    const conditions = d.conditions;
    const checks = lines.map((line, i) => {
        const m = /^([^=\s]+)=(.+)$/.exec(line);
        const where = `input '${input}' line ${i + 1}`;
        const url = httpUrl(resolveUrl((m ? m[2] : line)?.trim() ?? '', d.baseUrl, where), where);
        secrets.push(...(0,redact/* urlSecrets */.Fn)(url));
        const name = m?.[1] ?? nameFromUrl(url);
        return {
            kind: 'http',
            name,
            environment: d.environment,
            url,
            method: 'GET',
            headers: {},
            expectedStatus: d.expectedStatus,
            timeoutMs: d.timeoutMs,
            conditions: conditions.map((c) => parseCondition(c, name)),
            ...(d.maxResponseMs !== undefined ? { maxResponseMs: d.maxResponseMs } : {}),
            minCertDays: d.minCertDays,
            confirmVersion: true,
            maxRedirects: DEFAULT_MAX_REDIRECTS,
        };
    });
    return { checks, secrets };
}
function domainsFromList(hosts, d) {
    return hosts.map((h, i) => domainCheck(h, d.environment, d, `input 'domains' line ${i + 1}`));
}
function domainCheck(raw, environment, d, where) {
    const spec = typeof raw === 'string' ? { host: raw } : raw;
    if (typeof spec.host !== 'string')
        fail(where, 'expected a host name, or a mapping with host: (and optionally http-url:)');
    const host = spec.host
        .trim()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    if (!/^[a-z0-9.-]+(:\d+)?$/.test(host))
        fail(where, `'${spec.host}' is not a host name`);
    const hostname = host.replace(/:\d+$/, '');
    const redirectFrom = typeof spec['http-url'] === 'string' ? spec['http-url'] : `http://${hostname}/`;
    if (!/^http:\/\//.test(redirectFrom))
        fail(where, `http-url '${redirectFrom}' must be an http:// URL`);
    return {
        kind: 'domain',
        name: host,
        environment,
        host,
        url: `https://${host}/`,
        timeoutMs: d.timeoutMs,
        ...(d.maxResponseMs !== undefined ? { maxResponseMs: d.maxResponseMs } : {}),
        minCertDays: d.minCertDays,
        checkRedirect: d.checkRedirect,
        redirectFrom,
    };
}
/** `follow-redirects: true | false | <hops>`; true follows up to DEFAULT_MAX_REDIRECTS. */
function followRedirects(value, where) {
    if (value === undefined || value === true)
        return DEFAULT_MAX_REDIRECTS;
    if (value === false)
        return 0;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MOST_REDIRECTS)
        return value;
    return fail(where, `expected true, false or a number of redirects 0-${MOST_REDIRECTS}, got ${JSON.stringify(value)}`);
}
function nameFromUrl(url) {
    const u = new URL(url);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
}
const ENDPOINT_KEYS = new Set([
    'name',
    'url',
    'method',
    'headers',
    'body',
    'status',
    'timeout',
    'conditions',
    'max-response-time',
    'min-cert-days',
    'confirm-version',
    'follow-redirects',
]);
const ENV_KEYS = new Set([
    'base-url',
    'domains',
    'endpoints',
    'timeout',
    'conditions',
    'max-response-time',
    'min-cert-days',
    'check-redirect',
]);
/**
 * Reads a config file (YAML or JSON; JSON is YAML):
 *
 * environments:
 *   prod:
 *     base-url: https://shop.example.com
 *     domains: [shop.example.com]
 *     endpoints:
 *       - { name: health, url: /health, conditions: ['[BODY].status == pass'] }
 */
function parseConfigFile(text, file, d) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
        const pos = lineCounter.linePos(first.pos[0]);
        fail(`${file}:${pos.line}:${pos.col}`, first.message.split('\n')[0] ?? 'syntax error');
    }
    const where = (path) => {
        const node = doc.getIn(path, true);
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
        const key = path
            .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
            .join('')
            .replace(/^\./, '');
        return `${file}${line ? `:${line}` : ''} (${key || 'top level'})`;
    };
    const root = doc.toJS();
    if (!isObj(root))
        fail(where([]), 'expected a mapping with `environments:` (or `endpoints:`)');
    const env = d.env ?? process.env;
    const secrets = [];
    const checks = [];
    const environments = [];
    if (isObj(root.environments)) {
        for (const [name, value] of Object.entries(root.environments)) {
            if (!isObj(value))
                fail(where(['environments', name]), 'expected a mapping with endpoints and/or domains');
            environments.push([name, value, ['environments', name]]);
        }
    }
    else if (root.environments !== undefined) {
        fail(where(['environments']), 'expected a mapping of environment name to its endpoints and domains');
    }
    const named = environments.map(([name]) => name);
    if (root.endpoints !== undefined || root.domains !== undefined) {
        if (typeof root.environment === 'string')
            named.push(root.environment);
        environments.push([typeof root.environment === 'string' ? root.environment : d.environment, root, []]);
    }
    if (environments.length === 0)
        fail(where([]), 'no `environments:` and no `endpoints:` found');
    for (const [envName, e, base] of environments) {
        if (base.length > 0) {
            for (const key of Object.keys(e))
                if (!ENV_KEYS.has(key))
                    fail(where([...base, key]), `unknown key '${key}' (known: ${[...ENV_KEYS].join(', ')})`);
        }
        const str = (v, path) => {
            if (typeof v === 'number')
                return String(v);
            if (typeof v !== 'string')
                fail(where(path), 'expected a string');
            return v;
        };
        const baseUrl = e['base-url'] !== undefined ? str(e['base-url'], [...base, 'base-url']) : d.baseUrl;
        const envTimeout = e.timeout !== undefined
            ? parseMs(str(e.timeout, [...base, 'timeout']), where([...base, 'timeout']))
            : d.timeoutMs;
        const envMax = e['max-response-time'] !== undefined
            ? parseMs(str(e['max-response-time'], [...base, 'max-response-time']), where([...base, 'max-response-time']))
            : d.maxResponseMs;
        const envCertDays = e['min-cert-days'] !== undefined ? Number(e['min-cert-days']) : d.minCertDays;
        if (!Number.isFinite(envCertDays))
            fail(where([...base, 'min-cert-days']), 'expected a number of days');
        const envConditions = Array.isArray(e.conditions)
            ? e.conditions.map((c, i) => str(c, [...base, 'conditions', i]))
            : d.conditions;
        const checkRedirect = e['check-redirect'] !== undefined ? e['check-redirect'] === true : d.checkRedirect;
        if (e.domains !== undefined) {
            if (!Array.isArray(e.domains))
                fail(where([...base, 'domains']), 'expected a list of host names');
            e.domains.forEach((h, i) => {
                const path = [...base, 'domains', i];
                checks.push(domainCheck(isObj(h) ? h : str(h, path), envName, { timeoutMs: envTimeout, maxResponseMs: envMax, minCertDays: envCertDays, checkRedirect }, where(path)));
            });
        }
        if (e.endpoints === undefined)
            continue;
        if (!Array.isArray(e.endpoints))
            fail(where([...base, 'endpoints']), 'expected a list of endpoints');
        e.endpoints.forEach((raw, i) => {
            const path = [...base, 'endpoints', i];
            const ep = typeof raw === 'string'
                ? { url: raw }
                : isObj(raw)
                    ? raw
                    : fail(where(path), 'expected a URL or a mapping with url:');
            for (const key of Object.keys(ep)) {
                if (!ENDPOINT_KEYS.has(key))
                    fail(where([...path, key]), `unknown key '${key}' (known: ${[...ENDPOINT_KEYS].join(', ')})`);
            }
            if (ep.url === undefined)
                fail(where(path), 'url is missing');
            const at = (k) => where([...path, k]);
            const url = httpUrl(resolveUrl(expandEnv(str(ep.url, [...path, 'url']), env, at('url'), secrets), baseUrl, at('url')), at('url'));
            secrets.push(...(0,redact/* urlSecrets */.Fn)(url));
            const name = ep.name !== undefined ? str(ep.name, [...path, 'name']) : nameFromUrl(url);
            const headers = {};
            if (ep.headers !== undefined) {
                if (!isObj(ep.headers))
                    fail(at('headers'), 'expected a mapping of header name to value');
                for (const [k, v] of Object.entries(ep.headers)) {
                    const value = expandEnv(str(v, [...path, 'headers', k]), env, where([...path, 'headers', k]), secrets);
                    headers[k.toLowerCase()] = value;
                    // Header values are credentials more often than not (authorization, x-api-key, bypass tokens).
                    if (value.length >= 4)
                        secrets.push(value);
                }
            }
            const conditionList = Array.isArray(ep.conditions)
                ? ep.conditions.map((c, j) => str(c, [...path, 'conditions', j]))
                : ep.conditions !== undefined
                    ? fail(at('conditions'), 'expected a list of conditions')
                    : envConditions;
            const conditions = conditionList.map((c, j) => {
                try {
                    return parseCondition(c, name);
                }
                catch (error) {
                    const line = Array.isArray(ep.conditions) ? where([...path, 'conditions', j]) : at('conditions');
                    throw new errors/* UsageError */.eb(`${line}: ${error.message}`);
                }
            });
            const statusRaw = ep.status;
            const expectedStatus = statusRaw === undefined
                ? d.expectedStatus
                : parseStatusList(Array.isArray(statusRaw) ? statusRaw.join(',') : String(statusRaw), at('status'));
            const maxResponse = ep['max-response-time'] !== undefined
                ? parseMs(String(ep['max-response-time']), at('max-response-time'))
                : envMax;
            const certDays = ep['min-cert-days'] !== undefined ? Number(ep['min-cert-days']) : envCertDays;
            if (!Number.isFinite(certDays))
                fail(at('min-cert-days'), 'expected a number of days');
            checks.push({
                kind: 'http',
                name,
                environment: envName,
                url,
                method: ep.method !== undefined ? str(ep.method, [...path, 'method']).toUpperCase() : 'GET',
                headers,
                ...(ep.body !== undefined
                    ? { body: typeof ep.body === 'string' ? ep.body : JSON.stringify(ep.body) }
                    : {}),
                expectedStatus,
                timeoutMs: ep.timeout !== undefined ? parseMs(String(ep.timeout), at('timeout')) : envTimeout,
                conditions,
                ...(maxResponse !== undefined ? { maxResponseMs: maxResponse } : {}),
                minCertDays: certDays,
                confirmVersion: ep['confirm-version'] !== false,
                maxRedirects: followRedirects(ep['follow-redirects'], at('follow-redirects')),
            });
        });
    }
    const names = new Set();
    for (const c of checks) {
        const key = `${c.environment}/${c.name}`;
        if (names.has(key))
            fail(file, `two checks are named '${c.name}' in environment '${c.environment}'; give them distinct names`);
        names.add(key);
    }
    return { checks, secrets, environments: named };
}


/***/ }),

/***/ 36167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ev: () => (/* binding */ lateness),
/* harmony export */   vz: () => (/* binding */ readCron)
/* harmony export */ });
/* unused harmony exports parseCron, previousSlot, intervalMinutes */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29556);
// How late did this scheduled run start? GitHub's cron is best-effort and often minutes (sometimes
// hours) late, which adds straight to the time to detect an outage; the summary says so honestly.

const RANGES = [
    [0, 59],
    [0, 23],
    [1, 31],
    [1, 12],
    // 7 is Sunday too, as in POSIX cron and GitHub's schedules.
    [0, 7],
];
const NAMES = [
    undefined,
    undefined,
    undefined,
    ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
    ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'],
];
/** `MON` → 1, `jan` → 1: GitHub's schedules accept month and weekday names. */
function numbered(text, names, lo) {
    if (!names)
        return text;
    return text.replace(/[A-Za-z]{3}/g, (name) => {
        const i = names.indexOf(name.toUpperCase());
        return i < 0 ? name : String(i + lo);
    });
}
function parseField(text, [lo, hi], expr, names) {
    const out = new Set();
    for (const part of numbered(text, names, lo === 0 ? 0 : 1).split(',')) {
        const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
        if (!m)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cron '${expr}': cannot read '${part}'`);
        const step = m[4] ? Number(m[4]) : 1;
        const from = m[1] === '*' ? lo : Number(m[2]);
        const to = m[1] === '*' ? hi : m[3] ? Number(m[3]) : m[4] ? hi : from;
        if (from < lo || to > hi || from > to || step < 1)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cron '${expr}': '${part}' is out of range ${lo}-${hi}`);
        for (let v = from; v <= to; v += step)
            out.add(v === 7 && hi === 7 ? 0 : v);
    }
    return out;
}
function parseCron(expr) {
    const parts = expr.trim().split(/\s+/);
    if (parts.length !== 5)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cron '${expr}': expected 5 fields (minute hour day month weekday)`);
    const fields = parts.map((p, i) => parseField(p, RANGES[i], expr, NAMES[i]));
    return { expr, fields, domStar: parts[2] === '*', dowStar: parts[4] === '*' };
}
/**
 * The `cron` input, checked up front whatever the event: a schedule that cannot be read would
 * otherwise pass silently on every run that is not itself scheduled.
 */
function readCron(source, name) {
    const raw = source.get(name);
    if (raw === '')
        return '';
    try {
        parseCron(raw);
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, error.message.replace(/^cron /, ''));
    }
    return raw;
}
function matches(s, d) {
    const [min, hour, dom, month, dow] = s.fields;
    if (!min.has(d.getUTCMinutes()) || !hour.has(d.getUTCHours()) || !month.has(d.getUTCMonth() + 1))
        return false;
    const domOk = dom.has(d.getUTCDate());
    const dowOk = dow.has(d.getUTCDay());
    // POSIX cron: when both day fields are restricted, either may match.
    if (!s.domStar && !s.dowStar)
        return domOk || dowOk;
    return domOk && dowOk;
}
/** The latest time at or before `now` (UTC, as GitHub evaluates schedules) that the schedule names. */
function previousSlot(s, now) {
    const t = new Date(now);
    t.setUTCSeconds(0, 0);
    for (let i = 0; i < 366 * 24 * 60; i++) {
        if (matches(s, t))
            return t;
        t.setUTCMinutes(t.getUTCMinutes() - 1);
    }
    return undefined;
}
/** Minutes between two consecutive slots around `now` (the schedule's interval there). */
function intervalMinutes(s, now) {
    const last = previousSlot(s, now);
    if (!last)
        return undefined;
    const before = previousSlot(s, new Date(last.getTime() - 60_000));
    return before ? (last.getTime() - before.getTime()) / 60_000 : undefined;
}
function lateness(expr, startedAt) {
    const s = parseCron(expr);
    const slot = previousSlot(s, startedAt);
    if (!slot)
        return undefined;
    const interval = intervalMinutes(s, startedAt);
    return {
        cron: expr,
        slot: slot.toISOString(),
        seconds: Math.round((startedAt.getTime() - slot.getTime()) / 1000),
        ...(interval !== undefined ? { intervalMinutes: interval } : {}),
    };
}


/***/ }),

/***/ 83689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ loadState),
/* harmony export */   NV: () => (/* binding */ importLegacy),
/* harmony export */   Qp: () => (/* binding */ newestState),
/* harmony export */   Vg: () => (/* binding */ applyDecision),
/* harmony export */   We: () => (/* binding */ checkState),
/* harmony export */   bK: () => (/* binding */ storeState),
/* harmony export */   lB: () => (/* binding */ observe),
/* harmony export */   p$: () => (/* binding */ emptyState)
/* harmony export */ });
/* unused harmony exports MONITOR_STATE_FORMAT, storedStateOf */
/* harmony import */ var _incidents_machine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77481);
/* harmony import */ var _rollups_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20968);


const MONITOR_STATE_FORMAT = 'shipshape.uptime-state/v1';
function emptyState() {
    return { checks: new Map() };
}
function checkState(state, id) {
    let c = state.checks.get(id.key);
    if (!c) {
        c = { ...id, series: (0,_rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .emptySeries */ .BV)(), streak: { failures: 0, successes: 0 }, memory: {} };
        state.checks.set(id.key, c);
    }
    // The newest name wins (a renamed environment label, say): charts are titled by it.
    c.environment = id.environment;
    c.name = id.name;
    c.url = id.url;
    return c;
}
/** Records one result: raw and rollups, and the trailing streak the incident machine needs. */
function observe(c, health, t, latencyMs, failure) {
    (0,_rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .addSample */ .yl)(c.series, {
        t,
        health,
        ...(latencyMs !== undefined ? { latencyMs } : {}),
        ...(failure ? { failure } : {}),
    });
    c.streak =
        health === 'up'
            ? { failures: 0, successes: c.streak.successes + 1 }
            : { failures: c.streak.failures + 1, successes: 0 };
    c.lastCheckedAt = t;
}
function storeState(state, now, retention = _rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETENTION */ .xh) {
    const checks = [];
    for (const c of state.checks.values()) {
        (0,_rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .compact */ .oE)(c.series, now, retention);
        checks.push({
            key: c.key,
            environment: c.environment,
            name: c.name,
            url: c.url,
            series: (0,_rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .storeSeries */ .dZ)(c.series),
            streak: c.streak,
            memory: c.memory,
            ...(c.alertDue ? { alertDue: true } : {}),
            ...(c.lastCheckedAt !== undefined ? { lastCheckedAt: c.lastCheckedAt } : {}),
        });
    }
    return { format: MONITOR_STATE_FORMAT, checks };
}
function loadState(stored, o = {}) {
    const state = emptyState();
    for (const s of stored.checks ?? []) {
        if (!s || typeof s.key !== 'string')
            continue;
        state.checks.set(s.key, {
            key: s.key,
            environment: String(s.environment ?? ''),
            name: String(s.name ?? s.key),
            url: String(s.url ?? ''),
            series: (0,_rollups_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSeries */ .yo)(s.series, o.rawTail),
            streak: {
                failures: Number(s.streak?.failures) || 0,
                successes: Number(s.streak?.successes) || 0,
            },
            memory: s.memory && typeof s.memory === 'object' ? s.memory : {},
            ...(s.alertDue ? { alertDue: true } : {}),
            ...(typeof s.lastCheckedAt === 'number' ? { lastCheckedAt: s.lastCheckedAt } : {}),
        });
    }
    return state;
}
/** The stored state in a history record, or undefined for records of the older per-run format. */
function storedStateOf(r) {
    const d = r.detail;
    return d?.monitor?.format === MONITOR_STATE_FORMAT ? d.monitor : undefined;
}
/** The newest stored state among `records` (a read may merge several runs' artifacts). */
function newestState(records) {
    for (let i = records.length - 1; i >= 0; i--) {
        const r = records[i];
        const state = storedStateOf(r);
        if (state)
            return { state, record: r };
    }
    return undefined;
}
/**
 * Records written before the state existed held one run each, with `h.<key>` (1 up, 0.5 degraded,
 * 0 down) and `ms.<key>` metrics. Their results are replayed into the state of the checks still
 * configured, with real times, so a recovery's downtime is counted from when it really started.
 */
function importLegacy(state, records, checks, policy) {
    for (const id of checks) {
        if (state.checks.has(id.key))
            continue;
        const key = `h.${id.key}`;
        const rows = records.filter((r) => !storedStateOf(r) && typeof r.metrics[key] === 'number');
        if (rows.length === 0)
            continue;
        const c = checkState(state, id);
        for (const r of rows) {
            const v = r.metrics[key];
            const health = v >= 1 ? 'up' : v > 0 ? 'degraded' : 'down';
            const t = Date.parse(r.time);
            observe(c, health, t, r.metrics[`ms.${id.key}`]);
            applyDecision(c, (0,_incidents_machine_js__WEBPACK_IMPORTED_MODULE_1__/* .decideIncident */ .h)(c.memory, health, c.streak, { ...policy, cooldownMs: 0 }, new Date(t)), t, true);
        }
    }
}
/** Moves a check's incident memory on after a decision; `delivered` says whether its alert went out. */
function applyDecision(c, d, t, delivered, issueNumber) {
    const at = new Date(t).toISOString();
    const m = c.memory;
    if (d.kind === 'open') {
        const alerted = d.alert && delivered;
        c.memory = {
            open: {
                issueNumber: issueNumber ?? d.reopen ?? 0,
                severity: d.severity,
                openedAt: at,
                alerted,
                ...(alerted
                    ? { lastAlertAt: at }
                    : m.lastClosed?.lastAlertAt
                        ? { lastAlertAt: m.lastClosed.lastAlertAt }
                        : {}),
            },
            ...(m.lastClosed ? { lastClosed: m.lastClosed } : {}),
        };
        c.alertDue = d.alert && !delivered;
    }
    else if (d.kind === 'update' && m.open) {
        const alerted = d.alert && delivered;
        c.memory = {
            ...m,
            open: {
                ...m.open,
                severity: d.to,
                alerted: m.open.alerted || alerted,
                ...(alerted ? { lastAlertAt: at } : {}),
            },
        };
        if (d.alert && !delivered)
            c.alertDue = true;
    }
    else if (d.kind === 'recover' && m.open) {
        const last = d.alert && delivered ? at : m.open.lastAlertAt;
        c.memory = {
            lastClosed: { issueNumber: m.open.issueNumber, closedAt: at, ...(last ? { lastAlertAt: last } : {}) },
        };
        c.alertDue = false;
    }
}


/***/ }),

/***/ 6845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ readSmokeInputs),
/* harmony export */   R_: () => (/* binding */ checkModeInputs)
/* harmony export */ });
/* unused harmony exports WATCH_INTERVAL_MS, MIN_WATCH_INTERVAL_MS, WATCH_DURATION_MS */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29556);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8998);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22395);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36167);
/* harmony import */ var _post_deploy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10509);





const WATCH_INTERVAL_MS = 30_000;
const MIN_WATCH_INTERVAL_MS = 10_000;
/** GitHub-hosted jobs are stopped at 6 h; the watcher stops 10 min before, history written. */
const WATCH_DURATION_MS = 5 * 3_600_000 + 50 * 60_000;
const HOSTED_JOB_LIMIT_MS = 6 * 3_600_000;
function webhook(source, name) {
    return (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readUrl */ .wo)(source, name)?.href ? source.get(name) : '';
}
function readSmokeInputs(source, history) {
    const resolve = {};
    for (const entry of (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(source, 'resolve')) {
        const m = /^([A-Za-z0-9.-]+)[=:](\S+)$/.exec(entry);
        if (!m?.[1] || !m[2])
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('resolve', `'${entry}' is not host=address`);
        resolve[m[1].toLowerCase()] = m[2];
    }
    const mode = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(source, 'mode', ['auto', 'post-deploy', 'uptime', 'watch'], 'auto');
    const interval = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)(source, 'interval', undefined, {
        minMs: mode === 'watch' ? MIN_WATCH_INTERVAL_MS : 0,
    });
    const watchDuration = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)(source, 'watch-duration', undefined);
    const historyName = source.get('history-name');
    const name = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(source, 'name', historyName || 'uptime');
    const inputs = {
        mode,
        endpoints: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(source, 'endpoints'),
        domains: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(source, 'domains'),
        config: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(source, 'config'),
        environment: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(source, 'environment'),
        baseUrl: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readUrl */ .wo)(source, 'base-url') ? source.get('base-url') : '',
        conditions: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readLines */ .Se)(source, 'conditions'),
        expectedStatus: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStatusList */ .AQ)(source.get('expected-status') || '200', "input 'expected-status'"),
        timeoutMs: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)(source, 'timeout', 10_000, { minMs: 1 }),
        retries: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'retries', 2, { min: 0, max: 10 }),
        backoffMs: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)(source, 'backoff', 1000),
        concurrency: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'concurrency', 10, { min: 1, max: 100 }),
        ...(source.get('max-response-time')
            ? { maxResponseMs: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)(source, 'max-response-time', 0, { minMs: 1 }) }
            : {}),
        minCertDays: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(source, 'min-cert-days', 14, { min: 0, max: 3650 }),
        checkRedirect: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(source, 'check-redirect', true),
        waitTimeoutMs: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)(source, 'wait-timeout', 300_000),
        consecutive: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'consecutive-successes', 3, { min: 1, max: 100 }),
        ...(interval !== undefined ? { intervalMs: interval } : {}),
        ...(watchDuration !== undefined ? { watchDurationMs: watchDuration } : {}),
        confirmVersion: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(source, 'confirm-version', true),
        version: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(source, 'version'),
        confirmAfter: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'confirm-after', 2, { min: 1, max: 100 }),
        recoverAfter: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'recover-after', 2, { min: 1, max: 100 }),
        cooldownMs: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)(source, 'cooldown', 30 * 60_000),
        issues: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(source, 'issues', true),
        issueLabel: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(source, 'issue-label', 'incident'),
        slackWebhook: webhook(source, 'slack-webhook'),
        discordWebhook: webhook(source, 'discord-webhook'),
        teamsWebhook: webhook(source, 'teams-webhook'),
        webhookUrl: webhook(source, 'webhook-url'),
        webhookSecret: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(source, 'webhook-secret'),
        runbookUrl: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readUrl */ .wo)(source, 'runbook-url') ? source.get('runbook-url') : '',
        heartbeatUrl: webhook(source, 'heartbeat-url'),
        cron: (0,_cron_js__WEBPACK_IMPORTED_MODULE_3__/* .readCron */ .vz)(source, 'cron'),
        allowedHosts: (0,_post_deploy_js__WEBPACK_IMPORTED_MODULE_4__/* .readAllowedHosts */ .cQ)(source, 'allowed-hosts'),
        history,
        name,
        status: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(source, 'status', true),
        caFile: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(source, 'ca-file'),
        resolve,
        failOn: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(source, 'fail-on', ['down', 'degraded', 'never'], 'down'),
    };
    return inputs;
}
/** Mode-dependent rules, checked once the mode is known (auto depends on the event). */
function checkModeInputs(i, mode, runner) {
    if (mode === 'uptime' && i.history.backend === 'off' && i.confirmAfter > 1) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('history', `'off' cannot be used with confirm-after ${i.confirmAfter}: each uptime run would forget the failures before it, so no incident would ever be confirmed or alerted. Keep history (history: auto), set confirm-after: 1, or use mode: watch, which remembers failures between its own checks`);
    }
    if (mode === 'watch') {
        const intervalMs = i.intervalMs ?? WATCH_INTERVAL_MS;
        const watchDurationMs = i.watchDurationMs ?? WATCH_DURATION_MS;
        if (runner.hosted && watchDurationMs > HOSTED_JOB_LIMIT_MS - 5 * 60_000) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('watch-duration', `'${(0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(watchDurationMs)}' does not end before GitHub stops a hosted job at 6 h, so the last results and the incident state would be lost; use at most 5h55m (default ${(0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(WATCH_DURATION_MS)})`);
        }
        if (watchDurationMs < intervalMs) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('watch-duration', `'${(0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(watchDurationMs)}' is shorter than the interval (${(0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(intervalMs)}): a watcher would check once; use mode: uptime for single runs`);
        }
        return { intervalMs, watchDurationMs };
    }
    return { intervalMs: i.intervalMs ?? 5000, watchDurationMs: i.watchDurationMs ?? 0 };
}


/***/ }),

/***/ 10509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c0: () => (/* binding */ trustDeployment),
/* harmony export */   cQ: () => (/* binding */ readAllowedHosts),
/* harmony export */   lM: () => (/* binding */ warmUp),
/* harmony export */   wB: () => (/* binding */ watch)
/* harmony export */ });
/* unused harmony export hostAllowed */
/* harmony import */ var _http_backoff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41577);
/* harmony import */ var _probes_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43174);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29556);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8998);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94018);
// After a deploy: wait until each endpoint is healthy on the new version (backing off with jitter,
// up to wait-timeout), require N passes in a row, then optionally keep probing for watch-duration
// and list every failed request — evidence that the rollout had no downtime.





const healthy = (r) => r.health !== 'down';
async function warmOne(c, o) {
    const start = performance.now();
    const deadline = start + o.waitTimeoutMs;
    let attempts = 0;
    let inARow = 0;
    let healthyAfterMs;
    let failuresWhileWaiting = 0;
    const seen = {};
    for (;;) {
        const result = await (0,_check_js__WEBPACK_IMPORTED_MODULE_2__/* .runCheck */ .k_)(c, { ...o.check, retries: 0 });
        attempts++;
        if (healthy(result)) {
            healthyAfterMs ??= Math.round(performance.now() - start);
            inARow++;
            failuresWhileWaiting = 0;
        }
        else {
            inARow = 0;
            failuresWhileWaiting++;
            const cls = result.failure?.class ?? 'unknown';
            seen[cls] = (seen[cls] ?? 0) + 1;
        }
        const passed = inARow >= o.consecutive;
        const left = deadline - performance.now();
        if (passed || left <= 0 || o.check.signal?.aborted) {
            return {
                result,
                attempts,
                ...(healthyAfterMs !== undefined ? { healthyAfterMs } : {}),
                passesInARow: inARow,
                passed,
                seen,
            };
        }
        const wait = inARow > 0 ? o.intervalMs : (0,_http_backoff_js__WEBPACK_IMPORTED_MODULE_3__/* .backoffDelay */ .E)(failuresWhileWaiting, o.backoff, o.check.random);
        if (inARow === 0)
            o.log?.(`${c.environment}/${c.name}: ${result.failure?.class ?? 'failing'} (${result.failure?.message ?? ''}); next try in ${wait} ms`);
        await (0,_http_backoff_js__WEBPACK_IMPORTED_MODULE_3__/* .sleep */ .y)(Math.min(wait, Math.max(0, left)), o.check.signal);
    }
}
function warmUp(checks, o) {
    return (0,_probes_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(checks, o.concurrency, (c) => warmOne(c, o));
}
/** Probes every check each `intervalMs` for `watchDurationMs` and records every failed request. */
async function watch(checks, o) {
    const start = performance.now();
    const failures = [];
    let requests = 0;
    while (performance.now() - start < o.watchDurationMs && !o.check.signal?.aborted) {
        const round = performance.now();
        const results = await (0,_probes_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(checks, o.concurrency, (c) => (0,_check_js__WEBPACK_IMPORTED_MODULE_2__/* .runCheck */ .k_)(c, { ...o.check, retries: 0 }));
        requests += results.length;
        for (const r of results) {
            if (!healthy(r)) {
                failures.push({
                    at: r.checkedAt,
                    environment: r.environment,
                    check: r.name,
                    class: r.failure?.class ?? 'unknown',
                    ...(r.status !== undefined ? { status: r.status } : {}),
                    message: r.failure?.message ?? '',
                });
            }
        }
        const left = o.watchDurationMs - (performance.now() - start);
        await (0,_http_backoff_js__WEBPACK_IMPORTED_MODULE_3__/* .sleep */ .y)(Math.min(left, Math.max(0, o.intervalMs - (performance.now() - round))), o.check.signal);
    }
    return { durationMs: Math.round(performance.now() - start), requests, failures };
}
/**
 * `allowed-hosts`: host names (`shop.example.com`) or subdomain wildcards (`*.preview.example.com`,
 * which does not match preview.example.com itself), lower-cased.
 */
function readAllowedHosts(source, name) {
    return (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(source, name).map((entry) => {
        const host = entry.toLowerCase();
        if (!/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${entry}' is not a host name or *.domain`);
        return host;
    });
}
function hostAllowed(url, allowed) {
    let host;
    try {
        host = new URL(url).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return allowed.some((a) => (a.startsWith('*.') ? host.endsWith(a.slice(1)) : host === a));
}
/**
 * Whether a deployment event may be checked at all. Anyone who can create a deployment (a preview
 * integration building a fork's pull request, a token with `deployments: write`) chooses its
 * environment name and URL; checking it would send the configured credentials there and post a
 * success status for it. So only environments the workflow names are checked, and an event URL that
 * would be requested must be on an allowed host whenever `allowed-hosts` is given.
 */
function trustDeployment(claim, rules) {
    const env = claim.environment || '(none)';
    const named = rules.environments.filter((e) => e !== '');
    const allowed = claim.url !== undefined && hostAllowed(claim.url, rules.allowedHosts);
    const where = claim.url ? ` at host '${hostOf(claim.url) ?? '?'}'` : ' without a URL';
    if (named.length > 0) {
        if (!named.includes(claim.environment ?? ''))
            return {
                trusted: false,
                reason: `deployment to environment '${env}', which is not configured (configured: ${named.join(', ')})`,
            };
        if (rules.urlUsed && claim.url && rules.allowedHosts.length > 0 && !allowed)
            return { trusted: false, reason: `deployment to '${env}'${where}, which is not in 'allowed-hosts'` };
        return { trusted: true };
    }
    if (rules.allowedHosts.length === 0)
        return {
            trusted: false,
            reason: `deployment to environment '${env}': no environment is configured; name it in the 'environment' input (or the config file), or list its host in 'allowed-hosts'`,
        };
    if (!allowed)
        return { trusted: false, reason: `deployment to '${env}'${where}, which is not in 'allowed-hosts'` };
    return { trusted: true };
}
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 20968:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ emptySeries),
/* harmony export */   cg: () => (/* binding */ hourOf),
/* harmony export */   dZ: () => (/* binding */ storeSeries),
/* harmony export */   iQ: () => (/* binding */ HOUR_MS),
/* harmony export */   kb: () => (/* binding */ dayOf),
/* harmony export */   oE: () => (/* binding */ compact),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   xh: () => (/* binding */ DEFAULT_RETENTION),
/* harmony export */   yl: () => (/* binding */ addSample),
/* harmony export */   yo: () => (/* binding */ loadSeries)
/* harmony export */ });
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** 48 h of raw results, hourly rollups for 92 days (so a 90-day window is exact), daily for 400. */
const DEFAULT_RETENTION = {
    rawMs: 48 * HOUR_MS,
    rawCount: 5760,
    hourlyMs: 92 * DAY_MS,
    dailyMs: 400 * DAY_MS,
};
function emptySeries() {
    return { raw: [], hourly: [], daily: [] };
}
// Bins 2% wide: a quantile read from the histogram is within 2% of the exact one.
const GROWTH = Math.log(1.02);
const binOf = (ms) => Math.floor(Math.log1p(Math.max(0, ms)) / GROWTH);
/** The middle of a bin, in ms. */
const binMiddle = (bin) => Math.expm1((bin + 0.5) * GROWTH);
function quantile(hist, q) {
    const bins = Object.entries(hist)
        .map(([b, n]) => [Number(b), n])
        .sort((a, b) => a[0] - b[0]);
    const total = bins.reduce((s, [, n]) => s + n, 0);
    if (total === 0)
        return undefined;
    const rank = Math.max(1, Math.ceil(q * total));
    let seen = 0;
    for (const [bin, n] of bins) {
        seen += n;
        if (seen >= rank)
            return Math.round(binMiddle(bin));
    }
    return undefined;
}
function close(b) {
    if (!b.hist)
        return;
    const p50 = quantile(b.hist, 0.5);
    const p95 = quantile(b.hist, 0.95);
    if (p50 !== undefined)
        b.p50 = Math.min(p50, b.max ?? p50);
    if (p95 !== undefined)
        b.p95 = Math.min(p95, b.max ?? p95);
    delete b.hist;
}
function countInto(list, start, s) {
    let b = list.at(-1);
    if (!b || b.start < start) {
        if (b)
            close(b);
        b = { start, up: 0, degraded: 0, down: 0, hist: {} };
        list.push(b);
    }
    else if (b.start > start) {
        // A result older than the newest bucket (clock skew between two runners): counted where it
        // belongs if that bucket is still kept, so totals stay exact.
        const older = list.find((x) => x.start === start);
        if (!older)
            return;
        b = older;
    }
    b[s.health]++;
    if (s.health !== 'up' && s.failure) {
        b.failures ??= {};
        b.failures[s.failure] = (b.failures[s.failure] ?? 0) + 1;
    }
    if (s.latencyMs !== undefined && Number.isFinite(s.latencyMs)) {
        const ms = Math.round(s.latencyMs);
        b.max = Math.max(b.max ?? 0, ms);
        if (b.hist) {
            const bin = String(binOf(ms));
            b.hist[bin] = (b.hist[bin] ?? 0) + 1;
        }
    }
}
const hourOf = (t) => Math.floor(t / HOUR_MS) * HOUR_MS;
const dayOf = (t) => Math.floor(t / DAY_MS) * DAY_MS;
/** Adds one result: raw, and counted into its hour and its day. */
function addSample(series, s) {
    series.raw.push(s);
    countInto(series.hourly, hourOf(s.t), s);
    countInto(series.daily, dayOf(s.t), s);
}
/** Drops what is past its retention; closes buckets that can no longer grow. */
function compact(series, now, r = DEFAULT_RETENTION) {
    const rawFrom = now - r.rawMs;
    let first = series.raw.findIndex((s) => s.t >= rawFrom);
    if (first < 0)
        first = series.raw.length;
    first = Math.max(first, series.raw.length - r.rawCount);
    if (first > 0)
        series.raw.splice(0, first);
    // Cut at a day boundary, so the days before the oldest hour kept are whole in the daily rollups.
    const hourlyFrom = Math.floor((now - r.hourlyMs) / DAY_MS) * DAY_MS;
    series.hourly = series.hourly.filter((b) => b.start >= hourlyFrom);
    series.daily = series.daily.filter((b) => b.start + DAY_MS > now - r.dailyMs);
    for (const b of series.hourly)
        if (b.start + HOUR_MS <= now)
            close(b);
    for (const b of series.daily)
        if (b.start + DAY_MS <= now)
            close(b);
}
const CODE = { up: 'u', degraded: 'd', down: 'x' };
const FROM_CODE = { u: 'up', d: 'degraded', x: 'down' };
function storeBuckets(list, unit) {
    const t0 = list[0] ? list[0].start / unit : 0;
    let prev = t0;
    const rows = list.map((b) => {
        const at = b.start / unit;
        const row = [at - prev, b.up, b.degraded, b.down, b.p50 ?? -1, b.p95 ?? -1, b.max ?? -1];
        prev = at;
        if (b.failures || b.hist)
            row.push(b.failures ?? 0);
        if (b.hist)
            row.push(b.hist);
        return row;
    });
    return { t0, rows };
}
function loadBuckets(stored, unit) {
    if (!stored || !Array.isArray(stored.rows))
        return [];
    let at = Number(stored.t0) || 0;
    const rows = stored.rows;
    const out = new Array(rows.length);
    let n = 0;
    const num = (v) => (typeof v === 'number' ? v : 0);
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        if (!Array.isArray(row) || row.length < 7)
            continue;
        at += num(row[0]);
        const b = { start: at * unit, up: num(row[1]), degraded: num(row[2]), down: num(row[3]) };
        const p50 = num(row[4]);
        const p95 = num(row[5]);
        const max = num(row[6]);
        if (p50 >= 0 && row[4] !== undefined)
            b.p50 = p50;
        if (p95 >= 0 && row[5] !== undefined)
            b.p95 = p95;
        if (max >= 0 && row[6] !== undefined)
            b.max = max;
        if (row.length > 7) {
            if (row[7] && typeof row[7] === 'object')
                b.failures = row[7];
            if (row[8] && typeof row[8] === 'object')
                b.hist = row[8];
        }
        out[n++] = b;
    }
    out.length = n;
    return out;
}
function storeSeries(s) {
    // Floored, so a result never moves into the next hour (or day) on the way back in.
    const secs = s.raw.map((x) => Math.floor(x.t / 1000));
    const f = {};
    s.raw.forEach((x, i) => {
        if (x.failure && x.health !== 'up')
            f[i] = x.failure;
    });
    return {
        raw: {
            t0: secs[0] ?? 0,
            dt: secs.map((t, i) => (i === 0 ? 0 : t - secs[i - 1])),
            h: s.raw.map((x) => CODE[x.health]).join(''),
            ms: s.raw.map((x) => (x.latencyMs === undefined ? -1 : Math.round(x.latencyMs))),
            f,
        },
        hourly: storeBuckets(s.hourly, HOUR_MS),
        daily: storeBuckets(s.daily, DAY_MS),
    };
}
/** `rawTail` loads only the newest raw results (a reader that needs rollups and a sparkline). */
function loadSeries(stored, rawTail = Number.POSITIVE_INFINITY) {
    if (!stored)
        return emptySeries();
    const raw = [];
    const r = stored.raw;
    if (r && typeof r.h === 'string' && Array.isArray(r.dt) && Array.isArray(r.ms)) {
        let t = Number(r.t0) || 0;
        const from = Math.max(0, r.h.length - rawTail);
        for (let i = 0; i < from; i++)
            t += Number(r.dt[i]) || 0;
        for (let i = from; i < r.h.length; i++) {
            t += Number(r.dt[i]) || 0;
            const health = FROM_CODE[r.h[i]];
            if (!health)
                continue;
            const ms = Number(r.ms[i]);
            const failure = r.f?.[i];
            raw.push({
                t: t * 1000,
                health,
                ...(ms >= 0 ? { latencyMs: ms } : {}),
                ...(failure ? { failure } : {}),
            });
        }
    }
    return { raw, hourly: loadBuckets(stored.hourly, HOUR_MS), daily: loadBuckets(stored.daily, DAY_MS) };
}


/***/ }),

/***/ 30230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U5: () => (/* binding */ resolveMode),
  Lw: () => (/* binding */ runSmoke)
});

// UNUSED EXPORTS: alertChannels, pingHeartbeat

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/shared/http/retry-after.js
var retry_after = __webpack_require__(13180);
// EXTERNAL MODULE: ./build/shared/http/retrying.js
var retrying = __webpack_require__(20991);
// EXTERNAL MODULE: ./build/shared/probes/redact.js
var redact = __webpack_require__(69141);
;// CONCATENATED MODULE: ./build/shared/alerts/event.js
// What an alert says, whatever the channel: one check in one environment changed state.
const EMOJI = { down: '🔴', degraded: '🟠', recovered: '✅' };
/**
 * Control characters and bidirectional overrides removed from untrusted text in every channel: they
 * can hide or reorder what a reader sees (a URL that displays as another).
 */
function withoutControls(text) {
    // \p{Cc} is every C0/C1 control; tab and newline are kept. \p{Bidi_Control} covers the
    // embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks.
    return text.replace(/(?![\t\n])[\p{Cc}\p{Bidi_Control}]/gu, '');
}
const asIs = (t) => withoutControls(t);
function headline(e, esc = asIs) {
    const what = e.kind === 'recovered' ? 'recovered' : `is ${e.kind}${e.flapping ? ' again (flapping)' : ''}`;
    return `[${esc(e.environment)}] ${esc(e.check)} ${what}`;
}
/** Minutes (or hours) between two ISO times, for "down for 12 min". */
function durationText(fromIso, toIso) {
    const ms = Date.parse(toIso) - Date.parse(fromIso);
    if (!Number.isFinite(ms) || ms < 0)
        return 'unknown';
    const min = Math.round(ms / 60_000);
    if (min < 60)
        return `${min} min`;
    return `${Math.floor(min / 60)} h ${min % 60} min`;
}
function plainText(e, esc = asIs) {
    const parts = [`${EMOJI[e.kind]} ${headline(e, esc)}`, esc(e.url)];
    if (e.kind === 'recovered')
        parts.push(`down for ${durationText(e.since, e.at)}`);
    else
        parts.push(esc(`${e.failureClass ? `${e.failureClass}: ` : ''}${e.message}`));
    const runbook = safeUrl(e.runbookUrl);
    if (runbook)
        parts.push(`runbook: ${esc(runbook)}`);
    return parts.join(' — ');
}
/** An http(s) URL fit to be a link target, normalised; anything else is no link at all. */
function safeUrl(url) {
    if (!url)
        return undefined;
    try {
        const u = new URL(url);
        return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : undefined;
    }
    catch {
        return undefined;
    }
}
/** The links shipshape builds itself: runbook, incident issue and run, http(s) only. */
function links(e) {
    return [
        { title: 'Runbook', url: safeUrl(e.runbookUrl) },
        { title: 'Incident issue', url: safeUrl(e.issueUrl) },
        { title: 'Workflow run', url: safeUrl(e.runUrl) },
    ].filter((l) => l.url !== undefined);
}
/** Titles are shipshape's own; values are escaped with the channel's escaper. */
function facts(e, esc = asIs) {
    return [
        { title: 'Environment', value: esc(e.environment) },
        { title: 'Check', value: esc(e.check) },
        { title: 'URL', value: esc(e.url) },
        ...(e.kind === 'recovered'
            ? [{ title: 'Down for', value: durationText(e.since, e.at) }]
            : [
                { title: 'Failure', value: esc(`${e.failureClass ? `${e.failureClass}: ` : ''}${e.message}`) },
                { title: 'Since', value: esc(e.since) },
            ]),
    ];
}

;// CONCATENATED MODULE: ./build/shared/alerts/discord.js
// Discord webhook: one embed. Limits from Discord's reference: title 256, description 4096, field
// name 256, value 1024, 25 fields, footer 2048, 6000 characters per message. Mentions are disabled
// (allowed_mentions.parse = []) so nothing can ping @everyone, and Discord's markdown (masked links
// `[text](url)`, `<@id>`, `<#channel>`, `<t:…>`, emphasis, headings, quotes) is backslash-escaped in
// every untrusted piece. Discord answers 204 (or 200 with ?wait=true).

const COLOR = { down: 0xd73a49, degraded: 0xdbab09, recovered: 0x28a745 };
/** Cuts escaped text without leaving a lone escaping backslash at the end. */
function cut(s, n) {
    if (s.length <= n)
        return s;
    let head = s.slice(0, n - 1);
    const trailing = /\\+$/.exec(head)?.[0].length ?? 0;
    if (trailing % 2 === 1)
        head = head.slice(0, -1);
    return `${head}…`;
}
/** Shows text literally in Discord markdown: every markdown and mention character escaped. */
function discordEscape(s) {
    return withoutControls(s).replace(/[\\`*_~|[\]()<>#@:!-]/g, (c) => `\\${c}`);
}
/** A URL inside `[title](<url>)`: the angle brackets end at the first `>`, which is encoded. */
function linkTarget(url) {
    return url.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
}
function discordPayload(e) {
    const linkLines = links(e).map((l) => `[${l.title}](<${linkTarget(l.url)}>)`);
    const issue = links(e).find((l) => l.title === 'Incident issue') ?? links(e).find((l) => l.title === 'Runbook');
    return {
        username: 'shipshape',
        content: cut(plainText(e, discordEscape), 2000),
        allowed_mentions: { parse: [] },
        embeds: [
            {
                title: cut(headline(e, discordEscape), 256),
                ...(issue ? { url: issue.url } : {}),
                color: COLOR[e.kind],
                description: cut(linkLines.join(' · ') || discordEscape(e.url), 4096),
                fields: facts(e, discordEscape)
                    .slice(0, 25)
                    .map((f) => ({
                    name: cut(f.title, 256),
                    value: cut(f.value || '-', 1024),
                    inline: f.title !== 'Failure',
                })),
                timestamp: e.at,
                footer: { text: 'shipshape deploy-smoke-health' },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./build/shared/alerts/slack.js
// Slack incoming webhook: `text` is the notification and screen-reader fallback, `blocks` the
// message (Block Kit). Limits from Slack's reference: header 150 chars, section text 3000, field 2000,
// button text 75, button URL 3000. Slack answers 200 "ok" and anything else is a failure.
// Both `text` and mrkdwn fields are parsed by Slack: `<!channel>`, `<@U123>` and `<url|label>` are
// controls, so every untrusted piece has &, < and > escaped; the header is plain_text and shown as is.

const slack_cut = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** Cuts escaped text without splitting an entity such as `&amp;` in two. */
function cutEscaped(s, n) {
    if (s.length <= n)
        return s;
    const head = s.slice(0, n - 1);
    const open = head.lastIndexOf('&');
    return `${open >= 0 && !head.includes(';', open) ? head.slice(0, open) : head}…`;
}
/** Slack mrkdwn treats &, < and > as control characters; Slack's reference says to escape exactly these. */
function slackEscape(s) {
    return withoutControls(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function slackPayload(e) {
    const blocks = [
        {
            type: 'header',
            text: { type: 'plain_text', text: slack_cut(`${EMOJI[e.kind]} ${headline(e)}`, 150), emoji: true },
        },
        {
            type: 'section',
            fields: facts(e, slackEscape).map((f) => ({
                type: 'mrkdwn',
                text: cutEscaped(`*${f.title}*\n${f.value}`, 2000),
            })),
        },
        {
            type: 'context',
            elements: [
                { type: 'mrkdwn', text: cutEscaped(`shipshape deploy-smoke-health · ${slackEscape(e.at)}`, 3000) },
            ],
        },
    ];
    const buttons = links(e).filter((l) => l.url.length <= 3000);
    if (buttons.length > 0) {
        blocks.push({
            type: 'actions',
            elements: buttons.map((l, i) => ({
                type: 'button',
                action_id: `shipshape-link-${i}`,
                text: { type: 'plain_text', text: slack_cut(l.title, 75) },
                url: l.url,
            })),
        });
    }
    return { text: cutEscaped(plainText(e, slackEscape), 3000), blocks };
}

;// CONCATENATED MODULE: ./build/shared/alerts/teams.js
// Microsoft Teams through a Workflows (Power Automate) webhook, the replacement for Office 365
// connectors: the "Post to a channel when a webhook request is received" template reads a message
// whose `attachments` hold Adaptive Cards (contentType application/vnd.microsoft.card.adaptive).
// Teams renders Adaptive Cards up to version 1.5; 1.4 is used for older clients. Answers 202.
// TextBlocks and FactSet values render a markdown subset (emphasis, lists, `[text](url)` links), so
// untrusted pieces are backslash-escaped and a zero-width space keeps `](` from ever forming a link.

/** Shows text literally in an Adaptive Card TextBlock or fact. */
function teamsEscape(s) {
    return withoutControls(s)
        .replace(/[\\`*_~[\]()<>#!|-]/g, (c) => `\\${c}`)
        .replace(/\\\]\\\(/g, '\\]\u200b\\(')
        .replace(/:\/\//g, ':\u200b//');
}
function teamsPayload(e) {
    const color = e.kind === 'recovered' ? 'Good' : e.kind === 'down' ? 'Attention' : 'Warning';
    return {
        type: 'message',
        attachments: [
            {
                contentType: 'application/vnd.microsoft.card.adaptive',
                contentUrl: null,
                content: {
                    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                    type: 'AdaptiveCard',
                    version: '1.4',
                    msteams: { width: 'Full' },
                    body: [
                        {
                            type: 'TextBlock',
                            text: `${EMOJI[e.kind]} ${headline(e, teamsEscape)}`,
                            weight: 'Bolder',
                            size: 'Medium',
                            color,
                            wrap: true,
                        },
                        { type: 'FactSet', facts: facts(e, teamsEscape) },
                    ],
                    actions: links(e).map((l) => ({ type: 'Action.OpenUrl', title: l.title, url: l.url })),
                },
            },
        ],
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/shared/alerts/webhook.js
// A generic JSON webhook for anything else (PagerDuty bridges, Opsgenie, a team's own bot). Signed so
// the receiver can tell it came from this workflow: HMAC-SHA256 over `<timestamp>.<body>` with the
// shared secret, sent as `X-Shipshape-Signature: sha256=<hex>` with `X-Shipshape-Timestamp` (Unix
// seconds); receivers should reject timestamps older than five minutes to stop replays.


const WEBHOOK_SCHEMA = 'shipshape.alert/v1';
const SIGNATURE_HEADER = 'x-shipshape-signature';
const TIMESTAMP_HEADER = 'x-shipshape-timestamp';
/**
 * Values stay data (JSON strings, not markup): environment, check name, URL and failure message come
 * from the config and the monitored service, so a receiver that renders them must escape them for
 * its own format. Control and bidirectional-override characters are removed here; links are
 * http(s) or null.
 */
function webhookPayload(e) {
    const t = withoutControls;
    return {
        schema: WEBHOOK_SCHEMA,
        event: e.kind,
        environment: t(e.environment),
        check: { name: t(e.check), url: t(e.url), fingerprint: e.fingerprint },
        ...(e.kind !== 'recovered' ? { failure: { class: e.failureClass ?? null, message: t(e.message) } } : {}),
        since: e.since,
        at: e.at,
        flapping: e.flapping === true,
        links: {
            runbook: safeUrl(e.runbookUrl) ?? null,
            issue: safeUrl(e.issueUrl) ?? null,
            run: safeUrl(e.runUrl) ?? null,
        },
    };
}
function signBody(secret, timestamp, body) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
/** What a receiver does; exported for tests and documented in docs/deploy-smoke-health.md. */
function verifySignature(secret, timestamp, body, signature, nowSec, toleranceSec = 300) {
    const ts = Number(timestamp);
    if (!Number.isSafeInteger(ts) || Math.abs(nowSec - ts) > toleranceSec)
        return false;
    const expected = Buffer.from(signBody(secret, ts, body));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
}

;// CONCATENATED MODULE: ./build/shared/alerts/send.js
// Delivers one alert to one channel. A webhook URL is a credential (whoever has it can post), so
// errors name the channel and the URL's origin only.







/**
 * How long a provider asked us to wait (`retry-after`: seconds or an HTTP date; Discord also sends
 * a JSON `retry_after` in seconds). undefined when it did not say.
 */
function retryAfterMs(header, body, now) {
    const asked = (0,retry_after/* retryAfterHeaderMs */.u)(header, now);
    if (asked !== undefined)
        return asked;
    const m = /"retry_after"\s*:\s*(\d+(?:\.\d+)?)/.exec(body);
    return m ? Math.round(Number(m[1]) * 1000) : undefined;
}
const ACCEPTED = {
    slack: (s) => s === 200,
    discord: (s) => s === 200 || s === 204,
    teams: (s) => s === 200 || s === 202,
    webhook: (s) => s >= 200 && s < 300,
};
function payloadFor(kind, e) {
    switch (kind) {
        case 'slack':
            return slackPayload(e);
        case 'discord':
            return discordPayload(e);
        case 'teams':
            return teamsPayload(e);
        case 'webhook':
            return webhookPayload(e);
    }
}
async function sendAlert(channel, e, o = {}) {
    const target = (0,redact/* maskWebhookUrl */.zC)(channel.url);
    const body = (0,redact/* scrub */._I)(JSON.stringify(payloadFor(channel.kind, e)), o.secrets ?? []);
    const now = o.now ?? (() => new Date());
    const failure = (error, status) => ({
        channel: channel.kind,
        target,
        ok: false,
        ...(status !== undefined ? { status } : {}),
        error,
    });
    const sendOnce = async () => {
        const headers = {
            'content-type': 'application/json',
            'user-agent': 'shipshape-deploy-smoke-health',
        };
        if (channel.kind === 'webhook' && channel.secret) {
            const ts = Math.floor(now().getTime() / 1000);
            headers[TIMESTAMP_HEADER] = String(ts);
            headers[SIGNATURE_HEADER] = signBody(channel.secret, ts, body);
        }
        try {
            const res = await fetch(channel.url, {
                method: 'POST',
                headers,
                body,
                signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
                redirect: 'error',
            });
            const text = await res.text().catch(() => '');
            if (ACCEPTED[channel.kind](res.status)) {
                return { result: { channel: channel.kind, target, ok: true, status: res.status }, retry: false };
            }
            const asked = retryAfterMs(res.headers.get('retry-after'), text, now());
            return {
                result: failure(`HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`, res.status),
                // Anything but a rate limit or a server error is a request the provider will never take.
                retry: (0,retrying/* retryableStatus */.F)(res.status),
                ...(asked !== undefined ? { retryAfterMs: asked } : {}),
            };
        }
        catch (error) {
            const cause = error.cause?.code;
            const why = error.name === 'TimeoutError' ? 'timed out' : (cause ?? error.message);
            return { result: failure(why), retry: true };
        }
    };
    const maxWait = o.maxRetryAfterMs ?? 60_000;
    const sent = await (0,retrying/* retrying */.R)(sendOnce, {
        attempts: (o.retries ?? 3) + 1,
        backoff: { baseMs: o.backoffMs ?? 1000, maxMs: 10_000 },
        maxRetryAfterMs: maxWait,
        ...(o.signal ? { signal: o.signal } : {}),
    });
    const { result, attempts } = sent;
    if (result.ok)
        return { ...result, attempts };
    const refused = sent.refusedWaitMs !== undefined
        ? ` (asked to retry after ${Math.round(sent.refusedWaitMs / 1000)} s, longer than the ${Math.round(maxWait / 1000)} s shipshape waits)`
        : '';
    return {
        ...result,
        attempts,
        error: (0,redact/* scrub */._I)(`${result.error}${refused} after ${attempts} attempt${attempts === 1 ? '' : 's'}`, [
            channel.url,
            ...(o.secrets ?? []),
        ]),
    };
}

// EXTERNAL MODULE: ./build/shared/history/record.js
var record = __webpack_require__(93114);
// EXTERNAL MODULE: ./build/shared/history/record-history.js
var record_history = __webpack_require__(90835);
// EXTERNAL MODULE: ./build/shared/probes/dns.js
var dns = __webpack_require__(30797);
// EXTERNAL MODULE: ./build/shared/runtime/errors.js
var errors = __webpack_require__(29556);
// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/check.js + 4 modules
var check = __webpack_require__(94018);
// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/config.js + 1 modules
var config = __webpack_require__(22395);
// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/cron.js
var deploy_smoke_health_cron = __webpack_require__(36167);
// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/monitor-state.js
var monitor_state = __webpack_require__(83689);
// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/post-deploy.js
var post_deploy = __webpack_require__(10509);
// EXTERNAL MODULE: ./build/shared/report/runbooks.js
var runbooks = __webpack_require__(65186);
;// CONCATENATED MODULE: ./build/shared/deploy-smoke-health/post-deploy-alerts.js


const POST_DEPLOY_STATE_FORMAT = 'shipshape.post-deploy-state/v1';
function emptyPostDeployMemory() {
    return { format: POST_DEPLOY_STATE_FORMAT, failing: {} };
}
function postDeployMemoryOf(records) {
    for (let i = records.length - 1; i >= 0; i--) {
        const m = records[i]?.detail?.postDeploy;
        if (m?.format === POST_DEPLOY_STATE_FORMAT && m.failing && typeof m.failing === 'object')
            return m;
    }
    return emptyPostDeployMemory();
}
function why(c) {
    if (c.version && !c.version.confirmed)
        return `the deployed version ${c.version.expected.slice(0, 12)} is not live (found ${c.version.found ?? 'none'})`;
    if (c.health === 'down')
        return c.failure?.message ?? 'down';
    if (c.warmup && !c.warmup.passed)
        return `not healthy ${c.warmup.passesInARow} times in a row before the wait ran out`;
    return undefined;
}
function postDeployAlerts(checks, watch, memory, o) {
    const at = o.now.toISOString();
    const failing = { ...memory.failing };
    const events = [];
    for (const c of checks) {
        const watchFailures = (watch?.failures ?? []).filter((f) => f.environment === c.environment && f.check === c.name);
        const reason = why(c);
        const base = {
            environment: c.environment,
            check: c.name,
            url: (0,redact/* redactUrl */.BO)(c.url),
            fingerprint: c.fingerprint,
            at,
            runbookUrl: o.runbookUrl ||
                (0,runbooks/* runbookUrl */.oV)('deploy-smoke-health', (0,runbooks/* smokeRunbookAnchor */.d9)(c.failure?.class, c.health === 'degraded')),
            ...(o.runUrl ? { runUrl: o.runUrl } : {}),
        };
        if (reason || watchFailures.length > 0) {
            const previous = failing[c.fingerprint];
            const since = previous?.failedAt ?? at;
            failing[c.fingerprint] = {
                environment: c.environment,
                name: c.name,
                failedAt: since,
                ...(o.sha ? { sha: o.sha } : {}),
            };
            const first = watchFailures[0];
            events.push({
                ...base,
                kind: reason ? 'down' : 'degraded',
                ...(reason
                    ? c.failure
                        ? { failureClass: c.failure.class }
                        : {}
                    : first
                        ? { failureClass: first.class }
                        : {}),
                message: reason
                    ? `after the deploy${o.sha ? ` of ${o.sha.slice(0, 12)}` : ''}: ${reason}`
                    : `${watchFailures.length} of ${watch?.requests ?? 0} requests failed while watching the rollout (first: ${first?.class}: ${first?.message})`,
                since,
            });
        }
        else if (failing[c.fingerprint]) {
            const previous = failing[c.fingerprint];
            delete failing[c.fingerprint];
            events.push({
                ...base,
                kind: 'recovered',
                message: 'passing after the deploy',
                since: previous.failedAt,
            });
        }
    }
    return { events, memory: { format: POST_DEPLOY_STATE_FORMAT, failing } };
}

;// CONCATENATED MODULE: ./build/shared/deploy-smoke-health/report.js
const REPORT_SCHEMA = 'shipshape.deploy-smoke-health/v1';
function worstState(checks) {
    if (checks.some((c) => c.health === 'down'))
        return 'down';
    if (checks.some((c) => c.health === 'degraded'))
        return 'degraded';
    return 'up';
}

// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/rollups.js
var rollups = __webpack_require__(20968);
// EXTERNAL MODULE: ./build/shared/deploy-smoke-health/uptime.js
var uptime = __webpack_require__(11063);
// EXTERNAL MODULE: ./build/shared/http/backoff.js
var backoff = __webpack_require__(41577);
// EXTERNAL MODULE: ./build/shared/probes/pool.js
var pool = __webpack_require__(43174);
// EXTERNAL MODULE: ./build/shared/github/errors.js
var github_errors = __webpack_require__(36199);
// EXTERNAL MODULE: ./build/shared/github/identity.js
var identity = __webpack_require__(82582);
// EXTERNAL MODULE: ./build/shared/report/markdown.js
var markdown = __webpack_require__(15210);
;// CONCATENATED MODULE: ./build/shared/incidents/issue-body.js
// An incident issue carries its own state: a hidden fingerprint marker that ties it to one check,
// and a hidden JSON line with what the state machine needs next run. No git commit holds state.

const INCIDENT_MARKER = 'shipshape:deploy-smoke-health:incident';
const STATE_MARKER = 'shipshape:incident-state';
function fingerprintMarker(fingerprint) {
    return `<!-- ${INCIDENT_MARKER} fingerprint=${fingerprint} -->`;
}
function readFingerprint(body) {
    const m = new RegExp(`<!-- ${INCIDENT_MARKER} fingerprint=([0-9a-f]{6,64}) -->`).exec(body ?? '');
    return m?.[1];
}
function readIncidentState(body) {
    const m = new RegExp(`<!-- ${STATE_MARKER} (\\{[^\\n]*\\}) -->`).exec(body ?? '');
    if (!m?.[1])
        return undefined;
    try {
        const v = JSON.parse(m[1]);
        if ((v.severity !== 'down' && v.severity !== 'degraded') || typeof v.openedAt !== 'string')
            return undefined;
        return {
            severity: v.severity,
            openedAt: v.openedAt,
            ...(typeof v.lastAlertAt === 'string' ? { lastAlertAt: v.lastAlertAt } : {}),
            alerted: v.alerted === true,
        };
    }
    catch {
        return undefined;
    }
}
function incidentTitle(f, severity) {
    return `[${f.environment}] ${f.name} is ${severity}`;
}
function incidentBody(f, state) {
    const safeState = JSON.stringify(state).replace(/-->/g, '');
    const lines = [
        fingerprintMarker(f.fingerprint),
        `<!-- ${STATE_MARKER} ${safeState} -->`,
        `**${(0,markdown/* escapeText */.X1)(f.name)}** in environment **${(0,markdown/* escapeText */.X1)(f.environment)}** is **${state.severity}** since ${(0,markdown/* escapeText */.X1)(state.openedAt)}.`,
        '',
        `- URL: ${(0,markdown/* code */.aY)(f.url)}`,
        `- Failure: ${f.failureClass ? `${(0,markdown/* code */.aY)(f.failureClass)} ` : ''}${(0,markdown/* escapeText */.X1)(f.message)}`,
        ...(f.runbookUrl ? [`- Runbook: ${(0,markdown/* link */.nf)(f.runbookUrl, f.runbookUrl)}`] : []),
        ...(f.runUrl ? [`- Detected by: ${(0,markdown/* link */.nf)('this workflow run', f.runUrl)}`] : []),
        '',
        'This issue was opened by shipshape deploy-smoke-health. It is commented on when the state changes and closed automatically after the check passes again.',
    ];
    return `${lines.join('\n')}\n`;
}
function stateOf(open) {
    return {
        severity: open.severity,
        openedAt: open.openedAt,
        ...(open.lastAlertAt ? { lastAlertAt: open.lastAlertAt } : {}),
        alerted: open.alerted,
    };
}
function changeComment(f, text) {
    return `${(0,markdown/* escapeText */.X1)(text)}\n\n- Failure: ${f.failureClass ? `${(0,markdown/* code */.aY)(f.failureClass)} ` : ''}${(0,markdown/* escapeText */.X1)(f.message)}${f.runUrl ? `\n- Run: ${(0,markdown/* link */.nf)('workflow run', f.runUrl)}` : ''}\n`;
}

;// CONCATENATED MODULE: ./build/shared/incidents/github.js




const resolvedAuthors = new WeakMap();
/** The lower-cased logins trusted as incident authors, asked once per target. */
async function incidentAuthors(t) {
    let known = resolvedAuthors.get(t);
    if (!known) {
        const own = t.authors ?? (await (0,identity/* ownLogins */.z)(t.octokit));
        known = new Set(own.map((l) => l.toLowerCase()));
        resolvedAuthors.set(t, known);
    }
    return known;
}
const byAuthor = (authors, user) => typeof user?.login === 'string' && authors.has(user.login.toLowerCase());
/** A failure after which the request may or may not have been carried out. */
function ambiguous(error) {
    const status = error?.status;
    return typeof status !== 'number' || status >= 500;
}
/** Open incidents, and incidents closed since `closedSince` (for the flapping cool-down). */
async function loadIncidents(t, closedSince) {
    const memory = new Map();
    const urls = new Map();
    const list = async (state) => (await t.octokit.paginate(t.octokit.rest.issues.listForRepo, {
        owner: t.owner,
        repo: t.repo,
        labels: t.label,
        state,
        per_page: 100,
        ...(state === 'closed' ? { since: closedSince.toISOString() } : {}),
    }));
    let open;
    let closed;
    const authors = await incidentAuthors(t);
    try {
        [open, closed] = await Promise.all([list('open'), list('closed')]);
    }
    catch (error) {
        throw new Error(`listing incident issues labelled '${t.label}': ${(0,github_errors/* describeGitHubError */.d)(error)}`, {
            cause: error,
        });
    }
    for (const issue of open) {
        if (issue.pull_request || !byAuthor(authors, issue.user))
            continue;
        const fp = readFingerprint(issue.body);
        const state = readIncidentState(issue.body);
        if (!fp || !state)
            continue;
        urls.set(issue.number, issue.html_url);
        const m = memory.get(fp) ?? {};
        // Two open issues for one fingerprint (made by hand, or a race): the oldest one is used.
        if (!m.open || issue.number < m.open.issueNumber)
            m.open = { issueNumber: issue.number, ...state };
        memory.set(fp, m);
    }
    for (const issue of closed) {
        if (issue.pull_request || !issue.closed_at || !byAuthor(authors, issue.user))
            continue;
        const fp = readFingerprint(issue.body);
        if (!fp)
            continue;
        urls.set(issue.number, issue.html_url);
        const m = memory.get(fp) ?? {};
        if (!m.lastClosed || Date.parse(issue.closed_at) > Date.parse(m.lastClosed.closedAt)) {
            const state = readIncidentState(issue.body);
            m.lastClosed = {
                issueNumber: issue.number,
                closedAt: issue.closed_at,
                ...(state?.lastAlertAt ? { lastAlertAt: state.lastAlertAt } : {}),
            };
        }
        memory.set(fp, m);
    }
    return { memory, urls };
}
/** Our own open issue carrying this fingerprint, if one exists (the twin of an ambiguous create). */
async function findOwnIssue(t, fingerprint) {
    const authors = await incidentAuthors(t);
    const open = (await t.octokit.paginate(t.octokit.rest.issues.listForRepo, {
        owner: t.owner,
        repo: t.repo,
        labels: t.label,
        state: 'open',
        per_page: 100,
    }));
    const mine = open
        .filter((i) => !i.pull_request && byAuthor(authors, i.user) && readFingerprint(i.body) === fingerprint)
        .sort((a, b) => a.number - b.number)[0];
    return mine ? { number: mine.number, url: mine.html_url } : undefined;
}
async function createIncidentIssue(t, title, body) {
    const fingerprint = readFingerprint(body);
    const attempts = t.createAttempts ?? 3;
    for (let attempt = 1;; attempt++) {
        try {
            const { data } = await t.octokit.rest.issues.create({
                owner: t.owner,
                repo: t.repo,
                title,
                body,
                labels: [t.label],
                request: { retries: 0 },
            });
            return { number: data.number, url: data.html_url };
        }
        catch (error) {
            if (!ambiguous(error) || !fingerprint || attempt >= attempts)
                throw error;
            await (0,backoff/* sleep */.y)(t.recheckDelayMs ?? 1000);
            const landed = await findOwnIssue(t, fingerprint);
            if (landed)
                return landed;
        }
    }
}
async function updateIncidentIssue(t, issueNumber, change) {
    const { data } = await t.octokit.rest.issues.update({
        owner: t.owner,
        repo: t.repo,
        issue_number: issueNumber,
        ...change,
        ...(change.state === 'closed' ? { state_reason: 'completed' } : {}),
    });
    return data.html_url;
}
async function commentOnIncident(t, issueNumber, body) {
    const attempts = t.createAttempts ?? 3;
    const startedAt = new Date(Date.now() - 60_000).toISOString();
    for (let attempt = 1;; attempt++) {
        try {
            await t.octokit.rest.issues.createComment({
                owner: t.owner,
                repo: t.repo,
                issue_number: issueNumber,
                body,
                request: { retries: 0 },
            });
            return;
        }
        catch (error) {
            if (!ambiguous(error) || attempt >= attempts)
                throw error;
            await (0,backoff/* sleep */.y)(t.recheckDelayMs ?? 1000);
            const authors = await incidentAuthors(t);
            const recent = await t.octokit.paginate(t.octokit.rest.issues.listComments, {
                owner: t.owner,
                repo: t.repo,
                issue_number: issueNumber,
                since: startedAt,
                per_page: 100,
            });
            if (recent.some((c) => byAuthor(authors, c.user) && c.body === body))
                return;
        }
    }
}

// EXTERNAL MODULE: ./build/shared/incidents/machine.js
var machine = __webpack_require__(77481);
;// CONCATENATED MODULE: ./build/shared/deploy-smoke-health/incidents.js
// Turns one round of results into incident decisions and carries them out: alerts sent, issues
// opened, commented on and closed, each only when a check's confirmed state changes. The monitor
// state (monitor-state.ts) is the memory; incident issues, when kept, are read as the authority
// on which incidents are open, but an issue API that fails never stops an alert.








function identityOf(r) {
    return { key: r.fingerprint, environment: r.environment, name: r.name, url: (0,redact/* redactUrl */.BO)(r.url) };
}
/**
 * The memory to decide with. Open issues are the authority (someone may have closed one by hand),
 * except for an incident whose issue could never be created: that one lives in the state only.
 */
function memoryFor(c, loaded) {
    if (!loaded)
        return c.memory;
    const fromIssues = loaded.memory.get(c.key) ?? {};
    const open = fromIssues.open ?? (c.memory.open?.issueNumber === 0 ? c.memory.open : undefined);
    const lastClosed = fromIssues.lastClosed ?? c.memory.lastClosed;
    return { ...(open ? { open } : {}), ...(lastClosed ? { lastClosed } : {}) };
}
function factsOf(r, o) {
    return {
        fingerprint: r.fingerprint,
        environment: r.environment,
        name: r.name,
        url: r.url,
        ...(r.failure ? { failureClass: r.failure.class } : {}),
        message: r.failure?.message ??
            (r.health === 'degraded' ? `degraded: ${r.components.join('; ') || 'health status warn'}` : 'passing'),
        ...(o.runUrl ? { runUrl: o.runUrl } : {}),
        runbookUrl: o.runbookUrl ||
            (0,runbooks/* runbookUrl */.oV)('deploy-smoke-health', (0,runbooks/* smokeRunbookAnchor */.d9)(r.failure?.class, r.health === 'degraded')),
    };
}
async function handleIncidents(o) {
    const nowIso = o.now.toISOString();
    const nowMs = o.now.getTime();
    const storeProblems = [];
    const clean = (s) => (0,redact/* scrub */._I)(s, o.secrets);
    let loaded = o.loaded;
    if (o.issues && !loaded) {
        try {
            loaded = await loadIncidents(o.issues, new Date(nowMs - Math.max(o.policy.cooldownMs, 0)));
        }
        catch (error) {
            // Alerts go out from the recorded state; the step fails about the issues afterwards.
            const message = clean(error instanceof Error ? error.message : String(error));
            storeProblems.push(message);
            o.log.warning(`Incident issues cannot be read (${message}); deciding from the recorded state, alerts still go out`);
        }
    }
    const issues = o.issues && loaded ? o.issues : undefined;
    const runs = [];
    for (const r of o.results) {
        const c = (0,monitor_state/* checkState */.We)(o.state, identityOf(r));
        (0,monitor_state/* observe */.lB)(c, r.health, nowMs, r.latencyMs, r.failure?.class);
        const memory = memoryFor(c, loaded);
        c.memory = memory;
        const decision = (0,machine/* decideIncident */.h)(memory, r.health, c.streak, o.policy, o.now);
        const run = {
            fingerprint: r.fingerprint,
            environment: r.environment,
            check: r.name,
            decision,
            alerts: [],
            problems: [],
        };
        runs.push(run);
        const resend = decision.kind === 'none' && decision.state === 'ongoing' && c.alertDue === true;
        if (decision.kind === 'none' && !resend)
            continue;
        const facts = factsOf(r, o);
        let since = memory.open?.openedAt ?? nowIso;
        let alertKind;
        let issueNumber;
        if (resend && memory.open)
            alertKind = memory.open.severity;
        try {
            if (decision.kind === 'open') {
                since = nowIso;
                alertKind = decision.alert ? decision.severity : undefined;
                const state = {
                    severity: decision.severity,
                    openedAt: nowIso,
                    alerted: decision.alert,
                    ...(decision.alert ? { lastAlertAt: nowIso } : {}),
                };
                if (issues) {
                    const title = clean(incidentTitle(facts, decision.severity));
                    const body = clean(incidentBody(facts, state));
                    if (decision.reopen !== undefined && decision.reopen > 0) {
                        const url = await updateIncidentIssue(issues, decision.reopen, { state: 'open', title, body });
                        run.issue = { number: decision.reopen, url };
                        await commentOnIncident(issues, decision.reopen, clean(changeComment(facts, `Failing again within the cool-down after recovering: flapping.${decision.alert ? '' : ' No new alert was sent.'}`)));
                    }
                    else {
                        run.issue = await createIncidentIssue(issues, title, body);
                    }
                    issueNumber = run.issue.number;
                }
            }
            else if (decision.kind === 'update') {
                alertKind = decision.alert ? decision.to : undefined;
                const open = memory.open;
                if (issues && open && decision.issueNumber > 0) {
                    const state = {
                        severity: decision.to,
                        openedAt: open.openedAt,
                        alerted: open.alerted || decision.alert,
                        ...(decision.alert
                            ? { lastAlertAt: nowIso }
                            : open.lastAlertAt
                                ? { lastAlertAt: open.lastAlertAt }
                                : {}),
                    };
                    await commentOnIncident(issues, decision.issueNumber, clean(changeComment(facts, `Changed from ${decision.from} to ${decision.to}.`)));
                    const url = await updateIncidentIssue(issues, decision.issueNumber, {
                        title: clean(incidentTitle(facts, decision.to)),
                        body: clean(incidentBody(facts, state)),
                    });
                    run.issue = { number: decision.issueNumber, url };
                }
            }
            else if (decision.kind === 'recover') {
                alertKind = decision.alert ? 'recovered' : undefined;
                const open = memory.open;
                if (issues && open && decision.issueNumber > 0) {
                    const state = {
                        severity: open.severity,
                        openedAt: open.openedAt,
                        alerted: open.alerted,
                        lastAlertAt: decision.alert ? nowIso : (open.lastAlertAt ?? ''),
                    };
                    if (!state.lastAlertAt)
                        delete state.lastAlertAt;
                    await commentOnIncident(issues, decision.issueNumber, clean(changeComment({ ...facts, message: `passing for ${o.policy.recoverAfter} runs in a row` }, `Recovered after ${durationText(open.openedAt, nowIso)}.`)));
                    const url = await updateIncidentIssue(issues, decision.issueNumber, {
                        state: 'closed',
                        body: clean(incidentBody({ ...facts, message: 'recovered' }, state)),
                    });
                    run.issue = { number: decision.issueNumber, url };
                }
            }
        }
        catch (error) {
            const message = `incident issue for ${r.environment}/${r.name}: ${clean(error instanceof Error ? error.message : String(error))}`;
            run.problems.push(message);
            storeProblems.push(message);
            o.log.warning(`${message}; the alert goes out anyway`);
        }
        let delivered = true;
        if (alertKind) {
            const event = {
                kind: alertKind,
                environment: r.environment,
                check: r.name,
                url: r.url,
                fingerprint: r.fingerprint,
                ...(r.failure ? { failureClass: r.failure.class } : {}),
                message: facts.message,
                since,
                at: nowIso,
                runbookUrl: o.runbookUrl ||
                    (0,runbooks/* runbookUrl */.oV)('deploy-smoke-health', (0,runbooks/* smokeRunbookAnchor */.d9)(r.failure?.class, r.health === 'degraded')),
                ...(run.issue?.url ? { issueUrl: run.issue.url } : {}),
                ...(o.runUrl ? { runUrl: o.runUrl } : {}),
                ...(decision.kind === 'open' && decision.flapping ? { flapping: true } : {}),
            };
            run.alerts = await Promise.all(o.channels.map((ch) => sendAlert(ch, event, {
                secrets: o.secrets,
                ...(o.alertTimeoutMs !== undefined ? { timeoutMs: o.alertTimeoutMs } : {}),
                ...(o.alertRetries !== undefined ? { retries: o.alertRetries } : {}),
                ...(o.signal ? { signal: o.signal } : {}),
            })));
            for (const a of run.alerts) {
                if (a.ok)
                    o.log.info(`${r.environment}/${r.name}: ${alertKind} alert delivered to ${a.channel}`);
                else
                    o.log.warning(`${a.channel} alert to ${a.target} failed: ${a.error}`);
            }
            delivered = run.alerts.length === 0 || run.alerts.some((a) => a.ok);
        }
        if (resend) {
            run.resent = true;
            if (delivered && c.memory.open) {
                c.memory = { ...c.memory, open: { ...c.memory.open, alerted: true, lastAlertAt: nowIso } };
                c.alertDue = false;
            }
        }
        else {
            (0,monitor_state/* applyDecision */.Vg)(c, decision, nowMs, delivered, issueNumber);
        }
    }
    return { runs, storeProblems, ...(loaded ? { loaded: afterRound(loaded, o.state) } : {}) };
}
/** The issue memory after this round's changes, so the next round of a watcher need not re-read. */
function afterRound(loaded, state) {
    const memory = new Map(loaded.memory);
    for (const c of state.checks.values())
        memory.set(c.key, c.memory);
    return { memory, urls: loaded.urls };
}

;// CONCATENATED MODULE: ./build/shared/deploy-smoke-health/watch.js
// Monitoring rounds: every endpoint and domain checked, incidents decided and alerted, the
// heartbeat pinged. Uptime mode is one round; watch mode repeats every `interval` until the next
// round would not finish before `watch-duration`, so the job always ends with its state written.




const label = (r) => `${r.environment}/${r.name}`;
function logRound(log, results, runs, verbose) {
    const byFp = new Map(runs.map((r) => [r.fingerprint, r]));
    for (const r of results) {
        const run = byFp.get(r.fingerprint);
        const d = run?.decision;
        const state = d ? (d.kind === 'none' ? d.state : d.kind) : 'unknown';
        // Watching prints a line per check only when it is not simply up, so six hours stay readable.
        if (!verbose && r.health === 'up' && state === 'up')
            continue;
        const why = r.failure ? ` (${r.failure.class}: ${r.failure.message})` : '';
        const note = d?.kind === 'none' ? `: ${d.note}` : '';
        log.info(`${label(r)}: ${r.health}${why}, incident ${state}${note}`);
    }
}
async function runRounds(o) {
    const started = o.now().getTime();
    const deadline = started + o.durationMs;
    const out = {
        rounds: 0,
        results: [],
        changes: [],
        last: [],
        alerts: [],
        storeProblems: [],
        heartbeats: { sent: 0, failed: 0 },
        durationMs: 0,
        stoppedBy: o.durationMs > 0 ? 'duration' : 'single',
    };
    let loaded;
    let slowest = 0;
    let lastCheckpoint = started;
    for (;;) {
        const roundStart = o.now().getTime();
        const results = await (0,pool/* mapLimit */.s)(o.checks, o.concurrency, (c) => (0,check/* runCheck */.k_)(c, o.check));
        const at = o.now();
        out.firstCheckAt ??= new Date(roundStart).toISOString();
        out.lastCheckAt = at.toISOString();
        const round = await handleIncidents({
            ...o.incidents,
            results,
            state: o.state,
            now: at,
            ...(loaded ? { loaded } : {}),
        });
        loaded = round.loaded;
        out.rounds++;
        out.results = results;
        out.last = round.runs;
        for (const r of round.runs)
            if (r.decision.kind !== 'none' || r.resent)
                out.changes.push(r);
        for (const r of round.runs)
            out.alerts.push(...r.alerts);
        for (const p of round.storeProblems)
            if (!out.storeProblems.includes(p))
                out.storeProblems.push(p);
        logRound(o.log, results, round.runs, o.durationMs === 0);
        if (o.durationMs > 0) {
            const down = results.filter((r) => r.health === 'down').length;
            const degraded = results.filter((r) => r.health === 'degraded').length;
            o.log.progress('watch (min)', Math.floor((roundStart - started) / 60_000), Math.ceil(o.durationMs / 60_000), `round ${out.rounds}: ${results.length - down - degraded} up, ${degraded} degraded, ${down} down`);
        }
        if (o.heartbeat) {
            const hb = await o.heartbeat();
            if (hb.ok)
                out.heartbeats.sent++;
            else {
                out.heartbeats.failed++;
                out.heartbeats.lastError = hb.error;
                o.log.warning(`Heartbeat not sent: ${hb.error}`);
            }
        }
        const done = o.now().getTime();
        slowest = Math.max(slowest, done - roundStart);
        if (o.durationMs === 0)
            break;
        if (o.signal?.aborted) {
            out.stoppedBy = 'signal';
            break;
        }
        const next = roundStart + o.intervalMs;
        // Stop when the next round could not finish in time: ending early beats being killed.
        if (next + slowest > deadline)
            break;
        if (o.checkpoint && o.checkpointMs && done - lastCheckpoint >= o.checkpointMs) {
            lastCheckpoint = done;
            await o.checkpoint();
        }
        await (0,backoff/* sleep */.y)(next - o.now().getTime(), o.signal);
        if (o.signal?.aborted) {
            out.stoppedBy = 'signal';
            break;
        }
    }
    out.durationMs = o.now().getTime() - started;
    return out;
}

;// CONCATENATED MODULE: ./build/shared/deploy-smoke-health/run.js
// The whole action as one function: decide the mode from the event, read the endpoints, check
// them (once, or every interval while watching), keep incidents and history, send alerts and
// return the report. The action's spec and the CLI are thin shells over it.


















const obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
function sameOrigin(a, b) {
    try {
        return new URL(a).origin === new URL(b).origin;
    }
    catch {
        return false;
    }
}
function resolveMode(mode, eventName) {
    if (mode !== 'auto')
        return mode;
    return eventName === 'deployment_status' || eventName === 'deployment' ? 'post-deploy' : 'uptime';
}
function loadConfig(i, o, defaults) {
    const parts = [];
    if (i.config) {
        const path = (0,external_node_path_.resolve)(o.workspace, i.config);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (error) {
            throw new errors/* UsageError */.eb(`config file ${i.config} cannot be read: ${error.code ?? error.message}`);
        }
        const parsed = (0,config/* parseConfigFile */.me)(text, i.config, defaults);
        // Only the deployed environment is smoke-tested after a deploy; a monitor may watch them all.
        const envFilter = defaults.environment && (i.environment || o.event.name === 'deployment_status')
            ? defaults.environment
            : '';
        parts.push(envFilter ? { ...parsed, checks: parsed.checks.filter((c) => c.environment === envFilter) } : parsed);
    }
    if (i.endpoints.length > 0)
        parts.push((0,config/* endpointsFromList */.Tv)(i.endpoints, defaults));
    if (i.domains.length > 0)
        parts.push({ checks: (0,config/* domainsFromList */.Mw)(i.domains, defaults), secrets: [] });
    return {
        checks: parts.flatMap((p) => p.checks),
        secrets: parts.flatMap((p) => p.secrets),
        environments: parts.flatMap((p) => p.environments ?? []),
    };
}
function alertChannels(i) {
    return [
        ...(i.slackWebhook ? [{ kind: 'slack', url: i.slackWebhook }] : []),
        ...(i.discordWebhook ? [{ kind: 'discord', url: i.discordWebhook }] : []),
        ...(i.teamsWebhook ? [{ kind: 'teams', url: i.teamsWebhook }] : []),
        ...(i.webhookUrl
            ? [
                {
                    kind: 'webhook',
                    url: i.webhookUrl,
                    ...(i.webhookSecret ? { secret: i.webhookSecret } : {}),
                },
            ]
            : []),
    ];
}
async function pingHeartbeat(url, timeoutMs) {
    try {
        const res = await fetch(url, {
            method: 'GET',
            signal: AbortSignal.timeout(timeoutMs),
            headers: { 'user-agent': 'shipshape-deploy-smoke-health' },
        });
        await res.arrayBuffer().catch(() => undefined);
        return res.ok
            ? { ok: true, status: res.status }
            : { ok: false, status: res.status, error: `HTTP ${res.status} from ${(0,redact/* maskWebhookUrl */.zC)(url)}` };
    }
    catch (error) {
        const cause = error.cause?.code;
        return { ok: false, error: `${cause ?? error.name} from ${(0,redact/* maskWebhookUrl */.zC)(url)}` };
    }
}
function baseRecord(kind, s, o, sha, at) {
    return {
        schema: record/* HISTORY_SCHEMA */.NF,
        kind,
        name: s.inputs.name,
        repo: `${o.repo.owner}/${o.repo.repo}`,
        branch: o.branch || 'main',
        sha: sha || '0000000',
        runId: o.runId,
        runAttempt: o.runAttempt,
        time: at.toISOString(),
        runner: (0,record/* runnerFingerprint */.DF)(),
    };
}
async function runSmoke(s, o) {
    const i = { ...s.inputs };
    const mode = s.mode;
    const log = o.log;
    const now = o.now ?? (() => new Date());
    const startedAt = now();
    const notes = [];
    const secrets = [];
    const addSecret = (v) => {
        if (v.length >= 4 && !secrets.includes(v)) {
            secrets.push(v);
            o.mask?.(v);
        }
    };
    for (const url of [i.slackWebhook, i.discordWebhook, i.teamsWebhook, i.webhookUrl, i.heartbeatUrl]) {
        if (!url)
            continue;
        addSecret(url);
        try {
            const u = new URL(url);
            if (u.pathname.length > 1)
                addSecret(u.pathname.slice(1));
        }
        catch { }
        for (const v of (0,redact/* urlSecrets */.Fn)(url))
            addSecret(v);
    }
    if (i.webhookSecret)
        addSecret(i.webhookSecret);
    const clean = (text) => (0,redact/* scrub */._I)(text, secrets);
    let sha = o.sha;
    let deployment;
    let environment = i.environment;
    let baseUrl = i.baseUrl || undefined;
    let claim;
    if (mode === 'post-deploy') {
        const status = obj(o.event.payload.deployment_status);
        const dep = obj(o.event.payload.deployment);
        if (o.event.name === 'deployment_status') {
            const state = str(status?.state);
            if (state !== 'success') {
                return {
                    exitCode: 0,
                    secrets,
                    skipped: `deployment state is '${state ?? 'unknown'}', not success: nothing to check`,
                };
            }
        }
        sha = str(dep?.sha) ?? sha;
        environment ||= str(status?.environment) ?? str(dep?.environment) ?? '';
        const envUrl = str(status?.environment_url) ?? str(status?.target_url);
        claim = { environment: str(status?.environment) ?? str(dep?.environment), url: envUrl };
        baseUrl ??= envUrl;
        const id = dep?.id;
        if (typeof id === 'number') {
            deployment = { id, ...(environment ? { environment } : {}), ...(envUrl ? { url: envUrl } : {}) };
        }
        if (i.endpoints.length === 0 && !i.config && i.domains.length === 0) {
            if (!envUrl)
                throw new errors/* UsageError */.eb("no endpoints: give 'endpoints' or 'config', or run on a deployment_status event that has an environment_url");
            i.endpoints = [envUrl];
        }
    }
    const defaults = {
        environment: environment || 'production',
        timeoutMs: i.timeoutMs,
        expectedStatus: i.expectedStatus,
        conditions: i.conditions,
        ...(i.maxResponseMs !== undefined ? { maxResponseMs: i.maxResponseMs } : {}),
        minCertDays: i.minCertDays,
        checkRedirect: i.checkRedirect,
        ...(baseUrl ? { baseUrl } : {}),
        env: o.env ?? process.env,
    };
    const config = loadConfig(i, o, defaults);
    for (const v of config.secrets)
        addSecret(v);
    if (claim) {
        const eventUrl = claim.url;
        const trust = (0,post_deploy/* trustDeployment */.c0)(claim, {
            environments: [i.environment, ...(config.environments ?? [])],
            allowedHosts: i.allowedHosts,
            urlUsed: !i.baseUrl && eventUrl !== undefined && config.checks.some((c) => sameOrigin(c.url, eventUrl)),
        });
        if (!trust.trusted) {
            const skipped = `${(0,redact/* scrub */._I)((0,redact/* redactUrl */.BO)(trust.reason), secrets)}: not checked, no status posted`;
            log.warning(skipped);
            return { exitCode: 0, secrets, skipped };
        }
    }
    if (config.checks.length === 0)
        throw new errors/* UsageError */.eb("no endpoints to check: give 'endpoints', 'domains' or a 'config' file with endpoints");
    let ca;
    if (i.caFile) {
        try {
            ca = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(o.workspace, i.caFile), 'utf8');
        }
        catch (error) {
            throw new errors/* UsageError */.eb(`input 'ca-file': ${i.caFile} cannot be read (${error.code ?? 'error'})`);
        }
    }
    const checkOptions = {
        probe: {
            ...(Object.keys(i.resolve).length > 0 ? { lookup: (0,dns/* staticLookup */.J)(i.resolve) } : {}),
            ...(ca ? { ca } : {}),
        },
        retries: i.retries,
        backoff: { baseMs: i.backoffMs, maxMs: Math.max(i.backoffMs, 30_000) },
        ...(mode === 'post-deploy' && i.confirmVersion ? { expectedVersion: i.version || sha } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
        now,
    };
    const environments = [...new Set(config.checks.map((c) => c.environment))];
    const channels = alertChannels(i);
    const retention = { ...rollups/* DEFAULT_RETENTION */.xh, rawCount: i.history.keep };
    const heartbeat = i.heartbeatUrl
        ? () => pingHeartbeat(i.heartbeatUrl, Math.min(10_000, i.timeoutMs))
        : undefined;
    const historyProblems = [];
    const write = async (records) => {
        // Watch mode writes at every checkpoint: the run says once that it does not record (below).
        if (!o.record.record)
            return;
        // One record carries the whole state: older ones are superseded, never needed.
        const { problems } = await (0,record_history/* recordHistory */.cJ)(o.history, records, {
            decision: o.record,
            keep: 1,
            log,
            scrub: clean,
        });
        for (const p of problems)
            if (!historyProblems.includes(p))
                historyProblems.push(p);
    };
    const readHistory = async (kind) => {
        if (!o.history)
            return [];
        const read = await o.history.read({ kind, name: i.name });
        // Shown in the log only: the summary lists what could not be stored, not every read hiccup.
        (0,record_history/* historyReadNotes */.uI)(read.warnings, log, clean);
        return read.records;
    };
    const notRecorded = (0,record_history/* notRecordedLine */.Ef)(o.record);
    if (o.history && notRecorded)
        notes.push(notRecorded);
    let checks;
    let watchResult;
    let incidents;
    let late;
    let watcher;
    let heartbeatReport;
    let storeProblems = [];
    const alerts = [];
    let confirmed = [];
    if (mode === 'post-deploy') {
        const warm = {
            check: checkOptions,
            waitTimeoutMs: i.waitTimeoutMs,
            consecutive: i.consecutive,
            intervalMs: s.intervalMs,
            backoff: checkOptions.backoff,
            concurrency: i.concurrency,
            watchDurationMs: s.watchDurationMs,
            log: (m) => log.info(clean(m)),
        };
        const warmed = await log.group(`Waiting for ${config.checks.length} checks to pass on the new version`, () => (0,post_deploy/* warmUp */.lM)(config.checks, warm));
        checks = warmed.map(({ result, ...rest }) => ({ ...result, warmup: rest }));
        if (s.watchDurationMs > 0 && warmed.every((w) => w.passed))
            watchResult = await log.group('Watching the rollout', () => (0,post_deploy/* watch */.wB)(config.checks, warm));
        // Post-deploy failures and recoveries alert like incidents do.
        const memory = postDeployMemoryOf(await readHistory('post-deploy'));
        const decided = postDeployAlerts(checks, watchResult, memory, {
            now: now(),
            ...(sha ? { sha } : {}),
            ...(i.runbookUrl ? { runbookUrl: i.runbookUrl } : {}),
            ...(o.runUrl ? { runUrl: o.runUrl } : {}),
        });
        alerts.push(...(await deliver(decided.events, channels, secrets, log, o.signal)));
        const changed = JSON.stringify(decided.memory) !== JSON.stringify(memory);
        if (changed || Object.keys(memory.failing).length > 0) {
            await write([
                {
                    ...baseRecord('post-deploy', s, o, sha, now()),
                    metrics: { failing: Object.keys(decided.memory.failing).length },
                    detail: { postDeploy: decided.memory },
                },
            ]);
        }
        if (!o.history && channels.length > 0)
            notes.push('History is off, so a deploy that passes after a failed one sends no recovery alert.');
        if (heartbeat) {
            const hb = await heartbeat();
            heartbeatReport = {
                ok: hb.ok,
                ...(hb.status ? { status: hb.status } : {}),
                ...(hb.error ? { error: hb.error } : {}),
            };
            if (!hb.ok)
                log.warning(`Heartbeat not sent: ${hb.error}`);
        }
    }
    else {
        const cron = i.cron || str(o.event.payload.schedule);
        if (cron && o.event.name === 'schedule') {
            try {
                late = (0,deploy_smoke_health_cron/* lateness */.ev)(cron, startedAt);
            }
            catch (error) {
                notes.push(`Lateness not computed: ${error.message}`);
            }
        }
        const records = await readHistory('uptime');
        const newest = (0,monitor_state/* newestState */.Qp)(records);
        const state = newest ? (0,monitor_state/* loadState */.C7)(newest.state) : (0,monitor_state/* emptyState */.p$)();
        const policy = { confirmAfter: i.confirmAfter, recoverAfter: i.recoverAfter, cooldownMs: i.cooldownMs };
        (0,monitor_state/* importLegacy */.NV)(state, records, config.checks.map((c) => ({
            key: (0,check/* fingerprintOf */.ax)(c),
            environment: c.environment,
            name: c.name,
            url: (0,redact/* redactUrl */.BO)(c.url),
        })), policy);
        if (newest && mode === 'watch') {
            const last = Math.max(...[...state.checks.values()].map((c) => c.lastCheckedAt ?? 0));
            if (last > 0)
                log.info(`Taking over from run ${newest.record.runId}: its last check was ${Math.round((startedAt.getTime() - last) / 1000)} s ago; ${[...state.checks.values()].filter((c) => c.memory.open).length} incident(s) open`);
        }
        if (i.issues && !o.octokit)
            notes.push('No token was given, so no incident issues were kept.');
        const stateRecord = () => {
            const at = now();
            const stored = (0,monitor_state/* storeState */.bK)(state, at.getTime(), retention);
            return {
                ...baseRecord('uptime', s, o, sha, at),
                metrics: {
                    checks: stored.checks.length,
                    open: stored.checks.filter((c) => c.memory.open).length,
                },
                ...(late ? { meta: { latenessSeconds: late.seconds } } : {}),
                detail: { monitor: stored },
            };
        };
        const rounds = await runRounds({
            checks: config.checks,
            check: checkOptions,
            concurrency: i.concurrency,
            state,
            incidents: {
                policy,
                ...(i.issues && o.octokit ? { issues: { octokit: o.octokit, ...o.repo, label: i.issueLabel } } : {}),
                channels,
                ...(i.runbookUrl ? { runbookUrl: i.runbookUrl } : {}),
                ...(o.runUrl ? { runUrl: o.runUrl } : {}),
                secrets,
                log: { info: (m) => log.info(clean(m)), warning: (m) => log.warning(clean(m)), debug: () => { } },
                ...(o.signal ? { signal: o.signal } : {}),
            },
            durationMs: mode === 'watch' ? s.watchDurationMs : 0,
            intervalMs: s.intervalMs,
            ...(heartbeat ? { heartbeat } : {}),
            checkpoint: () => write([stateRecord()]),
            checkpointMs: o.checkpointMs ?? 3_600_000,
            log,
            now,
            ...(o.signal ? { signal: o.signal } : {}),
        });
        await write([stateRecord()]);
        storeProblems = rounds.storeProblems;
        incidents = mode === 'watch' ? rounds.changes : rounds.last;
        alerts.push(...rounds.alerts);
        if (mode === 'watch') {
            watcher = {
                rounds: rounds.rounds,
                intervalMs: s.intervalMs,
                durationMs: rounds.durationMs,
                ...(rounds.firstCheckAt ? { firstCheckAt: rounds.firstCheckAt } : {}),
                ...(rounds.lastCheckAt ? { lastCheckAt: rounds.lastCheckAt } : {}),
                stoppedBy: rounds.stoppedBy,
            };
        }
        if (heartbeat) {
            heartbeatReport = {
                ok: rounds.heartbeats.failed === 0,
                sent: rounds.heartbeats.sent,
                failed: rounds.heartbeats.failed,
                ...(rounds.heartbeats.lastError ? { error: rounds.heartbeats.lastError } : {}),
            };
        }
        const figures = new Map((0,uptime/* uptimeOfState */.Xt)(state, now().getTime()).map((u) => [u.key, u]));
        const lastRun = new Map(rounds.last.map((r) => [r.fingerprint, r]));
        checks = rounds.results.map((r) => {
            const run = lastRun.get(r.fingerprint);
            const u = figures.get(r.fingerprint);
            const st = state.checks.get(r.fingerprint);
            const incidentState = run
                ? run.decision.kind === 'none'
                    ? run.decision.state
                    : run.decision.kind
                : 'unknown';
            return {
                ...r,
                ...(u
                    ? {
                        uptime: {
                            d1: u.windows['24h']?.percent ?? null,
                            d7: u.windows['7d']?.percent ?? null,
                            d30: u.windows['30d']?.percent ?? null,
                            recentMs: u.recent.flatMap((x) => (x.latencyMs !== undefined ? [x.latencyMs] : [])),
                        },
                    }
                    : {}),
                incident: {
                    state: incidentState,
                    ...(st?.memory.open?.issueNumber
                        ? { issue: st.memory.open.issueNumber }
                        : run?.issue
                            ? { issue: run.issue.number }
                            : {}),
                    alerts: rounds.changes
                        .filter((c) => c.fingerprint === r.fingerprint)
                        .reduce((n, c) => n + c.alerts.filter((a) => a.ok).length, 0),
                },
            };
        });
        confirmed = [...state.checks.values()]
            .filter((c) => c.memory.open && (c.memory.open.severity === 'down' || i.failOn === 'degraded'))
            .map((c) => c.key);
    }
    const state = worstState(checks);
    const warmFailed = checks.some((c) => c.warmup && !c.warmup.passed);
    const passed = mode === 'post-deploy'
        ? !warmFailed && state !== 'down' && (watchResult?.failures.length ?? 0) === 0
        : state !== 'down';
    const failedDeliveries = alerts.filter((a) => !a.ok);
    const report = JSON.parse(clean(JSON.stringify({
        schema: REPORT_SCHEMA,
        mode,
        passed,
        state,
        environments,
        ...(sha ? { sha } : {}),
        ...(deployment
            ? { deployment: { ...deployment, ...(deployment.url ? { url: (0,redact/* redactUrl */.BO)(deployment.url) } : {}) } }
            : {}),
        startedAt: startedAt.toISOString(),
        finishedAt: now().toISOString(),
        ...(late ? { lateness: late } : {}),
        checks,
        ...(watchResult ? { watch: watchResult } : {}),
        ...(watcher ? { watcher } : {}),
        ...(incidents ? { incidents } : {}),
        alerts,
        ...(heartbeatReport ? { heartbeat: heartbeatReport } : {}),
        problems: { incidentIssues: storeProblems, history: historyProblems },
        notes,
    })));
    // The step's verdict: the service first, then whatever stopped the news from reaching people.
    const reasons = [];
    let exitCode = 0;
    const down = checks.filter((c) => c.health === 'down');
    if (mode === 'post-deploy' && !passed) {
        const watchFails = watchResult?.failures.length ?? 0;
        reasons.push(down.length > 0 || warmFailed
            ? `${Math.max(down.length, checks.filter((c) => c.warmup && !c.warmup.passed).length)} of ${checks.length} checks failed after the deploy to ${environments.join(', ')}: ${checks
                .filter((c) => c.health === 'down' || (c.warmup && !c.warmup.passed))
                .map((c) => `${c.name} (${c.failure?.class ?? 'unconfirmed'}: ${c.failure?.message ?? 'not healthy long enough'})`)
                .join('; ')}`
            : `${watchFails} requests failed while watching the rollout of ${environments.join(', ')}`);
        exitCode = 1;
    }
    else if (mode !== 'post-deploy' && i.failOn !== 'never') {
        const bad = checks.filter((c) => (c.health === 'down' || (i.failOn === 'degraded' && c.health === 'degraded')) &&
            confirmed.includes(c.fingerprint));
        if (bad.length > 0) {
            reasons.push(`${bad.length} confirmed incident(s): ${bad.map((c) => `[${c.environment}] ${c.name} (${c.failure?.class ?? c.health})`).join('; ')}`);
            exitCode = 1;
        }
    }
    if (failedDeliveries.length > 0) {
        reasons.push(`${failedDeliveries.length} alert(s) not delivered: ${failedDeliveries.map((a) => `${a.channel} (${a.target}): ${a.error}`).join('; ')}`);
        if (exitCode === 0)
            exitCode = 2;
    }
    if (storeProblems.length > 0) {
        const hint = storeProblems.some((p) => /403|404|Resource not accessible/i.test(p))
            ? ' Grant the job `issues: write` (permissions:), or set issues: false.'
            : '';
        reasons.push(`incident issues could not be kept (alerts were sent regardless): ${storeProblems.join('; ')}.${hint}`);
        if (exitCode === 0)
            exitCode = 2;
    }
    return {
        report,
        exitCode,
        ...(reasons.length > 0 ? { failure: clean(reasons.join(' — ')) } : {}),
        ...(deployment ? { deployment } : {}),
        secrets,
    };
}
async function deliver(events, channels, secrets, log, signal) {
    const out = [];
    for (const e of events) {
        const results = await Promise.all(channels.map((c) => sendAlert(c, e, { secrets, ...(signal ? { signal } : {}) })));
        for (const a of results) {
            if (a.ok)
                log.info(`[${e.environment}] ${e.check}: ${e.kind} alert delivered to ${a.channel}`);
            else
                log.warning((0,redact/* scrub */._I)(`${a.channel} alert to ${a.target} failed: ${a.error}`, secrets));
        }
        out.push(...results);
    }
    return out;
}


/***/ }),

/***/ 91179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15210);
/* harmony import */ var _report_trend_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81428);
// The job summary: what was checked, in which environment, with what result. Every string that
// came from a config, a server or a URL goes through the Markdown helpers.


const ICON = { up: '✅ up', degraded: '🟠 degraded', down: '🔴 down' };
function ms(v) {
    return v === undefined ? '' : `${Math.round(v)} ms`;
}
function renderSummary(r) {
    const out = [];
    const envs = r.environments.join(', ') || 'none';
    const title = r.mode === 'post-deploy'
        ? 'Post-deploy smoke check'
        : r.mode === 'watch'
            ? 'Uptime watch'
            : 'Uptime check';
    out.push(`## ${title}: ${ICON[r.state]}`);
    out.push('');
    const meta = [`Environment: **${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(envs)}**`];
    if (r.sha)
        meta.push(`commit ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.sha.slice(0, 12))}`);
    if (r.deployment?.url)
        meta.push(`deployment ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.deployment.url)}`);
    out.push(`${meta.join(' · ')}`);
    if (r.watcher) {
        const w = r.watcher;
        out.push('');
        out.push(`Watched for ${Math.round(w.durationMs / 60_000)} min: ${w.rounds} rounds every ${Math.round(w.intervalMs / 1000)} s` +
            (w.firstCheckAt && w.lastCheckAt
                ? `, first check ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(w.firstCheckAt)}, last ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(w.lastCheckAt)}`
                : '') +
            (w.stoppedBy === 'signal' ? ' (stopped when the job was cancelled)' : '') +
            '. Time to detect an outage is about one interval times the checks needed to confirm.');
    }
    if (r.lateness) {
        const l = r.lateness;
        out.push('');
        out.push(`Scheduled run started **${Math.round(l.seconds / 60)} min ${l.seconds % 60} s late** (cron ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(l.cron)}, slot ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(l.slot)}). ` +
            `Time to detect an outage is at most the interval${l.intervalMinutes ? ` (${l.intervalMinutes} min)` : ''} plus this lateness, times the runs needed to confirm.`);
    }
    out.push('');
    const rows = r.checks.map((c) => {
        const cert = c.certificate
            ? `${c.certificate.daysLeft} d${c.certificate.hostValid ? '' : ' (wrong host)'}`
            : '';
        const result = c.failure
            ? `${ICON[c.health]}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.failure.class)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(c.failure.message)}`
            : ICON[c.health];
        const version = c.version
            ? c.version.confirmed
                ? `✅ ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.version.found ?? '')}`
                : `❌ ${c.version.found ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.version.found) : 'none'}`
            : '';
        const row = [
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(c.environment),
            `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(c.name)}<br>${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.url)}`,
            result,
            c.status !== undefined ? String(c.status) : '',
            ms(c.latencyMs),
            cert,
            String(c.warmup?.attempts ?? c.attempts),
        ];
        if (r.mode === 'post-deploy')
            row.push(version);
        else {
            const u = c.uptime;
            row.push(u ? `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(u.d1)} / ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(u.d7)} / ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(u.d30)}` : '', u && u.recentMs.length > 1 ? (0,_report_trend_js__WEBPACK_IMPORTED_MODULE_1__/* .sparkline */ .KM)(u.recentMs) : '');
            row.push(c.incident ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(c.incident.state + (c.incident.issue ? ` #${c.incident.issue}` : '')) : '');
        }
        return row;
    });
    const headers = ['Env', 'Check', 'Result', 'HTTP', 'Latency', 'Cert', 'Attempts'];
    if (r.mode === 'post-deploy')
        headers.push('Version');
    else
        headers.push('Uptime 24h / 7d / 30d', 'Latency trend', 'Incident');
    out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(headers, rows));
    const failing = r.checks.filter((c) => c.components.length > 0);
    if (failing.length > 0) {
        out.push('');
        out.push('**Components not passing** (application/health+json):');
        for (const c of failing)
            out.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(c.name)}: ${c.components.map(_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1).join('; ')}`);
    }
    if (r.watch) {
        const w = r.watch;
        out.push('');
        out.push(`Watched for ${Math.round(w.durationMs / 1000)} s: ${w.requests} requests, **${w.failures.length} failed**${w.failures.length === 0 ? ' (no downtime seen)' : ''}.`);
        if (w.failures.length > 0) {
            out.push('');
            out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`Failed requests during the rollout (${w.failures.length})`, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Time', 'Env', 'Check', 'Class', 'HTTP', 'Message'], w.failures.map((f) => [
                (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(f.at),
                (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(f.environment),
                (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(f.check),
                (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(f.class),
                f.status !== undefined ? String(f.status) : '',
                (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(f.message),
            ]))));
        }
    }
    const sent = r.alerts.filter((a) => a.ok).length;
    if (r.alerts.length > 0) {
        out.push('');
        out.push(`${sent < r.alerts.length ? '❌ ' : ''}Alerts: ${sent} of ${r.alerts.length} delivered${r.alerts.some((a) => !a.ok)
            ? ` (failed: ${r.alerts
                .filter((a) => !a.ok)
                .map((a) => `${a.channel} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(a.error ?? '')}`)
                .join('; ')})`
            : ''}.`);
    }
    for (const i of r.incidents ?? []) {
        if (i.decision.kind === 'none')
            continue;
        const what = i.decision.kind === 'open'
            ? i.decision.reopen
                ? 'reopened (flapping)'
                : 'opened'
            : i.decision.kind === 'update'
                ? `changed to ${i.decision.to}`
                : 'closed (recovered)';
        const issue = i.issue?.url
            ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(`#${i.issue.number}`, i.issue.url)
            : i.issue
                ? `#${i.issue.number}`
                : '';
        out.push(`- Incident for ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(`${i.environment}/${i.check}`)} ${what} ${issue}`.trimEnd());
    }
    if (r.heartbeat) {
        const counts = r.heartbeat.sent !== undefined ? ` (${r.heartbeat.sent} sent, ${r.heartbeat.failed ?? 0} failed)` : '';
        out.push('', `Heartbeat: ${r.heartbeat.ok ? 'sent' : `failed (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(r.heartbeat.error ?? '')})`}${counts}.`);
    }
    for (const p of r.problems?.incidentIssues ?? [])
        out.push('', `❌ Incident issues not kept (alerts were sent regardless): ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(p)}`);
    for (const p of r.problems?.history ?? [])
        out.push('', `⚠️ ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(p)}`);
    for (const n of r.notes)
        out.push('', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(n));
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 11063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xt: () => (/* binding */ uptimeOfState),
/* harmony export */   an: () => (/* binding */ STANDARD_WINDOWS)
/* harmony export */ });
/* unused harmony exports windowStart, windowFromRollups, windowFromRaw, uptimeByCheck */
/* harmony import */ var _monitor_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83689);
/* harmony import */ var _rollups_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20968);


const STANDARD_WINDOWS = [
    { label: '24h', ms: _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO },
    { label: '7d', ms: 7 * _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO },
    { label: '30d', ms: 30 * _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO },
    { label: '90d', ms: 90 * _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO },
    { label: '365d', ms: 365 * _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO },
];
function figure(from, counts) {
    const total = counts.up + counts.degraded + counts.down;
    return {
        ...counts,
        from,
        percent: total === 0 ? null : (100 * (counts.up + counts.degraded)) / total,
    };
}
/** Where a window starts: hour-aligned while hourly rollups reach that far, else day-aligned. */
function windowStart(c, now, w) {
    const hourly = (0,_rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .hourOf */ .cg)(now - w.ms);
    const oldestHour = c.series.hourly[0]?.start;
    return oldestHour !== undefined && oldestHour <= hourly ? hourly : (0,_rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .dayOf */ .kb)(now - w.ms);
}
/** The window's figure from the rollups: hourly buckets, daily ones before the oldest hour kept. */
function windowFromRollups(c, now, w) {
    const from = windowStart(c, now, w);
    const counts = { up: 0, degraded: 0, down: 0 };
    const oldestHour = c.series.hourly[0]?.start ?? Number.POSITIVE_INFINITY;
    const add = (b) => {
        counts.up += b.up;
        counts.degraded += b.degraded;
        counts.down += b.down;
    };
    for (const b of c.series.daily)
        if (b.start >= from && b.start + _rollups_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO <= oldestHour)
            add(b);
    for (const b of c.series.hourly)
        if (b.start >= from && b.start <= now)
            add(b);
    return figure(from, counts);
}
/** The same window counted from raw results (the oracle the rollups are tested against). */
function windowFromRaw(samples, from, now) {
    const counts = { up: 0, degraded: 0, down: 0 };
    for (const s of samples)
        if (s.t >= from && s.t <= now)
            counts[s.health]++;
    return figure(from, counts);
}
function uptimeOfState(state, now, windows = STANDARD_WINDOWS, recent = 24) {
    return [...state.checks.values()].map((c) => ({
        environment: c.environment,
        name: c.name,
        url: c.url,
        key: c.key,
        windows: Object.fromEntries(windows.map((w) => [w.label, windowFromRollups(c, now, w)])),
        hourly: c.series.hourly,
        daily: c.series.daily,
        recent: c.series.raw.slice(-recent),
        incident: c.memory.open ? 'open' : 'none',
    }));
}
/**
 * Uptime per check and window from a history read of kind `uptime` (any backend): the newest
 * stored monitor state is used. Checks come back named by environment and check name.
 */
function uptimeByCheck(records, now = new Date(), windows = STANDARD_WINDOWS) {
    const newest = newestState(records);
    if (!newest)
        return [];
    return uptimeOfState(loadState(newest.state, { rawTail: 24 }), now.getTime(), windows);
}



/***/ }),

/***/ 90835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ notRecordedLine),
/* harmony export */   cJ: () => (/* binding */ recordHistory),
/* harmony export */   uI: () => (/* binding */ historyReadNotes)
/* harmony export */ });
/* unused harmony export seriesLabel */
/** The line a run that reads but does not record history shows. */
function notRecordedLine(decision) {
    return decision.record ? undefined : `History read, not recorded: ${decision.why}.`;
}
/** How messages name a series: `vitals '/checkout'`, or the kind alone when it has no name. */
function seriesLabel(r) {
    return r.name ? `${r.kind} '${r.name}'` : r.kind;
}
/** Appends `records` series by series (one kind and name each) when the decision allows it. */
async function recordHistory(backend, records, o) {
    const outcome = { stored: [], problems: [] };
    const notRecorded = notRecordedLine(o.decision);
    if (notRecorded) {
        o.log.info(notRecorded);
        return outcome;
    }
    if (!backend)
        return outcome;
    const series = new Map();
    for (const r of records) {
        const key = JSON.stringify([r.kind, r.name]);
        series.set(key, [...(series.get(key) ?? []), r]);
    }
    for (const group of series.values()) {
        try {
            await backend.append(group, { keep: o.keep });
            outcome.stored.push(...group);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            const line = `History not stored for ${seriesLabel(group[0])}: ${(o.scrub ?? String)(reason)}`;
            o.log.warning(line);
            outcome.problems.push(line);
        }
    }
    return outcome;
}
/**
 * What a history read could not do (HistoryRead.warnings), as every action shows it: each a warning
 * in the log and the same line for the summary.
 */
function historyReadNotes(warnings, log, scrub = String) {
    return warnings.map((w) => {
        const line = `History: ${scrub(w)}`;
        log.warning(line);
        return line;
    });
}


/***/ }),

/***/ 41577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
// Waiting between attempts. Retries that do not really wait (Upptime #171) only turn one blip into
// three failures; "full jitter" spreads the attempts of many checks so they never arrive together.
/**
 * The wait before retry number `attempt` (1 = first retry): uniformly random in
 * [cap/2, cap] where cap = min(maxMs, baseMs·2^(attempt-1)). Half the cap is kept so that a retry
 * never comes straight after the failure it retries.
 */
function backoffDelay(attempt, policy, random = Math.random) {
    const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(cap / 2 + random() * (cap / 2));
}
/** Resolves after `ms`, or at once (without throwing) when `signal` aborts. */
function sleep(ms, signal) {
    if (ms <= 0 || signal?.aborted)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
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


/***/ }),

/***/ 20991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ retryableStatus),
/* harmony export */   R: () => (/* binding */ retrying)
/* harmony export */ });
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41577);
// One retry rule for every request shipshape sends to a service of the user's (alert channels,
// metrics backends, Sentry): a rate limit (429), a server error (5xx) or a failed connection is
// tried again after a jittered exponential wait, or after the service's own `retry-after` when it
// gives one; a wait longer than the caller allows ends the attempts, as does any other answer.
// Octokit has its own plugins for GitHub; this is the rule for everything else.

/** Whether an HTTP status is worth another attempt. */
function retryableStatus(status) {
    return status === 429 || status >= 500;
}
async function retrying(attempt, policy) {
    for (let n = 1;; n++) {
        const outcome = await attempt(n);
        const last = { result: outcome.result, attempts: n };
        if (!outcome.retry || n >= policy.attempts || policy.signal?.aborted)
            return last;
        const asked = outcome.retryAfterMs;
        if (asked !== undefined && asked > policy.maxRetryAfterMs)
            return { ...last, refusedWaitMs: asked };
        await (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .y)(Math.max(asked ?? 0, (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .E)(n, policy.backoff)), policy.signal);
        if (policy.signal?.aborted)
            return last;
    }
}


/***/ }),

/***/ 77481:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ decideIncident)
/* harmony export */ });
/* unused harmony export streakOf */
// When does a failing check become an incident, and when is it over? A pure state machine: the
// open incident (read from its GitHub issue) and the check's recent results (from the history
// store) go in, one decision comes out. Nothing here reads a clock, a file or the network.
/** Trailing counts over `history` (oldest first) followed by `current`. */
function streakOf(history, current) {
    const all = [...history, current];
    let failures = 0;
    let successes = 0;
    for (let i = all.length - 1; i >= 0 && all[i] !== 'up'; i--)
        failures++;
    for (let i = all.length - 1; i >= 0 && all[i] === 'up'; i--)
        successes++;
    return { failures, successes };
}
function within(nowMs, iso, ms) {
    if (!iso)
        return false;
    const t = Date.parse(iso);
    return Number.isFinite(t) && nowMs - t < ms;
}
function decideIncident(memory, current, streak, policy, now) {
    const nowMs = now.getTime();
    const open = memory.open;
    if (!open) {
        if (current === 'up')
            return { kind: 'none', state: 'up', note: 'up' };
        if (streak.failures < policy.confirmAfter) {
            return {
                kind: 'none',
                state: 'pending-confirmation',
                note: `failed ${streak.failures} of ${policy.confirmAfter} runs needed to confirm`,
            };
        }
        const closed = memory.lastClosed;
        const flapping = closed !== undefined && within(nowMs, closed.closedAt, policy.cooldownMs);
        const quiet = flapping && within(nowMs, closed?.lastAlertAt, policy.cooldownMs);
        return {
            kind: 'open',
            severity: current,
            alert: !quiet,
            flapping,
            ...(flapping && closed ? { reopen: closed.issueNumber } : {}),
        };
    }
    if (current !== 'up') {
        if (current !== open.severity) {
            // Getting worse is news; getting better (down → degraded) is only noted on the issue.
            return {
                kind: 'update',
                issueNumber: open.issueNumber,
                from: open.severity,
                to: current,
                alert: current === 'down',
            };
        }
        return { kind: 'none', state: 'ongoing', note: `still ${current} since ${open.openedAt}` };
    }
    if (streak.successes < policy.recoverAfter) {
        return {
            kind: 'none',
            state: 'pending-recovery',
            note: `passed ${streak.successes} of ${policy.recoverAfter} runs needed to close the incident`,
        };
    }
    return { kind: 'recover', issueNumber: open.issueNumber, alert: open.alerted };
}


/***/ }),

/***/ 30797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ staticLookup),
/* harmony export */   p: () => (/* binding */ resolveHost)
/* harmony export */ });
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40610);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52228);
// Does the name resolve, to what, and how fast. Uses the same lookup the probes use, so a test's
// fake resolver and production's system resolver are both exercised the same way.


function resolveHost(host, lookup = node_dns__WEBPACK_IMPORTED_MODULE_0__.lookup) {
    const start = performance.now();
    const bare = host.replace(/^\[|\]$/g, '');
    return new Promise((resolve) => {
        lookup(bare, { all: true }, (error, addresses) => {
            const ms = Math.round((performance.now() - start) * 10) / 10;
            if (error) {
                resolve({ host, addresses: [], ms, error: (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyError */ .fe)(error) });
                return;
            }
            const list = Array.isArray(addresses) ? addresses.map((a) => a.address) : [String(addresses)];
            resolve({ host, addresses: list, ms });
        });
    });
}
/** A lookup that answers `hosts` from a table and everything else from the system: for tests and demos. */
function staticLookup(hosts) {
    return ((hostname, options, callback) => {
        const cb = (typeof options === 'function' ? options : callback);
        const opts = (typeof options === 'object' && options ? options : {});
        const address = hosts[hostname.toLowerCase()];
        if (address === undefined) {
            const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
                code: 'ENOTFOUND',
                hostname,
            });
            process.nextTick(() => cb(error, opts.all ? [] : ''));
            return;
        }
        const family = address.includes(':') ? 6 : 4;
        process.nextTick(() => (opts.all ? cb(null, [{ address, family }]) : cb(null, address, family)));
    });
}


/***/ }),

/***/ 52228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   fe: () => (/* binding */ classifyError)
/* harmony export */ });
/* unused harmony export FAILURE_CLASSES */
// What kind of thing went wrong, decided before anything is alerted: only transient kinds are
// worth another attempt, and the kind tells the person on call where to look.
const FAILURE_CLASSES = (/* unused pure expression or super */ null && ([
    'dns',
    'connect',
    'tls',
    'timeout',
    'status',
    'assertion',
]));
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL']);
const CONNECT_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'ECONNABORTED',
    'EADDRNOTAVAIL',
    'UND_ERR_SOCKET',
]);
/** Classifies an error thrown by a request (never a response: those are status or assertion). */
function classifyError(error) {
    const e = error;
    const code = typeof e?.code === 'string' ? e.code : undefined;
    const message = typeof e?.message === 'string' ? e.message : String(error);
    if (e?.name === 'ProbeTimeout' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
        return { class: 'timeout', ...(code ? { code } : {}), message };
    }
    if (code && DNS_CODES.has(code))
        return { class: 'dns', code, message };
    if (code && CONNECT_CODES.has(code))
        return { class: 'connect', code, message };
    if (code &&
        (code.startsWith('ERR_TLS') ||
            code.startsWith('ERR_SSL') ||
            code.includes('CERT') ||
            code === 'EPROTO' ||
            code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
            code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY')) {
        return { class: 'tls', code, message };
    }
    if (/socket hang up/i.test(message))
        return { class: 'connect', ...(code ? { code } : {}), message };
    return { class: 'connect', ...(code ? { code } : {}), message };
}
/**
 * Whether another attempt may give a different answer. A refused connection, a timeout, a DNS
 * answer (resolvers fail and recover) and a gateway error are; a bad certificate, a 404 or a failed assertion are not.
 */
function isTransient(failure, status) {
    switch (failure.class) {
        case 'dns':
        case 'connect':
        case 'timeout':
            return true;
        case 'status':
            return status === 429 || status === 502 || status === 503 || status === 504;
        default:
            return false;
    }
}


/***/ }),

/***/ 43174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping the input order, so a
 * monitor with a hundred endpoints never opens a hundred connections to one service at once.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    await Promise.all(workers);
    return results;
}


/***/ }),

/***/ 69141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   zC: () => (/* binding */ maskWebhookUrl)
/* harmony export */ });
// Secrets reach URLs more often than anyone intends (basic auth, `?token=`). Every URL shown to a
// person or sent to an alert service goes through redactUrl first.
const REDACTED = '***';
/** The URL without userinfo and with every query value replaced; unparsable text is cut at `?`. */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return url.replace(/\/\/[^/@\s]*@/, '//').replace(/\?.*$/s, `?${REDACTED}`);
    }
    const hadUserinfo = parsed.username !== '' || parsed.password !== '';
    parsed.username = '';
    parsed.password = '';
    if (parsed.search !== '') {
        const names = [...parsed.searchParams.keys()];
        parsed.search = names.map((n) => `${encodeURIComponent(n)}=${REDACTED}`).join('&');
    }
    const text = parsed.toString().replace(/%2A%2A%2A/g, REDACTED);
    return hadUserinfo ? text.replace('://', `://${REDACTED}@`) : text;
}
/** The parts of a URL that must be masked in logs: password, username with a password, query values. */
function urlSecrets(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return [];
    }
    const secrets = [];
    const decode = (s) => {
        try {
            return decodeURIComponent(s);
        }
        catch {
            return s;
        }
    };
    if (parsed.password)
        secrets.push(parsed.password, decode(parsed.password));
    if (parsed.username && parsed.password)
        secrets.push(parsed.username, decode(parsed.username));
    for (const value of parsed.searchParams.values())
        if (value.length >= 4)
            secrets.push(value);
    return [...new Set(secrets.filter((s) => s.length > 0))];
}
/** A webhook URL shown as its origin only: the path of a webhook is its credential. */
function maskWebhookUrl(url) {
    try {
        return `${new URL(url).origin}/${REDACTED}`;
    }
    catch {
        return REDACTED;
    }
}
/** Replaces every occurrence of every secret (longest first, so overlapping secrets are all hidden). */
function scrub(text, secrets) {
    let out = text;
    for (const s of [...secrets].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length)) {
        out = out.split(s).join(REDACTED);
    }
    return out;
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


/***/ })

};
