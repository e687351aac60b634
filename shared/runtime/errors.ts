// Exit codes shared by every action and the CLI; documented in README.md ("Exit codes").
export const EXIT = {
  /** Every gate passed. */
  ok: 0,
  /** A gate failed: the evidence was read fine and did not meet a threshold. */
  gateFailed: 1,
  /** The evidence or configuration could not be used: bad input, unreadable file, nothing found. */
  badInput: 2,
  /** A bug or an environment problem the user cannot fix by changing inputs. */
  internal: 3,
} as const;

/** A problem with one named input or flag; the message says what is accepted. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`input '${input}': ${message}`);
    this.name = 'InputError';
  }
}

/** A problem with user-supplied data (a file, a report) that is not a single input's value. */
export class UsageError extends Error {
  override name = 'UsageError';
}
