// The exit codes every action and the CLI share, and the one family of errors users see. Anything
// thrown that is not a ShipshapeError is a defect in shipshape (exit 3); everything a user or the
// environment can fix carries its own exit code and a message that says what to do.

export const EXIT = {
  /** Every gate passed. */
  ok: 0,
  /** A gate failed: the evidence was read fine and did not meet a threshold. */
  gateFailed: 1,
  /** Bad input, unusable data, or an environment or service problem the user can act on. */
  badInput: 2,
  /** A defect in shipshape. */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Base of every error meant for the user: its message is shown as it is, without a stack trace. */
export class ShipshapeError extends Error {
  override name = 'ShipshapeError';
  readonly exitCode: ExitCode = EXIT.badInput;
}

/** A problem with one named input or flag; the message names the value and what is accepted. */
export class InputError extends ShipshapeError {
  override name = 'InputError';
  // Plain fields, not parameter properties: tests load this file with Node's type stripping.
  readonly input: string;
  constructor(input: string, message: string) {
    super(`input '${input}': ${message}`);
    this.input = input;
  }
}

/** User-supplied data (a report, a config file, an artifact) that cannot be used. */
export class UsageError extends ShipshapeError {
  override name = 'UsageError';
}

/** Where shipshape runs lacks something: a variable, a permission, a tool. The message says what to do. */
export class EnvironmentError extends ShipshapeError {
  override name = 'EnvironmentError';
}

/** A service (GitHub's API, an artifact store, a webhook) that kept failing after retries. */
export class ServiceError extends ShipshapeError {
  override name = 'ServiceError';
  readonly service: string;
  constructor(service: string, message: string) {
    super(`${service}: ${message}`);
    this.service = service;
  }
}

/** Maps any thrown value to the exit code and the one-line message users see. */
export function classifyFailure(error: unknown): { exitCode: ExitCode; message: string } {
  if (error instanceof ShipshapeError) return { exitCode: error.exitCode, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode: EXIT.internal,
    message: `unexpected error: ${message}. This is a bug in shipshape: please report it with the step's log`,
  };
}
