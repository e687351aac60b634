// The runner's side of the workflow-command protocol, written by hand: `::command props::data`
// lines on stdout and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. @actions/core does the same but
// loads its HTTP client (undici, about 0.9 MB of bundle) at import, which every action step paid
// before reading one input. workflow-commands.test.ts checks every function here byte for byte
// against @actions/core, which stays a dev dependency as the oracle.
import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants } from 'node:fs';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string | undefined;
  file?: string | undefined;
  startLine?: number | undefined;
  endLine?: number | undefined;
  startColumn?: number | undefined;
  endColumn?: number | undefined;
}

type Properties = Record<string, string | number | undefined>;

function commandValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One command line; properties without a value are left out (as the runner's own toolkit does). */
export function commandLine(command: string, properties: Properties, message: unknown): string {
  const keys = Object.keys(properties);
  const props = keys
    .filter((key) => properties[key])
    .map((key) => `${key}=${escapeProperty(properties[key])}`)
    .join(',');
  return `::${command}${keys.length > 0 ? ` ${props}` : ''}::${escapeData(message)}`;
}

function issue(command: string, properties: Properties, message: unknown): void {
  process.stdout.write(commandLine(command, properties, message) + EOL);
}

function annotationProperties(p: AnnotationProperties): Properties {
  // No properties at all is `::warning::`; any property object, even all empty, is `::warning ::`.
  if (Object.keys(p).length === 0) return {};
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

/** The value of input `name` as the runner passes it (INPUT_<NAME>, spaces as `_`), trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function setSecret(secret: string): void {
  issue('add-mask', {}, secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issue('debug', {}, message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', annotationProperties(properties), message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', annotationProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issue('notice', annotationProperties(properties), message);
}

export function startGroup(title: string): void {
  issue('group', {}, title);
}

export function endGroup(): void {
  issue('endgroup', {}, '');
}

/** A failed step: exit code 1 unless the caller sets another, and the message as an error. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

function appendFileCommand(file: string, message: string): void {
  appendFileSync(file, message + EOL, { encoding: 'utf8' });
}

/** `name<<delimiter` block for GITHUB_OUTPUT; the delimiter is random so a value cannot end it. */
export function keyValueBlock(
  name: string,
  value: unknown,
  delimiter = `ghadelimiter_${randomUUID()}`,
): string {
  const text = commandValue(value);
  if (name.includes(delimiter)) throw new Error(`output name must not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter)) throw new Error(`output value must not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}

export function setOutput(name: string, value: unknown, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (file) {
    appendFileCommand(file, keyValueBlock(name, value));
    return;
  }
  process.stdout.write(EOL);
  issue('set-output', { name }, commandValue(value));
}

/** Appends Markdown to the job summary; nothing happens outside a runner. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    );
  }
  appendFileSync(file, markdown, { encoding: 'utf8' });
}
