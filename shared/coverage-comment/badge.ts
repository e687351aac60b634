// The coverage badge of one instance, as text: an SVG and a shields.io endpoint document.
import { coverageColor, renderBadge, shieldsEndpoint } from '../report/badge.js';
import type { CommentData } from './data.js';

/** Below this line coverage the badge is red, whatever the green threshold. */
const RED_BELOW = 60;

export function badgeLabel(name: string): string {
  return name ? `coverage ${name}` : 'coverage';
}

export function coverageBadgeSvg(data: CommentData, greenAt: number): string {
  const pct = data.totals.lines.pct;
  return renderBadge({
    label: badgeLabel(data.name),
    message: pct === null ? 'n/a' : `${pct.toFixed(pct >= 99.95 ? 0 : 1)}%`,
    color: coverageColor(pct, { red: Math.min(RED_BELOW, greenAt), green: greenAt }),
  });
}

export function coverageBadgeEndpoint(data: CommentData, greenAt: number): string {
  const pct = data.totals.lines.pct;
  return shieldsEndpoint({
    label: badgeLabel(data.name),
    message: pct === null ? 'n/a' : `${pct.toFixed(1)}%`,
    color: coverageColor(pct, { red: Math.min(RED_BELOW, greenAt), green: greenAt }),
  });
}
