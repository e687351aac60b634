// The files the site needs besides index.html. Each is read from where it lies next to this module
// or, once compiled to build/, next to the sources; the `new URL(<literal>, import.meta.url)` form
// lets ncc find and copy whichever exists into the bundle's folder, so dist/cli/index.js carries
// them too. For the candidate that does not exist at build time webpack emits a small stub file
// instead, which reads back fine: a marker each asset must contain tells the real file apart. The charting library is the version package.json
// pins, copied as published.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SiteAsset {
  /** Path inside the site. */
  path: string;
  content: string;
}

function firstReadable(what: string, marker: string, candidates: URL[]): string {
  for (const url of candidates) {
    try {
      const text = readFileSync(url, 'utf8');
      if (text.includes(marker)) return text;
    } catch {
      // not here; try the next place
    }
  }
  const tried = candidates.map((u) => (u.protocol === 'file:' ? fileURLToPath(u) : u.href)).join(', ');
  throw new Error(`dashboard asset ${what} is missing (looked in ${tried}); reinstall or rebuild shipshape`);
}

export function dashboardAssets(): SiteAsset[] {
  return [
    {
      path: 'assets/chart.umd.min.js',
      content: firstReadable('chart.umd.min.js', 'Chart.js v4', [
        new URL('../../node_modules/chart.js/dist/chart.umd.min.js', import.meta.url),
        new URL('../../../node_modules/chart.js/dist/chart.umd.min.js', import.meta.url),
      ]),
    },
    {
      path: 'assets/dashboard.js',
      content: firstReadable('dashboard.js', 'shipshape dashboard', [
        new URL('./assets/dashboard.js', import.meta.url),
        new URL('../../../shared/dashboard/assets/dashboard.js', import.meta.url),
      ]),
    },
    {
      path: 'assets/dashboard.css',
      content: firstReadable('dashboard.css', '.canvas-box', [
        new URL('./assets/dashboard.css', import.meta.url),
        new URL('../../../shared/dashboard/assets/dashboard.css', import.meta.url),
      ]),
    },
  ];
}
