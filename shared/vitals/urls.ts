// URLs as shown in reports, logs and history: no credentials, no query values (tokens hide there).

/** `https://user:pw@host/p?token=x` → `https://host/p?token=***`; text that is no URL is returned as is. */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.username = '';
  u.password = '';
  const keys = [...u.searchParams.keys()];
  if (keys.length === 0) return u.href;
  const query = keys.map((k) => `${encodeURIComponent(k)}=***`).join('&');
  return `${u.origin}${u.pathname}?${query}${u.hash}`;
}

/** The same path and query on another origin: where the base build serves the page. */
export function onOrigin(url: string, origin: string): string {
  const u = new URL(url);
  const o = new URL(origin);
  const basePath = o.pathname.replace(/\/$/, '');
  return `${o.origin}${basePath}${u.pathname}${u.search}`;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * What names a page in history and trends. A page on a loopback address is served on whatever
 * port the job got (often a random one), so its series is its path: the port would start a new
 * series on every run. Elsewhere the shown URL (query values redacted) is the identity.
 */
export function seriesKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (!LOOPBACK.test(u.hostname)) return redactUrl(url);
  const shown = new URL(redactUrl(url));
  return `${shown.pathname}${shown.search}`;
}
