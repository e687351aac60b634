// Twirp's JSON protocol as the Actions results service speaks it: POST /twirp/<service>/<Method> with a
// protobuf-JSON body (proto field names, int64 as strings, Timestamp as RFC 3339, wrappers as bare values),
// errors as {"code", "msg"} with the HTTP status Twirp assigns to the code.

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';

const STATUS_BY_CODE = {
  invalid_argument: 400,
  malformed: 400,
  bad_route: 404,
  not_found: 404,
  already_exists: 409,
  permission_denied: 403,
  resource_exhausted: 429,
  unauthenticated: 401,
  failed_precondition: 412,
  internal: 500,
  unavailable: 503,
} as const;

export type TwirpCode = keyof typeof STATUS_BY_CODE;

export class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    readonly msg: string,
  ) {
    super(`${code}: ${msg}`);
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export type TwirpBody = Record<string, unknown>;

export function requiredString(body: TwirpBody, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') {
    throw new TwirpError('invalid_argument', `${field} is required`);
  }
  return value;
}

export function optionalString(body: TwirpBody, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new TwirpError('invalid_argument', `${field} must be a string`);
  return value;
}

/** An int64 field, which protobuf JSON writes as a decimal string (numbers are accepted too). */
export function optionalInt64(body: TwirpBody, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if ((typeof value === 'string' && /^-?\d+$/.test(value)) || Number.isInteger(value)) return Number(value);
  throw new TwirpError('invalid_argument', `${field} must be an int64`);
}

export function optionalTimestamp(body: TwirpBody, field: string): Date | undefined {
  const value = optionalString(body, field);
  if (value === undefined) return undefined;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) throw new TwirpError('invalid_argument', `${field} is not an RFC 3339 timestamp`);
  return new Date(parsed);
}

export function timestamp(date: Date): string {
  return date.toISOString();
}
