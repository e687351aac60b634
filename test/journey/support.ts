// What the journey needs besides the harness: a clock every bundle runs on (so two weeks pass in
// minutes, without waiting), the Pages job's download of the history artifacts, and a static file
// server for the built site.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readZip } from '../../shared/history/zip.js';
import { installDir } from '../../shared/lighthouse/install.js';

/**
 * A module for `node --import` that moves the process's clock to JOURNEY_NOW (ISO) when it starts;
 * time then runs on from there at its normal pace. Only Date moves: timers and performance.now do
 * not, so timeouts and measured durations stay real.
 */
export function writeClockModule(dir: string): string {
  const file = join(dir, 'journey-clock.mjs');
  writeFileSync(
    file,
    `const target = Date.parse(process.env.JOURNEY_NOW ?? '');
if (Number.isFinite(target)) {
  const RealDate = Date;
  const offset = target - RealDate.now();
  class JourneyDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = JourneyDate;
}
`,
  );
  return pathToFileURL(file).href;
}

/** The environment that puts a bundle's clock at `at`. */
export function clockEnv(clockModule: string, at: Date): Record<string, string> {
  return { NODE_OPTIONS: `--import=${clockModule}`, JOURNEY_NOW: at.toISOString() };
}

/** A tool cache in which lighthouse-vitals finds its pinned Lighthouse already installed (the repository's own devDependency). */
export function seedLighthouse(toolCache: string, repoRoot: string): void {
  const dir = installDir(toolCache);
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, '.shipshape-complete'), 'journey\n');
}

interface ListedArtifact {
  id: number;
  name: string;
  expired: boolean;
  workflow_run: { head_branch: string; repository_id: number; head_repository_id: number };
}

/**
 * The "Download the default branch's history artifacts" step of the dashboard job in
 * .github/workflows/*.yml: newest first, only unexpired shipshape-history-* artifacts of
 * default-branch runs of this repository, the newest per name, each unzipped into its own folder.
 */
export async function downloadHistoryLikePages(o: {
  apiUrl: string;
  token: string;
  repo: string;
  out: string;
}): Promise<string[]> {
  const get = async (path: string) => {
    const res = await fetch(`${o.apiUrl}${path}`, {
      headers: { authorization: `Bearer ${o.token}`, accept: 'application/vnd.github+json' },
    });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
    return res;
  };
  const repository = (await (await get(`/repos/${o.repo}`)).json()) as { default_branch: string };
  const list: ListedArtifact[] = [];
  for (let page = 1; page <= 10; page++) {
    const body = (await (
      await get(`/repos/${o.repo}/actions/artifacts?per_page=100&page=${page}`)
    ).json()) as {
      artifacts: ListedArtifact[];
    };
    list.push(
      ...body.artifacts.filter(
        (a) =>
          !a.expired &&
          a.name.startsWith('shipshape-history-') &&
          a.workflow_run.head_branch === repository.default_branch &&
          a.workflow_run.head_repository_id === a.workflow_run.repository_id,
      ),
    );
    if (body.artifacts.length < 100) break;
  }
  const seen = new Set<string>();
  const names: string[] = [];
  for (const a of list) {
    if (seen.has(a.name)) continue;
    seen.add(a.name);
    const zip = Buffer.from(
      await (await get(`/repos/${o.repo}/actions/artifacts/${a.id}/zip`)).arrayBuffer(),
    );
    // `unzip -o zip -d "$OUT/$name"`, without needing unzip on the machine.
    const folder = join(o.out, a.name);
    for (const entry of await readZip(zip)) {
      const target = normalize(join(folder, entry.name));
      if (!target.startsWith(`${folder}/`))
        throw new Error(`${a.name}: entry ${entry.name} leaves its folder`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, entry.data);
    }
    names.push(a.name);
  }
  return names;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export async function serveFolder(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
