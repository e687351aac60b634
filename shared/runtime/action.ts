// The GitHub Actions side of the runtime: the only place the shared code meets @actions/core.
import * as core from '@actions/core';
import { classifyFailure } from './failure.js';
import type { InputSource } from './inputs.js';
import type { Logger } from './logger.js';

export const actionInputs: InputSource = { get: (name) => core.getInput(name) };

export const actionLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};

/** Runs an action's main; any error becomes a failed step with a clear message and exit code. */
export async function runActionMain(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    const { exitCode, message } = classifyFailure(error);
    core.setFailed(message);
    if (exitCode !== 2) core.debug(error instanceof Error && error.stack ? error.stack : String(error));
    process.exitCode = exitCode;
  }
  // Abandoned network retries (an artifact download given up on, say) must not keep the step
  // alive: once main is done, give pending output a moment, then leave.
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

const EXIT_GRACE_MS = 3_000;
