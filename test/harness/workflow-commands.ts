// Parsing of what an action tells the runner: `::command key=value::message` lines on stdout and
// the `name=value` / `name<<DELIMITER` files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE).

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ParsedWorkflowCommands {
  commands: WorkflowCommand[];
  annotations: Annotation[];
  masks: string[];
}

const ANNOTATION_LEVELS = new Set(['error', 'warning', 'notice', 'debug']);
const ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' };

export function parseWorkflowCommands(stdout: string): ParsedWorkflowCommands {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const rawLine of stdout.split('\n')) {
    const command = parseCommandLine(rawLine.replace(/\r$/, ''));
    if (!command) continue;
    if (stopToken !== undefined) {
      // While stopped, only `::<token>::` resumes processing; everything else is plain log text.
      if (command.command === stopToken) stopToken = undefined;
      continue;
    }
    if (command.command === 'stop-commands') {
      stopToken = command.message;
      continue;
    }
    commands.push(command);
  }
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const { command, properties, message } of commands) {
    if (command === 'add-mask') masks.push(message);
    if (ANNOTATION_LEVELS.has(command))
      annotations.push(toAnnotation(command as Annotation['level'], properties, message));
  }
  return { commands, annotations, masks };
}

function parseCommandLine(line: string): WorkflowCommand | undefined {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const head = trimmed.slice(2, end);
  const message = unescapeData(trimmed.slice(end + 2));
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  if (!command) return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1));
    }
  }
  return { command, properties, message };
}

function toAnnotation(
  level: Annotation['level'],
  props: Record<string, string>,
  message: string,
): Annotation {
  const annotation: Annotation = { level, message };
  if (props.file !== undefined) annotation.file = props.file;
  if (props.title !== undefined) annotation.title = props.title;
  const line = toInt(props.line);
  const endLine = toInt(props.endLine);
  const col = toInt(props.col);
  const endColumn = toInt(props.endColumn);
  if (line !== undefined) annotation.line = line;
  if (endLine !== undefined) annotation.endLine = endLine;
  if (col !== undefined) annotation.col = col;
  if (endColumn !== undefined) annotation.endColumn = endColumn;
  return annotation;
}

function toInt(text: string | undefined): number | undefined {
  if (text === undefined || !/^-?\d+$/.test(text.trim())) return undefined;
  return Number(text);
}

// One pass each, so `%250A` (an escaped literal "%0A") decodes to "%0A" and not to a newline. Like the
// runner, messages only know %25, %0D and %0A; properties also know %3A and %2C.
function unescapeData(text: string): string {
  return text.replace(/%(?:25|0D|0A)/gi, (sequence) => ESCAPES[sequence.toUpperCase()] ?? sequence);
}

function unescapeProperty(text: string): string {
  return text.replace(/%(?:25|0D|0A|3A|2C)/gi, (sequence) => ESCAPES[sequence.toUpperCase()] ?? sequence);
}

/**
 * Parses a file command file the way the runner does: `name=value` lines, and `name<<DELIM` blocks whose
 * value is every line up to a line equal to DELIM. Later entries win. Throws, naming the file and line,
 * on a block without its closing delimiter or an entry without a name.
 */
export function parseFileCommands(content: string, fileLabel: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = content.split('\n').map((line) => line.replace(/\r$/, ''));
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (!name) throw new Error(`${fileLabel}:${index + 1}: entry without a name: ${JSON.stringify(line)}`);
      values[name] = line.slice(equals + 1);
      continue;
    }
    if (heredoc > 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const start = index;
      const body: string[] = [];
      for (index++; index < lines.length && lines[index] !== delimiter; index++)
        body.push(lines[index] ?? '');
      if (index >= lines.length) {
        throw new Error(
          `${fileLabel}:${start + 1}: matching delimiter ${JSON.stringify(delimiter)} not found for "${name}"`,
        );
      }
      values[name] = body.join('\n');
      continue;
    }
    throw new Error(`${fileLabel}:${index + 1}: invalid format ${JSON.stringify(line)}`);
  }
  return values;
}
