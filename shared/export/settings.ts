// The export inputs every action shares: where to send its figures, and the headers (credentials)
// to send with them. All off by default.
import { InputError } from '../runtime/errors.js';
import { type InputSource, readLines, readUrl } from '../runtime/inputs.js';

export interface ExportSettings {
  remoteWrite?: URL;
  otlp?: URL;
  pushgateway?: URL;
  /** Sent to every target; values are secrets. */
  headers: Record<string, string>;
}

export const EXPORT_INPUTS = [
  'metrics-remote-write',
  'metrics-otlp',
  'metrics-pushgateway',
  'metrics-headers',
] as const;

export function readExportSettings(source: InputSource): ExportSettings {
  const headers: Record<string, string> = {};
  for (const line of readLines(source, 'metrics-headers')) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      // Never echo the line: it holds a credential.
      throw new InputError('metrics-headers', 'expected one `Name: value` header per line');
    }
    headers[name] = line.slice(colon + 1).trim();
  }
  const remoteWrite = readUrl(source, 'metrics-remote-write');
  const otlp = readUrl(source, 'metrics-otlp');
  const pushgateway = readUrl(source, 'metrics-pushgateway');
  return {
    ...(remoteWrite ? { remoteWrite } : {}),
    ...(otlp ? { otlp } : {}),
    ...(pushgateway ? { pushgateway } : {}),
    headers,
  };
}

export function exportConfigured(s: ExportSettings): boolean {
  return Boolean(s.remoteWrite || s.otlp || s.pushgateway);
}
