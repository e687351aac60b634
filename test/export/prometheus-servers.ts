// Real Prometheus (with its remote-write receiver) and a real Pushgateway from Debian's packages,
// started on free loopback ports in temporary folders and stopped with the test.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROMETHEUS = '/usr/bin/prometheus';
export const PUSHGATEWAY = '/usr/bin/prometheus-pushgateway';
export const HAVE_PROMETHEUS = existsSync(PROMETHEUS) && existsSync(PUSHGATEWAY);

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `ready` until it answers true; bounded so that a server that never starts fails the test. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  limitMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + limitMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not happen within ${limitMs} ms${last ? ` (${String(last)})` : ''}`);
}

function start(
  command: string,
  args: string[],
  dir: string,
  url: string,
  readyPath: string,
): Promise<RunningServer> {
  const child: ChildProcess = spawn(command, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return until(`${command} on ${url}`, async () => {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${stderr}`);
    const response = await fetch(`${url}${readyPath}`);
    return response.ok ? true : undefined;
  }).then(
    () => ({ url, stop }),
    async (error) => {
      await stop();
      throw error;
    },
  );
}

export async function startPushgateway(): Promise<RunningServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-pushgateway-'));
  const url = `http://127.0.0.1:${port}`;
  // A persistence file of its own: a packaged default would carry pushes over from other runs.
  const args = [
    `--web.listen-address=127.0.0.1:${port}`,
    `--persistence.file=${join(dir, 'pushgateway.data')}`,
  ];
  return start(PUSHGATEWAY, args, dir, url, '/-/ready');
}

/** Prometheus with remote write enabled; scrapes `scrape` (a Pushgateway) every second when given. */
export async function startPrometheus(scrape?: string): Promise<RunningServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-prometheus-'));
  const target = scrape ? new URL(scrape).host : undefined;
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      ...(target
        ? [
            '  - job_name: pushgateway',
            '    honor_labels: true',
            '    static_configs:',
            `      - targets: ['${target}']`,
          ]
        : []),
      '',
    ].join('\n'),
  );
  const url = `http://127.0.0.1:${port}`;
  return start(
    PROMETHEUS,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.enable-remote-write-receiver',
    ],
    dir,
    url,
    '/-/ready',
  );
}

export interface PromSeries {
  metric: Record<string, string>;
  value: [number, string];
}

/** An instant PromQL query through Prometheus's HTTP API. */
export async function query(prometheus: string, promql: string): Promise<PromSeries[]> {
  const response = await fetch(`${prometheus}/api/v1/query?query=${encodeURIComponent(promql)}`);
  const body = (await response.json()) as { status: string; data?: { result: PromSeries[] }; error?: string };
  if (body.status !== 'success') throw new Error(`query ${promql}: ${body.error}`);
  return body.data?.result ?? [];
}
