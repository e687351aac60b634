// The base comparison end to end: base and head builds served side by side from two folders,
// audited alternately; a head that adds a long main-thread task must come out as a TBT regression.
// The verdict comes from measuring, so this runs in the `measure` layer (vitest.config.ts): after
// every other test, one file at a time, so that no other test loads the cores it measures.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runVitals } from '../../shared/lighthouse/pipeline.js';
import { readVitalsOptions } from '../../shared/vitals/options.js';
import { CHROMIUM, collectingLogger, HAVE_CHROMIUM, REPO_ROOT } from './support.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'vitals');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function builds(): string {
  const ws = mkdtempSync(join(tmpdir(), 'shipshape-vitals-compare-'));
  temps.push(ws);
  for (const [dir, page] of [
    ['base', 'fast.html'],
    ['head', 'long-task.html'],
  ] as const) {
    mkdirSync(join(ws, dir));
    cpSync(join(FIXTURES, page), join(ws, dir, 'index.html'));
  }
  return ws;
}

describe.skipIf(!HAVE_CHROMIUM)('base comparison in real Chromium', () => {
  it('serves base and head side by side, alternates them, and finds the added blocking time', async () => {
    const ws = builds();
    const log = collectingLogger();
    const options = readVitalsOptions({
      get: (name) =>
        ({
          'static-dir': 'head',
          'base-static-dir': 'base',
          'compare-rounds': '2',
          // Two rounds reach an interval only at 50%: enough to show the machinery, not a CI setting.
          confidence: '50',
          throttling: 'simulate',
          'min-benchmark-index': '0',
          'chrome-path': CHROMIUM,
        })[name] ?? '',
    });
    const { report } = await runVitals(options, {
      installRoot: ws,
      installDir: REPO_ROOT,
      outDir: join(ws, 'out'),
      workspace: ws,
      env: {},
      childEnv: {},
      log,
    });
    const order = log.lines
      .filter((l) => /^Lighthouse .* \d\/4: round \d\/2, (base|head):/.test(l))
      .map((l) => l.replace(/^.*: round (\d\/2, (base|head)):.*$/, '$1'));
    expect(order).toEqual(['1/2, base', '1/2, head', '2/2, head', '2/2, base']);
    const [page] = report.urls;
    expect(page?.comparison?.rounds).toBe(2);
    const tbt = page?.comparison?.metrics.find((m) => m.metric === 'tbt');
    expect(tbt?.verdict).toBe('regression');
    // The base page has no long task; on a loaded machine simulation still finds a little blocking.
    expect(tbt?.base as number).toBeLessThan(50);
    expect(tbt?.head as number).toBeGreaterThan(50);
    expect(page?.passed).toBe(false);
    expect(page?.reasons.join('\n')).toMatch(/^tbt regressed against the base: worse by \d+ ms$/m);
    expect(page?.comparison?.metrics.find((m) => m.metric === 'cls')?.verdict).not.toBe('regression');
  }, 180_000);
});
