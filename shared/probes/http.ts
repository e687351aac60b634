// One HTTP(S) request with its timing phases, the server's certificate and a classified failure.
// Every request opens a fresh connection (no keep-alive agent) so that DNS, connect and TLS are
// measured each time, and carries no-cache headers so a CDN cannot answer for a dead origin.

import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { rootCertificates, type TLSSocket } from 'node:tls';
import { type CertificateInfo, certificateInfo, inspectCertificate } from './certificate.js';
import { classifyError, type ProbeFailure } from './failure.js';
import { redactUrl } from './redact.js';

export interface ProbeRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Redirects to follow (0 = report the redirect itself). */
  maxRedirects?: number;
}

/** Reported when an https request is redirected to plain http: whatever follows is readable on the wire. */
export const DOWNGRADE_CODE = 'ERR_REDIRECT_DOWNGRADE';

export interface ProbeEnvironment {
  /** Name resolution; tests map host names such as shop.test to 127.0.0.1. Default: the system's. */
  lookup?: LookupFunction;
  /** Extra trusted CA certificates (PEM), added to Node's bundle for these requests only. */
  ca?: string | readonly string[];
  /** Largest body kept for conditions; the rest is read and dropped. */
  maxBodyBytes?: number;
  userAgent?: string;
}

export interface ProbeTimings {
  dnsMs?: number;
  connectMs?: number;
  tlsMs?: number;
  firstByteMs?: number;
  totalMs: number;
}

export interface ProbeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  bodyTruncated: boolean;
}

export interface ProbeOutcome {
  /** The requested URL, redacted. */
  url: string;
  /** Where the last request went, redacted (differs from url after redirects). */
  finalUrl: string;
  redirects: string[];
  response?: ProbeResponse;
  timings: ProbeTimings;
  certificate?: CertificateInfo;
  remoteAddress?: string;
  error?: ProbeFailure;
}

export const NO_CACHE_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-cache, no-store, max-age=0',
  pragma: 'no-cache',
};
export const DEFAULT_ACCEPT = 'application/health+json, application/json;q=0.9, */*;q=0.8';
const DEFAULT_MAX_BODY = 1024 * 1024;

class ProbeTimeout extends Error {
  override name = 'ProbeTimeout';
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

interface SingleResult {
  response?: ProbeResponse;
  timings: ProbeTimings;
  certificate?: CertificateInfo;
  remoteAddress?: string;
  error?: ProbeFailure;
}

function once(url: URL, req: ProbeRequest, env: ProbeEnvironment, deadline: number): Promise<SingleResult> {
  const start = performance.now();
  const timings: ProbeTimings = { totalMs: 0 };
  const since = () => Math.round((performance.now() - start) * 10) / 10;
  const https = url.protocol === 'https:';
  // The configured headers travel only as far as probeHttp lets them (the request's own origin).
  const headers: Record<string, string> = {
    accept: DEFAULT_ACCEPT,
    'user-agent': env.userAgent ?? 'shipshape-deploy-smoke-health',
    ...NO_CACHE_HEADERS,
    ...Object.fromEntries(Object.entries(req.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  };
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    headers.authorization ??= `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  }
  if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
  const options: RequestOptions & { ca?: string[]; servername?: string } = {
    method: req.method ?? 'GET',
    hostname: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port || (https ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    headers,
    agent: false,
    // Timed here rather than by the socket's 'lookup' event, which can fire before a listener exists.
    lookup: ((host: string, opts: object, cb: (...args: unknown[]) => void) => {
      const started = performance.now();
      const resolver = (env.lookup ?? (dnsLookup as unknown as LookupFunction)) as (
        h: string,
        o: object,
        c: (...a: unknown[]) => void,
      ) => void;
      resolver(host, opts, (...args: unknown[]) => {
        timings.dnsMs = Math.round((performance.now() - started) * 10) / 10;
        cb(...args);
      });
    }) as unknown as LookupFunction,
  };
  if (https && env.ca) {
    options.ca = [...rootCertificates, ...(typeof env.ca === 'string' ? [env.ca] : env.ca)];
  }
  const maxBody = env.maxBodyBytes ?? DEFAULT_MAX_BODY;

  return new Promise((resolve) => {
    let settled = false;
    let certificate: CertificateInfo | undefined;
    let remoteAddress: string | undefined;
    const finish = (r: Omit<SingleResult, 'timings'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      timings.totalMs = since();
      resolve({
        ...r,
        timings,
        ...(certificate ? { certificate } : {}),
        ...(remoteAddress ? { remoteAddress } : {}),
      });
    };
    const r = (https ? httpsRequest : httpRequest)(options, (res) => {
      timings.firstByteMs = since();
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      res.on('data', (chunk: Buffer) => {
        if (size < maxBody) chunks.push(chunk.subarray(0, maxBody - size));
        if (size + chunk.length > maxBody) truncated = true;
        size += chunk.length;
      });
      res.on('end', () =>
        finish({
          response: {
            status: res.statusCode ?? 0,
            headers: flatHeaders(res.headers),
            body: Buffer.concat(chunks).toString('utf8'),
            bodyTruncated: truncated,
          },
        }),
      );
      res.on('error', (error) => finish({ error: classifyError(error) }));
    });
    r.on('socket', (socket) => {
      socket.once('connect', () => {
        timings.connectMs = since();
        remoteAddress = socket.remoteAddress;
      });
      socket.once('secureConnect', () => {
        timings.tlsMs = since();
        const peer = (socket as TLSSocket).getPeerCertificate();
        if (peer && Object.keys(peer).length > 0) certificate = certificateInfo(peer, url.hostname, true);
      });
    });
    r.on('error', (error) => finish({ error: classifyError(error) }));
    const timer = setTimeout(
      () => {
        r.destroy(new ProbeTimeout(`no complete response within ${req.timeoutMs} ms`));
      },
      Math.max(1, deadline - performance.now()),
    );
    r.end(req.body);
  });
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Sends one request (following up to `maxRedirects` redirects) and never throws. */
export async function probeHttp(req: ProbeRequest, env: ProbeEnvironment = {}): Promise<ProbeOutcome> {
  const shown = redactUrl(req.url);
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return {
      url: shown,
      finalUrl: shown,
      redirects: [],
      timings: { totalMs: 0 },
      error: { class: 'connect', message: `'${shown}' is not a valid URL` },
    };
  }
  const started = performance.now();
  const deadline = started + req.timeoutMs;
  const redirects: string[] = [];
  const maxRedirects = req.maxRedirects ?? 5;
  const failed = (message: string, code?: string, cls: ProbeFailure['class'] = 'status'): ProbeOutcome => ({
    url: shown,
    finalUrl: redactUrl(url.toString()),
    redirects,
    timings: { totalMs: Math.round((performance.now() - started) * 10) / 10 },
    error: { class: cls, ...(code ? { code } : {}), message },
  });
  let method = req.method ?? 'GET';
  let body = req.body;
  // Like fetch and curl without --location-trusted: the configured headers (Authorization, API
  // keys, cookies) and URL credentials go to the requested origin only. Once a redirect leaves it,
  // they stay behind for the rest of the chain, even if a later hop comes back.
  let trusted = true;
  const origin = url.origin;
  for (;;) {
    const headers = trusted ? req.headers : undefined;
    const result = await once(url, { ...req, method, body, headers }, env, deadline);
    const location = result.response?.headers.location;
    if (
      result.response &&
      REDIRECT_STATUSES.has(result.response.status) &&
      location &&
      redirects.length < maxRedirects
    ) {
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        return failed(`redirect to an invalid location '${redactUrl(location)}'`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return failed(`redirect to a ${next.protocol} URL, which is not followed`);
      }
      if (url.protocol === 'https:' && next.protocol === 'http:') {
        redirects.push(redactUrl(next.toString()));
        return failed(
          `redirected from https to plain http (${redactUrl(next.toString())}): not followed`,
          DOWNGRADE_CODE,
          'tls',
        );
      }
      if (next.origin !== origin) {
        trusted = false;
        next.username = '';
        next.password = '';
      }
      redirects.push(redactUrl(next.toString()));
      if (result.response.status === 303) {
        method = 'GET';
        body = undefined;
      }
      url = next;
      continue;
    }
    let certificate = result.certificate;
    if (!certificate && result.error?.class === 'tls') {
      // The request was refused before a byte was sent; a separate handshake that sends nothing
      // tells how the certificate is wrong (expiry, host name).
      certificate = await inspectCertificate(url.hostname, Number(url.port || 443), {
        lookup: env.lookup,
        ca: env.ca,
        timeoutMs: Math.max(500, deadline - performance.now()),
      }).catch(() => undefined);
    }
    return {
      url: shown,
      finalUrl: redactUrl(url.toString()),
      redirects,
      ...(result.response ? { response: result.response } : {}),
      timings: { ...result.timings, totalMs: Math.round((performance.now() - started) * 10) / 10 },
      ...(certificate ? { certificate } : {}),
      ...(result.remoteAddress ? { remoteAddress: result.remoteAddress } : {}),
      ...(result.error ? { error: result.error } : {}),
    };
  }
}
