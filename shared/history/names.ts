// Names for files, artifacts and cache keys derived from a record's kind and name. Each part is
// reduced to [A-Za-z0-9_] so that '-' can separate parts unambiguously, which cache restore-key
// prefixes rely on: the prefix for name 'api' must not also match name 'api-v2'.
import { createHash } from 'node:crypto';
import type { HistoryQuery } from './store.js';

const MAX_PART = 60;

export function safePart(value: string): string {
  const cleaned = value.replace(/[^A-Za-z0-9_]+/g, '_').slice(0, MAX_PART);
  if (cleaned === value) return cleaned;
  // Different names must stay different after cleaning ('a-b' and 'a_b', or two long names).
  const hash = createHash('sha256').update(value).digest('hex').slice(0, 8);
  return `${cleaned}_${hash}`;
}

/** `<kind>-<name>`, safe as a file name, an artifact name and a cache key part. */
export function historyId(q: HistoryQuery): string {
  return `${safePart(q.kind)}-${safePart(q.name)}`;
}
