import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideIncident,
  type IncidentMemory,
  type IncidentPolicy,
  type Observed,
  streakOf,
} from './machine.js';

const policy: IncidentPolicy = { confirmAfter: 2, recoverAfter: 2, cooldownMs: 30 * 60_000 };
const at = (min: number) => new Date(Date.UTC(2025, 0, 1, 12, min));

/** Runs a sequence of observations five minutes apart, applying each decision the way the action does. */
function simulate(seq: readonly Observed[], p = policy) {
  let memory: IncidentMemory = {};
  const history: Observed[] = [];
  const events: string[] = [];
  let issues = 0;
  seq.forEach((obs, i) => {
    const now = at(i * 5);
    const d = decideIncident(memory, obs, streakOf(history, obs), p, now);
    history.push(obs);
    if (d.kind === 'open') {
      const number = d.reopen ?? ++issues;
      events.push(`${d.reopen ? 'reopen' : 'open'}#${number}${d.alert ? '+alert' : ''}`);
      memory = {
        ...memory,
        open: {
          issueNumber: number,
          severity: d.severity,
          openedAt: now.toISOString(),
          alerted: d.alert,
          ...(d.alert ? { lastAlertAt: now.toISOString() } : {}),
        },
      };
    } else if (d.kind === 'update' && memory.open) {
      events.push(`update:${d.to}${d.alert ? '+alert' : ''}`);
      memory = {
        ...memory,
        open: { ...memory.open, severity: d.to, alerted: memory.open.alerted || d.alert },
      };
    } else if (d.kind === 'recover' && memory.open) {
      events.push(`close#${d.issueNumber}${d.alert ? '+alert' : ''}`);
      memory = {
        lastClosed: {
          issueNumber: d.issueNumber,
          closedAt: now.toISOString(),
          ...(memory.open.lastAlertAt ? { lastAlertAt: memory.open.lastAlertAt } : {}),
        },
      };
    }
  });
  return { events, memory };
}

describe('incident state machine', () => {
  it('confirms after N failures, stays quiet while down, closes after N successes', () => {
    const { events } = simulate(['up', 'down', 'down', 'down', 'down', 'up', 'up', 'up']);
    expect(events).toEqual(['open#1+alert', 'close#1+alert']);
  });

  it('ignores a single failed run', () => {
    expect(simulate(['up', 'down', 'up', 'down', 'up']).events).toEqual([]);
  });

  it('comments on a change of severity and alerts only when it gets worse', () => {
    const { events } = simulate(['degraded', 'degraded', 'down', 'degraded', 'up', 'up']);
    expect(events).toEqual(['open#1+alert', 'update:down+alert', 'update:degraded', 'close#1+alert']);
  });

  it('reopens the same issue without a new alert when a check flaps within the cool-down', () => {
    const { events } = simulate(['down', 'down', 'up', 'up', 'down', 'down', 'up', 'up']);
    expect(events).toEqual(['open#1+alert', 'close#1+alert', 'reopen#1', 'close#1']);
  });

  it('opens a new issue once the cool-down has passed', () => {
    const { events } = simulate(['down', 'down', 'up', 'up', 'down', 'down'], {
      ...policy,
      cooldownMs: 60_000,
    });
    expect(events).toEqual(['open#1+alert', 'close#1+alert', 'open#2+alert']);
  });

  it('never sends more alerts than state changes, and pairs every recovery alert with a down alert', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Observed>('up', 'down', 'degraded'), { maxLength: 60 }), (seq) => {
        const { events } = simulate(seq);
        let changes = 0;
        for (let i = 1; i < seq.length; i++)
          if ((seq[i] === 'up') !== (seq[i - 1] === 'up') || seq[i] !== seq[i - 1]) changes++;
        const alerts = events.filter((e) => e.endsWith('+alert')).length;
        expect(alerts).toBeLessThanOrEqual(changes + 1);
        // Every recovery alert answers a problem alert (opening, or getting worse) sent since the last
        // recovery alert: people are never told "recovered" about something they were not told about.
        let problemAlerted = false;
        for (const e of events) {
          if (!e.endsWith('+alert')) continue;
          if (e.startsWith('close#')) {
            expect(problemAlerted, events.join(' ')).toBe(true);
            problemAlerted = false;
          } else problemAlerted = true;
        }
      }),
    );
  });
});
