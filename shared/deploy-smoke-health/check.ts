// One check of one endpoint or domain: probe, retry transient failures after a real wait, then judge
// the answer (status, conditions, health+json, certificate, latency, version).
import { createHash } from 'node:crypto';
import { type ConditionResult, evaluateConditions } from '../conditions/evaluate.js';
import { type BackoffPolicy, backoffDelay, sleep } from '../http/backoff.js';
import type { CertificateInfo } from '../probes/certificate.js';
import { inspectCertificate } from '../probes/certificate.js';
import { resolveHost } from '../probes/dns.js';
import { type FailureClass, isTransient, type ProbeFailure } from '../probes/failure.js';
import { type Health, isHealthJson, readHealthDocument } from '../probes/health-json.js';
import { type ProbeEnvironment, type ProbeOutcome, type ProbeTimings, probeHttp } from '../probes/http.js';
import { redactUrl } from '../probes/redact.js';
import type { CheckConfig, DomainConfig, EndpointConfig } from './config.js';
import { findVersion, type VersionCheck } from './version.js';

export interface CheckResult {
  /** Stable across runs: environment, name and redacted URL hashed. */
  fingerprint: string;
  name: string;
  environment: string;
  kind: 'http' | 'domain';
  url: string;
  health: Health;
  failure?: { class: FailureClass; message: string };
  status?: number;
  latencyMs?: number;
  timings?: ProbeTimings;
  certificate?: Pick<CertificateInfo, 'daysLeft' | 'validTo' | 'hostValid' | 'trusted' | 'subject'>;
  attempts: number;
  conditions: ConditionResult[];
  /** health+json components that are not passing. */
  components: string[];
  version?: VersionCheck;
  dns?: { addresses: string[]; ms: number };
  redirect?: { ok: boolean; location?: string };
  checkedAt: string;
}

export interface CheckOptions {
  probe: ProbeEnvironment;
  /** Retries after the first attempt, for transient failure classes only. */
  retries: number;
  backoff: BackoffPolicy;
  /** The commit or version that must be live (post-deploy); undefined skips the check. */
  expectedVersion?: string;
  random?: () => number;
  signal?: AbortSignal;
  now?: () => Date;
}

export function fingerprintOf(c: Pick<CheckConfig, 'environment' | 'name' | 'url'>): string {
  return createHash('sha256')
    .update(`${c.environment}\0${c.name}\0${redactUrl(c.url)}`)
    .digest('hex')
    .slice(0, 12);
}

interface Judgement {
  health: Health;
  failure?: { class: FailureClass; message: string; transient: boolean };
  conditions: ConditionResult[];
  components: string[];
  version?: VersionCheck;
}

function shortCert(c: CertificateInfo): CheckResult['certificate'] {
  return {
    daysLeft: c.daysLeft,
    validTo: c.validTo,
    hostValid: c.hostValid,
    trusted: c.trusted,
    subject: c.subject,
  };
}

function transportFailure(error: ProbeFailure, certificate?: CertificateInfo): Judgement['failure'] {
  let message = error.message;
  if (error.class === 'tls' && certificate) {
    const why = !certificate.hostValid
      ? `certificate is not valid for this host (names: ${certificate.altNames.join(', ') || certificate.subject})`
      : certificate.daysLeft < 0
        ? `certificate expired on ${certificate.validTo.slice(0, 10)}`
        : certificate.problem
          ? `certificate not trusted: ${certificate.problem}`
          : undefined;
    if (why) message = `${why} (${error.message})`;
  }
  return { class: error.class, message, transient: isTransient(error) };
}

function judgeHttp(ep: EndpointConfig, out: ProbeOutcome, o: CheckOptions): Judgement {
  const response = out.response;
  if (!response) {
    return {
      health: 'down',
      failure: transportFailure(out.error ?? { class: 'connect', message: 'no response' }, out.certificate),
      conditions: [],
      components: [],
    };
  }
  const conditions = evaluateConditions(ep.conditions, {
    status: response.status,
    body: response.body,
    headers: response.headers,
    responseTimeMs: out.timings.totalMs,
    ...(out.certificate ? { certificateExpiresInMs: out.certificate.expiresInMs } : {}),
    connected: true,
    ...(out.remoteAddress ? { ip: out.remoteAddress } : {}),
  });
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    json = undefined;
  }
  const doc =
    isHealthJson(response.headers['content-type']) || (json && typeof json === 'object')
      ? readHealthDocument(json)
      : undefined;
  const components = doc?.failing ?? [];
  const version =
    o.expectedVersion !== undefined && ep.confirmVersion
      ? findVersion(o.expectedVersion, json, response.headers)
      : undefined;
  const j = (health: Health, failure?: Judgement['failure']): Judgement => ({
    health,
    ...(failure ? { failure } : {}),
    conditions,
    components,
    ...(version ? { version } : {}),
  });

  if (!ep.expectedStatus.includes(response.status)) {
    const transient = isTransient({ class: 'status', message: '' }, response.status);
    const detail =
      doc && doc.health !== 'up'
        ? `; health ${doc.status}: ${components.join('; ') || 'no component named'}`
        : '';
    return j('down', {
      class: 'status',
      message: `HTTP ${response.status}, expected ${describeStatuses(ep.expectedStatus)}${detail}`,
      transient,
    });
  }
  const failed = conditions.filter((c) => !c.ok);
  if (failed.length > 0) {
    return j('down', {
      class: 'assertion',
      message: `condition failed: ${failed.map((c) => c.explanation).join('; ')}`,
      transient: false,
    });
  }
  if (doc?.health === 'down') {
    return j('down', {
      class: 'assertion',
      message: `health ${doc.status}: ${components.join('; ') || 'no failing component named'}`,
      transient: false,
    });
  }
  if (out.certificate) {
    const c = out.certificate;
    if (ep.minCertDays !== undefined && c.daysLeft < ep.minCertDays) {
      return j('down', {
        class: 'tls',
        message: `certificate expires in ${c.daysLeft} days (${c.validTo.slice(0, 10)}), fewer than ${ep.minCertDays}`,
        transient: false,
      });
    }
  }
  if (ep.maxResponseMs !== undefined && out.timings.totalMs > ep.maxResponseMs) {
    // A slow answer is often one slow request; it is retried like a timeout.
    return j('down', {
      class: 'timeout',
      message: `answered in ${Math.round(out.timings.totalMs)} ms, over the ${ep.maxResponseMs} ms limit`,
      transient: true,
    });
  }
  if (version && !version.confirmed) {
    // The old instance still answering during cut-over: worth waiting for, never a pass.
    return j('down', {
      class: 'assertion',
      message: version.found
        ? `version ${version.found} (from ${version.where}) is live, expected ${version.expected}`
        : `no version found in the answer (expected ${version.expected})`,
      transient: true,
    });
  }
  if (doc?.health === 'degraded') return j('degraded');
  return j('up');
}

function describeStatuses(list: readonly number[]): string {
  if (list.length <= 3) return list.join(' or ');
  return `${list[0]}-${list[list.length - 1]} (${list.length} codes)`;
}

async function withRetries<T extends { judgement: Judgement }>(
  attempt: () => Promise<T>,
  o: CheckOptions,
): Promise<T & { attempts: number }> {
  let attempts = 0;
  for (;;) {
    attempts++;
    const result = await attempt();
    const f = result.judgement.failure;
    if (!f?.transient || attempts > o.retries || o.signal?.aborted) return { ...result, attempts };
    await sleep(backoffDelay(attempts, o.backoff, o.random), o.signal);
  }
}

export async function checkEndpoint(ep: EndpointConfig, o: CheckOptions): Promise<CheckResult> {
  const { judgement, outcome, attempts } = await withRetries(async () => {
    const outcome = await probeHttp(
      {
        url: ep.url,
        method: ep.method,
        headers: ep.headers,
        ...(ep.body !== undefined ? { body: ep.body } : {}),
        timeoutMs: ep.timeoutMs,
        maxRedirects: ep.maxRedirects,
      },
      o.probe,
    );
    return { outcome, judgement: judgeHttp(ep, outcome, o) };
  }, o);
  return {
    fingerprint: fingerprintOf(ep),
    name: ep.name,
    environment: ep.environment,
    kind: 'http',
    url: redactUrl(ep.url),
    health: judgement.health,
    ...(judgement.failure
      ? { failure: { class: judgement.failure.class, message: judgement.failure.message } }
      : {}),
    ...(outcome.response ? { status: outcome.response.status } : {}),
    latencyMs: outcome.timings.totalMs,
    timings: outcome.timings,
    ...(outcome.certificate ? { certificate: shortCert(outcome.certificate) } : {}),
    attempts,
    conditions: judgement.conditions,
    components: judgement.components,
    ...(judgement.version ? { version: judgement.version } : {}),
    checkedAt: (o.now?.() ?? new Date()).toISOString(),
  };
}

/** DNS resolves, the certificate is valid for the host with days to spare, http redirects to https, fast enough. */
export async function checkDomain(d: DomainConfig, o: CheckOptions): Promise<CheckResult> {
  const [hostname, portText] = d.host.split(':') as [string, string | undefined];
  const result = await withRetries(async () => {
    const dns = await resolveHost(hostname, o.probe.lookup);
    if (dns.error) {
      return {
        dns,
        judgement: {
          health: 'down',
          failure: { class: 'dns' as const, message: dns.error.message, transient: true },
          conditions: [],
          components: [],
        } as Judgement,
      };
    }
    const https = await probeHttp({ url: d.url, timeoutMs: d.timeoutMs }, o.probe);
    let certificate = https.certificate;
    if (!certificate) {
      certificate = await inspectCertificate(hostname, Number(portText ?? 443), {
        lookup: o.probe.lookup,
        ca: o.probe.ca,
        timeoutMs: d.timeoutMs,
      }).catch(() => undefined);
    }
    const base = { dns, https, certificate };
    const fail = (cls: FailureClass, message: string, transient: boolean) => ({
      ...base,
      judgement: {
        health: 'down',
        failure: { class: cls, message, transient },
        conditions: [],
        components: [],
      } as Judgement,
    });
    if (!https.response)
      return {
        ...fail('connect', '', false),
        judgement: {
          health: 'down' as Health,
          failure: transportFailure(https.error ?? { class: 'connect', message: 'no response' }, certificate),
          conditions: [],
          components: [],
        },
      };
    if (https.response.status >= 500)
      return fail(
        'status',
        `HTTP ${https.response.status} from ${redactUrl(d.url)}`,
        isTransient({ class: 'status', message: '' }, https.response.status),
      );
    if (certificate && certificate.daysLeft < d.minCertDays) {
      return fail(
        'tls',
        `certificate expires in ${certificate.daysLeft} days (${certificate.validTo.slice(0, 10)}), fewer than ${d.minCertDays}`,
        false,
      );
    }
    if (d.maxResponseMs !== undefined && https.timings.totalMs > d.maxResponseMs) {
      return fail(
        'timeout',
        `answered in ${Math.round(https.timings.totalMs)} ms, over the ${d.maxResponseMs} ms limit`,
        true,
      );
    }
    let redirect: CheckResult['redirect'];
    if (d.checkRedirect) {
      const plain = await probeHttp(
        { url: d.redirectFrom, timeoutMs: d.timeoutMs, maxRedirects: 0 },
        o.probe,
      );
      const location = plain.response?.headers.location;
      const target = location ? new URL(location, d.redirectFrom) : undefined;
      const ok = Boolean(
        plain.response &&
          [301, 302, 307, 308].includes(plain.response.status) &&
          target?.protocol === 'https:' &&
          target.hostname === hostname,
      );
      redirect = { ok, ...(location ? { location: redactUrl(target?.toString() ?? location) } : {}) };
      if (!ok) {
        const what = plain.response
          ? `HTTP ${plain.response.status}${location ? ` to ${redactUrl(location)}` : ''}`
          : (plain.error?.message ?? 'no answer');
        return {
          ...fail('assertion', `${redactUrl(d.redirectFrom)} does not redirect to https (${what})`, false),
          redirect,
        };
      }
    }
    return {
      ...base,
      redirect,
      judgement: { health: 'up' as Health, conditions: [], components: [] } as Judgement,
    };
  }, o);
  const r = result as typeof result & {
    https?: ProbeOutcome;
    certificate?: CertificateInfo;
    redirect?: CheckResult['redirect'];
  };
  const j = r.judgement;
  return {
    fingerprint: fingerprintOf(d),
    name: d.name,
    environment: d.environment,
    kind: 'domain',
    url: redactUrl(d.url),
    health: j.health,
    ...(j.failure ? { failure: { class: j.failure.class, message: j.failure.message } } : {}),
    ...(r.https?.response ? { status: r.https.response.status } : {}),
    ...(r.https ? { latencyMs: r.https.timings.totalMs, timings: r.https.timings } : {}),
    ...(r.certificate ? { certificate: shortCert(r.certificate) } : {}),
    attempts: r.attempts,
    conditions: [],
    components: [],
    dns: { addresses: r.dns.addresses, ms: r.dns.ms },
    ...(r.redirect ? { redirect: r.redirect } : {}),
    checkedAt: (o.now?.() ?? new Date()).toISOString(),
  };
}

export function runCheck(c: CheckConfig, o: CheckOptions): Promise<CheckResult> {
  return c.kind === 'domain' ? checkDomain(c, o) : checkEndpoint(c, o);
}
