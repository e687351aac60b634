import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// GitHub's official OpenAPI description (api.github.com flavour) as a request matcher and a small
// JSON-schema validator for request bodies. Only the subset of JSON schema GitHub uses for request
// bodies is understood: type, nullable, enum, required, properties, items, min/maxItems, maxLength,
// allOf/anyOf/oneOf, and $ref.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  queryParameters: Set<string>;
  bodySchema: Schema | undefined;
  bodyRequired: boolean;
}

export interface MatchedOperation {
  operation: Operation;
  params: Record<string, string>;
}

interface CompiledPath {
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
  multiSegmentParams: number;
  methods: Map<string, Operation>;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export class OpenApiDescription {
  private readonly compiled: CompiledPath[];

  constructor(private readonly document: Schema) {
    const paths = document.paths as Record<string, Schema>;
    this.compiled = Object.entries(paths).map(([template, item]) => this.compilePath(template, item));
    // GitHub's router prefers literal segments over parameters: `/issues/comments/{id}` must win over
    // `/issues/{issue_number}` for `/issues/comments/1`, and a single-segment parameter over a
    // multi-segment one.
    this.compiled.sort(
      (a, b) => b.literalSegments - a.literalSegments || a.multiSegmentParams - b.multiSegmentParams,
    );
  }

  /** Finds the operation for a method and a raw (still percent-encoded) path without query string. */
  match(method: string, rawPath: string): MatchedOperation | undefined {
    const wanted = method.toLowerCase();
    for (const path of this.compiled) {
      const found = path.regex.exec(rawPath);
      if (!found) continue;
      const operation = path.methods.get(wanted);
      if (!operation) continue;
      const params: Record<string, string> = {};
      path.names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1] ?? '');
      });
      return { operation, params };
    }
    return undefined;
  }

  /** The operation declared for exactly this template (parameter names ignored), if any. */
  findByTemplate(method: string, template: string): Operation | undefined {
    const shape = templateShape(template);
    for (const path of this.compiled) {
      if (templateShape(path.template) === shape) return path.methods.get(method.toLowerCase());
    }
    return undefined;
  }

  /** Problems with a JSON request body, phrased like GitHub's 422 messages; empty when valid. */
  validateBody(operation: Operation, body: unknown, hasBody: boolean): string[] {
    if (!operation.bodySchema) return [];
    if (!hasBody) return operation.bodyRequired ? ['a request body is required'] : [];
    return this.validate(body, operation.bodySchema, 'body');
  }

  private validate(value: unknown, schemaOrRef: Schema, at: string): string[] {
    const schema = this.resolve(schemaOrRef);
    const problems: string[] = [];
    for (const part of (schema.allOf as Schema[] | undefined) ?? []) {
      problems.push(...this.validate(value, part, at));
    }
    const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
    if (alternatives && !alternatives.some((alt) => this.validate(value, alt, at).length === 0)) {
      const reasons = alternatives.map((alt) => this.validate(value, alt, at).join('; '));
      problems.push(`${at} matches none of the allowed shapes (${reasons.join(' | ')})`);
    }
    if (value === null) {
      if (schema.type !== undefined && schema.nullable !== true) problems.push(`${at} must not be null`);
      return problems;
    }
    const type = schema.type as string | undefined;
    if (type && !hasType(value, type)) {
      problems.push(`${at} is ${describeType(value)}, expected ${type}`);
      return problems;
    }
    const allowed = schema.enum as Json[] | undefined;
    if (allowed && !allowed.includes(value as Json)) {
      problems.push(`${at} is ${JSON.stringify(value)}, expected one of ${JSON.stringify(allowed)}`);
    }
    if (typeof value === 'string' && typeof schema.maxLength === 'number') {
      const length = [...value].length;
      if (length > schema.maxLength)
        problems.push(`${at} is too long (maximum is ${schema.maxLength} characters)`);
    }
    if (Array.isArray(value)) {
      if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
        problems.push(`${at} has ${value.length} items (maximum is ${schema.maxItems})`);
      }
      if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
        problems.push(`${at} has ${value.length} items (minimum is ${schema.minItems})`);
      }
      const items = schema.items as Schema | undefined;
      if (items) {
        for (const [index, item] of value.entries())
          problems.push(...this.validate(item, items, `${at}[${index}]`));
      }
    }
    if (isPlainObject(value)) {
      for (const name of (schema.required as string[] | undefined) ?? []) {
        if (!(name in value)) problems.push(`${at}.${name} is required`);
      }
      const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [name, propertyValue] of Object.entries(value)) {
        const propertySchema = properties[name];
        if (propertySchema) problems.push(...this.validate(propertyValue, propertySchema, `${at}.${name}`));
      }
    }
    return problems;
  }

  private resolve(node: Schema): Schema {
    let current = node;
    for (let hops = 0; typeof current.$ref === 'string'; hops++) {
      if (hops > 32) throw new Error(`OpenAPI $ref cycle at ${String(node.$ref)}`);
      current = this.pointer(current.$ref);
    }
    return current;
  }

  private pointer(ref: string): Schema {
    if (!ref.startsWith('#/')) throw new Error(`unsupported external OpenAPI $ref ${ref}`);
    let node: Json = this.document;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      if (!isPlainObject(node) || !(key in node)) throw new Error(`dangling OpenAPI $ref ${ref}`);
      node = (node as Schema)[key] as Json;
    }
    return node as Schema;
  }

  private compilePath(template: string, item: Schema): CompiledPath {
    const methods = new Map<string, Operation>();
    const pathLevelParameters = ((item.parameters as Schema[] | undefined) ?? []).map((p) => this.resolve(p));
    const multiSegment = new Set<string>();
    for (const method of HTTP_METHODS) {
      const raw = item[method] as Schema | undefined;
      if (!raw) continue;
      const parameters = [
        ...pathLevelParameters,
        ...((raw.parameters as Schema[] | undefined) ?? []).map((p) => this.resolve(p)),
      ];
      for (const p of parameters)
        if (p.in === 'path' && p['x-multi-segment'] === true) multiSegment.add(String(p.name));
      const requestBody = raw.requestBody ? this.resolve(raw.requestBody as Schema) : undefined;
      const content = requestBody?.content as Record<string, Schema> | undefined;
      methods.set(method, {
        method: method.toUpperCase(),
        template,
        operationId: String(raw.operationId ?? `${method} ${template}`),
        queryParameters: new Set(parameters.filter((p) => p.in === 'query').map((p) => String(p.name))),
        bodySchema: content?.['application/json']?.schema as Schema | undefined,
        bodyRequired: requestBody?.required === true,
      });
    }
    const names: string[] = [];
    let literalSegments = 0;
    const pattern = template
      .split('/')
      .map((segment) => {
        if (!segment.includes('{')) {
          if (segment) literalSegments++;
          return escapeRegex(segment);
        }
        // A segment may mix literals and parameters, e.g. `{base}...{head}`.
        return segment
          .split(/(\{[^}]+\})/)
          .map((piece) => {
            const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
            if (!name) return escapeRegex(piece);
            names.push(name);
            return multiSegment.has(name) ? '(.+?)' : '([^/]+?)';
          })
          .join('');
      })
      .join('/');
    return {
      template,
      regex: new RegExp(`^${pattern}/?$`),
      names,
      literalSegments,
      multiSegmentParams: multiSegment.size,
      methods,
    };
  }
}

let cached: OpenApiDescription | undefined;

/** Loads api.github.com.json from @octokit/openapi once per process (about 13 MB). */
export function githubOpenApi(): OpenApiDescription {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@octokit/openapi/package.json'));
  const file = join(packageDir, 'generated', 'api.github.com.json');
  cached = new OpenApiDescription(JSON.parse(readFileSync(file, 'utf8')) as Schema);
  return cached;
}

function templateShape(template: string): string {
  return template.replace(/\{[^}]+\}/g, '{}').replace(/\/$/, '');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    default:
      return true;
  }
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (Number.isInteger(value)) return 'an integer';
  return `a ${typeof value}`;
}
