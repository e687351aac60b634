import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  builtInRoutes,
  FakeRepoState,
  type RouteHandler,
  type RouteRequest,
  type RouteResponse,
} from './fake-repo.js';
import { githubOpenApi, type MatchedOperation, type OpenApiDescription } from './openapi.js';

export type {
  CheckRunAnnotation,
  GitHubUser,
  PullFile,
  StoredCheckRun,
  StoredComment,
  StoredStatus,
} from './fake-repo.js';
export { FakeRepoState, fakeSha, MAX_COMMENT_LENGTH, MAX_PULL_FILES } from './fake-repo.js';

export type RecordedRequest = RouteRequest;

export type Fault =
  | { kind: 'status'; status: 500 | 502 | 503; times?: number }
  /**
   * By default a secondary rate limit (message "You have exceeded a secondary rate limit", header
   * retry-after), which GitHub documents for both 403 and 429. `primary: true` instead sends the primary
   * limit's shape: x-ratelimit-remaining 0 and x-ratelimit-reset `retryAfter` seconds from now.
   */
  | {
      kind: 'rate-limit';
      status: 429 | 403;
      retryAfter: number;
      times?: number;
      primary?: boolean;
      /** A plain 429 (or 403): retry-after without GitHub's "secondary rate limit" wording, as proxies send. */
      plain?: boolean;
    }
  | { kind: 'slow'; delayMs: number; times?: number }
  | { kind: 'drop'; times?: number };

export interface FaultMatch {
  method?: string;
  /** An exact request path, an OpenAPI template such as `/repos/{owner}/{repo}/check-runs`, or a RegExp. */
  path?: string | RegExp;
}

export interface Violation {
  kind: 'unknown-operation' | 'invalid-body' | 'unknown-query-parameter' | 'handler-error';
  method: string;
  path: string;
  operationId: string;
  message: string;
}

/** The default token of both the fake and runAction's `${{ github.token }}`; shaped like an installation token. */
export const FAKE_GITHUB_TOKEN = 'ghs_fakeHarnessToken0000000000000000000';

const RATE_LIMIT = 1000; // GITHUB_TOKEN's hourly REST budget per repository
const DOCS = 'https://docs.github.com/rest';

interface RegisteredRoute {
  names: string[];
  handler: RouteHandler;
}

interface PendingFault {
  match: FaultMatch;
  fault: Fault;
  remaining: number;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  /** Requests for operations GitHub has but this fake does not implement (answered 404). */
  readonly unhandled: RecordedRequest[] = [];
  readonly state = new FakeRepoState();
  private readonly routes = new Map<string, RegisteredRoute>();
  private readonly faults: PendingFault[] = [];
  /**
   * Extra milliseconds before a request is handled, e.g. random delays that shuffle the order in
   * which concurrent writers' requests land (race tests).
   */
  latency: ((request: RecordedRequest) => number) | undefined;
  private readonly resetAt = Math.floor(Date.now() / 1000) + 3600;
  private used = 0;
  private baseUrl = '';

  private constructor(
    private readonly server: Server,
    private readonly openApi: OpenApiDescription,
    readonly token: string,
  ) {
    for (const route of builtInRoutes(this.state, () => this.url))
      this.route(route.method, route.template, route.handler);
  }

  static async start(options: { token?: string } = {}): Promise<FakeGitHub> {
    const openApi = githubOpenApi();
    let fake: FakeGitHub | undefined;
    const server = createServer((req, res) => {
      fake!.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: `fake-github crashed: ${String(error)}` }));
      });
    });
    fake = new FakeGitHub(server, openApi, options.token ?? FAKE_GITHUB_TOKEN);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return fake;
  }

  get url(): string {
    return this.baseUrl;
  }

  /** Adds or replaces the handler for an operation; the template must be one GitHub documents. */
  route(method: string, pathTemplate: string, handler: RouteHandler): void {
    const operation = this.openApi.findByTemplate(method, pathTemplate);
    if (!operation) {
      throw new Error(
        `fake-github: ${method.toUpperCase()} ${pathTemplate} is not in GitHub's OpenAPI description`,
      );
    }
    this.routes.set(routeKey(operation.method, operation.template), {
      names: [...pathTemplate.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? ''),
      handler,
    });
  }

  /** Applies `fault` to the next `fault.times` (default 1; Infinity allowed) matching requests. */
  fault(match: FaultMatch, fault: Fault): void {
    this.faults.push({ match, fault, remaining: fault.times ?? 1 });
  }

  /** Requests for one operation, e.g. `fake.calls('repos/create-commit-status')`. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  /**
   * Whether close() accepts requests for operations the fake does not implement. By default it
   * fails: such a request means a path of the code under test went unexercised (it got a 404 that
   * the real GitHub would not have sent), as the journey's baselines did before the commit routes.
   */
  allowUnhandled = false;

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    if (this.unhandled.length > 0 && !this.allowUnhandled) {
      const listed = [...new Set(this.unhandled.map((r) => `${r.operationId} (${r.method} ${r.path})`))];
      throw new Error(
        `fake-github: ${this.unhandled.length} request(s) for operations it has no handler for: ${listed.join('; ')}. Add a route (fake.route(), test/harness/fake-*.ts), or set allowUnhandled where a 404 is what the test wants.`,
      );
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const matched = this.openApi.match(method, url.pathname);
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: flattenHeaders(req),
      body: parseBody(rawBody),
      operationId: matched?.operation.operationId ?? '',
    };
    this.requests.push(recorded);

    const extra = this.latency?.(recorded) ?? 0;
    if (extra > 0) await delay(extra);
    const fault = this.takeFault(recorded, matched);
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow') await delay(fault.delayMs);
    if (fault?.kind === 'status' || fault?.kind === 'rate-limit') {
      this.send(res, faultResponse(fault, this.requestId()));
      return;
    }
    this.send(res, await this.respond(recorded, matched, rawBody.length > 0));
  }

  private async respond(
    recorded: RecordedRequest,
    matched: MatchedOperation | undefined,
    hasBody: boolean,
  ): Promise<RouteResponse> {
    if (recorded.method === 'POST' && recorded.path === '/graphql') return this.graphql(recorded);
    if (!matched) {
      const message = `${recorded.method} ${recorded.path} is not in GitHub's OpenAPI description`;
      this.violate('unknown-operation', recorded, message);
      return {
        status: 404,
        body: { message: `Not Found: ${message}`, documentation_url: DOCS, status: '404' },
      };
    }
    const authProblem = this.checkAuth(recorded.headers.authorization);
    if (authProblem)
      return { status: 401, body: { message: authProblem, documentation_url: DOCS, status: '401' } };

    const { operation, params } = matched;
    const route = this.routes.get(routeKey(operation.method, operation.template));
    if (!route) {
      this.unhandled.push(recorded);
      const message = `fake-github has no handler for ${operation.operationId} (${operation.method} ${operation.template}); add one with fake.route()`;
      return { status: 404, body: { message, documentation_url: DOCS, status: '404' } };
    }
    for (const name of Object.keys(recorded.query)) {
      if (!operation.queryParameters.has(name)) {
        const known = [...operation.queryParameters].join(', ') || 'none';
        this.violate(
          'unknown-query-parameter',
          recorded,
          `query parameter "${name}" is not declared (known: ${known})`,
        );
      }
    }
    const bodyProblems = this.openApi.validateBody(operation, recorded.body, hasBody);
    if (bodyProblems.length > 0) {
      for (const problem of bodyProblems) this.violate('invalid-body', recorded, problem);
      return {
        status: 422,
        body: {
          message: `Invalid request.\n\n${bodyProblems.join('\n')}`,
          documentation_url: DOCS,
          status: '422',
        },
      };
    }
    // Path parameters are handed over under the names the route was registered with.
    const specNames = Object.keys(params);
    const named = Object.fromEntries(
      specNames.map((name, i) => [route.names[i] ?? name, params[name] ?? '']),
    );
    try {
      return await route.handler(recorded, named);
    } catch (error) {
      this.violate('handler-error', recorded, String(error));
      return { status: 500, body: { message: `fake-github handler threw: ${String(error)}` } };
    }
  }

  /**
   * GitHub's GraphQL endpoint, for the one query shipshape sends: `{ viewer { login } }`, which
   * names the token's own account for every kind of token (an installation token's is
   * `<app>[bot]`). Errors come as GitHub sends them: 401 for credentials, else 200 with `errors`.
   */
  private graphql(recorded: RecordedRequest): RouteResponse {
    const authProblem = this.checkAuth(recorded.headers.authorization);
    if (authProblem) return { status: 401, body: { message: authProblem, documentation_url: DOCS } };
    const query = (recorded.body as { query?: unknown } | undefined)?.query;
    if (
      typeof query === 'string' &&
      /^\s*(query\s*\w*\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)
    ) {
      return { status: 200, body: { data: { viewer: { login: this.state.actor.login } } } };
    }
    this.unhandled.push(recorded);
    return {
      status: 200,
      body: { errors: [{ message: `fake-github answers only { viewer { login } }, not ${String(query)}` }] },
    };
  }

  private checkAuth(header: string | undefined): string | undefined {
    if (!header) return 'Requires authentication';
    const found = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    return found?.[1] === this.token ? undefined : 'Bad credentials';
  }

  private takeFault(recorded: RecordedRequest, matched: MatchedOperation | undefined): Fault | undefined {
    const pending = this.faults.find((f) => f.remaining > 0 && faultMatches(f.match, recorded, matched));
    if (!pending) return undefined;
    pending.remaining--;
    return pending.fault;
  }

  private violate(kind: Violation['kind'], recorded: RecordedRequest, message: string): void {
    this.violations.push({
      kind,
      method: recorded.method,
      path: recorded.path,
      operationId: recorded.operationId,
      message,
    });
  }

  private send(res: ServerResponse, response: RouteResponse): void {
    this.used++;
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - this.used)),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core',
      'x-github-request-id': this.requestId(),
      ...lowerCaseKeys(response.headers ?? {}),
    };
    if (response.body === undefined) {
      res.writeHead(response.status, headers);
      res.end();
      return;
    }
    const payload = JSON.stringify(response.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(response.status, headers);
    res.end(payload);
  }

  private requestId(): string {
    const hex = (n: number) => randomBytes(n).toString('hex').toUpperCase();
    return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`;
  }
}

function faultResponse(
  fault: Extract<Fault, { kind: 'status' | 'rate-limit' }>,
  requestId: string,
): RouteResponse {
  if (fault.kind === 'status') {
    const reason = { 500: 'Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' }[fault.status];
    return { status: fault.status, body: { message: reason, status: String(fault.status) } };
  }
  if (fault.plain) {
    return {
      status: fault.status,
      body: { message: 'Too many requests', status: String(fault.status) },
      headers: { 'retry-after': String(fault.retryAfter) },
    };
  }
  if (fault.primary) {
    return {
      status: fault.status,
      body: {
        message:
          'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit`,
        status: String(fault.status),
      },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + fault.retryAfter),
      },
    };
  }
  return {
    status: fault.status,
    body: {
      message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
      documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
      status: String(fault.status),
    },
    headers: { 'retry-after': String(fault.retryAfter) },
  };
}

function faultMatches(
  match: FaultMatch,
  recorded: RecordedRequest,
  matched: MatchedOperation | undefined,
): boolean {
  if (match.method && match.method.toUpperCase() !== recorded.method) return false;
  if (match.path === undefined) return true;
  if (match.path instanceof RegExp) return match.path.test(recorded.path);
  return match.path === recorded.path || match.path === matched?.operation.template;
}

function routeKey(method: string, template: string): string {
  return `${method.toUpperCase()} ${template}`;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function flattenHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
