// Is the deployed commit the one answering? Health endpoints expose it under many names; the old
// instance still serving during cut-over must not pass as the new one.

export interface VersionCheck {
  expected: string;
  found?: string;
  /** Where it was found: `[BODY].version`, `[HEADER].x-commit-sha`. */
  where?: string;
  confirmed: boolean;
}

const BODY_FIELDS = [
  'version',
  'releaseId',
  'release_id',
  'commit',
  'sha',
  'gitSha',
  'git_sha',
  'revision',
  'build',
];
const HEADER_NAMES = ['x-version', 'x-release', 'x-commit-sha', 'x-git-sha', 'x-revision', 'x-deployment-id'];

/** A short SHA (7+ hex digits) matches the full one; anything else must be equal. */
export function versionsMatch(expected: string, found: string): boolean {
  const e = expected.trim().toLowerCase();
  const f = found.trim().toLowerCase();
  if (e === '' || f === '') return false;
  if (e === f) return true;
  const hex = /^[0-9a-f]{7,40}$/;
  if (hex.test(e) && hex.test(f)) return e.startsWith(f) || f.startsWith(e);
  // "1.4.2+abc1234" or "abc1234-dirty": the SHA as a whole word of the version.
  return hex.test(e) && new RegExp(`(^|[^0-9a-f])${e.slice(0, Math.max(7, Math.min(e.length, 12)))}`).test(f);
}

function candidates(json: unknown, headers: Record<string, string>): { where: string; value: string }[] {
  const out: { where: string; value: string }[] = [];
  const scan = (node: unknown, prefix: string) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const o = node as Record<string, unknown>;
    for (const f of BODY_FIELDS) {
      const v = o[f];
      if (typeof v === 'string' || typeof v === 'number')
        out.push({ where: `[BODY]${prefix}.${f}`, value: String(v) });
    }
  };
  scan(json, '');
  if (json && typeof json === 'object') {
    for (const nest of ['build', 'app', 'release', 'info', 'git']) {
      scan((json as Record<string, unknown>)[nest], `.${nest}`);
    }
  }
  for (const h of HEADER_NAMES) if (headers[h]) out.push({ where: `[HEADER].${h}`, value: headers[h] });
  return out;
}

export function findVersion(expected: string, json: unknown, headers: Record<string, string>): VersionCheck {
  const found = candidates(json, headers);
  const hit = found.find((c) => versionsMatch(expected, c.value));
  if (hit) return { expected, found: hit.value, where: hit.where, confirmed: true };
  const first = found[0];
  return { expected, ...(first ? { found: first.value, where: first.where } : {}), confirmed: false };
}
