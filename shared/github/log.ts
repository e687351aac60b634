import type { Logger } from '../runtime/logger.js';

/**
 * What shared GitHub and git helpers need of the one Logger (shared/runtime/logger.ts); the
 * narrower type lets callers pass any object with info and warning.
 */
export type Log = Pick<Logger, 'info' | 'warning'> & Partial<Pick<Logger, 'debug'>>;
