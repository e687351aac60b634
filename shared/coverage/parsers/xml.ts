// The one way coverage XML is read: saxes, a streaming parser that never fetches DTDs, and a
// refusal of any document that declares entities, so entity bombs and external entities cannot
// be expressed at all. Every XML reader (cobertura, JaCoCo, Clover) goes through here.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { CoverageParseError } from '../model.js';

export interface XmlHandlers {
  open(tag: SaxesTagPlain, parent: string | undefined, stack: readonly string[]): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Parses `data`, calling the handlers; `fail` raises a CoverageParseError at the current line. */
export function readXml(
  data: string,
  source: string,
  handlers: (fail: (message: string) => never) => XmlHandlers,
): void {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  const fail = (message: string): never => {
    throw new CoverageParseError(message, source, parser.line);
  };
  const h = handlers(fail);
  const stack: string[] = [];
  parser.on('doctype', (doctype) => {
    // An internal subset is where entities are declared; coverage tools only ever emit a bare
    // `<!DOCTYPE coverage SYSTEM "...dtd">`, which is accepted and never fetched.
    const outsideQuotes = doctype.replace(/"[^"]*"|'[^']*'/g, '');
    if (outsideQuotes.includes('[') || /<!ENTITY/i.test(doctype)) {
      fail('refusing XML with entity declarations (a DOCTYPE internal subset)');
    }
  });
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    stack.push(tag.name);
    h.open(tag, parent, stack);
  });
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  parser.on('closetag', (tag) => {
    stack.pop();
    h.close?.(tag.name);
  });
  if (data.trim() === '') throw new CoverageParseError('the file is empty', source);
  try {
    parser.write(data.replace(/^\uFEFF/, '')).close();
  } catch (err) {
    if (err instanceof CoverageParseError) throw err;
    const message = (err instanceof Error ? err.message : String(err))
      .replace(/^(?:[^:\n]*:)?\d+:\d+: /, '')
      .replace(/\.$/, '');
    throw new CoverageParseError(`not well-formed XML: ${message}`, source, parser.line);
  }
}

/** A non-negative whole-number attribute, or undefined when absent; fails on anything else. */
export function countAttr(
  tag: SaxesTagPlain,
  name: string,
  fail: (message: string) => never,
): number | undefined {
  const raw = tag.attributes[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) fail(`<${tag.name}> has ${name}="${raw}"`);
  return value;
}
