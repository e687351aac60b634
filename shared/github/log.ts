/**
 * Where shared GitHub and git helpers report progress. The action passes @actions/core's
 * functions and the CLI passes its own, so this code never imports @actions/core.
 */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug?(message: string): void;
}
