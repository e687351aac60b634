// The one logger every part of shipshape writes to. The action maps it to workflow commands (groups
// fold in the log), the CLI to stderr; tests pass silentLogger or a recording one.

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /**
   * Runs `work` inside a collapsible group titled `title`. GitHub cannot nest groups, so a group
   * opened inside another becomes a plain line.
   */
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  /** One line of progress in a long phase: `perf round 3/10: base 1,204 rps`. */
  progress(phase: string, done: number, total: number, detail?: string): void;
}

export interface LineSink {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  startGroup?(title: string): void;
  endGroup?(): void;
}

export function progressLine(phase: string, done: number, total: number, detail?: string): string {
  const width = String(total).length;
  return `${phase} ${String(done).padStart(width)}/${total}${detail ? `: ${detail}` : ''}`;
}

/** A Logger over any line sink; groups use the sink's own grouping when it has one. */
export function createLogger(sink: LineSink): Logger {
  let depth = 0;
  return {
    info: (m) => sink.info(m),
    warning: (m) => sink.warning(m),
    debug: (m) => sink.debug(m),
    progress: (phase, done, total, detail) => sink.info(progressLine(phase, done, total, detail)),
    async group(title, work) {
      const own = depth === 0 && sink.startGroup !== undefined;
      if (own) sink.startGroup?.(title);
      else sink.info(title);
      depth++;
      try {
        return await work();
      } finally {
        depth--;
        if (own) sink.endGroup?.();
      }
    },
  };
}

export const silentLogger: Logger = createLogger({ info() {}, warning() {}, debug() {} });

/** For tests: a logger that keeps every line, warnings prefixed with `warning: `. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: () => {},
  });
  return Object.assign(logger, { lines });
}

/** The CLI's logger: everything on stderr, so stdout carries only the command's result. */
export function stderrLogger(o: { quiet?: boolean } = {}): Logger {
  return createLogger({
    info: (m) => {
      if (!o.quiet) process.stderr.write(`${m}\n`);
    },
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    debug: (m) => {
      if (process.env.SHIPSHAPE_DEBUG) process.stderr.write(`debug: ${m}\n`);
    },
  });
}
