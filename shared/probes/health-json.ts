// application/health+json (draft-inadarei-api-health-check): `status` pass/warn/fail (with the
// aliases ok/up, down/error the draft allows) and `checks`, a map of component name to a list of
// measurements each with its own status.

export type Health = 'up' | 'degraded' | 'down';

export interface HealthDocument {
  health: Health;
  /** The document's own status word. */
  status: string;
  version?: string;
  releaseId?: string;
  /** `component (status): output` for every component that is not passing. */
  failing: string[];
}

const PASS = new Set(['pass', 'ok', 'up']);
const WARN = new Set(['warn']);
const FAIL = new Set(['fail', 'down', 'error']);

function healthOf(status: string): Health | undefined {
  const s = status.toLowerCase();
  if (PASS.has(s)) return 'up';
  if (WARN.has(s)) return 'degraded';
  if (FAIL.has(s)) return 'down';
  return undefined;
}

export function isHealthJson(contentType: string | undefined): boolean {
  return /^application\/health\+json\b/i.test(contentType ?? '');
}

/** Reads a health document; undefined when the body is not one (no status word). */
export function readHealthDocument(body: unknown): HealthDocument | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const doc = body as Record<string, unknown>;
  if (typeof doc.status !== 'string') return undefined;
  const health = healthOf(doc.status);
  if (!health) return undefined;
  const failing: string[] = [];
  const checks = doc.checks && typeof doc.checks === 'object' ? (doc.checks as Record<string, unknown>) : {};
  for (const [component, entries] of Object.entries(checks)) {
    for (const entry of Array.isArray(entries) ? entries : [entries]) {
      if (!entry || typeof entry !== 'object') continue;
      const e = entry as Record<string, unknown>;
      const h = typeof e.status === 'string' ? healthOf(e.status) : undefined;
      if (!h || h === 'up') continue;
      const id = typeof e.componentId === 'string' ? `${component}[${e.componentId}]` : component;
      const output = typeof e.output === 'string' && e.output !== '' ? `: ${e.output}` : '';
      failing.push(`${id} (${e.status})${output}`);
    }
  }
  return {
    // The top-level status is the service's own verdict: a failing optional component may leave it passing.
    health,
    status: doc.status,
    ...(typeof doc.version === 'string' ? { version: doc.version } : {}),
    ...(typeof doc.releaseId === 'string' ? { releaseId: doc.releaseId } : {}),
    failing,
  };
}
