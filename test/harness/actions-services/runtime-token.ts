import { createHmac, timingSafeEqual } from 'node:crypto';

// ACTIONS_RUNTIME_TOKEN as the runner hands it to actions: a JWT whose `scp` claim carries
// `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>` (read by @actions/artifact) and whose
// `ac` claim lists the cache scopes the job may read and write (read by the cache service). GitHub signs
// it with RS256; the fake signs with HS256 and a per-server secret, which is enough to reject tokens the
// fake did not mint, while the clients only decode it.

export interface RuntimeClaims {
  runBackendId: string;
  jobBackendId: string;
  /** Cache scopes, most specific first; the first is also the one new entries are written to. */
  cacheScopes: string[];
}

const CACHE_READ = 1;
const CACHE_WRITE = 2;

export function mintRuntimeToken(secret: Buffer, claims: RuntimeClaims, now = new Date()): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const payload = {
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:fake-actions-services',
    nbf: issuedAt - 60,
    iat: issuedAt,
    exp: issuedAt + 6 * 3600,
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${claims.runBackendId}:${claims.jobBackendId} Actions.UploadArtifacts:00000000-0000-0000-0000-000000000000/1:Build/Build/1`,
    ac: JSON.stringify(
      claims.cacheScopes.map((scope, i) => ({
        Scope: scope,
        Permission: i === 0 ? CACHE_READ | CACHE_WRITE : CACHE_READ,
      })),
    ),
  };
  const unsigned = `${base64url({ typ: 'JWT', alg: 'HS256' })}.${base64url(payload)}`;
  return `${unsigned}.${sign(secret, unsigned)}`;
}

/** The claims of a token this fake minted, or a reason why the token is not acceptable. */
export function verifyRuntimeToken(
  secret: Buffer,
  token: string,
  now = new Date(),
): RuntimeClaims | { problem: string } {
  const parts = token.split('.');
  if (parts.length !== 3) return { problem: 'the token is not a JWT' };
  const [header, body, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(secret, `${header}.${body}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { problem: 'the token was not issued by this fake' };
  }
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
    exp: number;
    scp: string;
    ac: string;
  };
  if (payload.exp * 1000 < now.getTime()) return { problem: 'the token has expired' };
  const results = payload.scp
    .split(' ')
    .map((scope) => scope.split(':'))
    .find((parts) => parts[0] === 'Actions.Results');
  if (results?.length !== 3) return { problem: 'the token has no Actions.Results scope' };
  const scopes = JSON.parse(payload.ac) as { Scope: string; Permission: number }[];
  return {
    runBackendId: results[1] ?? '',
    jobBackendId: results[2] ?? '',
    cacheScopes: scopes.map((s) => s.Scope),
  };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function sign(secret: Buffer, text: string): string {
  return createHmac('sha256', secret).update(text).digest('base64url');
}
