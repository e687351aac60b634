// Pages and machines that cannot be measured: each gives its own clear message, and no Chrome is
// left behind.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkChromePath, chooseChromePath } from '../../shared/lighthouse/chrome.js';
import { InputError } from '../../shared/runtime/errors.js';
import { type FixtureServer, startFixtureServer } from '../fixtures/vitals/server.js';
import { auditWith, HAVE_CHROMIUM, processesMentioning } from './support.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ imageDelayMs: 20_000 });
});
afterAll(async () => {
  await server?.close();
});

/**
 * A port nothing listens on. Chosen below Linux's ephemeral range (32768-60999), so that no other
 * process binding port 0 (Chrome's DevTools port, a test server) can take it meanwhile.
 */
async function closedPort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    const s = createServer();
    const free = await new Promise<boolean>((resolve) => {
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (!free) continue;
    await new Promise<void>((r) => s.close(() => r()));
    return port;
  }
}

async function auditOne(url: string, extra: Parameters<typeof auditWith>[1] = {}) {
  const profiles: string[] = [];
  const { urls, log } = await auditWith([{ url, key: url }], {
    ...extra,
    // The faults do not depend on throttling; simulate finishes a run sooner than observed timings.
    settings: { throttling: 'simulate', ...extra.settings },
    onChromeStarted: (c) => {
      profiles.push(c.userDataDir);
      extra.onChromeStarted?.(c);
    },
  });
  const result = urls[0];
  if (!result) throw new Error('no result');
  for (const p of profiles) expect(processesMentioning(p), `Chrome of ${p} still running`).toEqual([]);
  return { result, log, profiles };
}

describe.skipIf(!HAVE_CHROMIUM)('faults', () => {
  it('unreachable URL: says it could not be reached and why', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/`;
    const { result } = await auditOne(url);
    expect(result.status).toBe('failed');
    expect(result.passed).toBe(false);
    // Chrome reports the refused connection as an interstitial or a failed document request, depending on timing.
    expect(result.error).toMatch(
      new RegExp(
        `^${url.replace(/[.]/g, '\\.')}: the page could not be reached: connection refused: nothing listens on that address and port\\. Is the server running\\? \\(Lighthouse (CHROME_INTERSTITIAL_ERROR|FAILED_DOCUMENT_REQUEST)\\)$`,
      ),
    );
  });

  it('non-HTML response: names the content type', async () => {
    const { result } = await auditOne(server.url('/data.json'));
    expect(result.error).toMatch(
      /: the response is not an HTML page \(.*application\/json.*\(Lighthouse NOT_HTML\)$/,
    );
  });

  it('HTTP error status: names the status', async () => {
    const { result } = await auditOne(server.url('/server-error'));
    expect(result.error).toBe(
      `${server.url('/server-error')}: the server answered HTTP 500 instead of a page (Lighthouse ERRORED_DOCUMENT_REQUEST)`,
    );
  });

  it('a document that never finishes: ends within max-wait-for-load (+30 s at most), saying it never finished', async () => {
    const { result } = await auditOne(server.url('/never.html'), { settings: { maxWaitForLoad: 3000 } });
    // Which of the two Lighthouse reaches depends on how fast the machine is: it either stops with
    // no result (shipshape then fails the page) or measures what painted and warns that the page
    // loaded too slowly. Either way the run ends and the user is told the page never finished.
    if (result.status === 'failed') {
      expect(result.error).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/never\.html: the page .*never finished loading/,
      );
    } else {
      expect(JSON.stringify(result)).toMatch(/loaded too slowly to finish within the time limit/);
    }
  }, 90_000);

  it('Chrome crashing mid-run (killed while the page loads): says Chrome exited', async () => {
    let killed = false;
    const watch = setInterval(() => {
      // Kill only our own Chrome once the page has asked for its (slow) image: the run is under way.
      if (!killed && current && server.requests.some((r) => r.path === '/delayed/photo.bmp')) {
        killed = true;
        process.kill(-current, 'SIGKILL');
      }
    }, 50);
    let current: number | undefined;
    try {
      const { result } = await auditOne(server.url('/slow-image.html'), {
        onChromeStarted: (c) => {
          current = c.pid;
        },
      });
      expect(killed).toBe(true);
      expect(result.error).toMatch(
        /: Chrome exited during the run \(it crashed or was killed\) \(Lighthouse CHROME_CRASHED\)$/,
      );
    } finally {
      clearInterval(watch);
    }
  });

  it('Chrome missing: a bad chrome-path fails fast naming the input; a bad CHROME_PATH names the variable', async () => {
    const fromInput = chooseChromePath('/nonexistent/chrome', {});
    expect(() => checkChromePath(fromInput)).toThrow(InputError);
    expect(() => checkChromePath(fromInput)).toThrow(
      /^input 'chrome-path': '\/nonexistent\/chrome' \(from input 'chrome-path'\) does not exist or is not executable/,
    );
    expect(() => checkChromePath(chooseChromePath('', { CHROME_PATH: '/opt/none' }))).toThrow(
      /^Chrome not found: '\/opt\/none' \(from CHROME_PATH\)/,
    );
  });

  it('Chrome that cannot start is retried a bounded number of times, then named as the cause', async () => {
    // /bin/false exists and is executable but exits at once, like a broken Chrome install.
    const attempt = auditOne(server.url('/fast.html'), {
      settings: { chromePath: '/bin/false', attempts: 2, chromeStartTimeoutMs: 2000 },
    });
    await expect(attempt).rejects.toThrow(
      /^Chrome did not start \(\/bin\/false\): .*; gave up after 2 attempts$/,
    );
  });

  it('flags runs on a machine slower than min-benchmark-index, repeats them, and says the figures are unreliable', async () => {
    const server = await startFixtureServer();
    try {
      const { urls, log } = await auditWith([{ url: server.url('/fast.html'), key: '/fast.html' }], {
        minBenchmarkIndex: 1e9,
        maxRepeats: 1,
        settings: { throttling: 'simulate' },
      });
      const [page] = urls;
      expect(page?.runs.map((r) => [r.lowBenchmark, r.discarded])).toEqual([
        [true, false],
        [true, true],
      ]);
      expect(page?.warnings).toContain(
        'every run ran on a slow machine (benchmarkIndex below 1000000000); figures are unreliable',
      );
      expect(log.lines.filter((l) => l.includes('was too slow'))).toHaveLength(1);
    } finally {
      await server.close();
    }
  }, 120_000);
});
