// Real Lighthouse in real Chromium against fixture pages on 127.0.0.1 whose behaviour is known:
// the assertions follow from what each page does, not from how fast this machine is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBudgetLines } from '../../shared/vitals/budgets.js';
import type { UrlResult } from '../../shared/vitals/report.js';
import { type FixtureServer, startFixtureServer } from '../fixtures/vitals/server.js';
import { auditWith, HAVE_CHROMIUM, processesMentioning } from './support.js';

const IMAGE_DELAY_MS = 3000;
let server: FixtureServer;
let byPath: Map<string, UrlResult>;
const profiles: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer({ imageDelayMs: IMAGE_DELAY_MS });
  const pages = ['/fast.html', '/slow-image.html', '/layout-shift.html', '/long-task.html'];
  const { urls } = await auditWith(
    pages.map((p) => ({ url: server.url(p), key: p })),
    {
      rules: parseBudgetLines('lcp=2.5s, cls=0.1', "input 'budgets'"),
      cwvGate: 'off',
      onChromeStarted: (c) => profiles.push(c.userDataDir),
    },
  );
  byPath = new Map(urls.map((u) => [u.key, u]));
}, 240_000);

afterAll(async () => {
  await server?.close();
});

describe.skipIf(!HAVE_CHROMIUM)('lighthouse-vitals in real Chromium', () => {
  it('records every metric, the versions and benchmarkIndex; the fast page passes its budgets', () => {
    const fast = byPath.get('/fast.html') as UrlResult;
    expect(fast.status).toBe('measured');
    for (const id of [
      'lcp',
      'cls',
      'tbt',
      'fcp',
      'si',
      'ttfb',
      'performance',
      'accessibility',
      'best-practices',
      'seo',
    ]) {
      expect(fast.median, id).toHaveProperty(id);
    }
    expect(fast.lighthouseVersion).toMatch(/^13\./);
    // The full version from Chrome itself, not the reduced user agent (156.0.0.0).
    expect(fast.chromeVersion).toMatch(/^\d+\.\d+\.[1-9]\d*\.\d+$/);
    expect(fast.benchmarkIndex).toBeGreaterThan(0);
    expect(fast.passed).toBe(true);
    expect(fast.budgets.map((b) => [b.metric, b.passed])).toEqual([
      ['lcp', true],
      ['cls', true],
    ]);
    // The fast page has no image and no script, so the LCP element arrives with the document.
    expect(fast.median.lcp as number).toBeLessThan(IMAGE_DELAY_MS);
  });

  it('a largest image held back by the server puts LCP past the delay and fails the LCP budget', () => {
    const slow = byPath.get('/slow-image.html') as UrlResult;
    expect(slow.median.lcp as number).toBeGreaterThanOrEqual(IMAGE_DELAY_MS);
    expect(slow.passed).toBe(false);
    expect(slow.budgets.find((b) => b.metric === 'lcp')?.passed).toBe(false);
    expect(slow.reasons.join('\n')).toMatch(
      /^lcp \d+\.\d+ s is over its budget of 2\.50 s \(input 'budgets' line 1\)$/m,
    );
    expect(slow.ratings.lcp).toBe('needs-improvement');
  });

  it('a banner inserted above the content after first paint shows as CLS above 0.1', () => {
    const shift = byPath.get('/layout-shift.html') as UrlResult;
    expect(shift.median.cls as number).toBeGreaterThan(0.1);
    expect(shift.budgets.find((b) => b.metric === 'cls')?.passed).toBe(false);
    const fast = byPath.get('/fast.html') as UrlResult;
    expect(fast.median.cls).toBe(0);
  });

  it('a 700 ms busy loop on the main thread shows as blocking time', () => {
    const long = byPath.get('/long-task.html') as UrlResult;
    expect(long.median.tbt as number).toBeGreaterThan(0);
    expect(byPath.get('/fast.html')?.median.tbt).toBe(0);
  });

  it('leaves no Chrome running', () => {
    expect(profiles).toHaveLength(4);
    for (const p of profiles) expect(processesMentioning(p)).toEqual([]);
  });
});
