// The coverage badge of one instance, as text: an SVG and a shields.io endpoint document.
import { displayPercent } from '../coverage/headline.js';
import { coverageColor, renderBadge, shieldsEndpoint } from '../report/badge.js';
import { type CommentData, headlineOf } from './data.js';

/** Below this line coverage the badge is red, whatever the green threshold. */
const RED_BELOW = 60;

export function badgeLabel(name: string): string {
  return name ? `coverage ${name}` : 'coverage';
}

/** Rounded down like every shipshape figure: 79.96% reads 79.9%, never an 80.0% a gate at 80 fails. */
export function badgeMessage(pct: number | null): string {
  if (pct === null) return 'n/a';
  return pct >= 100 ? '100%' : displayPercent(pct, 1);
}

export function coverageBadgeSvg(data: CommentData, greenAt: number): string {
  const pct = headlineOf(data).pct;
  return renderBadge({
    label: badgeLabel(data.name),
    message: badgeMessage(pct),
    color: coverageColor(pct, { red: Math.min(RED_BELOW, greenAt), green: greenAt }),
  });
}

export function coverageBadgeEndpoint(data: CommentData, greenAt: number): string {
  const pct = headlineOf(data).pct;
  return shieldsEndpoint({
    label: badgeLabel(data.name),
    message: badgeMessage(pct),
    color: coverageColor(pct, { red: Math.min(RED_BELOW, greenAt), green: greenAt }),
  });
}
