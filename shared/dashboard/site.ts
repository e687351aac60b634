// Writes the static site: index.html (the dashboard), status.html (the status page), an uptime and a
// response-time badge per check, their assets, data.json (the same data, for other tools) and
// .nojekyll so GitHub Pages serves the files as they are.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { responseTimeBadge, uptimeBadge } from '../report/status-badge.js';
import { dashboardAssets } from './assets.js';
import type { DashboardData } from './model.js';
import { renderDashboardHtml, renderStatusHtml } from './render.js';

export function badgeFiles(data: DashboardData): { path: string; content: string }[] {
  return data.checks.flatMap((c) => [
    { path: c.badges.uptime, content: uptimeBadge(c.name, c.uptime.d30, '30d') },
    ...(c.badges.responseTime
      ? [{ path: c.badges.responseTime, content: responseTimeBadge(c.name, c.medianMs ?? c.lastMs ?? null) }]
      : []),
  ]);
}

export async function writeDashboardSite(outDir: string, data: DashboardData): Promise<string[]> {
  const files = [
    { path: 'index.html', content: renderDashboardHtml(data) },
    { path: 'status.html', content: renderStatusHtml(data) },
    { path: 'data.json', content: `${JSON.stringify(data)}\n` },
    { path: '.nojekyll', content: '' },
    ...badgeFiles(data),
    ...dashboardAssets(),
  ];
  const dirs = new Set(files.map((f) => dirname(join(outDir, f.path))));
  for (const d of dirs) await mkdir(d, { recursive: true });
  await Promise.all(files.map((f) => writeFile(join(outDir, f.path), f.content, 'utf8')));
  return files.map((f) => f.path);
}
