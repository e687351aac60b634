// Uptime and response-time badges per check, drawn like the coverage badge (same renderer, same
// text measurement), so a README can show a check's health without a third-party badge service.
import { type BadgeSpec, renderBadge } from './badge.js';

/** Green from 99.9%, then steps down; grey without data. */
export function uptimeColor(pct: number | null): string {
  if (pct === null || !Number.isFinite(pct)) return 'lightgrey';
  if (pct >= 99.9) return 'brightgreen';
  if (pct >= 99) return 'green';
  if (pct >= 97) return 'yellowgreen';
  if (pct >= 95) return 'yellow';
  if (pct >= 90) return 'orange';
  return 'red';
}

/** Green under 300 ms, then steps up to red from 2 s; grey without data. */
export function responseTimeColor(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return 'lightgrey';
  if (ms < 300) return 'brightgreen';
  if (ms < 600) return 'green';
  if (ms < 1000) return 'yellow';
  if (ms < 2000) return 'orange';
  return 'red';
}

/** `99.95%`: two decimals, but 100% only when nothing failed (99.996 stays 99.99%). */
export function uptimeText(pct: number): string {
  if (pct >= 100) return '100%';
  return `${(Math.floor(pct * 100) / 100).toFixed(2)}%`;
}

export function uptimeBadgeSpec(label: string, pct: number | null, window: string): BadgeSpec {
  return {
    label: `${label} ${window}`.trim(),
    message: pct === null || !Number.isFinite(pct) ? 'no data' : uptimeText(pct),
    color: uptimeColor(pct),
  };
}

export function responseTimeBadgeSpec(label: string, ms: number | null): BadgeSpec {
  return {
    label: `${label} response`.trim(),
    message: ms === null || !Number.isFinite(ms) ? 'no data' : `${Math.round(ms)} ms`,
    color: responseTimeColor(ms),
  };
}

export function uptimeBadge(label: string, pct: number | null, window = '30d'): string {
  return renderBadge(uptimeBadgeSpec(label, pct, window));
}

export function responseTimeBadge(label: string, ms: number | null): string {
  return renderBadge(responseTimeBadgeSpec(label, ms));
}
