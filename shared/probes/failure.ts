// What kind of thing went wrong, decided before anything is alerted: only transient kinds are
// worth another attempt, and the kind tells the person on call where to look.

export type FailureClass = 'dns' | 'connect' | 'tls' | 'timeout' | 'status' | 'assertion';

export const FAILURE_CLASSES: readonly FailureClass[] = [
  'dns',
  'connect',
  'tls',
  'timeout',
  'status',
  'assertion',
];

export interface ProbeFailure {
  class: FailureClass;
  /** The system error code (ENOTFOUND, CERT_HAS_EXPIRED, ...) when there was one. */
  code?: string;
  message: string;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL']);
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
  'EADDRNOTAVAIL',
  'UND_ERR_SOCKET',
]);

/** Classifies an error thrown by a request (never a response: those are status or assertion). */
export function classifyError(error: unknown): ProbeFailure {
  const e = error as { code?: unknown; message?: unknown; name?: unknown };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  if (e?.name === 'ProbeTimeout' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
    return { class: 'timeout', ...(code ? { code } : {}), message };
  }
  if (code && DNS_CODES.has(code)) return { class: 'dns', code, message };
  if (code && CONNECT_CODES.has(code)) return { class: 'connect', code, message };
  if (
    code &&
    (code.startsWith('ERR_TLS') ||
      code.startsWith('ERR_SSL') ||
      code.includes('CERT') ||
      code === 'EPROTO' ||
      code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
      code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY')
  ) {
    return { class: 'tls', code, message };
  }
  if (/socket hang up/i.test(message)) return { class: 'connect', ...(code ? { code } : {}), message };
  return { class: 'connect', ...(code ? { code } : {}), message };
}

/**
 * Whether another attempt may give a different answer. A refused connection, a timeout, a DNS
 * answer (resolvers fail and recover) and a gateway error are; a bad certificate, a 404 or a failed assertion are not.
 */
export function isTransient(failure: ProbeFailure, status?: number): boolean {
  switch (failure.class) {
    case 'dns':
    case 'connect':
    case 'timeout':
      return true;
    case 'status':
      return status === 429 || status === 502 || status === 503 || status === 504;
    default:
      return false;
  }
}
