import { CoverageParseError } from '../coverage/model.js';
import { EXIT, InputError, UsageError } from './errors.js';

/** Maps any thrown value to the exit code and the one-line message users see. */
export function classifyFailure(error: unknown): { exitCode: number; message: string } {
  if (error instanceof InputError || error instanceof UsageError || error instanceof CoverageParseError) {
    return { exitCode: EXIT.badInput, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode: EXIT.internal,
    message: `unexpected error: ${message}. This is a bug in shipshape: please report it with the step's log`,
  };
}
