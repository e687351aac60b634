// The one history vocabulary every action, the CLI and the reusable workflows use, and the one rule
// for when a run records. Reading is allowed everywhere; recording only where it cannot be forged.
import type { EventContext } from '../github/context.js';
import { type InputSource, readChoiceRetiring, readInteger, readString } from '../runtime/inputs.js';

export const HISTORY_CHOICES = ['auto', 'artifacts', 'cache', 'folder', 'off'] as const;
export type HistoryChoice = (typeof HISTORY_CHOICES)[number];
export const DEFAULT_HISTORY_FOLDER = '.shipshape/history';
/** Records kept per kind and name (one series) each time history is written. */
export const DEFAULT_HISTORY_KEEP = 1000;
export const MAX_HISTORY_KEEP = 100_000;

export interface HistorySettings {
  backend: HistoryChoice;
  folder: string;
  keep: number;
}

/** Words other tools (and older shipshape versions) use for "no history", with the one to write instead. */
const RETIRED: Record<string, HistoryChoice> = { none: 'off', false: 'off', no: 'off', true: 'auto' };

export function readHistorySettings(source: InputSource): HistorySettings {
  return {
    backend: readChoiceRetiring(source, 'history', HISTORY_CHOICES, 'auto', {
      what: 'history backend',
      words: RETIRED,
    }),
    folder: readString(source, 'history-folder', DEFAULT_HISTORY_FOLDER),
    keep: readInteger(source, 'history-keep', DEFAULT_HISTORY_KEEP, { min: 1, max: MAX_HISTORY_KEEP }),
  };
}

/** Events whose runs speak for the default branch itself (a pull request never does). */
const RECORDING_EVENTS = new Set([
  'push',
  'schedule',
  'workflow_dispatch',
  'repository_dispatch',
  'deployment_status',
]);

export type RecordDecision = { record: true } | { record: false; why: string };

/**
 * Whether this run may append to history: the default branch of this repository, from a push, a
 * schedule or a manual or external trigger. Pull requests (forks above all) only ever read.
 */
export function recordDecision(context: EventContext | undefined, settings: HistorySettings): RecordDecision {
  if (settings.backend === 'off') return { record: false, why: 'history is off' };
  if (!context) return { record: true };
  if (context.prNumber !== undefined || context.isFork) {
    return { record: false, why: 'pull requests read history but never write it' };
  }
  if (!RECORDING_EVENTS.has(context.eventName)) {
    return { record: false, why: `'${context.eventName}' runs do not record history` };
  }
  if (!context.defaultBranch) {
    return { record: false, why: 'the event does not name the default branch' };
  }
  if (context.eventName !== 'deployment_status' && context.ref !== `refs/heads/${context.defaultBranch}`) {
    return { record: false, why: `only the default branch (${context.defaultBranch}) records history` };
  }
  return { record: true };
}
