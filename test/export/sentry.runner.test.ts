// Deploy markers against a loopback Sentry that checks each request against the shape Sentry
// documents for "Create a New Release for an Organization" and "Create a Deploy".
import { afterEach, describe, expect, it } from 'vitest';
import { markSentryDeploy, readSentrySettings } from '../../shared/export/sentry.js';
import { InputError } from '../../shared/runtime/errors.js';
import { inputsFrom } from '../../shared/runtime/inputs.js';
import { recordingLogger } from '../../shared/runtime/logger.js';
import { type Loopback, startServer } from '../harness/loopback-server.js';

const TOKEN = 'sntrys_secret-token';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** What Sentry's API reference requires of the two requests; returns the problems found. */
function problems(
  method: string,
  path: string,
  auth: string | undefined,
  body: Record<string, unknown>,
): string[] {
  const out: string[] = [];
  if (method !== 'POST') out.push(`method ${method}`);
  if (auth !== `Bearer ${TOKEN}`) out.push('missing bearer token');
  const release = /^\/api\/0\/organizations\/([^/]+)\/releases\/$/.exec(path);
  const deploy = /^\/api\/0\/organizations\/([^/]+)\/releases\/([^/]+)\/deploys\/$/.exec(path);
  if (release) {
    const v = body.version;
    if (typeof v !== 'string' || v === '' || v.length > 200 || /[\n/\\]/.test(v) || v === '.' || v === '..')
      out.push('bad version');
    if (
      !Array.isArray(body.projects) ||
      body.projects.length === 0 ||
      body.projects.some((p) => typeof p !== 'string')
    )
      out.push('projects must be a non-empty list of slugs');
    if (body.refs !== undefined) {
      const refs = body.refs as { repository?: unknown; commit?: unknown }[];
      if (
        !Array.isArray(refs) ||
        refs.some((r) => typeof r.repository !== 'string' || typeof r.commit !== 'string')
      )
        out.push('refs must hold repository and commit');
    }
    if (body.dateReleased !== undefined && !ISO.test(String(body.dateReleased)))
      out.push('dateReleased not ISO 8601');
    for (const key of Object.keys(body))
      if (!['version', 'projects', 'refs', 'dateReleased', 'url', 'ref', 'commits'].includes(key))
        out.push(`unknown field ${key}`);
  } else if (deploy) {
    const env = body.environment;
    if (typeof env !== 'string' || env === '' || env.length > 64 || /[\s/]/.test(env))
      out.push('bad environment');
    for (const key of ['dateStarted', 'dateFinished'])
      if (body[key] !== undefined && !ISO.test(String(body[key]))) out.push(`${key} not ISO 8601`);
    for (const key of Object.keys(body))
      if (!['environment', 'name', 'url', 'dateStarted', 'dateFinished', 'projects'].includes(key))
        out.push(`unknown field ${key}`);
  } else out.push(`unknown endpoint ${path}`);
  return out;
}

describe('Sentry deploy markers', () => {
  let sentry: Loopback | undefined;
  afterEach(async () => sentry?.close());

  const settings = (url: string) =>
    readSentrySettings(
      inputsFrom({
        'sentry-url': url,
        'sentry-org': 'acme',
        'sentry-projects': 'web, api',
        'sentry-token': TOKEN,
      }),
    );

  it('creates the release of the deployed commit and its deploy to the environment', async () => {
    const seen: string[][] = [];
    const releases = new Set<string>();
    sentry = await startServer((req, res, body) => {
      const json = JSON.parse(body) as Record<string, unknown>;
      seen.push(problems(req.method ?? '', req.url ?? '', req.headers.authorization, json));
      const isRelease = /\/releases\/$/.test(req.url ?? '');
      const existed = isRelease && releases.has(String(json.version));
      if (isRelease) releases.add(String(json.version));
      res.writeHead(existed ? 208 : 201, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(isRelease ? { version: json.version } : { id: '1', environment: json.environment }),
      );
    });
    const s = settings(sentry.url);
    if (!s) throw new Error('settings expected');
    const log = recordingLogger();
    const marker = {
      version: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      environment: 'production',
      url: 'https://shop.example',
      repository: 'acme/shop',
      started: new Date('2026-11-30T10:00:00Z'),
      finished: new Date('2026-11-30T10:01:30Z'),
    };
    expect(await markSentryDeploy(s, marker, log)).toEqual({
      ok: true,
      message: 'Sentry: release a1b2c3d4e5f6 deployed to production',
    });
    // A second deploy of the same commit (to staging) reuses the release Sentry already has.
    expect((await markSentryDeploy(s, { ...marker, environment: 'staging' }, log)).ok).toBe(true);
    expect(seen).toEqual([[], [], [], []]);
    const paths = sentry.requests.map((r) => r.url);
    expect(paths).toEqual([
      '/api/0/organizations/acme/releases/',
      `/api/0/organizations/acme/releases/${marker.version}/deploys/`,
      '/api/0/organizations/acme/releases/',
      `/api/0/organizations/acme/releases/${marker.version}/deploys/`,
    ]);
    expect(JSON.parse(sentry.requests[1]?.body ?? '{}')).toEqual({
      environment: 'production',
      projects: ['web', 'api'],
      url: 'https://shop.example',
      dateStarted: '2026-11-30T10:00:00.000Z',
      dateFinished: '2026-11-30T10:01:30.000Z',
    });
  });

  it('retries a 503, and a refused token is a warning that names no secret', async () => {
    let n = 0;
    sentry = await startServer((_req, res) => {
      n++;
      res.writeHead(n === 1 ? 503 : 401, { 'content-type': 'application/json' });
      res.end('{"detail":"Invalid token"}');
    });
    const s = settings(sentry.url);
    if (!s) throw new Error('settings expected');
    const log = recordingLogger();
    const result = await markSentryDeploy(
      s,
      { version: 'abc123', environment: 'production', started: new Date(), finished: new Date() },
      log,
      { backoffMs: 1 },
    );
    expect(result).toEqual({
      ok: false,
      message: 'Sentry deploy marker not created: creating release abc123 answered HTTP 401',
    });
    expect(n).toBe(2);
    expect(log.lines.join('\n')).not.toContain(TOKEN);
  });

  it('is off without an organisation, and incomplete settings name the missing input', () => {
    expect(readSentrySettings(inputsFrom({}))).toBeUndefined();
    expect(() => readSentrySettings(inputsFrom({ 'sentry-org': 'acme', 'sentry-projects': 'web' }))).toThrow(
      InputError,
    );
    expect(() => readSentrySettings(inputsFrom({ 'sentry-org': 'acme', 'sentry-token': 't' }))).toThrow(
      /sentry-projects/,
    );
    expect(() =>
      readSentrySettings(
        inputsFrom({ 'sentry-org': 'ac/me', 'sentry-token': 't', 'sentry-projects': 'web' }),
      ),
    ).toThrow(/not a Sentry slug/);
  });
});
