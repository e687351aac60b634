// The exit codes every command and every action share (shared/runtime/errors.ts EXIT), as --help shows them.
export const EXIT_CODES_HELP = `Exit codes:
  0  passed
  1  a gate failed (the evidence was read and did not meet a threshold)
  2  bad input or environment: a wrong flag, an unreadable report, a missing tool (the message says what to do)
  3  a defect in shipshape (please report it)`;
