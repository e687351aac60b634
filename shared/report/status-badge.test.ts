import { describe, expect, it } from 'vitest';
import { renderBadge } from './badge.js';
import {
  responseTimeBadge,
  responseTimeColor,
  uptimeBadge,
  uptimeColor,
  uptimeText,
} from './status-badge.js';

describe('uptime and response-time badges', () => {
  it('draw with the coverage badge renderer, naming the check and the window', () => {
    const svg = uptimeBadge('api', 99.5, '30d');
    expect(svg).toBe(renderBadge({ label: 'api 30d', message: '99.50%', color: 'green' }));
    expect(svg).toContain('aria-label="api 30d: 99.50%"');
    expect(responseTimeBadge('api', 123.4)).toContain('aria-label="api response: 123 ms"');
    expect(uptimeBadge('api', null)).toContain('no data');
  });
  it('never rounds a failure up to 100%', () => {
    expect(uptimeText(99.996)).toBe('99.99%');
    expect(uptimeText(100)).toBe('100%');
  });
  it('colour by how good the figure is', () => {
    expect([100, 99.5, 98, 96, 92, 50, null].map(uptimeColor)).toEqual([
      'brightgreen',
      'green',
      'yellowgreen',
      'yellow',
      'orange',
      'red',
      'lightgrey',
    ]);
    expect([100, 400, 800, 1500, 3000, null].map(responseTimeColor)).toEqual([
      'brightgreen',
      'green',
      'yellow',
      'orange',
      'red',
      'lightgrey',
    ]);
  });
});
