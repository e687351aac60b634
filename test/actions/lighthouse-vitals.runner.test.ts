// Runs dist/lighthouse-vitals/index.js the way the runner does. The first test copies only the
// bundle and action.yml into an empty folder under /tmp (no node_modules anywhere above it) with an
// empty tool cache: the action must install its pinned Lighthouse itself, cache it and audit.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHTHOUSE_VERSION } from '../../shared/lighthouse/versions.js';
import { SECRET_COOKIE, SECRET_HEADER, startFixtureServer } from '../fixtures/vitals/server.js';
import { FakeActionsServices } from '../harness/fake-actions-services.js';
import { addCommitRoutes } from '../harness/fake-commits.js';
import { FAKE_GITHUB_TOKEN, FakeGitHub } from '../harness/fake-github.js';
import { pullRequestEvent, pushEvent, runAction } from '../harness/runner.js';
import { CHROMIUM, HAVE_CHROMIUM, processesMentioning } from '../lighthouse/support.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'vitals');

let fake: FakeGitHub;
let services: FakeActionsServices;
/** Shared by the tests: the first one fills it by installing, the others reuse it. */
let toolCache: string;
const temps: string[] = [];

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function siteWorkspace(): string {
  const ws = temp('shipshape-vitals-ws-');
  mkdirSync(join(ws, 'site'));
  cpSync(join(FIXTURES, 'fast.html'), join(ws, 'site', 'index.html'));
  cpSync(join(FIXTURES, 'layout-shift.html'), join(ws, 'site', 'shift.html'));
  return ws;
}

/** Any package Node could resolve from `dir` (an empty node_modules folder, as / has here, holds none). */
function packagesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    const nm = join(d, 'node_modules');
    // Dot folders (tool caches such as .vitest-cache) hold no packages Node would resolve.
    if (existsSync(nm))
      found.push(
        ...readdirSync(nm)
          .filter((p) => !p.startsWith('.'))
          .map((p) => join(nm, p)),
      );
    if (dirname(d) === d) return found;
  }
}

beforeAll(async () => {
  fake = await FakeGitHub.start();
  services = await FakeActionsServices.start();
  services.attachRest(fake, { owner: 'octo-org', repo: 'shop' });
  // The pull requests' base commits exist in no repository: the listing answers 404 for them, as
  // GitHub does, and the baseline is skipped with a note.
  addCommitRoutes(fake, () => undefined);
  toolCache = temp('shipshape-toolcache-');
});

afterAll(async () => {
  await fake?.close();
  await services?.close();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!HAVE_CHROMIUM)('lighthouse-vitals under the runner', () => {
  it('works from a clean copy with no node_modules: installs and caches Lighthouse, audits, comments, uploads', async () => {
    const clean = temp('shipshape-clean-copy-');
    // The action's entry and the one bundle every action shares.
    for (const part of ['lighthouse-vitals', 'shipshape'])
      cpSync(join(REPO_ROOT, 'dist', part), join(clean, 'dist', part), { recursive: true });
    cpSync(
      join(REPO_ROOT, 'actions', 'lighthouse-vitals', 'action.yml'),
      join(clean, 'actions', 'lighthouse-vitals', 'action.yml'),
    );
    expect(packagesAbove(join(clean, 'actions', 'lighthouse-vitals'))).toEqual([]);
    const chromeTemp = temp('shipshape-action-tmp-');
    const workspace = siteWorkspace();

    const run = await runAction('lighthouse-vitals', {
      entry: join(clean, 'dist', 'lighthouse-vitals', 'index.js'),
      actionYml: join(clean, 'actions', 'lighthouse-vitals', 'action.yml'),
      workspace,
      event: pullRequestEvent({ number: 21 }),
      env: {
        ...services.env(),
        GITHUB_API_URL: fake.url,
        RUNNER_TOOL_CACHE: toolCache,
        CHROME_PATH: CHROMIUM,
        TMPDIR: chromeTemp,
      },
      inputs: {
        'static-dir': 'site',
        urls: '/\n/shift.html',
        runs: '1',
        throttling: 'simulate',
        name: 'web',
        budgets: 'lcp=2.5s\n/shift.html: cls=0.1',
      },
      keepTemp: true,
      timeoutMs: 300_000,
    });
    temps.push(dirname(run.env.RUNNER_TEMP as string));

    expect(run.stderr).toBe('');
    // The layout-shift page misses its CLS budget: a gate failure, exit code 1, naming the page.
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(
      /1 of 2 page\(s\) failed:\nhttp:\/\/127\.0\.0\.1:\d+\/shift\.html \(desktop\): cls 0\.\d{3} is over its budget of 0\.100/,
    );
    const scores = JSON.parse(run.outputs.scores as string) as Record<string, Record<string, number>>;
    expect(Object.keys(scores)).toHaveLength(2);
    for (const s of Object.values(scores)) expect(s.performance).toBeGreaterThan(0);

    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    expect(report.schema).toBe('shipshape.lighthouse-vitals/v1');
    expect(report.lighthouseVersion).toBe(LIGHTHOUSE_VERSION);
    expect(report.urls.map((u: { key: string; passed: boolean }) => [u.key, u.passed])).toEqual([
      ['/', true],
      ['/shift.html', false],
    ]);

    // Installed into the tool cache and saved to the Actions cache under a key naming the version.
    expect(
      existsSync(
        join(toolCache, 'shipshape-lighthouse', `${LIGHTHOUSE_VERSION}-1.2.1`, 'node_modules', 'lighthouse'),
      ),
    ).toBe(true);
    expect(services.caches.map((c) => c.key)).toContainEqual(
      expect.stringMatching(new RegExp(`^shipshape-lighthouse-${LIGHTHOUSE_VERSION.replace(/\./g, '\\.')}-`)),
    );
    // HTML reports went to a private workflow artifact.
    expect(run.outputs['reports-artifact']).toBe('lighthouse-vitals-web');
    expect(services.artifacts.map((a) => a.name)).toContain('lighthouse-vitals-web');
    // Its own section of the one shared comment.
    const comments = fake.state.comments.filter((c) => c.issue_number === 21);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/<!-- shipshape:section lighthouse%2Dvitals%3Aweb[ >]/);
    expect(comments[0]?.body).toContain('Lighthouse vitals (web): ❌ failed (1 of 2 URL(s))');
    expect(run.summary).toContain('| Cumulative Layout Shift |');
    expect(run.summary).toContain('TBT is the lab stand-in for INP');
    expect(fake.violations).toEqual([]);
    expect(processesMentioning(chromeTemp)).toEqual([]);
  }, 320_000);

  it('sends masked headers and cookies to the audited origin only, and records history by path on the default branch', async () => {
    // The page shows one image from its own origin and one from a second loopback origin: another
    // host name (cookies are per host, not per port) on another port.
    const third = await startFixtureServer();
    const thirdOrigin = third.origin.replace('127.0.0.1', 'localhost');
    const server = await startFixtureServer({ thirdPartyOrigin: thirdOrigin });
    const chromeTemp = temp('shipshape-action-tmp-');
    const historyDir = temp('shipshape-vitals-history-');
    try {
      const run = await runAction('lighthouse-vitals', {
        workspace: temp('shipshape-vitals-ws-'),
        event: pushEvent(),
        env: {
          ...services.env(),
          GITHUB_API_URL: fake.url,
          RUNNER_TOOL_CACHE: toolCache,
          CHROME_PATH: CHROMIUM,
          TMPDIR: chromeTemp,
        },
        inputs: {
          urls: `${server.url('/private.html')}?preview=${SECRET_HEADER.value}`,
          runs: '1',
          throttling: 'simulate',
          headers: `${SECRET_HEADER.name}: ${SECRET_HEADER.value}`,
          cookies: `${SECRET_COOKIE.name}=${SECRET_COOKIE.value}`,
          'upload-reports': 'false',
          name: 'private',
          history: 'folder',
          'history-folder': historyDir,
        },
        timeoutMs: 200_000,
      });
      expect(run.stderr).toBe('');
      expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
      expect(run.exitCode).toBe(0);
      const page = server.requests.filter((r) => r.path === '/private.html');
      expect(page.length).toBeGreaterThan(0);
      // Without both the page answers 401, which would have failed the run (ERRORED_DOCUMENT_REQUEST).
      expect(page.some((r) => r.headers[SECRET_HEADER.name] === SECRET_HEADER.value)).toBe(true);
      const hasCookie = (r: { headers: Record<string, unknown> }) =>
        String(r.headers.cookie ?? '').includes(`${SECRET_COOKIE.name}=${SECRET_COOKIE.value}`);
      expect(page.some(hasCookie)).toBe(true);
      // The page's own image got them too; the second origin's image got neither.
      const own = server.requests.filter((r) => r.path === '/pixel.bmp');
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((r) => r.headers[SECRET_HEADER.name] === SECRET_HEADER.value && hasCookie(r))).toBe(
        true,
      );
      const elsewhere = third.requests.filter((r) => r.path === '/pixel.bmp');
      expect(elsewhere.length).toBeGreaterThan(0);
      for (const r of third.requests) {
        expect(r.headers[SECRET_HEADER.name]).toBeUndefined();
        expect(JSON.stringify(r.headers)).not.toContain(SECRET_COOKIE.value);
        expect(JSON.stringify(r.headers)).not.toContain(SECRET_HEADER.value);
      }
      expect(run.masks).toEqual(expect.arrayContaining([SECRET_HEADER.value, SECRET_COOKIE.value]));
      const printed = `${run.stdout}${run.stderr}${run.summary}`.replace(/^::add-mask::.*$/gm, '');
      expect(printed).not.toContain(SECRET_HEADER.value);
      expect(printed).not.toContain(SECRET_COOKIE.value);
      expect(run.summary).toContain('/private.html?preview=***');
      // A push to main records the medians, named by path: the next run's port continues the series.
      const records = readdirSync(historyDir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.jsonl') || f.endsWith('.json'))
        .flatMap((f) =>
          readFileSync(join(historyDir, f), 'utf8')
            .split('\n')
            .filter((l) => l.trim().startsWith('{'))
            .map((l) => JSON.parse(l)),
        );
      const names = records.map((r: { name: string }) => r.name);
      expect(names).toContain('private desktop /private.html?preview=***');
      const record = records.find((r: { name: string }) => r.name.startsWith('private desktop'));
      expect(Object.keys(record.metrics)).toEqual(
        expect.arrayContaining(['performance', 'lcp', 'cls', 'tbt']),
      );
      expect(record.meta).toMatchObject({
        instance: 'private',
        preset: 'desktop',
        page: '/private.html?preview=***',
      });
      expect(processesMentioning(chromeTemp)).toEqual([]);
    } finally {
      await server.close();
      await third.close();
    }
  }, 220_000);

  it('runs start-command without the inputs and the runner tokens in its environment', async () => {
    const ws = temp('shipshape-vitals-ws-');
    cpSync(join(FIXTURES, 'fast.html'), join(ws, 'index.html'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    writeFileSync(
      join(ws, 'serve.mjs'),
      `import { writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
writeFileSync('seen-env.json', JSON.stringify(process.env));
const page = readFileSync('index.html');
createServer((q, s) => s.writeHead(200, { 'content-type': 'text/html' }).end(page)).listen(${port}, '127.0.0.1');
`,
    );
    const run = await runAction('lighthouse-vitals', {
      workspace: ws,
      event: pullRequestEvent({ number: 22 }),
      env: {
        ...services.env(),
        GITHUB_API_URL: fake.url,
        RUNNER_TOOL_CACHE: toolCache,
        CHROME_PATH: CHROMIUM,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
      },
      inputs: {
        'start-command': `"${process.execPath}" serve.mjs`,
        urls: `http://127.0.0.1:${port}/`,
        runs: '1',
        throttling: 'simulate',
        'upload-reports': 'false',
        history: 'off',
        comment: 'off',
      },
      timeoutMs: 200_000,
    });
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    const seen = JSON.parse(readFileSync(join(ws, 'seen-env.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(seen).filter((k) => k.startsWith('INPUT_'))).toEqual([]);
    for (const k of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_TOKEN'])
      expect(seen[k]).toBeUndefined();
    expect(JSON.stringify(seen)).not.toContain(FAKE_GITHUB_TOKEN);
    // The rest of the job's environment is there (the app may need it).
    expect(seen.GITHUB_WORKSPACE).toBe(ws);
    // The log has a group and a progress line for the run.
    expect(run.stdout).toContain(`::group::Lighthouse: http://127.0.0.1:${port}/ (desktop)`);
    expect(run.stdout).toMatch(
      new RegExp(`Lighthouse http://127\\.0\\.0\\.1:${port}/ \\(desktop\\) 1/1: run 1: performance \\d+`),
    );
  }, 220_000);

  it('rejects bad input with exit code 2 naming the input, before starting anything', async () => {
    const run = await runAction('lighthouse-vitals', {
      env: { RUNNER_TOOL_CACHE: toolCache },
      inputs: { urls: 'http://127.0.0.1:1/', budgets: 'lcp=fast' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toBe(
      "input 'budgets' line 1: lcp budget 'fast' is not a number (e.g. 2.5s or 2500ms)",
    );
    const missing = await runAction('lighthouse-vitals', {
      env: { RUNNER_TOOL_CACHE: toolCache },
      inputs: { urls: 'http://127.0.0.1:1/', 'chrome-path': '/nonexistent/chromium' },
    });
    expect(missing.exitCode).toBe(2);
    expect(missing.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'chrome-path': '\/nonexistent\/chromium' \(from input 'chrome-path'\) does not exist or is not executable/,
    );
  });
});
