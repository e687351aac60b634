// Probes and checks against real servers on 127.0.0.1: HTTP, HTTPS with certificates from a
// throwaway openssl CA, host names resolved through an injected lookup, and misbehaving services.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckOptions, checkDomain, checkEndpoint } from '../../shared/deploy-smoke-health/check.js';
import {
  type ConfigDefaults,
  endpointsFromList,
  parseConfigFile,
} from '../../shared/deploy-smoke-health/config.js';
import { warmUp, watch } from '../../shared/deploy-smoke-health/post-deploy.js';
import { staticLookup } from '../../shared/probes/dns.js';
import { probeHttp } from '../../shared/probes/http.js';
import { type Loopback, sendJson, startServer } from '../harness/loopback-server.js';
import { makeTestCa, type TestCa } from '../harness/openssl-ca.js';

const lookup = staticLookup({ 'shop.test': '127.0.0.1', 'soon.test': '127.0.0.1' });
const defaults: ConfigDefaults = {
  environment: 'prod',
  timeoutMs: 3000,
  expectedStatus: [200],
  conditions: [],
  minCertDays: 14,
  checkRedirect: true,
};
let ca: TestCa;
let https: Loopback;
let soon: Loopback;
let redirector: Loopback;
const servers: Loopback[] = [];

beforeAll(async () => {
  ca = makeTestCa();
  https = await startServer(
    (_req, res) => sendJson(res, 200, { status: 'pass' }, 'application/health+json'),
    ca.leaf({ names: ['shop.test'], ips: ['127.0.0.1'], days: 60 }),
  );
  soon = await startServer(
    (_req, res) => sendJson(res, 200, { status: 'pass' }),
    ca.leaf({ names: ['soon.test'], days: 5 }),
  );
  redirector = await startServer((req, res) => {
    res.writeHead(301, { location: `https://shop.test:${https.port}${req.url}` });
    res.end();
  });
});
afterAll(async () => {
  await Promise.all([https, soon, redirector, ...servers].map((s) => s?.close()));
  ca?.cleanup();
});

const opts = (o: Partial<CheckOptions> = {}): CheckOptions => ({
  probe: { lookup, ca: ca.ca },
  retries: 2,
  backoff: { baseMs: 20, maxMs: 100 },
  ...o,
});
const endpoint = (url: string, conditions: string[] = [], extra: Partial<ConfigDefaults> = {}) => {
  const [ep] = endpointsFromList([url], { ...defaults, conditions, ...extra }).checks;
  if (!ep) throw new Error('no endpoint');
  return ep;
};

describe('HTTPS probes with an openssl CA', () => {
  it('trusts the test CA through an option, resolves shop.test via the injected lookup and reads the certificate', async () => {
    const r = await checkEndpoint(
      endpoint(`https://shop.test:${https.port}/health`, [
        '[CERTIFICATE_EXPIRATION] > 14d',
        '[BODY].status == pass',
      ]),
      opts(),
    );
    expect(r.health).toBe('up');
    expect(r.certificate?.hostValid).toBe(true);
    // openssl -days 60 from now: 59 whole days and some hours are left.
    expect(r.certificate?.daysLeft).toBeGreaterThanOrEqual(59);
    expect(r.certificate?.daysLeft).toBeLessThanOrEqual(60);
    expect(r.timings?.tlsMs).toBeGreaterThan(0);
    expect(r.timings?.dnsMs).toBeDefined();
  });

  it('without the CA option the same server fails as tls, never retried', async () => {
    const r = await checkEndpoint(
      endpoint(`https://shop.test:${https.port}/health`),
      opts({ probe: { lookup } }),
    );
    expect(r.failure?.class).toBe('tls');
    expect(r.attempts).toBe(1);
    expect(r.certificate?.trusted).toBe(false);
  });

  it('a certificate for another host is a tls failure that names the certificate names', async () => {
    const r = await checkEndpoint(endpoint(`https://soon.test:${https.port}/health`), opts());
    expect(r.failure?.class).toBe('tls');
    expect(r.failure?.message).toContain('not valid for this host');
    expect(r.failure?.message).toContain('shop.test');
  });

  it('a certificate with fewer days left than min-cert-days fails the check', async () => {
    const r = await checkEndpoint(endpoint(`https://soon.test:${soon.port}/`), opts());
    expect(r.failure?.class).toBe('tls');
    expect(r.failure?.message).toMatch(/expires in [45] days/);
  });

  it('checks a custom domain: DNS, certificate, http→https redirect', async () => {
    const d = {
      kind: 'domain' as const,
      name: 'shop.test',
      environment: 'prod',
      host: `shop.test:${https.port}`,
      url: `https://shop.test:${https.port}/`,
      timeoutMs: 3000,
      minCertDays: 14,
      checkRedirect: true,
      redirectFrom: `http://shop.test:${redirector.port}/`,
    };
    const ok = await checkDomain(d, opts());
    expect(ok.health).toBe('up');
    expect(ok.dns?.addresses).toEqual(['127.0.0.1']);
    expect(ok.redirect?.ok).toBe(true);
    const plain = await startServer((_req, res) => sendJson(res, 200, {}));
    servers.push(plain);
    const noRedirect = await checkDomain({ ...d, redirectFrom: `http://shop.test:${plain.port}/` }, opts());
    expect(noRedirect.failure?.class).toBe('assertion');
    expect(noRedirect.failure?.message).toContain('does not redirect to https');
    const unknown = await checkDomain(
      { ...d, host: 'nowhere.test', url: 'https://nowhere.test/' },
      opts({ retries: 0 }),
    );
    expect(unknown.failure?.class).toBe('dns');
  });
});

describe('failure classes, retries and waiting', () => {
  it('classifies connect, timeout, status and assertion failures', async () => {
    const closed = await startServer(() => {});
    await closed.close();
    const connect = await checkEndpoint(endpoint(`http://127.0.0.1:${closed.port}/`), opts({ retries: 0 }));
    expect(connect.failure?.class).toBe('connect');
    const hang = await startServer(() => new Promise(() => {}));
    servers.push(hang);
    const timeout = await checkEndpoint(
      endpoint(`${hang.url}/`, [], { timeoutMs: 150 }),
      opts({ retries: 0 }),
    );
    expect(timeout.failure?.class).toBe('timeout');
    const notFound = await startServer((_q, res) => sendJson(res, 404, {}));
    servers.push(notFound);
    const status = await checkEndpoint(endpoint(`${notFound.url}/`), opts());
    expect(status.failure?.class).toBe('status');
    expect(status.attempts).toBe(1);
    const wrong = await startServer((_q, res) => sendJson(res, 200, { status: 'fail' }));
    servers.push(wrong);
    const assertion = await checkEndpoint(endpoint(`${wrong.url}/`, ['[BODY].status == pass']), opts());
    expect(assertion.failure?.class).toBe('assertion');
    expect(assertion.failure?.message).toContain('[BODY].status (fail) == pass');
  });

  it('retries a flapping 503 after a real wait and passes', async () => {
    const times: number[] = [];
    const flappy = await startServer((_q, res) => {
      times.push(performance.now());
      sendJson(res, times.length < 3 ? 503 : 200, {});
    });
    servers.push(flappy);
    const r = await checkEndpoint(
      endpoint(`${flappy.url}/`),
      opts({ backoff: { baseMs: 80, maxMs: 1000 }, random: () => 0 }),
    );
    expect(r.health).toBe('up');
    expect(r.attempts).toBe(3);
    // Backoff with random()=0 waits half the cap: 40 ms, then 80 ms.
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(38);
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(78);
  });

  it('sends no-cache headers and the health+json accept header, and lists failing components', async () => {
    const health = await startServer((_q, res) =>
      sendJson(
        res,
        503,
        {
          status: 'fail',
          checks: {
            'postgres:connections': [
              { componentId: 'primary', status: 'fail', output: 'too many connections' },
            ],
            'redis:ping': [{ status: 'pass' }],
          },
        },
        'application/health+json',
      ),
    );
    servers.push(health);
    const r = await checkEndpoint(endpoint(`${health.url}/health`), opts({ retries: 0 }));
    expect(r.health).toBe('down');
    expect(r.components).toEqual(['postgres:connections[primary] (fail): too many connections']);
    const sent = health.requests[0]?.headers;
    expect(sent?.['cache-control']).toContain('no-cache');
    expect(sent?.pragma).toBe('no-cache');
    expect(sent?.accept).toContain('application/health+json');
    const warn = await startServer((_q, res) =>
      sendJson(
        res,
        200,
        { status: 'warn', checks: { disk: [{ status: 'warn', output: '91% full' }] } },
        'application/health+json',
      ),
    );
    servers.push(warn);
    const degraded = await checkEndpoint(endpoint(`${warn.url}/health`), opts());
    expect(degraded.health).toBe('degraded');
    expect(degraded.components).toEqual(['disk (warn): 91% full']);
  });

  it('never sends credentials from the URL to another origin on redirect and redacts them', async () => {
    const target = await startServer((_q, res) => sendJson(res, 200, {}));
    servers.push(target);
    const hop = await startServer((_q, res) => {
      res.writeHead(302, { location: `${target.url}/landing` });
      res.end();
    });
    servers.push(hop);
    const out = await probeHttp({
      url: `http://user:hunter22@127.0.0.1:${hop.port}/?token=abcd1234`,
      timeoutMs: 2000,
    });
    expect(out.url).not.toContain('hunter22');
    expect(out.url).not.toContain('abcd1234');
    expect(hop.requests[0]?.headers.authorization).toBeDefined();
    expect(target.requests[0]?.headers.authorization).toBeUndefined();
  });
});

describe('post-deploy warm-up', () => {
  const warmOptions = (o: Partial<Parameters<typeof warmUp>[1]> = {}) => ({
    check: { probe: {}, backoff: { baseMs: 30, maxMs: 120 }, expectedVersion: 'c0ffee1234567' },
    waitTimeoutMs: 5000,
    consecutive: 3,
    intervalMs: 20,
    backoff: { baseMs: 30, maxMs: 120 },
    concurrency: 4,
    watchDurationMs: 0,
    ...o,
  });

  it('waits for a service that is slow to warm up, then requires consecutive successes', async () => {
    const started = performance.now();
    const slow = await startServer((_q, res) => {
      if (performance.now() - started < 400) {
        res.writeHead(503);
        res.end();
      } else sendJson(res, 200, { status: 'pass', version: 'c0ffee1' });
    });
    servers.push(slow);
    const [w] = await warmUp([endpoint(`${slow.url}/health`)], warmOptions());
    expect(w?.passed).toBe(true);
    expect(w?.healthyAfterMs).toBeGreaterThanOrEqual(350);
    expect(w?.passesInARow).toBe(3);
    expect(w?.seen.status).toBeGreaterThan(0);
  });

  it('does not pass while the old version answers, and passes once the new one does', async () => {
    let calls = 0;
    const cutover = await startServer((_q, res) => {
      calls++;
      sendJson(res, 200, { status: 'pass', version: calls <= 3 ? 'deadbeef00' : 'c0ffee1234567' });
    });
    servers.push(cutover);
    const [w] = await warmUp([endpoint(`${cutover.url}/health`)], warmOptions());
    expect(w?.passed).toBe(true);
    expect(w?.result.version).toMatchObject({ confirmed: true, where: '[BODY].version' });
    expect(w?.attempts).toBe(3 + 3);
    const stale = await startServer((_q, res) =>
      sendJson(res, 200, { status: 'pass', version: 'deadbeef00' }),
    );
    servers.push(stale);
    const [never] = await warmUp([endpoint(`${stale.url}/health`)], warmOptions({ waitTimeoutMs: 300 }));
    expect(never?.passed).toBe(false);
    expect(never?.result.failure?.message).toContain('version deadbeef00');
  });

  it('watch lists every failed request during a rollout', async () => {
    let n = 0;
    const rolling = await startServer((_q, res) => {
      n++;
      sendJson(res, n % 4 === 0 ? 502 : 200, { status: 'pass', version: 'c0ffee1' });
    });
    servers.push(rolling);
    const w = await watch(
      [endpoint(`${rolling.url}/health`)],
      warmOptions({ watchDurationMs: 400, intervalMs: 25 }),
    );
    expect(w.requests).toBe(n);
    expect(w.failures.length).toBe(Math.floor(n / 4));
    expect(w.failures[0]).toMatchObject({ class: 'status', status: 502 });
  });
});

describe('config files', () => {
  const fixtures = join(import.meta.dirname, '../fixtures/health');

  it('reads environments with their domains and endpoints', () => {
    const text = readFileSync(join(fixtures, 'monitor.yml'), 'utf8');
    const config = parseConfigFile(text, 'monitor.yml', {
      ...defaults,
      env: { SHOP_API_KEY: 'sk_live_secret' },
    });
    expect(config.checks.map((c) => `${c.environment}/${c.kind}/${c.name}`)).toEqual([
      'prod/domain/shop.example.com',
      'prod/domain/www.shop.example.com',
      'prod/http/health',
      'prod/http/api',
      'staging/http/staging.shop.example.com/health',
      'dev/http/dev-health',
    ]);
    expect(config.secrets).toContain('sk_live_secret');
    const api = config.checks.find((c) => c.name === 'api');
    expect(api?.kind === 'http' && api.expectedStatus.length).toBe(100);
  });

  it('refuses a duration without its unit, naming the file, line and key', () => {
    // Inputs read a bare number as seconds; a config file must not silently read it as milliseconds.
    const text =
      'environments:\n  prod:\n    endpoints:\n      - { url: "https://shop.example.com/health", timeout: 10 }\n';
    expect(() => parseConfigFile(text, 'monitor.yml', defaults)).toThrow(
      /monitor\.yml:4 .*timeout.*'10' has no unit: write 10s for seconds or 10ms for milliseconds/,
    );
    const ok = text.replace('timeout: 10 ', 'timeout: 10s ');
    const check = parseConfigFile(ok, 'monitor.yml', defaults).checks[0];
    expect(check?.kind === 'http' && check.timeoutMs).toBe(10_000);
  });

  it('names the file, line, endpoint, condition and column of a bad condition', () => {
    const text = readFileSync(join(fixtures, 'bad-condition.yml'), 'utf8');
    expect(() => parseConfigFile(text, 'bad-condition.yml', defaults)).toThrow(
      "bad-condition.yml:8 (environments.prod.endpoints[0].conditions[1]): endpoint 'checkout': condition '[BODY].status = pass': column 15: '=' is not an operator",
    );
  });
});

describe('redirects and credentials', () => {
  it('keeps credentials off the rest of a chain once it leaves the origin, even when it comes back', async () => {
    const a = await startServer((req, res) => {
      if (req.url === '/start') res.writeHead(302, { location: `http://localhost:${b.port}/bounce` });
      else if (req.url === '/same') res.writeHead(302, { location: '/start' });
      else res.writeHead(200);
      res.end();
    });
    const b = await startServer((_req, res) => {
      res.writeHead(307, { location: `http://user:pw@127.0.0.1:${a.port}/end` });
      res.end();
    });
    servers.push(a, b);
    const out = await probeHttp({
      url: `http://monitor:s3cret@127.0.0.1:${a.port}/same`,
      headers: { Authorization: 'Bearer abc', 'X-Api-Key': 'k', Cookie: 'session=1' },
      timeoutMs: 3000,
    });
    expect(out.response?.status).toBe(200);
    expect(out.redirects).toHaveLength(3);
    const seen = [...a.requests, ...b.requests].map((r) => [
      r.url,
      r.headers.authorization ?? null,
      r.headers['x-api-key'] ?? null,
      r.headers.cookie ?? null,
    ]);
    expect(seen).toEqual([
      ['/same', 'Bearer abc', 'k', 'session=1'],
      ['/start', 'Bearer abc', 'k', 'session=1'],
      // A redirect's own userinfo is honoured (the server put it there), nothing configured is.
      ['/end', `Basic ${Buffer.from('user:pw').toString('base64')}`, null, null],
      ['/bounce', null, null, null],
    ]);
  });

  it('reports a redirect to a non-http scheme as a failure, not a follow', async () => {
    const s = await startServer((_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    });
    servers.push(s);
    const out = await probeHttp({ url: `${s.url}/`, timeoutMs: 3000 });
    expect(out.error).toMatchObject({ class: 'status', message: expect.stringMatching(/file: URL/) });
  });
});
