// Secrets reach URLs more often than anyone intends (basic auth, `?token=`). Every URL shown to a
// person or sent to an alert service goes through redactUrl first.

const REDACTED = '***';

/** The URL without userinfo and with every query value replaced; unparsable text is cut at `?`. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, '//').replace(/\?.*$/s, `?${REDACTED}`);
  }
  const hadUserinfo = parsed.username !== '' || parsed.password !== '';
  parsed.username = '';
  parsed.password = '';
  if (parsed.search !== '') {
    const names = [...parsed.searchParams.keys()];
    parsed.search = names.map((n) => `${encodeURIComponent(n)}=${REDACTED}`).join('&');
  }
  const text = parsed.toString().replace(/%2A%2A%2A/g, REDACTED);
  return hadUserinfo ? text.replace('://', `://${REDACTED}@`) : text;
}

/** The parts of a URL that must be masked in logs: password, username with a password, query values. */
export function urlSecrets(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const secrets: string[] = [];
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  if (parsed.password) secrets.push(parsed.password, decode(parsed.password));
  if (parsed.username && parsed.password) secrets.push(parsed.username, decode(parsed.username));
  for (const value of parsed.searchParams.values()) if (value.length >= 4) secrets.push(value);
  return [...new Set(secrets.filter((s) => s.length > 0))];
}

/** A webhook URL shown as its origin only: the path of a webhook is its credential. */
export function maskWebhookUrl(url: string): string {
  try {
    return `${new URL(url).origin}/${REDACTED}`;
  } catch {
    return REDACTED;
  }
}

/** Replaces every occurrence of every secret (longest first, so overlapping secrets are all hidden). */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of [...secrets].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join(REDACTED);
  }
  return out;
}
