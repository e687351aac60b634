// Dashboard with a big history: a year of 10 coverage instances (3 pushes a day), 20 pages' vitals
// (3 a day), 5 perf benchmarks (daily) and 100 uptime checks in 4 environments (a run every 4 h).
// Measures `shipshape dashboard` (the bundled CLI, as the Pages job runs it) and the page in headless
// Chromium: from navigation to the first screen of charts drawn, and to every chart drawn.
// Goals: build ≤ 10 s, load and draw ≤ 2 s. Usage: node scripts/bench-dashboard.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const DAY = 86_400_000;
const END = Date.parse('2026-11-30T00:00:00Z');
const START = END - 365 * DAY;
const runner = { os: 'linux/x64', cpu: 'bench', cores: 4 };

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const hex = (n) => n.toString(16).padStart(12, '0');

function record(kind, name, t, metrics, meta, i) {
  return JSON.stringify({
    schema: 'shipshape.history/v1',
    kind,
    name,
    repo: 'octo-org/shop',
    branch: 'main',
    sha: hex(i * 7919 + name.length).padEnd(40, '0'),
    runId: 1000 + i,
    runAttempt: 1,
    time: new Date(t).toISOString(),
    runner,
    metrics,
    ...(meta ? { meta } : {}),
  });
}

function writeHistory(dir) {
  let files = 0;
  let records = 0;
  const write = (name, lines) => {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'history.jsonl'), `${lines.join('\n')}\n`);
    files++;
    records += lines.length;
  };
  for (let c = 0; c < 10; c++) {
    const lines = [];
    for (let i = 0; i < 3 * 365; i++) {
      const lines_total = 5000 + i;
      const lines_covered = Math.round(lines_total * (0.7 + 0.1 * (i / 1095) + 0.01 * random()));
      lines.push(
        record(
          'coverage',
          `service-${c}`,
          START + i * (DAY / 3),
          {
            lines: (100 * lines_covered) / lines_total,
            lines_covered,
            lines_total,
            branches: 60 + 10 * random(),
            branches_covered: 600,
            branches_total: 1000,
            functions: 80 + 5 * random(),
            functions_covered: 400,
            functions_total: 500,
          },
          undefined,
          i,
        ),
      );
    }
    write(`shipshape-history-coverage-service-${c}`, lines);
  }
  for (let u = 0; u < 20; u++) {
    const lines = [];
    for (let i = 0; i < 3 * 365; i++) {
      lines.push(
        record(
          'vitals',
          `web desktop /page-${u}`,
          START + i * (DAY / 3),
          {
            lcp: 1200 + 400 * random(),
            cls: 0.02 * random(),
            tbt: 80 * random(),
            fcp: 800 + 200 * random(),
            si: 1000 + 300 * random(),
            ttfb: 50 + 30 * random(),
            performance: 90 + 10 * random(),
            accessibility: 95,
            'best-practices': 100,
            seo: 92,
          },
          { url: `https://shop.example/page-${u}` },
          i,
        ),
      );
    }
    write(`shipshape-history-vitals-page-${u}`, lines);
  }
  for (let p = 0; p < 5; p++) {
    const lines = [];
    for (let i = 0; i < 365; i++) {
      lines.push(
        record(
          'perf',
          `bench-${p}`,
          START + i * DAY,
          { p50: 10 + random(), p90: 15 + random(), p99: 30 + 3 * random(), rps: 2000 + 100 * random() },
          { verdict: 'no change', mode: 'load' },
          i,
        ),
      );
    }
    write(`shipshape-history-perf-bench-${p}`, lines);
  }
  for (let e = 0; e < 4; e++) {
    const lines = [];
    const fps = Array.from({ length: 25 }, (_, c) => hex(e * 1000 + c));
    const meta = {};
    fps.forEach((fp, c) => {
      meta[`check.${fp}`] = `check-${c}`;
      meta[`env.${fp}`] = `env-${e}`;
    });
    for (let i = 0; i < 6 * 365; i++) {
      const metrics = {};
      for (const fp of fps) {
        metrics[`h.${fp}`] = random() < 0.995 ? 1 : 0;
        metrics[`ms.${fp}`] = Math.round(80 + 40 * random());
      }
      lines.push(record('uptime', `env-${e}`, START + i * (DAY / 6), metrics, meta, i));
    }
    write(`shipshape-history-uptime-env-${e}`, lines);
  }
  return { files, records };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

async function measurePage(site) {
  const { chromium } = await import('playwright-core');
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      const body = readFileSync(join(site, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results = [];
  try {
    for (const file of ['index.html', 'status.html']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const started = Date.now();
      await page.goto(`${url}/${file}`, { waitUntil: 'load' });
      // The first screen: every chart in the viewport drawn.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('canvas[data-chart]')]
          .filter((c) => c.getBoundingClientRect().top < innerHeight)
          .every((c) => c.dataset.drawn === 'true'),
      );
      const firstScreen = Date.now() - started;
      const all = Date.now();
      const failed = await page.evaluate(() => window.shipshapeDrawAll());
      const everything = Date.now() - all;
      const charts = await page.evaluate(() => document.querySelectorAll('canvas[data-chart]').length);
      results.push({ file, firstScreen, everything, charts, failed, errors });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

const dir = mkdtempSync(join(tmpdir(), 'shipshape-bench-dashboard-'));
try {
  const history = join(dir, 'history');
  const { files, records } = writeHistory(history);
  const bytes = spawnSync('du', ['-sb', history], { encoding: 'utf8' }).stdout.split('\t')[0];
  console.log(`history: ${records} records in ${files} files, ${(Number(bytes) / 1e6).toFixed(1)} MB`);
  const site = join(dir, 'site');
  const started = Date.now();
  const built = spawnSync(process.execPath, [CLI, 'dashboard', '--history', history, '--out', site], {
    encoding: 'utf8',
  });
  const buildMs = Date.now() - started;
  if (built.status !== 0) throw new Error(`dashboard failed: ${built.stderr}`);
  console.log(built.stdout.trim());
  const size = (f) => (statSync(join(site, f)).size / 1e6).toFixed(2);
  console.log(
    `build: ${(buildMs / 1000).toFixed(2)} s (goal ≤ 10 s); index.html ${size('index.html')} MB, status.html ${size('status.html')} MB`,
  );
  for (const r of await measurePage(site)) {
    console.log(
      `${r.file}: ${r.charts} charts; load + first screen drawn ${(r.firstScreen / 1000).toFixed(2)} s (goal ≤ 2 s); ` +
        `every chart drawn after that ${(r.everything / 1000).toFixed(2)} s; ${r.failed} failed, ${r.errors.length} page errors`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
