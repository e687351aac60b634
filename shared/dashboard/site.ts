// Writes the static site: index.html, its assets, data.json (the same data, for other tools) and
// .nojekyll so GitHub Pages serves the files as they are.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dashboardAssets } from './assets.js';
import type { DashboardData } from './model.js';
import { renderDashboardHtml } from './render.js';

export async function writeDashboardSite(outDir: string, data: DashboardData): Promise<string[]> {
  const files = [
    { path: 'index.html', content: renderDashboardHtml(data) },
    { path: 'data.json', content: `${JSON.stringify(data, null, 2)}\n` },
    { path: '.nojekyll', content: '' },
    ...dashboardAssets(),
  ];
  for (const f of files) {
    const target = join(outDir, f.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.content, 'utf8');
  }
  return files.map((f) => f.path);
}
