// The coverage badge of one instance, as text: an SVG and a shields.io endpoint document.
import { displayPercent } from '../coverage/headline.js';
import { type BadgeSpec, coverageColor, renderBadge, shieldsEndpoint } from '../report/badge.js';
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

/**
 * The coverage badge's label, message and colour, green from `greenAt`: one badge for the comment,
 * the badge branch and `shipshape coverage-badge`.
 */
export function coverageBadge(label: string, pct: number | null, greenAt: number): BadgeSpec {
  return {
    label,
    message: badgeMessage(pct),
    color: coverageColor(pct, { red: Math.min(RED_BELOW, greenAt), green: greenAt }),
  };
}

export function coverageBadgeSvg(data: CommentData, greenAt: number): string {
  return renderBadge(coverageBadge(badgeLabel(data.name), headlineOf(data).pct, greenAt));
}

export function coverageBadgeEndpoint(data: CommentData, greenAt: number): string {
  return shieldsEndpoint(coverageBadge(badgeLabel(data.name), headlineOf(data).pct, greenAt));
}
