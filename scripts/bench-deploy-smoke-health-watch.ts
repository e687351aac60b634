// Watch-mode benchmarks (issue 12), bundled with ncc by scripts/bench-deploy-smoke-health.mjs:
//  1. outage → alert and recovery → alert times over simulated loopback outages, with the default
//     policy (interval 30 s, confirm-after 2, recover-after 2, retries 2, backoff 1 s), every
//     duration scaled by SCALE and reported back at full scale; one outage at full speed confirms
//     the scaling. A healthy service is checked alongside: it must never alert.
//  2. hand-over gap between watchers run back to back through dist/deploy-smoke-health.
//  3. a year of 100 checks at 30 s: stored history size and the time to read it back.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { endpointsFromList } from '../shared/deploy-smoke-health/config.js';
import { checkState, emptyState, observe, storeState } from '../shared/deploy-smoke-health/monitor-state.js';
import { DEFAULT_RETENTION } from '../shared/deploy-smoke-health/rollups.js';
import { uptimeByCheck } from '../shared/deploy-smoke-health/uptime.js';
import { runRounds } from '../shared/deploy-smoke-health/watch.js';
import { FolderHistory } from '../shared/history/folder.js';
import { HISTORY_SCHEMA, runnerFingerprint } from '../shared/history/record.js';
import { silentLogger } from '../shared/runtime/logger.js';
import { scheduleEvent } from '../test/harness/events-deploy.js';
import { runAction } from '../test/harness/runner.js';

const only = process.env.BENCH_ONLY ?? '';
/** The repository, passed in by the .mjs that bundled this file (the bundle lives in a temp dir). */
const ROOT = process.env.SHIPSHAPE_ROOT ?? process.cwd();
const want = (part: string) => only === '' || only.split(',').includes(part);

function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
};
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Outages of a loopback service under a watcher with the default policy, durations × scale. */
async function outages(
  scale: number,
  count: number,
): Promise<{ detect: number[]; recover: number[]; falseAlerts: number }> {
  let down = false;
  const svc = await listen((_req, res) => {
    res.writeHead(down ? 503 : 200, { 'content-type': 'application/json' });
    res.end(down ? '{"status":"fail"}' : '{"status":"pass"}');
  });
  const healthy = await listen((_req, res) => {
    // Healthy but noisy: 0-40 ms of jitter.
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":"pass"}');
    }, Math.random() * 40);
  });
  const alerts: { at: number; kind: string; check: string }[] = [];
  const receiver = await listen((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const p = JSON.parse(body) as { event: string; check: { name: string } };
      alerts.push({ at: performance.now(), kind: p.event, check: p.check.name });
      res.writeHead(200);
      res.end();
    });
  });
  const interval = 30_000 * scale;
  const config = endpointsFromList([`flaky=${svc.url}/health`, `steady=${healthy.url}/health`], {
    environment: 'bench',
    timeoutMs: 10_000 * scale,
    expectedStatus: [200],
    conditions: [],
    minCertDays: 14,
    checkRedirect: false,
  });
  const abort = new AbortController();
  const state = emptyState();
  const watching = runRounds({
    checks: config.checks,
    check: {
      probe: {},
      retries: 2,
      backoff: { baseMs: 1000 * scale, maxMs: 30_000 * scale },
      signal: abort.signal,
    },
    concurrency: 10,
    state,
    incidents: {
      policy: { confirmAfter: 2, recoverAfter: 2, cooldownMs: 0 },
      channels: [{ kind: 'webhook', url: `${receiver.url}/hook` }],
      secrets: [],
      log: silentLogger,
      signal: abort.signal,
    },
    durationMs: 24 * 3_600_000,
    intervalMs: interval,
    log: silentLogger,
    now: () => new Date(),
    signal: abort.signal,
  });
  const waitFor = async (kind: string, from: number) => {
    for (;;) {
      const hit = alerts.find((a) => a.check === 'flaky' && a.kind === kind && a.at >= from);
      if (hit) return hit.at;
      await sleep(Math.max(5, interval / 100));
    }
  };
  const detect: number[] = [];
  const recover: number[] = [];
  await sleep(interval * 2.5);
  for (let i = 0; i < count; i++) {
    // A random phase against the watcher's rounds, as a real outage has.
    await sleep(interval * (1 + Math.random()));
    const t0 = performance.now();
    down = true;
    detect.push((await waitFor('down', t0)) - t0);
    await sleep(interval * Math.random());
    const t1 = performance.now();
    down = false;
    recover.push((await waitFor('recovered', t1)) - t1);
  }
  abort.abort();
  await watching;
  for (const s of [svc, healthy, receiver]) {
    s.server.closeAllConnections();
    s.server.close();
  }
  return {
    detect: detect.map((ms) => ms / scale),
    recover: recover.map((ms) => ms / scale),
    falseAlerts: alerts.filter((a) => a.check === 'steady').length,
  };
}

function report(label: string, xs: number[]): string {
  return `${label}: median ${fmt(quantile(xs, 0.5))}, p90 ${fmt(quantile(xs, 0.9))}, max ${fmt(Math.max(...xs))} (n=${xs.length})`;
}

if (want('mttd')) {
  const scale = Number(process.env.SCALE ?? 0.05);
  const n = Number(process.env.OUTAGES ?? 12);
  const scaled = await outages(scale, n);
  console.log(`Outages at scale ${scale} (interval ${30 * scale} s), reported at full scale:`);
  console.log(`  ${report('outage → alert', scaled.detect)}`);
  console.log(`  ${report('recovery → alert', scaled.recover)}`);
  console.log(`  false alerts from the healthy service checked alongside: ${scaled.falseAlerts}`);
  if (process.env.FULL_SPEED !== '0') {
    const full = await outages(1, 1);
    console.log(
      `Full speed (interval 30 s), one outage: outage → alert ${fmt(full.detect[0] as number)}, recovery → alert ${fmt(full.recover[0] as number)}, false alerts ${full.falseAlerts}`,
    );
  }
}

if (want('handover')) {
  const workspace = mkdtempSync(join(tmpdir(), 'bench-handover-'));
  const seen: number[][] = [];
  let watcher = 0;
  const svc = await listen((_req, res) => {
    const list = seen[watcher] ?? [];
    list.push(performance.now());
    seen[watcher] = list;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"pass"}');
  });
  const watchers = Number(process.env.WATCHERS ?? 6);
  for (watcher = 0; watcher < watchers; watcher++) {
    const r = await runAction('deploy-smoke-health', {
      entry: join(ROOT, 'dist/deploy-smoke-health/index.js'),
      actionYml: join(ROOT, 'actions/deploy-smoke-health/action.yml'),
      workspace,
      event: scheduleEvent('*/15 * * * *'),
      env: { GITHUB_RUN_ID: String(100 + watcher), GITHUB_API_URL: 'http://127.0.0.1:9' },
      timeoutMs: 120_000,
      inputs: {
        mode: 'watch',
        interval: '10s',
        'watch-duration': '12s',
        endpoints: `${svc.url}/health`,
        history: 'folder',
        'history-folder': '.history',
        issues: 'false',
      },
    });
    if (r.exitCode !== 0) throw new Error(`watcher ${watcher} failed: ${r.stderr || r.stdout.slice(-2000)}`);
  }
  const gaps = seen.slice(1).map((s, i) => (s[0] as number) - ((seen[i] as number[]).at(-1) as number));
  console.log(
    `Hand-over through dist/deploy-smoke-health (interval 10 s, ${watchers} watchers back to back): gap from last check to next first check median ${fmt(quantile(gaps, 0.5))}, max ${fmt(Math.max(...gaps))} (${gaps.map((g) => Math.round(g)).join(', ')} ms)`,
  );
  svc.server.closeAllConnections();
  svc.server.close();
  rmSync(workspace, { recursive: true, force: true });
}

if (want('size')) {
  const checks = 100;
  const distinct = Number(process.env.DISTINCT ?? 10);
  const end = Date.UTC(2026, 11, 1);
  const start = end - 365 * 86_400_000;
  for (const rawCount of [1000, DEFAULT_RETENTION.rawCount]) {
    const state = emptyState();
    // A year of 30 s results for `distinct` checks (random outages, latency noise), fed through the
    // same code as a watcher, compacted every 6 h; the rest reuse their series under their own names.
    const t0 = performance.now();
    for (let i = 0; i < distinct; i++) {
      const c = checkState(state, {
        key: `k${i}`,
        environment: 'prod',
        name: `check ${i}`,
        url: `https://e.example/${i}`,
      });
      let outage = 0;
      let nextCompact = start + 6 * 3_600_000;
      for (let t = start; t < end; t += 30_000) {
        if (outage === 0 && Math.random() < 0.0005) outage = 1 + Math.floor(Math.random() * 60);
        const health = outage > 0 ? (Math.random() < 0.2 ? 'degraded' : 'down') : 'up';
        if (outage > 0) outage--;
        observe(c, health, t, 20 + Math.random() * 200, health === 'down' ? 'timeout' : undefined);
        if (t >= nextCompact) {
          storeState({ checks: new Map([[c.key, c]]) }, t, { ...DEFAULT_RETENTION, rawCount });
          nextCompact += 6 * 3_600_000;
        }
      }
    }
    for (let i = distinct; i < checks; i++) {
      const from = state.checks.get(`k${i % distinct}`);
      if (from)
        state.checks.set(`k${i}`, {
          ...from,
          key: `k${i}`,
          name: `check ${i}`,
          url: `https://e.example/${i}`,
        });
    }
    const feedMs = performance.now() - t0;
    const dir = mkdtempSync(join(tmpdir(), 'bench-history-'));
    const history = new FolderHistory(dir);
    await history.append(
      [
        {
          schema: HISTORY_SCHEMA,
          kind: 'uptime',
          name: 'uptime',
          repo: 'o/r',
          branch: 'main',
          sha: '0000000',
          runId: 1,
          runAttempt: 1,
          time: new Date(end).toISOString(),
          runner: runnerFingerprint(),
          metrics: { checks },
          detail: { monitor: storeState(state, end, { ...DEFAULT_RETENTION, rawCount }) },
        },
      ],
      { keep: 1 },
    );
    const file = join(dir, (await import('node:fs')).readdirSync(dir)[0] as string);
    const bytes = statSync(file).size;
    const reads: number[] = [];
    const cpus: number[] = [];
    const parts: string[] = [];
    let found = 0;
    for (let k = 0; k < 5; k++) {
      const t1 = performance.now();
      const c1 = process.cpuUsage();
      const read = await new FolderHistory(dir).read({ kind: 'uptime', name: 'uptime' });
      const t2 = performance.now();
      found = uptimeByCheck(read.records, new Date(end)).length;
      reads.push(performance.now() - t1);
      const cpu = process.cpuUsage(c1);
      cpus.push((cpu.user + cpu.system) / 1000);
      parts.push(`${Math.round(t2 - t1)}+${Math.round(performance.now() - t2)}`);
    }
    console.log(`  read + uptime per try (ms): ${parts.join(', ')}`);
    console.log(
      `A year of ${checks} checks at 30 s, history-keep ${rawCount}: ${(bytes / 1e6).toFixed(2)} MB stored; read + uptime for ${found} checks: median ${Math.round(quantile(reads, 0.5))} ms wall (max ${Math.round(Math.max(...reads))} ms), median ${Math.round(quantile(cpus, 0.5))} ms CPU (feeding ${distinct} distinct series took ${Math.round(feedMs / 1000)} s)`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
}
